/**
 * aws-sdk-client-mock for Lambda (and SNS), answering like Lambda does from a small table of
 * functions and aliases: versions are published only when the code changed, every alias update
 * bumps its RevisionId and refuses a stale one (PreconditionFailedException). Tests read the
 * final alias state from it and inject failures per command.
 */
import {
  CreateAliasCommand,
  DeleteAliasCommand,
  GetAliasCommand,
  GetFunctionConfigurationCommand,
  LambdaClient,
  PreconditionFailedException,
  PublishVersionCommand,
  ResourceConflictException,
  ResourceNotFoundException,
  TagResourceCommand,
  UpdateAliasCommand,
} from '@aws-sdk/client-lambda';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { AwsClientStub } from 'aws-sdk-client-mock';
import { mockClient } from 'aws-sdk-client-mock';
import type { AliasTarget } from '../../src/traffic/types.js';

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';

export const functionArn = (name: string): string => `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`;

interface FunctionRow {
  sha: string;
  revision: number;
  /** sha of each published version, index = version - 1. */
  versions: string[];
  memory: number;
  timeout: number;
  tags: Record<string, string>;
  state: 'Active' | 'Pending' | 'Failed';
  lastUpdateStatus: 'Successful' | 'InProgress' | 'Failed';
}

interface AliasRow {
  version: string;
  weights: Record<string, number>;
  revision: number;
  description?: string | undefined;
}

type CommandName =
  | 'GetFunctionConfiguration'
  | 'PublishVersion'
  | 'GetAlias'
  | 'CreateAlias'
  | 'UpdateAlias'
  | 'DeleteAlias'
  | 'TagResource';

/** Returns an error to throw for this call, or undefined to answer normally. */
export type Injector = (input: Record<string, unknown>, call: number) => Error | undefined;

const meta = { $metadata: {} };

/** The one aws-sdk-client-mock call used here, typed loosely so one helper serves every command. */
interface Stubbable {
  on(command: unknown): { callsFake(handler: (input: Record<string, unknown>) => unknown): void };
}

export class LambdaModel {
  readonly lambda: AwsClientStub<LambdaClient>;
  readonly sns: AwsClientStub<SNSClient>;
  readonly functions = new Map<string, FunctionRow>();
  readonly aliases = new Map<string, AliasRow>();
  /** Every call in order: "UpdateAlias fn-a", "Publish sns", ... (shared with fakes for ordering checks). */
  readonly events: string[];
  readonly snsMessages: { subject: string; message: string; topicArn: string }[] = [];
  private readonly injectors = new Map<CommandName, Injector>();
  private readonly calls = new Map<CommandName, number>();
  private revisionCounter = 100;

  constructor(events: string[] = []) {
    this.events = events;
    this.lambda = mockClient(LambdaClient);
    this.sns = mockClient(SNSClient);
    const on = (
      cmd: unknown,
      name: CommandName,
      handler: (input: Record<string, unknown>) => unknown,
    ): void => {
      (this.lambda as unknown as Stubbable).on(cmd).callsFake(async (input: Record<string, unknown>) => {
        const call = (this.calls.get(name) ?? 0) + 1;
        this.calls.set(name, call);
        // An UpdateAlias that moves nothing renews a lease: logged apart, so a test can count the moves.
        const label = name === 'UpdateAlias' && this.leaseOnly(input) ? 'RenewLease' : name;
        this.events.push(`${label} ${String(input['FunctionName'] ?? input['Resource'] ?? '')}`);
        const injected = this.injectors.get(name)?.(input, call);
        if (injected) throw injected;
        return handler(input);
      });
    };
    on(GetFunctionConfigurationCommand, 'GetFunctionConfiguration', (i) =>
      this.getConfig(String(i['FunctionName'])),
    );
    on(PublishVersionCommand, 'PublishVersion', (i) => this.publish(i));
    on(GetAliasCommand, 'GetAlias', (i) => this.answerAlias(String(i['FunctionName']), String(i['Name'])));
    on(CreateAliasCommand, 'CreateAlias', (i) => this.createAlias(i));
    on(UpdateAliasCommand, 'UpdateAlias', (i) => this.updateAlias(i));
    on(DeleteAliasCommand, 'DeleteAlias', (i) => this.deleteAlias(i));
    on(TagResourceCommand, 'TagResource', (i) => this.tag(i));
    (this.sns as unknown as Stubbable)
      .on(PublishCommand)
      .callsFake(async (input: Record<string, unknown>) => {
        this.events.push(`SNS Publish`);
        this.snsMessages.push({
          subject: String(input['Subject']),
          message: String(input['Message']),
          topicArn: String(input['TopicArn']),
        });
        return { MessageId: `m-${this.snsMessages.length}` };
      });
  }

  restore(): void {
    this.lambda.restore();
    this.sns.restore();
  }

  /** A function whose $LATEST has `sha`; `published` versions already exist (all with `sha` unless given). */
  addFunction(
    name: string,
    options: { sha?: string; published?: string[]; memory?: number; timeout?: number } = {},
  ): void {
    this.functions.set(name, {
      sha: options.sha ?? `${name}-sha-1`,
      revision: 1,
      versions: [...(options.published ?? [])],
      memory: options.memory ?? 256,
      timeout: options.timeout ?? 10,
      tags: {},
      state: 'Active',
      lastUpdateStatus: 'Successful',
    });
  }

  /** What a stack deploy does to the function: new code on $LATEST. */
  changeCode(name: string, sha: string): void {
    const fn = this.fn(name);
    fn.sha = sha;
    fn.revision++;
  }

  setUpdateState(
    name: string,
    state: FunctionRow['state'],
    lastUpdateStatus: FunctionRow['lastUpdateStatus'],
  ): void {
    Object.assign(this.fn(name), { state, lastUpdateStatus });
  }

  setAlias(
    name: string,
    alias: string,
    version: string,
    weights: Record<string, number> = {},
    description?: string,
  ): void {
    this.aliases.set(`${name}:${alias}`, {
      version,
      weights: { ...weights },
      revision: ++this.revisionCounter,
      description,
    });
  }

  /** The alias's Description (its lease while a run judges it). */
  description(name: string, alias = 'live'): string | undefined {
    return this.aliases.get(`${name}:${alias}`)?.description;
  }

  /** Whether this UpdateAlias leaves the alias's version and routing as they are (a lease renewal). */
  private leaseOnly(input: Record<string, unknown>): boolean {
    const row = this.aliases.get(`${String(input['FunctionName'])}:${String(input['Name'])}`);
    const routing = input['RoutingConfig'] as
      { AdditionalVersionWeights?: Record<string, number> } | undefined;
    return (
      row !== undefined &&
      input['FunctionVersion'] === row.version &&
      JSON.stringify(routing?.AdditionalVersionWeights ?? {}) === JSON.stringify(row.weights)
    );
  }

  /** How many UpdateAlias calls moved an alias (lease renewals left out). */
  aliasMoves(): number {
    return this.events.filter((e) => e.startsWith('UpdateAlias ')).length;
  }

  /** Someone else moves the alias (a new revision). */
  touchAlias(name: string, alias: string, version: string, weights: Record<string, number> = {}): void {
    this.setAlias(name, alias, version, weights);
  }

  alias(name: string, alias = 'live'): AliasTarget | undefined {
    const row = this.aliases.get(`${name}:${alias}`);
    return row ? { version: row.version, weights: { ...row.weights } } : undefined;
  }

  tags(name: string): Record<string, string> {
    return { ...this.fn(name).tags };
  }

  latestVersion(name: string): string {
    return String(this.fn(name).versions.length);
  }

  inject(command: CommandName, injector: Injector): void {
    this.injectors.set(command, injector);
  }

  clearInjections(): void {
    this.injectors.clear();
  }

  callCount(command: CommandName): number {
    return this.calls.get(command) ?? 0;
  }

  private fn(name: string): FunctionRow {
    const fn = this.functions.get(name.replace(/^.*:function:/, ''));
    if (!fn) throw new ResourceNotFoundException({ message: `Function not found: ${name}`, ...meta });
    return fn;
  }

  private getConfig(name: string): Record<string, unknown> {
    const fn = this.fn(name);
    return {
      FunctionName: name,
      FunctionArn: functionArn(name),
      CodeSha256: fn.sha,
      RevisionId: `fn-rev-${fn.revision}`,
      MemorySize: fn.memory,
      Timeout: fn.timeout,
      State: fn.state,
      LastUpdateStatus: fn.lastUpdateStatus,
      Version: '$LATEST',
    };
  }

  private publish(input: Record<string, unknown>): Record<string, unknown> {
    const name = String(input['FunctionName']);
    const fn = this.fn(name);
    if (input['RevisionId'] !== undefined && input['RevisionId'] !== `fn-rev-${fn.revision}`) {
      throw new PreconditionFailedException({
        message: 'The RevisionId provided does not match the latest RevisionId',
        ...meta,
      });
    }
    if (input['CodeSha256'] !== undefined && input['CodeSha256'] !== fn.sha) {
      throw new PreconditionFailedException({ message: 'CodeSha256 does not match', ...meta });
    }
    if (fn.versions[fn.versions.length - 1] !== fn.sha) fn.versions.push(fn.sha);
    const version = String(fn.versions.length);
    return {
      FunctionName: name,
      FunctionArn: `${functionArn(name)}:${version}`,
      Version: version,
      CodeSha256: fn.sha,
      MemorySize: fn.memory,
      Timeout: fn.timeout,
    };
  }

  private answerAlias(name: string, alias: string): Record<string, unknown> {
    this.fn(name);
    const row = this.aliases.get(`${name}:${alias}`);
    if (!row)
      throw new ResourceNotFoundException({
        message: `Cannot find alias arn: ${functionArn(name)}:${alias}`,
        ...meta,
      });
    return {
      AliasArn: `${functionArn(name)}:${alias}`,
      Name: alias,
      FunctionVersion: row.version,
      RoutingConfig: { AdditionalVersionWeights: { ...row.weights } },
      RevisionId: `alias-rev-${row.revision}`,
      ...(row.description === undefined ? {} : { Description: row.description }),
    };
  }

  private createAlias(input: Record<string, unknown>): Record<string, unknown> {
    const name = String(input['FunctionName']);
    const alias = String(input['Name']);
    if (this.aliases.has(`${name}:${alias}`)) {
      throw new ResourceConflictException({ message: `Alias already exists: ${alias}`, ...meta });
    }
    const routing =
      (input['RoutingConfig'] as { AdditionalVersionWeights?: Record<string, number> } | undefined) ?? {};
    this.setAlias(
      name,
      alias,
      String(input['FunctionVersion']),
      routing.AdditionalVersionWeights ?? {},
      input['Description'] as string | undefined,
    );
    return this.answerAlias(name, alias);
  }

  private updateAlias(input: Record<string, unknown>): Record<string, unknown> {
    const name = String(input['FunctionName']);
    const alias = String(input['Name']);
    const row = this.aliases.get(`${name}:${alias}`);
    if (!row) throw new ResourceNotFoundException({ message: `Cannot find alias ${alias}`, ...meta });
    if (input['RevisionId'] !== undefined && input['RevisionId'] !== `alias-rev-${row.revision}`) {
      throw new PreconditionFailedException({
        message: 'The Revision Id provided does not match the latest Revision Id.',
        ...meta,
      });
    }
    const routing = input['RoutingConfig'] as
      { AdditionalVersionWeights?: Record<string, number> } | undefined;
    this.setAlias(
      name,
      alias,
      String(input['FunctionVersion'] ?? row.version),
      routing ? (routing.AdditionalVersionWeights ?? {}) : row.weights,
      input['Description'] === undefined ? row.description : String(input['Description']),
    );
    return this.answerAlias(name, alias);
  }

  private deleteAlias(input: Record<string, unknown>): Record<string, unknown> {
    this.aliases.delete(`${String(input['FunctionName'])}:${String(input['Name'])}`);
    return {};
  }

  private tag(input: Record<string, unknown>): Record<string, unknown> {
    const fn = this.fn(String(input['Resource']));
    Object.assign(fn.tags, input['Tags'] as Record<string, string>);
    return {};
  }
}

/** Lambda with fn-a, its version 1 published and alias live on it. */
export function fnAOnVersion1(): LambdaModel {
  const lambda = new LambdaModel();
  lambda.addFunction('fn-a', { sha: 'fn-a-sha-1', published: ['fn-a-sha-1'] });
  lambda.setAlias('fn-a', 'live', '1');
  return lambda;
}

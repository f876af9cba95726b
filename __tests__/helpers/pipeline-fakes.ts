/**
 * Fakes of OUR parts (stack, monitoring, observer, judge) for pipeline tests, plus a Config
 * builder. AWS itself (Lambda, SNS) goes through aws-sdk-client-mock (lambda-mock.ts).
 */
import type {
  CanaryObserver,
  FunctionSamples,
  Judge,
  JudgeInput,
  Judgement,
  ObservedTraffic,
  WatchTarget,
} from '../../src/canary/types.js';
import type { Config, TrafficStep } from '../../src/config/types.js';
import type { PipelineParts, RestoreRequest, StackParts } from '../../src/pipeline/parts.js';
import type { DeployRequest, DeployResult, StackSnapshot, TemplateAnalysis } from '../../src/stack/types.js';
import { trafficOps } from '../../src/traffic/index.js';
import type { LambdaModel } from './lambda-mock.js';

export const MINUTE = 60_000;

export function testConfig(overrides: Partial<Config> = {}, steps?: readonly TrafficStep[]): Config {
  return {
    stackName: 'orders',
    template: { kind: 'file', path: 'app.yaml' },
    parameterOverrides: [],
    capabilities: ['CAPABILITY_IAM'],
    tags: [],
    roleArn: undefined,
    s3Bucket: undefined,
    s3Prefix: undefined,
    terminationProtection: false,
    notificationArns: [],
    stackTimeoutMs: 3_600_000,
    changeSet: {
      name: undefined,
      execute: true,
      failOnEmpty: false,
      keepFailed: false,
      disableRollback: false,
      leftForReviewBy: 'no-execute-changeset',
      executeId: undefined,
      includeNestedStacks: false,
      deploymentMode: undefined,
    },
    monitoring: true,
    notificationEmail: undefined,
    notificationTopicArn: undefined,
    guard: { enabled: true, rollback: true, autoScalingGroupName: undefined, bakeMinutes: 1440 },
    functions: [],
    alias: 'live',
    strategy: {
      source: 'canary 10% 5m',
      steps: steps ?? [
        { weight: 0.1, holdMs: 5 * MINUTE },
        { weight: 1, holdMs: 0 },
      ],
    },
    intervalMs: MINUTE,
    thresholds: {
      maxErrorRate: 0.01,
      maxMemoryUtilization: 0.9,
      maxP99DurationMs: undefined,
      maxThrottles: 0,
      minInvocations: 50,
    },
    compareBaseline: true,
    alarms: [],
    onInconclusive: 'fail',
    // extend-hold's default, as the input table gives it.
    extendHoldMs: 600_000,
    // settle-lag's default (auto): Lambda's own lag, from each function's timeout.
    settleLagMs: undefined,
    synthetic: undefined,
    preTraffic: { payloads: [], hook: undefined, postHook: undefined },
    metrics: [],
    latencyAnomalyAlarm: false,
    rollback: 'alias',
    dryRun: false,
    wait: true,
    onRunnerLoss: 'rollback',
    githubTokenSecretArn: undefined,
    githubToken: undefined,
    deploymentEnvironment: undefined,
    prComment: true,
    regions: [],
    waveBakeMs: 0,
    httpProxy: undefined,
    region: 'eu-west-1',
    ...overrides,
  };
}

/** Records what the pipeline asks of it; answers each observe() with empty samples (or `samples`). */
export class FakeObserver implements CanaryObserver {
  readonly begun: { targets: readonly WatchTarget[]; at: number }[] = [];
  readonly observedAt: number[] = [];
  ended = 0;
  /** Replace to make observe() fail or hang. */
  observeImpl: (now: number) => Promise<ReadonlyMap<string, FunctionSamples>> = async () => new Map();
  /** Replace to give each function's traffic so far (the evidence planner's input). */
  trafficImpl: () => ReadonlyMap<string, ObservedTraffic> = () => new Map();
  constructor(private readonly events: string[]) {}
  async beginStep(targets: readonly WatchTarget[], stepStartMs: number): Promise<void> {
    this.events.push('observer.beginStep');
    this.begun.push({ targets, at: stepStartMs });
  }
  async observe(nowMs: number): Promise<ReadonlyMap<string, FunctionSamples>> {
    this.observedAt.push(nowMs);
    return this.observeImpl(nowMs);
  }
  traffic(): ReadonlyMap<string, ObservedTraffic> {
    return this.trafficImpl();
  }
  async endStep(): Promise<void> {
    this.events.push('observer.endStep');
    this.ended++;
  }
}

export type Script = (fn: string, input: JudgeInput) => Judgement['decision'];

/** A judge that decides by script and keeps every input it was given. */
export function scriptedJudge(script: Script, inputs: JudgeInput[] = []): Judge & { inputs: JudgeInput[] } {
  const judge = ((input: JudgeInput): Judgement => {
    inputs.push(input);
    const decision = script(input.samples.functionName, input);
    return {
      decision,
      reason: `${decision} by script at step ${input.step.index} after ${input.step.elapsedMs} ms`,
      evidence: { elapsedMs: input.step.elapsedMs, final: input.step.final },
      rules: [],
    };
  }) as Judge & { inputs: JudgeInput[] };
  judge.inputs = inputs;
  return judge;
}

/** pass at the end of every hold (the judge's `final` poll), continue before. */
export const passAtEnd: Script = (_fn, input) => (input.step.final ? 'pass' : 'continue');

export interface FakeStackOptions {
  readonly functions: readonly string[];
  readonly exists?: boolean;
  /** What the deploy does to each function's code (default: new code for every function). */
  readonly newCode?: Readonly<Record<string, string | undefined>>;
  readonly deployError?: Error;
  readonly restoreError?: Error;
  readonly analysis?: TemplateAnalysis;
  readonly aliasManagedError?: Error;
}

export interface FakeStack extends StackParts {
  readonly deploys: DeployRequest[];
  readonly restores: StackSnapshot[];
  readonly restoreOptions: RestoreRequest[];
}

export function fakeStack(model: LambdaModel, events: string[], options: FakeStackOptions): FakeStack {
  const deploys: DeployRequest[] = [];
  const restores: StackSnapshot[] = [];
  const restoreOptions: RestoreRequest[] = [];
  let exists = options.exists ?? true;
  /** The app stack deployed: its functions exist, with the new code. */
  const deployFunctions = (): void => {
    for (const fn of options.functions) {
      if (!model.functions.has(fn)) model.addFunction(fn, { sha: `${fn}-sha-1` });
      const code = options.newCode ? options.newCode[fn] : `${fn}-sha-new`;
      if (code) model.changeCode(fn, code);
    }
    exists = true;
  };
  return {
    deploys,
    restores,
    restoreOptions,
    readTemplate: async () => 'Resources: {}',
    analyzeTemplate: () =>
      options.analysis ?? {
        isSam: false,
        functions: options.functions.map((f) => ({
          logicalId: f,
          type: 'AWS::Lambda::Function',
          declaredAliases: [],
        })),
        parameterNames: [],
      },
    assertAliasNotManaged: () => {
      if (options.aliasManagedError) throw options.aliasManagedError;
    },
    snapshotStack: async (_ctx, stackName) => {
      events.push(`snapshotStack ${stackName}`);
      return {
        stackName,
        exists,
        stackId: exists ? `arn:aws:cloudformation:eu-west-1:123456789012:stack/${stackName}/1` : undefined,
        templateBody: exists ? 'Resources: {old: true}' : undefined,
        parameters: [],
        capabilities: [],
        takenAt: '2026-01-01T00:00:00.000Z',
      };
    },
    deployStack: async (_ctx, request): Promise<DeployResult> => {
      events.push(`deployStack ${request.stackName}`);
      deploys.push(request);
      if (options.deployError && !request.stackName.endsWith('-monitoring')) throw options.deployError;
      const monitoring = request.stackName.endsWith('-monitoring');
      if (!monitoring && !request.dryRun) deployFunctions();
      return {
        stackName: request.stackName,
        stackId: `arn:aws:cloudformation:eu-west-1:123456789012:stack/${request.stackName}/1`,
        outcome: request.dryRun ? 'dry-run' : 'updated',
        outputs: monitoring
          ? { TopicArn: 'arn:aws:sns:eu-west-1:123456789012:orders-monitoring' }
          : { Url: 'https://x' },
        changes: request.dryRun
          ? [
              {
                action: 'Modify',
                logicalId: 'Fn',
                resourceType: 'AWS::Lambda::Function',
                replacement: 'False',
              },
            ]
          : [],
      };
    },
    executeChangeSet: async (_ctx, request): Promise<DeployResult> => {
      events.push(`executeChangeSet ${request.stackName} ${request.changeSetId}`);
      deployFunctions();
      return {
        stackName: request.stackName,
        stackId: `arn:aws:cloudformation:eu-west-1:123456789012:stack/${request.stackName}/1`,
        outcome: 'updated',
        outputs: { Url: 'https://x' },
        changes: [],
      };
    },
    restoreStack: async (_ctx, snapshot, request) => {
      restoreOptions.push(request);
      events.push(`restoreStack ${snapshot.stackName}`);
      if (options.restoreError) throw options.restoreError;
      restores.push(snapshot);
    },
    resolveFunctions: async () => {
      events.push('resolveFunctions');
      return exists ? options.functions.filter((f) => model.functions.has(f)) : [];
    },
  };
}

export interface Harness {
  readonly parts: PipelineParts;
  readonly stack: FakeStack;
  readonly observer: FakeObserver;
  readonly judge: ReturnType<typeof scriptedJudge>;
}

export function harness(model: LambdaModel, options: FakeStackOptions & { script?: Script }): Harness {
  const events = model.events;
  const stack = fakeStack(model, events, options);
  const observer = new FakeObserver(events);
  const judge = scriptedJudge(options.script ?? passAtEnd);
  const parts: PipelineParts = {
    stack,
    monitoring: {
      render: async (_ctx, request) => ({
        template: { kind: 'inline', name: 'monitoring', body: JSON.stringify(request.functionNames) },
        parameters: [{ key: 'Alias', value: request.alias }],
        capabilities: ['CAPABILITY_IAM'],
      }),
      readOutputs: (outputs) => ({
        alarmNames: ['orders-errors'],
        alarmArns: ['arn:aws:cloudwatch:eu-west-1:123456789012:alarm:orders-errors'],
        topicArn: outputs['TopicArn'],
      }),
    },
    createObserver: () => observer,
    judge,
    traffic: trafficOps,
  };
  return { parts, stack, observer, judge };
}

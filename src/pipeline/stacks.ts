/**
 * The run's two stacks: the snapshot of the app stack, the monitoring stack (deployed first: its
 * alarms become the app stack's rollback triggers) and the app stack, and the app stack's restore.
 */
import type { Config } from '../config/types.js';
import { monitoringStackName } from '../constants.js';
import { StackCanaryError } from '../errors.js';
import type { DeployRequest, DeployResult, StackSnapshot } from '../stack/types.js';
import type { MonitoringOutputs, PartsContext, PipelineParts } from './parts.js';
import type { RunRecord, StackRecord } from './record.js';
import { stackRecord } from './record.js';

/** What the app and monitoring stacks have each of their own. */
type OwnFields = Pick<
  DeployRequest,
  | 'template'
  | 'templateBody'
  | 'parameters'
  | 'capabilities'
  | 'rollbackTriggerAlarmArns'
  | 'notificationArns'
  | 'terminationProtection'
>;

export class RunStacks {
  snapshot: StackSnapshot | undefined;
  private app: DeployResult | undefined;
  private monitoring: DeployResult | undefined;
  private monitoringOutputs: MonitoringOutputs | undefined;
  private monitoredNames: readonly string[] = [];

  constructor(
    private readonly config: Config,
    private readonly parts: PipelineParts,
    private readonly ctx: PartsContext,
    /** The app template, read and checked before the run. */
    private readonly templateBody: string | undefined,
  ) {}

  /** The app stack's name: the config gives one whenever there is a template or a monitoring stack. */
  appStackName(): string {
    const name = this.config.stackName;
    if (!name) throw new StackCanaryError('INTERNAL', 'A template reached the run without a stack name.');
    return name;
  }

  async takeSnapshot(): Promise<StackSnapshot> {
    this.snapshot = await this.parts.stack.snapshotStack(this.ctx, this.appStackName());
    return this.snapshot;
  }

  /** A monitoring stack needs a stack name to derive its own from. */
  monitoringWanted(): boolean {
    if (!this.config.monitoring) return false;
    if (this.config.stackName) return true;
    this.ctx.logger.debug('monitoring: no stack-name, so no monitoring stack is deployed.');
    return false;
  }

  /** Whether the monitoring stack still has to be deployed (again) for these functions. */
  monitoringDue(functionNames: readonly string[]): boolean {
    return (
      this.monitoringWanted() && functionNames.length > 0 && !sameNames(functionNames, this.monitoredNames)
    );
  }

  /** Alarm names to watch: the monitoring stack's. */
  alarmNames(): readonly string[] {
    return this.monitoringOutputs?.alarmNames ?? [];
  }

  /** Where rollbacks are announced. */
  topicArn(): string | undefined {
    return this.monitoringOutputs?.topicArn;
  }

  async deployMonitoring(functionNames: readonly string[]): Promise<void> {
    const { config, parts, ctx } = this;
    const appStack = this.appStackName();
    const stackName = monitoringStackName(appStack);
    const rendered = await parts.monitoring.render(ctx, {
      stackName: appStack,
      functionNames,
      alias: config.alias,
      config,
    });
    const request = this.request(stackName, {
      template: rendered.template,
      parameters: rendered.parameters,
      capabilities: rendered.capabilities,
      rollbackTriggerAlarmArns: [],
      // The stack-event topics and the termination protection are the app stack's.
      notificationArns: [],
      terminationProtection: false,
    });
    // With no-execute-changeset nothing is changed: the monitoring stack's change set is only shown.
    const shown = { ...request, dryRun: request.dryRun || !config.changeSet.execute };
    this.monitoring = await ctx.logger.group(`Monitoring stack ${stackName}`, () =>
      parts.stack.deployStack(ctx, shown),
    );
    this.monitoredNames = functionNames;
    if (!shown.dryRun) this.monitoringOutputs = parts.monitoring.readOutputs(this.monitoring.outputs);
  }

  /** The run changes the app stack: a template to deploy, or (mode: execute-only) a reviewed change set. */
  deploysApp(): boolean {
    return this.config.template !== undefined || this.config.changeSet.executeId !== undefined;
  }

  async deployApp(): Promise<void> {
    const { config, parts, ctx } = this;
    const template = config.template;
    const executeId = config.changeSet.executeId;
    if (executeId !== undefined) {
      const stackName = this.appStackName();
      this.app = await ctx.logger.group(`Stack ${stackName}: change set ${executeId}`, () =>
        parts.stack.executeChangeSet(ctx, {
          stackName,
          changeSetId: executeId,
          disableRollback: config.changeSet.disableRollback,
          timeoutMs: config.stackTimeoutMs,
        }),
      );
      return;
    }
    if (!template) return;
    const stackName = this.appStackName();
    const request = this.request(stackName, {
      template,
      ...(this.templateBody === undefined ? {} : { templateBody: this.templateBody }),
      parameters: config.parameterOverrides,
      capabilities: config.capabilities,
      rollbackTriggerAlarmArns: this.monitoringOutputs?.alarmArns ?? [],
      notificationArns: config.notificationArns,
      terminationProtection: config.terminationProtection,
    });
    this.app = await ctx.logger.group(`Stack ${stackName}`, () =>
      parts.stack.deployStack(ctx, { ...request, changeSet: config.changeSet }),
    );
  }

  /** rollback: stack: returns the app stack to its snapshot when this run changed it. */
  async restoreApp(): Promise<string> {
    const { config, parts, ctx } = this;
    const snapshot = this.snapshot;
    if (config.rollback !== 'stack' || !snapshot) return 'not requested';
    const changed = this.app && (this.app.outcome === 'created' || this.app.outcome === 'updated');
    if (!changed) return 'not changed by this run';
    await ctx.logger.group(`Roll back stack ${snapshot.stackName}`, () =>
      parts.stack.restoreStack(ctx, snapshot, {
        s3Bucket: config.s3Bucket,
        s3Prefix: config.s3Prefix,
        capabilities: config.capabilities,
        timeoutMs: config.stackTimeoutMs,
      }),
    );
    return 'restored';
  }

  /** The change set's name when no-execute-changeset or mode: create-only left it for review; undefined otherwise. */
  changeSetLeftForReview(): string | undefined {
    return this.app?.outcome === 'not-executed' ? (this.app.changeSet?.name ?? '') : undefined;
  }

  changeSet(): DeployResult['changeSet'] {
    return this.app?.changeSet;
  }

  monitoringChangeSet(): DeployResult['changeSet'] {
    return this.monitoring?.changeSet;
  }

  /** As aws-cloudformation-github-deploy sets stack-id: the stack's id, else its name (undefined without a stack). */
  stackId(): string | undefined {
    return this.app?.stackId || this.snapshot?.stackId || this.config.stackName;
  }

  outputs(): Readonly<Record<string, string>> {
    return this.app?.outputs ?? {};
  }

  appRecord(): StackRecord | undefined {
    return this.app && stackRecord(this.app);
  }

  /** The monitoring stack's outputs as deployed (empty without it). */
  monitoringStackOutputs(): Readonly<Record<string, string>> {
    return this.monitoring?.outputs ?? {};
  }

  monitoringRecord(): RunRecord['monitoring'] {
    return this.monitoring && { ...stackRecord(this.monitoring), alarmNames: this.alarmNames() };
  }

  private request(stackName: string, fields: OwnFields): DeployRequest {
    const { config } = this;
    return {
      stackName,
      ...fields,
      tags: config.tags,
      roleArn: config.roleArn,
      s3Bucket: config.s3Bucket,
      s3Prefix: config.s3Prefix,
      dryRun: config.dryRun,
      timeoutMs: config.stackTimeoutMs,
    };
  }
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

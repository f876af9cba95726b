/**
 * The parts the pipeline drives, injected so the run can be tested with fakes of our own parts
 * (AWS itself is mocked only at the client edge). `defaultParts()` wires the real modules.
 */
import type { AwsClients } from '../aws/clients.js';
import type { CanaryObserver, Judge } from '../canary/types.js';
import type { Config, ParameterOverride, TemplateSource } from '../config/types.js';
import type { Logger } from '../logger.js';
import type { DeployRequest, DeployResult, StackSnapshot, TemplateAnalysis } from '../stack/types.js';
import type { ReviewedChangeSet } from '../stack/deploy.js';
import type { TrafficOps } from '../traffic/index.js';
import { trafficOps } from '../traffic/index.js';
import { judge } from '../canary/judge/verdict.js';
import { createCanaryObserver } from '../canary/observer.js';
import { observesP99 } from '../engine/canary-plan.js';
import { describeMemorySource } from '../canary/memory-source.js';
import {
  monitoringAlarmNames,
  monitoringRollbackTriggerArns,
  monitoringTopicArn,
  renderMonitoringTemplate,
} from '../monitoring/index.js';
import { stageGuardCode } from '../monitoring/guard-code.js';
import {
  analyzeTemplate,
  assertAliasNotManaged,
  deployStack,
  executeReviewedChangeSet,
  listStackResources,
  readTemplate,
  resolveFunctionNames,
  restoreStack,
  snapshotStack,
} from '../stack/index.js';
import type { Clock } from '../util/clock.js';
import { mapLimited } from './limit.js';

/** What every part that talks to AWS gets. */
export interface PartsContext {
  readonly clients: AwsClients;
  readonly logger: Logger;
  readonly clock: Clock;
}

export interface StackParts {
  /** The template body from a file path or an https URL. */
  readTemplate(source: TemplateSource, clients: Pick<AwsClients, 's3'>): Promise<string>;
  /** Pure: the functions (and the aliases the template itself declares) in a template body; `name` starts its errors. */
  analyzeTemplate(body: string, name?: string): TemplateAnalysis;
  /** Throws a typed error when the template manages `alias` on a watched function itself. */
  assertAliasNotManaged(analysis: TemplateAnalysis, alias: string, functions: readonly string[]): void;
  snapshotStack(ctx: PartsContext, stackName: string): Promise<StackSnapshot>;
  deployStack(ctx: PartsContext, request: DeployRequest): Promise<DeployResult>;
  /** mode: execute-only: executes the change set made and reviewed earlier, as it is. */
  executeChangeSet(ctx: PartsContext, request: ReviewedChangeSet): Promise<DeployResult>;
  /** Returns the stack to the snapshot (deletes it when the snapshot says it did not exist). */
  restoreStack(ctx: PartsContext, snapshot: StackSnapshot, options: RestoreRequest): Promise<void>;
  /**
   * Physical names of the watched functions: `functions` as logical ids, names or ARNs, resolved
   * against the stack when `stackName` is given; empty = every function of the stack.
   */
  resolveFunctions(
    ctx: PartsContext,
    request: { readonly stackName: string | undefined; readonly functions: readonly string[] },
  ): Promise<readonly string[]>;
}

/** The run's inputs a stack restore needs besides the snapshot. */
export interface RestoreRequest {
  readonly s3Bucket: string | undefined;
  readonly s3Prefix: string | undefined;
  readonly capabilities: readonly string[];
  /** Bound on the whole restore (the timeout-in-minutes input). */
  readonly timeoutMs: number;
}

export interface MonitoringRequest {
  readonly stackName: string;
  readonly functionNames: readonly string[];
  readonly alias: string;
  readonly config: Config;
}

export interface MonitoringTemplate {
  readonly template: TemplateSource;
  readonly parameters: readonly ParameterOverride[];
  readonly capabilities: readonly string[];
}

/** What the pipeline needs from the deployed monitoring stack's outputs. */
export interface MonitoringOutputs {
  readonly alarmNames: readonly string[];
  /** For the app stack's rollback triggers. */
  readonly alarmArns: readonly string[];
  /** Notified on rollback. */
  readonly topicArn: string | undefined;
}

export interface MonitoringParts {
  /** May read the functions' configuration (Lambda Insights layer, log group) through ctx. */
  render(ctx: PartsContext, request: MonitoringRequest): Promise<MonitoringTemplate>;
  readOutputs(outputs: Readonly<Record<string, string>>): MonitoringOutputs;
}

export interface ObserverRequest {
  readonly config: Config;
  /** Alarm names to watch: the monitoring stack's plus the `alarms` input. */
  readonly alarmNames: readonly string[];
}

export interface PipelineParts {
  readonly stack: StackParts;
  readonly monitoring: MonitoringParts;
  readonly createObserver: (ctx: PartsContext, request: ObserverRequest) => CanaryObserver;
  readonly judge: Judge;
  readonly traffic: TrafficOps;
}

/** The real modules. */
export function defaultParts(): PipelineParts {
  return {
    stack: {
      readTemplate: (source, clients) => readTemplate(source, { s3: clients.s3 }),
      analyzeTemplate,
      assertAliasNotManaged,
      snapshotStack: (ctx, stackName) =>
        snapshotStack(ctx.clients.cloudFormation, stackName, { clock: ctx.clock, logger: ctx.logger }),
      deployStack: (ctx, request) => deployStack(ctx.clients, request, ctx),
      executeChangeSet: (ctx, request) => executeReviewedChangeSet(ctx.clients, request, ctx),
      restoreStack: async (ctx, snapshot, options) => {
        await restoreStack(ctx.clients, snapshot, ctx, options);
      },
      resolveFunctions: async (ctx, { stackName, functions }) => {
        const resources = stackName ? await listStackResources(ctx.clients.cloudFormation, stackName) : [];
        return resolveFunctionNames(resources, functions).map((f) => f.functionName);
      },
    },
    monitoring: {
      render: async (ctx, request) => {
        const { lambda, logs } = ctx.clients;
        const functions = await mapLimited(request.functionNames, (name) =>
          describeMemorySource(lambda, logs, name),
        );
        const guardCode =
          request.config.guard.enabled && request.functionNames[0] !== undefined
            ? await stageGuardCode(
                ctx.clients,
                {
                  s3Bucket: request.config.s3Bucket,
                  s3Prefix: request.config.s3Prefix,
                  functionName: request.functionNames[0],
                },
                ctx.logger,
              )
            : undefined;
        const rendered = renderMonitoringTemplate({
          functions,
          alias: request.alias,
          thresholds: request.config.thresholds,
          notificationEmail: request.config.notificationEmail,
          existingTopicArn: request.config.notificationTopicArn,
          // Schedule, window, error threshold and cool-down keep the template's defaults.
          guard: request.config.guard,
          latencyAnomalyAlarm: request.config.latencyAnomalyAlarm,
          guardCode,
        });
        for (const warning of rendered.warnings) ctx.logger.warning(warning);
        return {
          template: { kind: 'inline', name: 'monitoring', body: rendered.body },
          parameters: rendered.parameters,
          capabilities: ['CAPABILITY_IAM'],
        };
      },
      readOutputs: (outputs) => ({
        alarmNames: monitoringAlarmNames(outputs),
        alarmArns: monitoringRollbackTriggerArns(outputs),
        topicArn: monitoringTopicArn(outputs),
      }),
    },
    createObserver: (ctx, { config, alarmNames }) =>
      createCanaryObserver(ctx.clients, {
        alarms: alarmNames,
        synthetic: config.synthetic,
        intervalMs: config.intervalMs,
        clock: ctx.clock,
        logger: ctx.logger,
        // Duration percentiles are read only when a latency ceiling uses them: each costs a query.
        latency: observesP99(config.thresholds),
        metrics: config.metrics,
      }),
    judge,
    traffic: trafficOps,
  };
}

/**
 * The run of DESIGN.md, step by step, for every watched function at once:
 * validate → snapshot (stack, aliases; repair an interrupted run) → deploy monitoring and app →
 * publish → for each strategy step: shift all, watch, judge → promote all, or roll back all.
 *
 * The safety invariant: however the run ends, every alias it moved ends on a judged version — the
 * new one only after a pass, otherwise its snapshot. Every alias change is journaled first, so the
 * post step (or the CLI's signal handler) can finish the job if this process cannot.
 */
import type { GateResult } from '../canary/pre-traffic.js';
import { runPostTrafficHook, runPreTrafficGate } from '../canary/pre-traffic.js';
import type { CanaryObserver } from '../canary/types.js';
import type { Config, TrafficStep } from '../config/types.js';
import { monitoringStackName } from '../constants.js';
import { ConfigError, errorMessage } from '../errors.js';
import type { DeployRequest, DeployResult, StackSnapshot } from '../stack/types.js';
import { AliasConflictError } from '../traffic/alias.js';
import { assertStrategy, describeTarget, formatShare } from '../traffic/routing.js';
import { formatDuration } from '../util/wait.js';
import type { FunctionRun } from './fleet.js';
import { Fleet } from './fleet.js';
import { describeChange, Journal } from './journal.js';
import type { MonitoringOutputs, PartsContext, PipelineParts } from './parts.js';
import { defaultParts } from './parts.js';
import type { AliasRestore } from './recover.js';
import type { RunDeps, RunResult, Verdict } from './types.js';
import type { PollRecord, StepOutcome } from './watch.js';
import { watchStep } from './watch.js';

export async function runPipeline(
  config: Config,
  deps: RunDeps,
  parts: PipelineParts = defaultParts(),
): Promise<RunResult> {
  // 1. Validate everything before the first AWS call.
  assertStrategy(config.strategy);
  if (config.template) {
    if (!config.stackName) {
      throw new ConfigError(
        'stack-name',
        'Input stack-name is empty but template is given. Accepted: the name of the app stack to create or update.',
      );
    }
  }
  // Building the clients calls nothing; the template is read once (an S3 URL with the S3 client).
  const clients = await deps.clients();
  let templateBody: string | undefined;
  if (config.template) {
    templateBody = await parts.stack.readTemplate(config.template, clients);
    const analysis = parts.stack.analyzeTemplate(templateBody);
    parts.stack.assertAliasNotManaged(analysis, config.alias, config.functions);
  }
  return new PipelineRun(
    config,
    deps,
    parts,
    { clients, logger: deps.logger, clock: deps.clock },
    templateBody,
  ).execute();
}

/** What one step did, for the report. */
export interface StepRecord {
  readonly index: number;
  readonly weight: number;
  readonly holdMs: number;
  readonly startedAt: string;
  endedAt: string | undefined;
  /** promotion: a last 100% step without a hold is the promotion itself. */
  outcome: StepOutcome['kind'] | 'unwatched' | 'promotion' | 'not-reached';
  decisions: StepOutcome['decisions'];
  polls: readonly PollRecord[];
  samples?: StepOutcome['samples'];
}

interface RollbackRecord {
  readonly mode: Config['rollback'];
  readonly trigger: 'verdict' | 'error';
  readonly aliases: readonly AliasRestore[];
  readonly stack: string;
}

class PipelineRun {
  private readonly journal: Journal;
  private readonly fleet: Fleet;
  private stackSnapshot: StackSnapshot | undefined;
  private appDeploy: DeployResult | undefined;
  private monitoringDeploy: DeployResult | undefined;
  private monitoringOutputs: MonitoringOutputs | undefined;
  private monitoredNames: readonly string[] = [];
  private readonly steps: StepRecord[] = [];
  private rollbackRecord: RollbackRecord | undefined;
  private preTraffic: GateResult | undefined;
  private postTraffic: GateResult | undefined;

  constructor(
    private readonly config: Config,
    private readonly deps: RunDeps,
    private readonly parts: PipelineParts,
    private readonly ctx: PartsContext,
    /** The app template, read and checked before the run. */
    private readonly templateBody: string | undefined,
  ) {
    this.journal = new Journal(deps.state, deps.clock, deps.signal);
    this.fleet = new Fleet({
      lambda: ctx.clients.lambda,
      traffic: parts.traffic,
      journal: this.journal,
      logger: deps.logger,
      clock: deps.clock,
      alias: config.alias,
      dryRun: config.dryRun,
    });
  }

  async execute(): Promise<RunResult> {
    this.journal.start({
      region: this.ctx.clients.region,
      alias: this.config.alias,
      stackName: this.config.stackName,
    });
    try {
      return await this.main();
    } catch (error) {
      // Stopped by a signal: whoever aborted restores from the journal; we make no further change.
      if (this.deps.signal?.aborted) throw error;
      await this.restoreAfterError(error);
      throw error;
    }
  }

  private async main(): Promise<RunResult> {
    const { config, parts, ctx } = this;
    // 2. Snapshot what we may return to; put back an alias an interrupted run left routing.
    if (config.template && config.stackName) {
      const stackName = config.stackName;
      this.stackSnapshot = await parts.stack.snapshotStack(ctx, stackName);
      this.journal.saveStackSnapshot(this.stackSnapshot);
    }
    const early = await this.resolveEarly();
    await this.fleet.adopt(early);
    // 3. Monitoring first (its alarms become the app stack's rollback triggers), then the app.
    if (this.monitoringWanted() && early.length > 0) await this.deployMonitoring(early);
    if (config.template) await this.deployApp();
    if (config.dryRun)
      return this.end('skipped', 'dry run: change sets created and shown; nothing was changed', false);
    const names = config.template ? await this.resolveFunctions() : early;
    await this.fleet.adopt(names);
    if (this.monitoringWanted() && names.length > 0 && !sameNames(names, this.monitoredNames)) {
      await this.deployMonitoring(names);
    }
    if (names.length === 0) return this.end('skipped', 'no Lambda function to watch', false);
    // 4. Publish.
    await this.ctx.logger.group('Publish versions', () => this.fleet.publish(names));
    if (this.fleet.active().length === 0) {
      const live = this.fleet.all().map((r) => `${r.functionName} v${r.published?.version ?? '?'}`);
      return this.end('skipped', `nothing new to canary: ${live.join(', ')} already live`, false);
    }
    // 5–7. Shift, watch, judge; promote or roll back.
    return this.canary();
  }

  private monitoringWanted(): boolean {
    if (!this.config.monitoring) return false;
    if (this.config.stackName) return true;
    this.ctx.logger.debug('monitoring: no stack-name, so no monitoring stack is deployed.');
    return false;
  }

  private resolveFunctions(): Promise<readonly string[]> {
    const { config } = this;
    return this.parts.stack.resolveFunctions(this.ctx, {
      stackName: config.stackName,
      functions: config.functions,
    });
  }

  /** Functions known before the deploy: their aliases are snapshot (and repaired) before anything changes. */
  private async resolveEarly(): Promise<readonly string[]> {
    if (!this.config.template) return this.resolveFunctions();
    if (!this.stackSnapshot?.exists) return [];
    try {
      return await this.resolveFunctions();
    } catch (error) {
      this.ctx.logger.debug(
        `Functions not resolvable before the deploy (${errorMessage(error)}); resolved after it.`,
      );
      return [];
    }
  }

  /** What the app and monitoring stacks share; `fields` is what each has of its own. */
  private stackRequest(
    stackName: string,
    fields: Pick<
      DeployRequest,
      | 'template'
      | 'templateBody'
      | 'parameters'
      | 'capabilities'
      | 'rollbackTriggerAlarmArns'
      | 'notificationArns'
      | 'terminationProtection'
    >,
  ): DeployRequest {
    const { config } = this;
    return {
      stackName,
      ...fields,
      tags: config.tags,
      roleArn: config.roleArn,
      s3Bucket: config.s3Bucket,
      dryRun: config.dryRun,
      timeoutMs: config.stackTimeoutMs,
    };
  }

  private async deployMonitoring(functionNames: readonly string[]): Promise<void> {
    const { config, parts, ctx } = this;
    const appStack = config.stackName as string;
    const stackName = monitoringStackName(appStack);
    const rendered = await parts.monitoring.render(ctx, {
      stackName: appStack,
      functionNames,
      alias: config.alias,
      config,
    });
    const request = this.stackRequest(stackName, {
      template: rendered.template,
      parameters: rendered.parameters,
      capabilities: rendered.capabilities,
      rollbackTriggerAlarmArns: [],
      // The stack-event topics and the termination protection are the app stack's.
      notificationArns: [],
      terminationProtection: false,
    });
    this.monitoringDeploy = await ctx.logger.group(`Monitoring stack ${stackName}`, () =>
      parts.stack.deployStack(ctx, request),
    );
    this.monitoredNames = functionNames;
    if (!config.dryRun) this.monitoringOutputs = parts.monitoring.readOutputs(this.monitoringDeploy.outputs);
  }

  private async deployApp(): Promise<void> {
    const { config, parts, ctx } = this;
    const stackName = config.stackName as string;
    const request = this.stackRequest(stackName, {
      template: config.template as NonNullable<Config['template']>,
      ...(this.templateBody === undefined ? {} : { templateBody: this.templateBody }),
      parameters: config.parameterOverrides,
      capabilities: config.capabilities,
      rollbackTriggerAlarmArns: this.monitoringOutputs?.alarmArns ?? [],
      notificationArns: config.notificationArns,
      terminationProtection: config.terminationProtection,
    });
    this.appDeploy = await ctx.logger.group(`Stack ${stackName}`, () =>
      parts.stack.deployStack(ctx, request),
    );
  }

  private async canary(): Promise<RunResult> {
    const { config, fleet, parts, ctx } = this;
    const { logger, clock } = ctx;
    const steps = config.strategy.steps;
    if (!steps.some((s) => s.holdMs > 0)) {
      logger.warning(
        `Strategy "${config.strategy.source}" holds no step: the new versions are promoted without a canary watch.`,
      );
    }
    const targets = fleet.watchTargets();
    const observer = parts.createObserver(ctx, {
      config,
      alarmNames: [...(this.monitoringOutputs?.alarmNames ?? []), ...config.alarms],
    });
    // Pre-traffic gate: the new versions, invoked directly, before any alias moves.
    const gateTargets = targets.map((t) => ({ functionName: t.functionName, version: t.canaryVersion }));
    this.preTraffic = await runPreTrafficGate(
      ctx.clients.lambda,
      gateTargets,
      config.alias,
      config.preTraffic,
      ctx,
    );
    if (this.preTraffic && !this.preTraffic.passed)
      return this.conclude('fail', this.preTraffic.reason ?? '');
    let accepted: string | undefined;
    for (const [index, step] of steps.entries()) {
      const record: StepRecord = {
        index,
        weight: step.weight,
        holdMs: step.holdMs,
        startedAt: this.iso(),
        endedAt: undefined,
        outcome: 'not-reached',
        decisions: {},
        polls: [],
      };
      this.steps.push(record);
      if (step.weight === 1 && step.holdMs === 0 && index === steps.length - 1) {
        record.outcome = 'promotion';
        break;
      }
      try {
        await fleet.shift(step.weight);
      } catch (error) {
        if (!(error instanceof AliasConflictError)) throw error;
        Object.assign(record, { outcome: 'fail', endedAt: this.iso() });
        return this.conclude('fail', error.message);
      }
      if (step.holdMs === 0) {
        record.outcome = 'unwatched';
        record.endedAt = this.iso();
        continue;
      }
      const label = `Step ${index + 1}/${steps.length}: ${formatShare(step.weight)} for ${formatDuration(step.holdMs)}`;
      await observer.beginStep(targets, clock.now(), step.holdMs, { index, weight: step.weight });
      let outcome: StepOutcome;
      try {
        outcome = await logger.group(label, () =>
          watchStep({
            index,
            step,
            targets,
            observer,
            judge: parts.judge,
            config,
            clock,
            signal: this.deps.signal,
            logger,
            onPoll: (poll) => {
              for (const [name, j] of Object.entries(poll.judgements)) {
                if (j.decision === 'continue') logger.info(`${name}: ${j.reason}`);
              }
            },
          }),
        );
      } catch (error) {
        await this.endStep(observer);
        throw error;
      }
      Object.assign(record, {
        outcome: outcome.kind,
        decisions: outcome.decisions,
        polls: outcome.polls,
        samples: outcome.samples,
        endedAt: this.iso(),
      });
      for (const [name, j] of Object.entries(outcome.decisions))
        logger.info(`${name}: ${j.decision}: ${j.reason}`);
      if (outcome.kind === 'fail' || (outcome.kind === 'inconclusive' && config.onInconclusive === 'fail')) {
        // Aliases first, at once; the observer's step ends after.
        const result = await this.conclude(outcome.kind, this.stepReason(outcome, index, step));
        await this.endStep(observer);
        return result;
      }
      await this.endStep(observer);
      if (outcome.kind === 'inconclusive') {
        accepted = this.stepReason(outcome, index, step);
        logger.warning(`Inconclusive, accepted by on-inconclusive: pass: ${accepted}`);
      }
    }
    try {
      await logger.group('Promote', () => fleet.promote());
      const last = this.steps[this.steps.length - 1];
      if (last?.outcome === 'promotion') last.endedAt = this.iso();
    } catch (error) {
      if (error instanceof AliasConflictError) return this.conclude('fail', error.message);
      throw error;
    }
    // Post-traffic hook (like CodeDeploy's AfterAllowTraffic): a failure fails the run and rolls back.
    this.postTraffic = await runPostTrafficHook(
      ctx.clients.lambda,
      gateTargets,
      config.alias,
      config.preTraffic.postHook,
      ctx,
    );
    if (this.postTraffic && !this.postTraffic.passed)
      return this.conclude('fail', this.postTraffic.reason ?? '');
    const watched = steps.some((s) => s.holdMs > 0);
    const reason = !watched
      ? `promoted without a canary watch: strategy "${config.strategy.source}" holds no step`
      : accepted
        ? `promoted: inconclusive accepted by on-inconclusive: pass (${accepted})`
        : `promoted: every function passed every step of "${config.strategy.source}"`;
    return this.end('pass', reason, false);
  }

  private async endStep(observer: CanaryObserver): Promise<void> {
    try {
      await observer.endStep();
    } catch (error) {
      this.ctx.logger.warning(`Ending the observer's step failed: ${errorMessage(error)}`);
    }
  }

  private stepReason(outcome: StepOutcome, index: number, step: TrafficStep): string {
    const names = outcome.kind === 'fail' ? outcome.failed : outcome.inconclusive;
    const why = names.map((name) => {
      const base = `${name}: ${outcome.decisions[name]?.reason ?? outcome.kind}`;
      const firstDeploy = this.fleet.get(name)?.status === 'first-deploy';
      return firstDeploy && outcome.kind === 'inconclusive' && !this.config.synthetic
        ? `${base} (first deploy: the alias does not exist yet, so only synthetic traffic gives evidence; ` +
            'set synthetic-payload, or on-inconclusive: pass)'
        : base;
    });
    return `step ${index + 1} (${formatShare(step.weight)}): ${why.join('; ')}`;
  }

  /** A fail or inconclusive-fail verdict: roll back (per mode), then end. */
  private async conclude(verdict: 'fail' | 'inconclusive', reason: string): Promise<RunResult> {
    this.ctx.logger.error(`${verdict}: ${reason}`);
    const { rolledBack, complete } = await this.rollBack('verdict', `${verdict}: ${reason}`);
    return this.end(verdict, reason, rolledBack, complete);
  }

  /**
   * Aliases first (every function of the run at once), then the stack with rollback: stack.
   * After a verdict, rollback: none only reports; after an error, aliases are restored in every
   * mode: the new versions were never judged.
   */
  private async rollBack(
    trigger: 'verdict' | 'error',
    reason: string,
  ): Promise<{ rolledBack: boolean; complete: boolean }> {
    const { config, fleet, parts, ctx } = this;
    const { logger } = ctx;
    if (config.rollback === 'none' && trigger === 'verdict') {
      for (const run of fleet.active()) {
        logger.warning(
          `rollback: none: ${run.functionName}: alias ${config.alias} stays on ${describeTarget(run.alias?.target)}.`,
        );
      }
      this.rollbackRecord = { mode: config.rollback, trigger, aliases: [], stack: 'not requested' };
      await this.notify(`${reason} (rollback: none, nothing was rolled back)`);
      return { rolledBack: false, complete: true };
    }
    const aliases = await logger.group('Roll back aliases', () => fleet.restore());
    for (const a of aliases) {
      if (a.action === 'failed') logger.error(a.message);
      else if (a.action === 'left-alone') logger.warning(a.message);
      else logger.info(a.message);
    }
    let stack = 'not requested';
    if (config.rollback === 'stack' && this.stackSnapshot) {
      const changed =
        this.appDeploy && (this.appDeploy.outcome === 'created' || this.appDeploy.outcome === 'updated');
      if (!changed) {
        stack = 'not changed by this run';
      } else {
        try {
          const snapshot = this.stackSnapshot;
          await logger.group(`Roll back stack ${snapshot.stackName}`, () =>
            parts.stack.restoreStack(ctx, snapshot, {
              s3Bucket: config.s3Bucket,
              capabilities: config.capabilities,
              timeoutMs: config.stackTimeoutMs,
            }),
          );
          stack = 'restored';
        } catch (error) {
          stack = `failed: ${errorMessage(error)}`;
          logger.error(`Stack rollback failed: ${errorMessage(error)}`);
        }
      }
    }
    this.rollbackRecord = { mode: config.rollback, trigger, aliases, stack };
    const moved =
      aliases.some((a) => a.action === 'restored' || a.action === 'deleted') || stack === 'restored';
    if (trigger === 'verdict' || moved) await this.notify(reason);
    const complete = aliases.every((a) => a.action !== 'failed');
    return { rolledBack: complete && !stack.startsWith('failed'), complete };
  }

  private async restoreAfterError(error: unknown): Promise<void> {
    this.ctx.logger.error(
      `The run stopped on an error: ${errorMessage(error)}. Restoring every alias it changed.`,
    );
    try {
      const { complete } = await this.rollBack('error', `error: ${errorMessage(error)}`);
      if (complete) this.journal.finish('error');
    } catch (restoreError) {
      this.ctx.logger.error(`Restoring after the error failed too: ${errorMessage(restoreError)}`);
    }
  }

  /** Tells the monitoring topic what happened; a failure to notify is a warning, never a new error. */
  private async notify(reason: string): Promise<void> {
    const topicArn = this.monitoringOutputs?.topicArn;
    if (!topicArn) return;
    const subject = `stack-canary: ${this.config.stackName ?? this.config.alias} rolled back`;
    const lines = [
      `stack-canary ${this.config.stackName ? `stack ${this.config.stackName}` : ''} alias ${this.config.alias}`,
      `Reason: ${reason}`,
      `Rollback mode: ${this.config.rollback}`,
      ...(this.rollbackRecord?.aliases ?? []).map((a) => a.message),
      `Stack: ${this.rollbackRecord?.stack ?? 'not requested'}`,
    ];
    try {
      await this.parts.traffic.notifyTopic(this.ctx.clients.sns, topicArn, subject, lines.join('\n'));
    } catch (error) {
      this.ctx.logger.warning(`Could not notify ${topicArn}: ${errorMessage(error)}`);
    }
  }

  private end(verdict: Verdict, reason: string, rolledBack: boolean, complete = true): RunResult {
    if (complete) {
      this.journal.finish(verdict);
    } else {
      this.ctx.logger.error(
        'Some aliases could not be restored: the post step (or a re-run) will try again.',
      );
    }
    const runs = this.fleet.all();
    return {
      verdict,
      rolledBack,
      reason,
      versions: Object.fromEntries(
        runs.map((r) => [r.functionName, { previous: r.snapshot?.version, new: r.published?.version }]),
      ),
      stackId: this.appDeploy?.stackId ?? this.stackSnapshot?.stackId,
      stackOutputs: this.appDeploy?.outputs ?? {},
      details: this.details(runs),
    };
  }

  private details(runs: readonly FunctionRun[]): Record<string, unknown> {
    const { config } = this;
    return {
      alias: config.alias,
      strategy: config.strategy.source,
      rollbackMode: config.rollback,
      onInconclusive: config.onInconclusive,
      functions: Object.fromEntries(
        runs.map((r) => [
          r.functionName,
          {
            status: r.status ?? 'not published',
            previous: r.snapshot?.version,
            new: r.published?.version,
            aliasNow: describeTarget(r.alias?.target),
            memorySizeMb: r.published?.memorySizeMb,
            timeoutSeconds: r.published?.timeoutSeconds,
            ...(r.foreign ? { changedBySomeoneElse: r.foreign } : {}),
          },
        ]),
      ),
      steps: this.steps,
      ...(this.preTraffic ? { preTraffic: this.preTraffic } : {}),
      ...(this.postTraffic ? { postTraffic: this.postTraffic } : {}),
      ...(this.rollbackRecord ? { rollback: this.rollbackRecord } : {}),
      ...(this.appDeploy ? { stack: pickDeploy(this.appDeploy) } : {}),
      ...(this.monitoringDeploy
        ? {
            monitoring: {
              ...pickDeploy(this.monitoringDeploy),
              alarmNames: this.monitoringOutputs?.alarmNames ?? [],
            },
          }
        : {}),
      changes: this.journal.entries().flatMap((e) => e.changes.map((c) => describeChange(e, c))),
    };
  }

  private iso(): string {
    return new Date(this.ctx.clock.now()).toISOString();
  }
}

function pickDeploy(d: DeployResult): Record<string, unknown> {
  return { stackName: d.stackName, stackId: d.stackId, outcome: d.outcome, changes: d.changes };
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

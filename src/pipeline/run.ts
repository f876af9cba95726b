/**
 * One run, for every watched function at once:
 * read and check the template → snapshot (stack, aliases; stop if another live run holds one; put
 * back an alias a lost or interrupted run left) → deploy monitoring and app (stacks.ts) → publish →
 * the steps (steps.ts: shift all, watch, judge, renew the lease at every poll) → promote all, or
 * roll back all (rollback.ts). The run record (record.ts) is filled as it goes, and kept even when
 * the run throws; the entry points only render it.
 *
 * The safety invariant: however the run ends, every alias it moved ends on a judged version — the
 * new one only after a pass, otherwise its snapshot. Every alias change is journaled first, so the
 * post step (or the CLI's signal handler) can finish the job if this process cannot.
 */
import type { AwsClients } from '../aws/clients.js';
import type { Config } from '../config/types.js';
import { errorMessage, StackCanaryError } from '../errors.js';
import { commandSafeLogger } from '../util/escape.js';
import { guardActivityText } from '../traffic/guard-activity-text.js';
import { leaseTermFor } from '../traffic/lease.js';
import { runHolder } from '../traffic/lease-holder.js';
import { assertStrategy } from '../traffic/routing.js';
import { Fleet } from './fleet.js';
import { Journal } from './journal.js';
import { mapLimited } from './limit.js';
import type { PartsContext, PipelineParts } from './parts.js';
import { defaultParts } from './parts.js';
import type { HandOffRequest } from './hand-off.js';
import type { RecordSources } from './record.js';
import { RunRecorder } from './record.js';
import type { RollbackDeps } from './rollback.js';
import { rollBack } from './rollback.js';
import { RunStacks } from './stacks.js';
import { templateLabel } from '../stack/index.js';
import { runSteps } from './steps.js';
import type { RunHeldPlans } from './runner-loss.js';
import { PlanTakenOverError } from './runner-loss.js';
import type { RunDeps, RunEnd, RunResult, Verdict } from './types.js';

export async function runPipeline(
  config: Config,
  deps: RunDeps,
  parts: PipelineParts = defaultParts(),
): Promise<RunResult> {
  return (await startPipeline(config, deps, parts)).result;
}

/**
 * A run that ended with its own result but may still be put back: one region of a release in
 * waves (waves/), which a failure in a later region rolls back too.
 */
export interface HeldRun {
  readonly result: RunResult;
  /** The alarms the run watched in its region (the monitoring stack's and the `alarms` input). */
  readonly alarmNames: readonly string[];
  /** The region's clients (the release keeps watching its alarms after its verdict). */
  readonly clients: AwsClients;
  /** The monitoring stack's dashboard, when it has one. */
  readonly dashboard: string | undefined;
  /** After a pass: records the promotion for the guard, once the whole release has passed. */
  confirm(): Promise<void>;
  /** After a pass: puts back every alias (and the stack per `rollback`) the run changed. */
  undo(reason: string): Promise<RunResult>;
}

/** runPipeline, keeping the run at hand (see HeldRun). */
export async function startPipeline(
  config: Config,
  deps: RunDeps,
  parts: PipelineParts = defaultParts(),
): Promise<HeldRun> {
  // The inputs were checked by config/parse.ts; this guards the planner's steps before any AWS call.
  assertStrategy(config.strategy);
  const recorder = new RunRecorder(config, deps.clock);
  let clients: AwsClients;
  let templateBody: string | undefined;
  try {
    // Building the clients calls nothing; the template is read once (an S3 URL with the S3 client).
    [clients, templateBody] = await recorder.phase('prepare', async () => {
      const built = await deps.clients();
      if (!config.template) return [built, undefined] as const;
      const body = await parts.stack.readTemplate(config.template, built);
      const analysis = parts.stack.analyzeTemplate(body, templateLabel(config.template));
      parts.stack.assertAliasNotManaged(analysis, config.alias, config.functions);
      return [built, body] as const;
    });
  } catch (error) {
    recorder.crashed(error, 'prepare', {
      runs: [],
      journal: undefined,
      stack: undefined,
      monitoring: undefined,
    });
    throw error;
  }
  // Names and reasons from AWS reach the log: none may start a workflow command.
  const logger = commandSafeLogger(deps.logger);
  const ctx: PartsContext = { clients, logger, clock: deps.clock };
  const run = new PipelineRun(config, { ...deps, logger }, parts, ctx, recorder, templateBody);
  const result = await run.execute();
  return {
    result,
    alarmNames: [...run.alarmNames(), ...config.alarms],
    clients,
    dashboard: run.dashboard(),
    confirm: () => run.confirm(result),
    undo: (reason) => run.undo(result, reason),
  };
}

class PipelineRun {
  private readonly journal: Journal;
  private readonly fleet: Fleet;
  private readonly stacks: RunStacks;
  /** Functions whose guard tags this run has read (each once). */
  private readonly guardRead = new Set<string>();
  /** on-runner-loss: guard: the run's plans in the plan table. */
  private held: RunHeldPlans | undefined;

  constructor(
    private readonly config: Config,
    private readonly deps: RunDeps,
    private readonly parts: PipelineParts,
    private readonly ctx: PartsContext,
    private readonly recorder: RunRecorder,
    templateBody: string | undefined,
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
      holder: deps.holder ?? runHolder({}),
      leaseTermMs: leaseTermFor(config.intervalMs, deps.leaseTermMs),
      settleLagMs: config.settleLagMs,
    });
    this.stacks = new RunStacks(config, parts, ctx, templateBody);
  }

  async execute(): Promise<RunResult> {
    this.journal.start({
      region: this.ctx.clients.region,
      alias: this.config.alias,
      stackName: this.config.stackName,
    });
    try {
      const end = await this.main();
      // Built once every phase has ended, so the record's timings are whole.
      return { ...end, record: this.recorder.build(this.sources()) };
    } catch (error) {
      if (error instanceof PlanTakenOverError) {
        // The guard has the canary now: this run changes no alias, and ends as a hand-off does.
        this.ctx.logger.warning(error.message);
        const end = this.end('pending', error.message, false);
        return { ...end, record: this.recorder.build(this.sources()) };
      }
      const phase = this.recorder.currentPhase();
      // Stopped by a signal: whoever aborted restores from the journal; we make no further change.
      if (!this.deps.signal?.aborted) await this.restoreAfterError(error);
      this.recorder.crashed(error, phase, this.sources());
      throw error;
    }
  }

  private async main(): Promise<RunEnd> {
    const { config, fleet, stacks, recorder, ctx } = this;
    // Snapshot what we may return to; put back an alias an interrupted run left routing.
    const early = await recorder.phase('snapshot', async () => {
      if (stacks.deploysApp()) this.journal.saveStackSnapshot(await stacks.takeSnapshot());
      const names = await this.resolveEarly();
      await fleet.adopt(names);
      await this.readGuardActivity();
      return names;
    });
    // Monitoring first (its alarms become the app stack's rollback triggers), then the app.
    if (stacks.monitoringDue(early)) await recorder.phase('monitoring', () => stacks.deployMonitoring(early));
    if (stacks.deploysApp()) await recorder.phase('deploy', () => stacks.deployApp());
    if (config.dryRun)
      return this.end('skipped', 'dry run: change sets created and shown; nothing was changed', false);
    const notExecuted = stacks.changeSetLeftForReview();
    if (notExecuted !== undefined) {
      return this.end(
        'skipped',
        `${config.changeSet.leftForReviewBy}: change set ${notExecuted} left for review, not executed; no canary`,
        false,
      );
    }
    // The functions as deployed: aliases not seen before the deploy are snapshot now.
    const names = await recorder.phase('snapshot', async () => {
      const all = stacks.deploysApp() ? await this.resolveFunctions() : early;
      await fleet.adopt(all);
      await this.readGuardActivity();
      return all;
    });
    if (stacks.monitoringDue(names)) await recorder.phase('monitoring', () => stacks.deployMonitoring(names));
    if (names.length === 0) return this.end('skipped', 'no Lambda function to watch', false);
    await recorder.phase('publish', () => ctx.logger.group('Publish versions', () => fleet.publish(names)));
    if (fleet.active().length === 0) {
      const live = fleet.all().map((r) => `${r.functionName} v${r.published?.version ?? '?'}`);
      return this.end('skipped', `nothing new to canary: ${live.join(', ')} already live`, false);
    }
    const steps = {
      config,
      fleet,
      parts: this.parts,
      ctx,
      recorder,
      alarmNames: stacks.alarmNames(),
      signal: this.deps.signal,
      budgetShares: this.deps.budgetShares ?? 1,
      deferPromotion: this.deps.deferPromotion ?? false,
      halted: this.deps.halted,
      onPlan: await this.holdPlans(),
    };
    const end = await recorder.phase('canary', () =>
      runSteps(steps, {
        conclude: (verdict, reason) => this.conclude(verdict, reason),
        pass: (reason) => this.end('pass', reason, false),
        detach: config.wait ? undefined : () => this.detach(),
      }),
    );
    await this.held?.close(end.verdict, end.reason);
    return end;
  }

  /**
   * on-runner-loss: guard with a waited run: the run's plans, kept as the engine advances (the
   * first write at the first held step); undefined otherwise (rollback: nothing is written).
   */
  private async holdPlans(): Promise<RunHeldPlans['mirror'] | undefined> {
    const { config, deps } = this;
    if (config.onRunnerLoss !== 'guard' || !config.wait || config.dryRun) return undefined;
    if (!deps.holdPlans) {
      throw new StackCanaryError('INTERNAL', 'on-runner-loss: guard: this run was given no plan keeper.');
    }
    const held = await deps.holdPlans({
      ...this.handOffRequest(),
      state: deps.state,
      holdTermMs: leaseTermFor(config.intervalMs, deps.leaseTermMs),
    });
    this.held = held;
    return (plan, move) => held.mirror(plan, move);
  }

  /**
   * What the monitoring stack's guard did since each alias's last promotion (its tags): one log
   * line per function and the run record. Informational: a failed read is a debug line.
   */
  dashboard(): string | undefined {
    return this.stacks.monitoringStackOutputs()['Dashboard'] || undefined;
  }

  alarmNames(): readonly string[] {
    return this.stacks.alarmNames();
  }

  /** The release passed: the promotion is recorded for the guard now (deferred by deps.deferPromotion). */
  async confirm(result: RunResult): Promise<void> {
    if (result.verdict === 'pass' && this.deps.deferPromotion) await this.fleet.recordPromotion();
  }

  /**
   * Another region of the release failed after this one passed: every alias this run changed goes
   * back (and the stack, with rollback: stack), as after a verdict of its own. Its verdict stays
   * its own; the result says it was rolled back and why.
   */
  async undo(result: RunResult, reason: string): Promise<RunResult> {
    if (result.verdict !== 'pass') return result;
    this.ctx.logger.info(`Rolling back: ${reason}`);
    const { rolledBack, complete } = await this.recorder.phase('rollback', () =>
      rollBack(this.rollbackDeps(), 'verdict', reason),
    );
    if (!complete) {
      this.ctx.logger.error(
        'Some aliases could not be restored: the post step (or a re-run) will try again.',
      );
    }
    return { ...result, rolledBack, reason, record: this.recorder.build(this.sources()) };
  }

  private async readGuardActivity(): Promise<void> {
    const { recorder, ctx, config } = this;
    const fresh = this.fleet
      .all()
      .filter((r) => r.alias !== undefined && !this.guardRead.has(r.functionName));
    for (const run of fresh) this.guardRead.add(run.functionName);
    const found = await mapLimited(fresh, (run) =>
      this.parts.traffic.readGuardActivity(
        ctx.clients.lambda,
        run.functionName,
        config.alias,
        ctx.logger,
        run.alias?.aliasArn,
      ),
    );
    for (const activity of found) {
      if (!activity) continue;
      recorder.guard.push(activity);
      ctx.logger.info(guardActivityText(activity, ctx.clock.now()));
    }
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
    if (!this.stacks.deploysApp()) return this.resolveFunctions();
    if (!this.stacks.snapshot?.exists) return [];
    try {
      return await this.resolveFunctions();
    } catch (error) {
      this.ctx.logger.debug(
        `Functions not resolvable before the deploy (${errorMessage(error)}); resolved after it.`,
      );
      return [];
    }
  }

  private rollbackDeps(): RollbackDeps {
    return {
      config: this.config,
      fleet: this.fleet,
      stacks: this.stacks,
      recorder: this.recorder,
      logger: this.ctx.logger,
      traffic: this.parts.traffic,
      sns: this.ctx.clients.sns,
    };
  }

  /** A fail or inconclusive-fail verdict: roll back (per mode), then end. */
  private async conclude(verdict: 'fail' | 'inconclusive', reason: string): Promise<RunEnd> {
    this.ctx.logger.debug(`${verdict}: ${reason}`);
    const { rolledBack, complete } = await this.recorder.phase('rollback', () =>
      rollBack(this.rollbackDeps(), 'verdict', `${verdict}: ${reason}`),
    );
    return this.end(verdict, reason, rolledBack, complete);
  }

  /** wait: false: the first step shifted, the plans written; the guard gives the verdict. */
  private async detach(): Promise<RunEnd> {
    const handOff = this.deps.handOff;
    if (!handOff) {
      throw new StackCanaryError('INTERNAL', 'wait: false: this run was given no hand-off to the guard.');
    }
    const reason = await handOff(this.handOffRequest());
    this.ctx.logger.info(`pending: ${reason}`);
    return this.end('pending', reason, false);
  }

  /** What the guard is handed: a detached canary (wait: false), or a run's plans to keep. */
  private handOffRequest(): HandOffRequest {
    return {
      config: this.config,
      fleet: this.fleet,
      journal: () => this.journal.entries(),
      logger: this.ctx.logger,
      clock: this.ctx.clock,
      runId: this.fleet.runId(),
      monitoringOutputs: this.stacks.monitoringStackOutputs(),
      alarmNames: this.stacks.alarmNames(),
      topicArn: this.stacks.topicArn(),
      deployment: this.deps.deployment,
    };
  }

  private async restoreAfterError(error: unknown): Promise<void> {
    // The error itself is reported once, where it is caught (the action's one error annotation).
    const cause = errorMessage(error).replace(/[.\s]+$/, '');
    if (this.fleet.hasChanges()) {
      this.ctx.logger.info(`The run stopped on an error (${cause}): restoring every alias it changed.`);
    } else {
      this.ctx.logger.debug(`The run stopped on an error (${cause}): it had changed no alias.`);
    }
    try {
      const { complete } = await this.recorder.phase('rollback', () =>
        rollBack(this.rollbackDeps(), 'error', `error: ${errorMessage(error)}`),
      );
      if (complete) {
        this.journal.finish('error');
        await this.held?.close('fail', `error: ${errorMessage(error)}`);
      }
    } catch (restoreError) {
      this.ctx.logger.error(`Restoring after the error failed too: ${errorMessage(restoreError)}`);
    }
  }

  private sources(): RecordSources {
    return {
      runs: this.fleet.all(),
      journal: this.journal,
      stack: this.stacks.appRecord(),
      monitoring: this.stacks.monitoringRecord(),
    };
  }

  private end(verdict: Verdict, reason: string, rolledBack: boolean, complete = true): RunEnd {
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
      stackId: this.stacks.stackId(),
      stackOutputs: this.stacks.outputs(),
      changeSet: this.stacks.changeSet(),
      monitoringChangeSet: this.stacks.monitoringChangeSet(),
    };
  }
}

/**
 * The canary itself: for each strategy step, shift every alias, watch and judge (watch.ts; the
 * run's alias lease is renewed at every poll), and after the last step promote. A fail (or an
 * inconclusive with on-inconclusive: fail) ends the loop at once through `finish.conclude`, which
 * rolls back before the observer's step ends.
 */
import { runPostTrafficHook, runPreTrafficGate } from '../canary/pre-traffic.js';
import type { CanaryObserver } from '../canary/types.js';
import type { Config, TrafficStep } from '../config/types.js';
import { errorMessage } from '../errors.js';
import { AliasConflictError } from '../traffic/alias.js';
import { formatShare } from '../traffic/routing.js';
import { promotionReason } from '../engine/advance.js';
import type { CanaryPlan } from '../engine/canary-plan.js';
import { formatDuration } from '../util/wait.js';
import type { Fleet } from './fleet.js';
import type { PartsContext, PipelineParts } from './parts.js';
import type { RunRecorder } from './record.js';
import type { EngineMove } from './runner-loss.js';
import type { RunEnd } from './types.js';
import type { StepOutcome } from './watch.js';
import { pollLine, RepeatedPollLines } from './poll-line.js';
import { ReleaseHaltedError, watchStep } from './watch.js';

export interface StepsDeps {
  readonly config: Config;
  readonly fleet: Fleet;
  readonly parts: PipelineParts;
  readonly ctx: PartsContext;
  readonly recorder: RunRecorder;
  /** Alarm names to watch besides the `alarms` input (the monitoring stack's). */
  readonly alarmNames: readonly string[];
  readonly signal: AbortSignal | undefined;
  /** How many regions share the false-rollback budget (a release in waves; 1 otherwise). */
  readonly budgetShares?: number | undefined;
  /** A release in waves: the promotion is recorded for the guard only once every region passed. */
  readonly deferPromotion?: boolean | undefined;
  /** A reason when another region of the release failed: the canary stops and rolls back. */
  readonly halted?: (() => string | undefined) | undefined;
  /** Told the engine's plan as it advances (on-runner-loss: guard mirrors it into the plan table). */
  readonly onPlan?: ((plan: CanaryPlan, move?: EngineMove) => Promise<void>) | undefined;
}

/** How the run ends: a verdict that rolls back, or a pass. */
export interface Finish {
  conclude(verdict: 'fail' | 'inconclusive', reason: string): Promise<RunEnd>;
  pass(reason: string): RunEnd;
  /** wait: false: after the pre-traffic gate, the canary is handed to the guard (run.ts). */
  detach?: (() => Promise<RunEnd>) | undefined;
}

export async function runSteps(deps: StepsDeps, finish: Finish): Promise<RunEnd> {
  const { config, fleet, parts, ctx, recorder } = deps;
  const { logger } = ctx;
  const steps = config.strategy.steps;
  if (!steps.some((s) => s.holdMs > 0)) {
    logger.warning(
      `Strategy "${config.strategy.source}" holds no step: the new versions are promoted without a canary watch.`,
    );
  }
  const observer = parts.createObserver(ctx, {
    config,
    alarmNames: [...deps.alarmNames, ...config.alarms],
  });
  // The pre-traffic gate: the new versions, invoked directly, before any alias moves.
  const gateTargets = fleet
    .watchTargets()
    .map((t) => ({ functionName: t.functionName, version: t.canaryVersion }));
  const gate = await recorder.phase('pre-traffic', () =>
    runPreTrafficGate(ctx.clients.lambda, gateTargets, config.alias, config.preTraffic, ctx),
  );
  recorder.preTraffic = gate;
  if (gate && !gate.passed) return finish.conclude('fail', gate.reason ?? 'pre-traffic gate failed');
  const unwatched = firstDeploysWithoutTraffic(deps);
  if (unwatched.size > 0 && unwatched.size === fleet.active().length) {
    return promote(deps, finish, undefined, unwatched);
  }
  if (finish.detach) return finish.detach();
  let plan: CanaryPlan | undefined;
  for (const [index, step] of steps.entries()) {
    let record = recorder.beginStep(index, step.weight, step.holdMs);
    if (step.weight === 1 && step.holdMs === 0 && index === steps.length - 1) {
      recorder.updateStep(record, { outcome: 'promotion' });
      break;
    }
    const halt = deps.halted?.();
    if (halt !== undefined) {
      recorder.updateStep(record, { outcome: 'fail', endedAt: recorder.iso() });
      return finish.conclude('fail', halt);
    }
    try {
      await fleet.shift(step.weight);
    } catch (error) {
      if (!(error instanceof AliasConflictError)) throw error;
      recorder.updateStep(record, { outcome: 'fail', endedAt: recorder.iso() });
      return finish.conclude('fail', error.message);
    }
    if (step.holdMs === 0) {
      recorder.updateStep(record, { outcome: 'unwatched', endedAt: recorder.iso() });
      continue;
    }
    let outcome: StepOutcome;
    try {
      outcome = await watch(deps, observer, index, step, unwatched, plan);
    } catch (error) {
      // A lease renewal found the alias changed by someone else (as a conflicting shift does), or
      // another region of the release failed.
      if (!(error instanceof AliasConflictError) && !(error instanceof ReleaseHaltedError)) throw error;
      recorder.updateStep(record, { outcome: 'fail', endedAt: recorder.iso() });
      return finish.conclude('fail', error.message);
    }
    const accepted = outcome.plan.accepted !== plan?.accepted;
    plan = outcome.plan;
    record = recorder.updateStep(record, {
      outcome: outcome.kind,
      decisions: outcome.decisions,
      polls: outcome.polls,
      samples: outcome.samples,
      endedAt: recorder.iso(),
    });
    if (outcome.move.kind === 'rollback') {
      // Aliases first, at once; the observer's step ends after.
      const result = await finish.conclude(outcome.move.verdict, outcome.move.reason);
      await endStep(deps, observer);
      return result;
    }
    await endStep(deps, observer);
    if (accepted) logger.warning(`Inconclusive, accepted by on-inconclusive: pass: ${plan.accepted ?? ''}`);
  }
  return promote(deps, finish, plan, unwatched);
}

async function watch(
  deps: StepsDeps,
  observer: CanaryObserver,
  index: number,
  step: TrafficStep,
  unwatched: ReadonlySet<string>,
  plan: CanaryPlan | undefined,
): Promise<StepOutcome> {
  const { config, fleet, parts, ctx } = deps;
  const { logger, clock } = ctx;
  const steps = config.strategy.steps;
  const targets = fleet.watchTargets().filter((t) => !unwatched.has(t.functionName));
  const label = `Step ${index + 1}/${steps.length}: ${formatShare(step.weight)} for ${formatDuration(step.holdMs)}`;
  const at = { index, steps: steps.length, weight: step.weight, holdMs: step.holdMs };
  // A poll line that only repeats the last one is left out (the debug log keeps every poll).
  const repeats = new RepeatedPollLines();
  await observer.beginStep(targets, clock.now(), step.holdMs, { index, weight: step.weight });
  try {
    return await logger.group(label, async () => {
      const outcome = await watchStep({
        index,
        step,
        targets,
        observer,
        judge: parts.judge,
        config,
        clock,
        plan,
        signal: deps.signal,
        logger,
        renewLease: () => fleet.renew(),
        halted: deps.halted,
        budgetShares: deps.budgetShares,
        onPlan: deps.onPlan,
        onPoll: (poll) => {
          for (const [name, j] of Object.entries(poll.judgements)) {
            if (j.decision !== 'continue') continue;
            const now = { ...at, elapsedMs: poll.elapsedMs };
            if (repeats.isNew(name, now, j)) logger.info(pollLine(name, now, j));
            logger.debug(`${name}: ${j.reason}`);
          }
        },
      });
      // Each function's decisive judgement, as a poll line; its full reason in the debug log.
      const elapsedMs = outcome.polls[outcome.polls.length - 1]?.elapsedMs ?? 0;
      for (const [name, j] of Object.entries(outcome.decisions)) {
        logger.info(pollLine(name, { ...at, elapsedMs }, j));
        logger.debug(`${name}: ${j.decision}: ${j.reason}`);
      }
      return outcome;
    });
  } catch (error) {
    await endStep(deps, observer);
    throw error;
  }
}

/**
 * A first deploy without synthetic-payload has no traffic to judge: its alias does not exist yet, so
 * no request reaches the new version. As CodeDeploy does, its alias is created on the new version
 * at promotion (after the pre-traffic gate, when one is set), with a warning; with synthetic-payload
 * the version is judged on that traffic first and the alias is created only after a pass.
 */
function firstDeploysWithoutTraffic(deps: StepsDeps): ReadonlySet<string> {
  const { config, fleet, ctx } = deps;
  if (config.synthetic) return new Set();
  const names = fleet
    .active()
    .filter((run) => run.status === 'first-deploy')
    .map((run) => run.functionName);
  for (const name of names) {
    ctx.logger.warning(
      `${name}: first deploy: no old version to compare and no synthetic-payload, so nothing can be judged ` +
        `before alias ${config.alias} exists; it is created on the new version at promotion.`,
    );
  }
  return new Set(names);
}

async function promote(
  deps: StepsDeps,
  finish: Finish,
  plan: CanaryPlan | undefined,
  unwatched: ReadonlySet<string>,
): Promise<RunEnd> {
  const { config, fleet, ctx, recorder } = deps;
  try {
    await recorder.phase('promote', () => ctx.logger.group('Promote', () => fleet.promote()));
    const last = recorder.steps[recorder.steps.length - 1];
    if (last?.outcome === 'promotion') recorder.updateStep(last, { endedAt: recorder.iso() });
  } catch (error) {
    if (error instanceof AliasConflictError) return finish.conclude('fail', error.message);
    throw error;
  }
  // The post-traffic hook, as CodeDeploy's AfterAllowTraffic: a failure rolls the aliases back.
  const gateTargets = fleet
    .watchTargets()
    .map((t) => ({ functionName: t.functionName, version: t.canaryVersion }));
  const hook = await recorder.phase('post-traffic', () =>
    runPostTrafficHook(ctx.clients.lambda, gateTargets, config.alias, config.preTraffic.postHook, ctx),
  );
  recorder.postTraffic = hook;
  if (hook && !hook.passed) return finish.conclude('fail', hook.reason ?? 'post-traffic hook failed');
  if (!deps.deferPromotion) await fleet.recordPromotion();
  const watched = config.strategy.steps.some((s) => s.holdMs > 0);
  const firstOnly = unwatched.size > 0 && unwatched.size === fleet.active().length;
  return finish.pass(
    firstOnly
      ? `promoted: first deploy: no old version to compare; alias ${config.alias} created on the new version of ${[...unwatched].join(', ')}`
      : !watched || !plan
        ? `promoted without a canary watch: strategy "${config.strategy.source}" holds no step`
        : promotionReason(plan),
  );
}

async function endStep(deps: StepsDeps, observer: CanaryObserver): Promise<void> {
  try {
    await observer.endStep();
  } catch (error) {
    deps.ctx.logger.warning(`Ending the observer's step failed: ${errorMessage(error)}`);
  }
}

/**
 * Watching one strategy step, the action's driver of the canary engine (engine/): at every look
 * the engine names (each `intervalMs` on the injected clock, and the hold's boundaries) the
 * observer's evidence (every settled minute since the first shift) goes to the engine, which
 * judges each function still undecided and ends the step, extends it, or waits. The step rules
 * (final look, settle wait, extension, inconclusive) are the engine's; this file only sleeps,
 * observes, and tells the log. When the step starts, the evidence plan (canary calls a minute,
 * minutes needed) is logged, and each custom comparison's (minutes to catch a 2× rise).
 */
import type { EarlierCalls } from '../canary/judge/evidence-plan.js';
import { planEvidence } from '../canary/judge/evidence-plan.js';
import { planCustomComparisons } from '../canary/judge/custom-plan.js';
import type {
  CanaryObserver,
  FunctionSamples,
  Judge,
  Judgement,
  ObservedTraffic,
  WatchTarget,
} from '../canary/types.js';
import type { StepEnd } from '../engine/advance.js';
import { advance, formatWait } from '../engine/advance.js';
import type { CanaryPlan } from '../engine/canary-plan.js';
import { enterStep, isLastStep, nextLookAt } from '../engine/canary-plan.js';
import type { Config, TrafficStep } from '../config/types.js';
import type { Logger } from '../logger.js';
import type { Clock } from '../util/clock.js';
import { StackCanaryError } from '../errors.js';
import { RunCancelledError } from './journal.js';
import type { EngineMove } from './runner-loss.js';

export { emptySamples } from '../engine/advance.js';

export interface PollRecord {
  readonly at: number;
  readonly elapsedMs: number;
  readonly judgements: Readonly<Record<string, Judgement>>;
}

export type StepOutcomeKind = 'pass' | 'fail' | 'inconclusive';

/** How a watched step ended: the engine's StepEnd, with what the action's report keeps of it. */
export interface StepOutcome extends Omit<StepEnd, 'verdict' | 'reason'> {
  readonly kind: StepOutcomeKind;
  readonly polls: readonly PollRecord[];
  /** What was last observed of each function (for the report's metrics and chart). */
  readonly samples: Readonly<Record<string, FunctionSamples>>;
  /** The engine's plan once the step ended, and its move. */
  readonly plan: CanaryPlan;
  readonly move: EngineMove;
}

/** Another region of the release failed: this run stops its canary and rolls back. */
export class ReleaseHaltedError extends StackCanaryError {
  constructor(reason: string) {
    super('CANCELLED', reason);
  }
}

export interface WatchStepInput {
  readonly index: number;
  readonly step: TrafficStep;
  readonly targets: readonly WatchTarget[];
  readonly observer: CanaryObserver;
  readonly judge: Judge;
  readonly config: Pick<
    Config,
    | 'intervalMs'
    | 'thresholds'
    | 'compareBaseline'
    | 'onInconclusive'
    | 'strategy'
    | 'extendHoldMs'
    | 'synthetic'
    | 'metrics'
  >;
  readonly clock: Clock;
  /** The run's engine plan so far (default: a new one for these targets). */
  readonly plan?: CanaryPlan | undefined;
  readonly signal?: AbortSignal | undefined;
  /** Told after every poll (progress for the log). */
  readonly onPoll?: ((poll: PollRecord) => void) | undefined;
  /** Called at every poll, before the evidence is read: renews the run's alias lease. */
  readonly renewLease?: (() => Promise<void>) | undefined;
  /** Read at every poll: a reason stops the step (ReleaseHaltedError; another region failed). */
  readonly halted?: (() => string | undefined) | undefined;
  /** How many regions share the budget with these targets (1: this run alone). */
  readonly budgetShares?: number | undefined;
  /**
   * Told the engine's plan when the step starts and after every look, with its move when the look
   * ended the step (on-runner-loss: guard keeps them).
   */
  readonly onPlan?: ((plan: CanaryPlan, move?: EngineMove) => Promise<void>) | undefined;
  /** Where the evidence plan, extensions and the wait for the last minutes are told. */
  readonly logger?: Logger | undefined;
}

/**
 * The canary calls of the steps before this one: those counted already, and the time since the
 * newest settled minute at the weight of the step before (its calls are still settling).
 */
function earlierCalls(
  plan: CanaryPlan,
  traffic: ObservedTraffic | undefined,
  nowMs: number,
): EarlierCalls | undefined {
  const firstStart = plan.stepStarts[0];
  if (plan.step === 0 || firstStart === undefined) return undefined;
  const before = plan.strategy.steps[plan.step - 1];
  return {
    invocations: (traffic?.canaryCalls ?? 0) + (traffic?.syntheticCalls ?? 0),
    weight: before?.weight ?? 0,
    unsettledMs: nowMs - Math.max(firstStart, traffic?.settledUntilMs ?? firstStart),
  };
}

/**
 * Logs each function's evidence plan for the step, then one line per custom comparison (how long it
 * needs to catch a 2× rise); a warning when even extend-hold cannot be enough.
 */
function announcePlan(input: WatchStepInput, engine: CanaryPlan, nowMs: number): void {
  const { logger, observer, step, targets, config } = input;
  if (logger === undefined) return;
  const traffic = observer.traffic?.();
  for (const target of targets) {
    const observed = traffic?.get(target.functionName);
    const earlier = earlierCalls(engine, observed, nowMs);
    const plan = planEvidence({
      traffic: observed?.served,
      weight: step.weight,
      holdMs: step.holdMs,
      extendHoldMs: engine.settings.extendHoldMs,
      minInvocations: config.thresholds.minInvocations,
      syntheticPerMinute: config.synthetic?.ratePerMinute ?? 0,
      earlier,
    });
    const custom = planCustomComparisons({
      metrics: config.metrics,
      customHistory: observed?.customHistory,
      baselineHistory: observed?.baselineHistory,
      traffic: observed?.served,
      earlier,
      weight: step.weight,
      holdMs: step.holdMs,
      extendHoldMs: engine.settings.extendHoldMs,
      lastStep: isLastStep(engine),
      functions: engine.settings.functions,
      compared: config.compareBaseline && target.baselineVersion !== undefined,
    });
    for (const line of [plan, ...custom]) {
      const text = `${target.functionName}: ${line.message}`;
      if (line.fitsExtension) logger.info(text);
      else logger.warning(text);
    }
  }
}

/** The engine's plan of a run the action watches in memory, before its first watched step. */
export function actionCanaryPlan(
  config: WatchStepInput['config'],
  targets: readonly WatchTarget[],
  budgetShares = 1,
): CanaryPlan {
  return {
    strategy: config.strategy,
    settings: {
      thresholds: config.thresholds,
      compareBaseline: config.compareBaseline,
      onInconclusive: config.onInconclusive,
      extendHoldMs: Math.max(0, config.extendHoldMs),
      // A release in waves: its regions share the budget as a run's functions do.
      functions: targets.length * Math.max(1, Math.floor(budgetShares)),
      lookEveryMs: Math.max(1, config.intervalMs),
    },
    targets: targets.map((t) => ({
      functionName: t.functionName,
      canaryVersion: t.canaryVersion,
      baselineVersion: t.baselineVersion,
      timeoutSeconds: t.timeoutSeconds,
      settleLagMs: t.settleLagMs,
    })),
    step: 0,
    stepStarts: [],
    holdEndMs: 0,
    decided: {},
    accepted: undefined,
  };
}

/**
 * Watches one step whose hold is > 0 (the caller shifts the aliases and begins and ends the
 * observer's step around it): the engine looks at every due time on the injected clock until it
 * ends the step; the outcome carries its move (shift, promote or roll back) and the plan after it.
 */
export async function watchStep(input: WatchStepInput): Promise<StepOutcome> {
  const { targets, observer, judge, config, clock, signal, logger } = input;
  let plan = enterStep(
    input.plan ?? actionCanaryPlan(config, targets, input.budgetShares),
    input.index,
    clock.now(),
  );
  announcePlan(input, plan, clock.now());
  await input.onPlan?.(plan);
  const start = clock.now();
  const polls: PollRecord[] = [];
  const lastSamples: Record<string, FunctionSamples> = {};
  let toldSettling: number | undefined;
  const toldAwaiting = new Set<string>();
  for (;;) {
    await clock.sleep(nextLookAt(plan, clock.now()) - clock.now());
    if (signal?.aborted) throw new RunCancelledError();
    const halt = input.halted?.();
    if (halt !== undefined) throw new ReleaseHaltedError(halt);
    await input.renewLease?.();
    const now = clock.now();
    const samples = await observer.observe(now);
    for (const [name, observed] of samples) lastSamples[name] = observed;
    const look = advance(plan, { samples }, now, judge);
    plan = look.plan;
    const [move] = look.actions;
    const ended = look.stepEnd && move && move.kind !== 'wait-until' ? move : undefined;
    await input.onPlan?.(plan, ended);
    for (const event of look.events) {
      if (event.kind === 'extended') {
        logger?.info(
          `${event.functionName}: extending the step to ${formatWait(event.untilMs - start)}: ${event.why}`,
        );
      } else if (event.kind === 'awaiting') {
        const told = `${event.functionName}@${plan.holdEndMs}`;
        if (!toldAwaiting.has(told)) logger?.info(`${event.functionName}: hold over; ${event.why}`);
        toldAwaiting.add(told);
      } else if (toldSettling !== plan.holdEndMs) {
        toldSettling = plan.holdEndMs;
        logger?.info(`hold over; waiting ${formatWait(event.untilMs - now)} for the last minutes' metrics`);
      }
    }
    const poll = { at: now, elapsedMs: now - start, judgements: look.judgements };
    polls.push(poll);
    input.onPoll?.(poll);
    if (look.stepEnd && ended) {
      const { verdict, decisions, failed, inconclusive } = look.stepEnd;
      return {
        kind: verdict,
        decisions,
        failed,
        inconclusive,
        polls,
        samples: lastSamples,
        plan,
        move: ended,
      };
    }
  }
}

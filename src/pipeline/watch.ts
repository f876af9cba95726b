/**
 * Watching one strategy step: every `intervalMs` (on the injected clock) the observer's evidence
 * (every settled minute since the first shift) is judged for each function still undecided. A fail
 * of any function ends the step at once; the step also ends early when every function has
 * decided. At the end of the hold the judgement is `final`, except on the last step before
 * promotion, whose final look waits until every minute up to the hold's end has settled (its
 * metrics are in), so no minute the canary served is promoted unjudged; earlier steps do not wait:
 * their last minutes are judged during the next step, at their own split. At a final look:
 * - when the judge asks for more traffic (Judgement.extend), the step runs on, up to extend-hold;
 * - otherwise an undecided function becomes inconclusive.
 * When the step starts, the evidence plan (canary calls a minute, minutes needed) is logged.
 */
import { planEvidence } from '../canary/judge/plan.js';
import { ceilToMinute, settleLagOf } from '../canary/minutes.js';
import type {
  CanaryObserver,
  FunctionSamples,
  Judge,
  Judgement,
  StepContext,
  WatchTarget,
} from '../canary/types.js';
import type { Config, TrafficStep } from '../config/types.js';
import type { Logger } from '../logger.js';
import type { Clock } from '../util/clock.js';
import { RunCancelledError } from './journal.js';

/** extend-hold when the config does not say. */
export const DEFAULT_EXTEND_HOLD_MS = 10 * 60_000;

export interface PollRecord {
  readonly at: number;
  readonly elapsedMs: number;
  readonly judgements: Readonly<Record<string, Judgement>>;
}

export type StepOutcomeKind = 'pass' | 'fail' | 'inconclusive';

export interface StepOutcome {
  readonly kind: StepOutcomeKind;
  /** The decisive judgement of each function (its last one when the step ended without one). */
  readonly decisions: Readonly<Record<string, Judgement>>;
  /** Functions that failed, in the order they were judged. */
  readonly failed: readonly string[];
  readonly inconclusive: readonly string[];
  readonly polls: readonly PollRecord[];
  /** What was last observed of each function (for the report's metrics and chart). */
  readonly samples: Readonly<Record<string, FunctionSamples>>;
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
  >;
  readonly clock: Clock;
  readonly signal?: AbortSignal | undefined;
  /** Told after every poll (progress for the log). */
  readonly onPoll?: ((poll: PollRecord) => void) | undefined;
  /** Where the evidence plan, extensions and the wait for the last minutes are told. */
  readonly logger?: Logger | undefined;
}

/** No datapoint yet for this function: counts are unknown, never "healthy". */
export function emptySamples(target: WatchTarget): FunctionSamples {
  return {
    functionName: target.functionName,
    canary: [],
    baseline: target.baselineVersion === undefined ? undefined : [],
    synthetic: { invocations: 0, errors: 0 },
    alarmsInAlarm: [],
    consecutiveQueryFailures: 0,
    memorySource: 'none',
  };
}

/** `2m30s`, `2m`, `40s`: a wait, in whole seconds. */
function formatWait(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes === 0 ? `${rest}s` : rest === 0 ? `${minutes}m` : `${minutes}m${rest}s`;
}

/** Logs each function's evidence plan for the step; a warning when even extend-hold cannot be enough. */
function announcePlan(input: WatchStepInput, extendHoldMs: number): void {
  const { logger, observer, step, targets, config } = input;
  if (logger === undefined) return;
  const history = observer.history?.();
  for (const target of targets) {
    const plan = planEvidence({
      history: history?.get(target.functionName),
      weight: step.weight,
      holdMs: step.holdMs,
      extendHoldMs,
      minInvocations: config.thresholds.minInvocations,
      syntheticPerMinute: config.synthetic?.ratePerMinute ?? 0,
    });
    const line = `${target.functionName}: ${plan.message}`;
    if (plan.fitsExtension) logger.info(line);
    else logger.warning(line);
  }
}

/** Watches one step whose hold is > 0; the caller begins and ends the observer's step around it. */
export async function watchStep(input: WatchStepInput): Promise<StepOutcome> {
  const { step, targets, observer, judge, config, clock, signal, logger } = input;
  const interval = Math.max(1, config.intervalMs);
  const extendHoldMs = Math.max(0, config.extendHoldMs ?? DEFAULT_EXTEND_HOLD_MS);
  const steps = config.strategy.steps;
  const lastStep = steps.slice(input.index + 1).every((s) => s.holdMs === 0);
  const plannedMs = steps.reduce((sum, s) => sum + s.holdMs, 0);
  const settleLag = Math.max(0, ...targets.map(settleLagOf));
  announcePlan(input, extendHoldMs);

  const start = clock.now();
  let holdEnd = start + step.holdMs;
  const extendLimit = holdEnd + extendHoldMs;
  /** When every minute up to the hold's end has settled. */
  const settledAt = (): number => ceilToMinute(holdEnd) + settleLag;
  /** The look after which an undecided function is inconclusive. */
  const lastLookAt = (): number => (lastStep ? settledAt() : holdEnd);
  let toldWaiting = false;
  const decisions = new Map<string, Judgement>();
  const failed: string[] = [];
  const polls: PollRecord[] = [];
  const lastSamples: Record<string, FunctionSamples> = {};
  for (;;) {
    const before = clock.now();
    const boundary = before < holdEnd ? holdEnd : lastLookAt();
    const wait = Math.min(interval, boundary > before ? boundary - before : interval);
    await clock.sleep(wait);
    if (signal?.aborted) throw new RunCancelledError();
    const now = clock.now();
    const elapsedMs = now - start;
    const holdOver = now >= holdEnd;
    const settled = now >= settledAt();
    // The last step's final look waits for its minutes to settle: before that nothing is promoted
    // on partial evidence (an early fail or pass stays possible at any look).
    const final = holdOver && (settled || !lastStep);
    if (holdOver && lastStep && !settled && !toldWaiting) {
      toldWaiting = true;
      logger?.info(`hold over; waiting ${formatWait(settledAt() - now)} for the last minutes' metrics`);
    }
    const context: StepContext = {
      index: input.index,
      weight: step.weight,
      elapsedMs,
      holdMs: step.holdMs,
      final,
      extendHoldMs,
      lastStep,
      settled,
      plannedMs,
      functions: targets.length,
    };
    const samples = await observer.observe(now);
    for (const [name, observed] of samples) lastSamples[name] = observed;
    const judgements: Record<string, Judgement> = {};
    let extendTo = holdEnd;
    for (const target of targets) {
      const name = target.functionName;
      if (decisions.has(name)) continue;
      let judgement = judge({
        samples: samples.get(name) ?? emptySamples(target),
        thresholds: config.thresholds,
        compareBaseline: config.compareBaseline && target.baselineVersion !== undefined,
        onInconclusive: config.onInconclusive,
        step: context,
      });
      if (judgement.decision === 'continue' && final) {
        const wanted = judgement.extend
          ? Math.min(extendLimit, now + Math.max(interval, judgement.extend.needMs))
          : now;
        if (judgement.extend && wanted > holdEnd) {
          extendTo = Math.max(extendTo, wanted);
          logger?.info(
            `${name}: extending the step to ${formatWait(wanted - start)}: ${judgement.extend.why}`,
          );
        } else {
          judgement = {
            ...judgement,
            decision: 'inconclusive',
            reason: `${judgement.reason} (still undecided when the ${formatWait(holdEnd - start)} hold ended)`,
          };
        }
      }
      judgements[name] = judgement;
      if (judgement.decision !== 'continue') decisions.set(name, judgement);
      if (judgement.decision === 'fail') failed.push(name);
    }
    if (extendTo > holdEnd) {
      holdEnd = extendTo;
      toldWaiting = false;
    }
    const poll = { at: now, elapsedMs, judgements };
    polls.push(poll);
    input.onPoll?.(poll);
    const inconclusive = [...decisions].filter(([, j]) => j.decision === 'inconclusive').map(([n]) => n);
    const summary = {
      decisions: Object.fromEntries(decisions),
      failed,
      inconclusive,
      polls,
      samples: lastSamples,
    };
    if (failed.length > 0) return { kind: 'fail', ...summary };
    if (decisions.size === targets.length) {
      return { kind: inconclusive.length > 0 ? 'inconclusive' : 'pass', ...summary };
    }
  }
}

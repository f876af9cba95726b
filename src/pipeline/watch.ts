/**
 * Watching one strategy step: every `intervalMs` (on the injected clock) the observer's evidence
 * is judged for each function still undecided. A fail of any function ends the step at once; the
 * step also ends early when every function has decided; at the end of the hold the judgement is
 * `final`, and an undecided function becomes inconclusive.
 */
import type { CanaryObserver, FunctionSamples, Judge, Judgement, WatchTarget } from '../canary/types.js';
import type { Config, TrafficStep } from '../config/types.js';
import type { Clock } from '../util/clock.js';
import { formatDuration } from '../util/wait.js';
import { RunCancelledError } from './journal.js';

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
  readonly config: Pick<Config, 'intervalMs' | 'thresholds' | 'compareBaseline' | 'onInconclusive'>;
  readonly clock: Clock;
  readonly signal?: AbortSignal | undefined;
  /** Told after every poll (progress for the log). */
  readonly onPoll?: ((poll: PollRecord) => void) | undefined;
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

/** Watches one step whose hold is > 0; the caller begins and ends the observer's step around it. */
export async function watchStep(input: WatchStepInput): Promise<StepOutcome> {
  const { step, targets, observer, judge, config, clock, signal } = input;
  const interval = Math.max(1, config.intervalMs);
  const start = clock.now();
  const decisions = new Map<string, Judgement>();
  const failed: string[] = [];
  const polls: PollRecord[] = [];
  const lastSamples: Record<string, FunctionSamples> = {};
  for (;;) {
    const remaining = start + step.holdMs - clock.now();
    if (remaining > 0) await clock.sleep(Math.min(interval, remaining));
    if (signal?.aborted) throw new RunCancelledError();
    const now = clock.now();
    const elapsedMs = now - start;
    const final = elapsedMs >= step.holdMs;
    const samples = await observer.observe(now);
    for (const [name, observed] of samples) lastSamples[name] = observed;
    const judgements: Record<string, Judgement> = {};
    for (const target of targets) {
      const name = target.functionName;
      if (decisions.has(name)) continue;
      let judgement = judge({
        samples: samples.get(name) ?? emptySamples(target),
        thresholds: config.thresholds,
        compareBaseline: config.compareBaseline && target.baselineVersion !== undefined,
        onInconclusive: config.onInconclusive,
        step: { index: input.index, weight: step.weight, elapsedMs, holdMs: step.holdMs, final },
      });
      if (judgement.decision === 'continue' && final) {
        judgement = {
          ...judgement,
          decision: 'inconclusive',
          reason: `${judgement.reason} (still undecided when the ${formatDuration(step.holdMs)} hold ended)`,
        };
      }
      judgements[name] = judgement;
      if (judgement.decision !== 'continue') decisions.set(name, judgement);
      if (judgement.decision === 'fail') failed.push(name);
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

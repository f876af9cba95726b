/**
 * The custom comparisons' plan: before a step starts, for each custom metric compared with the old
 * version (`compare: true`), how long the comparison needs. With `rate-of: Invocations`, from the
 * old version's minutes before the first step (its calls and the metric's count by minute) its
 * rate per call r0 and noise φ, as the judge learns them (`historyPrior`, `estimateDispersion`);
 * with the step's canary calls a minute nc, the minutes t of settled traffic after which a
 * PROMOTE_RATIO× rise is caught POWER_PROBABILITY of the time: the smallest whole t with
 * detectableMean(r0·nc·t, φ, α(t)) <= PROMOTE_RATIO·r0·nc·t, α(t) being what the comparison's
 * sequential test may have spent by then (its share of ALPHA_CUSTOM, spent over the hold plus
 * extend-hold as sequential.ts spends it; on a later step the earlier steps' canary calls count
 * too). A normal approximation of the count test, as the verdict's power is: a plan, not a new
 * test (bench/judge-custom-plan.ts sets it beside what the judge took). A service-wide metric is judged against its own minutes before the first
 * shift, which needs CUSTOM_COMPARE_MINUTES minutes in a row. Pure: the pipeline prints the lines.
 */
import type { CustomMetric } from '../../config/types.js';
import type { CustomHistory, MetricMinute, MinuteSample } from '../types.js';
import { percent, round } from './check.js';
import {
  ALPHA_CUSTOM,
  CUSTOM_COMPARE_MINUTES,
  CUSTOM_COMPARE_TOLERANCE,
  CUSTOM_TOTALS_SHARE,
  DENSE_MIN_MINUTES,
  DENSE_SHARE,
  MIN_HISTORY_MINUTES,
  MINUTE_MS,
  POWER_PROBABILITY,
  PROMOTE_RATIO,
} from './constants.js';
import type { HistoryMinute } from './counts.js';
import { customTestCount } from './custom.js';
import { estimateDispersion, historyPrior } from './dispersion.js';
import type { EarlierCalls, TrafficMinute } from './evidence-plan.js';
import { callsSoFar, formatMinutes, servedPerMinute } from './evidence-plan.js';
import { chanceWords, detectableMean } from './power.js';
import { spent } from './sequential.js';

/** Plans longer than this many minutes of settled traffic read as "never". */
const LONGEST_PLAN_MINUTES = 7 * 24 * 60;

export interface CustomPlanInput {
  /** The `metrics` input. */
  readonly metrics: readonly CustomMetric[];
  /** Each metric's values before the first step (matched by name); a metric without them has no estimate. */
  readonly customHistory: readonly CustomHistory[] | undefined;
  /** The old version's own calls by minute before the first step. */
  readonly baselineHistory: readonly Pick<MinuteSample, 'start' | 'invocations'>[] | undefined;
  /** Every call the alias served, by settled minute (as the evidence planner reads it). */
  readonly traffic: readonly TrafficMinute[] | undefined;
  /** The canary calls of earlier steps: the comparison counts them too; none on the first. */
  readonly earlier?: EarlierCalls | undefined;
  /** This step's canary share, 0..1. */
  readonly weight: number;
  readonly holdMs: number;
  /** extend-hold (0: never extend). */
  readonly extendHoldMs: number;
  /** No held step after this one: only then may a custom comparison run on (extend-hold). */
  readonly lastStep: boolean;
  /** Functions (and regions) sharing the run's α. */
  readonly functions: number;
  /** compare-baseline is on and the function has an old version. */
  readonly compared: boolean;
}

export interface CustomPlan {
  /** The comparison, as the judge names its rule. */
  readonly name: string;
  /** Minutes of settled canary traffic needed; undefined: no estimate; Infinity: never. */
  readonly minutesNeeded: number | undefined;
  readonly fitsHold: boolean;
  readonly fitsExtension: boolean;
  /** One line for the log. */
  readonly message: string;
}

/** The old version's rate per call and noise, as the judge learns them before the step; or why not. */
export type OldVersionRate =
  | { readonly rate: number; readonly dispersion: number; readonly minutes: number }
  | { readonly rate: undefined; readonly minutes: number };

/**
 * The old version's minutes before the step with the metric as their failure count (higher-is-worse:
 * its value; lower-is-worse: the calls without it), as the judge counts them: when the code publishes
 * the count with every call (nearly every minute with calls has a datapoint), a minute without one
 * is left out; otherwise it counted no failure.
 */
export function failuresBefore(
  metric: CustomMetric,
  calls: readonly Pick<MinuteSample, 'start' | 'invocations'>[],
  values: readonly MetricMinute[],
): HistoryMinute[] {
  const byStart = new Map(
    values.flatMap((v) => (v.value === undefined ? [] : [[v.start, v.value] as const])),
  );
  const served = calls.filter((m) => Number.isFinite(m.invocations) && m.invocations > 0);
  const covered = served.filter((m) => byStart.has(m.start)).length;
  const dense = served.length >= DENSE_MIN_MINUTES && covered >= DENSE_SHARE * served.length;
  const higher = metric.direction === 'higher-is-worse';
  return served.flatMap((m) => {
    const n = Math.floor(m.invocations);
    const value = byStart.get(m.start);
    if (value === undefined && dense) return [];
    const count = Math.max(0, Math.floor(value ?? 0));
    return [{ n, events: Math.min(n, higher ? count : Math.max(0, n - count)) }];
  });
}

/** r0 and φ from the old version's minutes before the step: the judge's history prior. */
export function oldVersionRate(history: readonly HistoryMinute[]): OldVersionRate {
  const prior = historyPrior(history, MIN_HISTORY_MINUTES);
  const minutes = history.filter((h) => h.n > 0).length;
  if (!prior.usedHistory || prior.priorN <= 0 || prior.priorEvents <= 0) return { rate: undefined, minutes };
  return {
    rate: prior.priorEvents / prior.priorN,
    dispersion: estimateDispersion(prior.historyTerms, true),
    minutes,
  };
}

/**
 * The smallest ratio R the count test catches with `expected` canary failures at the old rate. The
 * test is conditional on each minute's failures of both versions: with the canary's share `share`
 * of the calls, its count's null mean is share·(all failures), which a worse canary raises too
 * (expected·(share·R + 1 − share)), with variance φ·mean·(1 − share); R is caught when R·expected
 * reaches detectableMean of that. share 0: the canary against a fixed rate.
 */
export function catchableRatio(expected: number, dispersion: number, alpha: number, share = 0): number {
  if (!(alpha > 0) || !(expected > 0)) return Infinity;
  const caught = (ratio: number): boolean =>
    ratio * expected >=
    detectableMean(
      expected * (share * ratio + 1 - share),
      dispersion * (1 - share),
      alpha,
      POWER_PROBABILITY,
    );
  if (share <= 0) return detectableMean(expected, dispersion, alpha, POWER_PROBABILITY) / expected;
  let hi = 2;
  while (!caught(hi)) {
    if (hi > 1e9) return Infinity;
    hi *= 2;
  }
  let lo = 1;
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (caught(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * The smallest whole number of minutes t at which `perMinute` expected failures a minute (after
 * `already` from earlier steps) make a PROMOTE_RATIO× rise catchable (Infinity beyond
 * LONGEST_PLAN_MINUTES). The catchable ratio falls as t grows: doubling, then bisection.
 */
export function minutesToCatch(
  perMinute: number,
  dispersion: number,
  alpha: number | ((minutes: number) => number),
  already = 0,
  share = 0,
): number {
  const alphaAt = typeof alpha === 'number' ? () => alpha : alpha;
  const caught = (t: number): boolean =>
    catchableRatio(already + perMinute * t, dispersion, alphaAt(t), share) <= PROMOTE_RATIO;
  if (caught(0)) return 0;
  if (!(perMinute > 0)) return Infinity;
  let hi = 1;
  while (!caught(hi)) {
    if (hi >= LONGEST_PLAN_MINUTES) return Infinity;
    hi = Math.min(LONGEST_PLAN_MINUTES, hi * 2);
  }
  let lo = Math.floor(hi / 2);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (caught(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * α the comparison's sequential test may have spent after `minutes` of a window of `spanMinutes`
 * (the hold plus extend-hold): its share of the comparison's α (the rest is the uncapped totals' at
 * the very end), spent as sequential.ts spends it.
 */
export function sequentialAlpha(alpha: number, spanMinutes: number): (minutes: number) => number {
  // Its first look comes after a minute at the earliest.
  return (minutes) =>
    alpha *
    (1 - CUSTOM_TOTALS_SHARE) *
    spent('early', spanMinutes > 0 ? Math.min(1, Math.max(1, minutes) / spanMinutes) : 1);
}

interface Window {
  readonly holdMinutes: number;
  /** extend-hold on the last step, 0 on earlier ones. */
  readonly extendMinutes: number;
  readonly lastStep: boolean;
}

function rateComparisonPlan(
  metric: CustomMetric,
  input: CustomPlanInput,
  values: readonly MetricMinute[] | undefined,
  alpha: number,
  window: Window,
): CustomPlan {
  const name = `${metric.name} vs baseline`;
  const what =
    metric.direction === 'higher-is-worse' ? `${metric.name} per call` : `calls without ${metric.name}`;
  const old = oldVersionRate(failuresBefore(metric, input.baselineHistory ?? [], values ?? []));
  if (old.rate === undefined) {
    const why =
      old.minutes < MIN_HISTORY_MINUTES
        ? `${old.minutes} minute${old.minutes === 1 ? '' : 's'} of the old version's ${metric.name} before the first step, fewer than ${MIN_HISTORY_MINUTES}`
        : `the old version had no ${what} in its ${old.minutes} minutes before the first step`;
    return {
      name,
      minutesNeeded: undefined,
      fitsHold: true,
      fitsExtension: true,
      message: `${name}: ${why}: no estimate of how long it needs`,
    };
  }
  const served = servedPerMinute(input.traffic);
  const canaryPerMinute = served * input.weight;
  const soFar = Math.floor(callsSoFar(input.earlier, served));
  const ratio = `a ${PROMOTE_RATIO}× rise`;
  const chance = chanceWords(POWER_PROBABILITY);
  const earlier = soFar > 0 ? ` (and ~${soFar} from earlier steps)` : '';
  const head = `${name}: the old version's ${percent(old.rate)} ${what} (φ ${round(old.dispersion, 2)}), ~${Math.round(canaryPerMinute)} canary calls/min${earlier}`;
  const { holdMinutes, extendMinutes, lastStep } = window;
  const alphaAt = sequentialAlpha(alpha, holdMinutes + extendMinutes);
  const minutesNeeded = minutesToCatch(
    old.rate * canaryPerMinute,
    old.dispersion,
    alphaAt,
    old.rate * soFar,
    input.weight,
  );
  const fitsHold = minutesNeeded <= holdMinutes;
  const fitsExtension = minutesNeeded <= holdMinutes + extendMinutes;
  const hold = `the ${formatMinutes(holdMinutes)} hold`;
  let message: string;
  if (minutesNeeded === 0) {
    message = `${head}: the earlier steps' calls are enough to catch ${ratio} ${chance}`;
  } else if (!Number.isFinite(minutesNeeded) && canaryPerMinute <= 0) {
    message = `${head}: nothing to judge it on unless traffic comes`;
  } else if (fitsHold) {
    message = `${head}: ${ratio} is caught ${chance} after ~${formatMinutes(minutesNeeded)} of settled traffic`;
  } else if (fitsExtension) {
    message = `${head}: ${ratio} is caught ${chance} after ~${formatMinutes(minutesNeeded)} of settled traffic, more than ${hold}: the step may run on by up to ${formatMinutes(extendMinutes)} (extend-hold) while the comparison is undecided`;
  } else {
    const within = holdMinutes + extendMinutes;
    const best = catchableRatio(
      old.rate * (soFar + canaryPerMinute * within),
      old.dispersion,
      alphaAt(within),
      input.weight,
    );
    const span = extendMinutes > 0 ? `${hold} plus ${formatMinutes(extendMinutes)} of extend-hold` : hold;
    const needs = Number.isFinite(minutesNeeded)
      ? `needs ~${formatMinutes(minutesNeeded)} of settled traffic`
      : 'needs more traffic than a week brings';
    const caught = Number.isFinite(best)
      ? `in ${formatMinutes(within)} it catches a ≥ ${Math.ceil(best * 100) / 100}× rise ${chance}`
      : `in ${formatMinutes(within)} it catches no rise`;
    message = `${head}: ${ratio} ${needs}, more than ${span}: ${caught}; a smaller rise will not be told apart${lastStep ? '' : ' in this step'}`;
  }
  return { name, minutesNeeded, fitsHold, fitsExtension, message };
}

/** A service-wide metric against its own minutes before the first shift (worseRun in custom.ts). */
function beforeShiftPlan(
  metric: CustomMetric,
  values: readonly MetricMinute[] | undefined,
  window: Window,
): CustomPlan {
  const name = `${metric.name} vs before`;
  const who = `${name} (service-wide, it cannot tell the canary from the old version)`;
  const before = (values ?? []).filter((m) => m.value !== undefined).length;
  if (before < MIN_HISTORY_MINUTES) {
    return {
      name,
      minutesNeeded: undefined,
      fitsHold: true,
      fitsExtension: true,
      message: `${who}: ${before} minute${before === 1 ? '' : 's'} of values before the first shift, fewer than ${MIN_HISTORY_MINUTES}: not compared`,
    };
  }
  const minutesNeeded = CUSTOM_COMPARE_MINUTES;
  const fitsHold = minutesNeeded <= window.holdMinutes;
  const worst = metric.direction === 'higher-is-worse' ? 'highest' : 'lowest';
  const judged = `judged against its ${worst} minute in the ${before} before the first shift: worse by more than ${percent(CUSTOM_COMPARE_TOLERANCE)} for ${CUSTOM_COMPARE_MINUTES} minutes in a row fails; needs ≥ ${formatMinutes(minutesNeeded)} of settled traffic`;
  const short = window.lastStep
    ? `, more than the ${formatMinutes(window.holdMinutes)} hold: it cannot fail within it`
    : `, more than the ${formatMinutes(window.holdMinutes)} hold: the next steps continue the count`;
  return {
    name,
    minutesNeeded,
    fitsHold,
    // Earlier steps' minutes are judged with the later ones: only the last step can run out.
    fitsExtension: fitsHold || !window.lastStep,
    message: `${who}: ${judged}${fitsHold ? '' : short}`,
  };
}

/** One plan per custom comparison the judge will run for this function, in the input's order. */
export function planCustomComparisons(input: CustomPlanInput): CustomPlan[] {
  if (!input.compared) return [];
  const tests = customTestCount(
    input.metrics.map((metric) => ({ metric, canary: [], baseline: undefined })),
    input.compared,
  );
  const alpha = ALPHA_CUSTOM / Math.max(1, tests) / Math.max(1, Math.floor(input.functions));
  const window: Window = {
    holdMinutes: input.holdMs / MINUTE_MS,
    // extend-hold runs a custom comparison on at the last step only (customDesign in verdict.ts).
    extendMinutes: input.lastStep ? Math.max(0, input.extendHoldMs) / MINUTE_MS : 0,
    lastStep: input.lastStep,
  };
  const valuesOf = (metric: CustomMetric) =>
    input.customHistory?.find((h) => h.metric.name === metric.name)?.history;
  return input.metrics.flatMap((metric) => {
    if (!metric.compare) return [];
    if (!metric.perVersion) return [beforeShiftPlan(metric, valuesOf(metric), window)];
    if (metric.rateOf === undefined) return [];
    return [rateComparisonPlan(metric, input, valuesOf(metric), alpha, window)];
  });
}

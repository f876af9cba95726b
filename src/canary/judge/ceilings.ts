/**
 * Ceilings on the canary: error rate (an always-valid test, plus a circuit breaker), throttles and
 * p99 duration. They need no baseline, so they also judge a first deploy; where an old version
 * runs beside the canary, the breaker and the throttles rule allow for what it does at the same time.
 */
import type { MinuteSample } from '../types.js';
import type { CheckResult, Evidence } from './check.js';
import { clockTime, percent, round } from './check.js';
import {
  BETA,
  BREAKER_CLUMPS,
  BREAKER_ERROR_RATE,
  BREAKER_MIN_ERRORS,
  BREAKER_SHARED_SHARE,
  BREAKER_WINDOW_MINUTES,
  CEILING_ALTERNATIVES,
  MINUTE_MS,
  P99_BREACH_MINUTES,
} from './constants.js';
import { binomialUpperTail } from './math.js';

export interface Counts {
  readonly invocations: number;
  readonly errors: number;
}

export interface CeilingInput {
  /** The canary's minutes; those with `errorsMissing` are left out (missing is not zero). */
  readonly canary: readonly MinuteSample[];
  /** The old version's minutes (same starts), for the breaker's allowance; undefined on a first deploy. */
  readonly baseline: readonly MinuteSample[] | undefined;
  /** The old version's minutes before the deploy: how many errors one of its minutes can hold. */
  readonly history?: readonly MinuteSample[] | undefined;
  readonly synthetic: Counts;
  /** The old version's answers to the same synthetic payload, where it was invoked. */
  readonly syntheticBaseline: Counts | undefined;
  readonly maxErrorRate: number;
  /** φ, the old version's variance inflation (quasi-Poisson): the likelihood ratios are divided by it. */
  readonly dispersion: number;
  readonly alpha: number;
}

export interface ErrorCeilingResult extends CheckResult {
  /** Canary invocations and errors the test counted (CloudWatch minutes with an Errors figure, plus synthetic). */
  readonly invocations: number;
  readonly errors: number;
}

export function logLikelihoodRatio(errors: number, trials: number, p1: number, p0: number): number {
  const fromErrors = errors > 0 ? errors * Math.log(p1 / p0) : 0;
  const fromSuccesses = trials - errors > 0 ? (trials - errors) * Math.log((1 - p1) / (1 - p0)) : 0;
  return fromErrors + fromSuccesses;
}

function logSumExp(values: readonly number[]): number {
  const top = Math.max(...values);
  if (!Number.isFinite(top)) return top;
  return top + Math.log(values.reduce((sum, v) => sum + Math.exp(v - top), 0));
}

export function count(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

function rateOf(errors: number, invocations: number): number {
  return invocations > 0 ? errors / invocations : 0;
}

/** A minute (or the synthetic totals) that trips the breaker: >= 5 errors and most calls failing. */
function tripsBreaker(errors: number, invocations: number): boolean {
  return errors >= BREAKER_MIN_ERRORS && invocations > 0 && errors / invocations > BREAKER_ERROR_RATE;
}

/** The old version failed about as often in the same minute (or to the same payload): shared, not the canary's. */
function shared(canaryRate: number, old: Counts | undefined): boolean {
  if (old === undefined || count(old.invocations) === 0) return false;
  return (
    rateOf(Math.min(count(old.errors), count(old.invocations)), count(old.invocations)) >=
    BREAKER_SHARED_SHARE * canaryRate
  );
}

/**
 * The old version's worst minute of errors, by its own record: the largest count among its minutes
 * (before the deploy and beside the canary), and at least a clump of φ errors (φ ≈ E[K²]/E[K] for
 * clumps of size K). Errors that come in clumps (one client retrying a failing call five times)
 * land whole in a minute whatever the traffic, so at about 10 canary calls a minute one clump fills
 * most of it: such a minute is what the old version's minutes look like, not a crash. 0 when the
 * old version showed no errors: then the breaker lets nothing through.
 */
export function breakerAllowance(
  old: readonly (readonly MinuteSample[] | undefined)[],
  dispersion: number,
): number {
  let largest = 0;
  for (const series of old)
    for (const m of series ?? [])
      if (m.errorsMissing !== true)
        largest = Math.max(largest, Math.min(count(m.invocations), count(m.errors)));
  return largest === 0 ? 0 : Math.max(largest, Math.ceil(Math.max(1, dispersion)));
}

interface Tripped {
  readonly fromMs: number;
  readonly minutes: number;
  readonly errors: number;
  readonly invocations: number;
}

/**
 * The first window of 1 to BREAKER_WINDOW_MINUTES consecutive canary minutes that trips the
 * breaker (>= 5 errors, most calls failing) with more errors than the old version's worst minute
 * allows: one minute may hold BREAKER_CLUMPS of them (a few clumps in half an hour rarely show the
 * largest size), a longer window with errors in two minutes or more one (two clumps in minutes
 * next to each other are beyond the old version's record). A crash (most calls failing, minute after minute) fills such a window within
 * a few minutes; one clump does not. A window the old version failed as much in is never the canary's.
 */
function breakerWindow(
  canary: readonly MinuteSample[],
  baselineByStart: ReadonlyMap<number, MinuteSample>,
  worst: number,
  evidence: Evidence,
): Tripped | undefined {
  const minutes = canary.filter((m) => m.errorsMissing !== true).sort((a, b) => a.start - b.start);
  for (let last = 0; last < minutes.length; last++) {
    let invocations = 0;
    let errors = 0;
    let minutesWithErrors = 0;
    let oldCalls: Counts | undefined = { invocations: 0, errors: 0 };
    for (let first = last; first >= 0 && last - first < BREAKER_WINDOW_MINUTES; first--) {
      const minute = minutes[first] as MinuteSample;
      if (minute.start !== (minutes[last] as MinuteSample).start - (last - first) * MINUTE_MS) break;
      const n = count(minute.invocations);
      invocations += n;
      const e = Math.min(n, count(minute.errors));
      errors += e;
      if (e > 0) minutesWithErrors++;
      const old = baselineByStart.get(minute.start);
      oldCalls =
        oldCalls === undefined || old === undefined || old.errorsMissing === true
          ? undefined
          : {
              invocations: oldCalls.invocations + count(old.invocations),
              errors: oldCalls.errors + Math.min(count(old.invocations), count(old.errors)),
            };
      if (!tripsBreaker(errors, invocations)) continue;
      if (shared(errors / invocations, oldCalls)) {
        evidence['breakerSharedWithBaseline'] = clockTime(minute.start);
        continue;
      }
      // A longer window is a crash only with errors in more than one of its minutes: one clump
      // beside a minute of few calls is still one clump.
      if (first !== last && minutesWithErrors < 2) continue;
      const allowance = first === last ? BREAKER_CLUMPS * worst : worst;
      if (errors > allowance) return { fromMs: minute.start, minutes: last - first + 1, errors, invocations };
      evidence['breakerAllowedClump'] = clockTime(minute.start);
    }
  }
  return undefined;
}

/**
 * The canary's error rate (CloudWatch minutes plus synthetic invocations) against max-error-rate p0.
 * Fails when a mixture of likelihood ratios (p1 = k·p0 against p0), each divided by φ (the old
 * version's noise, so clumped errors do not count as many independent ones), reaches 1/α: a test
 * martingale for every p <= p0, so looking every minute keeps the false-failure chance <= α. The
 * totals are not capped per minute: one overwhelming minute (360 errors in 1,200 calls against a
 * 2% ceiling) fails at once, while one error in three calls at 1% is an e-value of about 4.
 */
export function errorCeiling(input: CeilingInput): ErrorCeilingResult {
  const { canary, maxErrorRate } = input;
  const name = 'error rate';
  const baselineByStart = new Map((input.baseline ?? []).map((m) => [m.start, m]));
  const syntheticInvocations = count(input.synthetic.invocations);
  const syntheticErrors = Math.min(syntheticInvocations, count(input.synthetic.errors));
  const syntheticRate = rateOf(syntheticErrors, syntheticInvocations);
  const badPayload = syntheticErrors > 0 && shared(syntheticRate, input.syntheticBaseline);
  let invocations = badPayload ? 0 : syntheticInvocations;
  let errors = badPayload ? 0 : syntheticErrors;
  let missing = 0;
  for (const minute of canary) {
    if (minute.errorsMissing === true) {
      missing++;
      continue;
    }
    const n = count(minute.invocations);
    invocations += n;
    errors += Math.min(n, count(minute.errors));
  }
  const rate = rateOf(errors, invocations);
  const evidence: Evidence = {
    canaryInvocations: invocations,
    canaryErrors: errors,
    canaryErrorRate: round(rate),
    maxErrorRate,
    syntheticInvocations,
    syntheticErrors,
    errorDispersion: round(input.dispersion, 3),
  };
  if (missing > 0) evidence['canaryMinutesMissingErrors'] = missing;
  let payloadNote = '';
  if (badPayload) {
    evidence['syntheticBadPayload'] = true;
    payloadNote = `; synthetic calls left out: the old version rejects the payload too (${count(input.syntheticBaseline?.errors ?? 0)}/${count(input.syntheticBaseline?.invocations ?? 0)})`;
  } else if (syntheticErrors > 0 && input.syntheticBaseline === undefined) {
    payloadNote =
      '; the old version was not invoked with the synthetic payload, so a bad payload cannot be told from a bad release';
  }
  const result = (failed: boolean, summary: string, readyToPass: boolean): ErrorCeilingResult => ({
    name,
    failed,
    summary: `${summary}${payloadNote}`,
    readyToPass,
    evidence,
    invocations,
    errors,
  });

  const worst = breakerAllowance([input.history, input.baseline], input.dispersion);
  evidence['breakerOldWorstMinute'] = worst;
  const tripped = breakerWindow(canary, baselineByStart, worst, evidence);
  if (tripped !== undefined) {
    const { errors: e, invocations: n } = tripped;
    const when =
      tripped.minutes === 1
        ? `in the minute of ${clockTime(tripped.fromMs)} UTC`
        : `in the ${tripped.minutes} minutes from ${clockTime(tripped.fromMs)} UTC`;
    const why = worst > 0 ? `; the old version's worst minute had ${worst}` : '';
    return result(true, `circuit breaker: ${e} of ${n} canary invocations failed ${when}${why}`, false);
  }
  if (!badPayload && tripsBreaker(syntheticErrors, syntheticInvocations)) {
    return result(
      true,
      `circuit breaker: ${syntheticErrors} of ${syntheticInvocations} synthetic invocations failed`,
      false,
    );
  }

  const observed = `canary error rate ${percent(rate)} (${errors}/${invocations})`;
  if (maxErrorRate >= 1) return result(false, `${observed}, no ceiling`, true);
  if (maxErrorRate <= 0) {
    return errors > 0
      ? result(true, `${observed} with max-error-rate 0%`, false)
      : result(false, `${observed}, none allowed`, invocations > 0);
  }

  const threshold = Math.log(1 / input.alpha);
  const phi = Math.max(1, input.dispersion);
  const alternatives = CEILING_ALTERNATIVES.map((k) => Math.min(k * maxErrorRate, (1 + maxErrorRate) / 2));
  const sums = alternatives.map((p1) => logLikelihoodRatio(errors, invocations, p1, maxErrorRate) / phi);
  const logE = logSumExp(sums) - Math.log(alternatives.length);
  const acceptLogE = logLikelihoodRatio(errors, invocations, maxErrorRate / 2, maxErrorRate) / phi;
  evidence['ceilingLogE'] = round(logE);
  evidence['ceilingAcceptLogE'] = round(acceptLogE);

  if (logE >= threshold) {
    return result(
      true,
      `${observed} above max-error-rate ${percent(maxErrorRate)} (always-valid test: e-value ${round(Math.exp(logE), 3)} >= ${round(1 / input.alpha)})`,
      false,
    );
  }
  const below = acceptLogE >= Math.log(1 / BETA);
  return result(
    false,
    `${observed}${below ? ` below max-error-rate ${percent(maxErrorRate)}` : `, max-error-rate ${percent(maxErrorRate)}`}`,
    below,
  );
}

function sumOf(series: readonly MinuteSample[] | undefined, read: (m: MinuteSample) => number): number {
  return (series ?? []).reduce((sum, m) => sum + count(read(m)), 0);
}

/**
 * Canary throttles above max-throttles fail, unless the old version is throttled too (in the step
 * or in its history): then throttles are the account's concurrency limit, and the canary fails
 * only when its share of the throttles is significantly above its share of the calls.
 */
export function throttles(
  canary: readonly MinuteSample[],
  baseline: readonly MinuteSample[] | undefined,
  history: readonly MinuteSample[] | undefined,
  maxThrottles: number,
  alpha: number,
): CheckResult {
  const total = sumOf(canary, (m) => m.throttles);
  const evidence: Evidence = { canaryThrottles: total, maxThrottles };
  const name = 'throttles';
  if (total <= maxThrottles) {
    return { name, failed: false, summary: `${total} canary throttles`, readyToPass: true, evidence };
  }
  const oldThrottles = sumOf(baseline, (m) => m.throttles);
  const oldHistory = sumOf(history, (m) => m.throttles);
  const over = `${total} canary throttles > max-throttles ${maxThrottles}`;
  if (baseline === undefined || oldThrottles + oldHistory === 0) {
    return { name, failed: true, summary: over, readyToPass: false, evidence };
  }
  const canaryCalls = sumOf(canary, (m) => m.invocations) + total;
  const oldCalls = sumOf(baseline, (m) => m.invocations) + oldThrottles;
  const share = canaryCalls + oldCalls > 0 ? canaryCalls / (canaryCalls + oldCalls) : 0.5;
  const p = binomialUpperTail(total, total + oldThrottles, share);
  evidence['baselineThrottles'] = oldThrottles;
  evidence['throttlesP'] = round(p, 3);
  const failed = p <= alpha;
  return {
    name,
    failed,
    summary: failed
      ? `${over}, more than its share beside the old version's ${oldThrottles} (p ${round(p, 2)})`
      : `${over}, but the old version is throttled too (${oldThrottles} in the step, ${oldHistory} before): the account's concurrency limit, not the canary`,
    readyToPass: !failed,
    evidence,
  };
}

/** max-p99-duration: P99_BREACH_MINUTES canary minutes in a row (among those with a p99) above it. */
export function p99Ceiling(
  canary: readonly MinuteSample[],
  maxP99DurationMs: number | undefined,
): CheckResult {
  const withData = canary.filter(
    (m): m is MinuteSample & { durationP99Ms: number } => m.durationP99Ms !== undefined,
  );
  const worst = withData.reduce((top, m) => Math.max(top, m.durationP99Ms), 0);
  const evidence: Evidence = { canaryP99MaxMs: round(worst) };
  if (maxP99DurationMs === undefined) {
    return { name: 'p99 duration', failed: false, summary: 'no p99 ceiling', readyToPass: true, evidence };
  }
  evidence['maxP99DurationMs'] = maxP99DurationMs;
  let run = 0;
  for (const minute of withData) {
    run = minute.durationP99Ms > maxP99DurationMs ? run + 1 : 0;
    if (run >= P99_BREACH_MINUTES) {
      return {
        name: 'p99 duration',
        failed: true,
        summary: `canary p99 above max-p99-duration ${maxP99DurationMs} ms for ${P99_BREACH_MINUTES} minutes in a row (to ${clockTime(minute.start)} UTC, ${round(minute.durationP99Ms)} ms)`,
        readyToPass: false,
        evidence,
      };
    }
  }
  return {
    name: 'p99 duration',
    failed: false,
    summary: `canary p99 at most ${round(worst)} ms (max-p99-duration ${maxP99DurationMs} ms)`,
    readyToPass: true,
    evidence,
  };
}

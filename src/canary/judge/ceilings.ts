/**
 * Absolute ceilings on the canary alone: error rate (an always-valid test, plus a circuit breaker),
 * throttles and p99 duration. They need no baseline, so they also judge a first deploy.
 */
import type { MinuteSample } from '../types.js';
import type { CheckResult, Evidence } from './check.js';
import { clockTime, percent, round } from './check.js';
import {
  ALPHA_ERROR_CEILING,
  BETA,
  BREAKER_ERROR_RATE,
  BREAKER_MIN_ERRORS,
  CEILING_ALTERNATIVES,
  CEILING_MINUTE_SHARE,
  P99_BREACH_MINUTES,
} from './constants.js';
import { binomialLowerTail } from './math.js';

export interface Counts {
  readonly invocations: number;
  readonly errors: number;
}

export interface ErrorCeilingResult extends CheckResult {
  /** At the end of the hold: the canary's error rate is below the ceiling at 95% (Clopper-Pearson). */
  readonly finalAccept: boolean;
  readonly invocations: number;
  readonly errors: number;
}

function logLikelihoodRatio(errors: number, trials: number, p1: number, p0: number): number {
  const fromErrors = errors > 0 ? errors * Math.log(p1 / p0) : 0;
  const fromSuccesses = trials - errors > 0 ? (trials - errors) * Math.log((1 - p1) / (1 - p0)) : 0;
  return fromErrors + fromSuccesses;
}

function logSumExp(values: readonly number[]): number {
  const top = Math.max(...values);
  if (!Number.isFinite(top)) return top;
  return top + Math.log(values.reduce((sum, v) => sum + Math.exp(v - top), 0));
}

function count(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/** A minute (or the synthetic totals) that trips the breaker: >= 5 errors and most calls failing. */
function tripsBreaker(errors: number, invocations: number): boolean {
  return errors >= BREAKER_MIN_ERRORS && invocations > 0 && errors / invocations > BREAKER_ERROR_RATE;
}

/**
 * The canary's error rate (CloudWatch minutes plus synthetic invocations) against max-error-rate p0.
 * Fails when a mixture of likelihood ratios (p1 = k·p0 against p0) reaches 1/α: a test martingale
 * for every p <= p0, so looking every minute keeps the false-failure chance <= α. One error in three
 * invocations at p0 = 1% is an e-value of about 4, far from 1,000. No CloudWatch minute adds more
 * than CEILING_MINUTE_SHARE of the threshold (a single burst minute cannot decide; the breaker
 * covers real outages).
 */
export function errorCeiling(
  canary: readonly MinuteSample[],
  synthetic: Counts,
  maxErrorRate: number,
): ErrorCeilingResult {
  const name = 'error rate';
  let invocations = count(synthetic.invocations);
  let errors = Math.min(invocations, count(synthetic.errors));
  const syntheticInvocations = invocations;
  const syntheticErrors = errors;
  for (const minute of canary) {
    const n = count(minute.invocations);
    invocations += n;
    errors += Math.min(n, count(minute.errors));
  }
  const rate = invocations > 0 ? errors / invocations : 0;
  const evidence: Evidence = {
    canaryInvocations: invocations,
    canaryErrors: errors,
    canaryErrorRate: round(rate),
    maxErrorRate,
    syntheticInvocations,
    syntheticErrors,
  };
  const result = (
    failed: boolean,
    summary: string,
    readyToPass: boolean,
    finalAccept: boolean,
  ): ErrorCeilingResult => ({
    name,
    failed,
    summary,
    readyToPass,
    finalAccept,
    evidence,
    invocations,
    errors,
  });

  for (const minute of canary) {
    const n = count(minute.invocations);
    const e = Math.min(n, count(minute.errors));
    if (tripsBreaker(e, n)) {
      return result(
        true,
        `circuit breaker: ${e} of ${n} canary invocations failed in the minute of ${clockTime(minute.start)} UTC`,
        false,
        false,
      );
    }
  }
  if (tripsBreaker(syntheticErrors, syntheticInvocations)) {
    return result(
      true,
      `circuit breaker: ${syntheticErrors} of ${syntheticInvocations} synthetic invocations failed`,
      false,
      false,
    );
  }

  const observed = `canary error rate ${percent(rate)} (${errors}/${invocations})`;
  if (maxErrorRate >= 1) return result(false, `${observed}, no ceiling`, true, true);
  if (maxErrorRate <= 0) {
    return errors > 0
      ? result(true, `${observed} with max-error-rate 0%`, false, false)
      : result(false, `${observed}, none allowed`, true, invocations > 0);
  }

  const threshold = Math.log(1 / ALPHA_ERROR_CEILING);
  const minuteCap = threshold * CEILING_MINUTE_SHARE;
  const alternatives = CEILING_ALTERNATIVES.map((k) => Math.min(k * maxErrorRate, (1 + maxErrorRate) / 2));
  const sums = alternatives.map((p1) => {
    let sum = logLikelihoodRatio(syntheticErrors, syntheticInvocations, p1, maxErrorRate);
    for (const minute of canary) {
      const n = count(minute.invocations);
      if (n === 0) continue;
      sum += Math.min(minuteCap, logLikelihoodRatio(Math.min(n, count(minute.errors)), n, p1, maxErrorRate));
    }
    return sum;
  });
  const logE = logSumExp(sums) - Math.log(alternatives.length);
  const acceptLogE = logLikelihoodRatio(errors, invocations, maxErrorRate / 2, maxErrorRate);
  const finalAccept = invocations > 0 && binomialLowerTail(errors, invocations, maxErrorRate) <= BETA;
  evidence['ceilingLogE'] = round(logE);
  evidence['ceilingAcceptLogE'] = round(acceptLogE);
  evidence['ceilingFinalAccept'] = finalAccept;

  if (logE >= threshold) {
    return result(
      true,
      `${observed} above max-error-rate ${percent(maxErrorRate)} (always-valid test: e-value ${round(Math.exp(logE), 3)} >= ${round(1 / ALPHA_ERROR_CEILING)})`,
      false,
      false,
    );
  }
  const below = acceptLogE >= Math.log(1 / BETA);
  return result(
    false,
    `${observed}${below ? ` below max-error-rate ${percent(maxErrorRate)}` : `, max-error-rate ${percent(maxErrorRate)}`}`,
    below,
    finalAccept,
  );
}

export function throttles(canary: readonly MinuteSample[], maxThrottles: number): CheckResult {
  const total = canary.reduce((sum, m) => sum + count(m.throttles), 0);
  const failed = total > maxThrottles;
  return {
    name: 'throttles',
    failed,
    summary: failed
      ? `${total} canary throttles > max-throttles ${maxThrottles}`
      : `${total} canary throttles`,
    readyToPass: !failed,
    evidence: { canaryThrottles: total, maxThrottles },
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

/**
 * The judge: a pure function of everything observed so far for one function in one step.
 * It is called every poll with all closed minutes of the step, and always gives the same answer
 * for the same input.
 *
 * Rules, in the order a failure is reported (docs/judge.md has the full account):
 *  1. Consecutive failed polls >= MAX_CONSECUTIVE_QUERY_FAILURES: fail safe (API errors are never
 *     read as health).
 *  2. Any alarm in ALARM.
 *  3. The canary's error rate: circuit breaker, then an always-valid test against max-error-rate.
 *  4. Throttles; memory at or above max-memory-utilization.
 *  5. With compare-baseline and an old version: canary errors against baseline errors
 *     (group-sequential count test, judge/sequential.ts).
 *  6. p99 above max-p99-duration for P99_BREACH_MINUTES minutes in a row.
 *  7. Slow requests (above the latency reference) against the baseline, by the same count test.
 *  8. Memory leak trend; memory against the baseline.
 * Without a failure: an early pass when every rule has positive evidence (and half the hold has
 * passed); otherwise `continue` until the hold is over, then pass only with enough evidence
 * (min-invocations, and the error rate shown below max-error-rate at 95%: zero errors in
 * 3/max-error-rate invocations is the least), else inconclusive, settled by on-inconclusive.
 */
import type { Judge, JudgeInput, Judgement } from '../types.js';
import type { CheckResult, Evidence } from './check.js';
import { percent, ruleResult } from './check.js';
import { errorCeiling, p99Ceiling, throttles } from './ceilings.js';
import { errorComparison, latencyComparison } from './comparison.js';
import {
  ALPHA_ERRORS,
  ALPHA_LATENCY,
  BETA,
  EARLY_PASS_MIN_HOLD_FRACTION,
  MAX_CONSECUTIVE_QUERY_FAILURES,
  MINUTE_MS,
} from './constants.js';
import { memoryChecks } from './memory.js';

export { MAX_CONSECUTIVE_QUERY_FAILURES } from './constants.js';

function minutes(ms: number): string {
  return `${Math.round((ms / MINUTE_MS) * 10) / 10} min`;
}

function mergeEvidence(checks: readonly CheckResult[], extra: Evidence): Evidence {
  const merged: Evidence = {};
  for (const check of checks) Object.assign(merged, check.evidence);
  return Object.assign(merged, extra);
}

function inconclusive(
  input: JudgeInput,
  why: string,
  evidence: Evidence,
  rules: Judgement['rules'],
): Judgement {
  const promote = input.onInconclusive === 'pass';
  return {
    decision: promote ? 'pass' : 'inconclusive',
    reason: `inconclusive: ${why}; on-inconclusive=${input.onInconclusive} ${promote ? 'promotes' : 'rolls back'}`,
    evidence: { ...evidence, inconclusive: true, onInconclusive: input.onInconclusive },
    rules,
  };
}

export const judge: Judge = (input) => {
  const { samples, thresholds, step } = input;
  const progress = `${minutes(step.elapsedMs)} of ${minutes(step.holdMs)}`;
  const base: Evidence = {
    function: samples.functionName,
    step: step.index,
    weight: step.weight,
    elapsedMs: step.elapsedMs,
    holdMs: step.holdMs,
    canaryMinutes: samples.canary.length,
    consecutiveQueryFailures: samples.consecutiveQueryFailures,
    memorySource: samples.memorySource,
  };

  if (samples.consecutiveQueryFailures >= MAX_CONSECUTIVE_QUERY_FAILURES) {
    return {
      decision: 'fail',
      reason: `${samples.consecutiveQueryFailures} polls in a row failed (limit ${MAX_CONSECUTIVE_QUERY_FAILURES}): failing safe, API errors are never read as health`,
      evidence: base,
      rules: [],
    };
  }
  if (samples.alarmsInAlarm.length > 0) {
    const names = [...samples.alarmsInAlarm].sort();
    return {
      decision: 'fail',
      reason: `alarm${names.length > 1 ? 's' : ''} in ALARM: ${names.join(', ')}`,
      evidence: { ...base, alarms: names.join(', ') },
      rules: [],
    };
  }

  const baseline = input.compareBaseline ? samples.baseline : undefined;
  const design = { holdMs: step.holdMs, final: step.final };
  const ceiling = errorCeiling(samples.canary, samples.synthetic, thresholds.maxErrorRate);
  const memory = memoryChecks(samples.canary, baseline, thresholds.maxMemoryUtilization);
  const memoryCeiling = memory.filter((c) => c.name === 'memory ceiling' || c.name === 'memory');
  const memoryOther = memory.filter((c) => !memoryCeiling.includes(c));
  const checks: CheckResult[] = [
    ceiling,
    throttles(samples.canary, thresholds.maxThrottles),
    ...memoryCeiling,
    ...(baseline === undefined
      ? []
      : [errorComparison(samples, baseline, { ...design, alpha: ALPHA_ERRORS })]),
    p99Ceiling(samples.canary, thresholds.maxP99DurationMs),
    ...(baseline === undefined
      ? []
      : [latencyComparison(samples, baseline, { ...design, alpha: ALPHA_LATENCY })]),
    ...memoryOther,
  ];
  const rules = checks.map(ruleResult);
  const evidence = mergeEvidence(checks, {
    ...base,
    comparedWithBaseline: baseline !== undefined,
  });

  const failed = checks.filter((c) => c.failed);
  const first = failed[0];
  if (first !== undefined) {
    const also =
      failed.length > 1
        ? ` (also failing: ${failed
            .slice(1)
            .map((c) => c.name)
            .join(', ')})`
        : '';
    return {
      decision: 'fail',
      reason: `${first.summary}${also}`,
      evidence: { ...evidence, failedChecks: failed.map((c) => c.name).join(', ') },
      rules,
    };
  }

  const scope =
    baseline === undefined
      ? samples.baseline === undefined
        ? 'first deploy: absolute thresholds only; '
        : 'no baseline comparison; '
      : '';
  const status = checks
    .filter((c) => c.name !== 'throttles' || c.evidence['canaryThrottles'] !== 0)
    .map((c) => c.summary)
    .join('; ');
  const enoughInvocations = ceiling.invocations >= thresholds.minInvocations;

  if (!step.final) {
    const earlyPass =
      samples.consecutiveQueryFailures === 0 &&
      step.elapsedMs >= EARLY_PASS_MIN_HOLD_FRACTION * step.holdMs &&
      enoughInvocations &&
      checks.every((c) => c.readyToPass);
    if (earlyPass) {
      return {
        decision: 'pass',
        reason: `enough evidence at ${progress}: ${scope}${status}`,
        evidence: { ...evidence, earlyPass: true },
        rules,
      };
    }
    return {
      decision: 'continue',
      reason: `watching (${progress}): ${scope}${status}`,
      evidence,
      rules,
    };
  }

  if (samples.consecutiveQueryFailures > 0) {
    return inconclusive(
      input,
      `the last poll failed (${samples.consecutiveQueryFailures} in a row): API errors are never read as health`,
      evidence,
      rules,
    );
  }
  if (ceiling.invocations === 0) {
    return inconclusive(input, 'no canary invocations during the hold', evidence, rules);
  }
  if (!enoughInvocations) {
    return inconclusive(
      input,
      `${ceiling.invocations} canary invocations < min-invocations ${thresholds.minInvocations}`,
      evidence,
      rules,
    );
  }
  if (!ceiling.finalAccept) {
    const needed =
      thresholds.maxErrorRate > 0
        ? Math.ceil(Math.log(1 / BETA) / -Math.log(1 - thresholds.maxErrorRate))
        : Infinity;
    return inconclusive(
      input,
      `${ceiling.errors} errors in ${ceiling.invocations} canary invocations do not show an error rate below max-error-rate ${percent(thresholds.maxErrorRate)} at 95% (zero errors would need ${needed} invocations)`,
      evidence,
      rules,
    );
  }
  return { decision: 'pass', reason: `hold over (${progress}): ${scope}${status}`, evidence, rules };
};

/**
 * The judge: a pure function of everything observed so far for one function. It is called every
 * poll with every settled minute since the canary's first shift (all steps, each at its own
 * traffic split) and always gives the same answer for the same input.
 *
 * Rules, in the order a failure is reported (docs/judge.md has the full account):
 *  1. Consecutive failed polls >= MAX_CONSECUTIVE_QUERY_FAILURES: fail safe (API errors are never
 *     read as health).
 *  2. Any alarm that went into ALARM since the first shift (one already firing before it counts
 *     only once it has cleared and fired again; until then the reason names it).
 *  3. The canary's error rate: circuit breaker (allowing for the old version in the same minute),
 *     then an always-valid test against max-error-rate, uncapped, widened by the old version's noise.
 *  4. Throttles (allowing for the old version's); memory at or above max-memory-utilization.
 *  5. With compare-baseline and an old version: canary errors against the old version's
 *     (group-sequential count test, sequential.ts; the uncapped totals at the last final look).
 *  6. p99 above max-p99-duration for P99_BREACH_MINUTES minutes in a row.
 *  7. Slow requests (above the latency reference) against the baseline, by the same count test.
 *  8. Memory leak trend above the old version's level; memory against the baseline.
 *  9. Your own metrics (custom.ts): max/min, and against the old version's with compare.
 * Without a failure: an early pass when every rule has positive evidence (and half the hold has
 * passed); otherwise `continue` until the hold is over, then PASS when the canary has reached
 * min-invocations and no rule found harm (the absence of harm with enough exposure), stating the
 * verdict's power. Too little exposure is inconclusive (settled by on-inconclusive), unless
 * extend-hold leaves time for more traffic: then `continue` with `extend`.
 * The false-rollback budget is one per run: each test gets its share divided by the number of
 * functions, spent over the planned canary duration of the whole run.
 */
import type {
  AlarmFiringBefore,
  FunctionSamples,
  Judge,
  JudgeInput,
  Judgement,
  MinuteSample,
  Power,
} from '../types.js';
import type { CheckResult, Evidence } from './check.js';
import { ruleResult } from './check.js';
import { count, errorCeiling, p99Ceiling, throttles } from './ceilings.js';
import type { ComparisonResult } from './comparison.js';
import { errorComparison, latencyComparison } from './comparison.js';
import { customChecks, customTestCount } from './custom.js';
import {
  ALPHA_CUSTOM,
  ALPHA_ERROR_CEILING,
  ALPHA_ERROR_TOTALS,
  ALPHA_ERRORS,
  ALPHA_LATENCY,
  ALPHA_THROTTLES,
  EARLY_PASS_MIN_HOLD_FRACTION,
  LATE_DATAPOINT_WAIT_MS,
  MAX_CONSECUTIVE_QUERY_FAILURES,
  MIN_HISTORY_MINUTES,
  MINUTE_MS,
} from './constants.js';
import { alignCounts, historyCounts, readErrors } from './counts.js';
import { oldVersionNoise } from './dispersion.js';
import { memoryChecks } from './memory.js';
import { minutesToReach } from './evidence-plan.js';
import { describePower, verdictPower } from './power.js';

export { MAX_CONSECUTIVE_QUERY_FAILURES } from './constants.js';

function minutes(ms: number): string {
  return `${Math.round((ms / MINUTE_MS) * 10) / 10} min`;
}

function mergeEvidence(checks: readonly CheckResult[], extra: Evidence): Evidence {
  const merged: Evidence = {};
  for (const check of checks) Object.assign(merged, check.evidence);
  return Object.assign(merged, extra);
}

/** What every verdict carries besides its decision and reason. */
interface Extras {
  readonly evidence: Evidence;
  readonly rules: Judgement['rules'];
  readonly power: Power | undefined;
  readonly warnings: readonly string[];
}

function verdict(
  decision: Judgement['decision'],
  reason: string,
  extras: Extras,
  more: Evidence = {},
): Judgement {
  const warned = extras.warnings.length > 0 ? `; warning: ${extras.warnings.join('; ')}` : '';
  return {
    decision,
    reason: `${reason}${warned}`,
    evidence: { ...extras.evidence, ...more },
    rules: extras.rules,
    ...(extras.power === undefined ? {} : { power: extras.power }),
    ...(extras.warnings.length > 0 ? { warnings: extras.warnings } : {}),
  };
}

/** `; with N canary calls: would have caught ...`, or nothing before any canary call. */
function powerNote(extras: Extras): string {
  return extras.power === undefined ? '' : `; ${describePower(extras.power)}`;
}

function inconclusive(input: JudgeInput, why: string, extras: Extras): Judgement {
  const promote = input.onInconclusive === 'pass';
  return verdict(
    promote ? 'pass' : 'inconclusive',
    `inconclusive: ${why}${powerNote(extras)}; on-inconclusive=${input.onInconclusive} ${promote ? 'promotes' : 'rolls back'}`,
    extras,
    { inconclusive: true, onInconclusive: input.onInconclusive },
  );
}

/** The canary's exposure at a step (minutes with an Errors figure count, plus synthetic calls). */
interface Exposure {
  /** Toward min-invocations: every canary call since the first shift, earlier steps' too (the rules judge them all). */
  readonly calls: number;
  /** This step's own calls and minutes: its rate, for how long more traffic would take. */
  readonly stepCalls: number;
  readonly stepMinutes: number;
}

function stepExposure(samples: FunctionSamples, index: number): Exposure {
  const counted = samples.canary.filter((m) => (m.step ?? index) <= index && m.errorsMissing !== true);
  const own = counted.filter((m) => (m.step ?? index) === index);
  const sum = (minutes: readonly MinuteSample[]) =>
    minutes.reduce((total, m) => total + count(m.invocations), 0);
  const synthetic = count(samples.synthetic.invocations);
  return { calls: sum(counted) + synthetic, stepCalls: sum(own) + synthetic, stepMinutes: own.length };
}

function missingMinutes(series: readonly MinuteSample[] | undefined): number {
  return (series ?? []).filter((m) => m.errorsMissing === true).length;
}

/** Alarms that went into ALARM during the canary; those already firing before it fired again. */
function alarmReason(names: readonly string[], firingBefore: readonly AlarmFiringBefore[]): string {
  const before = new Set(firingBefore.map((a) => a.name));
  const fresh = names.filter((n) => !before.has(n));
  const again = names.filter((n) => before.has(n));
  const parts = [
    ...(fresh.length > 0 ? [`alarm${fresh.length > 1 ? 's' : ''} in ALARM: ${fresh.join(', ')}`] : []),
    ...(again.length > 0
      ? [
          `alarm${again.length > 1 ? 's' : ''} ${again.join(', ')} went into ALARM again after clearing during the canary (already firing before the first shift)`,
        ]
      : []),
  ];
  return parts.join('; ');
}

/** What the reason says of an alarm that was already firing and has not fired again. */
function firingBeforeNote(alarm: AlarmFiringBefore): string {
  const judged = alarm.perVersion
    ? `its metric, ${alarm.perVersion}, is judged per version`
    : 'its metric cannot be read per version: it fails the canary only if it clears and fires again';
  return `alarm ${alarm.name} was already in ALARM before the first shift, not held against the canary (${judged})`;
}

/**
 * How long the step has held so far (its extensions included): extend-hold is measured on the hold,
 * not on the clock, whose final looks come a settle lag after the hold's end.
 */
function heldMs(step: JudgeInput['step']): number {
  return step.heldMs ?? step.elapsedMs;
}

/**
 * Custom comparisons may run on past the hold (extend-hold) while more data can decide them: they
 * spend their α over the longest the run can last, and their last look (the remainder of α, the
 * uncapped totals) is the one after which the step can no longer be extended. At a final look of
 * the last step, a late datapoint of one of the hold's minutes is waited for a while.
 */
function customDesign(input: JudgeInput, design: { holdMs: number; final: boolean }) {
  const { step } = input;
  const lastStep = step.lastStep ?? true;
  const extendMs = lastStep ? Math.max(0, step.extendHoldMs ?? 0) : 0;
  const extendLeftMs = Math.max(0, step.holdMs + extendMs - heldMs(step));
  const awaiting = step.final && lastStep && (step.settledForMs ?? 0) < LATE_DATAPOINT_WAIT_MS;
  return {
    holdMs: design.holdMs + extendMs,
    final: design.final && extendLeftMs <= 0,
    finalLook: step.final,
    extendLeftMs: step.final ? extendLeftMs : 0,
    // Without the hold's end (a caller outside the engine), every minute is the hold's.
    awaitLateBefore: awaiting ? (step.holdEndMs ?? Number.POSITIVE_INFINITY) : undefined,
    lateWaitOver: step.final && (step.settledForMs ?? 0) >= LATE_DATAPOINT_WAIT_MS,
  };
}

export const judge: Judge = (input) => {
  const { samples, thresholds, step } = input;
  const progress = `${minutes(step.elapsedMs)} of ${minutes(step.holdMs)}`;
  const functions = Math.max(1, Math.floor(step.functions ?? 1));
  const lastStep = step.lastStep ?? true;
  const base: Evidence = {
    function: samples.functionName,
    step: step.index,
    weight: step.weight,
    elapsedMs: step.elapsedMs,
    holdMs: step.holdMs,
    canaryMinutes: samples.canary.length,
    consecutiveQueryFailures: samples.consecutiveQueryFailures,
    memorySource: samples.memorySource,
    budgetShare: functions,
  };
  const bare: Extras = { evidence: base, rules: [], power: undefined, warnings: [] };

  if (samples.consecutiveQueryFailures >= MAX_CONSECUTIVE_QUERY_FAILURES) {
    return verdict(
      'fail',
      `${samples.consecutiveQueryFailures} polls in a row failed (limit ${MAX_CONSECUTIVE_QUERY_FAILURES}): failing safe, API errors are never read as health`,
      bare,
    );
  }
  const firingBefore = samples.alarmsFiringBefore ?? [];
  if (samples.alarmsInAlarm.length > 0) {
    const names = [...samples.alarmsInAlarm].sort();
    return verdict('fail', alarmReason(names, firingBefore), bare, { alarms: names.join(', ') });
  }

  const baseline = input.compareBaseline ? samples.baseline : undefined;
  const noise = oldVersionNoise(
    historyCounts(samples.baselineHistory, readErrors),
    alignCounts(samples.canary, samples.baseline ?? [], readErrors).map((m) => ({
      n: m.baselineN,
      events: m.baselineEvents,
    })),
    MIN_HISTORY_MINUTES,
  );
  const design = {
    holdMs: Math.max(step.plannedMs ?? step.holdMs, step.holdMs),
    final: step.final && lastStep,
  };
  const ceiling = errorCeiling({
    canary: samples.canary,
    baseline: samples.baseline,
    history: samples.baselineHistory,
    synthetic: samples.synthetic,
    syntheticBaseline: samples.syntheticBaseline,
    maxErrorRate: thresholds.maxErrorRate,
    dispersion: noise.dispersion,
    alpha: ALPHA_ERROR_CEILING / functions,
  });
  const memory = memoryChecks({
    canary: samples.canary,
    baseline: samples.baseline,
    limit: thresholds.maxMemoryUtilization,
    unavailable: samples.memoryUnavailable,
  });
  const memoryCeiling = memory.filter((c) => c.name === 'memory ceiling' || c.name === 'memory');
  const memoryOther = memory.filter((c) => !memoryCeiling.includes(c));
  // Custom metrics' tests take their α from the error comparison's: the run's budget stays 1%.
  const customTests = customTestCount(samples.custom, baseline !== undefined);
  const alphaErrors = (ALPHA_ERRORS - (customTests > 0 ? ALPHA_CUSTOM : 0)) / functions;
  const comparison: ComparisonResult | undefined =
    baseline === undefined
      ? undefined
      : errorComparison(samples, baseline, {
          ...design,
          weight: step.weight,
          alpha: alphaErrors,
          alphaTotals: ALPHA_ERROR_TOTALS / functions,
        });
  const checks: CheckResult[] = [
    ceiling,
    throttles(
      samples.canary,
      samples.baseline,
      samples.baselineHistory,
      thresholds.maxThrottles,
      ALPHA_THROTTLES / functions,
    ),
    ...memoryCeiling,
    ...(comparison === undefined ? [] : [comparison]),
    p99Ceiling(samples.canary, thresholds.maxP99DurationMs),
    ...(baseline === undefined
      ? []
      : [latencyComparison(samples, baseline, { ...design, alpha: ALPHA_LATENCY / functions })]),
    ...memoryOther,
    ...customChecks(
      samples,
      { ...customDesign(input, design), alpha: 0, compared: baseline !== undefined },
      ALPHA_CUSTOM / Math.max(1, customTests) / functions,
    ),
  ];
  const power =
    ceiling.invocations > 0
      ? verdictPower({
          canaryInvocations: ceiling.invocations,
          baselineRate: baseline === undefined ? undefined : noise.rate,
          maxErrorRate: thresholds.maxErrorRate,
          dispersion: noise.dispersion,
          alphaComparison: alphaErrors,
          alphaCeiling: ALPHA_ERROR_CEILING / functions,
        })
      : undefined;
  const extras: Extras = {
    evidence: mergeEvidence(checks, { ...base, comparedWithBaseline: baseline !== undefined }),
    rules: checks.map(ruleResult),
    power,
    warnings: [
      ...firingBefore.map(firingBeforeNote),
      ...checks.map((c) => c.warning).filter((w): w is string => w !== undefined),
    ],
  };

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
    return verdict('fail', `${first.summary}${also}`, extras, {
      failedChecks: failed.map((c) => c.name).join(', '),
    });
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
  const exposure = stepExposure(samples, step.index);
  const enoughInvocations = exposure.calls >= thresholds.minInvocations;

  if (!step.final) {
    const earlyPass =
      samples.consecutiveQueryFailures === 0 &&
      step.elapsedMs >= EARLY_PASS_MIN_HOLD_FRACTION * step.holdMs &&
      enoughInvocations &&
      checks.every((c) => c.readyToPass);
    if (earlyPass) {
      return verdict(
        'pass',
        `enough evidence at ${progress}: ${scope}${status}${powerNote(extras)}`,
        extras,
        {
          earlyPass: true,
        },
      );
    }
    return verdict('continue', `watching (${progress}): ${scope}${status}`, extras);
  }
  const undecided = checks.flatMap((c) => (c.undecided === undefined ? [] : [c.undecided]));
  const awaiting = checks.flatMap((c) => (c.awaiting === undefined ? [] : [c.awaiting]));
  return finalLook(input, { extras, exposure, comparison, scope, status, progress, undecided, awaiting });
};

interface FinalState {
  readonly extras: Extras;
  readonly exposure: Exposure;
  readonly comparison: ComparisonResult | undefined;
  readonly scope: string;
  readonly status: string;
  readonly progress: string;
  /** Rules more data can decide (custom comparisons): the step runs on while extend-hold lasts. */
  readonly undecided: readonly NonNullable<CheckResult['undecided']>[];
  /** Rules waiting for late datapoints of the hold's minutes: the final look is taken again. */
  readonly awaiting: readonly NonNullable<CheckResult['awaiting']>[];
}

/** The hold is over and no rule found harm: pass with enough exposure, else extend or inconclusive. */
function finalLook(input: JudgeInput, state: FinalState): Judgement {
  const { samples, thresholds, step } = input;
  const { extras, exposure } = state;
  const lastStep = step.lastStep ?? true;
  if (samples.consecutiveQueryFailures > 0) {
    return inconclusive(
      input,
      `the last poll failed (${samples.consecutiveQueryFailures} in a row): API errors are never read as health`,
      extras,
    );
  }
  if (lastStep && step.settled === false) {
    return verdict(
      'continue',
      `hold over (${state.progress}); waiting for the last minutes' metrics`,
      extras,
      {
        waitingToSettle: true,
      },
    );
  }
  const missing = lastStep ? missingMinutes(samples.canary) : 0;
  if (missing > 0) {
    return inconclusive(
      input,
      `${missing} canary minute${missing > 1 ? 's' : ''} had invocations but no Errors datapoint (missing, never read as zero errors)`,
      extras,
    );
  }
  const extendLeftMs = step.holdMs + Math.max(0, step.extendHoldMs ?? 0) - heldMs(step);
  if (exposure.calls < thresholds.minInvocations) {
    const rate = exposure.stepMinutes > 0 ? exposure.stepCalls / exposure.stepMinutes : 0;
    const needMs = minutesToReach(thresholds.minInvocations - exposure.calls, rate) * MINUTE_MS;
    const short = `${exposure.calls} canary invocations < min-invocations ${thresholds.minInvocations}`;
    if (extendLeftMs > 0 && needMs <= extendLeftMs) {
      const why = `${short}; ~${Math.round(rate)} a minute, about ${minutes(needMs)} more traffic can decide (extend-hold leaves ${minutes(extendLeftMs)})`;
      return {
        ...verdict('continue', `extending the step: ${why}`, extras, { extend: true }),
        extend: { needMs, why },
      };
    }
    const extended = (step.extendHoldMs ?? 0) > 0 ? ' (extend-hold used or too short for this traffic)' : '';
    return inconclusive(
      input,
      exposure.calls === 0 ? `no canary invocations during the hold${extended}` : `${short}${extended}`,
      extras,
    );
  }
  if (lastStep && state.awaiting.length > 0) {
    const needMs = Math.max(...state.awaiting.map((a) => a.needMs));
    const why = state.awaiting.map((a) => a.why).join('; ');
    return {
      ...verdict('continue', `hold over (${state.progress}); ${why}`, extras, { awaiting: true }),
      awaiting: { needMs, why },
    };
  }
  if (lastStep && state.undecided.length > 0 && extendLeftMs > 0) {
    // Run on (to the end of extend-hold for an undecided comparison): every look meanwhile may decide.
    const needMs = Math.min(extendLeftMs, Math.max(...state.undecided.map((u) => u.needMs ?? extendLeftMs)));
    const why = `${state.undecided.map((u) => u.why).join('; ')} (extend-hold leaves ${minutes(extendLeftMs)})`;
    return {
      ...verdict('continue', `extending the step: ${why}`, extras, { extend: true }),
      extend: { needMs, why },
    };
  }
  const comparison = state.comparison;
  const syntheticCompared = count(samples.syntheticBaseline?.invocations ?? 0) > 0;
  if (comparison !== undefined && comparison.baselineN === 0 && !syntheticCompared) {
    return inconclusive(
      input,
      'the old version served no calls beside the canary (or its metrics are missing): the canary was never compared with it',
      extras,
    );
  }
  return verdict(
    'pass',
    `hold over (${state.progress}): no rule found harm: ${state.scope}${state.status}${powerNote(extras)}`,
    extras,
  );
}

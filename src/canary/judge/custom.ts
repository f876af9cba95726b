/**
 * Your own metrics (the `metrics` input) as more series with their rules, judged by the same pure
 * code as Lambda's:
 *  - `max` / `min`: a ceiling (floor) on the canary's value in any settled minute.
 *  - `compare: true`: against the old version's value. With `rate-of: Invocations` it is the
 *    sequential count test of errors vs baseline (the metric's count as the failures, the
 *    version's invocations as the calls; lower-is-worse: the calls without it), its noise learned
 *    from the old version's own counts before the step. Otherwise the canary fails when worse
 *    than the old version by more than CUSTOM_COMPARE_TOLERANCE in CUSTOM_COMPARE_MINUTES
 *    minutes in a row.
 *  - A metric without `{version}` covers the whole service: it is judged against its limit, and
 *    with `compare: true` against its own values before the first shift (worse than its worst
 *    minute then by more than CUSTOM_COMPARE_TOLERANCE in CUSTOM_COMPARE_MINUTES minutes in a
 *    row); every summary says it cannot tell the canary from the old version.
 * Every rule is named after the metric, so a failure names it in the reason.
 */
import type { CustomMetric } from '../../config/types.js';
import type { CustomSamples, FunctionSamples, MetricMinute, MinuteSample } from '../types.js';
import type { CheckResult, Evidence } from './check.js';
import { clockTime, percent, round } from './check.js';
import { count } from './ceilings.js';
import { countComparison } from './comparison.js';
import {
  CUSTOM_COMPARE_MINUTES,
  CUSTOM_COMPARE_TOLERANCE,
  CUSTOM_TOTALS_SHARE,
  DENSE_MIN_MINUTES,
  DENSE_RECENT_MINUTES,
  DENSE_SHARE,
  LATE_DATAPOINT_WAIT_MS,
  MIN_HISTORY_MINUTES,
  MINUTE_MS,
  UNDECIDED_PACE_MINUTES,
} from './constants.js';
import { readErrors } from './counts.js';
import { normalQuantileUpper } from './power.js';
import type { ComparisonDesign } from './sequential.js';

export interface CustomDesign extends ComparisonDesign {
  /** Compare with the old version (compare-baseline is on and there is one). */
  readonly compared: boolean;
  /** The hold is over (a final look of the step, whether or not extend-hold may run it on). */
  readonly finalLook?: boolean;
  /** At a final look: how long extend-hold can still run the step on (0: it cannot). */
  readonly extendLeftMs?: number;
  /** At a final look that may still wait: a late datapoint of a minute starting before this is waited for. */
  readonly awaitLateBefore?: number | undefined;
  /** A final look has waited LATE_DATAPOINT_WAIT_MS: no datapoint is on its way any more. */
  readonly lateWaitOver?: boolean;
}

const SERVICE_WIDE =
  'service-wide: every version together, so it cannot tell the canary from the old version';

/** How many custom tests spend α (the rate-of comparisons): they share ALPHA_CUSTOM. */
export function customTestCount(custom: readonly CustomSamples[] | undefined, compared: boolean): number {
  if (!compared) return 0;
  return (custom ?? []).filter(({ metric }) => metric.rateOf !== undefined && metric.compare).length;
}

function prefixed(name: string, evidence: Evidence): Evidence {
  return Object.fromEntries(Object.entries(evidence).map(([key, value]) => [`${name}.${key}`, value]));
}

/**
 * Whether the code publishes the count with every call (0 included): the old version's minutes
 * with calls before the step (or, without them, beside the canary but for the newest, whose
 * datapoints may still be on their way) nearly all have a datapoint.
 */
function publishedWithEveryCall(series: CustomSamples, samples: FunctionSamples): boolean {
  const pick = (minutes: readonly MinuteSample[], values: readonly MetricMinute[] | undefined) => {
    const known = new Set((values ?? []).filter((v) => v.value !== undefined).map((v) => v.start));
    const served = minutes.filter((m) => count(m.invocations) > 0);
    return { served: served.length, covered: served.filter((m) => known.has(m.start)).length };
  };
  let seen = pick(samples.baselineHistory ?? [], series.history);
  if (seen.served < DENSE_MIN_MINUTES) {
    seen = pick((samples.baseline ?? []).slice(0, -DENSE_RECENT_MINUTES), series.baseline);
  }
  return seen.served >= DENSE_MIN_MINUTES && seen.covered >= DENSE_SHARE * seen.served;
}

/**
 * The version's minutes with the metric as their failure count: its value (higher-is-worse) or
 * the calls without it (lower-is-worse). A minute with calls but no datapoint is missing when the
 * code publishes the count with every call (left out, as a minute without Lambda's Errors figure
 * is, and counted in once its datapoint arrives); otherwise it counted no failure, once it is
 * older than `pendingFrom` (a newer one's datapoint may still be on its way: left out until then,
 * never read as zero first and as failures later).
 */
function asFailures(
  minutes: readonly MinuteSample[],
  values: readonly MetricMinute[],
  metric: CustomMetric,
  dense: boolean,
  pendingFrom = Number.POSITIVE_INFINITY,
): MinuteSample[] {
  const byStart = new Map(values.map((v) => [v.start, v.value]));
  const higher = metric.direction === 'higher-is-worse';
  return minutes.map(({ errorsMissing: _missing, ...minute }) => {
    const value = byStart.get(minute.start);
    const n = count(minute.invocations);
    if (value === undefined && n > 0 && (dense || minute.start >= pendingFrom)) {
      return { ...minute, errors: 0, errorsMissing: true };
    }
    const failures = higher ? count(value ?? 0) : Math.max(0, n - count(value ?? 0));
    return { ...minute, errors: failures };
  });
}

/** The canary's value in any settled minute against max (or min). */
function valueLimit(series: CustomSamples): CheckResult {
  const { metric } = series;
  const higher = metric.direction === 'higher-is-worse';
  const limit = (higher ? metric.max : metric.min) as number;
  const word = higher ? 'max' : 'min';
  const known = series.canary.filter((m): m is { start: number; value: number } => m.value !== undefined);
  const breach = known.find((m) => (higher ? m.value > limit : m.value < limit));
  const worst = known.reduce<number | undefined>(
    (top, m) => (top === undefined ? m.value : higher ? Math.max(top, m.value) : Math.min(top, m.value)),
    undefined,
  );
  const who = metric.perVersion ? `${metric.name}: canary` : `${metric.name} (${SERVICE_WIDE}):`;
  const evidence: Evidence = { [word]: limit, minutes: known.length };
  if (worst !== undefined) evidence['worst'] = round(worst);
  return {
    name: metric.name,
    failed: breach !== undefined,
    summary:
      breach !== undefined
        ? `${who} ${round(breach.value)} ${higher ? '>' : '<'} ${word} ${limit} in the minute of ${clockTime(breach.start)} UTC`
        : worst === undefined
          ? `${who} no datapoint yet (${word} ${limit})`
          : `${who} ${higher ? 'at most' : 'at least'} ${round(worst)} (${word} ${limit})`,
    readyToPass: breach === undefined,
    evidence: prefixed(metric.name, evidence),
  };
}

/** Worse than the old version by more than the tolerance, judged on the metric's own scale. */
function worseThan(metric: CustomMetric, canary: number, old: number): boolean {
  const margin = CUSTOM_COMPARE_TOLERANCE * Math.abs(old);
  return metric.direction === 'higher-is-worse' ? canary > old + margin : canary < old - margin;
}

/** The first run of CUSTOM_COMPARE_MINUTES minutes worse than the reference, and what was compared. */
function worseRun(
  metric: CustomMetric,
  minutes: readonly MetricMinute[],
  reference: (start: number) => number | undefined,
): {
  both: number;
  failedAt: { start: number; canary: number; old: number } | undefined;
  last: { canary: number; old: number } | undefined;
} {
  let run = 0;
  let both = 0;
  let failedAt: { start: number; canary: number; old: number } | undefined;
  let last: { canary: number; old: number } | undefined;
  for (const minute of minutes) {
    const o = reference(minute.start);
    if (minute.value === undefined || o === undefined) continue;
    both += 1;
    last = { canary: minute.value, old: o };
    run = worseThan(metric, minute.value, o) ? run + 1 : 0;
    if (run >= CUSTOM_COMPARE_MINUTES && failedAt === undefined) failedAt = { start: minute.start, ...last };
  }
  return { both, failedAt, last };
}

const worseWord = (metric: CustomMetric): string =>
  metric.direction === 'higher-is-worse' ? 'above' : 'below';

/** The canary's value against the old version's, minute by minute (no rate-of). */
function valueComparison(series: CustomSamples, baseline: readonly MetricMinute[]): CheckResult {
  const { metric } = series;
  const old = new Map(baseline.map((m) => [m.start, m.value]));
  const { both, failedAt, last } = worseRun(metric, series.canary, (start) => old.get(start));
  const evidence: Evidence = { comparedMinutes: both };
  if (last !== undefined)
    Object.assign(evidence, { canaryLast: round(last.canary), baselineLast: round(last.old) });
  const tolerance = percent(CUSTOM_COMPARE_TOLERANCE);
  return {
    name: `${metric.name} vs baseline`,
    failed: failedAt !== undefined,
    summary:
      failedAt !== undefined
        ? `${metric.name}: canary ${worseWord(metric)} the old version's by more than ${tolerance} for ${CUSTOM_COMPARE_MINUTES} minutes in a row (${round(failedAt.canary)} vs ${round(failedAt.old)} at ${clockTime(failedAt.start)} UTC)`
        : last === undefined
          ? `${metric.name}: nothing to compare with the old version yet`
          : `${metric.name}: canary ${round(last.canary)} vs the old version's ${round(last.old)}`,
    readyToPass: failedAt === undefined && both >= CUSTOM_COMPARE_MINUTES,
    evidence: prefixed(`${metric.name} vs baseline`, evidence),
  };
}

/**
 * A service-wide metric against its own values before the first shift: the whole service now
 * (the canary's share in it) against the worst minute it had while the old version served alone.
 * A real shift puts every minute beyond that record; noise rarely does so five minutes in a row.
 */
function beforeShiftComparison(series: CustomSamples): CheckResult {
  const { metric } = series;
  const name = `${metric.name} vs before`;
  const higher = metric.direction === 'higher-is-worse';
  const before = (series.history ?? []).flatMap((m) => (m.value === undefined ? [] : [m.value]));
  if (before.length < MIN_HISTORY_MINUTES) {
    return {
      name,
      failed: false,
      summary: `${metric.name} (${SERVICE_WIDE}): ${before.length} minute${before.length === 1 ? '' : 's'} of values before the first shift, fewer than ${MIN_HISTORY_MINUTES}: not compared`,
      readyToPass: true,
      evidence: prefixed(name, { minutesBefore: before.length }),
    };
  }
  const worst = higher ? Math.max(...before) : Math.min(...before);
  const { both, failedAt, last } = worseRun(metric, series.canary, () => worst);
  const evidence: Evidence = {
    minutesBefore: before.length,
    worstBefore: round(worst),
    comparedMinutes: both,
  };
  if (last !== undefined) evidence['last'] = round(last.canary);
  const record = `its ${higher ? 'highest' : 'lowest'} minute in the ${before.length} before the first shift (${round(worst)})`;
  return {
    name,
    failed: failedAt !== undefined,
    summary:
      failedAt !== undefined
        ? `${metric.name} (${SERVICE_WIDE}): ${worseWord(metric)} ${record} by more than ${percent(CUSTOM_COMPARE_TOLERANCE)} for ${CUSTOM_COMPARE_MINUTES} minutes in a row (${round(failedAt.canary)} at ${clockTime(failedAt.start)} UTC)`
        : last === undefined
          ? `${metric.name} (${SERVICE_WIDE}): no datapoint yet to compare with ${record}`
          : `${metric.name} (${SERVICE_WIDE}): ${round(last.canary)}, against ${record}`,
    readyToPass: failedAt === undefined && both >= CUSTOM_COMPARE_MINUTES,
    evidence: prefixed(name, evidence),
  };
}

/** The canary's count per call against the old version's, by the sequential count test. */
function rateComparison(
  series: CustomSamples,
  samples: FunctionSamples,
  baseline: readonly MetricMinute[],
  design: CustomDesign,
): CheckResult {
  const { metric } = series;
  const dense = publishedWithEveryCall(series, samples);
  // The newest minutes' datapoints may still be on their way, but for a final look done waiting.
  const newest = samples.canary[samples.canary.length - 1]?.start;
  const pendingFrom =
    newest === undefined || design.lateWaitOver === true
      ? Number.POSITIVE_INFINITY
      : newest + MINUTE_MS - LATE_DATAPOINT_WAIT_MS;
  const canary = asFailures(samples.canary, series.canary, metric, dense, pendingFrom);
  const old = asFailures(samples.baseline ?? [], baseline, metric, dense, pendingFrom);
  const what =
    metric.direction === 'higher-is-worse' ? `${metric.name} per call` : `calls without ${metric.name}`;
  const result = countComparison(
    { name: `${metric.name} vs baseline`, key: `${metric.name}.`, what, read: readErrors, optional: true },
    {
      ...samples,
      canary,
      baselineHistory:
        series.history === undefined || samples.baselineHistory === undefined
          ? undefined
          : asFailures(samples.baselineHistory, series.history, metric, dense),
    },
    old,
    design,
  );
  const missingMinutes = canary.filter((m) => m.errorsMissing === true);
  const missing = missingMinutes.length;
  const undecided = undecidedComparison(result, metric.name, canaryPerMinute(canary), design);
  if (missing === 0) return undecided === undefined ? result : { ...result, undecided };
  const left = `${missing} canary minute${missing > 1 ? 's' : ''} with calls but no ${metric.name} datapoint left out`;
  // A late datapoint of the hold's own minutes is waited for a while; one of a minute after the
  // hold is not (each wait would bring new minutes to wait for).
  const before = design.awaitLateBefore;
  const awaited = before !== undefined && missingMinutes.some((m) => m.start < before);
  return {
    ...result,
    summary: `${result.summary} (${left})`,
    evidence: { ...result.evidence, [`${metric.name}.MissingMinutes`]: missing },
    // Missing is never zero: once no longer waited for, say that the comparison went without them.
    ...(awaited
      ? { awaiting: { why: `${left}: waiting for them`, needMs: MINUTE_MS } }
      : design.finalLook === true
        ? { warning: left }
        : {}),
    ...(undecided === undefined ? {} : { undecided }),
  };
}

/** The canary's calls a minute lately (its last minutes with calls): the pace more data comes at. */
function canaryPerMinute(canary: readonly MinuteSample[]): number {
  const recent = canary.filter((m) => count(m.invocations) > 0).slice(-UNDECIDED_PACE_MINUTES);
  return recent.length === 0 ? 0 : recent.reduce((sum, m) => sum + count(m.invocations), 0) / recent.length;
}

/**
 * A comparison more data can decide within extend-hold: no harm found, not shown 2× worse either,
 * and the excess more data could show (the count's excess over its expected, one of the count's
 * own deviations higher) would cross a boundary in the time left. The excess grows with the calls,
 * the boundary's distance from the null mean (z of the α still unspent, the old version's noise φ)
 * with their square root: crossing takes k = z²·φ·expected / excess² times the calls seen. A count
 * at or below its expected, or one that needs longer than extend-hold leaves, does not hold the
 * step: a healthy canary's count is rarely far enough above.
 */
function undecidedComparison(
  result: CheckResult,
  name: string,
  perMinute: number,
  design: CustomDesign,
): CheckResult['undecided'] {
  if (result.failed || result.readyToPass) return undefined;
  const statistic = Number(result.evidence[`${name}.Statistic`] ?? 0);
  const expected = Number(result.evidence[`${name}.Expected`] ?? 0);
  const calls = Number(result.evidence[`${name}.Calls`] ?? 0);
  const phi = Math.max(1, Number(result.evidence[`${name}.Dispersion`] ?? 1));
  const unspent =
    Number(result.evidence[`${name}.Alpha`] ?? 0) - Number(result.evidence[`${name}.AlphaSpent`] ?? 0);
  const leftMs = design.extendLeftMs ?? 0;
  if (!(statistic > expected) || unspent <= 0 || perMinute <= 0 || leftMs <= 0) return undefined;
  const z = normalQuantileUpper(unspent);
  // The excess more data could show: the count so far, one of its own deviations higher.
  const excess = statistic - expected + Math.sqrt(phi * statistic);
  const k = (z * z * phi * expected) / Math.pow(excess, 2);
  const needMs = Math.max(1, Math.ceil((calls * (k - 1)) / perMinute)) * MINUTE_MS;
  if (needMs > leftMs) return undefined;
  return {
    why: `${name}: the canary's count (${statistic}) is above its expected ${round(expected, 3)}, not yet significant; at this excess about ${Math.round(needMs / MINUTE_MS)} min more traffic can decide`,
    needMs,
  };
}

/** Every custom metric's rules, in the input's order. */
export function customChecks(
  samples: FunctionSamples,
  design: CustomDesign,
  alphaEach: number,
): CheckResult[] {
  return (samples.custom ?? []).flatMap((series) => {
    const { metric } = series;
    const checks: CheckResult[] = [];
    if (metric.max !== undefined || metric.min !== undefined) {
      checks.push(valueLimit(series));
    }
    if (metric.compare && !metric.perVersion) {
      if (design.compared) checks.push(beforeShiftComparison(series));
    } else if (metric.compare) {
      if (design.compared && series.baseline !== undefined) {
        checks.push(
          metric.rateOf === undefined
            ? valueComparison(series, series.baseline)
            : rateComparison(series, samples, series.baseline, {
                ...design,
                clumped: true,
                alpha: alphaEach * (1 - CUSTOM_TOTALS_SHARE),
                alphaTotals: alphaEach * CUSTOM_TOTALS_SHARE,
              }),
        );
      } else {
        checks.push({
          name: `${metric.name} vs baseline`,
          failed: false,
          summary: `${metric.name}: no old version to compare with`,
          readyToPass: true,
          evidence: {},
        });
      }
    }
    return checks;
  });
}

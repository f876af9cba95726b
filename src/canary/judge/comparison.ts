/**
 * Canary against baseline, for errors and for slow requests (above the latency reference T, the
 * old version's p99 before the deploy): the sequential count test of sequential.ts, phrased as a
 * check with its numbers.
 */
import type { FunctionSamples } from '../types.js';
import type { CheckResult, Evidence } from './check.js';
import { clockTime, percent, round } from './check.js';
import { PROMOTE_RATIO } from './constants.js';
import type { EventReader } from './counts.js';
import { alignCounts, historyCounts, readErrors, readSlow } from './counts.js';
import type { ComparisonDesign } from './sequential.js';
import { compareCounts } from './sequential.js';

export interface ComparisonKind {
  readonly name: string;
  /** Evidence key prefix. */
  readonly key: string;
  /** What is counted, for reasons. */
  readonly what: string;
  readonly read: EventReader;
  /** With no informative minute: may the step still pass early (the figure is optional)? */
  readonly optional: boolean;
}

function describeRate(events: number, n: number): string {
  return `${percent(n > 0 ? events / n : 0)} (${events}/${n})`;
}

export interface ComparisonResult extends CheckResult {
  /** Calls of each version over the minutes both served (0 for the old version: nothing compared). */
  readonly canaryN: number;
  readonly baselineN: number;
}

/** The sequential count test of `kind`, canary against baseline, as a check with its numbers. */
export function countComparison(
  kind: ComparisonKind,
  samples: FunctionSamples,
  baseline: FunctionSamples['canary'],
  design: ComparisonDesign,
): ComparisonResult {
  const minutes = alignCounts(samples.canary, baseline, kind.read);
  const result = compareCounts(minutes, historyCounts(samples.baselineHistory, kind.read), design);
  const k = kind.key;
  const evidence: Evidence = {
    [`${k}CanaryRate`]: round(result.canaryN > 0 ? result.canaryEvents / result.canaryN : 0),
    [`${k}BaselineRate`]: round(result.baselineN > 0 ? result.baselineEvents / result.baselineN : 0),
    [`${k}Statistic`]: result.statistic,
    [`${k}Expected`]: round(result.expected),
    [`${k}AlphaSpent`]: round(result.alphaSpent, 3),
    [`${k}Alpha`]: design.alpha,
    [`${k}Dispersion`]: round(result.dispersion, 3),
    [`${k}Calls`]: result.canaryN,
    [`${k}BaselineCalls`]: result.baselineN,
    [`${k}PromoteLogE`]: round(result.promoteLogE, 3),
    [`${k}InformativeMinutes`]: result.informativeMinutes,
    [`${k}NoiseFromHistory`]: result.usedHistory,
  };
  if (result.ratio !== undefined) evidence[`${k}Ratio`] = round(result.ratio, 3);
  if (result.boundary !== undefined) evidence[`${k}Boundary`] = result.boundary;
  if (result.totalsP !== undefined) evidence[`${k}TotalsP`] = round(result.totalsP, 3);
  const counts = { canaryN: result.canaryN, baselineN: result.baselineN };

  const rates = `canary ${describeRate(result.canaryEvents, result.canaryN)} vs baseline ${describeRate(result.baselineEvents, result.baselineN)}`;
  const ratio = result.ratio === undefined ? '' : `, ${round(result.ratio, 2)}× the baseline's rate`;
  if (result.rejected && result.rejectedAtMinute === undefined) {
    return {
      ...counts,
      name: kind.name,
      failed: true,
      summary: `${kind.what}: ${rates}${ratio}; the uncapped totals at the final look are above the old version's rate beyond its own noise (p ${round(result.totalsP ?? 0, 2)} <= ${design.alphaTotals ?? 0}, φ ${round(result.dispersion, 2)})`,
      readyToPass: false,
      evidence,
    };
  }
  if (result.rejected) {
    return {
      ...counts,
      name: kind.name,
      failed: true,
      summary: `${kind.what}: ${rates}${ratio}; the sequential test crossed its boundary at ${clockTime(result.rejectedAtMinute as number)} UTC (count ${result.statistic} >= ${result.boundary}, expected ${round(result.expected, 3)}, α ${percent(design.alpha)} over the hold)`,
      readyToPass: false,
      evidence,
    };
  }
  if (result.informativeMinutes === 0) {
    return {
      ...counts,
      name: kind.name,
      failed: false,
      summary: `${kind.what}: nothing to compare yet (${rates})`,
      readyToPass: kind.optional,
      evidence,
    };
  }
  return {
    ...counts,
    name: kind.name,
    failed: false,
    summary: result.promoteReady
      ? `${kind.what}: ${rates}${ratio}, shown not ${PROMOTE_RATIO}× worse`
      : `${kind.what}: ${rates}${ratio}, not significantly higher`,
    readyToPass: result.promoteReady,
    evidence,
  };
}

export function errorComparison(
  samples: FunctionSamples,
  baseline: FunctionSamples['canary'],
  design: ComparisonDesign,
): ComparisonResult {
  return countComparison(
    { name: 'errors vs baseline', key: 'errors', what: 'errors', read: readErrors, optional: false },
    samples,
    baseline,
    design,
  );
}

export function latencyComparison(
  samples: FunctionSamples,
  baseline: FunctionSamples['canary'],
  design: ComparisonDesign,
): CheckResult {
  const reference = samples.latencyReferenceMs;
  const what = reference === undefined ? 'slow requests' : `requests slower than ${round(reference)} ms`;
  return countComparison(
    { name: 'latency vs baseline', key: 'slow', what, read: readSlow, optional: true },
    samples,
    baseline,
    design,
  );
}

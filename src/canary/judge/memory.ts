/**
 * Memory rules on the canary's max-memory-used / memory-size per minute: a hard ceiling, a leak
 * trend and a gap to the baseline.
 *
 * Leak: after skipping the first minutes (fresh environments fill caches), Sen's slope over the
 * last minutes, with its rank-based lower confidence bound; the step fails when even that low
 * slope carries the memory from where it is now to the limit within MEMORY_PROJECTION_MS. A flat
 * but noisy series has a low bound near zero or below, so it does not trip. Where the old version
 * runs beside it, only a level above the old version's can leak: a canary filling its caches
 * toward the old version's level is warming up. A rise above it that the hold cannot prove is a
 * warning in the verdict; so is memory that cannot be read while max-memory-utilization is set.
 */
import type { MinuteSample } from '../types.js';
import type { CheckResult, Evidence } from './check.js';
import { clockTime, percent, round } from './check.js';
import {
  MEMORY_ABOVE_BASELINE,
  MEMORY_DIFF_LIMIT,
  MEMORY_DIFF_MINUTES,
  MEMORY_PROJECTION_MS,
  MEMORY_SLOPE_Z,
  MEMORY_TREND_MIN_POINTS,
  MEMORY_TREND_WINDOW,
  MEMORY_WARMUP_MINUTES,
  MEMORY_WARNING_MIN_POINTS,
  MINUTE_MS,
} from './constants.js';
import { median } from './math.js';

interface Point {
  readonly minute: number;
  readonly value: number;
}

export interface Trend {
  /** Sen's slope, per minute. */
  readonly slope: number;
  /** One-sided lower confidence bound of the slope (undefined: too few points for one). */
  readonly lowSlope: number | undefined;
  /** The trend line's value at the last point. */
  readonly level: number;
  readonly points: number;
}

/** Sen's slope with the lower bound of its rank interval (Kendall's S variance, no ties term). */
export function senTrend(points: readonly Point[]): Trend {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i] as Point;
      const b = points[j] as Point;
      if (b.minute !== a.minute) slopes.push((b.value - a.value) / (b.minute - a.minute));
    }
  }
  slopes.sort((x, y) => x - y);
  const n = points.length;
  const slope = slopes.length > 0 ? median(slopes) : 0;
  const spread = MEMORY_SLOPE_Z * Math.sqrt((n * (n - 1) * (2 * n + 5)) / 18);
  const rank = Math.floor((slopes.length - spread) / 2);
  const lowSlope = rank >= 1 ? slopes[rank - 1] : undefined;
  const last = points[points.length - 1];
  const level =
    last === undefined ? 0 : median(points.map((p) => p.value - slope * (p.minute - last.minute)));
  return { slope, lowSlope, level, points: n };
}

function warningOf(warning: string | undefined): { warning?: string } {
  return warning === undefined ? {} : { warning };
}

function memoryPoints(series: readonly MinuteSample[]): Point[] {
  return series
    .filter((m): m is MinuteSample & { memoryUtilization: number } => m.memoryUtilization !== undefined)
    .map((m) => ({ minute: m.start / MINUTE_MS, value: m.memoryUtilization }));
}

export interface MemoryInput {
  readonly canary: readonly MinuteSample[];
  readonly baseline: readonly MinuteSample[] | undefined;
  readonly limit: number;
  /** Why memory could not be read (FunctionSamples.memoryUnavailable). */
  readonly unavailable: string | undefined;
}

/** The old version's memory level: the median of its figures over the trend window. */
function baselineLevel(baseline: readonly MinuteSample[] | undefined): number | undefined {
  const points = memoryPoints(baseline ?? []).slice(-MEMORY_TREND_WINDOW);
  return points.length === 0 ? undefined : median(points.map((p) => p.value));
}

/** The canary's memory now: the median of its last few figures. */
function recentLevel(points: readonly Point[]): number {
  return median(points.slice(-MEMORY_WARNING_MIN_POINTS).map((p) => p.value));
}

/** A rise above the old version's level the hold cannot prove or rule out: a warning, never a silent pass. */
function slowLeakWarning(points: readonly Point[], oldLevel: number | undefined): string | undefined {
  const window = (oldLevel === undefined ? points.slice(MEMORY_WARMUP_MINUTES) : points).slice(
    -MEMORY_TREND_WINDOW,
  );
  if (window.length < MEMORY_WARNING_MIN_POINTS) return undefined;
  const trend = senTrend(window);
  if (trend.slope <= 0) return undefined;
  const above =
    oldLevel === undefined ? (trend.lowSlope ?? 0) > 0 : trend.level > oldLevel + MEMORY_ABOVE_BASELINE;
  if (!above) return undefined;
  const where = oldLevel === undefined ? '' : ` above the old version's ${percent(oldLevel)}`;
  return `canary memory rising +${percent(trend.slope * 60)} of memory size an hour (${percent(trend.level)} now${where}): too few minutes to prove or rule out a slow leak`;
}

export function memoryChecks(input: MemoryInput): CheckResult[] {
  const { canary, baseline, limit } = input;
  const points = memoryPoints(canary);
  if (points.length === 0) {
    const calls = canary.some((m) => m.invocations > 0);
    const why = input.unavailable ?? (calls ? 'no memory figure for any canary minute' : undefined);
    if (why === undefined || limit >= 1) {
      return [
        { name: 'memory', failed: false, summary: 'no memory figures', readyToPass: true, evidence: {} },
      ];
    }
    const summary = `memory not read (${why}): max-memory-utilization ${percent(limit)} not checked`;
    return [
      {
        name: 'memory',
        failed: false,
        summary,
        readyToPass: true,
        evidence: { memoryUnavailable: why },
        warning: summary,
      },
    ];
  }
  const peak = points.reduce((top, p) => (p.value > top.value ? p : top));
  const evidence: Evidence = { canaryMemoryMax: round(peak.value), maxMemoryUtilization: limit };
  const results: CheckResult[] = [];
  const oldLevel = baselineLevel(baseline);
  if (oldLevel !== undefined) evidence['baselineMemoryLevel'] = round(oldLevel);

  const breach = points.find((p) => p.value >= limit);
  results.push({
    name: 'memory ceiling',
    failed: breach !== undefined,
    summary:
      breach === undefined
        ? `canary memory at most ${percent(peak.value)} (max-memory-utilization ${percent(limit)})`
        : `canary memory ${percent(breach.value)} >= max-memory-utilization ${percent(limit)} at ${clockTime(breach.minute * MINUTE_MS)} UTC`,
    readyToPass: breach === undefined,
    evidence,
  });

  const window = points.slice(MEMORY_WARMUP_MINUTES).slice(-MEMORY_TREND_WINDOW);
  if (window.length < MEMORY_TREND_MIN_POINTS) {
    results.push({
      name: 'memory trend',
      failed: false,
      summary: `memory trend needs ${MEMORY_TREND_MIN_POINTS} minutes after a ${MEMORY_WARMUP_MINUTES}-minute warm-up (has ${window.length})`,
      readyToPass: false,
      evidence: {},
      ...warningOf(slowLeakWarning(points, oldLevel)),
    });
  } else {
    const trend = senTrend(window);
    const horizon = MEMORY_PROJECTION_MS / MINUTE_MS;
    const projected = trend.level + trend.slope * horizon;
    const trendEvidence: Evidence = {
      memorySlopePerHour: round(trend.slope * 60),
      memoryProjected: round(projected),
    };
    if (trend.lowSlope !== undefined) trendEvidence['memoryLowSlopePerHour'] = round(trend.lowSlope * 60);
    // Warm-up rises toward the old version's level: only a rise above it can be a leak (read on
    // the last minutes' figures: a straight line through a saturating curve overshoots its end).
    const aboveOld = oldLevel === undefined || recentLevel(points) > oldLevel + MEMORY_ABOVE_BASELINE;
    const leaking =
      aboveOld &&
      trend.lowSlope !== undefined &&
      trend.lowSlope > 0 &&
      trend.level + trend.lowSlope * horizon >= limit;
    const minutesLeft = trend.slope > 0 ? Math.max(0, (limit - trend.level) / trend.slope) : Infinity;
    results.push({
      name: 'memory trend',
      failed: leaking,
      summary: leaking
        ? `canary memory leak: +${percent(trend.slope * 60)} of memory size an hour (at least +${percent((trend.lowSlope as number) * 60)}), ${percent(trend.level)} now, max-memory-utilization ${percent(limit)} in about ${Math.round(minutesLeft)} min`
        : `canary memory trend ${trend.slope >= 0 ? '+' : ''}${percent(trend.slope * 60)} an hour`,
      readyToPass: !leaking && (projected < limit || !aboveOld),
      evidence: trendEvidence,
      ...(leaking ? {} : warningOf(slowLeakWarning(points, oldLevel))),
    });
  }

  if (baseline !== undefined) {
    const baselineByMinute = new Map(memoryPoints(baseline).map((p) => [p.minute, p.value]));
    const gaps = points
      .filter((p) => baselineByMinute.has(p.minute))
      .map((p) => ({ minute: p.minute, gap: p.value - (baselineByMinute.get(p.minute) as number) }));
    let run = 0;
    let runEnd: { minute: number; gap: number } | undefined;
    for (const g of gaps) {
      run = g.gap > MEMORY_DIFF_LIMIT ? run + 1 : 0;
      if (run >= MEMORY_DIFF_MINUTES && runEnd === undefined) runEnd = g;
    }
    const failed = runEnd !== undefined;
    const lastGap = gaps[gaps.length - 1];
    results.push({
      name: 'memory vs baseline',
      failed,
      summary: failed
        ? `canary memory above the baseline's by more than ${percent(MEMORY_DIFF_LIMIT)} of memory size for ${MEMORY_DIFF_MINUTES} minutes in a row (${percent((runEnd as { gap: number }).gap)} at ${clockTime((runEnd as { minute: number }).minute * MINUTE_MS)} UTC)`
        : lastGap === undefined
          ? 'no baseline memory figures'
          : `canary memory ${percent(lastGap.gap)} from the baseline's`,
      readyToPass: !failed,
      evidence: lastGap === undefined ? {} : { memoryGapToBaseline: round(lastGap.gap) },
    });
  }
  return results;
}

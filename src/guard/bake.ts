/**
 * The bake check: after a promotion, is the new version worse than the one it replaced? The new
 * version's minutes since the promotion are lined up with as many of the previous version's
 * minutes just before it (each pair one window length apart) and put through the canary's own
 * error comparison (the sequential count test, with its final look and totals test), so the guard
 * rolls a release back on the same evidence the canary would have failed it on. No comparison
 * blames a version for errors the old one had as well.
 */
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { ComparisonResult } from '../canary/judge/comparison.js';
import { errorComparison } from '../canary/judge/comparison.js';
import { ALPHA_ERROR_TOTALS, ALPHA_ERRORS } from '../canary/judge/constants.js';
import { toMinuteSamples } from '../canary/metric-queries.js';
import { collectMetrics } from '../canary/metrics.js';
import { ceilToMinute, floorToMinute, MIN_SETTLE_MS, minuteStarts, settledUntil } from '../canary/minutes.js';
import type { FunctionSamples, MinuteSample } from '../canary/types.js';
import type { Logger } from '../logger.js';
import { MINUTE_MS } from '../util/time.js';

/** Longest span compared on each side: a day of minutes is plenty of evidence and one cheap call. */
export const MAX_BAKE_COMPARE_MS = 24 * 3_600_000;

export interface BakeSubject {
  readonly functionName: string;
  readonly alias: string;
  /** The live version, promoted at promotedAtMs. */
  readonly version: string;
  /** The version it replaced. */
  readonly previous: string;
  readonly promotedAtMs: number;
}

/** The minutes compared: [afterFromMs, untilMs) of the new version, the same length before the promotion of the old. */
export interface BakeSpan {
  readonly afterFromMs: number;
  readonly untilMs: number;
  readonly beforeFromMs: number;
  readonly lengthMs: number;
}

export function bakeSpan(promotedAtMs: number, nowMs: number): BakeSpan {
  const untilMs = settledUntil(nowMs, MIN_SETTLE_MS);
  const lengthMs = Math.max(0, Math.min(MAX_BAKE_COMPARE_MS, untilMs - ceilToMinute(promotedAtMs)));
  return {
    afterFromMs: untilMs - lengthMs,
    untilMs,
    beforeFromMs: floorToMinute(promotedAtMs) - lengthMs,
    lengthMs,
  };
}

export interface BakeVerdict {
  /** The new version's error rate is higher than the old one's beyond its noise. */
  readonly worse: boolean;
  readonly summary: string;
  readonly comparison: ComparisonResult | undefined;
}

/** Pure: the comparison of the new version's minutes after the promotion with the old one's before. */
export function judgeBake(
  subject: BakeSubject,
  span: BakeSpan,
  after: readonly MinuteSample[],
  before: readonly MinuteSample[],
): BakeVerdict {
  if (span.lengthMs <= 0) {
    return { worse: false, summary: 'no settled minute since the promotion yet', comparison: undefined };
  }
  const shift = span.afterFromMs - span.beforeFromMs;
  const baseline = before.map((minute) => ({ ...minute, start: minute.start + shift }));
  const samples: FunctionSamples = {
    functionName: subject.functionName,
    canary: after,
    baseline,
    baselineHistory: before,
    synthetic: { invocations: 0, errors: 0 },
    alarmsInAlarm: [],
    consecutiveQueryFailures: 0,
    memorySource: 'none',
  };
  const comparison = errorComparison(samples, baseline, {
    alpha: ALPHA_ERRORS,
    holdMs: span.lengthMs,
    final: true,
    alphaTotals: ALPHA_ERROR_TOTALS,
  });
  const minutes = Math.round(span.lengthMs / MINUTE_MS);
  const named = comparison.summary
    .replace(/the baseline's/g, `v${subject.previous}'s`)
    .replace(/\bcanary\b/g, `v${subject.version}`)
    .replace(/\bbaseline\b/g, `v${subject.previous}`);
  const summary = `v${subject.version} over ${minutes} min since the promotion against v${subject.previous} over the ${minutes} min before it: ${named}`;
  return { worse: comparison.failed, summary, comparison };
}

/** Reads both versions' minutes (one GetMetricData call) and judges them. */
export async function checkBake(
  cloudWatch: CloudWatchClient,
  subject: BakeSubject,
  nowMs: number,
  logger: Logger,
): Promise<BakeVerdict> {
  const span = bakeSpan(subject.promotedAtMs, nowMs);
  if (span.lengthMs <= 0) return judgeBake(subject, span, [], []);
  const target = {
    functionName: subject.functionName,
    alias: subject.alias,
    canaryVersion: subject.version,
    baselineVersion: subject.previous,
    timeoutSeconds: 0,
    memorySizeMb: 0,
  };
  const series = await collectMetrics(
    cloudWatch,
    {
      targets: [target],
      window: { fromMs: span.beforeFromMs, untilMs: span.untilMs },
      latency: false,
      lambdaInsights: new Set(),
    },
    logger,
  );
  const found = series.get(subject.functionName);
  const after = found ? toMinuteSamples(found.canary, minuteStarts(span.afterFromMs, span.untilMs)) : [];
  const beforeUntil = span.beforeFromMs + span.lengthMs;
  const before = found?.baseline
    ? toMinuteSamples(found.baseline, minuteStarts(span.beforeFromMs, beforeUntil))
    : [];
  return judgeBake(subject, span, after, before);
}

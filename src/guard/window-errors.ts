/**
 * The schedule's trigger: errors on each watched function's alias over the longer window, every
 * function in one GetMetricData call (through the canary's own reader, so pages and unreadable
 * series are handled the same way).
 */
import type { CloudWatchClient, MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import { aliasErrorsSpec, metricQuery } from '../canary/metric-queries.js';
import { fetchMetricData } from '../canary/metrics.js';
import type { Logger } from '../logger.js';
import type { GuardSettings } from './settings.js';
import { MINUTE_MS } from '../util/time.js';

/** Five-minute sums: a 24-hour window is 288 datapoints a function. */
const PERIOD_SECONDS = 300;

export function windowErrorQueries(settings: GuardSettings): MetricDataQuery[] {
  return settings.functions.map((fn, i) =>
    metricQuery(`f${i}`, aliasErrorsSpec(fn, settings.alias), PERIOD_SECONDS),
  );
}

/** Errors per function over [now - window, now). */
export async function windowErrors(
  cloudWatch: CloudWatchClient,
  settings: GuardSettings,
  nowMs: number,
  logger: Logger,
): Promise<Record<string, number>> {
  const window = { fromMs: nowMs - settings.windowHours * 60 * MINUTE_MS, untilMs: nowMs };
  const { folded } = await fetchMetricData(cloudWatch, windowErrorQueries(settings), window, logger);
  const counts: Record<string, number> = {};
  settings.functions.forEach((fn, i) => {
    let sum = 0;
    for (const value of folded.get(`f${i}`)?.values() ?? []) sum += value;
    counts[fn] = sum;
  });
  return counts;
}

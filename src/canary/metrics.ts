/**
 * Reading Lambda's per-version metrics and your own (the `metrics` input): one GetMetricData call
 * per poll reads every watched function and both versions (more only past 500 queries, or when CloudWatch pages the answer).
 * CloudWatch bills GetMetricData per metric requested, so the window spans the whole canary every
 * poll: a datapoint that arrived late is picked up at no extra cost.
 */
import type { CloudWatchClient, MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import { sdk } from '../aws/sdk.js';
import { StackCanaryError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { FetchedMetrics, FoldedSeries, FunctionSeries } from './metric-queries.js';
import { buildQueries, chunk, foldResults, groupSeries, seriesFor } from './metric-queries.js';
import { floorToMinute } from './minutes.js';
import { customSeriesFor, groupCustom, serviceSeriesFor } from './custom-metric-queries.js';
import type { CustomMetric } from '../config/types.js';
import type { WatchTarget } from './types.js';

/** GetMetricData's limit on queries per call. */
export const MAX_QUERIES_PER_CALL = 500;
/** Bound on pages for one batch: a guard against a service that never stops paging. */
const MAX_PAGES = 100;

export interface MetricsWindow {
  /** Inclusive; floored to a minute. */
  readonly fromMs: number;
  /** Exclusive; floored to a minute. */
  readonly untilMs: number;
}

/**
 * Runs the queries over the window: batches of up to 500, each followed through its pages (the
 * SDK's paginator). Throws a StackCanaryError when CloudWatch reports a series as InternalError
 * or Forbidden: a poll with holes must not be read as health. The answer's Messages (for the call
 * and per series) are logged once each as warnings.
 */
export async function fetchMetricData(
  cloudWatch: CloudWatchClient,
  queries: readonly MetricDataQuery[],
  window: MetricsWindow,
  logger: Logger,
  warned: Set<string> = new Set(),
): Promise<FetchedMetrics> {
  const folded: FoldedSeries = new Map();
  const partial = new Set<string>();
  const warnOnce = (text: string): void => {
    if (warned.has(text)) return;
    warned.add(text);
    logger.warning(`GetMetricData: ${text}`);
  };
  const { paginateGetMetricData } = await sdk.cloudWatch();
  for (const batch of chunk(queries, MAX_QUERIES_PER_CALL)) {
    let pages = 0;
    let more = false;
    const paginator = paginateGetMetricData(
      { client: cloudWatch },
      {
        MetricDataQueries: batch,
        StartTime: new Date(floorToMinute(window.fromMs)),
        EndTime: new Date(floorToMinute(window.untilMs)),
        ScanBy: 'TimestampAscending',
      },
    );
    for await (const page of paginator) {
      for (const message of page.Messages ?? [])
        warnOnce(`${message.Code ?? ''} ${message.Value ?? ''}`.trim());
      const { problems, notes, statuses } = foldResults(page.MetricDataResults, folded);
      if (problems.length > 0) {
        throw new StackCanaryError('AWS_ERROR', `GetMetricData could not read ${problems.join(', ')}`);
      }
      for (const note of notes) warnOnce(note);
      for (const [id, status] of statuses) {
        if (status === 'PartialData') partial.add(id);
        else partial.delete(id);
      }
      pages += 1;
      more = Boolean(page.NextToken);
      if (pages >= MAX_PAGES) break;
    }
    if (more) {
      throw new StackCanaryError('AWS_ERROR', `GetMetricData was still paging after ${MAX_PAGES} pages`);
    }
  }
  return { folded, partial };
}

export interface MetricsRequest {
  readonly targets: readonly WatchTarget[];
  readonly window: MetricsWindow;
  /** Read Duration p99 (+ PR(:T), SampleCount where a target has a latency reference). */
  readonly latency: boolean;
  /** Functions (by WatchTarget.functionName) whose memory comes from Lambda Insights. */
  readonly lambdaInsights: ReadonlySet<string>;
  /** Your own metrics (the `metrics` input), read in the same call; default none. */
  readonly metrics?: readonly CustomMetric[];
  /** Read each alias's Invocations (all its versions together) in the same call too. */
  readonly aliasTraffic?: boolean;
}

/** Per-function, per-version series over the window (no call at all when the window is empty). */
export async function collectMetrics(
  cloudWatch: CloudWatchClient,
  request: MetricsRequest,
  logger: Logger,
  warned?: Set<string>,
): Promise<Map<string, FunctionSeries>> {
  const metrics = request.metrics ?? [];
  const specs = [
    ...request.targets.flatMap((target) => [
      ...seriesFor(target, {
        latency: request.latency,
        lambdaInsights: request.lambdaInsights.has(target.functionName),
        aliasTraffic: request.aliasTraffic === true,
      }),
      ...customSeriesFor(target, metrics),
    ]),
    ...(request.targets.length > 0 ? serviceSeriesFor(metrics) : []),
  ];
  const { queries, keys } = buildQueries(specs);
  const empty = floorToMinute(request.window.untilMs) <= floorToMinute(request.window.fromMs);
  const fetched: FetchedMetrics =
    empty || queries.length === 0
      ? { folded: new Map(), partial: new Set() }
      : await fetchMetricData(cloudWatch, queries, request.window, logger, warned);
  const grouped = groupSeries(fetched, keys, request.targets);
  if (metrics.length === 0) return grouped;
  const custom = groupCustom(fetched, keys, request.targets, metrics);
  for (const [name, series] of grouped) grouped.set(name, { ...series, custom: custom.get(name) ?? [] });
  return grouped;
}

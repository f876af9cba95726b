/**
 * The metrics collector: one GetMetricData call per poll reads every watched function and both
 * versions (more only past 500 queries, or when CloudWatch pages the answer with NextToken).
 * CloudWatch bills GetMetricData per metric requested, so the window spans the whole step every
 * poll: a datapoint that arrived late is picked up at no extra cost.
 */
import type { CloudWatchClient, GetMetricDataOutput, MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import { GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { StackCanaryError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { FoldedSeries, FunctionSeries } from './metric-queries.js';
import { buildQueries, chunk, foldResults, groupSeries, seriesFor } from './metric-queries.js';
import { floorToMinute } from './minutes.js';
import type { WatchTarget } from './types.js';

/** GetMetricData's limit on queries per call. */
export const MAX_QUERIES_PER_CALL = 500;
/** Bound on NextToken pages for one batch: a guard against a service that never stops paging. */
const MAX_PAGES = 100;

export interface MetricsWindow {
  /** Inclusive; floored to a minute. */
  readonly fromMs: number;
  /** Exclusive; floored to a minute. */
  readonly untilMs: number;
}

/**
 * Runs the queries over the window: batches of up to 500, each followed through its NextToken
 * pages (PartialData). Throws a StackCanaryError when CloudWatch reports a series as
 * InternalError or Forbidden: a poll with holes must not be read as health.
 */
export async function fetchMetricData(
  cloudWatch: Pick<CloudWatchClient, 'send'>,
  queries: readonly MetricDataQuery[],
  window: MetricsWindow,
  logger: Logger,
): Promise<FoldedSeries> {
  const folded: FoldedSeries = new Map();
  const startTime = new Date(floorToMinute(window.fromMs));
  const endTime = new Date(floorToMinute(window.untilMs));
  for (const batch of chunk(queries, MAX_QUERIES_PER_CALL)) {
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const page: GetMetricDataOutput = await cloudWatch.send(
        new GetMetricDataCommand({
          MetricDataQueries: batch,
          StartTime: startTime,
          EndTime: endTime,
          ScanBy: 'TimestampAscending',
          ...(nextToken === undefined ? {} : { NextToken: nextToken }),
        }),
      );
      for (const message of page.Messages ?? []) {
        logger.debug(`GetMetricData: ${message.Code ?? ''} ${message.Value ?? ''}`.trim());
      }
      const problems = foldResults(page.MetricDataResults, folded);
      if (problems.length > 0) {
        throw new StackCanaryError('AWS_ERROR', `GetMetricData could not read ${problems.join(', ')}`);
      }
      nextToken = page.NextToken || undefined;
      pages += 1;
    } while (nextToken !== undefined && pages < MAX_PAGES);
    if (nextToken !== undefined) {
      throw new StackCanaryError('AWS_ERROR', `GetMetricData was still paging after ${MAX_PAGES} pages`);
    }
  }
  return folded;
}

export interface MetricsRequest {
  readonly targets: readonly WatchTarget[];
  readonly window: MetricsWindow;
  /** Read Duration p99 (+ PR(:T), SampleCount where a target has a latency reference). */
  readonly latency: boolean;
  /** Functions (by WatchTarget.functionName) whose memory comes from Lambda Insights. */
  readonly lambdaInsights: ReadonlySet<string>;
}

/** Per-function, per-version series over the window (no call at all when the window is empty). */
export async function collectMetrics(
  cloudWatch: Pick<CloudWatchClient, 'send'>,
  request: MetricsRequest,
  logger: Logger,
): Promise<Map<string, FunctionSeries>> {
  const specs = request.targets.flatMap((target) =>
    seriesFor(target, {
      latency: request.latency,
      lambdaInsights: request.lambdaInsights.has(target.functionName),
    }),
  );
  const { queries, keys } = buildQueries(specs);
  const empty = floorToMinute(request.window.untilMs) <= floorToMinute(request.window.fromMs);
  const folded =
    empty || queries.length === 0
      ? new Map()
      : await fetchMetricData(cloudWatch, queries, request.window, logger);
  return groupSeries(folded, keys, request.targets);
}

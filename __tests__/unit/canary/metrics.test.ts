import { beforeEach, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import type { GetMetricDataCommandInput, MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { collectMetrics, fetchMetricData, MAX_QUERIES_PER_CALL } from '../../../src/canary/metrics.js';
import { buildQueries, seriesFor } from '../../../src/canary/metric-queries.js';
import { StackCanaryError } from '../../../src/errors.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';
import { min } from '../../helpers/canary-time.js';
import { metricDataFrom, perMinute, watchTarget as target } from '../../helpers/metric-data.js';

const cw = mockClient(CloudWatchClient);
const client = new CloudWatchClient({ region: 'eu-west-1' });

const queriesOf = (n: number): MetricDataQuery[] =>
  buildQueries(
    Array.from({ length: Math.ceil(n / 8) }, (_, i) =>
      seriesFor(target(`fn${i}`), { latency: true, lambdaInsights: false }),
    ).flat(),
  ).queries.slice(0, n);

describe('metrics collector', () => {
  beforeEach(() => {
    cw.reset();
  });

  it('GIVEN three functions WHEN a poll reads them THEN one GetMetricData call serves all functions and both versions', async () => {
    // GIVEN
    cw.on(GetMetricDataCommand).callsFake(
      metricDataFrom({
        'a/5/Invocations/Sum': perMinute({ 0: 10, 1: 12 }),
        'a/5/Errors/Sum': perMinute({ 1: 1 }),
        'a/4/Invocations/Sum': perMinute({ 0: 90, 1: 88 }),
        'b/5/Duration/p99': perMinute({ 0: 640 }),
        'c/5/Throttles/Sum': perMinute({ 1: 2 }),
      }),
    );
    const targets = [target('a'), target('b'), target('c', { baselineVersion: undefined })];
    // WHEN
    const series = await collectMetrics(
      client,
      {
        targets,
        window: { fromMs: min(0) + 17_000, untilMs: min(2) + 5_000 },
        latency: true,
        lambdaInsights: new Set(),
      },
      new MemoryLogger(),
    );
    // THEN
    expect(cw).toHaveReceivedCommandTimes(GetMetricDataCommand, 1);
    const input = cw.commandCalls(GetMetricDataCommand)[0]?.args[0].input;
    expect(input?.StartTime).toEqual(new Date(min(0)));
    expect(input?.EndTime).toEqual(new Date(min(2)));
    expect(input?.MetricDataQueries).toHaveLength(4 + 4 + 4 + 4 + 4);
    expect([...(series.get('a')?.canary.invocations ?? [])]).toEqual([
      [min(0), 10],
      [min(1), 12],
    ]);
    expect(series.get('a')?.canary.errors.get(min(1))).toBe(1);
    expect(series.get('a')?.baseline?.invocations.get(min(1))).toBe(88);
    expect(series.get('b')?.canary.durationP99?.get(min(0))).toBe(640);
    expect(series.get('c')?.canary.throttles.get(min(1))).toBe(2);
    expect(series.get('c')?.baseline).toBeUndefined();
  });

  it('GIVEN 1,100 queries WHEN fetched THEN three calls carry at most 500 queries each and every id is answered', async () => {
    cw.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => ({
      MetricDataResults: (input.MetricDataQueries ?? []).map((q) => ({
        Id: q.Id,
        Timestamps: [new Date(min(0))],
        Values: [1],
      })),
    }));
    const queries = queriesOf(1_100);
    const { folded } = await fetchMetricData(
      client,
      queries,
      { fromMs: min(0), untilMs: min(1) },
      new MemoryLogger(),
    );
    expect(cw).toHaveReceivedCommandTimes(GetMetricDataCommand, 3);
    const sizes = cw.commandCalls(GetMetricDataCommand).map((c) => c.args[0].input.MetricDataQueries?.length);
    expect(sizes).toEqual([MAX_QUERIES_PER_CALL, MAX_QUERIES_PER_CALL, 100]);
    expect(folded.size).toBe(1_100);
  });

  it('GIVEN PartialData with a NextToken WHEN fetched THEN the next page is read with the token and the minutes merge', async () => {
    cw.on(GetMetricDataCommand)
      .resolvesOnce({
        MetricDataResults: [
          { Id: 's0_invocations', StatusCode: 'PartialData', Timestamps: [new Date(min(0))], Values: [5] },
        ],
        NextToken: 'page-2',
        Messages: [{ Code: 'MaxMetricsExceeded', Value: 'more to come' }],
      })
      .resolvesOnce({
        MetricDataResults: [
          { Id: 's0_invocations', StatusCode: 'Complete', Timestamps: [new Date(min(1))], Values: [7] },
        ],
      });
    const logger = new MemoryLogger();
    const { folded, partial } = await fetchMetricData(
      client,
      queriesOf(1),
      { fromMs: min(0), untilMs: min(2) },
      logger,
    );
    expect(cw).toHaveReceivedCommandTimes(GetMetricDataCommand, 2);
    expect(cw).toHaveReceivedNthSpecificCommandWith(2, GetMetricDataCommand, { NextToken: 'page-2' });
    expect([...(folded.get('s0_invocations') ?? [])]).toEqual([
      [min(0), 5],
      [min(1), 7],
    ]);
    expect(logger.text('warning')).toContain('MaxMetricsExceeded more to come');
    expect(partial.size).toBe(0);
  });

  it('GIVEN a series still PartialData after the last page WHEN fetched THEN it is marked partial: its gaps are unknown, not zeros', async () => {
    cw.on(GetMetricDataCommand).resolves({
      MetricDataResults: [
        { Id: 's0_invocations', StatusCode: 'PartialData', Timestamps: [new Date(min(0))], Values: [5] },
      ],
    });
    const { partial } = await fetchMetricData(
      client,
      queriesOf(1),
      { fromMs: min(0), untilMs: min(2) },
      new MemoryLogger(),
    );
    expect([...partial]).toEqual(['s0_invocations']);
  });

  it('GIVEN a series CloudWatch could not read WHEN fetched THEN the poll fails instead of reading zeros', async () => {
    cw.on(GetMetricDataCommand).resolves({
      MetricDataResults: [{ Id: 's0_invocations', StatusCode: 'InternalError', Timestamps: [], Values: [] }],
    });
    await expect(
      fetchMetricData(client, queriesOf(1), { fromMs: min(0), untilMs: min(2) }, new MemoryLogger()),
    ).rejects.toThrow(StackCanaryError);
  });

  it('GIVEN an AWS error that survived the SDK retries WHEN fetched THEN it propagates to the observer', async () => {
    cw.on(GetMetricDataCommand).rejects(
      Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }),
    );
    await expect(
      fetchMetricData(client, queriesOf(1), { fromMs: min(0), untilMs: min(2) }, new MemoryLogger()),
    ).rejects.toThrow('Rate exceeded');
  });

  it('GIVEN no settled minute yet WHEN collected THEN no call is made and nothing is reported as zero traffic', async () => {
    const series = await collectMetrics(
      client,
      {
        targets: [target('a')],
        window: { fromMs: min(3), untilMs: min(3) },
        latency: true,
        lambdaInsights: new Set(),
      },
      new MemoryLogger(),
    );
    expect(cw).toHaveReceivedCommandTimes(GetMetricDataCommand, 0);
    expect(series.get('a')?.canary.invocations.size).toBe(0);
  });
});

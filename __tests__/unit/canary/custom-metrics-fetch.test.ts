/** Your own metrics ride in the poll's one GetMetricData call: per version with {version}, once without. */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import type { GetMetricDataCommandInput, MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { collectMetrics } from '../../../src/canary/metrics.js';
import { MetricsCollector } from '../../../src/canary/metrics-collector.js';
import type { CustomMetric } from '../../../src/config/types.js';
import { parseMetrics } from '../../../src/config/metrics-input.js';
import { nodeFileAccess } from '../../../src/config/files.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';
import { min } from '../../helpers/canary-time.js';
import { watchTarget as target } from '../../helpers/metric-data.js';

const cw = mockClient(CloudWatchClient);
const client = new CloudWatchClient({ region: 'eu-west-1' });

/** Parsed as the input reads them: a per-version count, a service-wide DLQ depth, a per-version expression. */
const [checkout, dlq, conversion] = parseMetrics(
  [
    '- { name: checkout-failures, namespace: Orders, metric-name: CheckoutFailed, dimensions: { Service: orders, Version: "{version}" }, statistic: Sum, direction: higher-is-worse, max: 5 }',
    '- { name: dlq-depth, namespace: AWS/SQS, metric-name: ApproximateNumberOfMessagesVisible, dimensions: { QueueName: orders-dlq }, statistic: Maximum, direction: higher-is-worse, max: 0 }',
    `- { name: conversion, expression: "SELECT SUM(Converted) FROM Orders WHERE Version = '{version}'", direction: lower-is-worse, compare: true }`,
  ].join('\n'),
  nodeFileAccess(process.cwd()),
) as [CustomMetric, CustomMetric, CustomMetric];

/** Answers each custom query with a value that says which query it was. */
function answer(input: GetMetricDataCommandInput) {
  const valueOf = (q: MetricDataQuery): number | undefined => {
    if (q.Expression !== undefined) return q.Expression.includes("'5'") ? 50 : 40;
    const dims = Object.fromEntries((q.MetricStat?.Metric?.Dimensions ?? []).map((d) => [d.Name, d.Value]));
    if (q.MetricStat?.Metric?.MetricName === 'CheckoutFailed') return dims['Version'] === '5' ? 7 : 3;
    if (q.MetricStat?.Metric?.MetricName === 'ApproximateNumberOfMessagesVisible') return 2;
    return undefined;
  };
  return {
    MetricDataResults: (input.MetricDataQueries ?? []).map((q) => {
      const value = valueOf(q);
      return {
        Id: q.Id,
        StatusCode: 'Complete' as const,
        Timestamps: value === undefined ? [] : [new Date(min(0))],
        Values: value === undefined ? [] : [value],
      };
    }),
  };
}

describe('custom metrics in the poll', () => {
  beforeEach(() => {
    cw.reset();
  });

  it('GIVEN {function} in the dimensions WHEN polled THEN each function reads its own series, per version', async () => {
    const [byFunction] = parseMetrics(
      '- { name: checkout-failures, namespace: Orders, metric-name: CheckoutFailed, dimensions: { Function: "{function}", Version: "{version}" }, statistic: Sum, direction: higher-is-worse, max: 5 }',
      nodeFileAccess(process.cwd()),
    ) as [CustomMetric];
    cw.on(GetMetricDataCommand).callsFake(answer);
    await collectMetrics(
      client,
      {
        targets: [target('a'), target('b', { baselineVersion: undefined })],
        window: { fromMs: min(0), untilMs: min(1) },
        latency: false,
        lambdaInsights: new Set(),
        metrics: [byFunction],
      },
      new MemoryLogger(),
    );
    const queries = cw.commandCalls(GetMetricDataCommand)[0]?.args[0].input.MetricDataQueries ?? [];
    const dimensions = queries
      .filter((q) => q.Id?.endsWith('_custom'))
      .map((q) => (q.MetricStat?.Metric?.Dimensions ?? []).map((d) => `${d.Name}=${d.Value}`).join(','));
    expect(dimensions).toEqual(['Function=a,Version=5', 'Function=a,Version=4', 'Function=b,Version=5']);
  });

  it('GIVEN two functions WHEN polled THEN one call reads each per-version metric for each version and a service-wide one once', async () => {
    cw.on(GetMetricDataCommand).callsFake(answer);
    const series = await collectMetrics(
      client,
      {
        targets: [target('a'), target('b', { baselineVersion: undefined })],
        window: { fromMs: min(0), untilMs: min(1) },
        latency: false,
        lambdaInsights: new Set(),
        metrics: [checkout, dlq, conversion],
      },
      new MemoryLogger(),
    );
    expect(cw).toHaveReceivedCommandTimes(GetMetricDataCommand, 1);
    const queries = cw.commandCalls(GetMetricDataCommand)[0]?.args[0].input.MetricDataQueries ?? [];
    const custom = queries.filter((q) => q.Id?.endsWith('_custom'));
    // a: 2 versions x 2 per-version metrics; b: 1 version x 2; the DLQ once.
    expect(custom).toHaveLength(4 + 2 + 1);
    expect(
      custom.filter((q) => q.MetricStat?.Metric?.MetricName === 'ApproximateNumberOfMessagesVisible'),
    ).toHaveLength(1);
    expect(custom.find((q) => q.Expression !== undefined)).toEqual({
      Id: expect.stringMatching(/_custom$/),
      Expression: "SELECT SUM(Converted) FROM Orders WHERE Version = '5'",
      Period: 60,
      ReturnData: true,
    });
    expect(custom[0]?.MetricStat).toEqual({
      Metric: {
        Namespace: 'Orders',
        MetricName: 'CheckoutFailed',
        Dimensions: [
          { Name: 'Service', Value: 'orders' },
          { Name: 'Version', Value: '5' },
        ],
      },
      Period: 60,
      Stat: 'Sum',
    });
    const [a1, a2, a3] = series.get('a')?.custom ?? [];
    expect([a1?.metric.name, a1?.canary.get(min(0)), a1?.baseline?.get(min(0))]).toEqual([
      'checkout-failures',
      7,
      3,
    ]);
    expect([a2?.metric.name, a2?.canary.get(min(0)), a2?.baseline]).toEqual(['dlq-depth', 2, undefined]);
    expect([a3?.canary.get(min(0)), a3?.baseline?.get(min(0))]).toEqual([50, 40]);
    const [b1, b2] = series.get('b')?.custom ?? [];
    expect([b1?.canary.get(min(0)), b1?.baseline]).toEqual([7, undefined]);
    expect(b2?.canary.get(min(0))).toBe(2);
  });
});

describe('custom metrics in the collector', () => {
  beforeEach(() => {
    cw.reset();
  });

  it('GIVEN the old version published the metric before the step WHEN a poll reads the run THEN the samples hold both versions by minute, the history, and no datapoint as undefined', async () => {
    // The old version's counts in the 30 minutes before the step; the canary's in the step's minutes 0 and 2.
    cw.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => ({
      MetricDataResults: (input.MetricDataQueries ?? []).map((q) => {
        const dims = Object.fromEntries(
          (q.MetricStat?.Metric?.Dimensions ?? []).map((d) => [d.Name, d.Value]),
        );
        const name = q.MetricStat?.Metric?.MetricName;
        const points: [number, number][] =
          name === 'ApproximateNumberOfMessagesVisible'
            ? [
                [min(-10), 1],
                [min(1), 6],
              ]
            : name !== 'CheckoutFailed'
              ? []
              : dims['Version'] === '4'
                ? [
                    [min(-10), 3],
                    [min(1), 4],
                  ]
                : [
                    [min(0), 2],
                    [min(2), 5],
                  ];
        return {
          Id: q.Id,
          StatusCode: 'Complete' as const,
          Timestamps: points.map(([t]) => new Date(t)),
          Values: points.map(([, v]) => v),
        };
      }),
    }));
    const collector = new MetricsCollector(client, {
      logger: new MemoryLogger(),
      latency: false,
      baselineHistory: true,
      lambdaInsights: () => false,
      memoryOf: () => undefined,
      metrics: [checkout, dlq],
    });
    const a = target('a');
    const step = { index: 0, weight: 0.1, startMs: min(0), untilMs: min(10) };
    const run = { targets: [a], fromMs: min(0), steps: [step] };
    await collector.beginStep(run, step);
    expect(await collector.poll(run, min(6))).toEqual([]);
    const [custom] = collector.samples(a).custom ?? [];
    expect(custom?.metric.name).toBe('checkout-failures');
    expect(custom?.canary.map((m) => m.value)).toEqual([2, undefined, 5]);
    expect(custom?.baseline?.map((m) => m.value)).toEqual([undefined, 4, undefined]);
    expect(custom?.history).toHaveLength(30);
    expect(custom?.history?.find((m) => m.start === min(-10))?.value).toBe(3);
    // The service-wide DLQ depth: the whole service's minutes, and its own minutes before the step
    const [, wide] = collector.samples(a).custom ?? [];
    expect(wide?.baseline).toBeUndefined();
    expect(wide?.canary.map((m) => m.value)).toEqual([undefined, 6, undefined]);
    expect(wide?.history).toHaveLength(30);
    expect(wide?.history?.find((m) => m.start === min(-10))?.value).toBe(1);
  });
});

/** Your own metrics ride in the poll's one GetMetricData call: per version with {version}, once without. */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import type { GetMetricDataCommandInput, MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { collectMetrics } from '../../../src/canary/metrics.js';
import type { CustomMetric } from '../../../src/config/types.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';
import { min } from '../../helpers/canary-time.js';
import { watchTarget as target } from '../../helpers/metric-data.js';

const cw = mockClient(CloudWatchClient);
const client = new CloudWatchClient({ region: 'eu-west-1' });

const checkout: CustomMetric = {
  name: 'checkout-failures',
  source: {
    kind: 'metric',
    namespace: 'Orders',
    metricName: 'CheckoutFailed',
    dimensions: [
      { name: 'Service', value: 'orders' },
      { name: 'Version', value: '{version}' },
    ],
    statistic: 'Sum',
  },
  direction: 'higher-is-worse',
  max: 5,
  min: undefined,
  compare: true,
  rateOf: 'Invocations',
  perVersion: true,
};
const dlq: CustomMetric = {
  ...checkout,
  name: 'dlq-depth',
  source: {
    kind: 'metric',
    namespace: 'AWS/SQS',
    metricName: 'ApproximateNumberOfMessagesVisible',
    dimensions: [{ name: 'QueueName', value: 'orders-dlq' }],
    statistic: 'Maximum',
  },
  compare: false,
  rateOf: undefined,
  perVersion: false,
};
const conversion: CustomMetric = {
  ...checkout,
  name: 'conversion',
  source: { kind: 'expression', expression: "SELECT SUM(Converted) FROM Orders WHERE Version = '{version}'" },
};

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
  beforeEach(() => cw.reset());

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

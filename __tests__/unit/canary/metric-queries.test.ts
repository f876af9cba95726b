import { describe, expect, it } from '@jest/globals';
import type { MetricDataResult } from '@aws-sdk/client-cloudwatch';
import type { FoldedSeries, VersionSeries } from '../../../src/canary/metric-queries.js';
import {
  buildQueries,
  chunk,
  foldResults,
  groupSeries,
  percentileRankStat,
  plainFunctionName,
  QUERY_ID_PATTERN,
  seriesFor,
  slowCountOf,
  toMinuteSamples,
} from '../../../src/canary/metric-queries.js';
import type { WatchTarget } from '../../../src/canary/types.js';
import { min } from '../../helpers/canary-time.js';
import { watchTarget } from '../../helpers/metric-data.js';
import { sampleAt } from '../../helpers/judge-fixtures.js';

const target = (overrides: Partial<WatchTarget> = {}): WatchTarget =>
  watchTarget('orders-api-OrdersFunction-1X2Y', overrides);

describe('query building', () => {
  it('GIVEN a function with both versions WHEN its series are built THEN counts are Sum and Duration p99, per version, with the alias dimensions', () => {
    const specs = seriesFor(target(), { latency: true, lambdaInsights: false });
    expect(specs.map((s) => `${s.key.role}/${s.metricName}/${s.stat}`)).toEqual([
      'canary/Invocations/Sum',
      'canary/Errors/Sum',
      'canary/Throttles/Sum',
      'canary/Duration/p99',
      'baseline/Invocations/Sum',
      'baseline/Errors/Sum',
      'baseline/Throttles/Sum',
      'baseline/Duration/p99',
    ]);
    expect(new Set(specs.map((s) => s.namespace))).toEqual(new Set(['AWS/Lambda']));
    expect(specs[0]?.dimensions).toEqual([
      { Name: 'FunctionName', Value: 'orders-api-OrdersFunction-1X2Y' },
      { Name: 'Resource', Value: 'orders-api-OrdersFunction-1X2Y:live' },
      { Name: 'ExecutedVersion', Value: '5' },
    ]);
    expect(specs[4]?.dimensions[2]).toEqual({ Name: 'ExecutedVersion', Value: '4' });
  });

  it('GIVEN a latency reference WHEN series are built THEN PR(:T) and SampleCount of Duration are read too', () => {
    const specs = seriesFor(target({ latencyReferenceMs: 250.25, baselineVersion: undefined }), {
      latency: true,
      lambdaInsights: false,
    });
    expect(specs.map((s) => s.stat)).toEqual(['Sum', 'Sum', 'Sum', 'p99', 'PR(:250.25)', 'SampleCount']);
    expect(percentileRankStat(100)).toBe('PR(:100)');
  });

  it('GIVEN latency off WHEN series are built THEN no p99 is asked for, and PR(:T) only with a reference', () => {
    const plain = seriesFor(target(), { latency: false, lambdaInsights: false });
    expect(plain.some((s) => s.metricName === 'Duration')).toBe(false);
    expect(plain).toHaveLength(6);
    const withReference = seriesFor(target({ latencyReferenceMs: 200 }), {
      latency: false,
      lambdaInsights: false,
    });
    expect(withReference.filter((s) => s.metricName === 'Duration').map((s) => s.stat)).toEqual([
      'PR(:200)',
      'SampleCount',
      'PR(:200)',
      'SampleCount',
    ]);
  });

  it('GIVEN Lambda Insights WHEN series are built THEN memory_utilization Maximum is read per function_name + version', () => {
    const specs = seriesFor(target(), { latency: false, lambdaInsights: true });
    const memory = specs.filter((s) => s.key.field === 'memoryUtilization');
    expect(memory.map((s) => [s.namespace, s.metricName, s.stat, s.dimensions])).toEqual([
      [
        'LambdaInsights',
        'memory_utilization',
        'Maximum',
        [
          { Name: 'function_name', Value: 'orders-api-OrdersFunction-1X2Y' },
          { Name: 'version', Value: '5' },
        ],
      ],
      [
        'LambdaInsights',
        'memory_utilization',
        'Maximum',
        [
          { Name: 'function_name', Value: 'orders-api-OrdersFunction-1X2Y' },
          { Name: 'version', Value: '4' },
        ],
      ],
    ]);
  });

  it('GIVEN a function named by ARN WHEN dimensions are built THEN they carry the plain name', () => {
    expect(plainFunctionName('arn:aws:lambda:eu-west-1:123456789012:function:orders:live')).toBe('orders');
    expect(plainFunctionName('orders')).toBe('orders');
    const specs = seriesFor(
      target({ functionName: 'arn:aws:lambda:eu-west-1:123456789012:function:orders' }),
      {
        latency: false,
        lambdaInsights: false,
      },
    );
    expect(specs[0]?.dimensions[1]).toEqual({ Name: 'Resource', Value: 'orders:live' });
  });

  it('GIVEN function names with dashes and dots WHEN queries are built THEN every id is valid, unique, with period 60', () => {
    const specs = [
      ...seriesFor(target({ functionName: 'My-Func.v2', latencyReferenceMs: 80 }), {
        latency: true,
        lambdaInsights: true,
      }),
      ...seriesFor(target({ functionName: 'other_fn' }), { latency: true, lambdaInsights: false }),
    ];
    const { queries, keys } = buildQueries(specs);
    const ids = queries.map((q) => q.Id ?? '');
    for (const id of ids) expect(id).toMatch(QUERY_ID_PATTERN);
    expect(new Set(ids).size).toBe(specs.length);
    expect(new Set(queries.map((q) => q.MetricStat?.Period))).toEqual(new Set([60]));
    expect(keys.get(ids[0] ?? '')).toEqual({
      functionName: 'My-Func.v2',
      version: '5',
      role: 'canary',
      field: 'invocations',
    });
  });

  it('chunks a list into batches of at most n', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});

describe('result folding', () => {
  const result = (
    id: string,
    points: [number, number][],
    extra: Partial<MetricDataResult> = {},
  ): MetricDataResult => ({
    Id: id,
    Timestamps: points.map(([t]) => new Date(t)),
    Values: points.map(([, v]) => v),
    StatusCode: 'Complete',
    ...extra,
  });

  it('GIVEN a series split over two pages (PartialData) WHEN folded THEN the minutes are merged', () => {
    const into: FoldedSeries = new Map();
    const first = foldResults([result('a', [[min(0), 3]], { StatusCode: 'PartialData' })], into);
    expect(first.problems).toEqual([]);
    expect(first.statuses.get('a')).toBe('PartialData');
    expect(foldResults([result('a', [[min(1), 4]])], into).statuses.get('a')).toBe('Complete');
    expect([...(into.get('a') ?? [])]).toEqual([
      [min(0), 3],
      [min(1), 4],
    ]);
  });

  it('GIVEN a series reported Forbidden WHEN folded THEN it is a problem, not an empty series', () => {
    const into: FoldedSeries = new Map();
    const { problems } = foldResults(
      [result('a', [], { StatusCode: 'Forbidden', Messages: [{ Code: 'Forbidden', Value: 'no access' }] })],
      into,
    );
    expect(problems).toEqual(['a: Forbidden (Forbidden no access)']);
    expect(into.has('a')).toBe(false);
  });

  it('GIVEN a series read with a message WHEN folded THEN the message is kept for the log', () => {
    const page = foldResults(
      [result('a', [[min(0), 1]], { Messages: [{ Code: 'ArithmeticError', Value: 'division by zero' }] })],
      new Map(),
    );
    expect(page.notes).toEqual(['a: ArithmeticError division by zero']);
  });

  it('GIVEN Lambda Insights percent WHEN grouped THEN memory is a ratio, and a function without a baseline has none', () => {
    const t1 = target({ functionName: 'f1' });
    const t2 = target({ functionName: 'f2', baselineVersion: undefined });
    const specs = [
      ...seriesFor(t1, { latency: false, lambdaInsights: true }),
      ...seriesFor(t2, { latency: false, lambdaInsights: false }),
    ];
    const { queries, keys } = buildQueries(specs);
    const folded: FoldedSeries = new Map();
    const memoryId = queries.find((q) => q.Id?.endsWith('memoryUtilization'))?.Id ?? '';
    const invocationsF2 =
      queries.find((q) => q.Id?.endsWith('invocations') && keys.get(q.Id)?.functionName === 'f2')?.Id ?? '';
    folded.set(memoryId, new Map([[min(0), 72]]));
    folded.set(invocationsF2, new Map([[min(0), 9]]));
    const grouped = groupSeries({ folded, partial: new Set() }, keys, [t1, t2]);
    expect(grouped.get('f1')?.canary.memoryUtilization?.get(min(0))).toBeCloseTo(0.72);
    expect(grouped.get('f1')?.baseline?.memoryUtilization?.size).toBe(0);
    expect(grouped.get('f2')?.baseline).toBeUndefined();
    expect(grouped.get('f2')?.canary.invocations.get(min(0))).toBe(9);
    expect(grouped.get('f2')?.canary.durationP99).toBeUndefined();
  });
});

describe('minute samples', () => {
  const series = (overrides: Partial<VersionSeries> = {}): VersionSeries => ({
    invocations: new Map([
      [min(0), 100],
      [min(2), 50],
    ]),
    errors: new Map([
      [min(0), 0],
      [min(2), 2],
    ]),
    throttles: new Map(),
    partial: false,
    durationP99: new Map([[min(0), 812]]),
    durationAtOrBelowRef: new Map([[min(0), 97]]),
    durationCount: new Map([[min(0), 100]]),
    memoryUtilization: undefined,
    ...overrides,
  });

  it('GIVEN a minute with no traffic and Errors published with every minute that had some WHEN sampled THEN the quiet minute counts 0 and Duration is unknown', () => {
    const samples = toMinuteSamples(series(), [min(0), min(1), min(2)]);
    expect(samples).toEqual([
      sampleAt(min(0), { invocations: 100, durationP99Ms: 812, slowCount: 3 }),
      sampleAt(min(1)),
      sampleAt(min(2), { invocations: 50, errors: 2 }),
    ]);
  });

  it('GIVEN invocations without an Errors datapoint, or Errors without invocations WHEN sampled THEN those minutes are missing, not healthy', () => {
    const samples = toMinuteSamples(
      series({
        invocations: new Map([
          [min(0), 100],
          [min(2), 50],
        ]),
        errors: new Map([[min(1), 3]]),
      }),
      [min(0), min(1), min(2), min(3)],
    );
    expect(samples.map((m) => [m.errors, m.errorsMissing])).toEqual([
      [0, true],
      [3, true],
      [0, true],
      [0, undefined],
    ]);
  });

  it('GIVEN an answer that stayed PartialData WHEN sampled THEN every minute without an Errors datapoint is missing', () => {
    const samples = toMinuteSamples(
      series({ invocations: new Map(), errors: new Map([[min(1), 0]]), partial: true }),
      [min(0), min(1)],
    );
    expect(samples.map((m) => m.errorsMissing)).toEqual([true, undefined]);
  });

  it('GIVEN memory from the REPORT lines WHEN sampled THEN it overrides the series’ own', () => {
    const samples = toMinuteSamples(
      series({ memoryUtilization: new Map([[min(0), 0.1]]) }),
      [min(0)],
      new Map([[min(0), 0.5]]),
    );
    expect(samples[0]?.memoryUtilization).toBe(0.5);
  });

  it('derives slow requests from PR(:T) and SampleCount, and nothing from one alone', () => {
    expect(slowCountOf(95, 200)).toBe(10);
    expect(slowCountOf(100, 200)).toBe(0);
    expect(slowCountOf(undefined, 200)).toBeUndefined();
    expect(slowCountOf(90, undefined)).toBeUndefined();
  });
});

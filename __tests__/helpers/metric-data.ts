/** GIVENs for the canary/ unit tests: watch targets, and GetMetricData answered from a table. */
import type { GetMetricDataCommandInput } from '@aws-sdk/client-cloudwatch';
import type { WatchTarget } from '../../src/canary/types.js';
import { min } from './canary-time.js';

export function watchTarget(functionName: string, overrides: Partial<WatchTarget> = {}): WatchTarget {
  return {
    functionName,
    alias: 'live',
    canaryVersion: '5',
    baselineVersion: '4',
    timeoutSeconds: 3,
    memorySizeMb: 128,
    ...overrides,
  };
}

/** Datapoints keyed `function/version/metric/stat`: [time, value] pairs. */
export type MetricPoints = Record<string, [number, number][]>;

/** `{ 0: 10, 1: 12 }` → the points 10 at min(0) and 12 at min(1). */
export const perMinute = (values: Record<number, number>): [number, number][] =>
  Object.entries(values).map(([n, value]) => [min(Number(n)), value]);

/** GetMetricData answered from a table keyed `function/version/metric/stat` (any namespace). */
export function metricDataFrom(points: MetricPoints) {
  return (input: GetMetricDataCommandInput) => ({
    MetricDataResults: (input.MetricDataQueries ?? []).map((q) => {
      const dims = Object.fromEntries((q.MetricStat?.Metric?.Dimensions ?? []).map((d) => [d.Name, d.Value]));
      const fn = dims['FunctionName'] ?? dims['function_name'];
      const version = dims['ExecutedVersion'] ?? dims['version'] ?? dims['Version'];
      const found =
        points[`${fn}/${version}/${q.MetricStat?.Metric?.MetricName}/${q.MetricStat?.Stat}`] ?? [];
      return {
        Id: q.Id,
        StatusCode: 'Complete' as const,
        Timestamps: found.map(([t]) => new Date(t)),
        Values: found.map(([, v]) => v),
      };
    }),
  });
}

/**
 * Pure helpers for the metrics collector: which CloudWatch series a poll reads (query building)
 * and how the answers become per-version minute samples (result folding). No I/O here.
 *
 * Per-version figures come from the `AWS/Lambda` metrics Lambda publishes for an alias with the
 * dimensions FunctionName + Resource (`function:alias`) + ExecutedVersion. Invocations and Errors
 * are per-invocation indicators: a minute with invocations has an Errors datapoint, zero included,
 * so a minute with one and not the other is missing data, never a healthy minute. A minute with
 * neither had no traffic (0). Throttles are read as 0 when absent. A missing Duration datapoint
 * is "no information", never "fast".
 */
import type { Dimension, MetricDataQuery, MetricDataResult } from '@aws-sdk/client-cloudwatch';
import type { CustomMetric } from '../config/types.js';
import type { MinuteSample, WatchTarget } from './types.js';
import { floorToMinute } from './minutes.js';

export type VersionRole = 'canary' | 'baseline';

export type SeriesField =
  | 'invocations'
  | 'errors'
  | 'throttles'
  | 'durationP99'
  /** PR(:T): percentage (0..100) of requests with Duration <= T. */
  | 'durationAtOrBelowRef'
  | 'durationCount'
  /** Lambda Insights memory_utilization, percent. */
  | 'memoryUtilization'
  /** One of your own metrics (the `metrics` input), named by SeriesKey.metric. */
  | 'custom'
  /** The alias's Invocations, all its versions together: every call the alias serves. */
  | 'aliasInvocations';

/** Which function / version / figure one query reads. */
export interface SeriesKey {
  readonly functionName: string;
  readonly version: string;
  readonly role: VersionRole;
  readonly field: SeriesField;
  /** The custom metric's name (field `custom`). */
  readonly metric?: string;
}

export interface SeriesSpec {
  readonly key: SeriesKey;
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: readonly Dimension[];
  readonly stat: string;
  /** Metric math read instead of the metric (namespace, name, dimensions and stat are then unused). */
  readonly expression?: string;
}

export interface SeriesOptions {
  /** Read Duration p99. (PR(:T) + SampleCount are read whenever the target has a latency reference.) */
  readonly latency: boolean;
  /** Read memory from Lambda Insights (the function has the extension layer). */
  readonly lambdaInsights: boolean;
  /** Read the alias's Invocations (all versions together) too. */
  readonly aliasTraffic?: boolean;
}

/** The one period every query uses: minutes, to match the judge's MinuteSample. */
export const PERIOD_SECONDS = 60;

const LAMBDA_NAMESPACE = 'AWS/Lambda';
const INSIGHTS_NAMESPACE = 'LambdaInsights';

/** A function name from a name or an ARN (`arn:aws:lambda:r:a:function:name[:qualifier]`). */
export function plainFunctionName(nameOrArn: string): string {
  const parts = nameOrArn.split(':');
  if (parts[0] === 'arn' && parts[5] === 'function' && parts[6]) return parts[6];
  return nameOrArn;
}

/** The dimensions Lambda publishes an alias's metrics under (all its versions together). */
export function lambdaAliasDimensions(functionName: string, alias: string): Dimension[] {
  return [
    { Name: 'FunctionName', Value: functionName },
    { Name: 'Resource', Value: `${functionName}:${alias}` },
  ];
}

/** The dimensions Lambda publishes per-version metrics of an alias under. */
export function lambdaVersionDimensions(functionName: string, alias: string, version: string): Dimension[] {
  return [...lambdaAliasDimensions(functionName, alias), { Name: 'ExecutedVersion', Value: version }];
}

/** A metric as a query reads it: what buildQueries makes of a spec without an expression. */
export type MetricSpec = Pick<SeriesSpec, 'namespace' | 'metricName' | 'dimensions' | 'stat'>;

/** An alias's errors, all its versions together (the guard's longer window). */
export function aliasErrorsSpec(functionName: string, alias: string): MetricSpec {
  const dimensions = lambdaAliasDimensions(plainFunctionName(functionName), alias);
  return { namespace: LAMBDA_NAMESPACE, metricName: 'Errors', dimensions, stat: 'Sum' };
}

/** One GetMetricData query of a metric, at `periodSeconds` (default: the canary's minutes). */
export function metricQuery(id: string, spec: MetricSpec, periodSeconds = PERIOD_SECONDS): MetricDataQuery {
  return {
    Id: id,
    MetricStat: {
      Metric: { Namespace: spec.namespace, MetricName: spec.metricName, Dimensions: [...spec.dimensions] },
      Period: periodSeconds,
      Stat: spec.stat,
    },
    ReturnData: true,
  };
}

/** `PR(:T)` with T in ms, as CloudWatch spells percentile-rank statistics. */
export function percentileRankStat(referenceMs: number): string {
  const t = Math.round(referenceMs * 1000) / 1000;
  return `PR(:${t})`;
}

export function versionsOf(target: WatchTarget): { role: VersionRole; version: string }[] {
  const list: { role: VersionRole; version: string }[] = [{ role: 'canary', version: target.canaryVersion }];
  if (target.baselineVersion !== undefined) list.push({ role: 'baseline', version: target.baselineVersion });
  return list;
}

/** Every series one target needs for both versions. */
export function seriesFor(target: WatchTarget, options: SeriesOptions): SeriesSpec[] {
  const functionName = plainFunctionName(target.functionName);
  const specs: SeriesSpec[] = [];
  if (options.aliasTraffic === true) {
    specs.push({
      key: {
        functionName: target.functionName,
        version: target.alias,
        role: 'baseline',
        field: 'aliasInvocations',
      },
      namespace: LAMBDA_NAMESPACE,
      metricName: 'Invocations',
      dimensions: lambdaAliasDimensions(functionName, target.alias),
      stat: 'Sum',
    });
  }
  for (const { role, version } of versionsOf(target)) {
    const dimensions = lambdaVersionDimensions(functionName, target.alias, version);
    const lambda = (field: SeriesField, metricName: string, stat: string): SeriesSpec => ({
      key: { functionName: target.functionName, version, role, field },
      namespace: LAMBDA_NAMESPACE,
      metricName,
      dimensions,
      stat,
    });
    specs.push(lambda('invocations', 'Invocations', 'Sum'));
    specs.push(lambda('errors', 'Errors', 'Sum'));
    specs.push(lambda('throttles', 'Throttles', 'Sum'));
    if (options.latency) specs.push(lambda('durationP99', 'Duration', 'p99'));
    // The slow-request comparison reads PR(:T) wherever a reference T was found for the step.
    if (target.latencyReferenceMs !== undefined) {
      specs.push(lambda('durationAtOrBelowRef', 'Duration', percentileRankStat(target.latencyReferenceMs)));
      specs.push(lambda('durationCount', 'Duration', 'SampleCount'));
    }
    if (options.lambdaInsights) {
      specs.push({
        key: { functionName: target.functionName, version, role, field: 'memoryUtilization' },
        namespace: INSIGHTS_NAMESPACE,
        metricName: 'memory_utilization',
        dimensions: [
          { Name: 'function_name', Value: functionName },
          { Name: 'version', Value: version },
        ],
        stat: 'Maximum',
      });
    }
  }
  return specs;
}

/** A valid query id: starts lowercase, then [a-zA-Z0-9_] only. */
export const QUERY_ID_PATTERN = /^[a-z][a-zA-Z0-9_]*$/;

/**
 * GetMetricData queries for the specs, with ids `s<index>_<field>` (valid whatever the function
 * is called) and the map id → series that folding needs.
 */
export function buildQueries(specs: readonly SeriesSpec[]): {
  queries: MetricDataQuery[];
  keys: Map<string, SeriesKey>;
} {
  const queries: MetricDataQuery[] = [];
  const keys = new Map<string, SeriesKey>();
  specs.forEach((spec, index) => {
    const id = `s${index}_${spec.key.field}`;
    keys.set(id, spec.key);
    if (spec.expression !== undefined) {
      queries.push({ Id: id, Expression: spec.expression, Period: PERIOD_SECONDS, ReturnData: true });
      return;
    }
    queries.push(metricQuery(id, spec));
  });
  return { queries, keys };
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Values per query id, per minute start (epoch ms). */
export type FoldedSeries = Map<string, Map<number, number>>;

/** What a poll's GetMetricData pages gave, all pages folded. */
export interface FetchedMetrics {
  readonly folded: FoldedSeries;
  /** Query ids whose answer was still PartialData after the last page: their gaps are unknown, not zero. */
  readonly partial: ReadonlySet<string>;
}

export interface FoldedPage {
  /** Series CloudWatch could not read (InternalError / Forbidden): such a poll cannot be trusted. */
  readonly problems: string[];
  /** Messages CloudWatch attached to a series it did read, for the log. */
  readonly notes: string[];
  /** The StatusCode of each series on this page. */
  readonly statuses: Map<string, string>;
}

/**
 * Adds one page of results to `into` (pages of one query id are merged: PartialData spreads a
 * series over NextToken pages).
 */
export function foldResults(
  results: readonly MetricDataResult[] | undefined,
  into: FoldedSeries,
): FoldedPage {
  const page: FoldedPage = { problems: [], notes: [], statuses: new Map() };
  for (const result of results ?? []) {
    const id = result.Id;
    if (id === undefined) continue;
    const detail = (result.Messages ?? []).map((m) => `${m.Code ?? ''} ${m.Value ?? ''}`.trim()).join('; ');
    if (result.StatusCode === 'InternalError' || result.StatusCode === 'Forbidden') {
      page.problems.push(`${id}: ${result.StatusCode}${detail ? ` (${detail})` : ''}`);
      continue;
    }
    if (detail) page.notes.push(`${id}: ${detail}`);
    page.statuses.set(id, result.StatusCode ?? 'Complete');
    const series = into.get(id) ?? new Map<number, number>();
    into.set(id, series);
    const timestamps = result.Timestamps ?? [];
    const values = result.Values ?? [];
    timestamps.forEach((timestamp, i) => {
      const value = values[i];
      if (value === undefined || !Number.isFinite(value)) return;
      series.set(floorToMinute(new Date(timestamp).getTime()), value);
    });
  }
  return page;
}

/** The series of one version of one function, keyed by minute start; undefined = not read. */
export interface VersionSeries {
  readonly invocations: ReadonlyMap<number, number>;
  readonly errors: ReadonlyMap<number, number>;
  readonly throttles: ReadonlyMap<number, number>;
  readonly durationP99: ReadonlyMap<number, number> | undefined;
  readonly durationAtOrBelowRef: ReadonlyMap<number, number> | undefined;
  readonly durationCount: ReadonlyMap<number, number> | undefined;
  /** Ratio 0..1 (Lambda Insights' percent / 100). */
  readonly memoryUtilization: ReadonlyMap<number, number> | undefined;
  /** A count series (Invocations, Errors, Throttles) stayed PartialData: its gaps are unknown. */
  readonly partial: boolean;
}

export interface FunctionSeries {
  readonly canary: VersionSeries;
  readonly baseline: VersionSeries | undefined;
  /** Your own metrics (the `metrics` input), in the input's order. */
  readonly custom?: readonly CustomValues[];
  /** Every call the alias served, by minute (read where asked: aliasTraffic). */
  readonly aliasInvocations?: ReadonlyMap<number, number>;
}

/** One custom metric's values by minute start: the canary's (the whole service's when not per version) and the old version's. */
export interface CustomValues {
  readonly metric: CustomMetric;
  readonly canary: ReadonlyMap<number, number>;
  /** undefined: a service-wide metric, or no old version. */
  readonly baseline: ReadonlyMap<number, number> | undefined;
}

/**
 * Regroups folded values by function and version. A series that was asked for but came back
 * without values is an empty map (counts: zero; the rest: no information).
 */
export function groupSeries(
  fetched: FetchedMetrics,
  keys: ReadonlyMap<string, SeriesKey>,
  targets: readonly WatchTarget[],
): Map<string, FunctionSeries> {
  const { folded } = fetched;
  type Mutable = Partial<Record<SeriesField, Map<number, number>>> & { partial?: boolean };
  const byVersion = new Map<string, Mutable>();
  const counts: readonly SeriesField[] = ['invocations', 'errors', 'throttles'];
  const slot = (functionName: string, role: VersionRole): string => `${role}\u0000${functionName}`;
  const aliasTraffic = new Map<string, ReadonlyMap<number, number>>();
  for (const [id, key] of keys) {
    if (key.field === 'custom') continue;
    if (key.field === 'aliasInvocations') {
      aliasTraffic.set(key.functionName, folded.get(id) ?? new Map<number, number>());
      continue;
    }
    const fields = byVersion.get(slot(key.functionName, key.role)) ?? {};
    byVersion.set(slot(key.functionName, key.role), fields);
    const values = folded.get(id) ?? new Map<number, number>();
    if (fetched.partial.has(id) && counts.includes(key.field)) fields.partial = true;
    fields[key.field] =
      key.field === 'memoryUtilization' ? new Map([...values].map(([t, v]) => [t, v / 100])) : values;
  }
  const toSeries = (fields: Mutable | undefined): VersionSeries => ({
    invocations: fields?.invocations ?? new Map(),
    errors: fields?.errors ?? new Map(),
    throttles: fields?.throttles ?? new Map(),
    durationP99: fields?.durationP99,
    durationAtOrBelowRef: fields?.durationAtOrBelowRef,
    durationCount: fields?.durationCount,
    memoryUtilization: fields?.memoryUtilization,
    partial: fields?.partial ?? false,
  });
  const grouped = new Map<string, FunctionSeries>();
  for (const target of targets) {
    const traffic = aliasTraffic.get(target.functionName);
    grouped.set(target.functionName, {
      canary: toSeries(byVersion.get(slot(target.functionName, 'canary'))),
      baseline:
        target.baselineVersion === undefined
          ? undefined
          : toSeries(byVersion.get(slot(target.functionName, 'baseline'))),
      ...(traffic === undefined ? {} : { aliasInvocations: traffic }),
    });
  }
  return grouped;
}

/** Requests slower than T from PR(:T) (percent at or below T) and SampleCount; undefined without both. */
export function slowCountOf(
  atOrBelowPercent: number | undefined,
  sampleCount: number | undefined,
): number | undefined {
  if (atOrBelowPercent === undefined || sampleCount === undefined) return undefined;
  const fractionAbove = Math.min(1, Math.max(0, 1 - atOrBelowPercent / 100));
  return Math.round(sampleCount * fractionAbove);
}

/**
 * One MinuteSample per settled minute. Absent counts are 0 here, and `errorsMissing` tells a
 * minute with no traffic from one with missing data; missing Duration, PR and memory are undefined. `memory` (ratio by minute) overrides the series' own,
 * for memory read from the REPORT log lines.
 */
export function toMinuteSamples(
  series: VersionSeries,
  minutes: readonly number[],
  memory?: ReadonlyMap<number, number>,
): MinuteSample[] {
  const memoryByMinute = memory ?? series.memoryUtilization;
  return minutes.map((start) => ({
    start,
    invocations: series.invocations.get(start) ?? 0,
    errors: series.errors.get(start) ?? 0,
    throttles: series.throttles.get(start) ?? 0,
    durationP99Ms: series.durationP99?.get(start),
    slowCount: slowCountOf(series.durationAtOrBelowRef?.get(start), series.durationCount?.get(start)),
    memoryUtilization: memoryByMinute?.get(start),
    ...(errorsMissingAt(series, start) ? { errorsMissing: true } : {}),
  }));
}

/**
 * Whether one minute's Errors figure is missing rather than zero: Invocations without Errors or
 * Errors without Invocations (Lambda publishes both with every minute that had invocations), or,
 * when CloudWatch's answer stayed PartialData, no Errors datapoint at all.
 */
export function errorsMissingAt(series: VersionSeries, start: number): boolean {
  const invocations = series.invocations.get(start);
  const errors = series.errors.get(start);
  if (errors === undefined) return (invocations ?? 0) > 0 || series.partial;
  return errors > 0 && invocations === undefined;
}

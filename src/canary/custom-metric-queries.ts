/**
 * Your own metrics (the `metrics` input) in the poll's one GetMetricData call: a metric with
 * `{version}` is read for each version of each watched function (`{version}` replaced by it, and
 * `{function}` by the function's name), a service-wide one once a poll for the whole run. Pure: query specs in, values by minute out.
 */
import { FUNCTION_PLACEHOLDER, VERSION_PLACEHOLDER } from '../config/metrics-input.js';
import type { CustomMetric } from '../config/types.js';
import type { CustomValues, FetchedMetrics, SeriesKey, SeriesSpec, VersionRole } from './metric-queries.js';
import { plainFunctionName, versionsOf } from './metric-queries.js';
import type { WatchTarget } from './types.js';

/** The function name of a service-wide metric's key: it belongs to no one function. */
const SERVICE = '';

/** The text with `{version}` (and, for one function's series, `{function}`) filled in. */
function withVersion(text: string, key: SeriesKey): string {
  const versioned = text.split(VERSION_PLACEHOLDER).join(key.version);
  return key.functionName === SERVICE
    ? versioned
    : versioned.split(FUNCTION_PLACEHOLDER).join(plainFunctionName(key.functionName));
}

function specOf(metric: CustomMetric, key: SeriesKey): SeriesSpec {
  const { source } = metric;
  if (source.kind === 'expression') {
    return {
      key,
      namespace: '',
      metricName: '',
      dimensions: [],
      stat: '',
      expression: withVersion(source.expression, key),
    };
  }
  return {
    key,
    namespace: source.namespace,
    metricName: source.metricName,
    dimensions: source.dimensions.map((d) => ({ Name: d.name, Value: withVersion(d.value, key) })),
    stat: source.statistic,
  };
}

/** The per-version metrics of one function, for each of its versions. */
export function customSeriesFor(target: WatchTarget, metrics: readonly CustomMetric[]): SeriesSpec[] {
  return metrics
    .filter((m) => m.perVersion)
    .flatMap((metric) =>
      versionsOf(target).map(({ role, version }) =>
        specOf(metric, {
          functionName: target.functionName,
          version,
          role,
          field: 'custom',
          metric: metric.name,
        }),
      ),
    );
}

/** The service-wide metrics, once for the whole run. */
export function serviceSeriesFor(metrics: readonly CustomMetric[]): SeriesSpec[] {
  return metrics
    .filter((m) => !m.perVersion)
    .map((metric) =>
      specOf(metric, {
        functionName: SERVICE,
        version: '',
        role: 'canary',
        field: 'custom',
        metric: metric.name,
      }),
    );
}

const slot = (functionName: string, role: VersionRole, metric: string): string =>
  `${role}\u0000${functionName}\u0000${metric}`;

/** Each function's custom metrics, in the input's order (a service-wide one is the same for all). */
export function groupCustom(
  fetched: FetchedMetrics,
  keys: ReadonlyMap<string, SeriesKey>,
  targets: readonly WatchTarget[],
  metrics: readonly CustomMetric[],
): Map<string, CustomValues[]> {
  const bySlot = new Map<string, ReadonlyMap<number, number>>();
  for (const [id, key] of keys) {
    if (key.field !== 'custom' || key.metric === undefined) continue;
    bySlot.set(slot(key.functionName, key.role, key.metric), fetched.folded.get(id) ?? new Map());
  }
  const grouped = new Map<string, CustomValues[]>();
  for (const target of targets) {
    grouped.set(
      target.functionName,
      metrics.map((metric) => {
        const owner = metric.perVersion ? target.functionName : SERVICE;
        const canary = bySlot.get(slot(owner, 'canary', metric.name)) ?? new Map<number, number>();
        const baseline =
          metric.perVersion && target.baselineVersion !== undefined
            ? (bySlot.get(slot(owner, 'baseline', metric.name)) ?? new Map<number, number>())
            : undefined;
        return { metric, canary, baseline };
      }),
    );
  }
  return grouped;
}

/**
 * The `metrics` input: your own CloudWatch metrics, judged beside Lambda's. The input is a list as
 * YAML or JSON text, or the path of a YAML or JSON file holding one. Each entry names one metric
 * (namespace + metric-name + dimensions + statistic, or a metric-math `expression`), the way it
 * gets worse, and its rules (`max` / `min`, `compare`, `rate-of`).
 *
 * Every rule that could only fail later is checked here, before any AWS call: unknown or missing
 * keys, a `max` on a lower-is-worse metric, `rate-of` without `{version}` (a metric of the whole
 * service has no one version's invocations; `compare` without it is against the service's own
 * values before the first shift), a Sum compared across versions that serve different shares of
 * the traffic, and more queries than one GetMetricData call takes.
 */
import { parse as parseYaml } from 'yaml';
import type { FileAccess } from './files.js';
import { readCappedFile } from './files.js';
import type { Show } from './messages.js';
import { badEntryAt, badFile, badValue } from './messages.js';
import type { CustomMetric, MetricDirection, MetricSource } from './types.js';

/** Replaced in dimension values and expressions by the version judged. */
export const VERSION_PLACEHOLDER = '{version}';
/** Replaced by the watched function's name, in a metric read per version (with `{version}`). */
export const FUNCTION_PLACEHOLDER = '{function}';
/**
 * Queries the custom metrics may add to one function's GetMetricData call (two per per-version
 * metric, one per service-wide metric): with Lambda's own 14 at most, one call (500) holds them.
 */
export const MAX_METRIC_QUERIES = 100;
/** CloudWatch's limits on one metric: dimensions, and the length of an expression. */
const MAX_DIMENSIONS = 30;
const MAX_EXPRESSION_CHARS = 2048;
const FILE_CAP = { bytes: 1024 * 1024, who: 'the metrics input' };

const KEYS = [
  'name',
  'namespace',
  'metric-name',
  'dimensions',
  'statistic',
  'expression',
  'direction',
  'max',
  'min',
  'compare',
  'rate-of',
] as const;
const DIRECTIONS: readonly MetricDirection[] = ['higher-is-worse', 'lower-is-worse'];
const STATISTIC = /^(?:Sum|Average|Maximum|Minimum|SampleCount|p(?:100|\d{1,2}(?:\.\d{1,3})?))$/;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

type Refuse = (reason: string | ((show: Show) => string)) => Error;

export function parseMetrics(raw: string, files: FileAccess): CustomMetric[] {
  if (raw === '') return [];
  const inline = raw.includes('\n') || /^[[{-]/.test(raw);
  const path = raw.replace(/^file:\/\//, '');
  const text = inline ? raw : readCappedFile(files, path, FILE_CAP);
  let value: unknown;
  try {
    value = parseYaml(text, { uniqueKeys: true }) as unknown;
  } catch {
    const reason = 'not valid YAML or JSON (a key given twice counts as invalid)';
    throw inline ? badValue(raw, { reason }) : badFile(path, { reason });
  }
  if (!Array.isArray(value) || value.length === 0) {
    throw inline
      ? badValue(raw, { reason: 'not a list of metric entries' })
      : badFile(path, { reason: 'not a list of metric entries' });
  }
  const seen = new Set<string>();
  const metrics = value.map((entry: unknown, at) => {
    const metric = metricOf(entry, at + 1);
    if (seen.has(metric.name)) {
      throw badEntryAt(at + 1, { reason: (show) => `${show(metric.name)}: the name is given twice` });
    }
    seen.add(metric.name);
    return metric;
  });
  const queries = metrics.reduce((sum, m) => sum + (m.perVersion ? 2 : 1), 0);
  if (queries > MAX_METRIC_QUERIES) {
    throw badValue(`${metrics.length} entries`, {
      reason: `${queries} queries a poll (two for each metric with {version}, one for each other), over the ${MAX_METRIC_QUERIES} that fit in one GetMetricData call beside Lambda's own`,
    });
  }
  return metrics;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function metricOf(entry: unknown, index: number): CustomMetric {
  if (!isObject(entry)) {
    throw badEntryAt(index, { reason: 'not an object with name, direction and a metric or expression' });
  }
  const rawName = entry['name'];
  if (typeof rawName !== 'string' || !NAME.test(rawName)) {
    throw badEntryAt(index, {
      reason: (show) =>
        `name ${rawName === undefined ? 'is missing' : `${show(String(rawName))} is not 1-64 letters, digits, dots, dashes or underscores`}`,
    });
  }
  const name = rawName;
  const refuse: Refuse = (reason) =>
    badEntryAt(index, {
      reason: (show) => `${show(name)}: ${typeof reason === 'string' ? reason : reason(show)}`,
    });
  const unknown = Object.keys(entry).find((key) => !(KEYS as readonly string[]).includes(key));
  if (unknown !== undefined)
    throw refuse((show) => `unknown key ${show(unknown)}; known: ${KEYS.join(', ')}`);

  const direction = entry['direction'];
  if (!DIRECTIONS.includes(direction as MetricDirection)) {
    throw refuse((show) =>
      direction === undefined
        ? `direction is missing (${DIRECTIONS.join(' or ')})`
        : `direction ${show(String(direction))} is not ${DIRECTIONS.join(' or ')}`,
    );
  }
  const source = sourceOf(entry, refuse);
  const mentions = (placeholder: string): boolean =>
    source.kind === 'expression'
      ? source.expression.includes(placeholder)
      : source.dimensions.some((d) => d.value.includes(placeholder));
  const perVersion = mentions(VERSION_PLACEHOLDER);
  if (!perVersion && mentions(FUNCTION_PLACEHOLDER)) {
    throw refuse(
      `"{function}" needs "{version}" beside it: a metric read once for the whole service has no one function to name`,
    );
  }
  const metric: CustomMetric = {
    name,
    source,
    direction: direction as MetricDirection,
    max: numberOf(entry['max'], 'max', refuse),
    min: numberOf(entry['min'], 'min', refuse),
    compare: flagOf(entry['compare'], refuse),
    rateOf: rateOf(entry['rate-of'], refuse),
    perVersion,
  };
  checkRules(metric, refuse);
  return metric;
}

function sourceOf(entry: Record<string, unknown>, refuse: Refuse): MetricSource {
  const expression = entry['expression'];
  const metricKeys = ['namespace', 'metric-name', 'dimensions', 'statistic'].filter((k) => k in entry);
  if (expression !== undefined) {
    if (metricKeys.length > 0) {
      throw refuse(
        `expression replaces namespace, metric-name, dimensions and statistic (also given: ${metricKeys.join(', ')})`,
      );
    }
    if (
      typeof expression !== 'string' ||
      expression.trim() === '' ||
      expression.length > MAX_EXPRESSION_CHARS
    ) {
      throw refuse(`expression is not a metric-math text of 1 to ${MAX_EXPRESSION_CHARS} characters`);
    }
    return { kind: 'expression', expression: expression.trim() };
  }
  const text = (key: string): string => {
    const value = entry[key];
    if (typeof value !== 'string' || value.trim() === '') {
      throw refuse(
        value === undefined
          ? `${key} is missing (or give expression instead)`
          : `${key} is not a non-empty text`,
      );
    }
    return value.trim();
  };
  const namespace = text('namespace');
  const metricName = text('metric-name');
  const statistic = text('statistic');
  if (!STATISTIC.test(statistic)) {
    throw refuse(
      (show) =>
        `statistic ${show(statistic)} is not Sum, Average, Maximum, Minimum, SampleCount or pNN such as p99`,
    );
  }
  return {
    kind: 'metric',
    namespace,
    metricName,
    dimensions: dimensionsOf(entry['dimensions'], refuse),
    statistic,
  };
}

function dimensionsOf(value: unknown, refuse: Refuse): { name: string; value: string }[] {
  if (value === undefined || value === null) return [];
  if (!isObject(value)) throw refuse('dimensions is not an object of Name: value');
  const entries = Object.entries(value);
  if (entries.length > MAX_DIMENSIONS)
    throw refuse(`dimensions has ${entries.length} names, over CloudWatch's ${MAX_DIMENSIONS}`);
  return entries.map(([key, dimension]) => {
    if (isObject(dimension) && ['version', 'function'].includes(Object.keys(dimension).join())) {
      throw refuse(`dimension ${key} reads as an object: quote "{${Object.keys(dimension).join()}}" in YAML`);
    }
    if (!(typeof dimension === 'string' || typeof dimension === 'number') || String(dimension) === '') {
      throw refuse((show) => `dimension ${show(key)} is not a non-empty text or number`);
    }
    return { name: key, value: String(dimension) };
  });
}

function numberOf(value: unknown, key: string, refuse: Refuse): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw refuse((show) => `${key} ${show(String(value))} is not a number`);
  }
  return value;
}

function flagOf(value: unknown, refuse: Refuse): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean')
    throw refuse((show) => `compare ${show(String(value))} is not true or false`);
  return value;
}

function rateOf(value: unknown, refuse: Refuse): 'Invocations' | undefined {
  if (value === undefined || value === null) return undefined;
  if (value !== 'Invocations') throw refuse((show) => `rate-of ${show(String(value))} is not Invocations`);
  return value;
}

/** The rules between keys. */
function checkRules(metric: CustomMetric, refuse: Refuse): void {
  const higher = metric.direction === 'higher-is-worse';
  if (higher && metric.min !== undefined) {
    throw refuse(`min ${metric.min} on a higher-is-worse metric (its limit is max)`);
  }
  if (!higher && metric.max !== undefined) {
    throw refuse(`max ${metric.max} on a lower-is-worse metric (its limit is min)`);
  }
  const statistic = metric.source.kind === 'metric' ? metric.source.statistic : undefined;
  if (!metric.perVersion && metric.rateOf !== undefined) {
    throw refuse(
      `rate-of needs "{version}" in the dimensions or expression: a metric of the whole service has no one version's invocations to divide by (judge it with ${higher ? 'max' : 'min'}, or compare: true with its own values before the first shift)`,
    );
  }
  if (metric.rateOf !== undefined) {
    if (statistic !== undefined && statistic !== 'Sum') {
      throw refuse(`rate-of counts events: statistic ${statistic} is not Sum`);
    }
    if (!metric.compare) throw refuse('rate-of only changes how compare: true judges: add compare: true');
  }
  // A service-wide sum is compared with its own sums before the first shift: the split leaves it alone.
  if (
    metric.perVersion &&
    metric.compare &&
    metric.rateOf === undefined &&
    (statistic === 'Sum' || statistic === 'SampleCount')
  ) {
    throw refuse(
      `compare: true on a ${statistic} compares versions that serve different shares of the traffic: add rate-of: Invocations, or use Average, pNN, Maximum or Minimum`,
    );
  }
  if (metric.max === undefined && metric.min === undefined && !metric.compare) {
    throw refuse(`nothing to judge: give ${higher ? 'max' : 'min'}, compare: true, or both`);
  }
}

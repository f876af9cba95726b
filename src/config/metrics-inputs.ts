/**
 * The input-table entry (see inputs.ts) of your own CloudWatch metrics, judged per version beside
 * Lambda's (docs/metrics.md).
 */
import type { InputSpec } from './input-spec.js';
import { parseMetrics } from './metrics-input.js';

export const METRICS_INPUTS = {
  metrics: {
    description:
      'Your own CloudWatch metrics, judged with Lambda\'s: YAML or JSON text, or a YAML/JSON file. Each entry: `{ name, namespace, metric-name, dimensions, statistic, direction, max | min, compare, rate-of }` or `expression` instead of the metric; `"{version}"` in a dimension is replaced by the version judged (see docs/metrics.md).',
    accepted:
      'a list of { name, namespace, metric-name, dimensions, statistic (Sum, Average, Maximum, Minimum, SampleCount or pNN), direction (higher-is-worse or lower-is-worse), max or min, compare, rate-of: Invocations } entries, or expression instead of namespace/metric-name, as YAML or JSON text or the path of a YAML or JSON file',
    kind: 'value',
    secret: false,
    parse: (raw, { files }) => parseMetrics(raw, files),
  },
} as const satisfies Record<string, InputSpec<unknown>>;

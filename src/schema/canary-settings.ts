/**
 * The canary's settings as they are persisted (a detached plan carries them to the guard), one
 * zod schema each, the TypeScript types inferred from them: the strategy, the thresholds, your
 * own metrics. The config's parser produces values of these types.
 */
import { z } from 'zod';

const num = z.number().finite();

export const trafficStepSchema = z
  .object({
    /** Canary share, 0..1. */
    weight: num.gt(0).max(1),
    holdMs: num.min(0),
  })
  .readonly();
export type TrafficStep = z.infer<typeof trafficStepSchema>;

export const strategySchema = z
  .object({
    /** The input as written, for the report. */
    source: z.string(),
    steps: z.array(trafficStepSchema).min(1).readonly(),
  })
  .readonly();
export type Strategy = z.infer<typeof strategySchema>;

export const thresholdsSchema = z
  .object({
    /** Fraction, 0.01 = 1%. */
    maxErrorRate: num.min(0),
    /** Fraction of memory size, 0.9 = 90%. */
    maxMemoryUtilization: num.min(0),
    /** Milliseconds; undefined = no ceiling. */
    maxP99DurationMs: num.min(0).optional(),
    maxThrottles: num.min(0),
    minInvocations: num.min(0),
  })
  .readonly();
export type Thresholds = z.infer<typeof thresholdsSchema>;

export const metricSourceSchema = z.union([
  z
    .object({
      kind: z.literal('metric'),
      namespace: z.string().min(1),
      metricName: z.string().min(1),
      /** Values may hold `{version}`, replaced by the version judged. */
      dimensions: z.array(z.object({ name: z.string(), value: z.string() }).readonly()).readonly(),
      /** Sum, Average, Maximum, Minimum, SampleCount or pNN. */
      statistic: z.string().min(1),
    })
    .readonly(),
  /** Metric math (may hold `{version}`); it must give one series. */
  z.object({ kind: z.literal('expression'), expression: z.string().min(1) }).readonly(),
]);
export type MetricSource = z.infer<typeof metricSourceSchema>;

export const metricDirectionSchema = z.enum(['higher-is-worse', 'lower-is-worse']);
export type MetricDirection = z.infer<typeof metricDirectionSchema>;

/** One entry of the `metrics` input: your own CloudWatch metric, judged per version or service-wide. */
export const customMetricSchema = z
  .object({
    /** Shown in logs, the summary and the reason. */
    name: z.string().min(1),
    source: metricSourceSchema,
    direction: metricDirectionSchema,
    /** Ceiling on the canary's value in any settled minute (higher-is-worse); a rate with rateOf. */
    max: num.optional(),
    /** Floor on the canary's value in any settled minute (lower-is-worse); a rate with rateOf. */
    min: num.optional(),
    /** Judged against the old version's value (needs `{version}`). */
    compare: z.boolean(),
    /** A count divided by the version's invocations, judged with the error-rate tests. */
    rateOf: z.literal('Invocations').optional(),
    /** `{version}` appears in the dimensions or the expression: read once per version. */
    perVersion: z.boolean(),
  })
  .readonly();
export type CustomMetric = z.infer<typeof customMetricSchema>;

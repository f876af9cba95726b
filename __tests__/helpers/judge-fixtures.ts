/** Hand-built minute series and judge inputs for the judge's unit tests. */
import type { FunctionSamples, JudgeInput, MinuteSample, StepContext } from '../../src/canary/types.js';
import type { CustomMetric, Thresholds } from '../../src/config/types.js';

export const MINUTE = 60_000;
/** 12:00 UTC: minute i starts at T0 + i minutes. */
export const T0 = Date.UTC(2025, 0, 1, 12, 0, 0);

export function minute(i: number, fields: Partial<MinuteSample> = {}): MinuteSample {
  return sampleAt(T0 + i * MINUTE, fields);
}

/** No traffic, nothing measured. */
const QUIET: Omit<MinuteSample, 'start'> = {
  invocations: 0,
  errors: 0,
  throttles: 0,
  durationP99Ms: undefined,
  slowCount: undefined,
  memoryUtilization: undefined,
};

/** A quiet minute starting at `start` (no traffic, nothing measured) but for `fields`. */
export function sampleAt(start: number, fields: Partial<MinuteSample> = {}): MinuteSample {
  return { start, ...QUIET, ...fields };
}

/** `count` minutes from minute `from`, each built by `fields(i)`. */
export function series(
  count: number,
  fields: (i: number) => Partial<MinuteSample>,
  from = 0,
): MinuteSample[] {
  return Array.from({ length: count }, (_, k) => minute(from + k, fields(from + k)));
}

export const THRESHOLDS: Thresholds = {
  maxErrorRate: 0.05,
  maxMemoryUtilization: 0.9,
  maxP99DurationMs: undefined,
  maxThrottles: 0,
  minInvocations: 50,
};

export function samples(fields: Partial<FunctionSamples> = {}): FunctionSamples {
  return {
    functionName: 'orders',
    canary: [],
    baseline: [],
    synthetic: { invocations: 0, errors: 0 },
    alarmsInAlarm: [],
    consecutiveQueryFailures: 0,
    memorySource: 'none',
    ...fields,
  };
}

/** A step of a 60-minute hold, `minutes` in. */
export function step(minutes: number, fields: Partial<StepContext> = {}): StepContext {
  return { index: 0, weight: 0.1, elapsedMs: minutes * MINUTE, holdMs: 60 * MINUTE, final: false, ...fields };
}

export function judgeInput(
  fields: Partial<FunctionSamples>,
  context: StepContext,
  more: Partial<JudgeInput> = {},
): JudgeInput {
  return {
    samples: samples(fields),
    thresholds: THRESHOLDS,
    compareBaseline: true,
    onInconclusive: 'fail',
    step: context,
    ...more,
  };
}

/**
 * The custom metric: failed checkouts per version (`{version}`), compared with the old
 * version per call (`compare: true`, `rate-of: Invocations`), no limit; `dimensions` besides Version.
 */
export function checkoutFailures(
  fields: Partial<CustomMetric> = {},
  dimensions: { name: string; value: string }[] = [],
): CustomMetric {
  return {
    name: 'checkout-failures',
    source: {
      kind: 'metric',
      namespace: 'Orders',
      metricName: 'CheckoutFailed',
      dimensions: [...dimensions, { name: 'Version', value: '{version}' }],
      statistic: 'Sum',
    },
    direction: 'higher-is-worse',
    max: undefined,
    min: undefined,
    compare: true,
    rateOf: 'Invocations',
    perVersion: true,
    ...fields,
  };
}

/**
 * Traffic the judge does not model, for the benchmark: errors in clumps, diurnal ramps,
 * intermittent regressions, a bad first minute, late datapoints, the partial first minute after
 * the shift, warm-up memory, slow leaks, account-level throttles, a business failure count of
 * your own published late and in clumps. And the step loop as the
 * pipeline runs it: interim looks on settled minutes only, a wait for the last minutes at the end
 * of the hold, then final looks (extended up to extend-hold when the judge asks).
 */
import { planEvidence } from '../src/canary/judge/evidence-plan.js';
import { judge } from '../src/canary/judge/verdict.js';
import type {
  CustomSamples,
  FunctionSamples,
  Judgement,
  MetricMinute,
  MinuteSample,
  Power,
} from '../src/canary/types.js';
import type { CustomMetric, Thresholds } from '../src/config/types.js';
import type { Random } from './simulate.js';
import { binomial, createRandom, MINUTE_MS, normal, poisson, STEP_START_MS } from './simulate.js';

export interface Family {
  readonly rpm: number;
  /** Canary share of the step. */
  readonly share: number;
  /** The old version's error rate. */
  readonly baselineRate: number;
  /** The canary's error rate (default: the old version's). */
  readonly canaryRate?: number;
  /** Errors come in clumps of this mean size (1 + geometric), in both versions. */
  readonly clumpSize?: number;
  /**
   * Errors come in clumps of a size drawn evenly from min..max, in both versions: one client
   * retrying a failing call a few times. Takes the place of clumpSize.
   */
  readonly retries?: { readonly min: number; readonly max: number };
  /** Bursty traffic: each minute's calls are multiplied by a log-normal factor of this σ (mean 1). */
  readonly burstiness?: number;
  /** Traffic ramps up by this factor over the history and the step (error rate rising with load). */
  readonly ramp?: number;
  /** Intermittent regression: one canary minute in `every` (random phase) fails at `rate`. */
  readonly bursts?: { readonly every: number; readonly rate: number };
  /** The canary's first minute fails at this rate (cold starts). */
  readonly firstMinuteRate?: number;
  /** Each version-minute's Errors datapoint arrives up to this many minutes after it settles. */
  readonly lateMinutes?: number;
  /** The shift happens at a random second of minute 0 (default true). */
  readonly partialFirstMinute?: boolean;
  /** Account-level throttles: in this share of minutes, 3% of both versions' calls are throttled. */
  readonly throttledMinutes?: number;
  /** Memory: the old version's level; the canary starts `warmupGap` lower, closing with time constant `warmupMinutes`; leak per minute. */
  readonly memory?: {
    readonly level: number;
    readonly warmupGap: number;
    readonly warmupMinutes: number;
    readonly leakPerMinute: number;
  };
  /** The canary's memory cannot be read: the observer says why. */
  readonly memoryUnavailable?: boolean;
  /**
   * A business failure count of your own (the `metrics` input, `compare: true`, `rate-of:
   * Invocations`), published by each version's code with every call (0 or 1), failing in clumps
   * (orders of one basket fail together), each version's datapoint arriving up to `lateMinutes`
   * after the minute settles, independently of Lambda's and of the other version's.
   */
  readonly custom?: {
    readonly baselineRate: number;
    readonly canaryRate: number;
    readonly clumpSize: number;
    readonly lateMinutes: number;
    /** Published with every call (a datapoint, 0 included, each minute with calls); false: only in minutes with failures. */
    readonly everyCall: boolean;
  };
}

/** The custom metric the bench's families publish: failed checkouts per call, judged against the old version. */
export const CHECKOUT_METRIC: CustomMetric = {
  name: 'checkout-failures',
  source: {
    kind: 'metric',
    namespace: 'Shop',
    metricName: 'CheckoutFailed',
    dimensions: [{ name: 'Version', value: '{version}' }],
    statistic: 'Sum',
  },
  direction: 'higher-is-worse',
  max: undefined,
  min: undefined,
  compare: true,
  rateOf: 'Invocations',
  perVersion: true,
};

export interface LoopSettings {
  readonly holdMinutes: number;
  readonly extendMinutes: number;
  /** Minutes after which a minute's metrics count as settled (max(2, timeout + 1)). */
  readonly settleMinutes: number;
  readonly historyMinutes: number;
  readonly thresholds: Thresholds;
}

interface Stream {
  readonly canary: MinuteSample[];
  readonly baseline: MinuteSample[];
  readonly history: MinuteSample[];
  /** Poll (minutes since the shift) at which each minute's Errors datapoints have arrived. */
  readonly arrives: number[];
  /** The custom failure count of each version's minutes, and the poll at which each datapoint arrives. */
  readonly custom:
    | { canary: CustomMinute[]; baseline: CustomMinute[]; history: CustomMinute[]; everyCall: boolean }
    | undefined;
}

interface CustomMinute {
  readonly count: number;
  readonly arrives: number;
}

/** Errors in clumps of min..max (evenly): Poisson clumps around the mean rate. */
function retryErrors(random: Random, n: number, rate: number, retries: { min: number; max: number }): number {
  const mean = (retries.min + retries.max) / 2;
  const clumps = poisson(random, (n * rate) / mean);
  let errors = 0;
  for (let c = 0; c < clumps; c++)
    errors += retries.min + Math.floor(random() * (retries.max - retries.min + 1));
  return Math.min(n, errors);
}

function clumpedErrors(random: Random, n: number, rate: number, clumpSize: number | undefined): number {
  if (clumpSize === undefined || clumpSize <= 1) return binomial(random, n, rate);
  const clumps = poisson(random, (n * rate) / clumpSize);
  let errors = 0;
  const stop = 1 / clumpSize;
  for (let c = 0; c < clumps; c++) {
    let size = 1;
    while (random() > stop) size++;
    errors += size;
  }
  return Math.min(n, errors);
}

function minuteOf(
  random: Random,
  start: number,
  n: number,
  rate: number,
  family: Family,
  throttled: boolean,
  memory: number | undefined,
): MinuteSample {
  return {
    start,
    invocations: n,
    errors:
      n === 0
        ? 0
        : family.retries === undefined
          ? clumpedErrors(random, n, Math.min(1, rate), family.clumpSize)
          : retryErrors(random, n, Math.min(1, rate), family.retries),
    throttles: throttled ? binomial(random, n, 0.03) : 0,
    durationP99Ms: undefined,
    slowCount: undefined,
    memoryUtilization: n > 0 ? memory : undefined,
    step: 0,
  };
}

export function simulateFamily(family: Family, settings: LoopSettings, seed: number): Stream {
  const random = createRandom(seed);
  const total =
    settings.historyMinutes + settings.holdMinutes + settings.extendMinutes + settings.settleMinutes + 4;
  const load = (t: number): number =>
    family.ramp === undefined ? 1 : Math.pow(family.ramp, (t + settings.historyMinutes) / total);
  const rateAt = (base: number, t: number): number => base * Math.sqrt(load(t));
  const sigma = family.burstiness ?? 0;
  /** This minute's traffic factor: log-normal, mean 1 (1 when not bursty). */
  const burst = (): number => (sigma > 0 ? Math.exp(sigma * normal(random) - (sigma * sigma) / 2) : 1);
  const history: MinuteSample[] = [];
  for (let t = -settings.historyMinutes; t < 0; t++) {
    const throttled = random() < (family.throttledMinutes ?? 0);
    const n = poisson(random, family.rpm * load(t) * burst());
    history.push(
      minuteOf(
        random,
        STEP_START_MS + t * MINUTE_MS,
        n,
        rateAt(family.baselineRate, t),
        family,
        throttled,
        undefined,
      ),
    );
  }
  const canary: MinuteSample[] = [];
  const baseline: MinuteSample[] = [];
  const arrives: number[] = [];
  const shiftAt = family.partialFirstMinute === false ? 0 : random();
  const phase = family.bursts === undefined ? 0 : Math.floor(random() * family.bursts.every);
  const memory = family.memory;
  for (let t = 0; t < total - settings.historyMinutes; t++) {
    const start = STEP_START_MS + t * MINUTE_MS;
    const share = family.share * (t === 0 ? 1 - shiftAt : 1);
    const throttled = random() < (family.throttledMinutes ?? 0);
    const factor = burst();
    let canaryRate = family.canaryRate ?? family.baselineRate;
    if (family.bursts !== undefined && (t + phase) % family.bursts.every === 0)
      canaryRate = family.bursts.rate;
    if (t === 0 && family.firstMinuteRate !== undefined) canaryRate = family.firstMinuteRate;
    const noise = (): number => 0.01 * normal(random);
    const oldMemory = memory === undefined ? undefined : memory.level + noise();
    const canaryMemory =
      memory === undefined || family.memoryUnavailable === true
        ? undefined
        : memory.level -
          memory.warmupGap * Math.exp(-t / memory.warmupMinutes) +
          memory.leakPerMinute * t +
          noise();
    canary.push(
      minuteOf(
        random,
        start,
        poisson(random, family.rpm * load(t) * factor * share),
        rateAt(canaryRate, t),
        family,
        throttled,
        canaryMemory,
      ),
    );
    baseline.push(
      minuteOf(
        random,
        start,
        poisson(random, family.rpm * load(t) * factor * (1 - share)),
        rateAt(family.baselineRate, t),
        family,
        throttled,
        oldMemory,
      ),
    );
    const late = family.lateMinutes === undefined ? 0 : Math.floor(random() * (family.lateMinutes + 1));
    arrives.push(t + 1 + settings.settleMinutes + late);
  }
  return {
    canary,
    baseline,
    history,
    arrives,
    custom: customCounts(random, family, { canary, baseline, history }, settings),
  };
}

/** Each version's own failure counts for its minutes' calls (clumped), with their own late arrival. */
function customCounts(
  random: Random,
  family: Family,
  minutes: Readonly<Record<'canary' | 'baseline' | 'history', readonly MinuteSample[]>>,
  settings: LoopSettings,
): Stream['custom'] {
  const custom = family.custom;
  if (custom === undefined) return undefined;
  const counts = (minutes: readonly MinuteSample[], rate: number): CustomMinute[] =>
    minutes.map((m, t) => ({
      count: clumpedErrors(random, m.invocations, rate, custom.clumpSize),
      arrives: t + 1 + settings.settleMinutes + Math.floor(random() * (custom.lateMinutes + 1)),
    }));
  return {
    canary: counts(minutes.canary, custom.canaryRate),
    baseline: counts(minutes.baseline, custom.baselineRate),
    history: counts(minutes.history, custom.baselineRate).map((m) => ({ ...m, arrives: 0 })),
    everyCall: custom.everyCall,
  };
}

/** The custom metric as the observer reads it at `poll`: each published datapoint, once it has arrived. */
function visibleCustom(stream: Stream, upTo: number, poll: number): CustomSamples[] {
  if (stream.custom === undefined) return [];
  const everyCall = stream.custom.everyCall;
  const read = (minutes: readonly CustomMinute[], samples: readonly MinuteSample[]): MetricMinute[] =>
    samples.map((m, i) => {
      const c = minutes[i] as CustomMinute;
      const published = c.count > 0 || (m.invocations > 0 && everyCall);
      return { start: m.start, value: published && c.arrives <= poll ? c.count : undefined };
    });
  return [
    {
      metric: CHECKOUT_METRIC,
      canary: read(stream.custom.canary, stream.canary.slice(0, upTo)),
      baseline: read(stream.custom.baseline, stream.baseline.slice(0, upTo)),
      history: read(stream.custom.history, stream.history),
    },
  ];
}

export interface LoopOutcome {
  readonly decision: 'pass' | 'fail' | 'inconclusive';
  /** Minutes since the shift when the step ended. */
  readonly minute: number;
  readonly failedBy: string | undefined;
  /** The judge's reason for its verdict. */
  readonly reason: string | undefined;
  /** The evidence planner's minutes of traffic to reach min-invocations, printed when the step starts. */
  readonly plannedMinutes: number;
  /** The minutes of canary traffic it took to reach min-invocations (what the judge needed to pass). */
  readonly neededMinutes: number | undefined;
  readonly power: Power | undefined;
  readonly warned: boolean;
}

function visible(
  stream: Stream,
  upTo: number,
  poll: number,
): { canary: MinuteSample[]; baseline: MinuteSample[] } {
  const mark = (m: MinuteSample, i: number): MinuteSample =>
    (stream.arrives[i] as number) <= poll || m.invocations === 0
      ? m
      : { ...m, errorsMissing: true, errors: 0 };
  return {
    canary: stream.canary.slice(0, upTo).map(mark),
    baseline: stream.baseline.slice(0, upTo).map(mark),
  };
}

/** The step loop: polls every minute; settled minutes only; the final looks wait for the last ones. */
/** Minutes of canary traffic until min-invocations is reached (undefined: never within the stream). */
function minutesToMinInvocations(
  canary: readonly MinuteSample[],
  minInvocations: number,
): number | undefined {
  let calls = 0;
  for (let t = 0; t < canary.length; t++) {
    calls += (canary[t] as MinuteSample).invocations;
    if (calls >= minInvocations) return t + 1;
  }
  return undefined;
}

export function runLoop(family: Family, settings: LoopSettings, seed: number): LoopOutcome {
  const stream = simulateFamily(family, settings, seed);
  const { holdMinutes, extendMinutes, settleMinutes } = settings;
  const plan = planEvidence({
    traffic: stream.history,
    weight: family.share,
    holdMs: holdMinutes * MINUTE_MS,
    extendHoldMs: extendMinutes * MINUTE_MS,
    minInvocations: settings.thresholds.minInvocations,
  });
  const neededMinutes = minutesToMinInvocations(stream.canary, settings.thresholds.minInvocations);
  const lastPoll = holdMinutes + extendMinutes + settleMinutes + 8;
  // The final looks judge the minutes up to `end` (the hold's end, moved on by extensions), once settled.
  let end = holdMinutes;
  for (let t = 1; t <= lastPoll; t++) {
    const final = t >= end + settleMinutes;
    const upTo = final ? end : Math.max(0, t - settleMinutes);
    const seen = visible(stream, upTo, t);
    const settled =
      seen.canary.every((m) => m.errorsMissing !== true) &&
      seen.baseline.every((m) => m.errorsMissing !== true);
    const samples: FunctionSamples = {
      functionName: 'bench',
      canary: seen.canary,
      baseline: seen.baseline,
      baselineHistory: stream.history,
      synthetic: { invocations: 0, errors: 0 },
      alarmsInAlarm: [],
      consecutiveQueryFailures: 0,
      custom: visibleCustom(stream, upTo, t),
      memorySource: family.memoryUnavailable === true ? 'none' : 'report-logs',
      ...(family.memoryUnavailable === true
        ? { memoryUnavailable: 'Logs Insights returned no REPORT lines' }
        : {}),
    };
    const judgement: Judgement = judge({
      samples,
      thresholds: settings.thresholds,
      compareBaseline: true,
      onInconclusive: 'fail',
      step: {
        index: 0,
        weight: family.share,
        elapsedMs: t * MINUTE_MS,
        holdMs: holdMinutes * MINUTE_MS,
        final,
        extendHoldMs: extendMinutes * MINUTE_MS,
        lastStep: true,
        settled,
        plannedMs: holdMinutes * MINUTE_MS,
        functions: 1,
        holdEndMs: STEP_START_MS + end * MINUTE_MS,
        heldMs: end * MINUTE_MS,
        settledForMs: final ? (t - end - settleMinutes) * MINUTE_MS : 0,
      },
    });
    if (judgement.extend !== undefined) {
      end = Math.min(holdMinutes + extendMinutes, end + Math.ceil(judgement.extend.needMs / MINUTE_MS));
      continue;
    }
    // A final look waiting for late datapoints of the hold's minutes is taken again (as the engine does).
    if (judgement.awaiting !== undefined && t < lastPoll) continue;
    if (judgement.decision !== 'continue' || t === lastPoll) {
      const decision = judgement.decision === 'continue' ? 'inconclusive' : judgement.decision;
      return {
        decision,
        minute: t,
        failedBy:
          decision === 'fail'
            ? String(judgement.evidence['failedChecks'] ?? 'other').split(', ')[0]
            : undefined,
        reason: judgement.reason,
        plannedMinutes: plan.minutesNeeded,
        neededMinutes,
        power: judgement.power,
        warned: (judgement.warnings ?? []).length > 0,
      };
    }
  }
  throw new Error('unreachable');
}

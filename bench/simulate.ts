/**
 * Seeded metric streams for the judge benchmark: per-minute invocations, errors, slow requests and
 * memory for a canary and its baseline, as the collectors would hand them to the judge.
 *
 * Model (per minute): requests ~ Poisson(rpm), split by the canary share; errors ~ Binomial with
 * the version's rate; a "noisy" version's error rate is multiplied each minute by an independent
 * mean-one log-normal factor (so the canary's share of the errors wanders too); slow requests
 * (above T, the old version's p99) ~ Binomial; max memory used / memory size = level + noise.
 */
import type { MinuteSample } from '../src/canary/types.js';

export const MINUTE_MS = 60_000;
/** Minute 0 of every simulated step (a fixed epoch keeps reasons identical between runs). */
export const STEP_START_MS = Date.UTC(2025, 0, 1, 12, 0, 0);

/** sfc32: a small, fast, seedable generator (Chris Doty-Humphrey's design); uniform in [0, 1). */
export function createRandom(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

export type Random = () => number;

export function normal(random: Random): number {
  let u = random();
  while (u === 0) u = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

export function poisson(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean < 30) {
    const limit = Math.exp(-mean);
    let k = 0;
    let product = random();
    while (product > limit) {
      k++;
      product *= random();
    }
    return k;
  }
  return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(random)));
}

export function binomial(random: Random, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(random, n, 1 - p);
  const mean = n * p;
  if (mean < 30) {
    // Inversion: walk up the distribution function.
    const u = random();
    const ratio = p / (1 - p);
    let pmf = Math.pow(1 - p, n);
    let cdf = pmf;
    let k = 0;
    while (u > cdf && k < n) {
      pmf *= ((n - k) / (k + 1)) * ratio;
      k++;
      cdf += pmf;
    }
    return k;
  }
  return Math.min(n, Math.max(0, Math.round(mean + Math.sqrt(mean * (1 - p)) * normal(random))));
}

/** A mean-one log-normal multiplier with log-sd sigma (1 when sigma is 0). */
function wander(random: Random, sigma: number): number {
  return sigma > 0 ? Math.exp(sigma * normal(random) - (sigma * sigma) / 2) : 1;
}

export interface VersionBehaviour {
  readonly errorRate: number;
  /** Log-sd of the per-minute error-rate multiplier (0: steady). */
  readonly errorNoise: number;
  /** Share of requests slower than T. */
  readonly slowShare: number;
  /** Memory level (fraction of memory size) once warm, its rise per minute, and the cold start gap. */
  readonly memoryLevel: number;
  readonly memoryLeakPerMinute: number;
  readonly memoryWarmup: number;
}

export interface StreamSpec {
  readonly rpm: number;
  readonly canaryShare: number;
  readonly minutes: number;
  readonly baseline: VersionBehaviour;
  readonly canary: VersionBehaviour;
  /** The canary behaves like the baseline before this minute (late onset). */
  readonly onsetMinute: number;
  /** Chance that a version's datapoints for a minute never arrive (counts read as 0). */
  readonly missingRate: number;
  /** Minutes of the old version alone before the step (its noise history); 0 for none. */
  readonly historyMinutes: number;
  /** Memory noise (sd, fraction of memory size). */
  readonly memoryNoise: number;
}

export interface Stream {
  readonly canary: MinuteSample[];
  readonly baseline: MinuteSample[];
  readonly history: MinuteSample[];
}

function minute(
  random: Random,
  start: number,
  n: number,
  behaviour: VersionBehaviour,
  memory: number | undefined,
  missing: boolean,
): MinuteSample {
  if (missing || n === 0) {
    return {
      start,
      invocations: 0,
      errors: 0,
      throttles: 0,
      durationP99Ms: undefined,
      slowCount: missing ? undefined : 0,
      memoryUtilization: undefined,
    };
  }
  const rate = Math.min(1, behaviour.errorRate * wander(random, behaviour.errorNoise));
  return {
    start,
    invocations: n,
    errors: binomial(random, n, rate),
    throttles: 0,
    durationP99Ms: undefined,
    slowCount: binomial(random, n, behaviour.slowShare),
    memoryUtilization: memory === undefined ? undefined : Math.min(1, Math.max(0, memory)),
  };
}

function memoryAt(random: Random, behaviour: VersionBehaviour, t: number, noise: number): number {
  const warm = behaviour.memoryLevel - behaviour.memoryWarmup * Math.exp(-t / 2);
  return warm + behaviour.memoryLeakPerMinute * t + noise * normal(random);
}

export function simulate(spec: StreamSpec, seed: number): Stream {
  const random = createRandom(seed);
  const history: MinuteSample[] = [];
  for (let t = -spec.historyMinutes; t < 0; t++) {
    const n = poisson(random, spec.rpm);
    history.push(minute(random, STEP_START_MS + t * MINUTE_MS, n, spec.baseline, undefined, false));
  }
  const canary: MinuteSample[] = [];
  const baseline: MinuteSample[] = [];
  for (let t = 0; t < spec.minutes; t++) {
    const start = STEP_START_MS + t * MINUTE_MS;
    const behaviour: VersionBehaviour =
      t >= spec.onsetMinute
        ? spec.canary
        : {
            ...spec.canary,
            errorRate: spec.baseline.errorRate,
            errorNoise: spec.baseline.errorNoise,
            slowShare: spec.baseline.slowShare,
          };
    const nc = poisson(random, spec.rpm * spec.canaryShare);
    const nb = poisson(random, spec.rpm * (1 - spec.canaryShare));
    const canaryMissing = random() < spec.missingRate;
    const baselineMissing = random() < spec.missingRate;
    canary.push(
      minute(random, start, nc, behaviour, memoryAt(random, spec.canary, t, spec.memoryNoise), canaryMissing),
    );
    baseline.push(
      minute(
        random,
        start,
        nb,
        spec.baseline,
        memoryAt(random, { ...spec.baseline, memoryWarmup: 0 }, t, spec.memoryNoise),
        baselineMissing,
      ),
    );
  }
  return { canary, baseline, history };
}

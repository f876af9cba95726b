/**
 * A verdict's power: with the canary calls seen, the smallest regressions the judge would have
 * caught POWER_PROBABILITY of the time, against the old version (a ratio of error rates) and
 * against max-error-rate (an error rate). Normal approximations of the two tests at their final
 * look, with the old version's noise φ: what the data could have shown, not a new test.
 */
import type { Power } from '../types.js';
import { percent, round } from './check.js';
import { POWER_PROBABILITY } from './constants.js';

/** Standard normal upper tail (the Chebyshev fit of erfc, fractional error < 1.2e-7). */
export function normalTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -x * x -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const erfc = t * Math.exp(poly);
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}

/** z with normalTail(z) = p, 0 < p < 1 (bisection; the judge needs a handful per call). */
export function normalQuantileUpper(p: number): number {
  let lo = -40;
  let hi = 40;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (normalTail(mid) > p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The smallest mean count x (of Poisson-like counts with variance φ·mean) that a one-sided level-α
 * test of "mean <= null" detects with probability `probability`: x − z_β·sqrt(φx) = null + z_α·sqrt(φ·null).
 */
export function detectableMean(nullMean: number, phi: number, alpha: number, probability: number): number {
  const zAlpha = normalQuantileUpper(alpha);
  const zBeta = normalQuantileUpper(1 - probability);
  const bound = nullMean + zAlpha * Math.sqrt(phi * nullMean);
  // At least one event, and a margin the discreteness of small counts needs.
  const b = Math.max(bound, 1);
  const root = (zBeta * Math.sqrt(phi) + Math.sqrt(zBeta * zBeta * phi + 4 * b)) / 2;
  return root * root;
}

export interface PowerInput {
  /** Canary calls the tests counted. */
  readonly canaryInvocations: number;
  /** The old version's error rate (pooled over its history and its minutes beside the canary); undefined without one. */
  readonly baselineRate: number | undefined;
  readonly maxErrorRate: number;
  readonly dispersion: number;
  readonly alphaComparison: number;
  readonly alphaCeiling: number;
}

export function verdictPower(input: PowerInput): Power {
  const n = input.canaryInvocations;
  const phi = Math.max(1, input.dispersion);
  let detectableErrorRate = 1;
  if (n > 0) {
    if (input.maxErrorRate <= 0) {
      detectableErrorRate = 1 - Math.pow(1 - POWER_PROBABILITY, 1 / n);
    } else if (input.maxErrorRate < 1) {
      // The mixture over 5 alternatives costs about ln 5 in the threshold.
      const alpha = input.alphaCeiling / 5;
      detectableErrorRate = Math.min(
        1,
        detectableMean(n * input.maxErrorRate, phi, alpha, POWER_PROBABILITY) / n,
      );
    }
  }
  let detectableRatio: number | undefined;
  const rate = input.baselineRate;
  if (n > 0 && rate !== undefined && rate > 0) {
    const expected = n * rate;
    detectableRatio = detectableMean(expected, phi, input.alphaComparison, POWER_PROBABILITY) / expected;
    detectableErrorRate = Math.min(detectableErrorRate, Math.min(1, detectableRatio * rate));
  }
  return {
    canaryInvocations: n,
    detectableRatio: detectableRatio === undefined ? undefined : round(detectableRatio, 3),
    detectableErrorRate: round(detectableErrorRate, 3),
    probability: POWER_PROBABILITY,
  };
}

/** A chance of catching, as the summaries say it: `4 times in 5`. */
export function chanceWords(probability: number): string {
  return probability === 0.8 ? '4 times in 5' : `${percent(probability)} of the time`;
}

/** `with 512 canary calls: would have caught >= 2.6× the old version's errors, or >= 2.1% errors, 4 times in 5`. */
export function describePower(power: Power): string {
  const ratio =
    power.detectableRatio === undefined
      ? ''
      : `≥ ${round(power.detectableRatio, 2)}× the old version's errors, or `;
  return `with ${power.canaryInvocations} canary calls: would have caught ${ratio}≥ ${percent(power.detectableErrorRate)} errors, ${chanceWords(power.probability)}`;
}

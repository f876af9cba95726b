import { describe, expect, it } from '@jest/globals';
import {
  binomialLowerTail,
  binomialUpperTail,
  cappedBinomial,
  lnGamma,
  median,
  regularizedBeta,
} from '../../../src/canary/judge/math.js';

function binomialPmf(k: number, n: number, p: number): number {
  let c = 1;
  for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1);
  return c * p ** k * (1 - p) ** (n - k);
}

function bruteUpper(k: number, n: number, p: number): number {
  let sum = 0;
  for (let i = Math.max(0, k); i <= n; i++) sum += binomialPmf(i, n, p);
  return sum;
}

describe('lnGamma', () => {
  it('matches factorials and Γ(1/2) = √π', () => {
    expect(lnGamma(1)).toBeCloseTo(0, 12);
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(lnGamma(20)).toBeCloseTo(Math.log(121645100408832000), 10);
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(lnGamma(0.25)).toBeCloseTo(Math.log(3.625609908221908), 10);
  });
});

describe('regularizedBeta', () => {
  it('is 0 and 1 at the ends and symmetric: I_x(a, b) = 1 - I_(1-x)(b, a)', () => {
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
    for (const [x, a, b] of [
      [0.2, 2, 5],
      [0.7, 3.5, 1.2],
      [0.01, 40, 700],
    ] as const) {
      expect(regularizedBeta(x, a, b)).toBeCloseTo(1 - regularizedBeta(1 - x, b, a), 12);
    }
  });

  it('equals x^a when b = 1', () => {
    expect(regularizedBeta(0.3, 4, 1)).toBeCloseTo(0.3 ** 4, 12);
  });
});

describe('binomial tails', () => {
  it('agree with summed probabilities, small and large', () => {
    for (const [k, n, p] of [
      [3, 10, 0.2],
      [14, 72, 0.1],
      [0, 5, 0.3],
      [40, 300, 0.1],
      [1, 1, 0.5],
    ] as const) {
      expect(binomialUpperTail(k, n, p)).toBeCloseTo(bruteUpper(k, n, p), 10);
      expect(binomialLowerTail(k, n, p)).toBeCloseTo(1 - bruteUpper(k + 1, n, p), 10);
    }
  });

  it('are 1 below zero and 0 above n', () => {
    expect(binomialUpperTail(0, 10, 0.1)).toBe(1);
    expect(binomialUpperTail(-2, 10, 0.1)).toBe(1);
    expect(binomialUpperTail(11, 10, 0.1)).toBe(0);
  });
});

describe('cappedBinomial', () => {
  it('is the distribution of min(X, to) on [from, to]', () => {
    const out = cappedBinomial(20, 0.1, 0, 5);
    expect(out).toHaveLength(6);
    for (let k = 0; k < 5; k++) expect(out[k]).toBeCloseTo(binomialPmf(k, 20, 0.1), 14);
    expect(out[5]).toBeCloseTo(bruteUpper(5, 20, 0.1), 12);
    expect(out.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 14);
  });

  it('starts at `from` without underflow for large counts', () => {
    const out = cappedBinomial(20000, 0.1, 1800, 2100);
    expect(out[200]).toBeCloseTo(binomialPmfLog(2000, 20000, 0.1), 8);
    expect(out.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 10);
  });
});

function binomialPmfLog(k: number, n: number, p: number): number {
  return Math.exp(
    lnGamma(n + 1) - lnGamma(k + 1) - lnGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log(1 - p),
  );
}

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones; NaN when empty', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

import { describe, expect, it } from '@jest/globals';
import {
  binomialLowerTail,
  binomialUpperTail,
  cappedBetaBinomial,
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

describe('cappedBetaBinomial', () => {
  /** P(k) of the beta-binomial with variance φ·m·p(1-p), by the textbook product (small m). */
  function betaBinomialPmf(k: number, m: number, p: number, phi: number): number {
    const rho = (phi - 1) / (m - 1);
    const a = (p * (1 - rho)) / rho;
    const b = ((1 - p) * (1 - rho)) / rho;
    let value = 1;
    for (let i = 0; i < k; i++) value *= ((m - i) / (i + 1)) * ((a + i) / (a + b + i));
    for (let i = 0; i < m - k; i++) value *= (b + i) / (a + b + k + i);
    return value;
  }

  it('is the beta-binomial on [from, to], the mass above put on `to`', () => {
    const out = cappedBetaBinomial(20, 0.1, 4, 0, 8);
    for (let k = 0; k < 8; k++) expect(out[k]).toBeCloseTo(betaBinomialPmf(k, 20, 0.1, 4), 12);
    let above = 0;
    for (let k = 8; k <= 20; k++) above += betaBinomialPmf(k, 20, 0.1, 4);
    expect(out[8]).toBeCloseTo(above, 12);
  });

  it('has mean m·p and variance φ·m·p(1-p) uncapped: the noise of events that come in clumps', () => {
    const m = 40;
    const out = cappedBetaBinomial(m, 0.1, 5, 0, m);
    const mean = out.reduce((s, v, k) => s + k * v, 0);
    const variance = out.reduce((s, v, k) => s + (k - mean) ** 2 * v, 0);
    expect(out.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    expect(mean).toBeCloseTo(4, 10);
    expect(variance).toBeCloseTo(5 * 40 * 0.1 * 0.9, 8);
  });

  it('is the binomial when φ is 1 (or one event), and has a heavier upper tail when φ is larger', () => {
    expect(Array.from(cappedBetaBinomial(20, 0.1, 1, 0, 5))).toEqual(
      Array.from(cappedBinomial(20, 0.1, 0, 5)),
    );
    expect(Array.from(cappedBetaBinomial(1, 0.1, 5, 0, 1))).toEqual(Array.from(cappedBinomial(1, 0.1, 0, 1)));
    expect(cappedBetaBinomial(20, 0.1, 3, 0, 6)[6]).toBeGreaterThan(
      cappedBinomial(20, 0.1, 0, 6)[6] as number,
    );
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

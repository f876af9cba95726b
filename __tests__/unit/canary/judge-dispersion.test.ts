import { describe, expect, it } from '@jest/globals';
import {
  addTerms,
  estimateKappa,
  extendSeries,
  NO_TERMS,
  seriesTerms,
  startSeries,
} from '../../../src/canary/judge/dispersion.js';
import {
  DISPERSION_PRIOR,
  DISPERSION_PRIOR_MINUTES_WITH_HISTORY,
} from '../../../src/canary/judge/constants.js';

/** Counts spread like Poisson (±sd around 100) or far wider (±60). */
const steadyCounts = Array.from({ length: 40 }, (_, i) => 100 + [-10, 0, 10, 0][i % 4]!);
const noisyCounts = Array.from({ length: 40 }, (_, i) => 100 + [-60, 0, 60, 0][i % 4]!);
const ns = (k: number): number[] => Array.from({ length: k }, () => 10000);

describe('seriesTerms + estimateKappa', () => {
  it('finds almost no extra noise in Poisson-like counts', () => {
    const terms = seriesTerms(ns(40), steadyCounts);
    expect(terms.minutes).toBe(40);
    expect(estimateKappa(terms, true)).toBeLessThan(0.01);
  });

  it('finds κ near (sd² − μ)/μ² in wide counts', () => {
    // variance of ±60, 0 pattern = 1800; (1800 − 100)/100² = 0.17
    const kappa = estimateKappa(seriesTerms(ns(40), noisyCounts), true);
    expect(kappa).toBeGreaterThan(0.14);
    expect(kappa).toBeLessThan(0.2);
  });

  it('has no terms without events or with a single minute', () => {
    expect(seriesTerms(ns(5), [0, 0, 0, 0, 0])).toEqual(NO_TERMS);
    expect(seriesTerms([100], [3])).toEqual(NO_TERMS);
    expect(seriesTerms([0, 0], [0, 0])).toEqual(NO_TERMS);
  });

  it('falls back to the cautious prior without information', () => {
    expect(estimateKappa(NO_TERMS, false)).toBe(DISPERSION_PRIOR);
  });

  it('weighs the prior as a few minutes of data: more of them without history', () => {
    const oneMinute = { excess: 0, information: 100, minutes: 1 };
    const withHistory = estimateKappa(oneMinute, true);
    const without = estimateKappa(oneMinute, false);
    expect(withHistory).toBeCloseTo(
      (DISPERSION_PRIOR * DISPERSION_PRIOR_MINUTES_WITH_HISTORY) /
        (1 + DISPERSION_PRIOR_MINUTES_WITH_HISTORY),
      10,
    );
    expect(without).toBeGreaterThan(withHistory);
  });
});

describe('extendSeries (one step ahead)', () => {
  it('skips minutes without invocations and the first minute (no rate yet)', () => {
    let series = startSeries();
    series = extendSeries(series, 0, 0);
    expect(series).toEqual(startSeries());
    series = extendSeries(series, 10000, 100);
    expect(series.terms.minutes).toBe(0);
    series = extendSeries(series, 10000, 104);
    expect(series.terms.minutes).toBe(1);
    expect(series.n).toBe(20000);
    expect(series.events).toBe(204);
  });

  it('starts from a prior rate, and tells steady from noisy series', () => {
    let steady = startSeries(10000, 100);
    let noisy = startSeries(10000, 100);
    steadyCounts.forEach((e) => (steady = extendSeries(steady, 10000, e)));
    noisyCounts.forEach((e) => (noisy = extendSeries(noisy, 10000, e)));
    expect(steady.terms.minutes).toBe(40);
    expect(estimateKappa(steady.terms, true)).toBeLessThan(0.02);
    expect(estimateKappa(noisy.terms, true)).toBeGreaterThan(0.1);
    expect(addTerms(steady.terms, noisy.terms).minutes).toBe(80);
  });
});

import { describe, expect, it } from '@jest/globals';
import {
  addTerms,
  estimateDispersion,
  extendSeries,
  NO_TERMS,
  oldVersionNoise,
  seriesTerms,
  startSeries,
} from '../../../src/canary/judge/dispersion.js';
import { DISPERSION_PRIOR } from '../../../src/canary/judge/constants.js';

/** Counts spread like Poisson (±sd around 100) or far wider (±60). */
const steadyCounts = Array.from({ length: 40 }, (_, i) => 100 + [-10, 0, 10, 0][i % 4]!);
const noisyCounts = Array.from({ length: 40 }, (_, i) => 100 + [-60, 0, 60, 0][i % 4]!);
const ns = (k: number): number[] => Array.from({ length: k }, () => 10000);

describe('seriesTerms + estimateDispersion (quasi-Poisson φ)', () => {
  it('reads Poisson-like counts as φ = 1', () => {
    const terms = seriesTerms(ns(40), steadyCounts);
    expect(terms.minutes).toBe(40);
    expect(estimateDispersion(terms, true)).toBe(1);
  });

  it('finds φ near variance/mean in wide counts', () => {
    // variance of the ±60, 0 pattern = 1800; 1800/100 = 18, less half a standard error
    const phi = estimateDispersion(seriesTerms(ns(40), noisyCounts), true);
    expect(phi).toBeGreaterThan(14);
    expect(phi).toBeLessThan(18);
  });

  it('has no terms without events or with a single minute', () => {
    expect(seriesTerms(ns(5), [0, 0, 0, 0, 0])).toEqual(NO_TERMS);
    expect(seriesTerms([100], [3])).toEqual(NO_TERMS);
    expect(seriesTerms([0, 0], [0, 0])).toEqual(NO_TERMS);
  });

  it('falls back to the cautious prior without information, more so without history', () => {
    const withoutHistory = estimateDispersion(NO_TERMS, false);
    expect(withoutHistory).toBeGreaterThan(1);
    expect(withoutHistory).toBeLessThan(DISPERSION_PRIOR);
    expect(estimateDispersion(NO_TERMS, false)).toBeGreaterThan(estimateDispersion(NO_TERMS, true));
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
    expect(estimateDispersion(steady.terms, true)).toBeLessThan(1.2);
    expect(estimateDispersion(noisy.terms, true)).toBeGreaterThan(10);
    expect(addTerms(steady.terms, noisy.terms).minutes).toBe(80);
  });
});

describe('oldVersionNoise', () => {
  it("learns φ and the rate from the old version's history and its minutes beside the canary", () => {
    const history = noisyCounts.slice(0, 20).map((events) => ({ n: 10000, events }));
    const beside = noisyCounts.slice(20).map((events) => ({ n: 9000, events: Math.round(events * 0.9) }));
    const noise = oldVersionNoise(history, beside, 10);
    expect(noise.usedHistory).toBe(true);
    expect(noise.dispersion).toBeGreaterThan(10);
    expect(noise.rate).toBeCloseTo(0.01, 3);
    expect(oldVersionNoise(history.slice(0, 5), [], 10)).toMatchObject({
      usedHistory: false,
      rate: undefined,
    });
  });
});

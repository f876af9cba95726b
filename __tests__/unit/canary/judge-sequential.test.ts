import { beforeEach, describe, expect, it } from '@jest/globals';
import type { CountMinute, HistoryMinute } from '../../../src/canary/judge/counts.js';
import {
  clearComparisonMemo,
  compareCounts,
  spendingFor,
  spent,
} from '../../../src/canary/judge/sequential.js';
import { SPARSE_EARLY_SHARE } from '../../../src/canary/judge/constants.js';
import { MINUTE, T0 } from '../../helpers/judge-fixtures.js';

function count(
  i: number,
  canaryN: number,
  canaryEvents: number,
  baselineN: number,
  baselineEvents: number,
): CountMinute {
  return { start: T0 + i * MINUTE, canaryN, canaryEvents, baselineN, baselineEvents };
}

const HOUR = { alpha: 0.005, holdMs: 60 * MINUTE, final: false };

function binomialPmf(k: number, n: number, p: number): number {
  let c = 1;
  for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1);
  return c * p ** k * (1 - p) ** (n - k);
}

beforeEach(() => clearComparisonMemo());

describe('compareCounts: validity', () => {
  it('rejects a true null with probability <= α, summed exactly over every outcome (cap active)', () => {
    // GIVEN 3 minutes, canary share 10%, 4 events a minute: the cap is 3, so 4 canary events count as 3
    const design = { alpha: 0.2, holdMs: 3 * MINUTE, final: true };
    let rejected = 0;
    let total = 0;
    // WHEN every outcome (5^3) is judged
    for (let a = 0; a <= 4; a++) {
      for (let b = 0; b <= 4; b++) {
        for (let c = 0; c <= 4; c++) {
          const p = binomialPmf(a, 4, 0.1) * binomialPmf(b, 4, 0.1) * binomialPmf(c, 4, 0.1);
          const minutes = [
            count(0, 10, a, 90, 4 - a),
            count(1, 10, b, 90, 4 - b),
            count(2, 10, c, 90, 4 - c),
          ];
          total += p;
          if (compareCounts(minutes, [], design).rejected) rejected += p;
        }
      }
    }
    // THEN the chance of a rollback under equal rates stays within α, and the test is not empty
    expect(total).toBeCloseTo(1, 12);
    expect(rejected).toBeLessThanOrEqual(0.2);
    expect(rejected).toBeGreaterThan(0.02);
  });

  it('spends at most α by the end of the hold, and the final look spends the rest', () => {
    const minutes = Array.from({ length: 10 }, (_, i) => count(i, 100, 1, 900, 9));
    const before = compareCounts(minutes, [], { ...HOUR, holdMs: 10 * MINUTE });
    const final = compareCounts(minutes, [], { ...HOUR, holdMs: 20 * MINUTE, final: true });
    expect(before.alphaSpent).toBeLessThanOrEqual(0.005);
    expect(final.alphaSpent).toBeLessThanOrEqual(0.005);
    expect(final.alphaSpent).toBeGreaterThan(
      compareCounts(minutes, [], { ...HOUR, holdMs: 20 * MINUTE }).alphaSpent,
    );
  });
});

describe('compareCounts: spending by the events the old version record promises', () => {
  // 30 minutes of the old version alone: 100 calls a minute at 1% errors (1 event a minute)
  const sparseHistory: HistoryMinute[] = Array.from({ length: 30 }, () => ({ n: 100, events: 1 }));
  const prior = { usedHistory: true, priorEvents: 30 };

  it('is sparse when the canary can expect fewer than 10 events over the hold, early otherwise', () => {
    // 10% of 1 event a minute for 60 minutes: 6 events
    expect(spendingFor(sparseHistory, prior, 0.1, 60 * MINUTE)).toBe('sparse');
    // ten times the traffic: 60 events
    const busy = sparseHistory.map(() => ({ n: 1000, events: 10 }));
    expect(spendingFor(busy, { usedHistory: true, priorEvents: 300 }, 0.1, 60 * MINUTE)).toBe('early');
    // without a weight or without history nothing is known: early, as before
    expect(spendingFor(sparseHistory, prior, undefined, 60 * MINUTE)).toBe('early');
    expect(spendingFor(sparseHistory, { usedHistory: false, priorEvents: 0 }, 0.1, 60 * MINUTE)).toBe(
      'early',
    );
  });

  it('keeps most of α for the end when sparse, and spends all of it by the end either way', () => {
    expect(spent('sparse', 0.5)).toBeLessThan(spent('early', 0.5));
    // the early share still spent early: a large regression is caught in the first minutes
    expect(spent('sparse', 0.1)).toBeGreaterThanOrEqual(SPARSE_EARLY_SHARE * spent('early', 0.1));
    expect(spent('sparse', 1)).toBeCloseTo(1, 12);
    expect(spent('early', 1)).toBeCloseTo(1, 12);
  });

  it('rejects a 3× canary at 10 calls a minute by the end of the hour where early spending does not', () => {
    // GIVEN 60 minutes, canary 10 calls a minute with 17 errors spread evenly (about 2.8%), the old version 90 calls and 1 error
    const every = 60 / 17;
    const minutes = Array.from({ length: 60 }, (_, i) =>
      count(i, 10, Math.floor((i + 1) / every) - Math.floor(i / every), 90, 1),
    );
    const design = { ...HOUR, final: true, alphaTotals: 0 };
    // WHEN judged with the old version's sparse record, and without it (early spending)
    const sparse = compareCounts(minutes, sparseHistory, { ...design, weight: 0.1 });
    const early = compareCounts(minutes, sparseHistory, design);
    // THEN the late α decides, and both spend no more than α
    expect(sparse.rejected).toBe(true);
    expect(sparse.alphaSpent).toBeLessThanOrEqual(HOUR.alpha);
    expect(early.alphaSpent).toBeLessThanOrEqual(HOUR.alpha);
    expect(early.rejected).toBe(false);
  });
});

describe('compareCounts: decisions', () => {
  it('does not reject equal rates, and promotes them once the evidence is in', () => {
    // GIVEN 30 minutes at 10k/min with 1% errors on both versions
    const minutes = Array.from({ length: 30 }, (_, i) => count(i, 1000, 10, 9000, 90));
    const result = compareCounts(minutes, [], HOUR);
    expect(result.rejected).toBe(false);
    expect(result.promoteReady).toBe(true);
    expect(result.ratio).toBeCloseTo(1, 10);
    expect(result.canaryN).toBe(30000);
    expect(result.informativeMinutes).toBe(30);
  });

  it('rejects a 3× canary at 10k/min within 2 minutes of a quiet service, naming the minute', () => {
    // GIVEN the old version's last 30 minutes: steady (Poisson-like) error counts
    const history: HistoryMinute[] = Array.from({ length: 30 }, (_, i) => ({
      n: 10000,
      events: 100 + ((i % 3) - 1) * 8,
    }));
    const minutes = [count(0, 1000, 30, 9000, 90), count(1, 1000, 30, 9000, 90)];
    const first = compareCounts(minutes.slice(0, 1), history, HOUR);
    const second = compareCounts(minutes, history, HOUR);
    expect(first.rejected).toBe(false);
    expect(second.rejected).toBe(true);
    expect(second.rejectedAtMinute).toBe(T0 + MINUTE);
    expect(second.statistic).toBeGreaterThanOrEqual(second.boundary as number);
    expect(second.ratio).toBeCloseTo(3, 10);
  });

  it('lets no single burst minute decide: the minute is capped at 3 standard deviations', () => {
    // GIVEN a quiet canary, then one minute where it has 60 errors of 100 events
    const quiet = Array.from({ length: 10 }, (_, i) => count(i, 100, 1, 900, 9));
    const burst = [...quiet, count(10, 100, 60, 900, 40)];
    const result = compareCounts(burst, [], HOUR);
    // THEN the count moves by at most mean + 3 sd of that minute (10 + 9 = 19), not 60
    expect(result.rejected).toBe(false);
    expect(result.statistic).toBeLessThanOrEqual(10 + 19);
  });

  it('ignores minutes where either version had no invocations', () => {
    const minutes = [count(0, 0, 0, 900, 9), count(1, 100, 5, 0, 0), count(2, 100, 1, 900, 9)];
    const result = compareCounts(minutes, [], HOUR);
    expect(result.informativeMinutes).toBe(1);
    expect(result.canaryN).toBe(100);
    expect(result.baselineEvents).toBe(9);
  });

  it('has no ratio and no rejection without any events', () => {
    const minutes = Array.from({ length: 5 }, (_, i) => count(i, 100, 0, 900, 0));
    const result = compareCounts(minutes, [], { ...HOUR, final: true });
    expect(result.ratio).toBeUndefined();
    expect(result.rejected).toBe(false);
    expect(result.informativeMinutes).toBe(0);
    expect(compareCounts([], [], HOUR).boundary).toBeUndefined();
  });
});

describe('compareCounts: noise', () => {
  const quietHistory: HistoryMinute[] = Array.from({ length: 30 }, (_, i) => ({
    n: 10000,
    events: 100 + ((i % 3) - 1) * 5,
  }));
  const noisyHistory: HistoryMinute[] = Array.from({ length: 30 }, (_, i) => ({
    n: 10000,
    events: i % 2 === 0 ? 40 : 160,
  }));
  const minutes = [count(0, 1000, 24, 9000, 90), count(1, 1000, 24, 9000, 90)];

  it("uses the old version's history: a quiet service is judged at full speed", () => {
    const quiet = compareCounts(minutes, quietHistory, HOUR);
    expect(quiet.usedHistory).toBe(true);
    expect(quiet.dispersion).toBe(1);
    expect(quiet.rejected).toBe(true);
  });

  it('widens the test for a noisy service, so the same minutes do not roll back', () => {
    const noisy = compareCounts(minutes, noisyHistory, HOUR);
    expect(noisy.dispersion).toBeGreaterThan(2);
    expect(noisy.rejected).toBe(false);
  });

  it('assumes a noisy service without history (fewer than 10 minutes of it), so it takes longer', () => {
    const strong = Array.from({ length: 5 }, (_, i) => count(i, 1000, 30, 9000, 90));
    const none = compareCounts(strong.slice(0, 2), quietHistory.slice(0, 5), HOUR);
    expect(none.usedHistory).toBe(false);
    expect(none.dispersion).toBeGreaterThan(1);
    const withHistory = compareCounts(strong.slice(0, 2), quietHistory, HOUR);
    expect(withHistory.dispersion).toBe(1);
    expect(none.dispersion).toBeGreaterThan(withHistory.dispersion);
    // the in-step minutes show the counts are steady: the 3× canary is caught by minute 5
    expect(compareCounts(strong, quietHistory.slice(0, 5), HOUR).rejected).toBe(true);
  });
});

describe('compareCounts: memoised state', () => {
  it('gives the same result minute by minute as in one go', () => {
    const minutes = Array.from({ length: 12 }, (_, i) => count(i, 100 + i, i % 3, 900, 9 + (i % 4)));
    const inOneGo = compareCounts(minutes, [], HOUR);
    clearComparisonMemo();
    let stepwise = compareCounts(minutes.slice(0, 1), [], HOUR);
    for (let t = 2; t <= minutes.length; t++) stepwise = compareCounts(minutes.slice(0, t), [], HOUR);
    expect(stepwise).toEqual(inOneGo);
    // and again, from the memo
    expect(compareCounts(minutes, [], HOUR)).toEqual(inOneGo);
    expect(compareCounts(minutes, [], { ...HOUR, final: true }).alphaSpent).toBeGreaterThan(
      inOneGo.alphaSpent,
    );
  });
});

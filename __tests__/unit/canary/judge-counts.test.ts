import { describe, expect, it } from '@jest/globals';
import { alignCounts, historyCounts, readErrors, readSlow } from '../../../src/canary/judge/counts.js';
import { minute, T0 } from '../../helpers/judge-fixtures.js';

describe('alignCounts', () => {
  it('pairs minutes by start and treats a minute missing on one side as no invocations there', () => {
    // GIVEN a canary missing minute 1 and a baseline missing minute 2, out of order
    const canary = [minute(2, { invocations: 10, errors: 1 }), minute(0, { invocations: 10, errors: 0 })];
    const baseline = [minute(0, { invocations: 90, errors: 1 }), minute(1, { invocations: 90, errors: 2 })];
    // WHEN aligned
    const counts = alignCounts(canary, baseline, readErrors);
    // THEN three minutes in time order
    expect(counts.map((c) => c.start)).toEqual([T0, T0 + 60_000, T0 + 120_000]);
    expect(counts[0]).toEqual({ start: T0, canaryN: 10, canaryEvents: 0, baselineN: 90, baselineEvents: 1 });
    expect(counts[1]).toMatchObject({ canaryN: 0, canaryEvents: 0, baselineN: 90, baselineEvents: 2 });
    expect(counts[2]).toMatchObject({ canaryN: 10, canaryEvents: 1, baselineN: 0, baselineEvents: 0 });
  });

  it('reads slow requests only where they were read; a minute without them carries no data', () => {
    const canary = [minute(0, { invocations: 10, slowCount: 2 }), minute(1, { invocations: 10 })];
    const baseline = [
      minute(0, { invocations: 90, slowCount: 1 }),
      minute(1, { invocations: 90, slowCount: 3 }),
    ];
    const counts = alignCounts(canary, baseline, readSlow);
    expect(counts[0]).toMatchObject({ canaryN: 10, canaryEvents: 2, baselineEvents: 1 });
    expect(counts[1]).toMatchObject({ canaryN: 0, canaryEvents: 0, baselineN: 90, baselineEvents: 3 });
  });

  it('clamps bad figures: negative, fractional, NaN, events above invocations', () => {
    const canary = [minute(0, { invocations: 10.7, errors: 40 }), minute(1, { invocations: -3, errors: 2 })];
    const baseline = [
      minute(0, { invocations: Number.NaN, errors: 1 }),
      minute(1, { invocations: 5, errors: -1 }),
    ];
    const counts = alignCounts(canary, baseline, readErrors);
    expect(counts[0]).toMatchObject({ canaryN: 10, canaryEvents: 10, baselineN: 0, baselineEvents: 0 });
    expect(counts[1]).toMatchObject({ canaryN: 0, canaryEvents: 0, baselineN: 5, baselineEvents: 0 });
  });
});

describe('historyCounts', () => {
  it('is empty without history and reads each minute otherwise', () => {
    expect(historyCounts(undefined, readErrors)).toEqual([]);
    expect(historyCounts([minute(-2, { invocations: 100, errors: 3 }), minute(-1)], readErrors)).toEqual([
      { n: 100, events: 3 },
      { n: 0, events: 0 },
    ]);
  });
});

describe('readErrors: missing is not zero', () => {
  it('reads a minute whose Errors figure is missing as no data, not as a clean minute', () => {
    const canary = [minute(0, { invocations: 100, errors: 0, errorsMissing: true })];
    const baseline = [minute(0, { invocations: 900, errors: 4 })];
    const counts = alignCounts(canary, baseline, readErrors);
    expect(counts[0]).toMatchObject({ canaryN: 0, canaryEvents: 0, baselineN: 900, baselineEvents: 4 });
    expect(historyCounts(canary, readErrors)).toEqual([{ n: 0, events: 0 }]);
  });
});

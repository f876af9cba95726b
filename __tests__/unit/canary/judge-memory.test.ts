import { describe, expect, it } from '@jest/globals';
import { memoryChecks, senTrend } from '../../../src/canary/judge/memory.js';
import type { CheckResult } from '../../../src/canary/judge/check.js';
import { minute, series } from '../../helpers/judge-fixtures.js';

const LIMIT = 0.9;
/** A deterministic ±1 point wobble. */
const wobble = (i: number): number => [0, 0.01, -0.01, 0.005, -0.005][i % 5]!;

function check(results: readonly CheckResult[], name: string): CheckResult {
  const found = results.find((r) => r.name === name);
  if (found === undefined) throw new Error(`no ${name} check`);
  return found;
}

describe('senTrend', () => {
  it("gives Sen's slope, a lower bound from the ranks, and the level at the last point", () => {
    const points = Array.from({ length: 10 }, (_, i) => ({ minute: i, value: 0.4 + 0.01 * i + wobble(i) }));
    const trend = senTrend(points);
    expect(trend.slope).toBeGreaterThan(0.008);
    expect(trend.slope).toBeLessThan(0.012);
    expect(trend.lowSlope).toBeDefined();
    expect(trend.lowSlope as number).toBeLessThan(trend.slope);
    expect(trend.level).toBeCloseTo(0.49, 2);
  });

  it('has no lower bound with too few points', () => {
    expect(
      senTrend([
        { minute: 0, value: 1 },
        { minute: 1, value: 2 },
      ]).lowSlope,
    ).toBeUndefined();
    expect(senTrend([]).slope).toBe(0);
  });
});

describe('memoryChecks', () => {
  it('never passes in silence when memory cannot be read: a warning with the reason', () => {
    const why = 'Logs Insights returned no REPORT lines';
    const summary = `memory not read (${why}): max-memory-utilization 90% not checked`;
    const calls = series(5, () => ({ invocations: 10 }));
    const results = memoryChecks({ canary: calls, baseline: undefined, limit: LIMIT, unavailable: why });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ name: 'memory', failed: false, summary, warning: summary });
    expect(results[0]?.evidence).toEqual({ memoryUnavailable: why });
    // without a stated reason, canary calls without any memory figure still warn
    const unexplained = memoryChecks({
      canary: calls,
      baseline: undefined,
      limit: LIMIT,
      unavailable: undefined,
    });
    expect(unexplained[0]?.warning).toMatch(/no memory figure for any canary minute/);
    // no calls, nothing to read
    const none = memoryChecks({ canary: [], baseline: undefined, limit: LIMIT, unavailable: undefined });
    expect(none[0]?.warning).toBeUndefined();
  });

  it('fails any minute at or above the ceiling', () => {
    const canary = [minute(0, { memoryUtilization: 0.5 }), minute(7, { memoryUtilization: 0.9 })];
    const ceiling = check(
      memoryChecks({ canary: canary, baseline: undefined, limit: LIMIT, unavailable: undefined }),
      'memory ceiling',
    );
    expect(ceiling.failed).toBe(true);
    expect(ceiling.summary).toBe('canary memory 90% >= max-memory-utilization 90% at 12:07 UTC');
  });

  it('catches a leak of 1 point a minute long before the ceiling', () => {
    // GIVEN 40% + 1 point a minute, noisy, after the warm-up
    const canary = series(15, (i) => ({ memoryUtilization: 0.4 + 0.01 * i + wobble(i) }));
    const trend = check(
      memoryChecks({ canary: canary, baseline: undefined, limit: LIMIT, unavailable: undefined }),
      'memory trend',
    );
    expect(trend.failed).toBe(true);
    expect(trend.summary).toMatch(/^canary memory leak: \+\d+(\.\d+)?% of memory size an hour/);
    expect(trend.evidence['memorySlopePerHour']).toBeCloseTo(0.6, 1);
  });

  it('ignores a flat, noisy series and the warm-up climb of a fresh environment', () => {
    // GIVEN memory climbing from 20% to 40% in the first 5 minutes, then flat with noise
    const canary = series(30, (i) => ({ memoryUtilization: (i < 5 ? 0.2 + 0.04 * i : 0.4) + wobble(i) }));
    const results = memoryChecks({
      canary: canary,
      baseline: undefined,
      limit: LIMIT,
      unavailable: undefined,
    });
    expect(results.every((r) => !r.failed)).toBe(true);
    expect(check(results, 'memory trend').readyToPass).toBe(true);
  });

  it('does not fail a slow rise that stays below the limit for the next 2 hours', () => {
    // +0.1 point a minute from 40%: 52% in 2 hours
    const canary = series(30, (i) => ({ memoryUtilization: 0.4 + 0.001 * i }));
    expect(
      check(
        memoryChecks({ canary: canary, baseline: undefined, limit: LIMIT, unavailable: undefined }),
        'memory trend',
      ).failed,
    ).toBe(false);
  });

  it('waits for enough minutes after the warm-up before judging a trend (and before an early pass)', () => {
    const canary = series(10, (i) => ({ memoryUtilization: 0.4 + 0.03 * i }));
    const trend = check(
      memoryChecks({ canary: canary, baseline: undefined, limit: LIMIT, unavailable: undefined }),
      'memory trend',
    );
    expect(trend.failed).toBe(false);
    expect(trend.readyToPass).toBe(false);
    expect(trend.summary).toBe('memory trend needs 8 minutes after a 5-minute warm-up (has 5)');
  });

  it('fails 5 minutes in a row more than 10 points above the baseline', () => {
    const baseline = series(12, () => ({ memoryUtilization: 0.4 }));
    const gaps = [0.05, 0.12, 0.12, 0.12, 0.12, 0.12, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05];
    const canary = gaps.map((g, i) => minute(i, { memoryUtilization: 0.4 + g }));
    const vsBaseline = check(
      memoryChecks({ canary: canary, baseline: baseline, limit: LIMIT, unavailable: undefined }),
      'memory vs baseline',
    );
    expect(vsBaseline.failed).toBe(true);
    expect(vsBaseline.summary).toMatch(/for 5 minutes in a row \(12% at 12:05 UTC\)/);
  });

  it('does not fail 4 minutes above the baseline, and says so when the baseline has no figures', () => {
    const baseline = series(6, () => ({ memoryUtilization: 0.4 }));
    const canary = [0.55, 0.55, 0.55, 0.55, 0.45, 0.55].map((v, i) => minute(i, { memoryUtilization: v }));
    const vsBaseline = check(
      memoryChecks({ canary: canary, baseline: baseline, limit: LIMIT, unavailable: undefined }),
      'memory vs baseline',
    );
    expect(vsBaseline.failed).toBe(false);
    expect(vsBaseline.evidence['memoryGapToBaseline']).toBeCloseTo(0.15, 10);
    const noFigures = check(
      memoryChecks({ canary, baseline: series(6, () => ({})), limit: LIMIT, unavailable: undefined }),
      'memory vs baseline',
    );
    expect(noFigures.summary).toBe('no baseline memory figures');
  });
});

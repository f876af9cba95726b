import { describe, expect, it } from '@jest/globals';
import type { CeilingInput } from '../../../src/canary/judge/ceilings.js';
import { errorCeiling, p99Ceiling, throttles } from '../../../src/canary/judge/ceilings.js';
import type { MinuteSample } from '../../../src/canary/types.js';
import { minute, series } from '../../helpers/judge-fixtures.js';

const NO_SYNTHETIC = { invocations: 0, errors: 0 };

function ceiling(canary: MinuteSample[], maxErrorRate: number, more: Partial<CeilingInput> = {}) {
  return errorCeiling({
    canary,
    baseline: undefined,
    synthetic: NO_SYNTHETIC,
    syntheticBaseline: undefined,
    maxErrorRate,
    dispersion: 1,
    alpha: 0.001,
    ...more,
  });
}

describe('errorCeiling', () => {
  it('does not fail one error in three invocations at max-error-rate 1%', () => {
    const result = ceiling([minute(0, { invocations: 3, errors: 1 })], 0.01);
    expect(result.failed).toBe(false);
    expect(result.evidence['canaryErrorRate']).toBeCloseTo(1 / 3, 3);
    expect(result.readyToPass).toBe(false);
  });

  it('fails a canary clearly above the ceiling, with the always-valid e-value in the reason', () => {
    const result = ceiling(
      series(5, () => ({ invocations: 200, errors: 30 })),
      0.05,
    );
    expect(result.failed).toBe(true);
    expect(result.summary).toMatch(/canary error rate 15% \(150\/1000\) above max-error-rate 5%/);
    expect(result.evidence['ceilingLogE']).toBeGreaterThanOrEqual(Math.log(1000));
  });

  it('fails one overwhelming minute at once: 360 errors in 1,200 calls against 2%', () => {
    const result = ceiling([minute(0, { invocations: 1200, errors: 360 })], 0.02);
    expect(result.failed).toBe(true);
    expect(result.summary).toMatch(/30% \(360\/1200\) above max-error-rate 2%/);
  });

  it("divides the evidence by the old version's noise φ: a clump is not many independent errors", () => {
    // 10 errors in 100 calls at a 1% ceiling: decisive for independent errors, not for clumps of ~7
    const clump = [minute(0, { invocations: 100, errors: 10 })];
    expect(ceiling(clump, 0.01).failed).toBe(true);
    expect(ceiling(clump, 0.01, { dispersion: 7 }).failed).toBe(false);
  });

  it('trips the breaker at once: >= 5 errors and more than half the calls in a minute', () => {
    const result = ceiling([minute(3, { invocations: 9, errors: 7 })], 0.5);
    expect(result.failed).toBe(true);
    expect(result.summary).toBe(
      'circuit breaker: 7 of 9 canary invocations failed in the minute of 12:03 UTC',
    );
    // 4 of 4 is below the breaker's minimum count
    expect(ceiling([minute(0, { invocations: 4, errors: 4 })], 0.9).failed).toBe(false);
  });

  it('does not trip the breaker when the old version fails as much in the same minute', () => {
    const canary = [minute(3, { invocations: 10, errors: 7 })];
    const shared = ceiling(canary, 0.9, { baseline: [minute(3, { invocations: 90, errors: 60 })] });
    expect(shared.failed).toBe(false);
    expect(shared.evidence['breakerSharedWithBaseline']).toBe('12:03');
    const alone = ceiling(canary, 0.9, { baseline: [minute(3, { invocations: 90, errors: 2 })] });
    expect(alone.failed).toBe(true);
  });

  describe('the breaker at low traffic, beside an old version whose errors come in clumps', () => {
    // The old version's 30 minutes: 90 calls a minute, quiet but for two clumps of 5 and 6 errors.
    const history = series(30, (i) => ({ invocations: 90, errors: i === -20 ? 5 : i === -8 ? 6 : 0 }), -30);
    const quiet = () => ({ invocations: 10, errors: 0 });
    const clumpy = (canary: MinuteSample[]) =>
      ceiling(canary, 0.9, { history, baseline: series(canary.length, () => ({ invocations: 90 })) });

    it('lets one clump within two of the old version’s worst minutes be judged by the count tests', () => {
      const canary = series(4, (i) => (i === 2 ? { invocations: 10, errors: 8 } : quiet()));
      const result = clumpy(canary);
      expect(result.failed).toBe(false);
      expect(result.evidence['breakerOldWorstMinute']).toBe(6);
      expect(result.evidence['breakerAllowedClump']).toBe('12:02');
    });

    it('fails at once a minute beyond two of the old version’s worst minutes', () => {
      const result = clumpy([minute(0, { invocations: 20, errors: 13 })]);
      expect(result.failed).toBe(true);
      expect(result.summary).toBe(
        "circuit breaker: 13 of 20 canary invocations failed in the minute of 12:00 UTC; the old version's worst minute had 6",
      );
    });

    it('fails a crash, most calls failing minute after minute, once two minutes hold more than the worst one', () => {
      const canary = series(3, () => ({ invocations: 10, errors: 8 }));
      const result = clumpy(canary);
      expect(result.failed).toBe(true);
      expect(result.summary).toMatch(
        /^circuit breaker: 16 of 20 canary invocations failed in the 2 minutes from 12:00 UTC/,
      );
    });

    it('reads one clump beside a minute of few calls as one clump, not a crash', () => {
      const canary = [minute(0, { invocations: 2, errors: 0 }), minute(1, { invocations: 10, errors: 7 })];
      expect(clumpy(canary).failed).toBe(false);
    });

    it('lets nothing through when the old version showed no errors', () => {
      const result = ceiling(
        series(2, (i) => (i === 1 ? { invocations: 10, errors: 6 } : quiet())),
        0.9,
        {
          history: series(30, () => ({ invocations: 90 }), -30),
        },
      );
      expect(result.failed).toBe(true);
      expect(result.summary).toBe(
        'circuit breaker: 6 of 10 canary invocations failed in the minute of 12:01 UTC',
      );
    });
  });

  it('leaves a minute with a missing Errors figure out (missing is not zero)', () => {
    const canary = [
      minute(0, { invocations: 100, errors: 0 }),
      minute(1, { invocations: 100, errors: 0, errorsMissing: true }),
    ];
    const result = ceiling(canary, 0.05);
    expect(result.invocations).toBe(100);
    expect(result.evidence['canaryMinutesMissingErrors']).toBe(1);
  });

  it('counts synthetic invocations, with their own breaker', () => {
    const result = ceiling([], 0.5, { synthetic: { invocations: 10, errors: 6 } });
    expect(result.failed).toBe(true);
    expect(result.summary).toMatch(
      /^circuit breaker: 6 of 10 synthetic invocations failed; the old version was not invoked/,
    );
    const clean = ceiling([minute(0, { invocations: 10, errors: 0 })], 0.05, {
      synthetic: { invocations: 100, errors: 0 },
    });
    expect(clean.invocations).toBe(110);
    expect(clean.evidence['syntheticInvocations']).toBe(100);
  });

  it('reads synthetic calls both versions reject as a bad payload, not a bad release', () => {
    const result = ceiling([minute(0, { invocations: 100 })], 0.05, {
      synthetic: { invocations: 10, errors: 10 },
      syntheticBaseline: { invocations: 10, errors: 10 },
    });
    expect(result.failed).toBe(false);
    expect(result.invocations).toBe(100);
    expect(result.summary).toMatch(/the old version rejects the payload too \(10\/10\)/);
  });

  it('shows the rate below the ceiling early by the accept test', () => {
    const plenty = ceiling(
      series(10, () => ({ invocations: 100, errors: 1 })),
      0.05,
    );
    expect(plenty.readyToPass).toBe(true);
    expect(plenty.summary).toMatch(/below max-error-rate 5%/);
  });

  it('has no ceiling at 100% and allows none at 0%', () => {
    const canary = [minute(0, { invocations: 10, errors: 4 })];
    expect(ceiling(canary, 1)).toMatchObject({ failed: false, readyToPass: true });
    expect(ceiling(canary, 0).failed).toBe(true);
    expect(ceiling([minute(0, { invocations: 10 })], 0)).toMatchObject({ failed: false, readyToPass: true });
    expect(ceiling([], 0)).toMatchObject({ failed: false, readyToPass: false });
  });

  it('reads bad counts as zero', () => {
    const result = ceiling([minute(0, { invocations: Number.NaN, errors: 3 })], 0.05);
    expect(result.invocations).toBe(0);
    expect(result.errors).toBe(0);
  });
});

describe('throttles', () => {
  it('fails above max-throttles when the old version is not throttled', () => {
    const canary = [minute(0, { throttles: 1 }), minute(1, { throttles: 2 })];
    expect(throttles(canary, undefined, undefined, 3, 0.001).failed).toBe(false);
    const result = throttles(canary, [minute(0, { invocations: 900 })], [], 2, 0.001);
    expect(result.failed).toBe(true);
    expect(result.summary).toBe('3 canary throttles > max-throttles 2');
  });

  it("allows throttles both versions see (the account's concurrency limit)", () => {
    const canary = [minute(0, { invocations: 100, throttles: 3 })];
    const baseline = [minute(0, { invocations: 900, throttles: 27 })];
    const result = throttles(canary, baseline, [], 0, 0.001);
    expect(result.failed).toBe(false);
    expect(result.summary).toMatch(/the old version is throttled too \(27 in the step, 0 before\)/);
  });

  it('fails a canary throttled far beyond its share beside a throttled old version', () => {
    const canary = [minute(0, { invocations: 100, throttles: 30 })];
    const baseline = [minute(0, { invocations: 900, throttles: 2 })];
    const result = throttles(canary, baseline, [], 0, 0.001);
    expect(result.failed).toBe(true);
    expect(result.summary).toMatch(/more than its share beside the old version's 2/);
  });
});

describe('p99Ceiling', () => {
  it('does nothing without a ceiling', () => {
    expect(p99Ceiling([minute(0, { durationP99Ms: 9000 })], undefined)).toMatchObject({
      failed: false,
      readyToPass: true,
    });
  });

  it('fails after 3 minutes in a row (with data) above it, even if it recovered since', () => {
    const p99s = [300, 600, undefined, 700, 650, 200];
    const canary = p99s.map((p, i) => minute(i, { durationP99Ms: p }));
    const result = p99Ceiling(canary, 500);
    expect(result.failed).toBe(true);
    expect(result.summary).toMatch(/for 3 minutes in a row \(to 12:04 UTC, 650 ms\)/);
  });

  it('does not fail two breaches separated by a good minute', () => {
    const canary = [900, 900, 100, 900].map((p, i) => minute(i, { durationP99Ms: p }));
    const result = p99Ceiling(canary, 500);
    expect(result.failed).toBe(false);
    expect(result.evidence['canaryP99MaxMs']).toBe(900);
  });
});

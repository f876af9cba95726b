import { describe, expect, it } from '@jest/globals';
import { errorCeiling, p99Ceiling, throttles } from '../../../src/canary/judge/ceilings.js';
import { minute, series } from '../../helpers/judge-fixtures.js';

const NO_SYNTHETIC = { invocations: 0, errors: 0 };

describe('errorCeiling', () => {
  it('does not fail one error in three invocations at max-error-rate 1%', () => {
    const result = errorCeiling([minute(0, { invocations: 3, errors: 1 })], NO_SYNTHETIC, 0.01);
    expect(result.failed).toBe(false);
    expect(result.evidence['canaryErrorRate']).toBeCloseTo(1 / 3, 3);
    expect(result.readyToPass).toBe(false);
  });

  it('fails a canary clearly above the ceiling, with the always-valid e-value in the reason', () => {
    const canary = series(5, () => ({ invocations: 200, errors: 30 }));
    const result = errorCeiling(canary, NO_SYNTHETIC, 0.05);
    expect(result.failed).toBe(true);
    expect(result.summary).toMatch(/canary error rate 15% \(150\/1000\) above max-error-rate 5%/);
    expect(result.evidence['ceilingLogE']).toBeGreaterThanOrEqual(Math.log(1000));
  });

  it('needs more than one minute, however bad, below the breaker', () => {
    // 40% errors in one minute: under the breaker's 50%, and one minute adds at most half the threshold
    const one = errorCeiling([minute(0, { invocations: 1000, errors: 400 })], NO_SYNTHETIC, 0.05);
    const two = errorCeiling(
      series(2, () => ({ invocations: 1000, errors: 400 })),
      NO_SYNTHETIC,
      0.05,
    );
    expect(one.failed).toBe(false);
    expect(two.failed).toBe(true);
  });

  it('trips the breaker at once: >= 5 errors and more than half the calls in a minute', () => {
    const result = errorCeiling([minute(3, { invocations: 9, errors: 7 })], NO_SYNTHETIC, 0.5);
    expect(result.failed).toBe(true);
    expect(result.summary).toBe(
      'circuit breaker: 7 of 9 canary invocations failed in the minute of 12:03 UTC',
    );
    // 4 of 4 is below the breaker's minimum count
    expect(errorCeiling([minute(0, { invocations: 4, errors: 4 })], NO_SYNTHETIC, 0.9).failed).toBe(false);
  });

  it('counts synthetic invocations, with their own breaker', () => {
    const result = errorCeiling([], { invocations: 10, errors: 6 }, 0.5);
    expect(result.failed).toBe(true);
    expect(result.summary).toBe('circuit breaker: 6 of 10 synthetic invocations failed');
    const clean = errorCeiling(
      [minute(0, { invocations: 10, errors: 0 })],
      { invocations: 100, errors: 0 },
      0.05,
    );
    expect(clean.invocations).toBe(110);
    expect(clean.evidence['syntheticInvocations']).toBe(100);
  });

  it('shows the rate below the ceiling: early by the accept test, at the end by the rule of three', () => {
    // zero errors: the 95% bound is below 5% from 59 invocations on
    expect(errorCeiling([minute(0, { invocations: 58 })], NO_SYNTHETIC, 0.05).finalAccept).toBe(false);
    expect(errorCeiling([minute(0, { invocations: 59 })], NO_SYNTHETIC, 0.05).finalAccept).toBe(true);
    const plenty = errorCeiling(
      series(10, () => ({ invocations: 100, errors: 1 })),
      NO_SYNTHETIC,
      0.05,
    );
    expect(plenty.readyToPass).toBe(true);
    expect(plenty.summary).toMatch(/below max-error-rate 5%/);
    expect(plenty.finalAccept).toBe(true);
  });

  it('has no ceiling at 100% and allows none at 0%', () => {
    const canary = [minute(0, { invocations: 10, errors: 4 })];
    expect(errorCeiling(canary, NO_SYNTHETIC, 1)).toMatchObject({
      failed: false,
      readyToPass: true,
      finalAccept: true,
    });
    expect(errorCeiling(canary, NO_SYNTHETIC, 0).failed).toBe(true);
    expect(errorCeiling([minute(0, { invocations: 10 })], NO_SYNTHETIC, 0)).toMatchObject({
      failed: false,
      finalAccept: true,
    });
    expect(errorCeiling([], NO_SYNTHETIC, 0)).toMatchObject({ failed: false, finalAccept: false });
  });

  it('reads missing or bad counts as zero', () => {
    const result = errorCeiling([minute(0, { invocations: Number.NaN, errors: 3 })], NO_SYNTHETIC, 0.05);
    expect(result.invocations).toBe(0);
    expect(result.errors).toBe(0);
    expect(result.finalAccept).toBe(false);
  });
});

describe('throttles', () => {
  it('fails above max-throttles', () => {
    const canary = [minute(0, { throttles: 1 }), minute(1, { throttles: 2 })];
    expect(throttles(canary, 3).failed).toBe(false);
    const result = throttles(canary, 2);
    expect(result.failed).toBe(true);
    expect(result.summary).toBe('3 canary throttles > max-throttles 2');
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

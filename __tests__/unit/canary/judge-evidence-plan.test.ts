import { describe, expect, it } from '@jest/globals';
import { minutesToReach, planEvidence } from '../../../src/canary/judge/evidence-plan.js';
import {
  describePower,
  detectableMean,
  normalQuantileUpper,
  normalTail,
  verdictPower,
} from '../../../src/canary/judge/power.js';
import { MINUTE, series } from '../../helpers/judge-fixtures.js';

const history = (perMinute: number) => series(30, () => ({ invocations: perMinute }));
const plan = (perMinute: number, more = {}) =>
  planEvidence({
    traffic: history(perMinute),
    weight: 0.1,
    holdMs: 5 * MINUTE,
    extendHoldMs: 10 * MINUTE,
    minInvocations: 50,
    ...more,
  });

describe('planEvidence', () => {
  it('prints the expected canary calls and the minutes needed to decide', () => {
    const result = plan(1000);
    expect(result).toMatchObject({
      canaryPerMinute: 100,
      minutesNeeded: 2,
      fitsHold: true,
      fitsExtension: true,
    });
    expect(result.message).toBe('~100 canary calls/min at 10%; deciding needs ~2 min of settled traffic');
  });

  it('says when the step will need extending, and when even extend-hold is not enough', () => {
    const slow = plan(80);
    expect(slow).toMatchObject({ minutesNeeded: 8, fitsHold: false, fitsExtension: true });
    expect(slow.message).toMatch(
      /more than the 5 min hold: the step may be extended by up to 10 min \(extend-hold\)$/,
    );
    const quiet = plan(10);
    expect(quiet).toMatchObject({ fitsHold: false, fitsExtension: false });
    expect(quiet.message).toBe(
      '~1 canary calls/min at 10%; even with extend-hold the canary would get only ~15 of min-invocations 50 calls: the step will end inconclusive unless traffic rises; consider synthetic-payload or a larger weight',
    );
  });

  it('estimates from the minutes the alias has served since it went live', () => {
    // An alias created 3 minutes before the step (the first of them partial), 1,200 calls a minute.
    const created = series(30, (i) => ({ invocations: i < 27 ? 0 : i === 27 ? 500 : 1200 }));
    const result = planEvidence({
      traffic: created,
      weight: 0.2,
      holdMs: 6 * MINUTE,
      extendHoldMs: 10 * MINUTE,
      minInvocations: 30,
    });
    expect(result.canaryPerMinute).toBe(240);
    expect(result.message).toBe('~240 canary calls/min at 20%; deciding needs ~2 min of settled traffic');
  });

  it('counts synthetic calls and earlier steps, and handles no traffic', () => {
    expect(plan(10, { syntheticPerMinute: 20 }).fitsHold).toBe(true);
    const reached = plan(10, { earlier: { invocations: 50, weight: 0.1, unsettledMs: 0 } });
    expect(reached.minutesNeeded).toBe(0);
    expect(reached.message).toBe(
      '~1 canary calls/min at 10% (~50 from earlier steps count toward min-invocations 50): min-invocations is reached already',
    );
    expect(
      planEvidence({ traffic: undefined, weight: 0.1, holdMs: MINUTE, extendHoldMs: 0, minInvocations: 1 }),
    ).toMatchObject({
      canaryPerMinute: 0,
      minutesNeeded: Infinity,
      fitsExtension: false,
    });
    expect(minutesToReach(0, 0)).toBe(0);
    expect(minutesToReach(10, 3)).toBe(4);
  });
});

describe('planEvidence across steps', () => {
  it("counts the earlier steps' canary calls, those still settling at the earlier weight included", () => {
    // 300 calls a minute: step 1 at 5% brought 12 settled calls, and its last 2 minutes (15 a minute) are settling.
    const result = plan(300, {
      weight: 0.1,
      earlier: { invocations: 12, weight: 0.05, unsettledMs: 2 * MINUTE },
    });
    // 50 − (12 + 30) = 8 more at 30 a minute: 1 minute, plus the partial minute of the shift.
    expect(result.minutesNeeded).toBe(2);
    expect(result.message).toBe(
      '~30 canary calls/min at 10% (~42 from earlier steps count toward min-invocations 50); deciding needs ~2 min of settled traffic',
    );
    // Without them the same step would need 50 at 30 a minute.
    expect(plan(300).minutesNeeded).toBe(3);
  });

  it('says what earlier steps bring when even extend-hold is not enough', () => {
    const quiet = plan(10, { earlier: { invocations: 20, weight: 0.1, unsettledMs: 0 } });
    expect(quiet.fitsExtension).toBe(false);
    expect(quiet.message).toContain('the canary would get only ~35 of min-invocations 50 calls');
  });
});

describe('power', () => {
  it('has a normal tail and its inverse', () => {
    expect(normalTail(0)).toBeCloseTo(0.5, 6);
    expect(normalTail(1.959964)).toBeCloseTo(0.025, 5);
    expect(normalQuantileUpper(0.05)).toBeCloseTo(1.6449, 3);
  });

  it('finds the smallest mean a test would catch 4 times in 5, larger with noise', () => {
    const quiet = detectableMean(100, 1, 0.005, 0.8);
    // 100 + 2.576·10 + 0.842·sqrt(x) ≈ 135
    expect(quiet).toBeGreaterThan(130);
    expect(quiet).toBeLessThan(140);
    expect(detectableMean(100, 4, 0.005, 0.8)).toBeGreaterThan(quiet + 30);
  });

  it('states what 512 canary calls could have caught', () => {
    const power = verdictPower({
      canaryInvocations: 512,
      baselineRate: 0.005,
      maxErrorRate: 0.01,
      dispersion: 1,
      alphaComparison: 0.006,
      alphaCeiling: 0.001,
    });
    expect(power.detectableRatio).toBeGreaterThan(2);
    expect(power.detectableRatio).toBeLessThan(4);
    expect(power.detectableErrorRate).toBeLessThan(0.02);
    expect(describePower(power)).toMatch(
      /^with 512 canary calls: would have caught ≥ \d+(\.\d+)?× the old version's errors, or ≥ \d+(\.\d+)?% errors, 4 times in 5$/,
    );
    // no old-version errors to scale: the ceiling alone
    const firstDeploy = verdictPower({
      ...power,
      canaryInvocations: 512,
      baselineRate: undefined,
      maxErrorRate: 0.01,
      dispersion: 1,
      alphaComparison: 0.006,
      alphaCeiling: 0.001,
    });
    expect(firstDeploy.detectableRatio).toBeUndefined();
    expect(describePower(firstDeploy)).toMatch(
      /^with 512 canary calls: would have caught ≥ [\d.]+% errors, 4 times in 5$/,
    );
  });
});

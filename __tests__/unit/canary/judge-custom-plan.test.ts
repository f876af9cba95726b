/** The custom comparisons' plan: how long each needs to catch a 2× rise, from the old version's minutes before the step. */
import { describe, expect, it } from '@jest/globals';
import type { CustomPlanInput } from '../../../src/canary/judge/custom-plan.js';
import {
  failuresBefore,
  catchableRatio,
  minutesToCatch,
  sequentialAlpha,
  oldVersionRate,
  planCustomComparisons,
} from '../../../src/canary/judge/custom-plan.js';
import { ALPHA_CUSTOM, PROMOTE_RATIO, POWER_PROBABILITY } from '../../../src/canary/judge/constants.js';
import { detectableMean } from '../../../src/canary/judge/power.js';
import type { MetricMinute } from '../../../src/canary/types.js';
import type { CustomMetric } from '../../../src/config/types.js';
import { checkoutFailures, MINUTE, series, T0 } from '../../helpers/judge-fixtures.js';

const FAILURES = checkoutFailures();
const metric = (fields: Partial<CustomMetric>): CustomMetric => checkoutFailures(fields);

const HISTORY_MINUTES = 30;
/** The old version's calls before the step: 1,000 a minute. */
const OLD_CALLS = series(HISTORY_MINUTES, () => ({ invocations: 1000 }), -HISTORY_MINUTES);
/** The metric's values over those minutes. */
const valuesBefore = (value: (i: number) => number | undefined, minutes = HISTORY_MINUTES): MetricMinute[] =>
  Array.from({ length: minutes }, (_, k) => ({
    start: T0 + (k - minutes) * MINUTE,
    value: value(k),
  }));
/** 5 failures in each minute's 1,000 calls: 0.5%, no noise beyond Poisson (φ 1). */
const STEADY = valuesBefore(() => 5);
/** The same 0.5%, in clumps: 0 or 15 or 10. */
const CLUMPED = valuesBefore((i) => [0, 15, 0, 0, 10, 0][i % 6] as number);
/** The alias served `perMinute` calls a minute for the last 30 minutes. */
const aliasServed = (perMinute: number) =>
  series(HISTORY_MINUTES, () => ({ invocations: perMinute }), -HISTORY_MINUTES);

function plan(more: Partial<CustomPlanInput> = {}, values: MetricMinute[] = STEADY) {
  const metrics = more.metrics ?? [FAILURES];
  return planCustomComparisons({
    metrics,
    customHistory: metrics.map((m) => ({ metric: m, history: values })),
    baselineHistory: OLD_CALLS,
    traffic: aliasServed(10_000),
    weight: 0.1,
    holdMs: 5 * MINUTE,
    extendHoldMs: 10 * MINUTE,
    lastStep: true,
    functions: 1,
    compared: true,
    ...more,
  });
}

/** Whether t minutes at `perMinute` expected failures catch a 2× rise, by the definition. */
const catches = (t: number, perMinute: number, phi: number, alpha: number) =>
  detectableMean(perMinute * t, phi, alpha, POWER_PROBABILITY) <= PROMOTE_RATIO * perMinute * t;

describe('the old version before the step', () => {
  it('counts the metric as failures per call: its value, or (lower-is-worse) the calls without it', () => {
    const calls = OLD_CALLS.slice(-3);
    const values = valuesBefore((i) => [4, 6, 5][i], 3);
    expect(failuresBefore(FAILURES, calls, values)).toEqual([
      { n: 1000, events: 4 },
      { n: 1000, events: 6 },
      { n: 1000, events: 5 },
    ]);
    const ok = metric({ name: 'checkout-ok', direction: 'lower-is-worse' });
    const succeeded = valuesBefore((i) => [996, 994, 995][i], 3);
    expect(failuresBefore(ok, calls, succeeded)).toEqual([
      { n: 1000, events: 4 },
      { n: 1000, events: 6 },
      { n: 1000, events: 5 },
    ]);
  });

  it('leaves out a minute without a datapoint when the code publishes with every call; else it counted none', () => {
    // 29 of 30 minutes have one: published with every call, the gap is missing, never zero.
    const dense = failuresBefore(
      FAILURES,
      OLD_CALLS,
      valuesBefore((i) => (i === 7 ? undefined : 5)),
    );
    expect(dense).toHaveLength(29);
    // Only minutes with failures have one: the others counted none.
    const sparse = failuresBefore(
      FAILURES,
      OLD_CALLS,
      valuesBefore((i) => (i % 3 === 0 ? 3 : undefined)),
    );
    expect(sparse).toHaveLength(30);
    expect(sparse.reduce((sum, m) => sum + m.events, 0)).toBe(30);
  });

  it('learns r0 and φ as the judge does: Poisson minutes read φ 1, clumps more; too few minutes: none', () => {
    const steady = oldVersionRate(failuresBefore(FAILURES, OLD_CALLS, STEADY));
    expect(steady).toEqual({ rate: 0.005, dispersion: 1, minutes: 30 });
    const clumped = oldVersionRate(failuresBefore(FAILURES, OLD_CALLS, CLUMPED));
    expect(clumped.rate).toBeCloseTo(25 / 6 / 1000, 9);
    expect(clumped.rate !== undefined && clumped.dispersion).toBeGreaterThan(5);
    const few = oldVersionRate(
      failuresBefore(
        FAILURES,
        OLD_CALLS.slice(-9),
        valuesBefore(() => 5, 9),
      ),
    );
    expect(few).toEqual({ rate: undefined, minutes: 9 });
  });
});

describe('minutesToCatch', () => {
  it('is the smallest whole number of minutes that catches a 2× rise 4 times in 5', () => {
    for (const [perMinute, phi] of [
      [5, 1],
      [0.5, 1],
      [0.5, 5],
      [20, 3],
    ] as const) {
      const t = minutesToCatch(perMinute, phi, ALPHA_CUSTOM);
      expect(catches(t, perMinute, phi, ALPHA_CUSTOM)).toBe(true);
      if (t > 1) expect(catches(t - 1, perMinute, phi, ALPHA_CUSTOM)).toBe(false);
    }
    expect(minutesToCatch(0, 1, ALPHA_CUSTOM)).toBe(Infinity);
    // With failures expected from earlier steps, fewer minutes; none when they are enough alone.
    const t = minutesToCatch(0.5, 1, ALPHA_CUSTOM, 5);
    expect(t).toBeLessThan(minutesToCatch(0.5, 1, ALPHA_CUSTOM));
    expect(catches(t + 10, 0.5, 1, ALPHA_CUSTOM)).toBe(true);
    expect(catches(t - 1 + 10, 0.5, 1, ALPHA_CUSTOM)).toBe(false);
    expect(minutesToCatch(0, 1, ALPHA_CUSTOM, 100)).toBe(0);
  });
});

describe('catchableRatio', () => {
  it("conditions on both versions' failures: the canary's own excess raises its null mean, so it needs a larger ratio", () => {
    const fixed = catchableRatio(20, 2, ALPHA_CUSTOM);
    const conditional = catchableRatio(20, 2, ALPHA_CUSTOM, 0.1);
    expect(conditional).toBeGreaterThan(fixed);
    // At the ratio returned, the canary's count reaches what the conditional test detects, and just below it does not.
    const detects = (ratio: number) =>
      ratio * 20 >= detectableMean(20 * (0.1 * ratio + 0.9), 2 * 0.9, ALPHA_CUSTOM, POWER_PROBABILITY);
    expect(detects(conditional)).toBe(true);
    expect(detects(conditional * 0.99)).toBe(false);
    expect(catchableRatio(0, 2, ALPHA_CUSTOM, 0.1)).toBe(Infinity);
    expect(catchableRatio(20, 2, 0, 0.1)).toBe(Infinity);
  });
});

describe('planCustomComparisons', () => {
  it('says the rate, the noise, the canary calls and the minutes needed when the hold is enough', () => {
    // 10,000 a minute at 10%: 1,000 canary calls, 5 failures a minute expected.
    const [line] = plan();
    // The sequential test's share of α spent over the hold plus extend-hold; a 10% canary's share.
    const t = minutesToCatch(5, 1, sequentialAlpha(ALPHA_CUSTOM, 15), 0, 0.1);
    expect(t).toBeLessThanOrEqual(5);
    expect(line).toEqual({
      name: 'checkout-failures vs baseline',
      minutesNeeded: t,
      fitsHold: true,
      fitsExtension: true,
      message: `checkout-failures vs baseline: the old version's 0.5% checkout-failures per call (φ 1), ~1000 canary calls/min: a 2× rise is caught 4 times in 5 after ~${t} min of settled traffic`,
    });
  });

  it('needs longer for a clumped metric than for a steady one at the same rate', () => {
    const [steady] = plan({}, STEADY);
    const [clumped] = plan({}, CLUMPED);
    expect(clumped?.minutesNeeded).toBeGreaterThan(steady?.minutesNeeded as number);
    expect(clumped?.message).toMatch(/the old version's 0\.42% checkout-failures per call \(φ [5-9]/);
  });

  it('plans a lower-is-worse metric on the calls without it', () => {
    const ok = metric({ name: 'checkout-ok', direction: 'lower-is-worse' });
    const [line] = plan(
      { metrics: [ok] },
      valuesBefore(() => 995),
    );
    const [failures] = plan();
    expect(line?.minutesNeeded).toBe(failures?.minutesNeeded);
    expect(line?.message).toMatch(
      /^checkout-ok vs baseline: the old version's 0\.5% calls without checkout-ok \(φ 1\)/,
    );
  });

  it('says when the step may run on (extend-hold), and what the hold plus extend-hold can catch when not even that is enough', () => {
    // 3,000 a minute at 10%: 1.5 failures a minute expected.
    const [longer] = plan({ traffic: aliasServed(3_000) });
    expect(longer?.minutesNeeded).toBeGreaterThan(5);
    expect(longer?.minutesNeeded).toBeLessThanOrEqual(15);
    expect(longer).toMatchObject({ fitsHold: false, fitsExtension: true });
    expect(longer?.message).toMatch(
      /after ~\d+ min of settled traffic, more than the 5 min hold: the step may run on by up to 10 min \(extend-hold\) while the comparison is undecided$/,
    );
    // 1,000 a minute: 0.5 a minute.
    const [beyond] = plan({ traffic: aliasServed(1_000) });
    // The sequential test's share of α, spent over the hold plus extend-hold (15 min).
    const alphaAt = sequentialAlpha(ALPHA_CUSTOM, 15);
    expect(beyond?.minutesNeeded).toBe(minutesToCatch(0.5, 1, alphaAt, 0, 0.1));
    expect(beyond).toMatchObject({ fitsHold: false, fitsExtension: false });
    const ratio = catchableRatio(0.5 * 15, 1, alphaAt(15), 0.1);
    expect(beyond?.message).toContain(
      `a 2× rise needs ~${beyond?.minutesNeeded} min of settled traffic, more than the 5 min hold plus 10 min of extend-hold: in 15 min it catches a ≥ ${Math.ceil(ratio * 100) / 100}× rise 4 times in 5; a smaller rise will not be told apart`,
    );
    expect(ratio).toBeGreaterThan(2);
  });

  it('on an earlier step says nothing of extending: extend-hold runs custom comparisons on at the last step only', () => {
    const [last] = plan({ traffic: aliasServed(3_000) });
    const [earlier] = plan({ traffic: aliasServed(3_000), lastStep: false });
    expect(last?.fitsExtension).toBe(true);
    expect(earlier).toMatchObject({
      minutesNeeded: last?.minutesNeeded,
      fitsHold: false,
      fitsExtension: false,
    });
    expect(earlier?.message).not.toContain('extend-hold');
    expect(earlier?.message).toMatch(
      /more than the 5 min hold: in 5 min it catches a ≥ [\d.]+× rise 4 times in 5; a smaller rise will not be told apart in this step$/,
    );
  });

  it("on a later step counts the earlier steps' canary calls, as the judge does", () => {
    // 3,000 a minute at 10%: 300 canary calls (1.5 failures) a minute; 600 calls settled before, and
    // a minute still settling at 1% of 3,000: 30 more.
    const earlier = { invocations: 600, weight: 0.01, unsettledMs: MINUTE };
    const [first] = plan({ traffic: aliasServed(3_000) });
    const [later] = plan({ traffic: aliasServed(3_000), earlier });
    expect(later?.minutesNeeded).toBe(
      minutesToCatch(1.5, 1, sequentialAlpha(ALPHA_CUSTOM, 15), 0.005 * 630, 0.1),
    );
    expect(later?.minutesNeeded).toBeLessThan(first?.minutesNeeded as number);
    expect(later?.message).toContain('~300 canary calls/min (and ~630 from earlier steps):');
    // Enough of them already: nothing more to wait for.
    const [enough] = plan({ traffic: aliasServed(3_000), earlier: { ...earlier, invocations: 20_000 } });
    expect(enough).toMatchObject({ minutesNeeded: 0, fitsHold: true, fitsExtension: true });
    expect(enough?.message).toMatch(/: the earlier steps' calls are enough to catch a 2× rise 4 times in 5$/);
  });

  it('several rate-of comparisons share ALPHA_CUSTOM, and so do functions; a comparison without rate-of spends none', () => {
    const alone = plan({ traffic: aliasServed(3_000) });
    const other = metric({ name: 'payment-failures' });
    const plain = metric({ name: 'basket-size', rateOf: undefined });
    const two = plan({ traffic: aliasServed(3_000), metrics: [FAILURES, other, plain] });
    const perMinute = 1.5;
    expect(alone[0]?.minutesNeeded).toBe(
      minutesToCatch(perMinute, 1, sequentialAlpha(ALPHA_CUSTOM, 15), 0, 0.1),
    );
    // No line for the plain comparison (it compares minute values, not a count).
    expect(two.map((p) => p.name)).toEqual(['checkout-failures vs baseline', 'payment-failures vs baseline']);
    expect(two[0]?.minutesNeeded).toBe(
      minutesToCatch(perMinute, 1, sequentialAlpha(ALPHA_CUSTOM / 2, 15), 0, 0.1),
    );
    expect(two[0]?.minutesNeeded).toBeGreaterThan(alone[0]?.minutesNeeded as number);
    const functions = plan({ traffic: aliasServed(3_000), functions: 2 });
    expect(functions[0]?.minutesNeeded).toBe(two[0]?.minutesNeeded);
  });

  it("without the old version's minutes before the step, says there is no estimate", () => {
    const none = plan({ customHistory: undefined, baselineHistory: undefined });
    expect(none).toEqual([
      {
        name: 'checkout-failures vs baseline',
        minutesNeeded: undefined,
        fitsHold: true,
        fitsExtension: true,
        message:
          "checkout-failures vs baseline: 0 minutes of the old version's checkout-failures before the first step, fewer than 10: no estimate of how long it needs",
      },
    ]);
    const [zero] = plan(
      {},
      valuesBefore(() => 0),
    );
    expect(zero?.message).toBe(
      'checkout-failures vs baseline: the old version had no checkout-failures per call in its 30 minutes before the first step: no estimate of how long it needs',
    );
  });

  it('plans a service-wide comparison against its own minutes before the first shift', () => {
    const wide = metric({ name: 'api-5xx', perVersion: false, rateOf: undefined });
    const [line] = plan({ metrics: [wide] });
    expect(line).toEqual({
      name: 'api-5xx vs before',
      minutesNeeded: 5,
      fitsHold: true,
      fitsExtension: true,
      message:
        'api-5xx vs before (service-wide, it cannot tell the canary from the old version): judged against its highest minute in the 30 before the first shift: worse by more than 20% for 5 minutes in a row fails; needs ≥ 5 min of settled traffic',
    });
    const [short] = plan({ metrics: [wide], holdMs: 3 * MINUTE });
    expect(short).toMatchObject({ fitsHold: false, fitsExtension: false });
    expect(short?.message).toMatch(/more than the 3 min hold: it cannot fail within it$/);
    const [few] = plan(
      { metrics: [wide] },
      valuesBefore(() => 5, 6),
    );
    expect(few?.message).toBe(
      'api-5xx vs before (service-wide, it cannot tell the canary from the old version): 6 minutes of values before the first shift, fewer than 10: not compared',
    );
  });

  it('plans nothing when there is no old version to compare with (or compare-baseline is off)', () => {
    expect(plan({ compared: false })).toEqual([]);
    expect(plan({ metrics: [metric({ compare: false, max: 3 })] })).toEqual([]);
  });
});

/** Your own metrics in the judge: their limits, their comparison with the old version, and their share of the budget. */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { judge } from '../../../src/canary/judge/verdict.js';
import { clearComparisonMemo } from '../../../src/canary/judge/sequential.js';
import type { CustomSamples, FunctionSamples, StepContext } from '../../../src/canary/types.js';
import type { CustomMetric } from '../../../src/config/types.js';
import { nodeFileAccess } from '../../../src/config/files.js';
import { parseMetrics } from '../../../src/config/metrics-input.js';
import { judgeInput, MINUTE, series, step, T0, THRESHOLDS } from '../../helpers/judge-fixtures.js';

const HOLD = 10 * MINUTE;
/** Memory is not read here: no ceiling on it, so no warning about it. */
const DEFAULTS = { ...THRESHOLDS, maxErrorRate: 0.01, minInvocations: 100, maxMemoryUtilization: 1 };

/** A per-version count as the input reads it, with no rule until a test gives one. */
const [BASE] = parseMetrics(
  '- { name: checkout-failures, namespace: Orders, metric-name: CheckoutFailed, dimensions: { Version: "{version}" }, statistic: Sum, direction: higher-is-worse, max: 1 }',
  nodeFileAccess(process.cwd()),
) as [CustomMetric];

function metric(fields: Partial<CustomMetric> = {}): CustomMetric {
  return { ...BASE, max: undefined, ...fields };
}

const values = (minutes: number, value: (i: number) => number | undefined) =>
  Array.from({ length: minutes }, (_, i) => ({ start: T0 + i * MINUTE, value: value(i) }));

/** `minutes` minutes: the canary 100 calls a minute, the old version 900, and one custom metric. */
function withMetric(
  minutes: number,
  custom: Partial<CustomMetric>,
  canary: (i: number) => number | undefined,
  baseline: ((i: number) => number | undefined) | undefined,
) {
  const m = metric(custom);
  const entry: CustomSamples = {
    metric: m,
    canary: values(minutes, canary),
    baseline: baseline === undefined ? undefined : values(minutes, baseline),
  };
  return {
    canary: series(minutes, () => ({ invocations: 100 })),
    baseline: series(minutes, () => ({ invocations: 900 })),
    custom: [entry],
  };
}

const look = (minutes: number, final = false) =>
  step(minutes, { holdMs: HOLD, final, lastStep: true, settled: true });

/** The judge's answer on `data` at `minutes` into the hold. */
const judged = (data: Partial<FunctionSamples>, minutes: number, final = false) =>
  judge(judgeInput(data, look(minutes, final), { thresholds: DEFAULTS }));

beforeEach(() => clearComparisonMemo());

describe('custom metrics: max and min on any settled minute', () => {
  it('fails when one canary minute is above max, naming the metric and the minute', () => {
    const data = withMetric(
      4,
      { max: 5 },
      (i) => (i === 2 ? 7 : 1),
      (i) => i,
    );
    const result = judged(data, 4);
    expect(result.decision).toBe('fail');
    expect(result.reason).toBe('checkout-failures: canary 7 > max 5 in the minute of 12:02 UTC');
    expect(result.rules.find((r) => r.name === 'checkout-failures')).toMatchObject({
      status: 'fail',
      evidence: { 'checkout-failures.max': 5, 'checkout-failures.worst': 7, 'checkout-failures.minutes': 4 },
    });
  });

  it('keeps watching at or below max, and shows the rule in the reason and the rules', () => {
    const result = judged(
      withMetric(4, { max: 5 }, () => 5, undefined),
      4,
    );
    expect(result.decision).toBe('continue');
    expect(result.reason).toContain('checkout-failures: canary at most 5 (max 5)');
    expect(result.rules.find((r) => r.name === 'checkout-failures')?.status).toBe('pass');
  });

  it('fails a lower-is-worse metric below min, and reads no datapoint as nothing yet', () => {
    const low = withMetric(3, { direction: 'lower-is-worse', min: 10 }, (i) => (i === 1 ? 4 : 20), undefined);
    expect(judged(low, 3).reason).toBe('checkout-failures: canary 4 < min 10 in the minute of 12:01 UTC');
    const none = withMetric(3, { direction: 'lower-is-worse', min: 10 }, () => undefined, undefined);
    expect(judged(none, 3).reason).toContain('checkout-failures: canary no datapoint yet (min 10)');
  });

  it('says a service-wide metric cannot tell the versions apart, in failure and in health', () => {
    const wide = { name: 'api-5xx', perVersion: false, max: 3 };
    const bad = judged(
      withMetric(3, wide, (i) => (i === 0 ? 9 : 0), undefined),
      3,
    );
    expect(bad.reason).toBe(
      'api-5xx (service-wide: every version together, so it cannot tell the canary from the old version): 9 > max 3 in the minute of 12:00 UTC',
    );
    const good = judged(
      withMetric(3, wide, () => 1, undefined),
      3,
    );
    expect(good.reason).toContain(
      'api-5xx (service-wide: every version together, so it cannot tell the canary from the old version): at most 1 (max 3)',
    );
  });
});

describe('custom metrics: a service-wide metric against its own values before the first shift', () => {
  const wide = { name: 'api-5xx', perVersion: false, compare: true };
  /** The service's 5xx over `minutes` minutes, with its 30 minutes before the first shift (5 to 8 a minute). */
  function serviceWide(minutes: number, now: (i: number) => number | undefined, before = 30) {
    const data = withMetric(minutes, wide, now, undefined);
    const [entry] = data.custom as [CustomSamples];
    const history = Array.from({ length: before }, (_, i) => ({
      start: T0 - (before - i) * MINUTE,
      value: 5 + (i % 4),
    }));
    return { ...data, custom: [{ ...entry, history }] };
  }

  it('fails when five minutes in a row are worse than its worst minute before the shift by more than 20%', () => {
    // GIVEN a service whose worst minute before the shift had 8, now 10 a minute (8 × 1.2 = 9.6)
    const result = judged(
      serviceWide(6, () => 10),
      6,
    );
    // THEN the fifth minute in a row fails it, named with the record it broke
    expect(result.decision).toBe('fail');
    expect(result.reason).toBe(
      'api-5xx (service-wide: every version together, so it cannot tell the canary from the old version): above its highest minute in the 30 before the first shift (8) by more than 20% for 5 minutes in a row (10 at 12:04 UTC)',
    );
    expect(result.rules.find((r) => r.name === 'api-5xx vs before')).toMatchObject({
      status: 'fail',
      evidence: { 'api-5xx vs before.worstBefore': 8, 'api-5xx vs before.minutesBefore': 30 },
    });
  });

  it('passes a service within its record, and a run of bad minutes broken by a good one', () => {
    const within = judged(
      serviceWide(6, () => 9),
      6,
    );
    expect(within.decision).not.toBe('fail');
    expect(within.reason).toContain(
      'api-5xx (service-wide: every version together, so it cannot tell the canary from the old version): 9, against its highest minute in the 30 before the first shift (8)',
    );
    const broken = judged(
      serviceWide(8, (i) => (i === 4 ? 6 : 12)),
      8,
    );
    expect(broken.decision).not.toBe('fail');
  });

  it('is not compared with fewer than 10 minutes before the shift, and says so', () => {
    const result = judged(
      serviceWide(6, () => 50, 4),
      6,
    );
    expect(result.decision).not.toBe('fail');
    expect(result.reason).toContain(
      '4 minutes of values before the first shift, fewer than 10: not compared',
    );
  });
});

describe('custom metrics: compare with the old version', () => {
  const rated = { compare: true, rateOf: 'Invocations' as const };

  it.each([
    [
      'a canary failing checkouts at 10% of calls beside an old version at 1%',
      { name: 'checkout-failures' },
      [10, 9],
      /^checkout-failures per call: canary 10% \(20\/200\) vs baseline 1% \(18\/1800\), 10× the baseline's rate; the sequential test crossed its boundary at 12:01 UTC/,
    ],
    [
      'a lower-is-worse metric, its failures the calls without it (orders placed by 50% vs 90%)',
      { name: 'orders-placed', direction: 'lower-is-worse' as const },
      [50, 810],
      /^calls without orders-placed: canary 50% \(100\/200\) vs baseline 10% \(180\/1800\), 5× the baseline's rate; the sequential test crossed/,
    ],
  ])('rolls back %s', (_title, custom, [canary, old], reason) => {
    const result = judged(
      withMetric(
        8,
        { ...rated, ...custom },
        () => canary,
        () => old,
      ),
      8,
    );
    expect(result.reason).toMatch(reason);
    expect(result.decision).toBe('fail');
    expect(result.evidence['failedChecks']).toBe(`${custom.name} vs baseline`);
  });

  it('promotes at the final look when both versions fail checkouts at the same rate', () => {
    const data = withMetric(
      10,
      rated,
      (i) => (i % 3 === 0 ? 2 : 1),
      (i) => (i % 2 === 0 ? 12 : 10),
    );
    const result = judged(data, 10, true);
    expect(result.decision).toBe('pass');
    expect(result.reason).toContain('checkout-failures per call: canary');
  });

  it('compares an Average minute by minute: 5 minutes in a row more than 20% worse fail, 10% worse does not', () => {
    const average = { name: 'basket-ms', compare: true };
    const slow = judged(
      withMetric(
        6,
        average,
        () => 130,
        () => 100,
      ),
      6,
    );
    expect(slow.reason).toBe(
      "basket-ms: canary above the old version's by more than 20% for 5 minutes in a row (130 vs 100 at 12:04 UTC)",
    );
    const close = judged(
      withMetric(
        6,
        average,
        () => 110,
        () => 100,
      ),
      6,
    );
    expect(close.decision).toBe('continue');
    expect(close.reason).toContain("basket-ms: canary 110 vs the old version's 100");
  });

  it('on a first deploy says there is nothing to compare with', () => {
    const data = { ...withMetric(3, rated, () => 1, undefined), baseline: undefined };
    const result = judged(data, 3);
    expect(result.rules.find((r) => r.name === 'checkout-failures vs baseline')?.summary).toBe(
      'checkout-failures: no old version to compare with',
    );
  });
});

describe('custom metrics: the false-rollback budget', () => {
  it("takes the rate comparisons' share from the error comparison: the run's α stays 1%", () => {
    const two = {
      ...withMetric(
        5,
        { compare: true, rateOf: 'Invocations' },
        () => 0,
        () => 0,
      ),
    };
    const second: CustomSamples = {
      ...(two.custom[0] as CustomSamples),
      metric: metric({ name: 'refunds', compare: true, rateOf: 'Invocations' }),
    };
    const result = judged({ ...two, custom: [...two.custom, second] }, 5);
    expect(result.evidence['errorsAlpha']).toBe(0.003);
    // Each comparison gets 0.15%: half for its sequential test, half for its totals.
    expect(result.evidence['checkout-failures.Alpha']).toBe(0.00075);
    expect(result.evidence['refunds.Alpha']).toBe(0.00075);
    const plain = judged(
      withMetric(
        5,
        { max: 5 },
        () => 0,
        () => 0,
      ),
      5,
    );
    expect(plain.evidence['errorsAlpha']).toBe(0.006);
  });
});

describe('custom metrics: a minute without a datapoint', () => {
  const rated = { compare: true, rateOf: 'Invocations' as const };

  it('is missing, left out and said, when the old version shows the count is published with every call', () => {
    const data = withMetric(
      8,
      rated,
      (i) => (i === 7 ? undefined : 1),
      () => 9,
    );
    const result = judged(data, 8);
    const rule = result.rules.find((r) => r.name === 'checkout-failures vs baseline');
    expect(rule?.summary).toContain(
      '(1 canary minute with calls but no checkout-failures datapoint left out)',
    );
    expect(rule?.evidence['checkout-failures.Calls']).toBe(700);
    // A final look that has waited long enough for it goes without it, and says so.
    const final = judge(
      judgeInput(data, { ...look(10, true), settledForMs: 2 * MINUTE }, { thresholds: DEFAULTS }),
    );
    expect(final.decision).toBe('pass');
    expect(final.warnings).toContain(
      '1 canary minute with calls but no checkout-failures datapoint left out',
    );
  });

  describe('at the final look of the hold', () => {
    const data = withMetric(
      12,
      rated,
      (i) => (i === 9 ? undefined : 1),
      () => 9,
    );
    const finalAt = (fields: Partial<StepContext>) =>
      judge(
        judgeInput(
          data,
          step(12, { holdMs: HOLD, final: true, lastStep: true, settled: true, extendHoldMs: 0, ...fields }),
          { thresholds: DEFAULTS },
        ),
      );

    it("waits for a late datapoint of one of the hold's minutes, without extending the hold", () => {
      const result = finalAt({ holdEndMs: T0 + HOLD, settledForMs: 0 });
      expect(result.decision).toBe('continue');
      expect(result.extend).toBeUndefined();
      expect(result.awaiting).toEqual({
        needMs: MINUTE,
        why: '1 canary minute with calls but no checkout-failures datapoint left out: waiting for them',
      });
      expect(result.warnings ?? []).toEqual([]);
    });

    it('goes without it, and says so, once it has waited LATE_DATAPOINT_WAIT_MS since the hold settled', () => {
      const result = finalAt({ holdEndMs: T0 + HOLD, settledForMs: 2 * MINUTE });
      expect(result.decision).toBe('pass');
      expect(result.awaiting).toBeUndefined();
      expect(result.warnings).toContain(
        '1 canary minute with calls but no checkout-failures datapoint left out',
      );
    });

    it('does not wait for a minute after the hold (each wait would bring new minutes to wait for)', () => {
      const result = finalAt({ holdEndMs: T0 + 9 * MINUTE, settledForMs: 0 });
      expect(result.decision).toBe('pass');
      expect(result.awaiting).toBeUndefined();
    });

    it('does not wait on an earlier step: its minutes are judged again in the next', () => {
      const result = finalAt({ holdEndMs: T0 + HOLD, settledForMs: 0, lastStep: false });
      expect(result.awaiting).toBeUndefined();
    });
  });

  it('counts no failure when the count is only published in minutes that had some', () => {
    const data = withMetric(
      8,
      rated,
      (i) => (i % 2 === 0 ? 1 : undefined),
      (i) => (i % 3 === 0 ? 9 : undefined),
    );
    const rule = judged(data, 8).rules.find((r) => r.name === 'checkout-failures vs baseline');
    // The newest minute's datapoint may still be on its way: left out for now, never a zero first.
    expect(rule?.summary).toContain(
      '(1 canary minute with calls but no checkout-failures datapoint left out)',
    );
    expect(rule?.evidence['checkout-failures.Calls']).toBe(700);
    // A final look done waiting for late datapoints reads it as no failure.
    const done = judge(
      judgeInput(data, { ...look(8, true), settledForMs: 2 * MINUTE }, { thresholds: DEFAULTS }),
    ).rules.find((r) => r.name === 'checkout-failures vs baseline');
    expect(done?.summary).not.toContain('left out');
    expect(done?.evidence['checkout-failures.Calls']).toBe(800);
  });
});

describe('custom metrics: extend-hold', () => {
  const rated = { compare: true, rateOf: 'Invocations' as const };
  const finalLook = (data: Partial<FunctionSamples>, minutes: number, extendHoldMs: number) =>
    judge(
      judgeInput(
        data,
        step(minutes, {
          holdMs: HOLD,
          final: true,
          lastStep: true,
          settled: true,
          extendHoldMs,
          plannedMs: HOLD,
        }),
        { thresholds: DEFAULTS },
      ),
    );
  // The canary fails 3 checkouts in 100 calls every other minute, the old version 9 in 900 each
  // minute: about 1.5× its rate, not significant in 10 minutes.
  const suspect = withMetric(
    10,
    rated,
    (i) => (i % 2 === 0 ? 3 : 0),
    () => 9,
  );

  it('runs a step whose comparison more data can decide on, for as long as its excess says', () => {
    const result = finalLook(suspect, 10, 10 * MINUTE);
    expect(result.decision).toBe('continue');
    const needMs = result.extend?.needMs ?? 0;
    expect(needMs).toBeGreaterThanOrEqual(MINUTE);
    expect(needMs).toBeLessThanOrEqual(10 * MINUTE);
    expect(result.extend?.why).toMatch(
      new RegExp(
        `^checkout-failures: the canary's count \\(\\d+\\) is above its expected [\\d.]+, not yet significant; at this excess about ${needMs / MINUTE} min more traffic can decide \\(extend-hold leaves 10 min\\)$`,
      ),
    );
  });

  it('measures extend-hold on the hold, not on the clock of the final look (a settle lag later)', () => {
    const later = (heldMs: number) =>
      judge(
        judgeInput(
          suspect,
          step(10, {
            holdMs: HOLD,
            final: true,
            lastStep: true,
            settled: true,
            extendHoldMs: 10 * MINUTE,
            plannedMs: HOLD,
            elapsedMs: 20 * MINUTE,
            heldMs,
          }),
          { thresholds: DEFAULTS },
        ),
      );
    // Past hold + extend-hold on the clock, but the hold itself has not been extended yet.
    expect(later(HOLD).decision).toBe('continue');
    expect(later(HOLD + 10 * MINUTE).decision).toBe('pass');
  });

  it('does not hold a step whose excess is too small for extend-hold to decide', () => {
    // About one and a half times the old version's rate over 10 minutes: a regression that small
    // needs far longer than one more minute.
    expect(finalLook(suspect, 10, MINUTE).decision).toBe('pass');
  });

  it('passes on the absence of harm once extend-hold is used up, or without it', () => {
    expect(finalLook(suspect, 20, 10 * MINUTE).decision).toBe('pass');
    expect(finalLook(suspect, 10, 0).decision).toBe('pass');
  });

  it('does not extend a step whose canary fails no more than the old version', () => {
    const healthy = withMetric(
      10,
      rated,
      () => 0,
      () => 9,
    );
    expect(finalLook(healthy, 10, 10 * MINUTE).decision).toBe('pass');
  });
});

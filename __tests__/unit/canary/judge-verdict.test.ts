import { beforeEach, describe, expect, it } from '@jest/globals';
import { judge } from '../../../src/canary/judge/verdict.js';
import { clearComparisonMemo } from '../../../src/canary/judge/sequential.js';
import type { MinuteSample } from '../../../src/canary/types.js';
import { judgeInput, MINUTE, series, step, THRESHOLDS } from '../../helpers/judge-fixtures.js';

/** The action's defaults: canary 10% 5m, max-error-rate 1%. */
const DEFAULTS = { ...THRESHOLDS, maxErrorRate: 0.01 };
const HOLD = 5 * MINUTE;

function steady(
  minutes: number,
  canaryCalls: number,
  fields: (i: number) => Partial<MinuteSample> = () => ({}),
) {
  return {
    canary: series(minutes, (i) => ({ invocations: canaryCalls, ...fields(i) })),
    baseline: series(minutes, () => ({ invocations: canaryCalls * 9, errors: 0 })),
  };
}

const finalLook = (minutes: number, more = {}) =>
  step(minutes, {
    holdMs: HOLD,
    final: true,
    lastStep: true,
    settled: true,
    extendHoldMs: 10 * MINUTE,
    ...more,
  });

beforeEach(() => clearComparisonMemo());

describe('judge: the final look on the defaults', () => {
  it('extends a quiet step when more traffic can reach min-invocations within extend-hold', () => {
    // 8 canary calls a minute: 40 after the 5-minute hold, min-invocations 50
    const result = judge(judgeInput(steady(5, 8), finalLook(7), { thresholds: DEFAULTS }));
    expect(result.decision).toBe('continue');
    expect(result.extend).toEqual({
      needMs: 2 * MINUTE,
      why: expect.stringMatching(/^40 canary invocations < min-invocations 50; ~8 a minute/),
    });
    // no extend-hold: inconclusive, and on-inconclusive decides
    const noExtension = judge(
      judgeInput(steady(5, 8), finalLook(7, { extendHoldMs: 0 }), { thresholds: DEFAULTS }),
    );
    expect(noExtension.decision).toBe('inconclusive');
    expect(noExtension.extend).toBeUndefined();
    // once min-invocations is reached, it passes
    expect(judge(judgeInput(steady(7, 8), finalLook(9), { thresholds: DEFAULTS })).decision).toBe('pass');
  });

  it('ends inconclusive when even extend-hold cannot bring enough traffic', () => {
    const result = judge(judgeInput(steady(5, 1), finalLook(7), { thresholds: DEFAULTS }));
    expect(result.decision).toBe('inconclusive');
    expect(result.reason).toMatch(
      /5 canary invocations < min-invocations 50 \(extend-hold used or too short for this traffic\)/,
    );
  });

  it('waits for the last minutes to settle before promoting', () => {
    const result = judge(
      judgeInput(steady(5, 100), finalLook(5, { settled: false }), { thresholds: DEFAULTS }),
    );
    expect(result.decision).toBe('continue');
    expect(result.reason).toMatch(/waiting for the last minutes' metrics/);
  });

  it('does not promote over a minute whose Errors figure is missing (missing is not zero)', () => {
    const data = steady(5, 100, (i) => (i === 3 ? { errorsMissing: true } : {}));
    const result = judge(judgeInput(data, finalLook(7), { thresholds: DEFAULTS }));
    expect(result.decision).toBe('inconclusive');
    expect(result.reason).toMatch(/^inconclusive: 1 canary minute had invocations but no Errors datapoint/);
  });

  it('passes an intermediate step on its own minutes, leaving the last look to the last step', () => {
    // minutes 0-4 at step 0 (5 calls each), minutes 5-9 at step 1 (100 calls each)
    const data = steady(10, 100, (i) => (i < 5 ? { step: 0, invocations: 5 } : { step: 1 }));
    const intermediate = finalLook(12, { index: 1, lastStep: false, settled: false, plannedMs: 10 * MINUTE });
    const result = judge(judgeInput(data, intermediate, { thresholds: DEFAULTS }));
    expect(result.decision).toBe('pass');
    expect(result.power?.canaryInvocations).toBe(525);
    // step 0 alone had too few calls
    const first = finalLook(7, { index: 0, lastStep: false, extendHoldMs: 0 });
    expect(
      judge(
        judgeInput(
          steady(5, 5, () => ({ step: 0 })),
          first,
          { thresholds: DEFAULTS },
        ),
      ).decision,
    ).toBe('inconclusive');
  });

  it("counts the earlier steps' canary calls toward min-invocations, and extends at this step's own rate", () => {
    // minutes 0-4 at step 0 (8 calls each: 40), minutes 5-6 at step 1 (5 calls each: 10)
    const data = steady(7, 5, (i) => (i < 5 ? { step: 0, invocations: 8 } : { step: 1 }));
    const second = finalLook(9, { index: 1, lastStep: false, settled: false, plannedMs: 7 * MINUTE });
    expect(judge(judgeInput(data, second, { thresholds: DEFAULTS })).decision).toBe('pass');
    // 4 calls short: at step 1's 5 a minute, one more minute can decide
    const short = steady(7, 5, (i) => (i < 5 ? { step: 0, invocations: 8 } : { step: 1, invocations: 3 }));
    const extend = judge(judgeInput(short, second, { thresholds: DEFAULTS }));
    expect(extend.extend?.needMs).toBe(2 * MINUTE);
    expect(extend.reason).toContain('46 canary invocations < min-invocations 50; ~3 a minute');
  });

  it('states its power in the reason and in a typed field', () => {
    const data = steady(5, 100, (i) => ({ errors: i % 2 }));
    data.baseline = series(5, () => ({ invocations: 900, errors: 5 }));
    const result = judge(judgeInput(data, finalLook(7), { thresholds: DEFAULTS }));
    expect(result.decision).toBe('pass');
    expect(result.power).toMatchObject({ canaryInvocations: 500, probability: 0.8 });
    expect(result.power?.detectableRatio).toBeGreaterThan(1.5);
    expect(result.power?.detectableRatio).toBeLessThan(4);
    expect(result.reason).toMatch(
      /with 500 canary calls: would have caught ≥ \d+(\.\d+)?× the old version's errors, or ≥ \d+(\.\d+)?% errors, 4 times in 5/,
    );
    expect(result.rules.map((r) => r.name)).toContain('errors vs baseline');
  });

  it('repeats warnings in the reason and in `warnings`', () => {
    const data = steady(5, 100);
    const input = judgeInput({ ...data, memoryUnavailable: 'no REPORT lines' }, finalLook(7), {
      thresholds: DEFAULTS,
    });
    const result = judge(input);
    expect(result.decision).toBe('pass');
    expect(result.warnings).toEqual([
      'memory not read (no REPORT lines): max-memory-utilization 90% not checked',
    ]);
    expect(result.reason).toMatch(/; warning: memory not read \(no REPORT lines\)/);
  });
});

describe('judge: failures that cannot hide', () => {
  it('fails one overwhelming minute at once (360 errors in 1,200 calls, max-error-rate 2%)', () => {
    const data = {
      canary: series(1, () => ({ invocations: 1200, errors: 360 })),
      baseline: series(1, () => ({ invocations: 4800, errors: 10 })),
    };
    const result = judge(
      judgeInput(data, step(1, { holdMs: 3 * MINUTE }), { thresholds: { ...DEFAULTS, maxErrorRate: 0.02 } }),
    );
    expect(result.decision).toBe('fail');
    expect(result.reason).toMatch(/^canary error rate 30% \(360\/1200\) above max-error-rate 2%/);
  });

  it('catches a bursty regression in the uncapped totals at the final look', () => {
    // one burst minute (20 errors in 1,000 calls) beside an old version at 0.1%: capped at the
    // interim looks, counted in full by the totals
    const data = {
      canary: series(6, (i) => ({ invocations: 1000, errors: i === 4 ? 20 : 1 })),
      baseline: series(6, () => ({ invocations: 9000, errors: 9 })),
    };
    const interim = judge(judgeInput(data, step(6, { holdMs: 6 * MINUTE }), { thresholds: DEFAULTS }));
    expect(interim.decision).toBe('continue');
    const last = judge(judgeInput(data, finalLook(8, { holdMs: 6 * MINUTE }), { thresholds: DEFAULTS }));
    expect(last.decision).toBe('fail');
    expect(last.reason).toMatch(/the uncapped totals at the final look are above the old version's rate/);
  });

  it('splits one false-rollback budget between the functions of a run', () => {
    const data = steady(5, 100);
    const one = judge(judgeInput(data, finalLook(7), { thresholds: DEFAULTS }));
    const four = judge(judgeInput(data, finalLook(7, { functions: 4 }), { thresholds: DEFAULTS }));
    expect(one.evidence['errorsAlpha']).toBe(0.006);
    expect(four.evidence['errorsAlpha']).toBe(0.0015);
    expect(four.evidence['budgetShare']).toBe(4);
  });
});

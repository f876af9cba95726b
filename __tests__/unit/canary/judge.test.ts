import { beforeEach, describe, expect, it } from '@jest/globals';
import { judge, MAX_CONSECUTIVE_QUERY_FAILURES } from '../../../src/canary/judge/verdict.js';
import { clearComparisonMemo } from '../../../src/canary/judge/sequential.js';
import type { MinuteSample } from '../../../src/canary/types.js';
import { judgeInput, series, step, THRESHOLDS } from '../../helpers/judge-fixtures.js';

/** The old version's last 30 minutes at 10k/min: steady 1% errors. */
const quietHistory = series(
  30,
  (i) => ({
    invocations: 10000,
    errors: 100 + (((i + 30) % 3) - 1) * 8,
    slowCount: 100 - (((i + 30) % 3) - 1) * 8,
  }),
  -30,
);
/** t minutes of a 10% canary at 10k/min and its baseline, canary errors per minute given. */
function tenK(t: number, canaryErrors: number, extra: Partial<MinuteSample> = {}) {
  return {
    canary: series(t, () => ({
      invocations: 1000,
      errors: canaryErrors,
      slowCount: 10,
      memoryUtilization: 0.4,
      ...extra,
    })),
    baseline: series(t, () => ({ invocations: 9000, errors: 90, slowCount: 90, memoryUtilization: 0.4 })),
    baselineHistory: quietHistory,
    memorySource: 'report-logs' as const,
  };
}

beforeEach(() => clearComparisonMemo());

describe('judge: fail-safe rules', () => {
  it(`fails safe after ${MAX_CONSECUTIVE_QUERY_FAILURES} failed polls in a row, not before`, () => {
    const healthy = tenK(5, 10);
    const two = judge(
      judgeInput({ ...healthy, consecutiveQueryFailures: MAX_CONSECUTIVE_QUERY_FAILURES - 1 }, step(5)),
    );
    expect(two.decision).toBe('continue');
    const three = judge(
      judgeInput({ ...healthy, consecutiveQueryFailures: MAX_CONSECUTIVE_QUERY_FAILURES }, step(5)),
    );
    expect(three.decision).toBe('fail');
    expect(three.reason).toBe(
      '3 polls in a row failed (limit 3): failing safe, API errors are never read as health',
    );
    expect(three.evidence['consecutiveQueryFailures']).toBe(3);
  });

  it('fails on any alarm in ALARM, naming them', () => {
    const result = judge(
      judgeInput({ ...tenK(3, 10), alarmsInAlarm: ['orders-p99', 'orders-errors'] }, step(3)),
    );
    expect(result.decision).toBe('fail');
    expect(result.reason).toBe('alarms in ALARM: orders-errors, orders-p99');
    expect(judge(judgeInput({ alarmsInAlarm: ['one'] }, step(1))).reason).toBe('alarm in ALARM: one');
  });

  it('an alarm already firing before the first shift does not fail a healthy canary; the reason names it', () => {
    // GIVEN a healthy canary, and two alarms that were in ALARM before the first shift and still are
    const firingBefore = [
      { name: 'orders-errors', perVersion: 'AWS/Lambda Errors of orders' },
      { name: 'payments-5xx' },
    ];
    const result = judge(
      judgeInput(
        { ...tenK(40, 10), alarmsInAlarm: [], alarmsFiringBefore: firingBefore },
        step(60, { final: true }),
      ),
    );
    // THEN the canary passes, and the reason says which alarms were already firing and how each is judged
    expect(result.decision).toBe('pass');
    expect(result.reason).toContain(
      'warning: alarm orders-errors was already in ALARM before the first shift, not held against the canary (its metric, AWS/Lambda Errors of orders, is judged per version)',
    );
    expect(result.reason).toContain(
      'alarm payments-5xx was already in ALARM before the first shift, not held against the canary (its metric cannot be read per version: it fails the canary only if it clears and fires again)',
    );
  });

  it('an alarm already firing whose metric is worse on the new version: the per-version rules fail the canary', () => {
    const result = judge(
      judgeInput(
        {
          ...tenK(10, 60),
          alarmsInAlarm: [],
          alarmsFiringBefore: [{ name: 'orders-errors', perVersion: 'AWS/Lambda Errors of orders' }],
        },
        step(10),
      ),
    );
    expect(result.decision).toBe('fail');
    expect(result.reason).toContain('alarm orders-errors was already in ALARM before the first shift');
  });

  it('an alarm already firing that clears and fires again fails the canary, saying so; a new one fails it as before', () => {
    const firingBefore = [{ name: 'orders-errors' }];
    const again = judge(
      judgeInput(
        { ...tenK(3, 10), alarmsInAlarm: ['orders-errors'], alarmsFiringBefore: firingBefore },
        step(3),
      ),
    );
    expect(again.decision).toBe('fail');
    expect(again.reason).toBe(
      'alarm orders-errors went into ALARM again after clearing during the canary (already firing before the first shift)',
    );
    const both = judge(
      judgeInput(
        { ...tenK(3, 10), alarmsInAlarm: ['orders-errors', 'orders-p99'], alarmsFiringBefore: firingBefore },
        step(3),
      ),
    );
    expect(both.reason).toBe(
      'alarm in ALARM: orders-p99; alarm orders-errors went into ALARM again after clearing during the canary (already firing before the first shift)',
    );
  });

  it('does not pass while the last poll failed, even with all the evidence, and ends inconclusive', () => {
    const healthy = tenK(40, 10);
    const early = judge(judgeInput({ ...healthy, consecutiveQueryFailures: 1 }, step(40)));
    expect(early.decision).toBe('continue');
    const last = judge(judgeInput({ ...healthy, consecutiveQueryFailures: 1 }, step(60, { final: true })));
    expect(last.decision).toBe('inconclusive');
    expect(last.reason).toMatch(/^inconclusive: the last poll failed \(1 in a row\)/);
  });
});

describe('judge: canary against baseline', () => {
  it('rolls back a 3× error rate at 10k/min in the second minute, with the numbers', () => {
    const first = judge(judgeInput(tenK(1, 30), step(1)));
    expect(first.decision).toBe('continue');
    const second = judge(judgeInput(tenK(2, 30), step(2)));
    expect(second.decision).toBe('fail');
    expect(second.reason).toMatch(
      /^errors: canary 3% \(60\/2000\) vs baseline 1% \(180\/18000\), 3× the baseline's rate; the sequential test crossed its boundary at 12:01 UTC/,
    );
    expect(second.evidence['errorsRatio']).toBe(3);
    expect(second.evidence['failedChecks']).toBe('errors vs baseline');
  });

  it('rolls back slow requests above the latency reference', () => {
    const input = judgeInput({ ...tenK(2, 10, { slowCount: 30 }), latencyReferenceMs: 250 }, step(2));
    const result = judge(input);
    expect(result.decision).toBe('fail');
    expect(result.reason).toMatch(
      /^requests slower than 250 ms: canary 3% \(60\/2000\) vs baseline 1% \(180\/18000\)/,
    );
  });

  it('keeps watching a healthy canary until half the hold, then passes early with the evidence', () => {
    const before = judge(judgeInput(tenK(29, 10), step(29)));
    expect(before.decision).toBe('continue');
    expect(before.reason).toMatch(
      /^watching \(29 min of 60 min\): canary error rate 1% \(290\/29000\) below max-error-rate 5%/,
    );
    const half = judge(judgeInput(tenK(30, 10), step(30)));
    expect(half.decision).toBe('pass');
    expect(half.reason).toMatch(/^enough evidence at 30 min of 60 min: /);
    expect(half.reason).toMatch(/errors: canary 1% .*shown not 2× worse/);
    expect(half.evidence['earlyPass']).toBe(true);
  });

  it('does not let one burst minute roll back a healthy canary (below the breaker)', () => {
    const data = tenK(10, 10);
    const burst = { ...data, canary: data.canary.map((m, i) => (i === 6 ? { ...m, errors: 400 } : m)) };
    const result = judge(judgeInput(burst, step(10)));
    expect(result.decision).toBe('continue');
  });

  it('judges across missing minutes (no datapoints on one side)', () => {
    const data = tenK(12, 10);
    const gappy = { ...data, canary: data.canary.filter((_, i) => i % 3 !== 1) };
    const result = judge(judgeInput(gappy, step(12)));
    expect(result.decision).toBe('continue');
    expect(result.evidence['errorsInformativeMinutes']).toBe(8);
  });

  it('uses absolute thresholds only on a first deploy, and says so', () => {
    const data = tenK(5, 30);
    const first = judge(judgeInput({ ...data, baseline: undefined }, step(5)));
    expect(first.decision).toBe('continue');
    expect(first.reason).toMatch(/^watching \(5 min of 60 min\): first deploy: absolute thresholds only; /);
    expect(first.evidence['comparedWithBaseline']).toBe(false);
    const off = judge(judgeInput(data, step(5), { compareBaseline: false }));
    expect(off.reason).toMatch(/: no baseline comparison; /);
    const bad = judge(judgeInput({ ...tenK(3, 150), baseline: undefined }, step(3)));
    expect(bad.decision).toBe('fail');
    expect(bad.reason).toMatch(/above max-error-rate 5%/);
  });
});

describe('judge: a short hold (canary 10% 5m)', () => {
  it('spends α faster: a 3× canary at 1k/min is rolled back within the 5 minutes', () => {
    const history = series(30, (i) => ({ invocations: 1000, errors: 10 + (((i + 30) % 3) - 1) * 3 }), -30);
    const at = (t: number) =>
      judge(
        judgeInput(
          {
            canary: series(t, () => ({ invocations: 100, errors: 3 })),
            baseline: series(t, () => ({ invocations: 900, errors: 9 })),
            baselineHistory: history,
          },
          step(t, { holdMs: 5 * 60_000, final: t === 5 }),
        ),
      );
    expect(at(3).decision).toBe('continue');
    expect(at(4).decision).toBe('fail');
    expect(at(4).reason).toMatch(/crossed its boundary at 12:03 UTC/);
  });
});

describe('judge: ceilings and memory through the judge', () => {
  it('fails throttles, p99 and memory, naming the first and listing the others', () => {
    const data = tenK(20, 10, { throttles: 1, durationP99Ms: 900, memoryUtilization: 0.95 });
    const result = judge(
      judgeInput(data, step(20), { thresholds: { ...THRESHOLDS, maxP99DurationMs: 500 } }),
    );
    expect(result.decision).toBe('fail');
    expect(result.reason).toMatch(
      /^20 canary throttles > max-throttles 0 \(also failing: memory ceiling, p99 duration, memory vs baseline\)$/,
    );
  });

  it('fails a memory leak through the trend', () => {
    const data = tenK(15, 10);
    const leaking = {
      ...data,
      canary: data.canary.map((m, i) => ({ ...m, memoryUtilization: 0.4 + 0.01 * i })),
    };
    const result = judge(judgeInput(leaking, step(15)));
    expect(result.decision).toBe('fail');
    expect(result.reason).toMatch(/^canary memory leak/);
  });
});

describe('judge: the end of the hold', () => {
  const final = step(60, { final: true });

  it('passes with enough evidence', () => {
    const result = judge(judgeInput(tenK(60, 10), final));
    expect(result.decision).toBe('pass');
    expect(result.reason).toMatch(/^hold over \(60 min of 60 min\): /);
  });

  it('is inconclusive with no traffic; on-inconclusive decides and says so', () => {
    const empty = { canary: series(60, () => ({})), baseline: series(60, () => ({})) };
    const fail = judge(judgeInput(empty, final));
    expect(fail.decision).toBe('inconclusive');
    expect(fail.reason).toBe(
      'inconclusive: no canary invocations during the hold; on-inconclusive=fail rolls back',
    );
    const pass = judge(judgeInput(empty, final, { onInconclusive: 'pass' }));
    expect(pass.decision).toBe('pass');
    expect(pass.reason).toBe(
      'inconclusive: no canary invocations during the hold; on-inconclusive=pass promotes',
    );
    expect(pass.evidence['inconclusive']).toBe(true);
  });

  it('needs min-invocations before any pass', () => {
    const few = {
      canary: series(40, () => ({ invocations: 1 })),
      baseline: series(40, () => ({ invocations: 9 })),
    };
    const result = judge(judgeInput(few, final));
    expect(result.decision).toBe('inconclusive');
    expect(result.reason).toMatch(/^inconclusive: 40 canary invocations < min-invocations 50;/);
  });

  it('passes on the absence of harm with enough exposure, not on proof below the ceiling', () => {
    // 1 error in 60 calls cannot prove a rate below 5% at 95%, and needs not: no rule found harm
    const clean = {
      canary: series(60, (i) => ({ invocations: 1, errors: i === 10 ? 1 : 0 })),
      baseline: series(60, () => ({ invocations: 9 })),
    };
    const result = judge(judgeInput(clean, final));
    expect(result.decision).toBe('pass');
    expect(result.reason).toMatch(/no rule found harm/);
    expect(result.reason).toMatch(
      /with 60 canary calls: would have caught ≥ \d+(\.\d+)?% errors, 4 times in 5(;|$)/,
    );
    expect(result.power).toMatchObject({ canaryInvocations: 60, probability: 0.8 });
  });

  it('counts synthetic invocations toward the evidence', () => {
    const synthetic = { invocations: 120, errors: 0 };
    const firstDeploy = judgeInput({ canary: [], baseline: undefined, synthetic }, final);
    expect(judge(firstDeploy).decision).toBe('pass');
    const compared = judgeInput(
      { canary: [], baseline: [], synthetic, syntheticBaseline: { invocations: 120, errors: 0 } },
      final,
    );
    expect(judge(compared).decision).toBe('pass');
  });

  it('reports a canary never compared with an existing old version, and does not pass it', () => {
    const input = judgeInput({ canary: [], baseline: [], synthetic: { invocations: 120, errors: 0 } }, final);
    const result = judge(input);
    expect(result.decision).toBe('inconclusive');
    expect(result.reason).toMatch(
      /the old version served no calls beside the canary .*: the canary was never compared with it/,
    );
  });
});

describe('judge: determinism', () => {
  it('gives the same judgement for the same input, whatever was judged before', () => {
    const input = judgeInput(tenK(12, 14), step(12));
    const first = judge(input);
    judge(judgeInput(tenK(11, 14), step(11)));
    expect(judge(input)).toEqual(first);
    clearComparisonMemo();
    expect(judge(input)).toEqual(first);
    expect(first.reason).not.toMatch(/\n/);
  });

  it('accepts canary and baseline minutes in any order', () => {
    const data = tenK(8, 12);
    const shuffled = { ...data, canary: [...data.canary].reverse(), baseline: [...data.baseline].reverse() };
    const a = judge(judgeInput(data, step(8)));
    const b = judge(judgeInput(shuffled, step(8)));
    expect(b.decision).toBe(a.decision);
    expect(b.evidence['errorsStatistic']).toBe(a.evidence['errorsStatistic']);
  });
});

describe('judge: an empty step', () => {
  it('continues with nothing to judge yet', () => {
    const result = judge(judgeInput({}, step(0)));
    expect(result.decision).toBe('continue');
    expect(result.reason).toMatch(/^watching \(0 min of 60 min\): canary error rate 0% \(0\/0\)/);
    expect(result.evidence['function']).toBe('orders');
    expect(result.evidence['canaryMinutes']).toBe(0);
  });
});

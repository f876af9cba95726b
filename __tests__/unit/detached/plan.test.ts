/** plan.ts: the plan item round-trips, and a damaged item read back is refused with its key named. */
import { describe, expect, it } from '@jest/globals';
import { planFromItem, planToItem } from '../../../src/aws/plan-table.js';
import { MAX_DECISIONS, withDecision } from '../../../src/detached/plan.js';
import { latestRun } from '../../../src/cli/detached-commands.js';
import { firstHeldStep } from '../../../src/detached/start.js';
import { testPlan } from '../../helpers/detached-plan.js';

const plan = testPlan();

describe('the plan item', () => {
  it('GIVEN a new plan WHEN written and read back THEN it is the same plan, keyed function:alias', () => {
    const item = planToItem(plan);
    expect(item['pk']).toEqual({ S: 'orders-fn:live' });
    expect(item['status']).toEqual({ S: 'in-flight' });
    expect(planFromItem(item)).toEqual(plan);
  });

  it('GIVEN a plan with your own metrics WHEN written and read back THEN the guard judges the same metrics', () => {
    const metric = {
      name: 'checkout-latency',
      source: {
        kind: 'metric' as const,
        namespace: 'Orders',
        metricName: 'Latency',
        dimensions: [{ name: 'version', value: '{version}' }],
        statistic: 'p99',
      },
      direction: 'higher-is-worse' as const,
      max: 800,
      min: undefined,
      compare: true,
      rateOf: undefined,
      perVersion: true,
    };
    const withMetrics = { ...plan, judge: { ...plan.judge, metrics: [metric] } };
    expect(planFromItem(planToItem(withMetrics)).judge.metrics).toEqual([metric]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['no plan attribute', { pk: { S: 'orders-fn:live' } }, 'it has no plan attribute'],
    ['not JSON', { pk: { S: 'orders-fn:live' }, plan: { S: '{' } }, 'its plan attribute is not JSON'],
    ['a bad field', { ...planToItem({ ...plan, newVersion: '' }) }, 'newVersion'],
    ['another key', { ...planToItem(plan), pk: { S: 'other-fn:live' } }, 'its key does not match'],
    ['another revision', { ...planToItem(plan), revision: { N: '7' } }, 'its revision does not match'],
    ['a step past the strategy', planToItem({ ...plan, step: 1 }), 'step 1 does not fit'],
  ])('GIVEN an item with %s WHEN read THEN it is refused, naming the key', (_what, item, why) => {
    expect(() => planFromItem(item)).toThrow(`Plan item ${(item['pk'] as { S: string }).S} cannot be used: `);
    expect(() => planFromItem(item)).toThrow(why);
  });

  it('GIVEN many decisions WHEN one more is added THEN the start and the newest are kept, bounded', () => {
    const many = Array.from({ length: MAX_DECISIONS }, (_, i) => ({
      at: i,
      action: 'extend' as const,
      step: 0,
      reason: `#${i}`,
    }));
    const kept = withDecision(
      { ...plan, decisions: many },
      { at: 999, action: 'promote', step: 0, reason: 'last' },
    );
    expect(kept).toHaveLength(MAX_DECISIONS);
    expect(kept[0]?.reason).toBe('#0');
    expect(kept.at(-1)?.reason).toBe('last');
  });

  it('GIVEN a strategy with no hold WHEN a plan is asked for THEN it is refused, naming the strategy', () => {
    expect(() => firstHeldStep({ source: 'all-at-once', steps: [{ weight: 1, holdMs: 0 }] })).toThrow(
      'Strategy "all-at-once" holds no step',
    );
  });
});

describe('the plans stack-canary wait answers for', () => {
  it('GIVEN an old run rolled back and a newer one promoted WHEN none is in flight THEN only the newest run counts', () => {
    const old = testPlan(undefined, {
      functionName: 'gone-fn',
      runId: 'run-1',
      createdAt: 1,
      status: 'rolled-back',
    });
    const fresh = testPlan(undefined, { runId: 'run-2', createdAt: 2, status: 'promoted' });
    const other = testPlan(undefined, {
      functionName: 'other-fn',
      runId: 'run-2',
      createdAt: 2,
      status: 'promoted',
    });
    expect(latestRun([old, fresh, other])).toEqual([fresh, other]);
    expect(latestRun([])).toEqual([]);
  });
});

/**
 * held-plan.ts, the rules of a plan held by its waited run (on-runner-loss: guard): the run's
 * mirror and renewal, the close at its end, when the hold lapses, and the guard's take-over from
 * the alias as the run left it.
 */
import { describe, expect, it } from '@jest/globals';
import { planFromItem, planToItem } from '../../../src/aws/plan-table.js';
import { enterStep } from '../../../src/engine/canary-plan.js';
import { canaryPlanOf } from '../../../src/detached/guard-look.js';
import {
  closedPlan,
  heldPlan,
  holdStanding,
  mirrorDue,
  mirrorPlan,
  takenOver,
} from '../../../src/detached/held-plan.js';
import type { DetachedPlan } from '../../../src/detached/plan.js';
import { planDeadline } from '../../../src/detached/safety.js';
import type { AliasJournal } from '../../../src/schema/alias-journal.js';
import { PLAN_T0, testPlan } from '../../helpers/detached-plan.js';

const MINUTE = 60_000;
const TERM = 2 * MINUTE;
const STEPS = [
  { weight: 0.1, holdMs: 10 * MINUTE },
  { weight: 0.5, holdMs: 10 * MINUTE },
  { weight: 1, holdMs: 0 },
];
const base = testPlan(STEPS);
const shifted = (weight: number): AliasJournal => ({
  ...base.journal,
  changes: [
    {
      kind: 'shift',
      from: { version: '4', weights: {} },
      to: { version: '4', weights: { '5': 0.1 } },
      at: 'a',
    },
    ...(weight === 0.1
      ? []
      : [
          {
            kind: 'shift' as const,
            from: { version: '4', weights: { '5': 0.1 } },
            to: { version: '4', weights: { '5': weight } },
            at: 'b',
          },
        ]),
  ],
});

/** The plan as the run first writes it, at its first held step. */
function opened(): DetachedPlan {
  return heldPlan(
    { ...base, startedAt: PLAN_T0, journal: shifted(0.1) },
    enterStep(canaryPlanOf(base), 0, PLAN_T0),
    PLAN_T0,
    TERM,
  );
}

describe('the run keeps its plan', () => {
  it('GIVEN the first held step WHEN the plan is written THEN it is in flight at revision 0, held by the run for a term, and reads back whole', () => {
    const plan = opened();
    expect(plan).toMatchObject({
      status: 'in-flight',
      revision: 0,
      step: 0,
      stepStarts: [PLAN_T0],
      holdEndMs: PLAN_T0 + 10 * MINUTE,
      heldBy: { run: 'run-1', untilMs: PLAN_T0 + TERM },
    });
    expect(plan.decisions.map((d) => d.action)).toEqual(['start']);
    expect(plan.decisions[0]?.reason).toContain('the guard takes it over if the run stops');
    expect(planFromItem(planToItem(plan))).toEqual(plan);
  });

  it('GIVEN the engine on its second step WHEN mirrored THEN step, starts, hold, deadline and journal follow it, the hold renewed', () => {
    const now = PLAN_T0 + 11 * MINUTE;
    const engine = enterStep(enterStep(canaryPlanOf(base), 0, PLAN_T0), 1, now);
    const next = mirrorPlan(opened(), engine, shifted(0.5), now, TERM);
    expect(next).toMatchObject({
      step: 1,
      stepStarts: [PLAN_T0, now],
      holdEndMs: now + 10 * MINUTE,
      deadline: planDeadline(STEPS, 1, now + 10 * MINUTE, base.timeoutSeconds),
      heldBy: { run: 'run-1', untilMs: now + TERM },
      revision: 1,
    });
    expect(next.journal.changes).toHaveLength(2);
    expect(mirrorDue(opened(), next, now, TERM)).toBe(true);
  });

  it('GIVEN nothing moved WHEN the run polls THEN no write until half the hold is gone', () => {
    const plan = opened();
    const engine = enterStep(canaryPlanOf(base), 0, PLAN_T0);
    const early = PLAN_T0 + TERM / 2 - 1;
    const late = PLAN_T0 + TERM / 2 + 1;
    expect(mirrorDue(plan, mirrorPlan(plan, engine, plan.journal, early, TERM), early, TERM)).toBe(false);
    expect(mirrorDue(plan, mirrorPlan(plan, engine, plan.journal, late, TERM), late, TERM)).toBe(true);
    // Looks every minute with a two-minute hold: each look renews it, never at its lapse.
    const half = PLAN_T0 + TERM / 2;
    expect(mirrorDue(plan, mirrorPlan(plan, engine, plan.journal, half, TERM), half, TERM)).toBe(true);
  });

  it('GIVEN the engine ends the step WHEN mirrored THEN its move is claimed before the run moves the alias, and cleared at the next step', () => {
    const now = PLAN_T0 + 10 * MINUTE;
    const engine = enterStep(canaryPlanOf(base), 0, PLAN_T0);
    const to = { version: '4', weights: { '5': 0.5 } };
    const move = {
      kind: 'shift' as const,
      step: 1,
      weight: 0.5,
      to: { 'orders-fn': to },
      reason: 'step 1 passed',
    };
    const claimed = mirrorPlan(opened(), engine, shifted(0.1), now, TERM, move);
    expect(claimed.claim).toEqual({
      at: now,
      action: 'next',
      step: 1,
      to,
      reason: 'step 1 passed',
      status: 'in-flight',
    });
    expect(mirrorDue(opened(), claimed, now, TERM)).toBe(true);
    const promote = {
      kind: 'promote' as const,
      verdict: 'pass' as const,
      to: { 'orders-fn': { version: '5', weights: {} } },
      reason: 'passed',
    };
    expect(mirrorPlan(opened(), engine, shifted(0.1), now, TERM, promote).claim).toMatchObject({
      action: 'promote',
      step: 0,
      status: 'promoted',
      verdict: 'pass',
    });
    const next = mirrorPlan(claimed, enterStep(engine, 1, now + 1), shifted(0.5), now + 1, TERM);
    expect(next.claim).toBeUndefined();
  });

  it.each([
    ['pass', 'promoted', 'promote'],
    ['fail', 'rolled-back', 'rollback'],
    ['inconclusive', 'rolled-back', 'rollback'],
  ] as const)(
    'GIVEN a %s verdict WHEN the run closes its plan THEN it is %s, no longer held',
    (verdict, status, action) => {
      const closed = closedPlan(opened(), shifted(0.1), verdict, 'the reason', PLAN_T0 + 30 * MINUTE);
      expect(closed).toMatchObject({ status, verdict, revision: 1 });
      expect(closed.heldBy).toBeUndefined();
      expect(closed.decisions.at(-1)).toMatchObject({ action, reason: 'by the run: the reason' });
    },
  );
});

describe('the guard and a held plan', () => {
  it('GIVEN a held plan WHEN the guard looks before, at and after its hold ends THEN held, then lapsed', () => {
    const plan = opened();
    expect(holdStanding(plan, PLAN_T0 + TERM - 1)).toBe('held');
    expect(holdStanding(plan, PLAN_T0 + TERM)).toBe('lapsed');
    expect(holdStanding(base, PLAN_T0 + TERM)).toBeUndefined();
  });

  it('GIVEN the alias where the plan says WHEN taken over THEN the guard goes on from there, the plan no longer held', () => {
    const now = PLAN_T0 + 3 * MINUTE;
    const next = takenOver(opened(), { version: '4', weights: { '5': 0.1 } }, now);
    expect(next).toMatchObject({ status: 'in-flight', revision: 1, step: 0 });
    expect(next.heldBy).toBeUndefined();
    expect(next.decisions.at(-1)).toMatchObject({ action: 'take-over', at: now });
    expect(next.decisions.at(-1)?.reason).toContain('the run run-1 stopped renewing its hold');
    expect(next.journal).toEqual(opened().journal);
  });

  it('GIVEN the run died after moving the alias as it claimed WHEN taken over THEN the guard goes on with the claim, nothing adopted', () => {
    const claim = {
      at: PLAN_T0,
      action: 'promote' as const,
      step: 0,
      to: { version: '5', weights: {} },
      reason: 'passed',
      status: 'promoted' as const,
      verdict: 'pass' as const,
    };
    const next = takenOver({ ...opened(), claim }, { version: '5', weights: {} }, PLAN_T0 + 3 * MINUTE);
    expect(next).toMatchObject({ status: 'in-flight', claim });
    expect(next.journal).toEqual(opened().journal);
  });

  it.each([
    ['a later split', { version: '4', weights: { '5': 0.5 } }],
    ['the new version alone (promoted, not recorded)', { version: '5', weights: {} }],
  ])('GIVEN the alias on %s WHEN taken over THEN it is adopted as the run left it', (_what, target) => {
    const next = takenOver(opened(), target, PLAN_T0 + 3 * MINUTE);
    expect(next.status).toBe('in-flight');
    expect(next.journal.changes.at(-1)).toMatchObject({
      kind: 'shift',
      from: { version: '4', weights: { '5': 0.1 } },
      to: target,
    });
    expect(next.decisions.at(-1)?.reason).toContain('where the run left it');
  });

  it.each([
    ['back on the old version', { version: '4', weights: {} }, 'is back on v4: nothing left to finish'],
    ['on a version of someone else', { version: '7', weights: {} }, 'was changed by someone else (now v7)'],
    ['deleted', null, 'was changed by someone else'],
  ])('GIVEN the alias %s WHEN taken over THEN the plan ends left alone', (_what, target, why) => {
    const next = takenOver(opened(), target, PLAN_T0 + 3 * MINUTE);
    expect({ status: next.status, verdict: next.verdict }).toEqual({ status: 'left-alone', verdict: 'fail' });
    expect(next.decisions.at(-1)).toMatchObject({ action: 'left-alone' });
    expect(next.decisions.at(-1)?.reason).toContain(why);
  });
});

/**
 * guard-look.ts: the guard's move for a detached plan at one look, from the canary engine's step
 * rules (hold, extend within extend-hold, next held step, promote, roll back, on-inconclusive), and
 * safety.ts: the rules checked before any evidence (deadline, consecutive failures).
 */
import { describe, expect, it } from '@jest/globals';
import type { Judgement, StepContext } from '../../../src/canary/types.js';
import { emptySamples } from '../../../src/engine/advance.js';
import type { DetachedPlan } from '../../../src/detached/plan.js';
import { lookAt } from '../../../src/detached/guard-look.js';
import { MAX_GUARD_FAILURES, overdue, PLAN_MARGIN_MS, planDeadline } from '../../../src/detached/safety.js';
import { PLAN_T0, testPlan } from '../../helpers/detached-plan.js';

const MINUTE = 60_000;

const T0 = PLAN_T0;
const plan = testPlan;

const CANARY = [
  { weight: 0.1, holdMs: 5 * MINUTE },
  { weight: 1, holdMs: 0 },
];
const LINEAR = [
  { weight: 0.5, holdMs: 3 * MINUTE },
  { weight: 0.75, holdMs: 3 * MINUTE },
  { weight: 1, holdMs: 0 },
];
const judged = (decision: Judgement['decision'], extra: Partial<Judgement> = {}): Judgement => ({
  decision,
  reason: `judge said ${decision}`,
  evidence: {},
  rules: [],
  ...extra,
});

/** The guard's move when the judge answers `judgement` at `nowMs`. */
function advance(p: DetachedPlan, judgement: Judgement, nowMs: number) {
  const samples = emptySamples({ functionName: p.functionName, baselineVersion: p.oldVersion });
  return lookAt(p, samples, nowMs, () => judgement).move;
}

/** The step context the judge is handed at `nowMs`. */
function stepContext(p: DetachedPlan, nowMs: number): StepContext | undefined {
  let seen: StepContext | undefined;
  const samples = emptySamples({ functionName: p.functionName, baselineVersion: p.oldVersion });
  lookAt(p, samples, nowMs, (input) => {
    seen = input.step;
    return judged('continue');
  });
  return seen;
}

describe('lookAt', () => {
  it('GIVEN a fail WHEN advanced THEN the alias goes back to the old version alone', () => {
    expect(advance(plan(CANARY), judged('fail'), T0 + MINUTE)).toEqual({
      kind: 'rollback',
      verdict: 'fail',
      to: { version: '4', weights: {} },
      reason: 'step 1 (10%): orders-fn: judge said fail',
    });
  });

  it('GIVEN a pass on the last held step WHEN advanced THEN the new version is promoted', () => {
    const move = advance(plan(CANARY), judged('pass'), T0 + 8 * MINUTE);
    expect(move).toMatchObject({ kind: 'promote', verdict: 'pass', to: { version: '5', weights: {} } });
  });

  it('GIVEN a pass on a middle step WHEN advanced THEN the next held step is shifted', () => {
    const move = advance(plan(LINEAR), judged('pass'), T0 + 4 * MINUTE);
    expect(move).toMatchObject({ kind: 'next', step: 1, to: { version: '4', weights: { '5': 0.75 } } });
  });

  it('GIVEN continue before the hold ends WHEN advanced THEN it holds', () => {
    expect(advance(plan(CANARY), judged('continue'), T0 + 2 * MINUTE).kind).toBe('hold');
  });

  it('GIVEN the last step WHEN its hold is over but its minutes have not settled THEN the look is not final', () => {
    const p = plan(CANARY);
    expect(stepContext(p, p.holdEndMs + MINUTE)).toMatchObject({
      final: false,
      settled: false,
      lastStep: true,
    });
    expect(stepContext(p, p.holdEndMs + 3 * MINUTE)).toMatchObject({ final: true, settled: true });
  });

  it('GIVEN an undecided final look that asks for more traffic WHEN advanced THEN the step is extended, within extend-hold', () => {
    const p = plan(CANARY);
    const now = p.holdEndMs + 3 * MINUTE;
    const move = advance(
      p,
      judged('continue', { extend: { needMs: 60 * MINUTE, why: 'too few calls' } }),
      now,
    );
    expect(move).toEqual({ kind: 'extend', holdEndMs: T0 + 15 * MINUTE, reason: 'too few calls' });
  });

  it('GIVEN an undecided final look WHEN on-inconclusive is fail THEN it rolls back inconclusive; WHEN pass THEN it goes on', () => {
    const p = plan(CANARY);
    const now = p.holdEndMs + 3 * MINUTE;
    expect(advance(p, judged('continue'), now)).toMatchObject({ kind: 'rollback', verdict: 'inconclusive' });
    const lenient = { ...p, judge: { ...p.judge, onInconclusive: 'pass' as const } };
    expect(advance(lenient, judged('inconclusive'), now)).toMatchObject({ kind: 'promote', verdict: 'pass' });
  });
});

describe('the safety rules', () => {
  it('GIVEN a plan WHEN built THEN its deadline is the last step end, settled, plus the margin', () => {
    const p = plan(LINEAR);
    expect(p.deadline).toBe(planDeadline(LINEAR, 0, T0 + 3 * MINUTE, 3));
    expect(p.deadline).toBe(Math.ceil((T0 + 6 * MINUTE) / MINUTE) * MINUTE + 2 * MINUTE + PLAN_MARGIN_MS);
  });

  it('GIVEN a plan past its deadline WHEN checked THEN it is rolled back; before it, nothing', () => {
    const p = plan(CANARY);
    expect(overdue(p, p.deadline)).toBeUndefined();
    expect(overdue(p, p.deadline + 1)).toMatchObject({
      kind: 'rollback',
      verdict: 'inconclusive',
      to: { version: '4' },
    });
  });

  it(`GIVEN ${MAX_GUARD_FAILURES} failed ticks in a row WHEN checked THEN it is rolled back; one fewer, nothing`, () => {
    expect(overdue(plan(CANARY, { guardFailures: MAX_GUARD_FAILURES - 1 }), T0)).toBeUndefined();
    expect(overdue(plan(CANARY, { guardFailures: MAX_GUARD_FAILURES }), T0)).toMatchObject({
      kind: 'rollback',
      verdict: 'fail',
    });
  });
});

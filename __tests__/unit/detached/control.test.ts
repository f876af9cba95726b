/**
 * control.ts: what `stack-canary promote|rollback|pause|resume` may ask of a plan, what the guard
 * makes of each request at its next tick, and how a paused plan holds its step.
 */
import { describe, expect, it } from '@jest/globals';
import {
  MAX_PAUSE_MS,
  refusalOf,
  takeRequest,
  whilePaused,
  withRequest,
} from '../../../src/detached/control.js';
import type { GuardMove } from '../../../src/detached/guard-look.js';
import type { ControlCommand, DetachedPlan, PlanRequest } from '../../../src/detached/plan.js';
import { planDeadline } from '../../../src/detached/safety.js';
import { PLAN_T0, testPlan } from '../../helpers/detached-plan.js';

const MINUTE = 60_000;
const BY = 'arn:aws:sts::123456789012:assumed-role/release/alice';
const STEPS = [
  { weight: 0.1, holdMs: 10 * MINUTE },
  { weight: 1, holdMs: 0 },
];
const plan = (overrides: Partial<DetachedPlan> = {}) => testPlan(STEPS, overrides);
const request = (command: ControlCommand, reason = 'checked'): PlanRequest => ({
  command,
  at: PLAN_T0 + MINUTE,
  by: BY,
  reason,
});
const pausedAt = (at: number, holdLeftMs = 4 * MINUTE) => ({ at, by: BY, reason: 'hold on', holdLeftMs });

describe('refusalOf', () => {
  it('GIVEN a plan in flight WHEN promote, rollback or pause is asked THEN it may be', () => {
    for (const command of ['promote', 'rollback', 'pause'] as const)
      expect(refusalOf(plan(), command)).toBeUndefined();
  });

  it.each([
    [
      { status: 'promoted', verdict: 'pass' },
      'rollback',
      'the detached canary of orders-fn:live has ended (promoted, verdict pass): there is nothing to rollback.',
    ],
    [
      { paused: pausedAt(PLAN_T0) },
      'pause',
      `the detached canary of orders-fn:live is already paused (by ${BY}): resume it, promote it or roll it back.`,
    ],
    [
      { request: request('pause') },
      'pause',
      `the detached canary of orders-fn:live is already to be paused (by ${BY}): resume it, promote it or roll it back.`,
    ],
    [{}, 'resume', 'the detached canary of orders-fn:live is not paused: there is nothing to resume.'],
  ] as const)('GIVEN %j WHEN %s is asked THEN it is refused in one line', (overrides, command, message) => {
    expect(refusalOf(plan(overrides as Partial<DetachedPlan>), command)).toBe(message);
  });

  it('GIVEN a plan paused or to be paused WHEN resume is asked THEN it may be', () => {
    expect(refusalOf(plan({ paused: pausedAt(PLAN_T0) }), 'resume')).toBeUndefined();
    expect(refusalOf(plan({ request: request('pause') }), 'resume')).toBeUndefined();
  });

  it('GIVEN a request WHEN written THEN the plan carries it at the next revision', () => {
    const next = withRequest(plan({ revision: 4 }), request('promote'));
    expect(next).toMatchObject({ revision: 5, request: request('promote') });
  });
});

describe('takeRequest', () => {
  const now = PLAN_T0 + 3 * MINUTE;

  it('GIVEN no request THEN nothing is taken', () => {
    expect(takeRequest(plan(), now)).toBeUndefined();
  });

  it('GIVEN promote WHEN taken THEN the move is to the new version alone, verdict pass, by the caller', () => {
    const taken = takeRequest(
      plan({ request: request('promote', 'verified'), paused: pausedAt(PLAN_T0) }),
      now,
    );
    expect(taken?.move).toEqual({
      kind: 'promote',
      verdict: 'pass',
      to: { version: '5', weights: {} },
      reason: `promoted by request of ${BY}: verified`,
      by: BY,
    });
    expect(taken?.plan.request).toBeUndefined();
    expect(taken?.plan.paused).toBeUndefined();
  });

  it('GIVEN rollback without a reason WHEN taken THEN the move is to the old version alone, verdict fail', () => {
    expect(takeRequest(plan({ request: request('rollback', '') }), now)?.move).toEqual({
      kind: 'rollback',
      verdict: 'fail',
      to: { version: '4', weights: {} },
      reason: `rolled back by request of ${BY}: no reason given`,
      by: BY,
    });
  });

  it('GIVEN pause WHEN taken THEN the plan is paused with the hold it has left, and the decision recorded', () => {
    const p = plan({ request: request('pause') });
    const taken = takeRequest(p, now);
    expect(taken?.move).toBeUndefined();
    expect(taken?.plan.paused).toEqual({ at: now, by: BY, reason: 'checked', holdLeftMs: p.holdEndMs - now });
    expect(taken?.plan.decisions.at(-1)).toEqual({
      at: now,
      action: 'pause',
      step: 0,
      reason: `paused by request of ${BY}: checked`,
      by: BY,
    });
    expect(taken?.log).toEqual({ plan: 'orders-fn:live', request: 'pause', by: BY, reason: 'checked' });
  });

  it('GIVEN resume of a plan paused long past its hold WHEN taken THEN the step gets back the hold it had left', () => {
    const later = PLAN_T0 + 60 * MINUTE;
    const taken = takeRequest(
      plan({ request: request('resume'), paused: pausedAt(PLAN_T0 + 6 * MINUTE) }),
      later,
    );
    expect(taken?.plan.paused).toBeUndefined();
    expect(taken?.plan.holdEndMs).toBe(later + 4 * MINUTE);
    expect(taken?.plan.deadline).toBe(planDeadline(STEPS, 0, later + 4 * MINUTE, 3));
    expect(taken?.plan.decisions.at(-1)).toMatchObject({
      action: 'resume',
      by: BY,
      reason: `resumed by request of ${BY}: checked (paused 54 min)`,
    });
  });

  it('GIVEN resume of a plan whose pause was still waiting THEN the request is only taken off', () => {
    const p = plan({ request: request('resume') });
    expect(takeRequest(p, now)?.plan).toEqual({ ...p, request: undefined });
  });
});

describe('whilePaused', () => {
  const moves: GuardMove[] = [
    { kind: 'next', step: 1, to: { version: '5', weights: {} }, reason: 'step passed' },
    { kind: 'promote', verdict: 'pass', to: { version: '5', weights: {} }, reason: 'all passed' },
    { kind: 'extend', holdEndMs: PLAN_T0 + 20 * MINUTE, reason: 'needs traffic' },
    { kind: 'rollback', verdict: 'inconclusive', to: { version: '4', weights: {} }, reason: 'undecided' },
  ];

  it('GIVEN a plan not paused THEN the move is the engine’s', () => {
    const p = plan();
    expect(whilePaused(p, moves[0] as GuardMove, PLAN_T0)).toEqual({ plan: p, move: moves[0] });
  });

  it('GIVEN a paused plan WHEN the judge finds harm THEN the rollback is made', () => {
    const p = plan({ paused: pausedAt(PLAN_T0) });
    const harm: GuardMove = {
      kind: 'rollback',
      verdict: 'fail',
      to: { version: '4', weights: {} },
      reason: 'errors',
    };
    expect(whilePaused(p, harm, PLAN_T0 + MINUTE)).toEqual({ plan: p, move: harm });
  });

  it.each(moves.map((m): [string, GuardMove] => [m.kind, m]))(
    'GIVEN a paused plan WHEN the engine would %s THEN it holds, saying why',
    (_, move) => {
      const p = plan({ paused: pausedAt(PLAN_T0) });
      const held = whilePaused(p, move, PLAN_T0 + 30 * MINUTE);
      expect(held.move).toEqual({
        kind: 'hold',
        reason: `paused by ${BY} (hold on); the judge would ${move.kind}: ${move.reason}`,
      });
      expect(held.plan.deadline).toBe(planDeadline(STEPS, 0, PLAN_T0 + 30 * MINUTE, 3));
      expect(held.plan.deadline).toBeGreaterThan(p.deadline);
    },
  );

  it('GIVEN a pause older than MAX_PAUSE_MS THEN the deadline stops moving', () => {
    const p = plan({ paused: pausedAt(PLAN_T0) });
    const hold: GuardMove = { kind: 'hold', reason: 'watching' };
    const capped = planDeadline(STEPS, 0, PLAN_T0 + MAX_PAUSE_MS, 3);
    expect(whilePaused(p, hold, PLAN_T0 + MAX_PAUSE_MS + 60 * MINUTE).plan.deadline).toBe(capped);
    expect(whilePaused(p, hold, PLAN_T0 + 2 * MAX_PAUSE_MS).plan.deadline).toBe(capped);
  });
});

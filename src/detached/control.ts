/**
 * Control of a detached canary (pure): `stack-canary promote|rollback|pause|resume` writes a
 * request onto the plan; the guard carries it out at its next tick, after the safety rules.
 *
 * - promote: the alias goes to the new version (verdict pass, promoted by request);
 * - rollback: the alias goes back to the old version (verdict fail, rolled back by request);
 * - pause: the canary is held at its step and weight: the judge still looks every minute and a
 *   canary it fails is still rolled back, but no step is taken and no promotion made; the
 *   deadline moves with the clock for at most MAX_PAUSE_MS, after which the plan expires;
 * - resume: the step goes on with the hold it had left when paused.
 *
 * Every request is recorded among the plan's decisions with the caller's identity and reason.
 */
import { MINUTE_MS } from '../canary/minutes.js';
import { soleTarget } from '../traffic/routing.js';
import type { GuardMove } from './guard-look.js';
import type { ControlCommand, DetachedPlan, PlanDecision, PlanRequest } from './plan.js';
import { planKey, withDecision } from './plan.js';
import { planDeadline } from './safety.js';

/** How long a pause can hold a plan: past it the deadline stops moving and the plan expires. */
export const MAX_PAUSE_MS = 24 * 60 * MINUTE_MS;

/** Why `command` cannot be asked of the plan now (one line), or undefined when it can. */
export function refusalOf(plan: DetachedPlan, command: ControlCommand): string | undefined {
  const key = planKey(plan.functionName, plan.alias);
  if (plan.status !== 'in-flight') {
    return `the detached canary of ${key} has ended (${plan.status}, verdict ${plan.verdict ?? 'none'}): there is nothing to ${command}.`;
  }
  const pausing = plan.request?.command === 'pause';
  if (command === 'pause' && (plan.paused || pausing)) {
    const by = plan.paused ?? plan.request;
    return `the detached canary of ${key} is already ${plan.paused ? 'paused' : 'to be paused'} (by ${by?.by}): resume it, promote it or roll it back.`;
  }
  if (command === 'resume' && !plan.paused && !pausing) {
    return `the detached canary of ${key} is not paused: there is nothing to resume.`;
  }
  return undefined;
}

/** The plan with `request` written on it (replacing one still waiting), at the next revision. */
export function withRequest(plan: DetachedPlan, request: PlanRequest): DetachedPlan {
  return { ...plan, request, revision: plan.revision + 1 };
}

/** What a request does at a tick: the plan it leaves, and for promote and rollback the move. */
export interface Control {
  readonly plan: DetachedPlan;
  readonly move?: GuardMove;
  readonly log: Record<string, unknown>;
}

/** The waiting request taken off the plan and carried out on it; undefined when none waits. */
export function takeRequest(plan: DetachedPlan, nowMs: number): Control | undefined {
  const request = plan.request;
  if (!request) return undefined;
  const { command, by } = request;
  const why = request.reason === '' ? 'no reason given' : request.reason;
  const log = { plan: planKey(plan.functionName, plan.alias), request: command, by, reason: why };
  const taken: DetachedPlan = { ...plan, request: undefined };
  const decided = (action: PlanDecision['action'], reason: string) =>
    withDecision(plan, { at: nowMs, action, step: plan.step, reason, by });
  switch (command) {
    case 'promote':
    case 'rollback': {
      const promote = command === 'promote';
      const move: GuardMove = {
        kind: command,
        verdict: promote ? 'pass' : 'fail',
        to: soleTarget(promote ? plan.newVersion : plan.oldVersion),
        reason: `${promote ? 'promoted' : 'rolled back'} by request of ${by}: ${why}`,
        by,
      };
      return { plan: { ...taken, paused: undefined }, move, log };
    }
    case 'pause': {
      if (plan.paused) return { plan: taken, log };
      const paused = { at: nowMs, by, reason: why, holdLeftMs: Math.max(0, plan.holdEndMs - nowMs) };
      const reason = `paused by request of ${by}: ${why}`;
      return { plan: { ...taken, paused, decisions: decided('pause', reason) }, log };
    }
    case 'resume': {
      // A pause still waiting is called off; a plan not paused has nothing to resume.
      if (!plan.paused) return { plan: taken, log };
      const holdEndMs = Math.max(plan.holdEndMs, nowMs + plan.paused.holdLeftMs);
      const reason = `resumed by request of ${by}: ${why} (paused ${Math.round((nowMs - plan.paused.at) / MINUTE_MS)} min)`;
      return {
        plan: {
          ...taken,
          paused: undefined,
          holdEndMs,
          deadline: planDeadline(plan.strategy.steps, plan.step, holdEndMs, plan.timeoutSeconds),
          decisions: decided('resume', reason),
        },
        log,
      };
    }
  }
}

/**
 * The engine's move on a paused plan: a rollback for harm (verdict fail) is made; anything else is
 * held at the step, with the deadline moved on (at most MAX_PAUSE_MS past the pause).
 */
export function whilePaused(
  plan: DetachedPlan,
  move: GuardMove,
  nowMs: number,
): { readonly plan: DetachedPlan; readonly move: GuardMove } {
  const paused = plan.paused;
  if (!paused || (move.kind === 'rollback' && move.verdict === 'fail')) return { plan, move };
  const heldUntil = Math.max(plan.holdEndMs, Math.min(nowMs, paused.at + MAX_PAUSE_MS));
  const deadline = planDeadline(plan.strategy.steps, plan.step, heldUntil, plan.timeoutSeconds);
  const judged = move.kind === 'hold' ? move.reason : `the judge would ${move.kind}: ${move.reason}`;
  return {
    plan: { ...plan, deadline: Math.max(plan.deadline, deadline) },
    move: { kind: 'hold', reason: `paused by ${paused.by} (${paused.reason}); ${judged}` },
  };
}

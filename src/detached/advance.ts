/**
 * What the guard does with a detached plan at one look (pure): given the plan, the judge's answer
 * and the time, hold, extend the step, go to the next step, promote, or roll back — with the same
 * rules as the action's step loop (a final look waits for the last step's minutes to settle; an
 * undecided step runs on within extend-hold while more traffic can decide it; on-inconclusive
 * settles the rest). Before any evidence, two safety rules: a plan past its deadline, or whose
 * processing failed MAX_GUARD_FAILURES times in a row, is rolled back.
 */
import { ceilToMinute, MINUTE_MS, settleLagMs } from '../canary/minutes.js';
import type { Judgement, StepContext } from '../canary/types.js';
import type { TrafficStep } from '../config/types.js';
import { formatShare, soleTarget, stepTarget } from '../traffic/routing.js';
import type { AliasTarget } from '../traffic/types.js';
import type { DetachedPlan, PlanVerdict } from './plan.js';

/** Past the last step's end (and its minutes' settling), the plan has this long before it is rolled back. */
export const PLAN_MARGIN_MS = 15 * 60_000;
/** Consecutive failed ticks after which a plan is rolled back. */
export const MAX_GUARD_FAILURES = 3;

export type Advance =
  | { readonly kind: 'hold'; readonly reason: string }
  | { readonly kind: 'extend'; readonly holdEndMs: number; readonly reason: string }
  | { readonly kind: 'next'; readonly step: number; readonly to: AliasTarget; readonly reason: string }
  | {
      readonly kind: 'promote' | 'rollback';
      readonly verdict: PlanVerdict;
      readonly to: AliasTarget;
      readonly reason: string;
    };

/** The first step with a hold from `index` on, or undefined when the rest only promote. */
export function nextHeldStep(steps: readonly TrafficStep[], index: number): number | undefined {
  for (let i = index; i < steps.length; i += 1) if ((steps[i] as TrafficStep).holdMs > 0) return i;
  return undefined;
}

/** When a plan whose step `step` holds until `holdEndMs` is overdue. */
export function planDeadline(
  steps: readonly TrafficStep[],
  step: number,
  holdEndMs: number,
  timeoutSeconds: number,
): number {
  const rest = steps.slice(step + 1).reduce((sum, s) => sum + s.holdMs, 0);
  return ceilToMinute(holdEndMs + rest) + settleLagMs(timeoutSeconds) + PLAN_MARGIN_MS;
}

/** Where the judge stands at `nowMs`, as the action's step loop would tell it. */
export function stepContext(plan: DetachedPlan, nowMs: number): StepContext {
  const steps = plan.strategy.steps;
  const step = steps[plan.step] as TrafficStep;
  const lastStep = nextHeldStep(steps, plan.step + 1) === undefined;
  const settled = nowMs >= ceilToMinute(plan.holdEndMs) + settleLagMs(plan.timeoutSeconds);
  const holdOver = nowMs >= plan.holdEndMs;
  return {
    index: plan.step,
    weight: step.weight,
    elapsedMs: nowMs - (plan.stepStarts[plan.step] ?? nowMs),
    holdMs: step.holdMs,
    final: holdOver && (settled || !lastStep),
    extendHoldMs: plan.judge.extendHoldMs,
    lastStep,
    settled,
    plannedMs: steps.reduce((sum, s) => sum + s.holdMs, 0),
    functions: plan.judge.functions,
  };
}

/** The safety rules, checked before any evidence is read: undefined when neither applies. */
export function overdue(plan: DetachedPlan, nowMs: number): Advance | undefined {
  const back = soleTarget(plan.oldVersion);
  if (plan.guardFailures >= MAX_GUARD_FAILURES) {
    const reason = `the guard failed ${plan.guardFailures} times in a row on this plan; rolled back rather than left routing`;
    return { kind: 'rollback', verdict: 'fail', to: back, reason };
  }
  if (nowMs > plan.deadline) {
    const reason = `expired: past ${new Date(plan.deadline).toISOString()}, the last step's end plus ${PLAN_MARGIN_MS / MINUTE_MS} min, without a verdict`;
    return { kind: 'rollback', verdict: 'inconclusive', to: back, reason };
  }
  return undefined;
}

/** The plan's next move from one judgement at `nowMs`. */
export function advance(plan: DetachedPlan, judgement: Judgement, nowMs: number): Advance {
  const context = stepContext(plan, nowMs);
  const at = `step ${plan.step + 1} (${formatShare(context.weight)})`;
  const back = soleTarget(plan.oldVersion);
  switch (judgement.decision) {
    case 'fail':
      return { kind: 'rollback', verdict: 'fail', to: back, reason: `${at}: ${judgement.reason}` };
    case 'pass':
      return forward(plan, 'pass', `${at}: ${judgement.reason}`);
    case 'inconclusive':
      return settle(plan, `${at}: ${judgement.reason}`);
    case 'continue':
      break;
  }
  if (!context.final) return { kind: 'hold', reason: judgement.reason };
  const stepEnd = (plan.stepStarts[plan.step] ?? nowMs) + context.holdMs;
  const limit = stepEnd + plan.judge.extendHoldMs;
  if (judgement.extend) {
    const wanted = Math.min(limit, nowMs + Math.max(MINUTE_MS, judgement.extend.needMs));
    if (wanted > plan.holdEndMs) return { kind: 'extend', holdEndMs: wanted, reason: judgement.extend.why };
  }
  return settle(plan, `${at}: ${judgement.reason} (still undecided when the hold ended)`);
}

/** An undecided step, settled by on-inconclusive. */
function settle(plan: DetachedPlan, reason: string): Advance {
  if (plan.judge.onInconclusive === 'fail') {
    return { kind: 'rollback', verdict: 'inconclusive', to: soleTarget(plan.oldVersion), reason };
  }
  return forward(plan, 'inconclusive', `inconclusive, accepted by on-inconclusive: pass: ${reason}`);
}

/** A step passed (or was accepted): the next held step, or promotion when none is left. */
function forward(plan: DetachedPlan, verdict: PlanVerdict, reason: string): Advance {
  const steps = plan.strategy.steps;
  const next = nextHeldStep(steps, plan.step + 1);
  if (next === undefined) {
    return {
      kind: 'promote',
      verdict: 'pass',
      to: soleTarget(plan.newVersion),
      reason: `promoted: ${reason}`,
    };
  }
  const weight = (steps[next] as TrafficStep).weight;
  const to = stepTarget(plan.oldVersion, plan.newVersion, weight);
  return { kind: 'next', step: next, to, reason: `${verdict === 'pass' ? 'passed' : 'accepted'} ${reason}` };
}

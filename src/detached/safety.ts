/**
 * The guard's safety rules for a detached plan (pure), checked before any evidence is read: a plan
 * past its deadline, or whose processing failed MAX_GUARD_FAILURES times in a row, is rolled back,
 * so a plan whose evidence cannot be read still ends on a judged version (its old one).
 */
import { ceilToMinute, MINUTE_MS, settleLagMs } from '../canary/minutes.js';
import type { TrafficStep } from '../config/types.js';
import { soleTarget } from '../traffic/routing.js';
import type { GuardMove } from './guard-look.js';
import type { DetachedPlan } from './plan.js';

/** Past the last step's end (and its minutes' settling), the plan has this long before it is rolled back. */
export const PLAN_MARGIN_MS = 15 * MINUTE_MS;
/** Consecutive failed ticks after which a plan is rolled back. */
export const MAX_GUARD_FAILURES = 3;

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

/** The safety rules: undefined when neither applies. */
export function overdue(plan: DetachedPlan, nowMs: number): GuardMove | undefined {
  const back = soleTarget(plan.oldVersion);
  if (plan.guardFailures >= MAX_GUARD_FAILURES) {
    const reason = `the guard failed ${plan.guardFailures} times in a row on this plan; rolled back rather than left routing`;
    return { kind: 'rollback', verdict: 'fail', to: back, reason };
  }
  if (nowMs > plan.deadline) {
    const paused = plan.paused
      ? ` (paused since ${new Date(plan.paused.at).toISOString()} by ${plan.paused.by}, longer than a pause may hold it)`
      : '';
    const reason = `expired: past ${new Date(plan.deadline).toISOString()}, the last step's end plus ${PLAN_MARGIN_MS / MINUTE_MS} min, without a verdict${paused}`;
    return { kind: 'rollback', verdict: 'inconclusive', to: back, reason };
  }
  return undefined;
}

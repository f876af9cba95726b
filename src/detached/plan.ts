/**
 * The plan of a detached canary (wait: false), as the detached canaries' code sees it: its shape
 * and types are the one schema in schema/detached-plan.ts (the plan table reads and writes items
 * through it); here, what the guard does to a plan's record besides the engine's moves.
 */
import type { DetachedPlan, PlanDecision } from '../schema/detached-plan.js';

export type {
  ControlCommand,
  DetachedPlan,
  PlanAction,
  PlanClaim,
  PlanDecision,
  PlanDeployment,
  PlanEvidence,
  PlanJudgeSettings,
  PlanPause,
  PlanRequest,
  PlanStatus,
  PlanVerdict,
  RecordedDeployment,
} from '../schema/detached-plan.js';
export { PLAN_FORMAT, planKey } from '../schema/detached-plan.js';

/** Keeps the decision list bounded (an item holds at most 400 KB): the start and the newest. */
export const MAX_DECISIONS = 200;

export function withDecision(plan: DetachedPlan, decision: PlanDecision): readonly PlanDecision[] {
  const all = [...plan.decisions, decision];
  return all.length <= MAX_DECISIONS ? all : [all[0] as PlanDecision, ...all.slice(-(MAX_DECISIONS - 1))];
}

/**
 * The plan of a detached canary (wait: false), as the detached canaries' code sees it: its shape
 * and types are the one schema in schema/detached-plan.ts (the plan table reads and writes items
 * through it); here, what the guard does to a plan's record besides the engine's moves.
 */
import type { AliasChange } from '../schema/alias-journal.js';
import type { DetachedPlan, PlanDecision } from '../schema/detached-plan.js';
import type { AliasTarget } from '../traffic/types.js';

export type {
  ControlCommand,
  DetachedPlan,
  PlanAction,
  PlanClaim,
  PlanDecision,
  PlanDeployment,
  PlanEvidence,
  PlanHolder,
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

/** Where the plan left the alias last: its journal's last change, else where it started. */
export function lastTarget(plan: DetachedPlan): AliasTarget | null {
  const changes = plan.journal.changes;
  return changes.length > 0 ? (changes[changes.length - 1] as AliasChange).to : plan.journal.snapshot;
}

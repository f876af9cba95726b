/**
 * on-runner-loss: guard — a waited run keeps its canary in the monitoring stack's plan table, held
 * by the run: written when the first held step is shifted, renewed and mirrored from the engine's
 * plan as it advances, closed when the run ends the canary itself. A run that dies leaves the
 * plan to the guard, which takes it over once the run's hold lapses. The keeping is
 * detached/run-held.ts; the entry points wire it into RunDeps, so the pipeline never imports the
 * detached canaries' code that sits above it.
 */
import { StackCanaryError } from '../errors.js';
import type { EngineMove } from '../engine/advance.js';
import type { CanaryPlan } from '../engine/canary-plan.js';
import type { StateStore } from '../state-store.js';
import type { HandOffRequest } from './hand-off.js';

export type { EngineMove } from '../engine/advance.js';

/** The run's plans, as the run keeps them. */
export interface RunHeldPlans {
  /**
   * Writes the plans (first call) or mirrors the engine's plan into them and renews the run's
   * hold; `move`: how the step just ended, before the run moves the alias (a guard taking over
   * finishes that move). A write is skipped while nothing changed and the hold is far from
   * lapsing. Throws PlanTakenOverError when the guard took a plan over (the run then changes no
   * alias).
   */
  mirror(plan: CanaryPlan, move?: EngineMove): Promise<void>;
  /** The run ended the canary itself: every plan closed with its verdict (the guard never acts on it). */
  close(verdict: string, reason: string): Promise<void>;
}

export interface HoldPlansRequest extends HandOffRequest {
  /** Where the run saves what the post step and the signal handler must leave to the guard. */
  readonly state: StateStore;
  /** The run's hold on its plans lasts this long from each renewal (as its alias lease). */
  readonly holdTermMs: number;
}

export type HoldPlans = (request: HoldPlansRequest) => Promise<RunHeldPlans>;

/** The guard took the canary over (this run had stopped renewing its hold): the run lets it finish. */
export class PlanTakenOverError extends StackCanaryError {
  constructor(readonly key: string) {
    super(
      'CONFLICT',
      `Plan ${key} was taken over by the guard (this run's hold on it lapsed); the guard finishes the canary.`,
    );
  }
}

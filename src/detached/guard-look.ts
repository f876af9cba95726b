/**
 * The guard's driver of the canary engine (engine/) for one detached plan at one tick (pure): the
 * stored plan is read as the engine's plan (one function; the guard looks every minute), the
 * engine judges the evidence, and its answer comes back as the guard's move — hold, extend the
 * step, go to the next held step, promote, or roll back — and the stored fields it changes.
 */
import { MINUTE_MS } from '../canary/minutes.js';
import type { FunctionSamples, Judge, Judgement } from '../canary/types.js';
import type { EngineEvent } from '../engine/advance.js';
import { advance } from '../engine/advance.js';
import type { CanaryPlan } from '../engine/canary-plan.js';
import type { AliasTarget } from '../traffic/types.js';
import type { DetachedPlan, PlanVerdict } from './plan.js';

export type GuardMove =
  | { readonly kind: 'hold'; readonly reason: string }
  | { readonly kind: 'extend'; readonly holdEndMs: number; readonly reason: string }
  | { readonly kind: 'next'; readonly step: number; readonly to: AliasTarget; readonly reason: string }
  | {
      readonly kind: 'promote' | 'rollback';
      readonly verdict: PlanVerdict;
      readonly to: AliasTarget;
      readonly reason: string;
      /** Who asked for it (stack-canary promote|rollback), when the judge did not decide it. */
      readonly by?: string;
    };

export interface GuardLook {
  readonly move: GuardMove;
  readonly judgement: Judgement | undefined;
  /** An inconclusive step accepted on the way (kept on the plan for the promotion's reason). */
  readonly accepted: string | undefined;
}

/** The stored plan as the engine reads it. */
export function canaryPlanOf(plan: DetachedPlan): CanaryPlan {
  return {
    strategy: plan.strategy,
    settings: {
      thresholds: plan.judge.thresholds,
      compareBaseline: plan.judge.compareBaseline,
      onInconclusive: plan.judge.onInconclusive,
      extendHoldMs: plan.judge.extendHoldMs,
      functions: plan.judge.functions,
      lookEveryMs: MINUTE_MS,
    },
    targets: [
      {
        functionName: plan.functionName,
        canaryVersion: plan.newVersion,
        baselineVersion: plan.oldVersion,
        timeoutSeconds: plan.timeoutSeconds,
      },
    ],
    step: plan.step,
    stepStarts: plan.stepStarts,
    holdEndMs: plan.holdEndMs,
    decided: {},
    accepted: plan.accepted,
  };
}

/** The engine's look at the plan's evidence at `nowMs`, as the guard's move. */
export function lookAt(
  plan: DetachedPlan,
  samples: FunctionSamples,
  nowMs: number,
  judge?: Judge,
): GuardLook {
  const name = plan.functionName;
  const look = advance(canaryPlanOf(plan), { samples: new Map([[name, samples]]) }, nowMs, judge);
  const judgement = look.judgements[name];
  const [action] = look.actions;
  const accepted = look.plan.accepted;
  const toOf = (to: Readonly<Record<string, AliasTarget | null>>): AliasTarget =>
    to[name] ?? { version: plan.oldVersion, weights: {} };
  if (!action || action.kind === 'wait-until') {
    const extended = look.events.find((e): e is EngineEvent & { kind: 'extended' } => e.kind === 'extended');
    const move: GuardMove =
      extended && look.plan.holdEndMs > plan.holdEndMs
        ? { kind: 'extend', holdEndMs: look.plan.holdEndMs, reason: extended.why }
        : { kind: 'hold', reason: judgement?.reason ?? 'no look' };
    return { move, judgement, accepted };
  }
  switch (action.kind) {
    case 'shift':
      return {
        move: { kind: 'next', step: action.step, to: toOf(action.to), reason: action.reason },
        judgement,
        accepted,
      };
    case 'promote':
    case 'rollback':
      return {
        move: { kind: action.kind, verdict: action.verdict, to: toOf(action.to), reason: action.reason },
        judgement,
        accepted,
      };
  }
}

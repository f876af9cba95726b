/**
 * A plan held by its waited run (on-runner-loss: guard), the rules both sides keep (pure):
 * - the run writes it at its first held step and mirrors the engine's plan into it as it advances,
 *   renewing its hold (`heldBy.untilMs`) at its polls; it closes it with its verdict at its end;
 * - the guard leaves a held plan alone until the hold lapses, then takes it over: from the alias
 *   as the run left it, the plan goes on as a detached one (judged, promoted or rolled back).
 * Every write on either side is conditional on the revision read, so only one side acts.
 */
import type { CanaryPlan } from '../engine/canary-plan.js';
import type { EngineMove } from '../engine/advance.js';
import type { AliasJournal } from '../schema/alias-journal.js';
import { describeTarget, sameTarget } from '../traffic/routing.js';
import type { AliasTarget } from '../traffic/types.js';
import type { PlanStart } from './start.js';
import { newPlan } from './start.js';
import type { DetachedPlan, PlanClaim, PlanVerdict } from './plan.js';
import { lastTarget, withDecision } from './plan.js';
import { planDeadline } from './safety.js';

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * The engine's move at a step's end, as the claim of a guard's move (tick.ts): written before the
 * run moves the alias, so that a guard taking over a run that died mid-move finishes that move.
 */
function claimOf(plan: DetachedPlan, step: number, move: EngineMove, nowMs: number): PlanClaim | undefined {
  const to = move.to[plan.functionName];
  if (!to) return undefined;
  const { reason } = move;
  if (move.kind === 'shift')
    return { at: nowMs, action: 'next', step: move.step, to, reason, status: 'in-flight' };
  const status = move.kind === 'promote' ? 'promoted' : 'rolled-back';
  return { at: nowMs, action: move.kind, step, to, reason, status, verdict: move.verdict };
}

/**
 * The stored plan with the engine's step, hold and journal (and its move, when a step ended),
 * held by the run until `nowMs + termMs`.
 */
export function mirrorPlan(
  plan: DetachedPlan,
  engine: CanaryPlan,
  journal: AliasJournal,
  nowMs: number,
  termMs: number,
  move?: EngineMove,
): DetachedPlan {
  return {
    ...plan,
    claim: move ? claimOf(plan, engine.step, move, nowMs) : undefined,
    step: engine.step,
    stepStarts: [...engine.stepStarts],
    holdEndMs: engine.holdEndMs,
    deadline: planDeadline(plan.strategy.steps, engine.step, engine.holdEndMs, plan.timeoutSeconds),
    accepted: engine.accepted,
    journal,
    heldBy: { run: plan.runId, untilMs: nowMs + termMs },
    revision: plan.revision + 1,
  };
}

/** The run's plan when it first writes it: the plan a hand-off writes, held by the run. */
export function heldPlan(start: PlanStart, engine: CanaryPlan, nowMs: number, termMs: number): DetachedPlan {
  const plan = newPlan(start);
  const decision = {
    at: nowMs,
    action: 'start' as const,
    step: engine.step,
    reason: `v${start.newVersion} judged by the run ${start.runId}; the guard takes it over if the run stops (on-runner-loss: guard)`,
  };
  const mirrored = mirrorPlan({ ...plan, decisions: [decision] }, engine, start.journal, nowMs, termMs);
  return { ...mirrored, revision: 0 };
}

/**
 * Whether the mirror must be written now: the engine moved (a step, an extension, an accepted
 * inconclusive, a claimed move), the alias changed, or half the hold has gone since the last
 * renewal. The hold's term is the alias lease's (at least one look interval and half a lease term),
 * so the first look past half of it renews the hold at least half a lease term before it lapses.
 */
export function mirrorDue(stored: DetachedPlan, next: DetachedPlan, nowMs: number, termMs: number): boolean {
  const untilMs = stored.heldBy?.untilMs ?? 0;
  return (
    stored.step !== next.step ||
    stored.holdEndMs !== next.holdEndMs ||
    stored.accepted !== next.accepted ||
    stored.claim?.action !== next.claim?.action ||
    stored.journal.changes.length !== next.journal.changes.length ||
    untilMs - nowMs <= termMs / 2
  );
}

/** The plan once the run ends the canary itself: no longer held, ended with its verdict. */
export function closedPlan(
  plan: DetachedPlan,
  journal: AliasJournal,
  verdict: PlanVerdict,
  reason: string,
  nowMs: number,
): DetachedPlan {
  const promoted = verdict === 'pass';
  const action = promoted ? ('promote' as const) : ('rollback' as const);
  return {
    ...plan,
    journal,
    heldBy: undefined,
    claim: undefined,
    status: promoted ? 'promoted' : 'rolled-back',
    verdict,
    decisions: withDecision(plan, { at: nowMs, action, step: plan.step, reason: `by the run: ${reason}` }),
    revision: plan.revision + 1,
  };
}

/** held: the run drives it; lapsed: its run stopped renewing; undefined: not a run's plan (or the guard's now). */
export function holdStanding(plan: DetachedPlan, nowMs: number): 'held' | 'lapsed' | undefined {
  if (!plan.heldBy) return undefined;
  return nowMs < plan.heldBy.untilMs ? 'held' : 'lapsed';
}

/** Whether `target` routes only the plan's two versions, with some traffic on the new one. */
function routesTheCanary(plan: DetachedPlan, target: AliasTarget): boolean {
  const routed = Object.keys(target.weights);
  if (target.version === plan.newVersion) return routed.length === 0;
  return (
    target.version === plan.oldVersion && routed.length > 0 && routed.every((v) => v === plan.newVersion)
  );
}

/**
 * The plan once the guard takes it over from its lapsed run, given the alias as it is now:
 * - where the plan says the run left it (or was moving it: its claim): the guard goes on from there;
 * - on a split of the two versions the run was moving it to (it died between the move and its
 *   mirror): adopted as the run left it, and the guard goes on from there;
 * - back on the old version alone (put back before the take-over): nothing to finish;
 * - anywhere else: someone else moved it, and it is left as they set it.
 */
export function takenOver(plan: DetachedPlan, current: AliasTarget | null, nowMs: number): DetachedPlan {
  const lapsedAt = plan.heldBy?.untilMs ?? nowMs;
  const whose = `the run ${plan.runId} stopped renewing its hold (lapsed ${iso(lapsedAt)})`;
  const expected = lastTarget(plan);
  const base = { ...plan, heldBy: undefined, revision: plan.revision + 1 };
  const decide = (action: 'take-over' | 'left-alone', reason: string): Pick<DetachedPlan, 'decisions'> => ({
    decisions: withDecision(plan, { at: nowMs, action, step: plan.step, reason }),
  });
  // Where the run's claimed move (if any) was taking it counts as where the plan says: tick.ts finishes it.
  if (current && (sameTarget(current, expected) || sameTarget(current, plan.claim?.to))) {
    return { ...base, ...decide('take-over', `${whose}; the guard goes on from ${describeTarget(current)}`) };
  }
  if (current && routesTheCanary(plan, current)) {
    const change = { kind: 'shift' as const, from: expected, to: current, at: iso(nowMs) };
    return {
      ...base,
      journal: { ...plan.journal, changes: [...plan.journal.changes, change] },
      ...decide(
        'take-over',
        `${whose}; the guard goes on from ${describeTarget(current)}, where the run left it`,
      ),
    };
  }
  const back = current !== null && sameTarget(current, { version: plan.oldVersion, weights: {} });
  const reason = back
    ? `${whose}; alias ${plan.alias} is back on v${plan.oldVersion}: nothing left to finish`
    : `${whose}; alias ${plan.alias} was changed by someone else (now ${describeTarget(current)}); left as they set it`;
  return { ...base, status: 'left-alone', verdict: 'fail', ...decide('left-alone', reason) };
}

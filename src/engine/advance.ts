/**
 * The canary engine (pure): one look at one canary. Given the plan, what was observed of each
 * function, and the time, it judges every function still undecided at this step and says what to
 * do next — wait for the next look, shift to the next held step, promote, or roll back — with the
 * plan as it stands after the look. The action's step loop and the guard's tick both drive it;
 * only where the plan is kept (memory, or DynamoDB with conditional writes) and the clock differ.
 *
 * The step rules, once:
 * - a fail of any function ends the step at once (roll back); the step also ends when every
 *   function has decided;
 * - at a final look (the hold is over; on the last step, every minute of the hold has also
 *   settled, per function), a function the judge cannot decide yet is extended when more traffic
 *   can decide it, up to extend-hold and by at least extensionFloorMs; a function whose late
 *   datapoints of the hold's own minutes the judge awaits is looked at again (the hold's end
 *   stays, so no new minutes join what is awaited); otherwise it is inconclusive;
 * - an inconclusive step is settled by on-inconclusive: rolled back, or accepted and gone past;
 * - the judge is told the run's planned duration and how many functions share its false-rollback
 *   budget, the same at every look of either driver.
 */
import { judge as defaultJudge } from '../canary/judge/verdict.js';
import type { FunctionSamples, Judge, Judgement } from '../canary/types.js';
import { formatShare, soleTarget, stepTarget } from '../traffic/routing.js';
import type { AliasTarget } from '../traffic/types.js';
import type { CanaryPlan, EngineTarget } from './canary-plan.js';
import {
  currentStep,
  extensionFloorMs,
  isLastStep,
  nextHeldStep,
  nextLookAt,
  settledAt,
  stepContext,
  stepStart,
  undecided,
} from './canary-plan.js';

/** What was observed of each function at this look (by function name); a missing one has no data yet. */
export interface Observations {
  readonly samples: ReadonlyMap<string, FunctionSamples>;
}

export type StepVerdict = 'pass' | 'fail' | 'inconclusive';

/** What the driver does after a look. `to` is each function's alias target after the move. */
export type EngineAction =
  | { readonly kind: 'wait-until'; readonly atMs: number }
  | {
      readonly kind: 'shift';
      readonly step: number;
      readonly weight: number;
      readonly to: Readonly<Record<string, AliasTarget>>;
      readonly reason: string;
    }
  | {
      readonly kind: 'promote';
      readonly verdict: 'pass';
      readonly to: Readonly<Record<string, AliasTarget | null>>;
      readonly reason: string;
    }
  | {
      readonly kind: 'rollback';
      readonly verdict: 'fail' | 'inconclusive';
      readonly to: Readonly<Record<string, AliasTarget | null>>;
      readonly reason: string;
    };

/** How a look ended a step: the next step, the promotion or the rollback. */
export type EngineMove = Exclude<EngineAction, { kind: 'wait-until' }>;

/** Said at a look, for the driver's log: a step extended, or the last minutes awaited. */
export type EngineEvent =
  | {
      readonly kind: 'extended';
      readonly functionName: string;
      readonly untilMs: number;
      readonly why: string;
    }
  | { readonly kind: 'settling'; readonly untilMs: number }
  | {
      readonly kind: 'awaiting';
      readonly functionName: string;
      readonly untilMs: number;
      readonly why: string;
    };

/** How a step ended (set when this look ended it). */
export interface StepEnd {
  readonly verdict: StepVerdict;
  /** The decisive judgement of each function. */
  readonly decisions: Readonly<Record<string, Judgement>>;
  readonly failed: readonly string[];
  readonly inconclusive: readonly string[];
  /** `step 1 (10%): fn: why; ...` */
  readonly reason: string;
}

export interface Advanced {
  readonly plan: CanaryPlan;
  /** One move: wait-until, or shift, promote or roll back. */
  readonly actions: readonly EngineAction[];
  /** This look's judgement of each function judged at it. */
  readonly judgements: Readonly<Record<string, Judgement>>;
  readonly events: readonly EngineEvent[];
  readonly stepEnd: StepEnd | undefined;
}

/** No datapoint yet for this function: counts are unknown, never "healthy". */
export function emptySamples(
  target: Pick<EngineTarget, 'functionName' | 'baselineVersion'>,
): FunctionSamples {
  return {
    functionName: target.functionName,
    canary: [],
    baseline: target.baselineVersion === undefined ? undefined : [],
    synthetic: { invocations: 0, errors: 0 },
    alarmsInAlarm: [],
    consecutiveQueryFailures: 0,
    memorySource: 'none',
  };
}

/** `2m30s`, `2m`, `40s`: a wait, in whole seconds. */
export function formatWait(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes === 0 ? `${rest}s` : rest === 0 ? `${minutes}m` : `${minutes}m${rest}s`;
}

/** One look at the canary at `nowMs`. */
export function advance(
  plan: CanaryPlan,
  observations: Observations,
  nowMs: number,
  judge: Judge = defaultJudge,
): Advanced {
  const { settings } = plan;
  const start = stepStart(plan);
  const extendLimit = start + currentStep(plan).holdMs + Math.max(0, settings.extendHoldMs);
  const decided: Record<string, Judgement> = { ...plan.decided };
  const judgements: Record<string, Judgement> = {};
  const events: EngineEvent[] = [];
  let extendTo = plan.holdEndMs;
  for (const target of undecided(plan)) {
    const name = target.functionName;
    const context = stepContext(plan, target, nowMs);
    let judgement = judge({
      samples: observations.samples.get(name) ?? emptySamples(target),
      thresholds: settings.thresholds,
      compareBaseline: settings.compareBaseline && target.baselineVersion !== undefined,
      onInconclusive: settings.onInconclusive,
      step: context,
    });
    if (judgement.decision === 'continue' && context.final) {
      const wanted = judgement.extend
        ? Math.min(extendLimit, nowMs + Math.max(extensionFloorMs(plan), judgement.extend.needMs))
        : nowMs;
      if (judgement.extend && wanted > plan.holdEndMs) {
        extendTo = Math.max(extendTo, wanted);
        events.push({ kind: 'extended', functionName: name, untilMs: wanted, why: judgement.extend.why });
      } else if (judgement.awaiting !== undefined) {
        const untilMs = nowMs + judgement.awaiting.needMs;
        events.push({ kind: 'awaiting', functionName: name, untilMs, why: judgement.awaiting.why });
      } else {
        judgement = {
          ...judgement,
          decision: 'inconclusive',
          reason: `${judgement.reason} (still undecided when the ${formatWait(plan.holdEndMs - start)} hold ended)`,
        };
      }
    }
    judgements[name] = judgement;
    if (judgement.decision !== 'continue') decided[name] = judgement;
  }
  const next: CanaryPlan = { ...plan, holdEndMs: extendTo, decided };
  const settling = settlingUntil(next, nowMs);
  if (settling !== undefined) events.push({ kind: 'settling', untilMs: settling });
  const end = stepEnd(next);
  if (!end) {
    return {
      plan: next,
      actions: [{ kind: 'wait-until', atMs: nextLookAt(next, nowMs) }],
      judgements,
      events,
      stepEnd: undefined,
    };
  }
  const { plan: after, action } = conclude(next, end);
  return { plan: after, actions: [action], judgements, events, stepEnd: end };
}

/** On the last step, past the hold: when the undecided functions' minutes will all have settled. */
function settlingUntil(plan: CanaryPlan, nowMs: number): number | undefined {
  if (!isLastStep(plan) || nowMs < plan.holdEndMs) return undefined;
  const waiting = undecided(plan)
    .map((t) => settledAt(plan, t))
    .filter((at) => at > nowMs);
  return waiting.length > 0 ? Math.max(...waiting) : undefined;
}

/** The step's end when this look ended it: a fail, or every function decided. */
function stepEnd(plan: CanaryPlan): StepEnd | undefined {
  const entries = Object.entries(plan.decided);
  const failed = entries.filter(([, j]) => j.decision === 'fail').map(([n]) => n);
  const inconclusive = entries.filter(([, j]) => j.decision === 'inconclusive').map(([n]) => n);
  let verdict: StepVerdict;
  if (failed.length > 0) verdict = 'fail';
  else if (entries.length < plan.targets.length) return undefined;
  else verdict = inconclusive.length > 0 ? 'inconclusive' : 'pass';
  const named =
    verdict === 'fail' ? failed : verdict === 'inconclusive' ? inconclusive : entries.map(([n]) => n);
  return { verdict, decisions: plan.decided, failed, inconclusive, reason: stepReason(plan, named, verdict) };
}

/** `step 2 (50%): fn-a: why; fn-b: why` — a first deploy's inconclusive says what would decide it. */
export function stepReason(plan: CanaryPlan, names: readonly string[], verdict: StepVerdict): string {
  const why = names.map((name) => {
    const base = `${name}: ${plan.decided[name]?.reason ?? verdict}`;
    const firstDeploy = plan.targets.find((t) => t.functionName === name)?.baselineVersion === undefined;
    return firstDeploy && verdict === 'inconclusive'
      ? `${base} (first deploy: judged on synthetic traffic only; raise synthetic-rate or the hold, or set on-inconclusive: pass)`
      : base;
  });
  return `step ${plan.step + 1} (${formatShare(currentStep(plan).weight)}): ${why.join('; ')}`;
}

/** The promotion's reason: every step passed, or an inconclusive accepted on the way. */
export function promotionReason(plan: CanaryPlan): string {
  return plan.accepted
    ? `promoted: inconclusive accepted by on-inconclusive: pass (${plan.accepted})`
    : `promoted: every function passed every step of "${plan.strategy.source}"`;
}

/** An ended step's move: roll back (a fail, or an inconclusive by policy), or go forward. */
function conclude(plan: CanaryPlan, end: StepEnd): { plan: CanaryPlan; action: EngineAction } {
  if (end.verdict === 'fail' || (end.verdict === 'inconclusive' && plan.settings.onInconclusive === 'fail')) {
    const to = targetsOf(plan, (t) =>
      t.baselineVersion === undefined ? null : soleTarget(t.baselineVersion),
    );
    return { plan, action: { kind: 'rollback', verdict: end.verdict, to, reason: end.reason } };
  }
  const next = end.verdict === 'inconclusive' ? { ...plan, accepted: end.reason } : plan;
  const held = nextHeldStep(plan.strategy.steps, plan.step + 1);
  if (held === undefined) {
    const to = targetsOf(next, (t) => soleTarget(t.canaryVersion));
    return { plan: next, action: { kind: 'promote', verdict: 'pass', to, reason: promotionReason(next) } };
  }
  const weight = currentStep(plan, held).weight;
  const to = targetsOf(next, (t) =>
    t.baselineVersion === undefined
      ? soleTarget(t.canaryVersion)
      : stepTarget(t.baselineVersion, t.canaryVersion, weight),
  );
  const said =
    end.verdict === 'pass' ? `passed ${end.reason}` : `accepted by on-inconclusive: pass: ${end.reason}`;
  return { plan: next, action: { kind: 'shift', step: held, weight, to, reason: said } };
}

function targetsOf<T>(plan: CanaryPlan, pick: (target: EngineTarget) => T): Record<string, T> {
  return Object.fromEntries(plan.targets.map((t) => [t.functionName, pick(t)]));
}

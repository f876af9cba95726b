/**
 * The canary engine's state (pure): where one canary stands — its strategy, the step in force and
 * when it began, the hold's end (moved by an extension), the functions judged with their versions,
 * the decisions taken at this step so far — and the arithmetic both drivers share: the judge's
 * step context, when the step's minutes have settled, and when the next look is due.
 *
 * The action keeps this plan in memory; the guard rebuilds it at each tick from its stored plan.
 */
import { ceilToMinute, MINUTE_MS, settleLagOf } from '../canary/minutes.js';
import type { Judgement, StepContext } from '../canary/types.js';
import type { Config, Strategy, TrafficStep } from '../config/types.js';

/** One function the canary judges. */
export interface EngineTarget {
  readonly functionName: string;
  readonly canaryVersion: string;
  /** undefined on a first deploy: nothing to compare against, nothing to roll back to. */
  readonly baselineVersion: string | undefined;
  readonly timeoutSeconds: number;
  /** settle-lag; undefined: Lambda's own, from the function's timeout. */
  readonly settleLagMs?: number | undefined;
}

/** What the judge needs besides the samples, and the step rules' own settings. */
export interface EngineSettings {
  readonly thresholds: Config['thresholds'];
  readonly compareBaseline: boolean;
  readonly onInconclusive: Config['onInconclusive'];
  /** How far past its hold an undecided step may run while more traffic can decide it; 0 never. */
  readonly extendHoldMs: number;
  /** How many functions the run judges: they share one false-rollback budget. */
  readonly functions: number;
  /** How often the driver looks (the action's interval; the guard ticks every minute). */
  readonly lookEveryMs: number;
}

export interface CanaryPlan {
  readonly strategy: Strategy;
  readonly settings: EngineSettings;
  readonly targets: readonly EngineTarget[];
  /** Index of the step in force. */
  readonly step: number;
  /** When each step begun so far was shifted, epoch ms. */
  readonly stepStarts: readonly number[];
  /** End of the current step's hold (moved by an extension). */
  readonly holdEndMs: number;
  /** The decisive judgement of each function decided at this step, in the order they came. */
  readonly decided: Readonly<Record<string, Judgement>>;
  /** Why an earlier step's inconclusive was accepted (on-inconclusive: pass), for the promotion's reason. */
  readonly accepted: string | undefined;
}

/** The first step with a hold from `index` on, or undefined when the rest only shift or promote. */
export function nextHeldStep(steps: readonly TrafficStep[], index: number): number | undefined {
  for (let i = index; i < steps.length; i += 1) if ((steps[i] as TrafficStep).holdMs > 0) return i;
  return undefined;
}

/** The plan once step `step` is shifted at `nowMs`: its hold starts, nothing decided yet. */
export function enterStep(plan: CanaryPlan, step: number, nowMs: number): CanaryPlan {
  const starts = plan.stepStarts.slice(0, Math.min(plan.stepStarts.length, step));
  while (starts.length < step) starts.push(nowMs);
  return {
    ...plan,
    step,
    stepStarts: [...starts, nowMs],
    holdEndMs: nowMs + currentStep(plan, step).holdMs,
    decided: {},
  };
}

export function currentStep(plan: CanaryPlan, step = plan.step): TrafficStep {
  return plan.strategy.steps[step] ?? { weight: 0, holdMs: 0 };
}

export function stepStart(plan: CanaryPlan): number {
  return plan.stepStarts[plan.step] ?? plan.holdEndMs - currentStep(plan).holdMs;
}

/** No held step after this one: its final look waits for every minute of the hold to settle. */
export function isLastStep(plan: CanaryPlan): boolean {
  return nextHeldStep(plan.strategy.steps, plan.step + 1) === undefined;
}

/** When every minute up to the hold's end has settled, for one function (its own settle lag). */
export function settledAt(plan: CanaryPlan, target: EngineTarget): number {
  return ceilToMinute(plan.holdEndMs) + settleLagOf(target);
}

/** Where the judge stands for `target` at `nowMs`. */
export function stepContext(plan: CanaryPlan, target: EngineTarget, nowMs: number): StepContext {
  const step = currentStep(plan);
  const lastStep = isLastStep(plan);
  const settled = nowMs >= settledAt(plan, target);
  const holdOver = nowMs >= plan.holdEndMs;
  return {
    index: plan.step,
    weight: step.weight,
    elapsedMs: nowMs - stepStart(plan),
    holdMs: step.holdMs,
    // The last step's final look waits for its minutes to settle: nothing is promoted on partial
    // evidence. Earlier steps do not wait: their last minutes are judged during the next step.
    final: holdOver && (settled || !lastStep),
    extendHoldMs: plan.settings.extendHoldMs,
    lastStep,
    settled,
    plannedMs: plan.strategy.steps.reduce((sum, s) => sum + s.holdMs, 0),
    functions: plan.settings.functions,
    holdEndMs: plan.holdEndMs,
    heldMs: plan.holdEndMs - stepStart(plan),
    settledForMs: Math.max(0, nowMs - settledAt(plan, target)),
  };
}

export function undecided(plan: CanaryPlan): EngineTarget[] {
  return plan.targets.filter((t) => plan.decided[t.functionName] === undefined);
}

/** The look after which an undecided function is inconclusive (or extended). */
function lastLookAt(plan: CanaryPlan): number {
  if (!isLastStep(plan)) return plan.holdEndMs;
  return Math.max(plan.holdEndMs, ...undecided(plan).map((t) => settledAt(plan, t)));
}

/** When the next look is due after a look at `nowMs`: every lookEveryMs, and at the hold's boundaries. */
export function nextLookAt(plan: CanaryPlan, nowMs: number): number {
  const interval = Math.max(1, plan.settings.lookEveryMs);
  const boundary = nowMs < plan.holdEndMs ? plan.holdEndMs : lastLookAt(plan);
  return nowMs + Math.min(interval, boundary > nowMs ? boundary - nowMs : interval);
}

/** The least an extension adds: a look interval, and never less than one minute of metrics. */
export function extensionFloorMs(plan: CanaryPlan): number {
  return Math.max(MINUTE_MS, plan.settings.lookEveryMs);
}

/** CloudWatch is asked for p99 durations only when a ceiling judges them (max-p99-duration). */
export function observesP99(thresholds: EngineSettings['thresholds']): boolean {
  return thresholds.maxP99DurationMs !== undefined;
}

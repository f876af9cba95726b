/**
 * The strategy planner (pure): the `strategy` input in, traffic steps out.
 *
 * Grammar (keywords and units in any case; durations are a number and s, m or h):
 *
 *   all-at-once | AllAtOnce                     → 100% at once
 *   canary <weight>% <hold>                     → weight% for hold, then 100%
 *   linear <weight>% [every] <hold>             → weight%, 2×weight%, … (below 100%), each held, then 100%
 *   Canary<N>Percent<M>Minutes                  → canary N% Mm   (CodeDeploy presets, optionally
 *   Linear<N>PercentEvery<M>Minute(s)           → linear N% every Mm    prefixed CodeDeployDefault.Lambda)
 *   <w1>%:<hold1>, <w2>%:<hold2>, …, 100%[:<bake>]  → custom steps, separated by commas or newlines
 *
 * Every step before the last holds for 1s to 24h. Weights rise strictly, lie in (0%, 100%] and
 * the last is 100%. A hold on the final 100% step is a bake time: the new version takes all the
 * traffic and is still watched (and rolled back on a fail) until the bake time is over. At most
 * 100 steps. Weights are rounded to 1e-6 so 3 × 10% is 0.3, not 0.30000000000000004.
 */
import { badValue } from './messages.js';
import type { Strategy, TrafficStep } from './types.js';
import { durationMsOf, percentOf, roundTo } from './units.js';

export const MAX_STEPS = 100;
export const MIN_HOLD_MS = 1_000;
export const MAX_HOLD_MS = 24 * 3_600_000;

const ALL_AT_ONCE = /^(?:all-at-once|all at once|(?:codedeploydefault\.)?(?:lambda)?allatonce)$/i;
const CANARY_PRESET = /^(?:codedeploydefault\.)?(?:lambda)?canary(\d+)percent(\d+)minutes?$/i;
const LINEAR_PRESET = /^(?:codedeploydefault\.)?(?:lambda)?linear(\d+)percentevery(\d+)minutes?$/i;
const CANARY = /^canary\s+(\S+)\s+(\S+)$/i;
const LINEAR = /^linear\s+(\S+)\s+(?:every\s+)?(\S+)$/i;
const CUSTOM_STEP = /^(\S+?)\s*(?::\s*(\S+))?$/;

class StrategyProblem extends Error {}

export function parseStrategy(text: string): Strategy {
  const source = text.trim();
  try {
    return { source, steps: plan(source) };
  } catch (error) {
    if (error instanceof StrategyProblem) throw badValue('strategy', source, { reason: error.message });
    throw error;
  }
}

function plan(source: string): TrafficStep[] {
  if (ALL_AT_ONCE.test(source)) return [finalStep(0)];
  let match = CANARY_PRESET.exec(source);
  if (match) return canary(Number(match[1]), Number(match[2]) * 60_000);
  match = LINEAR_PRESET.exec(source);
  if (match) return linear(Number(match[1]), Number(match[2]) * 60_000);
  match = CANARY.exec(source);
  if (match) return canary(weightOf(match[1] ?? ''), holdOf(match[2] ?? ''));
  match = LINEAR.exec(source);
  if (match) return linear(weightOf(match[1] ?? ''), holdOf(match[2] ?? ''));
  if (/^canary\b/i.test(source)) throw new StrategyProblem('a canary is written canary <weight>% <hold>');
  if (/^linear\b/i.test(source))
    throw new StrategyProblem('a linear strategy is written linear <weight>% every <hold>');
  if (source.includes('%')) return custom(source);
  throw new StrategyProblem('not a strategy');
}

function canary(percent: number, holdMs: number): TrafficStep[] {
  if (percent <= 0 || percent >= 100)
    throw new StrategyProblem('the canary weight must be above 0% and below 100%');
  checkHold(holdMs);
  return [{ weight: fraction(percent), holdMs }, finalStep(0)];
}

function linear(percent: number, holdMs: number): TrafficStep[] {
  if (percent <= 0 || percent >= 100)
    throw new StrategyProblem('the linear increment must be above 0% and below 100%');
  checkHold(holdMs);
  const count = Math.ceil(roundTo(100 / percent, 1e-6));
  if (count > MAX_STEPS) throw new StrategyProblem(`${count} steps, more than ${MAX_STEPS}`);
  const steps: TrafficStep[] = [];
  for (let k = 1; fraction(k * percent) < 1; k++) steps.push({ weight: fraction(k * percent), holdMs });
  steps.push(finalStep(0));
  return steps;
}

function custom(source: string): TrafficStep[] {
  const entries = source
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length > MAX_STEPS)
    throw new StrategyProblem(`${entries.length} steps, more than ${MAX_STEPS}`);
  const steps = entries.map((entry, index): TrafficStep => {
    const match = CUSTOM_STEP.exec(entry);
    const percent = percentOf(match?.[1] ?? '');
    if (match === null || percent === null) {
      throw new StrategyProblem(`step "${entry}" is not a weight and hold such as 25%:5m`);
    }
    if (percent <= 0 || percent > 100)
      throw new StrategyProblem(`step "${entry}" is not above 0% and up to 100%`);
    const last = index === entries.length - 1;
    if (match[2] === undefined) {
      if (!last) throw new StrategyProblem(`step "${entry}" needs a hold, such as ${entry}:5m`);
      return { weight: fraction(percent), holdMs: 0 };
    }
    const holdMs = holdOf(match[2]);
    if (!last || holdMs !== 0) checkHold(holdMs);
    return { weight: fraction(percent), holdMs };
  });
  steps.forEach((step, index) => {
    const previous = steps[index - 1];
    if (previous !== undefined && step.weight <= previous.weight) {
      throw new StrategyProblem(`weights must rise, but step "${entries[index] ?? ''}" does not`);
    }
  });
  if (steps.at(-1)?.weight !== 1) throw new StrategyProblem('the last step must be 100%');
  return steps;
}

function weightOf(text: string): number {
  const percent = percentOf(text);
  if (percent === null) throw new StrategyProblem(`"${text}" is not a weight such as 10%`);
  return percent;
}

function holdOf(text: string): number {
  const ms = durationMsOf(text);
  if (ms === null) throw new StrategyProblem(`"${text}" is not a duration such as 30s, 5m or 1h`);
  return ms;
}

function checkHold(holdMs: number): void {
  if (holdMs < MIN_HOLD_MS || holdMs > MAX_HOLD_MS)
    throw new StrategyProblem('a hold must be from 1s to 24h');
}

function fraction(percent: number): number {
  return Number(roundTo(percent / 100, 1e-6).toFixed(6));
}

function finalStep(holdMs: number): TrafficStep {
  return { weight: 1, holdMs };
}

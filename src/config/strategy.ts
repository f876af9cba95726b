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
 * Weights are rounded to 1e-6 (0.0001%) so 3 × 10% is 0.3, not 0.30000000000000004. Then one
 * check, on the rounded steps, whatever the form: every step before the last lies strictly
 * between 0% and 100% and above the one before it, the last is 100%, every hold before the last
 * is 1s to 24h. (So `canary 99.99999999% 1m`, whose first step rounds to 100%, is refused rather
 * than sending everything at once.) A hold on the final 100% step is a bake time: the new version
 * takes all the traffic and is still watched (and rolled back on a fail) until it is over.
 * At most 100 steps.
 */
import { ConfigError } from '../errors.js';
import type { Reason } from './messages.js';
import { badValue, formatProblem, quote } from './messages.js';
import type { Strategy, TrafficStep } from './types.js';
import { durationMsOf, percentOf, roundTo } from './units.js';
import { MINUTE_MS } from '../util/time.js';
import { splitEntries } from './lines.js';

/** The strategy input's accepted forms (the input table and assertStrategySteps both say them). */
export const STRATEGY_ACCEPTED =
  'all-at-once, canary 10% 5m, linear 10% every 1m, a CodeDeploy preset such as Canary10Percent5Minutes, or steps such as 5%:2m, 25%:5m, 100%';

export const MAX_STEPS = 100;
export const MIN_HOLD_MS = 1_000;
export const MAX_HOLD_MS = 24 * 3_600_000;

const ALL_AT_ONCE = /^(?:all-at-once|all at once|(?:codedeploydefault\.)?(?:lambda)?allatonce)$/i;
const CANARY_PRESET = /^(?:codedeploydefault\.)?(?:lambda)?canary(\d+)percent(\d+)minutes?$/i;
const LINEAR_PRESET = /^(?:codedeploydefault\.)?(?:lambda)?linear(\d+)percentevery(\d+)minutes?$/i;
const CANARY = /^canary\s+(\S+)\s+(\S+)$/i;
const LINEAR = /^linear\s+(\S+)\s+(?:every\s+)?(\S+)$/i;
const CUSTOM_STEP = /^(\S+?)\s*(?::\s*(\S+))?$/;

class StrategyProblem extends Error {
  constructor(readonly reason: Reason) {
    super('strategy problem');
  }
}

export function parseStrategy(text: string): Strategy {
  const source = text.trim();
  try {
    const steps = plan(source);
    const problem = stepsProblem(steps);
    if (problem !== undefined) throw new StrategyProblem(problem);
    return { source, steps };
  } catch (error) {
    if (error instanceof StrategyProblem) throw badValue(source, { reason: error.reason });
    throw error;
  }
}

/**
 * The one check of a plan, after rounding: what is wrong with the first bad step, or undefined.
 * Every step before the last: above the one before it (or 0%), below 100%, held 1s to 24h.
 * The last: 100%, held 0 (no bake time) or 1s to 24h.
 */
export function stepsProblem(steps: readonly TrafficStep[]): string | undefined {
  if (steps.length === 0) return 'no steps';
  if (steps.length > MAX_STEPS) return `${steps.length} steps, more than ${MAX_STEPS}`;
  let previous = 0;
  for (const [at, step] of steps.entries()) {
    const last = at === steps.length - 1;
    const weight = fraction(step.weight * 100);
    const fits = last ? weight === 1 : weight > previous && weight < 1;
    if (!fits || !Number.isFinite(step.weight)) {
      const rule = last
        ? 'the last step must be 100%'
        : `a step before the last must be above ${percentText(previous)} and below 100%`;
      return `step ${at + 1} is ${percentText(weight)} after rounding, but ${rule}`;
    }
    const bake = last && step.holdMs === 0;
    if (!bake && !(step.holdMs >= MIN_HOLD_MS && step.holdMs <= MAX_HOLD_MS)) {
      return `step ${at + 1} holds ${durationText(step.holdMs)}, but a hold must be from 1s to 24h`;
    }
    previous = weight;
  }
  return undefined;
}

/** A plan built elsewhere, checked as parseStrategy checks its own: a ConfigError on the strategy input. */
export function assertStrategySteps(strategy: Strategy): void {
  const reason = stepsProblem(strategy.steps);
  if (reason === undefined) return;
  const line = formatProblem(
    { name: 'strategy', accepted: STRATEGY_ACCEPTED, secret: false },
    badValue(strategy.source, { reason }),
    quote,
  );
  throw new ConfigError('strategy', line);
}

/** 90000000 → 25h, 0 → 0s, 1500 → 1500ms. */
function durationText(ms: number): string {
  const unit = [
    [3_600_000, 'h'],
    [MINUTE_MS, 'm'],
    [1_000, 's'],
  ].find(([size]) => ms !== 0 && ms % (size as number) === 0);
  if (ms === 0) return '0s';
  return unit === undefined ? `${String(ms)}ms` : `${ms / (unit[0] as number)}${unit[1] as string}`;
}

function percentText(weight: number): string {
  return `${Number((weight * 100).toFixed(4))}%`;
}

function plan(source: string): TrafficStep[] {
  if (ALL_AT_ONCE.test(source)) return [finalStep(0)];
  let match = CANARY_PRESET.exec(source);
  if (match) return canary(Number(match[1]), Number(match[2]) * MINUTE_MS);
  match = LINEAR_PRESET.exec(source);
  if (match) return linear(Number(match[1]), Number(match[2]) * MINUTE_MS);
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
  return [{ weight: fraction(percent), holdMs }, finalStep(0)];
}

/** The first step always (the check refuses it when it rounds to 0% or 100%), then each k × weight below 100%. */
function linear(percent: number, holdMs: number): TrafficStep[] {
  const steps: TrafficStep[] = [{ weight: fraction(percent), holdMs }];
  if (percent > 0 && percent < 100) {
    const count = Math.ceil(roundTo(100 / percent, 1e-6));
    if (count > MAX_STEPS) throw new StrategyProblem(`${count} steps, more than ${MAX_STEPS}`);
    for (let k = 2; fraction(k * percent) < 1; k++) steps.push({ weight: fraction(k * percent), holdMs });
  }
  steps.push(finalStep(0));
  return steps;
}

function custom(source: string): TrafficStep[] {
  const entries = splitEntries(source);
  if (entries.length > MAX_STEPS)
    throw new StrategyProblem(`${entries.length} steps, more than ${MAX_STEPS}`);
  return entries.map((entry, index): TrafficStep => {
    const match = CUSTOM_STEP.exec(entry);
    const percent = percentOf(match?.[1] ?? '');
    if (match === null || percent === null) {
      throw new StrategyProblem((show) => `step ${show(entry)} is not a weight and hold such as 25%:5m`);
    }
    if (match[2] === undefined) {
      if (index < entries.length - 1) {
        throw new StrategyProblem((show) => `step ${show(entry)} needs a hold, such as ${entry}:5m`);
      }
      return { weight: fraction(percent), holdMs: 0 };
    }
    return { weight: fraction(percent), holdMs: holdOf(match[2]) };
  });
}

function weightOf(text: string): number {
  const percent = percentOf(text);
  if (percent === null) throw new StrategyProblem((show) => `${show(text)} is not a weight such as 10%`);
  return percent;
}

function holdOf(text: string): number {
  const ms = durationMsOf(text);
  if (ms === null)
    throw new StrategyProblem((show) => `${show(text)} is not a duration such as 30s, 5m or 1h`);
  return ms;
}

function fraction(percent: number): number {
  return Number(roundTo(percent / 100, 1e-6).toFixed(6));
}

function finalStep(holdMs: number): TrafficStep {
  return { weight: 1, holdMs };
}

/**
 * The evidence planner: before a step starts, from the old version's recent minutes (it served all
 * traffic since it went live), how many canary calls a minute this step's weight should bring and how many minutes of
 * settled traffic it needs to reach min-invocations. Pure: the pipeline prints the message and
 * extends the step (up to extend-hold) when the judge asks for more traffic.
 */
import type { EvidencePlan, MinuteSample } from '../types.js';
import { MINUTE_MS } from './constants.js';

export interface PlanInput {
  /** The old version's last minutes (e.g. 30) before the step, whole minutes with all traffic. */
  readonly history: readonly MinuteSample[] | undefined;
  /** This step's canary share, 0..1. */
  readonly weight: number;
  readonly holdMs: number;
  /** extend-hold (0: never extend). */
  readonly extendHoldMs: number;
  readonly minInvocations: number;
  /** Synthetic calls a minute to the new version (synthetic-payload), 0 without. */
  readonly syntheticPerMinute?: number;
  /** Canary invocations already seen (earlier steps count toward min-invocations too). */
  readonly invocationsSoFar?: number;
}

function formatMinutes(minutes: number): string {
  if (!Number.isFinite(minutes)) return 'never';
  return minutes < 10 ? `${Math.round(minutes * 10) / 10} min` : `${Math.round(minutes)} min`;
}

/**
 * Calls a minute the old version serves. Its minutes before it served anything are not its traffic
 * (right after a promotion it went live minutes ago: the minutes before were another version's),
 * nor is its first minute with calls when later ones follow (it went live part-way through it).
 */
export function servedPerMinute(history: readonly MinuteSample[] | undefined): number {
  const minutes = (history ?? [])
    .filter((m) => Number.isFinite(m.invocations) && m.invocations >= 0)
    .sort((a, b) => a.start - b.start);
  const first = minutes.findIndex((m) => m.invocations > 0);
  if (first < 0) return 0;
  const live = minutes.slice(first + 1 < minutes.length ? first + 1 : first);
  return live.reduce((sum, m) => sum + m.invocations, 0) / live.length;
}

/** Minutes of canary traffic needed to reach `needed` more invocations at `rate` a minute. */
export function minutesToReach(needed: number, rate: number): number {
  if (needed <= 0) return 0;
  return rate > 0 ? Math.ceil(needed / rate) : Infinity;
}

export function planEvidence(input: PlanInput): EvidencePlan {
  const synthetic = Math.max(0, input.syntheticPerMinute ?? 0);
  const canaryPerMinute = servedPerMinute(input.history) * input.weight + synthetic;
  const needed = Math.max(0, input.minInvocations - (input.invocationsSoFar ?? 0));
  // One more minute than the count alone: the minute of the shift is partial.
  const minutesNeeded = needed === 0 ? 0 : minutesToReach(needed, canaryPerMinute) + 1;
  const holdMinutes = input.holdMs / MINUTE_MS;
  const extendMinutes = Math.max(0, input.extendHoldMs) / MINUTE_MS;
  const fitsHold = minutesNeeded <= holdMinutes;
  const fitsExtension = minutesNeeded <= holdMinutes + extendMinutes;
  const calls = `~${Math.round(canaryPerMinute)} canary calls/min at ${Math.round(input.weight * 1000) / 10}%`;
  let message: string;
  if (fitsHold) {
    message = `${calls}; deciding needs ~${formatMinutes(minutesNeeded)} of settled traffic`;
  } else if (fitsExtension) {
    message = `${calls}; deciding needs ~${formatMinutes(minutesNeeded)} of settled traffic, more than the ${formatMinutes(holdMinutes)} hold: the step may be extended by up to ${formatMinutes(extendMinutes)} (extend-hold)`;
  } else {
    const reachable = Math.round(canaryPerMinute * (holdMinutes + extendMinutes));
    message = `${calls}; even with extend-hold the canary would get only ~${reachable} of min-invocations ${input.minInvocations} calls: the step will end inconclusive unless traffic rises; consider synthetic-payload or a larger weight`;
  }
  return { canaryPerMinute, minutesNeeded, fitsHold, fitsExtension, message };
}

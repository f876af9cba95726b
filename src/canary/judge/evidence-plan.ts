/**
 * The evidence planner: before a step starts, from the old version's recent minutes (it served all
 * traffic), how many canary calls a minute this step's weight should bring and how many minutes of
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

function perMinute(history: readonly MinuteSample[] | undefined): number {
  const minutes = (history ?? []).filter((m) => Number.isFinite(m.invocations) && m.invocations >= 0);
  if (minutes.length === 0) return 0;
  return minutes.reduce((sum, m) => sum + m.invocations, 0) / minutes.length;
}

/** Minutes of canary traffic needed to reach `needed` more invocations at `rate` a minute. */
export function minutesToReach(needed: number, rate: number): number {
  if (needed <= 0) return 0;
  return rate > 0 ? Math.ceil(needed / rate) : Infinity;
}

export function planEvidence(input: PlanInput): EvidencePlan {
  const synthetic = Math.max(0, input.syntheticPerMinute ?? 0);
  const canaryPerMinute = perMinute(input.history) * input.weight + synthetic;
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

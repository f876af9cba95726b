/**
 * The evidence planner: before a step starts, from every call the function's alias served in its
 * recent settled minutes (all versions together: right after a promotion the old version is
 * minutes old, but the traffic is not), how many canary calls a minute this step's weight should
 * bring and how many minutes of settled traffic it needs to reach min-invocations, counting the
 * canary calls of earlier steps. Pure: the pipeline prints the message and extends the step (up
 * to extend-hold) when the judge asks for more traffic.
 */
import type { EvidencePlan, MinuteSample } from '../types.js';
import { MINUTE_MS } from './constants.js';

/** Calls the alias served in one settled minute, all versions together. */
export type TrafficMinute = Pick<MinuteSample, 'start' | 'invocations'>;

/** The canary calls earlier steps brought, toward min-invocations. */
export interface EarlierCalls {
  /** Counted already: settled canary minutes and synthetic calls. */
  readonly invocations: number;
  /** The earlier step's weight, for the time since the last settled minute. */
  readonly weight: number;
  /** Time of the earlier step not settled yet: its calls are coming, at that weight. */
  readonly unsettledMs: number;
}

export interface PlanInput {
  /** Every call the alias served, by settled minute, up to the step (e.g. its last 30 minutes). */
  readonly traffic: readonly TrafficMinute[] | undefined;
  /** This step's canary share, 0..1. */
  readonly weight: number;
  readonly holdMs: number;
  /** extend-hold (0: never extend). */
  readonly extendHoldMs: number;
  readonly minInvocations: number;
  /** Synthetic calls a minute to the new version (synthetic-payload), 0 without. */
  readonly syntheticPerMinute?: number;
  /** The canary calls of earlier steps (they count toward min-invocations too); none on the first. */
  readonly earlier?: EarlierCalls | undefined;
}

/** `4.5 min`, `12 min`, `never`. */
export function formatMinutes(minutes: number): string {
  if (!Number.isFinite(minutes)) return 'never';
  return minutes < 10 ? `${Math.round(minutes * 10) / 10} min` : `${Math.round(minutes)} min`;
}

/**
 * Calls a minute the function serves. The minutes before it served anything are not its traffic
 * (an alias created minutes ago), nor is its first minute with calls when later ones follow (it
 * went live part-way through it).
 */
export function servedPerMinute(traffic: readonly TrafficMinute[] | undefined): number {
  const minutes = (traffic ?? [])
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

/**
 * Canary calls counted toward min-invocations when the step starts: those counted already, and the
 * alias's calls at the earlier weight still settling (synthetic calls are counted as they answer).
 */
export function callsSoFar(earlier: EarlierCalls | undefined, servedPerMin: number): number {
  if (earlier === undefined) return 0;
  const settling = (Math.max(0, earlier.unsettledMs) / MINUTE_MS) * servedPerMin * earlier.weight;
  return Math.max(0, earlier.invocations) + settling;
}

export function planEvidence(input: PlanInput): EvidencePlan {
  const synthetic = Math.max(0, input.syntheticPerMinute ?? 0);
  const served = servedPerMinute(input.traffic);
  const canaryPerMinute = served * input.weight + synthetic;
  const soFar = Math.floor(callsSoFar(input.earlier, served));
  const needed = Math.max(0, input.minInvocations - soFar);
  // One more minute than the count alone: the minute of the shift is partial.
  const minutesNeeded = needed === 0 ? 0 : minutesToReach(needed, canaryPerMinute) + 1;
  const holdMinutes = input.holdMs / MINUTE_MS;
  const extendMinutes = Math.max(0, input.extendHoldMs) / MINUTE_MS;
  const fitsHold = minutesNeeded <= holdMinutes;
  const fitsExtension = minutesNeeded <= holdMinutes + extendMinutes;
  const earlier =
    soFar > 0 ? ` (~${soFar} from earlier steps count toward min-invocations ${input.minInvocations})` : '';
  const calls = `~${Math.round(canaryPerMinute)} canary calls/min at ${Math.round(input.weight * 1000) / 10}%${earlier}`;
  let message: string;
  if (needed === 0) {
    message = `${calls}: min-invocations is reached already`;
  } else if (fitsHold) {
    message = `${calls}; deciding needs ~${formatMinutes(minutesNeeded)} of settled traffic`;
  } else if (fitsExtension) {
    message = `${calls}; deciding needs ~${formatMinutes(minutesNeeded)} of settled traffic, more than the ${formatMinutes(holdMinutes)} hold: the step may be extended by up to ${formatMinutes(extendMinutes)} (extend-hold)`;
  } else {
    const reachable = Math.round(soFar + canaryPerMinute * (holdMinutes + extendMinutes));
    message = `${calls}; even with extend-hold the canary would get only ~${reachable} of min-invocations ${input.minInvocations} calls: the step will end inconclusive unless traffic rises; consider synthetic-payload or a larger weight`;
  }
  return { canaryPerMinute, minutesNeeded, fitsHold, fitsExtension, message };
}

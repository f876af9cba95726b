/**
 * Minute arithmetic for the collectors: which minutes a poll may judge.
 *
 * Lambda stamps a metric with the time the invocation STARTED and sends it when it ends, and
 * CloudWatch may take a minute or more to make it visible: a minute is "settled" (safe to read
 * as complete) only once it ended more than max(2 min, timeout + 1 min) ago. Unsettled minutes
 * are not yet judged; they are never reported as zero. A backend whose metrics are in at once
 * (a local emulator) sets its own lag with the `settle-lag` input; every reader of settled
 * minutes asks `settleLagOf` for it.
 */
import { MIN_SETTLE_MS } from '../constants.js';
import { MINUTE_MS } from '../util/time.js';

export { MIN_SETTLE_MS, MINUTE_MS };

export function floorToMinute(ms: number): number {
  return Math.floor(ms / MINUTE_MS) * MINUTE_MS;
}

/** How long after a minute ends its datapoints may still arrive, for a function's timeout. */
export function settleLagMs(timeoutSeconds: number): number {
  const timeoutMs = Math.ceil(Math.max(0, timeoutSeconds)) * 1000;
  return Math.max(MIN_SETTLE_MS, timeoutMs + MINUTE_MS);
}

/** A watched function's settle lag: the configured one (`settle-lag`), else Lambda's for its timeout. */
export function settleLagOf(target: {
  readonly timeoutSeconds: number;
  readonly settleLagMs?: number | undefined;
}): number {
  return target.settleLagMs ?? settleLagMs(target.timeoutSeconds);
}

/**
 * End (exclusive, on a minute boundary) of the newest settled minute at `nowMs`, for a settle lag
 * of `lagMs`: every minute [t, t + 1 min) with t + 1 min <= the result is settled. The minute in
 * progress never is.
 */
export function settledUntil(nowMs: number, lagMs: number): number {
  return floorToMinute(nowMs - Math.max(0, lagMs));
}

/** Minute starts in [fromMs, untilMs), both on minute boundaries; empty when until <= from. */
export function minuteStarts(fromMs: number, untilMs: number): number[] {
  const starts: number[] = [];
  for (let t = floorToMinute(fromMs); t < untilMs; t += MINUTE_MS) starts.push(t);
  return starts;
}

export function ceilToMinute(ms: number): number {
  return Math.ceil(ms / MINUTE_MS) * MINUTE_MS;
}

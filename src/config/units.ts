/**
 * Reading the units inputs are written in: percentages and durations. These recognise a form
 * and nothing else; the caller turns "not this form" (null) into the input's own error.
 */
import { MINUTE_MS } from '../util/time.js';

const PERCENT = /^(\d+(?:\.\d+)?|\.\d+)\s*%$/;
const DURATION = /^(\d+(?:\.\d+)?|\.\d+)\s*([smh])$/i;
const UNIT_MS: Readonly<Record<string, number>> = { s: 1_000, m: MINUTE_MS, h: 60 * MINUTE_MS };

/** Rounds away binary float drift (0.1 * 3 = 0.30000000000000004) to a multiple of `step`. */
export function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

/** `2.5%` → 2.5 (a number of percent); null when the text is not a percentage. */
export function percentOf(text: string): number | null {
  const match = PERCENT.exec(text.trim());
  return match ? Number(match[1]) : null;
}

/** A number of percent as a fraction, free of float drift: 1.1 → 0.011. */
export function percentToFraction(percent: number): number {
  return Number(roundTo(percent / 100, 1e-9).toFixed(9));
}

/** `30s`, `5m`, `1.5h` (any case) → whole milliseconds; null when the text is not a duration. */
export function durationMsOf(text: string): number | null {
  const match = DURATION.exec(text.trim());
  if (!match) return null;
  const unit = UNIT_MS[(match[2] ?? '').toLowerCase()] ?? 0;
  const ms = Math.round(Number(match[1]) * unit);
  // Digits past any float (a 100 KB number) are no duration, not an Infinity to compare.
  return Number.isFinite(ms) ? ms : null;
}

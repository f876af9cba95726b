/**
 * Canary and baseline minutes lined up by start time, as counts of "events" (errors, or requests
 * slower than the latency reference) over invocations: the input of the sequential comparison.
 */
import type { MinuteSample } from '../types.js';

export interface CountMinute {
  /** Start of the minute, epoch ms. */
  readonly start: number;
  readonly canaryN: number;
  readonly canaryEvents: number;
  readonly baselineN: number;
  readonly baselineEvents: number;
}

/** A minute of the old version alone (before the step), for its noise. */
export interface HistoryMinute {
  readonly n: number;
  readonly events: number;
}

/** Events a minute reports: errors always; slow requests only where the collector read them. */
export type EventReader = (sample: MinuteSample) => number | undefined;

/** A minute whose Errors figure is missing is no data, never zero errors. */
export const readErrors: EventReader = (sample) =>
  sample.errorsMissing === true ? undefined : sample.errors;
export const readSlow: EventReader = (sample) => sample.slowCount;

function clampCount(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/** Invocations and events of one sample; a sample without the event figure counts as no data. */
function countsOf(sample: MinuteSample | undefined, read: EventReader): { n: number; events: number } {
  if (sample === undefined) return { n: 0, events: 0 };
  const events = read(sample);
  if (events === undefined) return { n: 0, events: 0 };
  const n = clampCount(sample.invocations);
  return { n, events: Math.min(n, clampCount(events)) };
}

function countMinute(
  start: number,
  canary: MinuteSample | undefined,
  baseline: MinuteSample | undefined,
  read: EventReader,
): CountMinute {
  const c = countsOf(canary, read);
  const b = countsOf(baseline, read);
  return { start, canaryN: c.n, canaryEvents: c.events, baselineN: b.n, baselineEvents: b.events };
}

/** Both series joined on minute start (a minute missing on one side has no invocations there). */
export function alignCounts(
  canary: readonly MinuteSample[],
  baseline: readonly MinuteSample[],
  read: EventReader,
): CountMinute[] {
  if (
    canary.length === baseline.length &&
    canary.every(
      (m, i) =>
        m.start === baseline[i]?.start && (i === 0 || m.start > (canary[i - 1] as MinuteSample).start),
    )
  ) {
    return canary.map((m, i) => countMinute(m.start, m, baseline[i], read));
  }
  const canaryByStart = new Map(canary.map((m) => [m.start, m]));
  const baselineByStart = new Map(baseline.map((m) => [m.start, m]));
  const starts = [...new Set([...canaryByStart.keys(), ...baselineByStart.keys()])].sort((a, b) => a - b);
  return starts.map((start) =>
    countMinute(start, canaryByStart.get(start), baselineByStart.get(start), read),
  );
}

export function historyCounts(
  history: readonly MinuteSample[] | undefined,
  read: EventReader,
): HistoryMinute[] {
  if (history === undefined) return [];
  return history.map((sample) => {
    const { n, events } = countsOf(sample, read);
    return { n, events };
  });
}

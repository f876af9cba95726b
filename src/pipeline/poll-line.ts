/**
 * One line per function per poll for the log, from the judge's own judgement: where the step is,
 * what the canary has served, the old version's error rate, the memory peak, and the state —
 * `step 1/2 · 10% · 3m of 5m · canary 412 calls, 0.49% errors · baseline 0.51% · memory 61% · deciding`.
 * Rules with nothing to say are left out; the full reason goes to the debug log and the report.
 */
import type { Judgement } from '../canary/types.js';
import { percent } from '../canary/judge/check.js';
import { formatShare } from '../traffic/routing.js';
import { MINUTE_MS } from '../util/time.js';

export interface PollPosition {
  /** 0-based step index, and the strategy's step count. */
  readonly index: number;
  readonly steps: number;
  readonly weight: number;
  readonly elapsedMs: number;
  readonly holdMs: number;
}

/** Whole minutes and seconds, as a person reads a clock: `3m`, `2m30s`, `45s`. */
export function clockDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s}s`;
  return s === 0 ? `${m}m` : `${m}m${s}s`;
}

function numberOf(judgement: Judgement, key: string): number | undefined {
  const value = judgement.evidence[key];
  return typeof value === 'number' ? value : undefined;
}

const STATES: Readonly<Record<Judgement['decision'], string>> = {
  continue: 'deciding',
  pass: 'pass',
  fail: 'fail',
  inconclusive: 'inconclusive',
};

export function pollLine(functionName: string, at: PollPosition, judgement: Judgement): string {
  const parts = [
    functionName,
    `step ${at.index + 1}/${at.steps}`,
    formatShare(at.weight),
    at.elapsedMs > at.holdMs
      ? `${clockDuration(at.elapsedMs)}, past the ${clockDuration(at.holdMs)} hold`
      : `${clockDuration(at.elapsedMs)} of ${clockDuration(at.holdMs)}`,
  ];
  const calls = numberOf(judgement, 'canaryInvocations');
  const rate = numberOf(judgement, 'canaryErrorRate');
  parts.push(
    calls === undefined || calls === 0
      ? 'no canary calls settled yet'
      : `canary ${calls} calls${rate === undefined ? '' : `, ${percent(rate)} errors`}`,
  );
  const baselineCalls = numberOf(judgement, 'errorsBaselineCalls');
  const baselineRate = numberOf(judgement, 'errorsBaselineRate');
  if (baselineCalls !== undefined && baselineCalls > 0 && baselineRate !== undefined) {
    parts.push(`baseline ${percent(baselineRate)}`);
  }
  const memory = numberOf(judgement, 'canaryMemoryMax');
  if (memory !== undefined) parts.push(`memory ${percent(memory)}`);
  const failing = judgement.rules.filter((r) => r.status === 'fail').map((r) => r.name);
  parts.push(failing.length > 0 ? `failing: ${failing.join(', ')}` : STATES[judgement.decision]);
  return parts.join(' · ');
}

/**
 * Tells whether a poll line says something new: a function's line that repeats its last one, the
 * clock aside, is left out until a minute has passed since it was shown (waiting for late metrics,
 * a 10-second interval would otherwise print the same figures six times a minute).
 */
export class RepeatedPollLines {
  private readonly shown = new Map<string, { readonly text: string; readonly elapsedMs: number }>();

  constructor(private readonly everyMs = MINUTE_MS) {}

  isNew(functionName: string, at: PollPosition, judgement: Judgement): boolean {
    const text = pollLine(functionName, { ...at, elapsedMs: 0 }, judgement);
    const last = this.shown.get(functionName);
    if (last && last.text === text && at.elapsedMs - last.elapsedMs < this.everyMs) return false;
    this.shown.set(functionName, { text, elapsedMs: at.elapsedMs });
    return true;
  }
}

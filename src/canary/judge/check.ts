import type { RuleResult } from '../types.js';

/** What each rule of the judge reports: failed or not, whether it would let the step pass, and why. */
export type Evidence = Record<string, number | string | boolean>;

export interface CheckResult {
  /** Short name, e.g. `errors vs baseline`. */
  readonly name: string;
  readonly failed: boolean;
  /** One phrase: why it failed, or where it stands. */
  readonly summary: string;
  /** Evidence enough for an early pass (before the hold ends). */
  readonly readyToPass: boolean;
  readonly evidence: Evidence;
  /** Something a pass does not prove (an unprovable slow leak, memory unreadable): the verdict repeats it. */
  readonly warning?: string;
  /**
   * More data can decide this rule, which has not found harm nor shown there is none: at the end
   * of the hold the step runs on (up to extend-hold) rather than pass on it: why, and for how long
   * (undefined: to the end of extend-hold, every look meanwhile may decide).
   */
  readonly undecided?: { readonly why: string; readonly needMs?: number };
  /** At a final look: late datapoints of the hold's own minutes are on their way; look again after needMs. */
  readonly awaiting?: { readonly why: string; readonly needMs: number };
}

/** The rule's result as the judge's output shows it. */
export function ruleResult(check: CheckResult): RuleResult {
  return {
    name: check.name,
    status: check.failed ? 'fail' : check.readyToPass ? 'pass' : 'watching',
    summary: check.summary,
    evidence: check.evidence,
  };
}

/** Formats a fraction as a percentage with up to 2 significant decimals: 0.0123 -> "1.23%". */
export function percent(fraction: number): string {
  if (!Number.isFinite(fraction)) return String(fraction);
  const value = fraction * 100;
  const digits = Math.abs(value) >= 10 ? 1 : 2;
  return `${Number(value.toFixed(digits))}%`;
}

/** Rounds for evidence: numbers stay numbers, with a sensible number of significant digits. */
export function round(value: number, significant = 4): number {
  if (!Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(significant));
}

/** Minute start as HH:MM UTC, for reasons. */
export function clockTime(ms: number): string {
  return new Date(ms).toISOString().slice(11, 16);
}

/**
 * The input-table entry (see inputs.ts) for how long the run's AWS credentials live, and its rule:
 * a canary planned to outlast them is refused before any AWS call, since credentials that expire
 * mid-canary leave the aliases where they are with no one to judge or roll them back.
 *
 * The planned time is what the strategy can take at most: every step's hold, each held step's
 * extension (extend-hold), and the wait for the last minutes' metrics to settle after the last
 * hold (at least MIN_SETTLE_MS past the minute's end; functions with a timeout over a minute wait
 * longer, which only the run can know). The stack deployment before it is not counted. The rule
 * itself (credentialsProblems) is in rules.ts with the others.
 */
import { LATE_DATAPOINT_WAIT_MS, MIN_SETTLE_MS } from '../constants.js';
import { MINUTE_MS } from '../util/time.js';
import type { InputSpec } from './input-spec.js';
import { badValue } from './messages.js';
import type { Strategy } from './types.js';
import { durationMsOf } from './units.js';

export interface CredentialsLifetime {
  /** The input as given, shown in the refusal. */
  readonly text: string;
  readonly ms: number;
  /** Where the lifetime is set (the `from ...` part), named in the refusal. */
  readonly setting: string | undefined;
}

const MIN_LIFETIME_MS = 60_000;
const MAX_LIFETIME_MS = 36 * 3_600_000;
const WITH_SETTING = /^(\S+)(?:\s+from\s+(\S.*))?$/;

export const CREDENTIALS_INPUTS = {
  'credentials-lifetime': {
    description:
      "How long the run's AWS credentials stay valid (`1h`, `3600s`), optionally followed by `from <setting>` naming where that is set: a canary planned to take longer (steps, extend-hold, the settle wait, the wait for a custom metric's late datapoints) is refused before any AWS call. Empty: not checked. The CircleCI, GitLab and Jenkins plugins fill it in.",
    accepted:
      'a duration from 1m to 36h such as 1h or 3600s, optionally followed by "from" and the setting it comes from (such as 3600s from session-duration), or empty',
    kind: 'value',
    secret: false,
    parse: parseCredentialsLifetime,
  },
} as const satisfies Record<string, InputSpec<unknown>>;

export function parseCredentialsLifetime(raw: string): CredentialsLifetime | undefined {
  if (raw === '') return undefined;
  const match = WITH_SETTING.exec(raw);
  const ms = match?.[1] === undefined ? null : durationMsOf(match[1]);
  if (ms === null) throw badValue(raw);
  if (ms < MIN_LIFETIME_MS || ms > MAX_LIFETIME_MS) throw badValue(raw, { reason: 'out of range' });
  return { text: raw, ms, setting: match?.[2]?.trim() };
}

export interface PlannedDuration {
  readonly totalMs: number;
  readonly holdsMs: number;
  readonly heldSteps: number;
  readonly extensionMs: number;
  readonly settleMs: number;
  /** The final look's wait for a custom count's late datapoints (with a rate-of comparison). */
  readonly lateMs: number;
}

/**
 * The most a waited canary of this strategy can take, from its first shift to its verdict; with
 * `lateDatapoints` (a custom rate-of comparison), the final look may wait for late datapoints too.
 */
export function plannedDuration(
  strategy: Strategy,
  extendHoldMs: number,
  lateDatapoints = false,
): PlannedDuration {
  const held = strategy.steps.filter((step) => step.holdMs > 0);
  const holdsMs = held.reduce((sum, step) => sum + step.holdMs, 0);
  const extensionMs = held.length * Math.max(0, extendHoldMs);
  // The last hold may end just after a minute starts: that minute must end, then settle.
  const settleMs = held.length > 0 ? MINUTE_MS + MIN_SETTLE_MS : 0;
  const lateMs = held.length > 0 && lateDatapoints ? LATE_DATAPOINT_WAIT_MS : 0;
  return {
    totalMs: holdsMs + extensionMs + settleMs + lateMs,
    holdsMs,
    heldSteps: held.length,
    extensionMs,
    settleMs,
    lateMs,
  };
}

/** `1h23m`, `45m`, `1h`, `30s`. */
export function spanText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const parts = [
    [Math.floor(seconds / 3600), 'h'],
    [Math.floor((seconds % 3600) / 60), 'm'],
    [seconds % 60, 's'],
  ] as const;
  const text = parts
    .filter(([n]) => n > 0)
    .map(([n, unit]) => `${n}${unit}`)
    .join('');
  return text === '' ? '0s' : text;
}

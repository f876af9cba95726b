/**
 * What the monitoring stack's guard did since the last release, as one plain line per function:
 * what, when (ISO time and how long before the run) and why. The run logs it; the job summary
 * shows it escaped (report/guard-section.ts).
 */
import type { GuardActivity } from './guard-activity.js';
import { MINUTE_MS } from '../util/time.js';

/** "just now", "12 min ago", "3 h ago", "2 d ago"; a time after `nowMs` (clock skew) is "just now". */
export function agoText(atMs: number, nowMs: number): string {
  const minutes = Math.floor((nowMs - atMs) / MINUTE_MS);
  if (!(minutes >= 1)) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} h ago` : `${Math.floor(hours / 24)} d ago`;
}

const when = (at: string, nowMs: number): string => `at ${at} (${agoText(Date.parse(at), nowMs)})`;

/** One plain line: what the guard did to `alias`, when and why, since the last promotion. */
export function guardActivityText(activity: GuardActivity, nowMs: number): string {
  const parts: string[] = [];
  const { rolledBack, lastActionAt } = activity;
  if (rolledBack) {
    const to = activity.lastPassed ? ` back to v${activity.lastPassed}` : '';
    parts.push(
      `rolled alias ${activity.alias} off v${rolledBack.version}${to} ${when(rolledBack.at, nowMs)}: ${rolledBack.reason}`,
    );
  }
  if (lastActionAt && lastActionAt !== rolledBack?.at) {
    parts.push(`last acted (a notice, a scale-out or a rollback) ${when(lastActionAt, nowMs)}`);
  }
  const since = activity.promotedAt
    ? `since the promotion at ${activity.promotedAt}`
    : 'no promotion recorded';
  return `${activity.functionName}: the guard ${parts.join('; ')} (${since})`;
}

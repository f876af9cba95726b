/**
 * The job summary's section on what the monitoring stack's guard did since the last release: the
 * run's log lines (traffic/guard-activity-text.ts), escaped; the tag text they quote comes from AWS.
 */
import type { GuardActivity } from '../traffic/guard-activity.js';
import { guardActivityText } from '../traffic/guard-activity-text.js';
import { mdText } from '../util/escape.js';

/** The summary's section; empty when the guard did nothing since the last release. */
export function guardSection(activities: readonly GuardActivity[], nowMs: number): string[] {
  if (activities.length === 0) return [];
  return [
    '### The guard since the last release',
    '',
    ...activities.map((a) => `- ${mdText(guardActivityText(a, nowMs))}`),
    '',
  ];
}

/**
 * The kinds of alarm the monitoring stack makes for each watched function (templates/monitoring.yaml),
 * named `<stack>-<function>-<kind>` with the output `<Function><Kind>Alarm`. The run watches them
 * during the canary, and the guard protects a function when one goes to ALARM. The composite of
 * them and the latency anomaly alarm (it only notifies) are not among them.
 */
export const ALARM_KINDS = ['errors', 'error-rate', 'throttles', 'p99-duration', 'memory'] as const;

export type AlarmKind = (typeof ALARM_KINDS)[number];

/** `error-rate` → `ErrorRate`: the kind as the template's logical ids and output keys spell it. */
export function alarmKindKey(kind: AlarmKind): string {
  return kind.replace(/(^|-)([a-z0-9])/g, (_match, _dash, letter: string) => letter.toUpperCase());
}

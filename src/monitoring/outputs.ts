/**
 * Reading the monitoring stack's outputs: which alarms to watch during the canary, which to pass
 * to the app stack's update as rollback triggers, and where to notify.
 *
 * Output keys (templates/monitoring.yaml): per function `<Fn>ErrorsAlarm`, `<Fn>ErrorRateAlarm`,
 * `<Fn>ThrottlesAlarm`, `<Fn>P99DurationAlarm` (when a p99 ceiling is set), `<Fn>MemoryAlarm`,
 * `<Fn>CompositeAlarm` (any of them), `<Fn>LatencyAnomalyAlarm` (with latency-anomaly-alarm: it
 * only notifies, it is neither watched nor a rollback trigger); and `TopicArn`, `AlarmArnPrefix`, `WatchedFunctions`,
 * `Dashboard`, `GuardFunctionName`, `GuardFailuresAlarmName`, `PlanTableName`, `PlanRuleName` (the last
 * four when the guard is on).
 */
import { StackCanaryError } from '../errors.js';
import { ALARM_KINDS, alarmKindKey } from './alarm-kinds.js';

type Outputs = Readonly<Record<string, string>>;

const WATCHED_ALARM_KEY = new RegExp(`(${ALARM_KINDS.map(alarmKindKey).join('|')})Alarm$`);
const COMPOSITE_ALARM_KEY = /CompositeAlarm$/;

function valuesOf(outputs: Outputs, key: RegExp): string[] {
  const names = Object.entries(outputs)
    .filter(([k, v]) => key.test(k) && v !== '')
    .map(([, v]) => v);
  return [...new Set(names)].sort();
}

function toArns(outputs: Outputs, names: readonly string[]): string[] {
  if (names.length === 0) return [];
  const prefix = outputs['AlarmArnPrefix'];
  if (!prefix) {
    throw new StackCanaryError(
      'AWS_ERROR',
      'The monitoring stack has alarm outputs but no AlarmArnPrefix output: redeploy it.',
    );
  }
  return names.map((name) => `${prefix}${name}`);
}

/** Every per-function alarm of the monitoring stack (not the composites): watched during the canary. */
export function monitoringAlarmNames(outputs: Outputs): string[] {
  return valuesOf(outputs, WATCHED_ALARM_KEY);
}

export function monitoringAlarmArns(outputs: Outputs): string[] {
  return toArns(outputs, monitoringAlarmNames(outputs));
}

/**
 * One composite alarm per function (ALARM when any of its alarms is): the app stack update's
 * rollback triggers. CloudFormation takes at most 5; the canary watches every alarm anyway.
 */
export function monitoringRollbackTriggerArns(outputs: Outputs): string[] {
  return toArns(outputs, valuesOf(outputs, COMPOSITE_ALARM_KEY));
}

/** The topic every alarm and the guard notify (the action's own notifications can go there too). */
export function monitoringTopicArn(outputs: Outputs): string | undefined {
  return outputs['TopicArn'] || undefined;
}

/** The table of detached canaries (wait: false) the guard advances; only when the guard is on. */
export function monitoringPlanTableName(outputs: Outputs): string | undefined {
  return outputs['PlanTableName'] || undefined;
}

/** The every-minute guard rule the action enables while a detached canary is in flight. */
export function monitoringPlanRuleName(outputs: Outputs): string | undefined {
  return outputs['PlanRuleName'] || undefined;
}

/** The plan table and the guard's rule, which `needs` (an input's setting) cannot do without. */
export function monitoringPlanStore(
  outputs: Outputs,
  needs: string,
): { tableName: string; ruleName: string } {
  const tableName = monitoringPlanTableName(outputs);
  const ruleName = monitoringPlanRuleName(outputs);
  if (!tableName || !ruleName) {
    throw new StackCanaryError(
      'AWS_ERROR',
      `${needs} needs the monitoring stack outputs PlanTableName and PlanRuleName (guard: true); none found: redeploy it with guard: true.`,
    );
  }
  return { tableName, ruleName };
}

/**
 * Reading alarms: the state of named CloudWatch alarms (metric and composite), read with
 * DescribeAlarms in batches of 100 names (the API's limit), all pages.
 *
 * A poll sees an alarm's state at that moment; an alarm that went to ALARM and back between two
 * polls would be missed. So an alarm that is not in ALARM now but whose state changed since the
 * last poll has its state history read (DescribeAlarmHistory): a change into ALARM in between
 * means it fired during the step (a change out of ALARM alone is an alarm that was already firing
 * clearing). That extra call happens only for alarms that changed state.
 */
import type { AlarmHistoryItem, CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { sdk } from '../aws/sdk.js';
import { chunk } from './metric-queries.js';

export const MAX_ALARM_NAMES_PER_CALL = 100;

const ALARM_TYPES = ['MetricAlarm', 'CompositeAlarm'] as const;

export interface AlarmStates {
  /** Names in state ALARM now. */
  readonly inAlarm: ReadonlySet<string>;
  /** Names asked for that CloudWatch does not know (a typo, or an alarm not created). */
  readonly missing: readonly string[];
  /** When each known alarm's state value last changed (epoch ms), where CloudWatch says. */
  readonly changedAt: ReadonlyMap<string, number>;
  /** The single metric each metric alarm watches (none for composite and metric-math alarms). */
  readonly metrics: ReadonlyMap<string, AlarmMetric>;
}

/** The one metric a metric alarm watches. */
export interface AlarmMetric {
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: readonly { readonly name: string; readonly value: string }[];
}

export async function describeAlarmStates(
  cloudWatch: CloudWatchClient,
  names: readonly string[],
): Promise<AlarmStates> {
  const unique = [...new Set(names)];
  const inAlarm = new Set<string>();
  const changedAt = new Map<string, number>();
  const metrics = new Map<string, AlarmMetric>();
  const found = new Set<string>();
  const { paginateDescribeAlarms } = await sdk.cloudWatch();
  for (const batch of chunk(unique, MAX_ALARM_NAMES_PER_CALL)) {
    const pages = paginateDescribeAlarms(
      { client: cloudWatch },
      { AlarmNames: batch, AlarmTypes: [...ALARM_TYPES] },
    );
    for await (const page of pages) {
      for (const alarm of [...(page.MetricAlarms ?? []), ...(page.CompositeAlarms ?? [])]) {
        if (alarm.AlarmName === undefined) continue;
        found.add(alarm.AlarmName);
        if (alarm.StateValue === 'ALARM') inAlarm.add(alarm.AlarmName);
        const changed = alarm.StateTransitionedTimestamp ?? alarm.StateUpdatedTimestamp;
        if (changed !== undefined) changedAt.set(alarm.AlarmName, new Date(changed).getTime());
      }
      for (const alarm of page.MetricAlarms ?? []) {
        if (alarm.AlarmName === undefined || !alarm.Namespace || !alarm.MetricName) continue;
        const dimensions = (alarm.Dimensions ?? []).map((d) => ({
          name: d.Name ?? '',
          value: d.Value ?? '',
        }));
        metrics.set(alarm.AlarmName, {
          namespace: alarm.Namespace,
          metricName: alarm.MetricName,
          dimensions,
        });
      }
    }
  }
  return { inAlarm, missing: unique.filter((name) => !found.has(name)), changedAt, metrics };
}

/**
 * Whether a state-update history item shows the alarm going into ALARM (HistoryData JSON, else
 * the summary "Alarm updated from OK to ALARM").
 */
export function enteredAlarm(item: AlarmHistoryItem): boolean {
  if (item.HistoryData) {
    try {
      const data = JSON.parse(item.HistoryData) as {
        oldState?: { stateValue?: unknown };
        newState?: { stateValue?: unknown };
      };
      const state = data.newState?.stateValue;
      if (typeof state === 'string') return state === 'ALARM' && data.oldState?.stateValue !== 'ALARM';
    } catch {
      // not JSON: fall back to the summary
    }
  }
  return /\bfrom (?!ALARM\b)\S+ to ALARM\b/.test(item.HistorySummary ?? '');
}

/** Whether the alarm went into ALARM at some time in [fromMs, untilMs], from its state history. */
export async function enteredAlarmBetween(
  cloudWatch: CloudWatchClient,
  alarmName: string,
  fromMs: number,
  untilMs: number,
): Promise<boolean> {
  const { paginateDescribeAlarmHistory } = await sdk.cloudWatch();
  const pages = paginateDescribeAlarmHistory(
    { client: cloudWatch },
    {
      AlarmName: alarmName,
      AlarmTypes: [...ALARM_TYPES],
      HistoryItemType: 'StateUpdate',
      StartDate: new Date(fromMs),
      EndDate: new Date(untilMs),
    },
  );
  for await (const page of pages) {
    if ((page.AlarmHistoryItems ?? []).some(enteredAlarm)) return true;
  }
  return false;
}

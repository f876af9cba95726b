/**
 * Reading alarms: the state of named CloudWatch alarms (metric and composite), read with
 * DescribeAlarms in batches of 100 names (the API's limit), all pages.
 *
 * A poll sees an alarm's state at that moment; an alarm that went to ALARM and back between two
 * polls would be missed. So an alarm that is not in ALARM now but whose state changed since the
 * last poll has its state history read (DescribeAlarmHistory): a change into or out of ALARM in
 * between means it was in ALARM during the step. That extra call happens only for alarms that
 * changed state.
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
}

export async function describeAlarmStates(
  cloudWatch: CloudWatchClient,
  names: readonly string[],
): Promise<AlarmStates> {
  const unique = [...new Set(names)];
  const inAlarm = new Set<string>();
  const changedAt = new Map<string, number>();
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
    }
  }
  return { inAlarm, missing: unique.filter((name) => !found.has(name)), changedAt };
}

/**
 * Whether a state-update history item shows the alarm in ALARM on either side of the change
 * (HistoryData JSON, else the summary "Alarm updated from OK to ALARM").
 */
export function touchedAlarm(item: AlarmHistoryItem): boolean {
  if (item.HistoryData) {
    try {
      const data = JSON.parse(item.HistoryData) as {
        oldState?: { stateValue?: unknown };
        newState?: { stateValue?: unknown };
      };
      const states = [data.oldState?.stateValue, data.newState?.stateValue].filter(
        (v) => typeof v === 'string',
      );
      if (states.length > 0) return states.includes('ALARM');
    } catch {
      // not JSON: fall back to the summary
    }
  }
  return /\b(?:from|to) ALARM\b/.test(item.HistorySummary ?? '');
}

/** Whether the alarm was in ALARM at some time in [fromMs, untilMs], from its state history. */
export async function wasInAlarmBetween(
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
    if ((page.AlarmHistoryItems ?? []).some(touchedAlarm)) return true;
  }
  return false;
}

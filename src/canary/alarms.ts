/**
 * The alarms collector: the state of named CloudWatch alarms (metric and composite), read with
 * DescribeAlarms in batches of 100 names (the API's limit), following NextToken.
 */
import type { CloudWatchClient, DescribeAlarmsOutput } from '@aws-sdk/client-cloudwatch';
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { chunk } from './metric-queries.js';

export const MAX_ALARM_NAMES_PER_CALL = 100;

export interface AlarmStates {
  /** Names in state ALARM now. */
  readonly inAlarm: ReadonlySet<string>;
  /** Names asked for that CloudWatch does not know (a typo, or an alarm not created). */
  readonly missing: readonly string[];
}

export async function describeAlarmStates(
  cloudWatch: Pick<CloudWatchClient, 'send'>,
  names: readonly string[],
): Promise<AlarmStates> {
  const unique = [...new Set(names)];
  const inAlarm = new Set<string>();
  const found = new Set<string>();
  for (const batch of chunk(unique, MAX_ALARM_NAMES_PER_CALL)) {
    let nextToken: string | undefined;
    do {
      const page: DescribeAlarmsOutput = await cloudWatch.send(
        new DescribeAlarmsCommand({
          AlarmNames: batch,
          AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
          ...(nextToken === undefined ? {} : { NextToken: nextToken }),
        }),
      );
      for (const alarm of [...(page.MetricAlarms ?? []), ...(page.CompositeAlarms ?? [])]) {
        if (alarm.AlarmName === undefined) continue;
        found.add(alarm.AlarmName);
        if (alarm.StateValue === 'ALARM') inAlarm.add(alarm.AlarmName);
      }
      nextToken = page.NextToken || undefined;
    } while (nextToken !== undefined);
  }
  return { inAlarm, missing: unique.filter((name) => !found.has(name)) };
}

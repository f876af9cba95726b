/** For the integration tests: an errors alarm on the emulator, as a team would have one. */
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';

/** An alarm on Lambda's Errors: one error in a minute sets it off. */
export async function putErrorsAlarm(cloudWatch: CloudWatchClient, alarmName: string): Promise<void> {
  await cloudWatch.send(
    new PutMetricAlarmCommand({
      AlarmName: alarmName,
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    }),
  );
}

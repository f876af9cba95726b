import { beforeEach, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import type { DescribeAlarmsCommandInput } from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { describeAlarmStates, MAX_ALARM_NAMES_PER_CALL } from '../../../src/canary/alarms.js';

const cw = mockClient(CloudWatchClient);
const client = new CloudWatchClient({ region: 'eu-west-1' });

describe('alarms collector', () => {
  beforeEach(() => {
    cw.reset();
  });

  it('GIVEN metric and composite alarms WHEN described THEN both kinds are asked for and those in ALARM are named', async () => {
    cw.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [
        { AlarmName: 'orders-errors', StateValue: 'ALARM' },
        { AlarmName: 'orders-throttles', StateValue: 'OK' },
      ],
      CompositeAlarms: [{ AlarmName: 'orders-health', StateValue: 'ALARM' }],
    });
    const states = await describeAlarmStates(client, ['orders-errors', 'orders-throttles', 'orders-health']);
    expect([...states.inAlarm].sort()).toEqual(['orders-errors', 'orders-health']);
    expect(states.missing).toEqual([]);
    expect(cw).toHaveReceivedCommandWith(DescribeAlarmsCommand, {
      AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
    });
  });

  it('GIVEN 250 names WHEN described THEN three calls carry at most 100 names each', async () => {
    cw.on(DescribeAlarmsCommand).callsFake((input: DescribeAlarmsCommandInput) => ({
      MetricAlarms: (input.AlarmNames ?? []).map((name) => ({
        AlarmName: name,
        StateValue: name === 'a-237' ? 'ALARM' : 'OK',
      })),
    }));
    const names = Array.from({ length: 250 }, (_, i) => `a-${i}`);
    const states = await describeAlarmStates(client, names);
    expect(cw).toHaveReceivedCommandTimes(DescribeAlarmsCommand, 3);
    const sizes = cw.commandCalls(DescribeAlarmsCommand).map((c) => c.args[0].input.AlarmNames?.length);
    expect(sizes).toEqual([MAX_ALARM_NAMES_PER_CALL, MAX_ALARM_NAMES_PER_CALL, 50]);
    expect([...states.inAlarm]).toEqual(['a-237']);
  });

  it('GIVEN a paged answer WHEN described THEN the NextToken is followed', async () => {
    cw.on(DescribeAlarmsCommand)
      .resolvesOnce({ MetricAlarms: [{ AlarmName: 'a', StateValue: 'OK' }], NextToken: 't2' })
      .resolvesOnce({ CompositeAlarms: [{ AlarmName: 'b', StateValue: 'ALARM' }] });
    const states = await describeAlarmStates(client, ['a', 'b']);
    expect(cw).toHaveReceivedNthSpecificCommandWith(2, DescribeAlarmsCommand, { NextToken: 't2' });
    expect([...states.inAlarm]).toEqual(['b']);
  });

  it('GIVEN a name CloudWatch does not know and a duplicate WHEN described THEN the unknown one is reported missing, asked once', async () => {
    cw.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [{ AlarmName: 'known', StateValue: 'INSUFFICIENT_DATA' }],
    });
    const states = await describeAlarmStates(client, ['known', 'typo', 'known']);
    expect(states.missing).toEqual(['typo']);
    expect(states.inAlarm.size).toBe(0);
    expect(cw).toHaveReceivedCommandWith(DescribeAlarmsCommand, { AlarmNames: ['known', 'typo'] });
  });
});

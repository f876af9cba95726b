import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  CloudWatchClient,
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
} from '@aws-sdk/client-cloudwatch';
import type { DescribeAlarmsCommandInput } from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import {
  describeAlarmStates,
  MAX_ALARM_NAMES_PER_CALL,
  enteredAlarm,
  enteredAlarmBetween,
} from '../../../src/canary/alarms.js';
import { T0 } from '../../helpers/canary-time.js';

const history = (oldState: string, newState: string) => ({
  HistoryItemType: 'StateUpdate' as const,
  HistorySummary: `Alarm updated from ${oldState} to ${newState}`,
  HistoryData: JSON.stringify({
    version: '1.0',
    oldState: { stateValue: oldState },
    newState: { stateValue: newState },
  }),
});

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

  it('GIVEN transition timestamps WHEN described THEN each alarm’s last state change is reported', async () => {
    cw.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [
        {
          AlarmName: 'a',
          StateValue: 'OK',
          StateTransitionedTimestamp: new Date(T0 + 5_000),
          StateUpdatedTimestamp: new Date(T0 + 9_000),
        },
        { AlarmName: 'b', StateValue: 'OK', StateUpdatedTimestamp: new Date(T0 + 7_000) },
        { AlarmName: 'c', StateValue: 'OK' },
      ],
    });
    const states = await describeAlarmStates(client, ['a', 'b', 'c']);
    expect([...states.changedAt]).toEqual([
      ['a', T0 + 5_000],
      ['b', T0 + 7_000],
    ]);
  });
});

describe('alarm history between polls', () => {
  beforeEach(() => {
    cw.reset();
  });

  it('reads a change into ALARM from HistoryData, else from the summary; a change out of it is an alarm clearing', () => {
    expect(enteredAlarm(history('OK', 'ALARM'))).toBe(true);
    expect(enteredAlarm(history('INSUFFICIENT_DATA', 'ALARM'))).toBe(true);
    expect(enteredAlarm(history('ALARM', 'OK'))).toBe(false);
    expect(enteredAlarm(history('ALARM', 'ALARM'))).toBe(false);
    expect(enteredAlarm(history('INSUFFICIENT_DATA', 'OK'))).toBe(false);
    expect(enteredAlarm({ HistorySummary: 'Alarm updated from OK to ALARM', HistoryData: 'not json' })).toBe(
      true,
    );
    expect(enteredAlarm({ HistorySummary: 'Alarm updated from ALARM to OK' })).toBe(false);
    expect(enteredAlarm({ HistorySummary: 'Alarm updated from OK to INSUFFICIENT_DATA' })).toBe(false);
  });

  it('GIVEN an alarm that only cleared WHEN its history is read THEN it did not go into ALARM', async () => {
    cw.on(DescribeAlarmHistoryCommand).resolves({ AlarmHistoryItems: [history('ALARM', 'OK')] });
    expect(await enteredAlarmBetween(client, 'orders-errors', T0, T0 + 60_000)).toBe(false);
  });

  it('GIVEN an alarm that fired and cleared on the second page WHEN its history is read THEN it went into ALARM', async () => {
    cw.on(DescribeAlarmHistoryCommand)
      .resolvesOnce({ AlarmHistoryItems: [history('INSUFFICIENT_DATA', 'OK')], NextToken: 'h2' })
      .resolvesOnce({ AlarmHistoryItems: [history('ALARM', 'OK'), history('OK', 'ALARM')] });
    expect(await enteredAlarmBetween(client, 'orders-errors', T0, T0 + 60_000)).toBe(true);
    expect(cw).toHaveReceivedNthSpecificCommandWith(1, DescribeAlarmHistoryCommand, {
      AlarmName: 'orders-errors',
      AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
      HistoryItemType: 'StateUpdate',
      StartDate: new Date(T0),
      EndDate: new Date(T0 + 60_000),
    });
    expect(cw).toHaveReceivedNthSpecificCommandWith(2, DescribeAlarmHistoryCommand, { NextToken: 'h2' });
  });

  it('GIVEN only changes between OK and INSUFFICIENT_DATA WHEN read THEN it was not in ALARM', async () => {
    cw.on(DescribeAlarmHistoryCommand).resolves({ AlarmHistoryItems: [history('OK', 'INSUFFICIENT_DATA')] });
    expect(await enteredAlarmBetween(client, 'orders-errors', T0, T0 + 60_000)).toBe(false);
  });
});

/**
 * evidence.ts with the alarms the guard reads afresh at every tick: an alarm already in ALARM
 * before the first shift is found on a tick, kept on the plan, and on a later tick where it has
 * cleared and fired again the judge says "again", as the action's reason does, not "in ALARM".
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, DescribeAlarmsCommand, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import { observePlan } from '../../../src/detached/evidence.js';
import { lookAt } from '../../../src/detached/guard-look.js';
import type { DetachedPlan } from '../../../src/detached/plan.js';
import { metricDataFrom } from '../../helpers/metric-data.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';
import { PLAN_T0, testPlan } from '../../helpers/detached-plan.js';

const MINUTE = 60_000;
const ALARM = 'orders-api-custom-alarm';
const cwMock = mockClient(CloudWatchClient);
const cloudWatch = new CloudWatchClient({ region: 'eu-west-1' });

function plan(overrides: Partial<DetachedPlan> = {}): DetachedPlan {
  const p = testPlan(undefined, overrides);
  return { ...p, judge: { ...p.judge, alarms: [ALARM] } };
}

/** The alarm in ALARM now, its state last changed at `changedAt`. */
function alarmInAlarmSince(changedAt: number): void {
  cwMock.on(DescribeAlarmsCommand).resolves({
    MetricAlarms: [
      { AlarmName: ALARM, StateValue: 'ALARM', StateTransitionedTimestamp: new Date(changedAt) },
    ],
  });
}

async function reasonAt(p: DetachedPlan, nowMs: number) {
  const samples = await observePlan(cloudWatch, p, nowMs, new MemoryLogger());
  return { samples, reason: lookAt(p, samples, nowMs).judgement?.reason ?? '' };
}

describe('alarms firing before the first shift, read tick by tick', () => {
  beforeEach(() => {
    cwMock.reset();
    cwMock.on(GetMetricDataCommand).callsFake(metricDataFrom({}));
  });

  it('GIVEN an alarm in ALARM since before the first shift WHEN a tick reads it THEN it is reported as firing before, not against the canary', async () => {
    alarmInAlarmSince(PLAN_T0 - 30 * MINUTE);
    const { samples } = await reasonAt(plan(), PLAN_T0 + MINUTE);
    expect(samples.alarmsFiringBefore).toEqual([{ name: ALARM }]);
    expect(samples.alarmsInAlarm).toEqual([]);
  });

  it('GIVEN the plan keeps it WHEN a later tick finds it back in ALARM THEN the reason says it fired again', async () => {
    alarmInAlarmSince(PLAN_T0 + 3 * MINUTE);
    const { samples, reason } = await reasonAt(plan({ alarmsFiringBefore: [ALARM] }), PLAN_T0 + 4 * MINUTE);
    expect(samples.alarmsInAlarm).toEqual([ALARM]);
    expect(reason).toContain(
      `alarm ${ALARM} went into ALARM again after clearing during the canary (already firing before the first shift)`,
    );
    expect(reason).not.toContain('in ALARM:');
  });

  it('GIVEN an alarm that first fired during the canary WHEN read THEN the reason says it is in ALARM', async () => {
    alarmInAlarmSince(PLAN_T0 + 3 * MINUTE);
    const { reason } = await reasonAt(plan(), PLAN_T0 + 4 * MINUTE);
    expect(reason).toContain(`alarm in ALARM: ${ALARM}`);
  });
});

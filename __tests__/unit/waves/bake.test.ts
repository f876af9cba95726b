import { beforeEach, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import type { AwsClients } from '../../../src/aws/clients.js';
import type { HeldRun } from '../../../src/pipeline/run.js';
import type { RunResult } from '../../../src/pipeline/types.js';
import type { BakedRegion } from '../../../src/waves/bake.js';
import { MAX_FAILED_READS, watchBake } from '../../../src/waves/bake.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';

const cw = mockClient(CloudWatchClient);
const MINUTE = 60_000;

function promoted(region: string, alarmNames: readonly string[]): BakedRegion {
  const run = {
    result: { verdict: 'pass' } as RunResult,
    alarmNames,
    clients: { cloudWatch: new CloudWatchClient({ region }) } as unknown as AwsClients,
    dashboard: undefined,
    confirm: async () => undefined,
    undo: async () => ({}) as RunResult,
  } satisfies HeldRun;
  return { region, run };
}

const bake = (regions: readonly BakedRegion[], clock: FakeClock, logger = new MemoryLogger()) =>
  watchBake(regions, { bakeMs: 10 * MINUTE, intervalMs: MINUTE, clock, logger });

describe('the wave bake', () => {
  beforeEach(() => {
    cw.reset();
  });

  it('GIVEN quiet alarms WHEN the bake runs THEN it holds the whole bake, reading them at every interval', async () => {
    cw.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [{ AlarmName: 'orders-errors', StateValue: 'OK' }],
    });
    const clock = new FakeClock(0);
    expect(await bake([promoted('us-east-1', ['orders-errors'])], clock)).toBeUndefined();
    expect(clock.now()).toBe(10 * MINUTE);
    expect(cw.commandCalls(DescribeAlarmsCommand)).toHaveLength(11);
  });

  it('GIVEN an alarm that fires at the third read WHEN the bake runs THEN it stops there, naming the region and the alarm', async () => {
    cw.on(DescribeAlarmsCommand)
      .resolvesOnce({ MetricAlarms: [{ AlarmName: 'orders-errors', StateValue: 'OK' }] })
      .resolvesOnce({ MetricAlarms: [{ AlarmName: 'orders-errors', StateValue: 'OK' }] })
      .resolves({ MetricAlarms: [{ AlarmName: 'orders-errors', StateValue: 'ALARM' }] });
    const clock = new FakeClock(0);
    expect(await bake([promoted('eu-west-1', ['orders-errors'])], clock)).toBe(
      'eu-west-1: alarm orders-errors fired during the wave bake',
    );
    expect(clock.now()).toBe(2 * MINUTE);
  });

  it('GIVEN alarms that cannot be read WHEN the bake runs THEN it stops after MAX_FAILED_READS reads in a row: no answer is no health', async () => {
    cw.on(DescribeAlarmsCommand).rejects(new Error('ThrottlingException'));
    const logger = new MemoryLogger();
    const reason = await bake([promoted('us-east-1', ['orders-errors'])], new FakeClock(0), logger);
    expect(reason).toBe(
      `us-east-1: its alarms could not be read ${MAX_FAILED_READS} times in a row during the wave bake`,
    );
    expect(logger.text('warning')).toContain('[us-east-1] reading its alarms failed (1 in a row)');
  });

  it('GIVEN regions without alarms WHEN the bake runs THEN it only waits, calling nothing', async () => {
    const clock = new FakeClock(0);
    expect(await bake([promoted('us-east-1', [])], clock)).toBeUndefined();
    expect(clock.now()).toBe(10 * MINUTE);
    expect(cw.commandCalls(DescribeAlarmsCommand)).toHaveLength(0);
  });
});

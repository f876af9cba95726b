/**
 * `stack-canary status` and `stack-canary wait` against the emulator: the plan table found through
 * the monitoring stack's PlanTableName output, and `wait` gating on the guard's verdict — its
 * clock's sleeps are the minutes in which the guard (tickPlans) goes on with the canary.
 */
import { describe, expect, it } from '@jest/globals';
import { runDetachedCommand } from '../../src/cli/detached-commands.js';
import { tickPlans } from '../../src/detached/tick.js';
import type { Clock } from '../../src/util/clock.js';
import type { DetachedGiven } from '../helpers/detached-fixture.js';
import {
  DETACHED_FN,
  detachedSuite,
  givenDetachedCanary,
  givenMonitoringStack,
  PLAN_TABLE,
} from '../helpers/detached-fixture.js';
import { FakeClock } from '../helpers/fake-clock.js';

const STACK = 'orders-api';
const MINUTE = 60_000;

const suite = detachedSuite();

const monitoringStack = (): Promise<void> => givenMonitoringStack(suite.aws, STACK);

/** A clock whose sleeps are guard minutes: the alias's traffic is played and the guard ticks. */
function guardClock(given: DetachedGiven): Clock & { ticks: number } {
  const clock = new FakeClock(given.startedAt);
  let nextMinute = given.startedAt + MINUTE;
  const guarded = {
    ticks: 0,
    now: () => clock.now(),
    async sleep(ms: number): Promise<void> {
      const until = clock.now() + ms;
      for (; nextMinute <= until; nextMinute += MINUTE) {
        await clock.advance(nextMinute - clock.now());
        await given.traffic.settle(nextMinute);
        await tickPlans({
          tableName: PLAN_TABLE,
          nowMs: nextMinute,
          clients: {
            dynamo: suite.dynamo,
            lambda: suite.aws.lambda,
            cloudWatch: suite.aws.cloudWatch,
            sns: suite.aws.sns,
          },
          log: () => undefined,
        });
        guarded.ticks += 1;
        await given.traffic.serve(nextMinute);
      }
      await clock.advance(until - clock.now());
    },
  };
  return guarded;
}

async function waitFor(given: DetachedGiven, timeout = '2h') {
  const printed: string[] = [];
  const logged: string[] = [];
  const clock = guardClock(given);
  const code = await runDetachedCommand('wait', ['--stack-name', STACK, '--timeout', timeout], {
    clock,
    print: (t) => printed.push(t),
    log: (t) => logged.push(t),
  });
  return { code, printed: printed.join('\n'), logged: logged.join('\n'), ticks: clock.ticks };
}

describe('stack-canary wait', () => {
  it('GIVEN a healthy detached canary WHEN a later job waits THEN it blocks until the guard promotes, then exits 0', async () => {
    await monitoringStack();
    const given = await givenDetachedCanary(suite.aws, suite.dynamo, {
      errorRates: { '1': 0.003, '2': 0.003 },
    });
    const { code, printed, logged, ticks } = await waitFor(given);
    expect(code).toBe(0);
    expect(ticks).toBeGreaterThanOrEqual(7);
    expect(JSON.parse(printed)).toEqual({
      plans: [expect.objectContaining({ plan: `${DETACHED_FN}:live`, status: 'promoted', verdict: 'pass' })],
    });
    expect(logged).toContain('every plan promoted');
  }, 180_000);

  it('GIVEN a bad detached canary WHEN a later job waits THEN it exits 1 once the guard rolls it back', async () => {
    await monitoringStack();
    const given = await givenDetachedCanary(suite.aws, suite.dynamo, {
      errorRates: { '1': 0.003, '2': 0.05 },
    });
    const { code, printed } = await waitFor(given);
    expect(code).toBe(1);
    expect(JSON.parse(printed)).toEqual({
      plans: [expect.objectContaining({ status: 'rolled-back', verdict: 'fail' })],
    });
  }, 180_000);

  it('GIVEN a canary still in flight at the timeout WHEN waited for THEN it exits 2, naming the plan', async () => {
    await monitoringStack();
    const given = await givenDetachedCanary(suite.aws, suite.dynamo, {
      errorRates: { '1': 0.003, '2': 0.003 },
    });
    const { code, logged } = await waitFor(given, '2m');
    expect(code).toBe(2);
    expect(logged).toContain(`still in flight after 2 min: ${DETACHED_FN}:live`);
  }, 180_000);
});

describe('stack-canary status', () => {
  it('GIVEN a plan in flight WHEN asked THEN it prints its step, alias, deadline and the last look', async () => {
    await monitoringStack();
    const given = await givenDetachedCanary(suite.aws, suite.dynamo, {
      errorRates: { '1': 0.003, '2': 0.003 },
    });
    await guardClock(given).sleep(3 * MINUTE);
    const printed: string[] = [];
    const code = await runDetachedCommand('status', ['--stack-name', STACK], {
      print: (t) => printed.push(t),
    });
    expect(code).toBe(0);
    const text = printed.join('\n');
    expect(text).toContain(`${DETACHED_FN}:live: v1 → v2, "canary 10% 5m"`);
    expect(text).toContain('step 1/2 at 10% (alias v1 + v2 at 10%)');
    expect(text).toMatch(/last look \S+: continue: watching/);
    expect(text).toContain('guard failures in a row: 0');
  }, 120_000);

  it('GIVEN no monitoring stack WHEN asked THEN it exits 2 saying what to deploy', async () => {
    const logged: string[] = [];
    const code = await runDetachedCommand('status', ['--stack-name', STACK], { log: (t) => logged.push(t) });
    expect(code).toBe(2);
    expect(logged.join('\n')).toContain(
      `Monitoring stack ${STACK}-monitoring does not exist: deploy ${STACK} with monitoring: true and guard: true.`,
    );
  }, 60_000);

  it.each([
    [['--json'], 'stack-canary status needs --stack-name'],
    [['--stack-name', STACK, '--timeout', '1h'], 'Unexpected argument "--timeout" for status'],
  ])('GIVEN %j WHEN parsed THEN it exits 2 before any AWS call: %s', async (args, message) => {
    const logged: string[] = [];
    expect(await runDetachedCommand('status', args, { log: (t) => logged.push(t) })).toBe(2);
    expect(logged.join('\n')).toContain(message);
  });
});

/**
 * Control of a detached canary against the emulator: `stack-canary promote|rollback|pause|resume`
 * write a request onto the plan (the caller's identity from STS), and the guard's handler, driven
 * once a minute by its plan rule on a fake clock, carries it out at its next tick: the alias
 * moved, the plan's verdict and history recorded with the reason and the caller, `status` showing
 * it; a pause holds the step (but a harmful canary is still rolled back) until resumed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient, PutRuleCommand } from '@aws-sdk/client-eventbridge';
import { STSClient } from '@aws-sdk/client-sts';
import { callerArn } from '../../src/aws/caller.js';
import { clientOptions } from '../../src/aws/clients.js';
import { getPlan } from '../../src/aws/plan-table.js';
import type { ControlCommand } from '../../src/detached/plan.js';
import { planKey } from '../../src/detached/plan.js';
import { createPlanTicker } from '../../src/detached/plan-ticker.js';
import { runControlCommand } from '../../src/cli/control-commands.js';
import { MAX_PAUSE_MS } from '../../src/detached/control.js';
import { readLease } from '../../src/traffic/lease.js';
import { runDetachedCommand } from '../../src/cli/detached-commands.js';
import type { GuardEntry } from '../../src/guard/entry.js';
import { createHandler } from '../../src/guard/handler.js';
import { readGuardSettings } from '../../src/guard/settings.js';
import { getAlias } from '../../src/traffic/alias.js';
import type { DetachedGiven } from '../helpers/detached-fixture.js';
import {
  DETACHED_ALIAS,
  DETACHED_FN,
  detachedSuite,
  dynamoClient,
  givenDetachedCanary,
  givenMonitoringStack,
  PLAN_TABLE,
} from '../helpers/detached-fixture.js';
import { FakeClock } from '../helpers/fake-clock.js';

const STACK = 'orders-api';
const RULE = `${STACK}-monitoring-guard-plans`;
const MINUTE = 60_000;
const KEY = planKey(DETACHED_FN, DETACHED_ALIAS);
const HEALTHY = { '1': 0.003, '2': 0.003 };

const suite = detachedSuite();
let events: EventBridgeClient;
let sts: STSClient;
let caller: string;
beforeAll(async () => {
  events = new EventBridgeClient(clientOptions({ region: undefined }));
  sts = new STSClient(clientOptions({ region: undefined }));
  caller = await callerArn(sts);
});
afterAll(() => {
  events.destroy();
  sts.destroy();
});

/** The guard of the monitoring stack, invoked by its plan rule once a minute while the alias's traffic plays. */
async function guardOf(given: DetachedGiven) {
  const { RuleArn } = await events.send(
    new PutRuleCommand({ Name: RULE, ScheduleExpression: 'rate(1 minute)' }),
  );
  const clock = new FakeClock(given.startedAt);
  const planTick = await createPlanTicker({ planTable: PLAN_TABLE, topicArn: undefined }, suite.aws);
  if (!planTick) throw new Error('the guard was given a plan table: it ticks plans');
  const handler = createHandler({
    settings: readGuardSettings({
      FUNCTIONS: DETACHED_FN,
      ALIAS: DETACHED_ALIAS,
      FUNCTION_ARN_PREFIX: given.plan.functionArn.slice(0, -DETACHED_FN.length),
      PLAN_TABLE,
      PLAN_RULE: RULE,
    }),
    clients: {
      lambda: suite.aws.lambda,
      cloudWatch: suite.aws.cloudWatch,
      sns: () => Promise.resolve(suite.aws.sns),
      events: () => Promise.resolve(events),
      autoScaling: () => Promise.reject(new Error('no Auto Scaling group in these tests')),
    },
    clock,
    log: () => undefined,
    planTick,
  });
  const entries: GuardEntry[] = [];
  let minute = 0;
  const guard = {
    entries,
    /** The next minute: its traffic settles, the rule invokes the guard, the alias serves the minute after. */
    async tick(): Promise<GuardEntry> {
      minute += 1;
      const now = given.startedAt + minute * MINUTE;
      await clock.advance(now - clock.now());
      await given.traffic.settle(now);
      const entry = await handler({ 'detail-type': 'Scheduled Event', resources: [RuleArn] });
      entries.push(entry);
      await given.traffic.serve(now);
      return entry;
    },
    /** Minutes until no plan is in flight (at most `max`); how many it took. */
    async untilEnded(max = 30): Promise<number> {
      for (let i = 1; i <= max; i += 1) if ((await guard.tick())['inFlight'] === 0) return i;
      throw new Error(`still in flight after ${max} minutes`);
    },
    now: () => clock.now(),
  };
  return guard;
}

async function control(command: ControlCommand, ...args: string[]) {
  const printed: string[] = [];
  const logged: string[] = [];
  const code = await runControlCommand(command, ['--stack-name', STACK, ...args], {
    print: (t) => printed.push(t),
    log: (t) => logged.push(t),
  });
  return { code, printed: printed.join('\n'), logged: logged.join('\n') };
}

async function status(): Promise<string> {
  const printed: string[] = [];
  expect(await runDetachedCommand('status', ['--stack-name', STACK], { print: (t) => printed.push(t) })).toBe(
    0,
  );
  return printed.join('\n');
}

const plan = async () => getPlan(suite.dynamo, PLAN_TABLE, KEY);
const alias = async () => (await getAlias(suite.aws.lambda, DETACHED_FN, DETACHED_ALIAS))?.target;

async function givenCanary(errorRates: Readonly<Record<string, number>> = HEALTHY) {
  await givenMonitoringStack(suite.aws, STACK);
  const given = await givenDetachedCanary(suite.aws, suite.dynamo, { errorRates });
  return { given, guard: await guardOf(given) };
}

describe('stack-canary promote', () => {
  it('GIVEN a canary at its first step WHEN promoted by request THEN the next tick moves the alias to v2, recorded with the reason and the caller', async () => {
    const { guard } = await givenCanary();
    await guard.tick();
    const asked = await control('promote', '--function', DETACHED_FN, '--reason', 'verified by hand');
    expect(asked).toMatchObject({ code: 0, logged: '' });
    expect(asked.printed).toBe(
      `${KEY}: promote requested by ${caller} (verified by hand); the guard carries it out at its next tick, within a minute.`,
    );
    // Written, not yet carried out: the alias still routes the first step, status says what waits.
    expect((await plan())?.request).toMatchObject({
      command: 'promote',
      by: caller,
      reason: 'verified by hand',
    });
    expect(await alias()).toEqual({ version: '1', weights: { '2': 0.1 } });
    expect(await status()).toContain(`waiting for the guard's next tick: promote requested`);

    const entry = await guard.tick();
    expect(entry).toMatchObject({ guard: 'plans', inFlight: 0, ruleDisabled: RULE });
    expect(await alias()).toEqual({ version: '2', weights: {} });
    const ended = await plan();
    expect(ended).toMatchObject({ status: 'promoted', verdict: 'pass' });
    expect(ended?.request).toBeUndefined();
    expect(ended?.decisions.at(-1)).toMatchObject({
      action: 'promote',
      by: caller,
      reason: `promoted by request of ${caller}: verified by hand`,
    });

    const waited: string[] = [];
    const code = await runDetachedCommand('wait', ['--stack-name', STACK], {
      print: (t) => waited.push(t),
      log: () => undefined,
    });
    expect(code).toBe(0);
    expect(JSON.parse(waited.join(''))).toEqual({
      plans: [expect.objectContaining({ plan: KEY, status: 'promoted', by: caller })],
    });
    // The plan has ended: another command is refused in one line, and nothing is written.
    const again = await control('rollback', '--function', DETACHED_FN);
    expect(again.code).toBe(2);
    expect(again.logged).toBe(
      `stack-canary rollback: the detached canary of ${KEY} has ended (promoted, verdict pass): there is nothing to rollback.`,
    );
    expect((await plan())?.revision).toBe(ended?.revision);
  }, 180_000);
});

describe('stack-canary rollback', () => {
  it('GIVEN a healthy canary WHEN rolled back by request THEN the next tick puts the alias back on v1, verdict fail, and wait exits 1', async () => {
    const { guard } = await givenCanary();
    await guard.tick();
    await guard.tick();
    expect((await control('rollback', '--reason', 'customer reports')).code).toBe(0);
    await guard.tick();
    expect(await alias()).toEqual({ version: '1', weights: {} });
    const ended = await plan();
    expect(ended).toMatchObject({ status: 'rolled-back', verdict: 'fail' });
    expect(ended?.decisions.at(-1)).toMatchObject({
      action: 'rollback',
      by: caller,
      reason: `rolled back by request of ${caller}: customer reports`,
    });
    const code = await runDetachedCommand('wait', ['--stack-name', STACK], {
      print: () => undefined,
      log: () => undefined,
    });
    expect(code).toBe(1);
    const none = await control('pause');
    expect(none).toMatchObject({
      code: 2,
      logged: `stack-canary pause: no detached canary of ${STACK} is in flight: there is nothing to pause.`,
    });
  }, 180_000);
});

describe('stack-canary pause and resume', () => {
  it('GIVEN a paused canary WHEN its hold has long passed THEN it stays at its step, the deadline moves on; resumed, it goes on to promotion', async () => {
    const { given, guard } = await givenCanary();
    expect((await control('resume')).logged).toBe(
      `stack-canary resume: the detached canary of ${KEY} is not paused: there is nothing to resume.`,
    );
    expect((await control('pause', '--reason', 'waiting for the partner test')).code).toBe(0);
    expect((await control('pause')).logged).toBe(
      `stack-canary pause: the detached canary of ${KEY} is already to be paused (by ${caller}): resume it, promote it or roll it back.`,
    );
    await guard.tick();
    const paused = await plan();
    expect(paused?.paused).toEqual({
      at: given.startedAt + MINUTE,
      by: caller,
      reason: 'waiting for the partner test',
      holdLeftMs: given.plan.holdEndMs - (given.startedAt + MINUTE),
    });
    expect(paused?.decisions.at(-1)).toMatchObject({ action: 'pause', by: caller, step: 0 });
    // The alias lease lasts as long as the pause may, so no other run takes the alias meanwhile.
    const leased = await getAlias(suite.aws.lambda, DETACHED_FN, DETACHED_ALIAS);
    expect(leased?.target).toEqual({ version: '1', weights: { '2': 0.1 } });
    expect(readLease(leased?.description)?.runId).toBe(given.plan.runId);
    expect(readLease(leased?.description)?.untilMs).toBeGreaterThan(given.startedAt + MINUTE + MAX_PAUSE_MS);

    // Twice the whole canary's length: held at 10% the whole time, the deadline ahead of the clock.
    for (let i = 0; i < 14; i += 1) expect((await guard.tick())['inFlight']).toBe(1);
    const held = await plan();
    expect(held).toMatchObject({ status: 'in-flight', step: 0 });
    expect(held?.deadline).toBeGreaterThan(given.plan.deadline);
    expect(held?.deadline).toBeGreaterThan(guard.now() + 10 * MINUTE);
    expect(held?.last?.decision).toBe('pass');
    expect(await alias()).toEqual({ version: '1', weights: { '2': 0.1 } });
    const shown = await status();
    expect(shown).toContain(`PAUSED since ${new Date(given.startedAt + MINUTE).toISOString()} by ${caller}`);
    expect(shown).toContain(`pause at step 1: paused by request of ${caller}: waiting for the partner test`);

    expect((await control('resume', '--function', KEY)).code).toBe(0);
    await guard.tick();
    const resumed = await plan();
    expect(resumed?.paused).toBeUndefined();
    expect(resumed?.decisions.map((d) => d.action)).toEqual(expect.arrayContaining(['pause', 'resume']));
    // The step gets back the hold it had left when paused.
    expect(resumed?.holdEndMs).toBe(guard.now() + (paused?.paused?.holdLeftMs ?? 0));
    await guard.untilEnded();
    expect(await plan()).toMatchObject({ status: 'promoted', verdict: 'pass' });
    expect(await alias()).toEqual({ version: '2', weights: {} });
  }, 240_000);

  it('GIVEN a paused canary WHEN the judge finds harm THEN it is still rolled back', async () => {
    const { guard } = await givenCanary({ '1': 0.003, '2': 0.05 });
    expect((await control('pause')).code).toBe(0);
    await guard.untilEnded(15);
    const ended = await plan();
    expect(ended).toMatchObject({ status: 'rolled-back', verdict: 'fail' });
    expect(ended?.decisions.at(-1)).toMatchObject({ action: 'rollback' });
    expect(ended?.decisions.at(-1)?.by).toBeUndefined();
    expect(await alias()).toEqual({ version: '1', weights: {} });
  }, 180_000);
});

describe('refused before anything is written', () => {
  it('GIVEN a function no plan deploys WHEN asked THEN exit 2 naming the flag, the value and the functions it has', async () => {
    await givenCanary();
    const asked = await control('promote', '--function', 'billing-fn');
    expect(asked).toMatchObject({
      code: 2,
      logged: `stack-canary promote: Flag --function is "billing-fn", which no detached canary of ${STACK} deploys. Accepted: a function of its plans (${DETACHED_FN}).`,
    });
    expect((await plan())?.request).toBeUndefined();
  }, 120_000);

  it.each([
    [
      ['--reason', 'two\nlines'],
      'Flag --reason is 9 characters over several lines. Accepted: one line of at most 500 characters.',
    ],
    [
      ['--json'],
      'Unexpected argument "--json" for pause. Accepted: --stack-name, --function, --reason, --region.',
    ],
  ])('GIVEN %j WHEN parsed THEN exit 2 before any AWS call: %s', async (args, message) => {
    const asked = await control('pause', ...args);
    expect(asked).toMatchObject({ code: 2, logged: `stack-canary pause: ${message}` });
  });
});

describe('the conditional write', () => {
  /** The test's DynamoDB client, with `before` run ahead of its first UpdateItem only. */
  function dynamoWith(before: () => Promise<unknown>): DynamoDBClient {
    const client = dynamoClient();
    let first = true;
    client.middlewareStack.add(
      (next, context) => async (args) => {
        if (first && context.commandName === 'UpdateItemCommand') {
          first = false;
          await before();
        }
        return next(args);
      },
      { step: 'initialize', name: 'guardTicksFirst' },
    );
    return client;
  }

  it('GIVEN the guard writes the plan between the read and the request WHEN the write fails its condition THEN the plan is read again and the request lands', async () => {
    const { guard } = await givenCanary();
    const dynamo = dynamoWith(() => guard.tick());
    const before = (await plan())?.revision ?? -1;
    const asked = await runControlCommand('pause', ['--stack-name', STACK, '--reason', 'race'], {
      clients: { cloudFormation: suite.aws.cloudFormation, dynamo, sts },
      print: () => undefined,
      log: () => undefined,
    });
    dynamo.destroy();
    expect(asked).toBe(0);
    const written = await plan();
    // The guard's hold (one write) and then the request (one more), nothing lost.
    expect(written?.revision).toBe(before + 2);
    expect(written?.last).toBeDefined();
    expect(written?.request).toMatchObject({ command: 'pause', reason: 'race', by: caller });
  }, 120_000);

  it('GIVEN the guard ends the plan between the read and the request WHEN read again THEN it is refused, and nothing is written', async () => {
    const { guard } = await givenCanary();
    await control('promote');
    const dynamo = dynamoWith(() => guard.tick());
    const logged: string[] = [];
    const asked = await runControlCommand('rollback', ['--stack-name', STACK], {
      clients: { cloudFormation: suite.aws.cloudFormation, dynamo, sts },
      print: () => undefined,
      log: (t) => logged.push(t),
    });
    dynamo.destroy();
    expect(asked).toBe(2);
    expect(logged.join('\n')).toBe(
      `stack-canary rollback: the detached canary of ${KEY} has ended (promoted, verdict pass): there is nothing to rollback.`,
    );
    expect(await alias()).toEqual({ version: '2', weights: {} });
  }, 120_000);
});

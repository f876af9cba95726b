/**
 * The guard's tick over detached canaries, on the emulator: the plan table (DynamoDB, conditional
 * writes), the alias (Lambda), Lambda's per-version metrics played minute by minute as Lambda
 * reports them, and tickPlans called once a minute on a fake clock — the same judge as the action,
 * the same verdicts.
 */
import { describe, expect, it } from '@jest/globals';
import { CloudWatchClient, PutMetricAlarmCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { LambdaClient, ListTagsCommand } from '@aws-sdk/client-lambda';
import { lastPassedTagKey } from '../../src/constants.js';
import { clientOptions } from '../../src/aws/clients.js';
import { getPlan, updatePlan } from '../../src/aws/plan-table.js';
import { MAX_GUARD_FAILURES } from '../../src/detached/safety.js';
import { createPlanTicker } from '../../src/detached/plan-ticker.js';
import type { DetachedPlan } from '../../src/detached/plan.js';
import { planKey } from '../../src/detached/plan.js';
import type { PlanTickDeps, PlanTickResult } from '../../src/detached/tick.js';
import { tickPlans } from '../../src/detached/tick.js';
import { getAlias, updateAlias } from '../../src/traffic/alias.js';
import { previousTagKey, promotedAtTagKey } from '../../src/traffic/tags.js';
import type { DetachedGiven } from '../helpers/detached-fixture.js';
import {
  DETACHED_ALIAS,
  DETACHED_FN,
  detachedSuite,
  dynamoClient,
  givenDetachedCanary,
  PLAN_TABLE,
} from '../helpers/detached-fixture.js';

const MINUTE = 60_000;
const KEY = planKey(DETACHED_FN, DETACHED_ALIAS);
const HEALTHY = { '1': 0.003, '2': 0.003 };

const suite = detachedSuite();

function deps(nowMs: number, overrides: Partial<PlanTickDeps['clients']> = {}): PlanTickDeps {
  return {
    tableName: PLAN_TABLE,
    nowMs,
    clients: {
      dynamo: suite.dynamo,
      lambda: suite.aws.lambda,
      cloudWatch: suite.aws.cloudWatch,
      sns: suite.aws.sns,
      ...overrides,
    },
    log: () => undefined,
  };
}

/** The item writes whose condition DynamoDB checks and applies as one step. */
const ITEM_WRITES = new Set(['UpdateItemCommand', 'PutItemCommand', 'DeleteItemCommand']);

/**
 * `count` real DynamoDB clients whose Scan answers are held until every one of them has its own:
 * concurrent invocations then always read the same revision of the plan, so the race on the
 * conditional write happens every minute instead of only when the scheduler happens to interleave.
 *
 * Their item writes are sent one at a time. DynamoDB checks a write's condition and applies it
 * atomically, so of two writes conditioned on the same revision exactly one succeeds; the emulator
 * checks and writes without a lock across its request threads, and on a loaded machine both writes
 * passed. Sending them in turn keeps the race the test is about (both ticks read the same revision
 * and both try to claim it) and leaves the atomicity to the order, as AWS provides it.
 */
function scanningTogether(count: number): { clients: DynamoDBClient[]; destroy(): void } {
  let arrived = 0;
  let release: () => void = () => undefined;
  let together = new Promise<void>((resolve) => (release = resolve));
  let writes: Promise<unknown> = Promise.resolve();
  const clients = Array.from({ length: count }, () => {
    const client = dynamoClient();
    client.middlewareStack.add(
      (next, context) => async (args) => {
        if (ITEM_WRITES.has(context.commandName ?? '')) {
          const write = writes.then(() => next(args));
          writes = write.catch(() => undefined);
          return write;
        }
        const answer = await next(args);
        if (context.commandName !== 'ScanCommand') return answer;
        arrived += 1;
        const wait = together;
        if (arrived === count) {
          arrived = 0;
          release();
          together = new Promise<void>((resolve) => (release = resolve));
        }
        await wait;
        return answer;
      },
      { step: 'initialize', name: 'scanTogether' },
    );
    return client;
  });
  return { clients, destroy: () => clients.forEach((client) => client.destroy()) };
}

/** One tick a minute (`parallel` invocations at once) until no plan is in flight, or `maxMinutes`. */
async function driveMinutes(given: DetachedGiven, parallel = 1, maxMinutes = 40) {
  const ticks: PlanTickResult[][] = [];
  const together = scanningTogether(parallel);
  let now = given.startedAt;
  for (let minute = 1; minute <= maxMinutes; minute += 1) {
    now += MINUTE;
    await given.traffic.settle(now);
    const results = await Promise.all(
      together.clients.map((dynamo) => tickPlans(deps(now, parallel > 1 ? { dynamo } : {}))),
    );
    ticks.push(results);
    await given.traffic.serve(now);
    if (results.every((r) => r.inFlight === 0)) break;
  }
  together.destroy();
  const plan = (await getPlan(suite.dynamo, PLAN_TABLE, KEY)) as DetachedPlan;
  const alias = (await getAlias(suite.aws.lambda, DETACHED_FN, DETACHED_ALIAS))?.target;
  return { ticks, plan, alias, minutes: ticks.length };
}

type ClientOptions = ReturnType<typeof clientOptions> & { endpoint: string };

/** A client that cannot connect: every call fails at once. */
function unreachable<C>(Client: new (options: ClientOptions) => C): C {
  const timeouts = { connectionMs: 500, requestMs: 500 };
  return new Client({
    ...clientOptions({ region: undefined, maxAttempts: 1, timeouts }),
    endpoint: 'http://127.0.0.1:9',
  });
}

/** The stored plan ended rolled back with `verdict`, for `why`, and the alias is on v1 alone. */
async function expectRolledBack(verdict: string, why: RegExp): Promise<void> {
  const plan = (await getPlan(suite.dynamo, PLAN_TABLE, KEY)) as DetachedPlan;
  expect({ status: plan.status, verdict: plan.verdict }).toEqual({ status: 'rolled-back', verdict });
  expect(plan.decisions.at(-1)?.reason).toMatch(why);
  const alias = await getAlias(suite.aws.lambda, DETACHED_FN, DETACHED_ALIAS);
  expect(alias?.target).toEqual({ version: '1', weights: {} });
}

const actions = (ticks: PlanTickResult[][], action: string): number =>
  ticks
    .flat()
    .flatMap((t) => t.entries)
    .filter((e) => e['action'] === action).length;

describe('tickPlans', () => {
  it('GIVEN a healthy detached canary (canary 10% 5m, 0.3% errors in both versions) WHEN ticked each minute THEN the guard promotes it, records why and tags it', async () => {
    const given = await givenDetachedCanary(suite.aws, suite.dynamo, { errorRates: HEALTHY });
    const { plan, alias, ticks, minutes } = await driveMinutes(given);
    expect(alias).toEqual({ version: '2', weights: {} });
    expect({ status: plan.status, verdict: plan.verdict, claim: plan.claim }).toEqual({
      status: 'promoted',
      verdict: 'pass',
      claim: undefined,
    });
    expect(plan.decisions.map((d) => d.action)).toEqual(['start', 'promote']);
    expect(plan.decisions[1]?.reason).toBe('promoted: every function passed every step of "canary 10% 5m"');
    expect(plan.journal.changes.map((c) => c.kind)).toEqual(['shift', 'promote']);
    // Not before the 5-minute hold and its minutes' settling; well before the deadline.
    expect(minutes).toBeGreaterThanOrEqual(7);
    expect(minutes).toBeLessThan(20);
    expect(actions(ticks, 'hold')).toBe(minutes - 1);
    const { Tags } = await suite.aws.lambda.send(new ListTagsCommand({ Resource: plan.functionArn }));
    expect(Tags?.[lastPassedTagKey(DETACHED_ALIAS)]).toBe('2');
    // The bake window starts at the guard's promotion, with v1 to go back to.
    expect(Tags?.[previousTagKey(DETACHED_ALIAS)]).toBe('1');
    expect(Tags?.[promotedAtTagKey(DETACHED_ALIAS)]).toBe(new Date(plan.decisions[1]?.at ?? 0).toISOString());
  }, 180_000);

  it('GIVEN a detached canary whose new version fails 5% of calls WHEN ticked each minute THEN the guard rolls it back to v1', async () => {
    const given = await givenDetachedCanary(suite.aws, suite.dynamo, {
      errorRates: { ...HEALTHY, '2': 0.05 },
    });
    const { plan, alias, minutes } = await driveMinutes(given);
    expect(alias).toEqual({ version: '1', weights: {} });
    expect({ status: plan.status, verdict: plan.verdict }).toEqual({
      status: 'rolled-back',
      verdict: 'fail',
    });
    expect(plan.decisions.map((d) => d.action)).toEqual(['start', 'rollback']);
    expect(plan.journal.changes.at(-1)).toEqual(
      expect.objectContaining({ kind: 'rollback', to: { version: '1', weights: {} } }),
    );
    expect(minutes).toBeLessThan(8);
  }, 180_000);

  it('GIVEN linear steps WHEN two guard invocations tick at the same minute, every minute THEN each move is made once: one alias change and one decision per step', async () => {
    const given = await givenDetachedCanary(suite.aws, suite.dynamo, {
      strategy: 'linear 40% every 3m',
      errorRates: HEALTHY,
    });
    const { plan, alias, ticks } = await driveMinutes(given, 2);
    expect(alias).toEqual({ version: '2', weights: {} });
    expect(plan.decisions.map((d) => d.action)).toEqual(['start', 'next', 'promote']);
    expect(plan.journal.changes.map((c) => c.kind)).toEqual(['shift', 'shift', 'promote']);
    expect(plan.journal.changes[1]?.to).toEqual({ version: '1', weights: { '2': 0.8 } });
    expect(actions(ticks, 'next')).toBe(1);
    expect(actions(ticks, 'promote')).toBe(1);
    // Every minute, one of the two invocations recorded the look and the other skipped.
    for (const pair of ticks.slice(0, -1)) {
      const kinds = pair.flatMap((t) => t.entries.map((e) => e['action']));
      expect(kinds.filter((k) => k === 'skip')).toHaveLength(1);
    }
  }, 180_000);

  it(`GIVEN a guard that cannot read the evidence WHEN it fails ${MAX_GUARD_FAILURES} times in a row THEN the next tick rolls the plan back`, async () => {
    const given = await givenDetachedCanary(suite.aws, suite.dynamo, { errorRates: HEALTHY });
    const cloudWatch = unreachable(CloudWatchClient);
    const failures: number[] = [];
    for (let minute = 1; minute <= MAX_GUARD_FAILURES + 1; minute += 1) {
      // From the third minute on, settled minutes are there to read (none before: nothing is asked).
      const now = given.startedAt + (minute + 2) * MINUTE;
      const result = await tickPlans(deps(now, { cloudWatch }));
      failures.push(((await getPlan(suite.dynamo, PLAN_TABLE, KEY)) as DetachedPlan).guardFailures);
      if (minute <= MAX_GUARD_FAILURES) expect(result.inFlight).toBe(1);
      else expect(result.inFlight).toBe(0);
    }
    cloudWatch.destroy();
    expect(failures).toEqual([1, 2, 3, 3]);
    await expectRolledBack('fail', /failed 3 times in a row/);
  }, 120_000);

  it('GIVEN a plan past its deadline WHEN ticked THEN it is rolled back without reading any evidence', async () => {
    const given = await givenDetachedCanary(suite.aws, suite.dynamo, { errorRates: HEALTHY });
    const cloudWatch = unreachable(CloudWatchClient);
    const result = await tickPlans(deps(given.plan.deadline + 1, { cloudWatch }));
    cloudWatch.destroy();
    expect(result.inFlight).toBe(0);
    await expectRolledBack('inconclusive', /^expired: past /);
  }, 120_000);

  it('GIVEN a plan whose alias someone else moved WHEN the guard would advance it THEN the alias is left as they set it', async () => {
    const given = await givenDetachedCanary(suite.aws, suite.dynamo, { errorRates: HEALTHY });
    const stale = { ...given.plan, deadline: given.startedAt };
    await updatePlan(suite.dynamo, PLAN_TABLE, 0, { ...stale, revision: 1 });
    const current = await getAlias(suite.aws.lambda, DETACHED_FN, DETACHED_ALIAS);
    await updateAlias(suite.aws.lambda, current!, { version: '2', weights: {} });
    await tickPlans(deps(given.startedAt + MINUTE));
    const plan = (await getPlan(suite.dynamo, PLAN_TABLE, KEY)) as DetachedPlan;
    expect(plan.status).toBe('left-alone');
    expect((await getAlias(suite.aws.lambda, DETACHED_FN, DETACHED_ALIAS))?.target).toEqual({
      version: '2',
      weights: {},
    });
  }, 120_000);
});

describe('a claimed move', () => {
  /** The plan as a tick left it when it died right after claiming the promotion of v2. */
  async function claimedThenDied(): Promise<DetachedGiven> {
    const given = await givenDetachedCanary(suite.aws, suite.dynamo, { errorRates: HEALTHY });
    const claim = {
      at: given.startedAt + 8 * MINUTE,
      action: 'promote' as const,
      step: 0,
      to: { version: '2', weights: {} },
      reason: 'promoted: step 1 (10%): passed',
      status: 'in-flight' as const,
    };
    await updatePlan(suite.dynamo, PLAN_TABLE, 0, { ...given.plan, revision: 1, claim });
    return given;
  }

  it('GIVEN a claim whose tick died before moving the alias WHEN the grace has passed THEN a later tick makes the move once', async () => {
    const given = await claimedThenDied();
    const soon = await tickPlans(deps(given.startedAt + 8 * MINUTE + 30_000));
    expect(soon.entries).toEqual([expect.objectContaining({ action: 'skip' })]);
    expect((await getAlias(suite.aws.lambda, DETACHED_FN, DETACHED_ALIAS))?.target.weights).toEqual({
      '2': 0.1,
    });
    await tickPlans(deps(given.startedAt + 10 * MINUTE));
    const plan = (await getPlan(suite.dynamo, PLAN_TABLE, KEY)) as DetachedPlan;
    expect({ claim: plan.claim, revision: plan.revision }).toEqual({ claim: undefined, revision: 2 });
    expect(plan.journal.changes.map((c) => c.kind)).toEqual(['shift', 'promote']);
    expect((await getAlias(suite.aws.lambda, DETACHED_FN, DETACHED_ALIAS))?.target).toEqual({
      version: '2',
      weights: {},
    });
  }, 120_000);

  it(`GIVEN a claim that cannot be carried out WHEN it fails ${MAX_GUARD_FAILURES} times THEN the safety rollback replaces it`, async () => {
    const given = await claimedThenDied();
    const lambda = unreachable(LambdaClient);
    for (let minute = 10; minute < 10 + MAX_GUARD_FAILURES; minute += 1) {
      await tickPlans(deps(given.startedAt + minute * MINUTE, { lambda }));
    }
    lambda.destroy();
    await tickPlans(deps(given.startedAt + 14 * MINUTE));
    await expectRolledBack('fail', /failed 3 times in a row/);
  }, 120_000);
});

describe('a damaged plan item', () => {
  it('GIVEN an item that is not a plan beside a plan in flight WHEN ticked THEN it is told and skipped, and the plan goes on', async () => {
    const given = await givenDetachedCanary(suite.aws, suite.dynamo, { errorRates: HEALTHY });
    await suite.dynamo.send(
      new PutItemCommand({ TableName: PLAN_TABLE, Item: { pk: { S: 'other-fn:live' }, plan: { S: '{' } } }),
    );
    const result = await tickPlans(deps(given.startedAt + MINUTE));
    expect(result.inFlight).toBe(1);
    expect(result.entries).toContainEqual({
      action: 'damaged',
      error: 'Plan item other-fn:live cannot be used: its plan attribute is not JSON.',
    });
    expect(result.entries).toContainEqual(expect.objectContaining({ plan: KEY, action: 'hold' }));
  }, 120_000);
});

describe("the guard's plan ticker", () => {
  it('GIVEN no plan table THEN the guard runs none; GIVEN one THEN each call ticks its plans', async () => {
    const none = await createPlanTicker({ planTable: undefined, topicArn: undefined }, suite.aws);
    expect(none).toBeUndefined();
    const given = await givenDetachedCanary(suite.aws, suite.dynamo, { errorRates: HEALTHY });
    const run = await createPlanTicker({ planTable: PLAN_TABLE, topicArn: undefined }, suite.aws);
    const result = await run?.(given.startedAt + MINUTE);
    expect(result?.inFlight).toBe(1);
    expect(result?.entries).toContainEqual(expect.objectContaining({ plan: KEY, action: 'hold' }));
  }, 120_000);
});

describe('an alarm already firing before the first shift', () => {
  const ALARM = 'orders-api-custom-errors';

  it('GIVEN a plan that found the alarm firing before the first shift WHEN it fires again during the canary THEN the guard rolls back saying "again", as the action does', async () => {
    const given = await givenDetachedCanary(suite.aws, suite.dynamo, { errorRates: HEALTHY });
    await suite.aws.cloudWatch.send(
      new PutMetricAlarmCommand({
        AlarmName: ALARM,
        Namespace: 'Orders',
        MetricName: 'Failures',
        Statistic: 'Sum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      }),
    );
    // As an earlier tick leaves the plan when the alarm was in ALARM since before the first shift.
    const stored = given.plan;
    await updatePlan(suite.dynamo, PLAN_TABLE, stored.revision, {
      ...stored,
      judge: { ...stored.judge, alarms: [ALARM] },
      alarmsFiringBefore: [ALARM],
      revision: stored.revision + 1,
    });
    const setAlarm = (state: 'OK' | 'ALARM') =>
      suite.aws.cloudWatch.send(
        new SetAlarmStateCommand({
          AlarmName: ALARM,
          StateValue: state,
          StateReason: `set to ${state} by the test`,
        }),
      );
    await setAlarm('OK');
    await setAlarm('ALARM');
    await tickPlans(deps(given.startedAt + MINUTE));
    await expectRolledBack(
      'fail',
      new RegExp(
        `alarm ${ALARM} went into ALARM again after clearing during the canary \\(already firing before the first shift\\)`,
      ),
    );
    const plan = (await getPlan(suite.dynamo, PLAN_TABLE, KEY)) as DetachedPlan;
    expect(plan.alarmsFiringBefore).toEqual([ALARM]);
  }, 120_000);
});

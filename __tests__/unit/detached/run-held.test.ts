/**
 * run-held.ts, the run's side of on-runner-loss: guard, with DynamoDB and EventBridge mocked at the
 * client edge: the plans written conditionally at the first held step (the rule enabled, the
 * functions saved for the post step), renewals only when due and always at the revision written
 * last, a lost condition as PlanTakenOverError, and the close with the verdict.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { EnableRuleCommand, EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { planFromItem } from '../../../src/aws/plan-table.js';
import { enterStep } from '../../../src/engine/canary-plan.js';
import { canaryPlanOf } from '../../../src/detached/guard-look.js';
import { holdPlans } from '../../../src/detached/run-held.js';
import { guardedFunctions } from '../../../src/pipeline/guarded.js';
import type { Fleet } from '../../../src/pipeline/fleet.js';
import { PlanTakenOverError } from '../../../src/pipeline/runner-loss.js';
import { MemoryStateStore } from '../../../src/state-store.js';
import type { AliasJournal } from '../../../src/schema/alias-journal.js';
import { PLAN_T0, testPlan } from '../../helpers/detached-plan.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';
import { testConfig } from '../../helpers/pipeline-fakes.js';

const MINUTE = 60_000;
const TERM = 2 * MINUTE;
const TABLE = 'orders-api-monitoring-PlanTable-X';
const RULE = 'orders-api-monitoring-guard-plans';
const SECRET = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:github-token-AbCdEf';
const STEPS = [
  { weight: 0.1, holdMs: 10 * MINUTE },
  { weight: 1, holdMs: 0 },
];

const dynamo = mockClient(DynamoDBClient);
const events = mockClient(EventBridgeClient);
beforeEach(() => {
  dynamo.reset();
  events.reset();
  dynamo.on(PutItemCommand).resolves({});
  dynamo.on(UpdateItemCommand).resolves({});
  events.on(EnableRuleCommand).resolves({});
});

const journal: AliasJournal = {
  functionName: 'orders-fn',
  alias: 'live',
  snapshot: { version: '4', weights: {} },
  changes: [
    {
      kind: 'shift',
      from: { version: '4', weights: {} },
      to: { version: '4', weights: { '5': 0.1 } },
      at: 'a',
    },
  ],
};

/** The run's side, for orders-fn (v4 → v5) on a fake clock. */
async function given() {
  const clock = new FakeClock(PLAN_T0);
  const state = new MemoryStateStore();
  const logger = new MemoryLogger();
  const fleet = {
    active: () => [
      {
        functionName: 'orders-fn',
        snapshot: { version: '4', weights: {} },
        published: {
          version: '5',
          functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:orders-fn',
          timeoutSeconds: 3,
          memorySizeMb: 128,
        },
      },
    ],
    runId: () => 'run-1',
  } as unknown as Fleet;
  const held = await holdPlans({
    config: testConfig({ functions: ['orders-fn'], githubTokenSecretArn: SECRET }, STEPS),
    deployment: { id: 7, repository: 'acme/orders', apiUrl: 'https://api.github.com' },
    fleet,
    journal: () => [journal],
    logger,
    clock,
    runId: 'run-1',
    monitoringOutputs: { PlanTableName: TABLE, PlanRuleName: RULE },
    alarmNames: [],
    topicArn: undefined,
    state,
    holdTermMs: TERM,
    clients: { dynamo: new DynamoDBClient({}), events: new EventBridgeClient({}) },
  });
  const engine = enterStep(canaryPlanOf(testPlan(STEPS)), 0, PLAN_T0);
  return { held, clock, state, logger, engine };
}

/** The plan each UpdateItem wrote, and the revision it was conditional on. */
const updates = () =>
  dynamo.commandCalls(UpdateItemCommand).map((c) => ({
    expected: c.args[0].input.ExpressionAttributeValues?.[':expected'],
    plan: JSON.parse(String(c.args[0].input.ExpressionAttributeValues?.[':plan']?.S)) as {
      revision: number;
      status: string;
    },
  }));

describe('the run keeps its plans', () => {
  it('GIVEN the first held step WHEN mirrored THEN one plan is put where none is in flight, the rule enabled and the function saved for the post step', async () => {
    const { held, state, engine } = await given();
    await held.mirror(engine);
    const put = dynamo.commandCalls(PutItemCommand)[0]?.args[0].input;
    expect(put?.ConditionExpression).toBe('attribute_not_exists(pk) OR #status <> :inFlight');
    const plan = planFromItem(put?.Item ?? {});
    expect(plan).toMatchObject({
      functionName: 'orders-fn',
      oldVersion: '4',
      newVersion: '5',
      heldBy: { run: 'run-1', untilMs: PLAN_T0 + TERM },
    });
    // The guard ends the run's GitHub deployment if it finishes the canary (the token stays in Secrets Manager).
    expect(plan.deployment).toEqual({
      id: 7,
      repository: 'acme/orders',
      apiUrl: 'https://api.github.com',
      tokenSecretArn: SECRET,
    });
    expect(events).toHaveReceivedCommandWith(EnableRuleCommand, { Name: RULE });
    expect([...guardedFunctions(state)]).toEqual(['orders-fn']);
  });

  it('GIVEN nothing moved WHEN the run polls THEN it renews only once half the hold is gone, at the revision it wrote last', async () => {
    const { held, clock, engine } = await given();
    await held.mirror(engine);
    await clock.sleep(PLAN_T0 + TERM / 2 - 1 - clock.now());
    await held.mirror(engine);
    expect(dynamo.commandCalls(UpdateItemCommand)).toHaveLength(0);
    await clock.sleep(PLAN_T0 + TERM / 2 + 1 - clock.now());
    await held.mirror(engine);
    await clock.sleep(PLAN_T0 + TERM + 2 - clock.now());
    await held.mirror(engine);
    expect(updates().map((u) => [u.expected, u.plan.revision])).toEqual([
      [{ N: '0' }, 1],
      [{ N: '1' }, 2],
    ]);
  });

  it('GIVEN the guard took the plan over WHEN the run renews it THEN PlanTakenOverError', async () => {
    const { held, clock, engine } = await given();
    await held.mirror(engine);
    dynamo
      .on(UpdateItemCommand)
      .rejects(new ConditionalCheckFailedException({ message: 'no', $metadata: {} }));
    await clock.sleep(PLAN_T0 + TERM - clock.now());
    await expect(held.mirror(engine)).rejects.toThrow(PlanTakenOverError);
  });

  it('GIVEN the run ends WHEN it closes THEN each plan ends with its verdict; a plan the guard took is only warned about', async () => {
    const { held, logger, engine } = await given();
    await held.mirror(engine);
    await held.close('fail', 'fail: errors');
    expect(updates().map((u) => u.plan.status)).toEqual(['rolled-back']);
    dynamo
      .on(UpdateItemCommand)
      .rejects(new ConditionalCheckFailedException({ message: 'no', $metadata: {} }));
    const again = await given();
    await again.held.mirror(again.engine);
    await again.held.close('pass', 'passed');
    expect(again.logger.text('warning')).toContain(
      'orders-fn:live: plan not closed: Plan orders-fn:live was taken over by the guard',
    );
    expect(logger.text('warning')).toBe('');
  });
});

/**
 * Events from the detached canaries' plan rule: the plan runner only, and the rule turned off
 * once no plan is left in flight. The runner is injected (planTick), as src/guard/index.ts will.
 */
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { DisableRuleCommand, EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import type { GuardEntry } from '../../../src/guard/entry.js';
import { createHandler } from '../../../src/guard/handler.js';
import { guardTestClients } from '../../helpers/guard-clients.js';
import type { PlanTick } from '../../../src/guard/plan-events.js';
import { fromRule } from '../../../src/guard/plan-events.js';
import { readGuardSettings } from '../../../src/guard/settings.js';

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
const RULE = 'orders-monitoring-guard-plans';
const PLAN_EVENT = {
  source: 'aws.events',
  'detail-type': 'Scheduled Event',
  resources: [`arn:aws:events:eu-west-1:123456789012:rule/${RULE}`],
};

const events = mockClient(EventBridgeClient);
const lambda = mockClient(LambdaClient);
const cloudWatch = mockClient(CloudWatchClient);

function setup(planTick?: PlanTick) {
  const logs: GuardEntry[] = [];
  const handler = createHandler({
    settings: readGuardSettings({
      FUNCTIONS: 'orders',
      ALIAS: 'live',
      FUNCTION_ARN_PREFIX: 'arn:aws:lambda:eu-west-1:123456789012:function:',
      PLAN_TABLE: 'orders-monitoring-PlanTable-X',
      PLAN_RULE: RULE,
    }),
    clients: guardTestClients(),
    clock: { now: () => NOW },
    log: (entry) => logs.push(entry),
    ...(planTick ? { planTick } : {}),
  });
  return { handler, logs };
}

beforeEach(() => {
  events.reset();
  lambda.reset();
  cloudWatch.reset();
  events.on(DisableRuleCommand).resolves({});
});

describe('the plan rule', () => {
  it('GIVEN plans still in flight WHEN the plan rule fires THEN only the runner runs, at the clock time, and the rule stays on', async () => {
    const tick = jest
      .fn<PlanTick>()
      .mockResolvedValue({ inFlight: 2, entries: [{ plan: 'orders/live', did: 'advanced to 50%' }] });
    const { handler, logs } = setup(tick);

    const entry = await handler(PLAN_EVENT);

    expect(tick).toHaveBeenCalledWith(NOW);
    expect(entry).toEqual({
      guard: 'plans',
      inFlight: 2,
      plans: [{ plan: 'orders/live', did: 'advanced to 50%' }],
    });
    expect(logs).toEqual([entry]);
    expect(events).not.toHaveReceivedCommand(DisableRuleCommand);
    // No error count, no alias read: the schedule's duties are not run on this rule's events.
    expect(cloudWatch.calls()).toHaveLength(0);
    expect(lambda.calls()).toHaveLength(0);
  });

  it('GIVEN the last plan ended WHEN the plan rule fires THEN the rule is turned off', async () => {
    const { handler } = setup(() =>
      Promise.resolve({ inFlight: 0, entries: [{ plan: 'orders/live', did: 'promoted' }] }),
    );

    const entry = await handler(PLAN_EVENT);

    expect(events).toHaveReceivedCommandWith(DisableRuleCommand, { Name: RULE });
    expect(entry).toMatchObject({ guard: 'plans', inFlight: 0, ruleDisabled: RULE });
  });

  it('GIVEN no plan runner in this guard WHEN the plan rule fires THEN it says so and changes nothing', async () => {
    const { handler } = setup();

    const entry = await handler(PLAN_EVENT);

    expect(entry.guard).toBe('plans');
    expect(entry['note']).toContain('no plan runner');
    expect(events.calls()).toHaveLength(0);
  });

  it('GIVEN the runner fails WHEN the plan rule fires THEN the invocation fails (its failures alarm counts it) and the rule stays on', async () => {
    const { handler, logs } = setup(() => Promise.reject(new Error('table unreachable')));

    await expect(handler(PLAN_EVENT)).rejects.toThrow('table unreachable');
    expect(logs).toEqual([{ guard: 'failed', error: 'Error: table unreachable' }]);
    expect(events).not.toHaveReceivedCommand(DisableRuleCommand);
  });

  it.each([
    ['the plan rule', PLAN_EVENT, true],
    [
      'another rule whose name ends the same',
      { resources: [`arn:aws:events:eu-west-1:123456789012:rule/x-${RULE}`] },
      false,
    ],
    [
      'the schedule rule',
      { resources: ['arn:aws:events:eu-west-1:123456789012:rule/orders-monitoring-GuardScheduleRule-1'] },
      false,
    ],
    [
      'an alarm event',
      {
        'detail-type': 'CloudWatch Alarm State Change',
        resources: ['arn:aws:cloudwatch:eu-west-1:123456789012:alarm:x'],
      },
      false,
    ],
    ['no event', undefined, false],
  ])('GIVEN %s WHEN its source is asked THEN it is told from the plan rule', (_case, event, expected) => {
    expect(fromRule(event, RULE)).toBe(expected);
  });
});

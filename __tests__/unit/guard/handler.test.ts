/**
 * The guard's handler (src/guard/): what it does on an alarm and on its schedule, with the AWS
 * clients mocked at the edge. The bake window and the plan rule have their own files.
 */
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  AutoScalingClient,
  DescribeAutoScalingGroupsCommand,
  SetDesiredCapacityCommand,
} from '@aws-sdk/client-auto-scaling';
import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import type { GetMetricDataCommandInput } from '@aws-sdk/client-cloudwatch';
import {
  GetAliasCommand,
  LambdaClient,
  ListTagsCommand,
  TagResourceCommand,
  UpdateAliasCommand,
} from '@aws-sdk/client-lambda';
import type { UpdateAliasCommandInput } from '@aws-sdk/client-lambda';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { PublishCommandInput } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { lastPassedTagKey } from '../../../src/constants.js';
import type { GuardEntry } from '../../../src/guard/entry.js';
import { createHandler } from '../../../src/guard/handler.js';
import { awsError, guardTestClients } from '../../helpers/guard-clients.js';
import { handler as lambdaHandler } from '../../../src/guard/index.js';
import { readGuardSettings } from '../../../src/guard/settings.js';

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
const MINUTE = 60_000;
const TOPIC = 'arn:aws:sns:eu-west-1:123456789012:orders-monitoring-Topic-X';
const ARN_PREFIX = 'arn:aws:lambda:eu-west-1:123456789012:function:';
const ARN = (fn: string) => `${ARN_PREFIX}${fn}`;
const COOLDOWN_TAG = 'stack-canary:guard-last-action:live';

const lambda = mockClient(LambdaClient);
const cloudWatch = mockClient(CloudWatchClient);
const sns = mockClient(SNSClient);
const autoScaling = mockClient(AutoScalingClient);

const GUARD_ENV: Readonly<Record<string, string>> = {
  FUNCTIONS: 'orders,orders-worker',
  ALIAS: 'live',
  FUNCTION_ARN_PREFIX: ARN_PREFIX,
  TOPIC_ARN: TOPIC,
  ALARM_PREFIX: 'orders-monitoring-',
  WINDOW_HOURS: '24',
  ERROR_THRESHOLD: '100',
  COOLDOWN_MINUTES: '60',
  ASG_NAME: '',
  ROLLBACK: 'true',
};

function setup(env: Record<string, string> = {}) {
  const logs: GuardEntry[] = [];
  const handler = createHandler({
    settings: readGuardSettings({ ...GUARD_ENV, ...env }),
    clients: guardTestClients(),
    clock: { now: () => NOW },
    log: (entry) => logs.push(entry),
  });
  return { handler, logs };
}

/** UpdateAlias answers with the alias as asked. */
const updated = (input: UpdateAliasCommandInput) => ({
  FunctionVersion: input.FunctionVersion,
  RoutingConfig: input.RoutingConfig,
  RevisionId: 'r2',
});

/** Five-minute sums, stamped as CloudWatch does. */
const sums = (id: string, values: number[]) => ({
  Id: id,
  StatusCode: 'Complete' as const,
  Timestamps: values.map((_, i) => new Date(NOW - (i + 1) * 5 * MINUTE)),
  Values: values,
});

const alarmEvent = (alarmName: string, value = 'ALARM') => ({
  source: 'aws.cloudwatch',
  'detail-type': 'CloudWatch Alarm State Change',
  detail: { alarmName, state: { value, reason: 'Threshold Crossed: 3 datapoints were greater than 1.0' } },
});
const scheduledEvent = { source: 'aws.events', 'detail-type': 'Scheduled Event', detail: {} };

function givenAlias(
  fn: string,
  version: string,
  tags: Record<string, string>,
  weights?: Record<string, number>,
) {
  lambda.on(GetAliasCommand, { FunctionName: fn, Name: 'live' }).resolves({
    AliasArn: `${ARN(fn)}:live`,
    FunctionVersion: version,
    RevisionId: 'r1',
    ...(weights ? { RoutingConfig: { AdditionalVersionWeights: weights } } : {}),
  });
  lambda.on(ListTagsCommand, { Resource: ARN(fn) }).resolves({ Tags: tags });
}

function published(): PublishCommandInput[] {
  return sns.commandCalls(PublishCommand).map((call) => call.args[0].input);
}

describe('guard settings', () => {
  it('GIVEN the environment the template sets WHEN read THEN lists and numbers are parsed', () => {
    const s = readGuardSettings({
      ...GUARD_ENV,
      FUNCTIONS: 'a,b-c',
      COOLDOWN_MINUTES: '15',
      ROLLBACK: 'false',
      ASG_NAME: 'web',
      BAKE_MINUTES: '90',
      PLAN_TABLE: 'orders-monitoring-PlanTable-X',
      PLAN_RULE: 'orders-monitoring-guard-plans',
    });
    expect(s).toMatchObject({
      functions: ['a', 'b-c'],
      cooldownMs: 15 * MINUTE,
      windowHours: 24,
      rollback: false,
      autoScalingGroup: 'web',
      bakeMinutes: 90,
      planTable: 'orders-monitoring-PlanTable-X',
      planRule: 'orders-monitoring-guard-plans',
    });
  });

  it('GIVEN empty optional values WHEN read THEN the defaults apply', () => {
    const blank = ['WINDOW_HOURS', 'ERROR_THRESHOLD', 'COOLDOWN_MINUTES', 'ROLLBACK', 'BAKE_MINUTES'];
    const s = readGuardSettings({ ...GUARD_ENV, ...Object.fromEntries(blank.map((name) => [name, ' '])) });
    expect(s).toMatchObject({
      windowHours: 24,
      errorThreshold: 100,
      cooldownMs: 60 * MINUTE,
      rollback: true,
      bakeMinutes: 24 * 60,
    });
    expect(s.autoScalingGroup).toBeUndefined();
  });

  it.each([
    [
      'ERROR_THRESHOLD',
      'many',
      'Guard environment variable ERROR_THRESHOLD is "many". Accepted: a number of at least 1.',
    ],
    [
      'WINDOW_HOURS',
      '0',
      'Guard environment variable WINDOW_HOURS is "0". Accepted: a number from 1 to 336.',
    ],
    ['ROLLBACK', 'yes', 'Guard environment variable ROLLBACK is "yes". Accepted: true or false.'],
    [
      'BAKE_MINUTES',
      '-5',
      'Guard environment variable BAKE_MINUTES is "-5". Accepted: a number from 0 to 20160.',
    ],
    [
      'FUNCTIONS',
      'a,,b',
      'Guard environment variable FUNCTIONS is "a,,b". Accepted: function names separated by commas.',
    ],
    [
      'FUNCTION_ARN_PREFIX',
      'arn:aws:lambda:eu-west-1:1:function:',
      'Guard environment variable FUNCTION_ARN_PREFIX is "arn:aws:lambda:eu-west-1:1:function:".',
    ],
    ['ALIAS', '', 'Guard environment variable ALIAS is "". Accepted: an alias name'],
  ])(
    'GIVEN %s=%j WHEN read THEN one line names the variable, the value and what it accepts',
    (name, value, message) => {
      expect(() => readGuardSettings({ ...GUARD_ENV, [name]: value })).toThrow(message);
    },
  );
});

describe('guard on an alarm', () => {
  beforeEach(() => {
    lambda.reset();
    cloudWatch.reset();
    sns.reset();
    autoScaling.reset();
    lambda.on(UpdateAliasCommand).callsFake(updated);
    lambda.on(TagResourceCommand).resolves({});
    sns.on(PublishCommand).resolves({ MessageId: 'm' });
  });

  it('GIVEN a promoted function moved off its last passed version WHEN its error-rate alarm fires THEN the alias goes back, the cool-down is stamped and the topic is told', async () => {
    givenAlias('orders', '7', { [lastPassedTagKey('live')]: '5' });
    const { handler, logs } = setup();

    const result = await handler(alarmEvent('orders-monitoring-orders-error-rate'));

    expect(lambda).toHaveReceivedCommandWith(UpdateAliasCommand, {
      FunctionName: 'orders',
      Name: 'live',
      FunctionVersion: '5',
      RoutingConfig: { AdditionalVersionWeights: {} },
    });
    expect(lambda).toHaveReceivedCommandWith(TagResourceCommand, {
      Resource: ARN('orders'),
      Tags: { [COOLDOWN_TAG]: new Date(NOW).toISOString() },
    });
    expect(result.guard).toBe('remediation');
    expect(logs).toEqual([result]);
    const [message] = published();
    expect(message?.TopicArn).toBe(TOPIC);
    expect(message?.Subject).toBe('stack-canary guard: orders remediated');
    expect(message?.Message).toContain('from v7 to v5');
    expect(message?.Message).toContain('orders-monitoring-orders-error-rate is in ALARM: Threshold Crossed');
  });

  it('GIVEN a canary in progress (weights on the alias) WHEN an alarm fires THEN the weights are cleared too', async () => {
    givenAlias('orders', '5', { [lastPassedTagKey('live')]: '5' }, { '6': 0.1 });
    const { handler } = setup();

    const result = await handler(alarmEvent('orders-monitoring-orders-memory'));

    expect(lambda).toHaveReceivedCommandWith(UpdateAliasCommand, {
      FunctionVersion: '5',
      RoutingConfig: { AdditionalVersionWeights: {} },
    });
    expect(result['did']).toEqual([
      'rolled back orders:live from v5 + v6 at 10% to v5, the last version that passed a canary',
    ]);
  });

  it('GIVEN the alias already on the last passed version WHEN an alarm fires THEN nothing moves and no cool-down starts, but the topic hears what was seen', async () => {
    givenAlias('orders-worker', '5', { [lastPassedTagKey('live')]: '5' });
    const { handler } = setup();

    const result = await handler(alarmEvent('orders-monitoring-orders-worker-throttles'));

    expect(lambda).not.toHaveReceivedCommand(UpdateAliasCommand);
    expect(lambda).not.toHaveReceivedCommand(TagResourceCommand);
    expect(result.guard).toBe('observation');
    expect(published()[0]?.Subject).toBe('stack-canary guard: orders-worker needs attention');
    expect(published()[0]?.Message).toContain('alias already on v5');
  });

  it.each([
    ['no last-passed tag', {}],
    ['a tag that is not a version', { [lastPassedTagKey('live')]: 'latest' }],
  ])(
    'GIVEN %s WHEN an alarm fires THEN the alias is left alone and the notice says why',
    async (_case, tags) => {
      givenAlias('orders', '7', tags);
      const { handler } = setup();

      const result = await handler(alarmEvent('orders-monitoring-orders-errors'));

      expect(lambda).not.toHaveReceivedCommand(UpdateAliasCommand);
      expect(result['did']).toEqual([`alias left on v7: no version in tag ${lastPassedTagKey('live')}`]);
      expect(published()).toHaveLength(1);
    },
  );

  it('GIVEN rollback turned off WHEN an alarm fires THEN the alias is left alone', async () => {
    givenAlias('orders', '7', { [lastPassedTagKey('live')]: '5' });
    const { handler } = setup({ ROLLBACK: 'false' });

    const result = await handler(alarmEvent('orders-monitoring-orders-errors'));

    expect(lambda).not.toHaveReceivedCommand(UpdateAliasCommand);
    expect(result['did']).toEqual(['alias rollback is off']);
  });

  it('GIVEN an action 10 minutes ago WHEN another alarm fires THEN the guard only logs (cool-down)', async () => {
    const since = new Date(NOW - 10 * MINUTE).toISOString();
    givenAlias('orders', '7', { [lastPassedTagKey('live')]: '5', [COOLDOWN_TAG]: since });
    const { handler, logs } = setup();

    const result = await handler(alarmEvent('orders-monitoring-orders-errors'));

    expect(result).toMatchObject({ guard: 'cool-down', function: 'orders', since });
    expect(logs).toEqual([result]);
    expect(lambda).not.toHaveReceivedCommand(UpdateAliasCommand);
    expect(lambda).not.toHaveReceivedCommand(TagResourceCommand);
    expect(sns).not.toHaveReceivedCommand(PublishCommand);
  });

  it('GIVEN an action two hours ago WHEN an alarm fires THEN the cool-down is over and it acts', async () => {
    givenAlias('orders', '7', {
      [lastPassedTagKey('live')]: '5',
      [COOLDOWN_TAG]: new Date(NOW - 120 * MINUTE).toISOString(),
    });
    const { handler } = setup();

    await handler(alarmEvent('orders-monitoring-orders-errors'));

    expect(lambda).toHaveReceivedCommandTimes(UpdateAliasCommand, 1);
  });

  it.each([
    ['an alarm back to OK', alarmEvent('orders-monitoring-orders-errors', 'OK')],
    ['the composite alarm', alarmEvent('orders-monitoring-orders-any')],
    ['an alarm of another stack', alarmEvent('billing-monitoring-orders-errors')],
    ['its own failures alarm', alarmEvent('orders-monitoring-guard-failures')],
  ])('GIVEN %s WHEN it arrives THEN it is ignored without any AWS call', async (_case, event) => {
    const { handler, logs } = setup();

    const result = await handler(event);

    expect(result.guard).toBe('ignored');
    expect(logs).toEqual([result]);
    expect(lambda.calls()).toHaveLength(0);
    expect(sns.calls()).toHaveLength(0);
  });

  it('GIVEN the alias update fails WHEN an alarm fires THEN the failure is notified and no cool-down starts', async () => {
    givenAlias('orders', '7', { [lastPassedTagKey('live')]: '5' });
    lambda.on(UpdateAliasCommand).rejects(awsError('TooManyRequestsException', 'Rate exceeded'));
    const { handler } = setup();

    const result = await handler(alarmEvent('orders-monitoring-orders-errors'));

    expect(result.guard).toBe('observation');
    expect(published()[0]?.Message).toContain(
      'rollback to v5 failed: TooManyRequestsException: Rate exceeded',
    );
    expect(lambda).not.toHaveReceivedCommand(TagResourceCommand);
  });

  it('GIVEN the cool-down tag cannot be written WHEN it acted THEN that is noted and the topic still hears', async () => {
    givenAlias('orders', '7', { [lastPassedTagKey('live')]: '5' });
    lambda.on(TagResourceCommand).rejects(awsError('AccessDeniedException', 'denied'));
    const { handler } = setup();

    const result = await handler(alarmEvent('orders-monitoring-orders-errors'));

    expect(result['did']).toContain('cool-down not recorded: AccessDeniedException: denied');
    expect(published()).toHaveLength(1);
  });

  it('GIVEN no topic WHEN it acts THEN nothing is published', async () => {
    givenAlias('orders', '7', { [lastPassedTagKey('live')]: '5' });
    const { handler } = setup({ TOPIC_ARN: '' });

    await handler(alarmEvent('orders-monitoring-orders-errors'));

    expect(lambda).toHaveReceivedCommandTimes(UpdateAliasCommand, 1);
    expect(sns).not.toHaveReceivedCommand(PublishCommand);
  });
});

describe('guard and an Auto Scaling group', () => {
  beforeEach(() => {
    lambda.reset();
    sns.reset();
    autoScaling.reset();
    lambda.on(TagResourceCommand).resolves({});
    sns.on(PublishCommand).resolves({});
    givenAlias('orders', '5', { [lastPassedTagKey('live')]: '5' });
  });

  it('GIVEN room to grow WHEN an error alarm fires THEN desired capacity rises by one, honouring the group cool-down', async () => {
    autoScaling.on(DescribeAutoScalingGroupsCommand).resolves({
      AutoScalingGroups: [
        { AutoScalingGroupName: 'web', DesiredCapacity: 2, MaxSize: 4, MinSize: 1 } as never,
      ],
    });
    autoScaling.on(SetDesiredCapacityCommand).resolves({});
    const { handler } = setup({ ASG_NAME: 'web' });

    const result = await handler(alarmEvent('orders-monitoring-orders-errors'));

    expect(autoScaling).toHaveReceivedCommandWith(SetDesiredCapacityCommand, {
      AutoScalingGroupName: 'web',
      DesiredCapacity: 3,
      HonorCooldown: true,
    });
    expect(result.guard).toBe('remediation');
    expect(lambda).toHaveReceivedCommandTimes(TagResourceCommand, 1);
  });

  it('GIVEN the group at its maximum WHEN an error alarm fires THEN it is not scaled', async () => {
    autoScaling.on(DescribeAutoScalingGroupsCommand).resolves({
      AutoScalingGroups: [
        { AutoScalingGroupName: 'web', DesiredCapacity: 4, MaxSize: 4, MinSize: 1 } as never,
      ],
    });
    const { handler } = setup({ ASG_NAME: 'web' });

    const result = await handler(alarmEvent('orders-monitoring-orders-error-rate'));

    expect(autoScaling).not.toHaveReceivedCommand(SetDesiredCapacityCommand);
    expect(result['did']).toContain('web already at its maximum of 4');
  });

  it('GIVEN the group does not exist WHEN an error alarm fires THEN that is reported', async () => {
    autoScaling.on(DescribeAutoScalingGroupsCommand).resolves({ AutoScalingGroups: [] });
    const { handler } = setup({ ASG_NAME: 'web' });

    const result = await handler(alarmEvent('orders-monitoring-orders-errors'));

    expect(result['did']).toContain('group web not found');
    expect(autoScaling).not.toHaveReceivedCommand(SetDesiredCapacityCommand);
  });

  it('GIVEN scaling is refused WHEN an error alarm fires THEN the error is reported', async () => {
    autoScaling.on(DescribeAutoScalingGroupsCommand).resolves({
      AutoScalingGroups: [
        { AutoScalingGroupName: 'web', DesiredCapacity: 1, MaxSize: 4, MinSize: 1 } as never,
      ],
    });
    autoScaling.on(SetDesiredCapacityCommand).rejects(awsError('ScalingActivityInProgressFault', 'busy'));
    const { handler } = setup({ ASG_NAME: 'web' });

    const result = await handler(alarmEvent('orders-monitoring-orders-errors'));

    expect(result['did']).toContain('scaling web failed: ScalingActivityInProgressFault: busy');
    expect(result.guard).toBe('observation');
  });

  it('GIVEN a memory alarm (not an error signal) WHEN it fires THEN the group is left alone', async () => {
    const { handler } = setup({ ASG_NAME: 'web' });

    await handler(alarmEvent('orders-monitoring-orders-memory'));

    expect(autoScaling.calls()).toHaveLength(0);
  });
});

describe('guard on its schedule', () => {
  beforeEach(() => {
    lambda.reset();
    cloudWatch.reset();
    sns.reset();
    lambda.on(UpdateAliasCommand).callsFake(updated);
    lambda.on(TagResourceCommand).resolves({});
    sns.on(PublishCommand).resolves({});
  });

  it('GIVEN errors over the window WHEN the schedule fires THEN one GetMetricData call reads every alias over 24 h and only the function over the threshold is acted on', async () => {
    cloudWatch.on(GetMetricDataCommand).resolves({
      MetricDataResults: [sums('f0', [40, 70]), sums('f1', [5])],
    });
    givenAlias('orders', '7', { [lastPassedTagKey('live')]: '5' });
    const { handler, logs } = setup();

    const result = await handler(scheduledEvent);

    expect(cloudWatch).toHaveReceivedCommandTimes(GetMetricDataCommand, 1);
    const input = cloudWatch.commandCalls(GetMetricDataCommand)[0]?.args[0]
      .input as GetMetricDataCommandInput;
    expect(input.StartTime).toEqual(new Date(NOW - 24 * 3600_000));
    expect(input.EndTime).toEqual(new Date(NOW));
    expect(input.MetricDataQueries?.map((q) => q.MetricStat?.Metric?.Dimensions)).toEqual([
      [
        { Name: 'FunctionName', Value: 'orders' },
        { Name: 'Resource', Value: 'orders:live' },
      ],
      [
        { Name: 'FunctionName', Value: 'orders-worker' },
        { Name: 'Resource', Value: 'orders-worker:live' },
      ],
    ]);
    expect(result['errors']).toEqual({ orders: 110, 'orders-worker': 5 });
    expect(lambda).toHaveReceivedCommandWith(GetAliasCommand, { FunctionName: 'orders' });
    expect(lambda).not.toHaveReceivedCommandWith(GetAliasCommand, { FunctionName: 'orders-worker' });
    expect(lambda).toHaveReceivedCommandWith(UpdateAliasCommand, { FunctionVersion: '5' });
    expect(published()[0]?.Message).toContain('110 errors on orders:live in 24 h (threshold 100)');
    expect(logs[0]).toMatchObject({ guard: 'check', errors: { orders: 110, 'orders-worker': 5 } });
  });

  it('GIVEN more results than one page WHEN the schedule fires THEN every page is summed', async () => {
    cloudWatch
      .on(GetMetricDataCommand)
      .resolvesOnce({ MetricDataResults: [sums('f0', [60])], NextToken: 'next' })
      .resolves({ MetricDataResults: [{ ...sums('f0', [60]), Timestamps: [new Date(NOW - 20 * MINUTE)] }] });
    givenAlias('orders', '5', { [lastPassedTagKey('live')]: '5' });
    const { handler } = setup();

    const result = await handler(scheduledEvent);

    expect(cloudWatch).toHaveReceivedCommandTimes(GetMetricDataCommand, 2);
    expect(cloudWatch).toHaveReceivedNthSpecificCommandWith(2, GetMetricDataCommand, { NextToken: 'next' });
    expect(result['errors']).toEqual({ orders: 120, 'orders-worker': 0 });
  });

  it('GIVEN a breach with nothing to remediate WHEN it is noticed THEN the notice starts a cool-down so the next runs stay quiet', async () => {
    cloudWatch.on(GetMetricDataCommand).resolves({ MetricDataResults: [sums('f0', [150])] });
    givenAlias('orders', '5', { [lastPassedTagKey('live')]: '5' });
    const { handler } = setup();

    const result = await handler(scheduledEvent);

    expect(result['results']).toEqual([
      expect.objectContaining({ guard: 'observation', function: 'orders' }),
    ]);
    expect(lambda).toHaveReceivedCommandWith(TagResourceCommand, {
      Tags: { [COOLDOWN_TAG]: new Date(NOW).toISOString() },
    });
    expect(published()).toHaveLength(1);
  });

  it('GIVEN no function over the threshold WHEN the schedule fires THEN no alias is read', async () => {
    cloudWatch.on(GetMetricDataCommand).resolves({ MetricDataResults: [sums('f0', [99])] });
    const { handler } = setup();

    const result = await handler(scheduledEvent);

    expect(result['results']).toEqual([]);
    expect(lambda.calls()).toHaveLength(0);
  });

  it('GIVEN one function cannot be read WHEN the schedule fires THEN the others are still handled and the run fails at the end', async () => {
    cloudWatch.on(GetMetricDataCommand).resolves({
      MetricDataResults: [sums('f0', [500]), sums('f1', [500])],
    });
    lambda
      .on(GetAliasCommand, { FunctionName: 'orders' })
      .rejects(awsError('ServiceException', 'Service unavailable'));
    givenAlias('orders-worker', '9', { [lastPassedTagKey('live')]: '8' });
    const { handler, logs } = setup();

    await expect(handler(scheduledEvent)).rejects.toThrow('Service unavailable');

    expect(lambda).toHaveReceivedCommandWith(UpdateAliasCommand, {
      FunctionName: 'orders-worker',
      FunctionVersion: '8',
    });
    expect(logs).toHaveLength(1);
    expect(logs[0]?.['results']).toContainEqual(
      expect.objectContaining({
        guard: 'failed',
        function: 'orders',
        error: 'ServiceException: Service unavailable',
      }),
    );
  });
});

describe('guard entry point', () => {
  it('GIVEN the Lambda environment WHEN invoked THEN it builds its own clients once and uses the settings from the environment', async () => {
    lambda.reset();
    cloudWatch.reset();
    cloudWatch.on(GetMetricDataCommand).resolves({ MetricDataResults: [] });
    const env = {
      FUNCTIONS: 'orders',
      ALIAS: 'live',
      FUNCTION_ARN_PREFIX: ARN_PREFIX,
      AWS_REGION: 'eu-west-1',
    };
    Object.assign(process.env, env);
    const lines: string[] = [];
    const console = jest.spyOn(global.console, 'log').mockImplementation((line: string) => {
      lines.push(line);
    });
    try {
      const first = await lambdaHandler(scheduledEvent);
      const second = await lambdaHandler(alarmEvent('x-orders-errors'));
      expect(first).toMatchObject({ guard: 'check', errors: { orders: 0 } });
      expect(second.guard).toBe('ignored');
      expect(cloudWatch).toHaveReceivedCommandTimes(GetMetricDataCommand, 1);
      expect(lines.map((line) => JSON.parse(line) as GuardEntry)).toEqual([
        { guard: 'check', hours: 24, threshold: 100, errors: { orders: 0 }, results: [] },
        { guard: 'ignored', alarm: 'x-orders-errors', state: 'ALARM' },
      ]);
    } finally {
      console.mockRestore();
      for (const key of ['FUNCTIONS', 'ALIAS', 'FUNCTION_ARN_PREFIX']) delete process.env[key];
    }
  });
});

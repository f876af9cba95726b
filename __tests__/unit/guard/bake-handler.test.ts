/**
 * The guard's handler on a function promoted half an hour ago (v6 → v7), with Lambda's
 * per-version minutes answered from a table: the bake window's decisions, and how they meet the
 * cool-down. The SDK is mocked at the client edge.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import * as CW from '@aws-sdk/client-cloudwatch';
import * as L from '@aws-sdk/client-lambda';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { guardCooldownTagKey, lastPassedTagKey } from '../../../src/constants.js';
import { createHandler } from '../../../src/guard/handler.js';
import { readGuardSettings } from '../../../src/guard/settings.js';
import { guardRolledBackTagKey, previousTagKey, promotedAtTagKey } from '../../../src/traffic/tags.js';
import { min } from '../../helpers/canary-time.js';
import { guardTestClients } from '../../helpers/guard-clients.js';
import type { MetricPoints } from '../../helpers/metric-data.js';
import { metricDataFrom } from '../../helpers/metric-data.js';

const lambda = mockClient(L.LambdaClient);
const cloudWatch = mockClient(CW.CloudWatchClient);
const sns = mockClient(SNSClient);
const NOW = min(60);
const ALARM = {
  'detail-type': 'CloudWatch Alarm State Change',
  detail: {
    alarmName: 'orders-monitoring-orders-errors',
    state: { value: 'ALARM', reason: 'Threshold Crossed' },
  },
};

/** 500 calls a minute each; v6 before the promotion at minute 30, v7 after it. */
function traffic(v6Errors: number, v7Errors: number): MetricPoints {
  const series = (from: number, to: number, value: number): [number, number][] =>
    Array.from({ length: to - from }, (_, i) => [min(from + i), value]);
  return {
    'orders/6/Invocations/Sum': series(0, 30, 500),
    'orders/6/Errors/Sum': series(0, 30, v6Errors),
    'orders/7/Invocations/Sum': series(30, 60, 500),
    'orders/7/Errors/Sum': series(30, 60, v7Errors),
  };
}

function given(
  points: MetricPoints,
  extraTags: Record<string, string> = {},
  env: Record<string, string> = {},
) {
  lambda.on(L.GetAliasCommand).resolves({ FunctionVersion: '7', RevisionId: 'r1' });
  lambda.on(L.ListTagsCommand).resolves({
    Tags: {
      [lastPassedTagKey('live')]: '7',
      [previousTagKey('live')]: '6',
      [promotedAtTagKey('live')]: new Date(min(30)).toISOString(),
      ...extraTags,
    },
  });
  cloudWatch.on(CW.GetMetricDataCommand).callsFake(metricDataFrom(points));
  return createHandler({
    settings: readGuardSettings({
      FUNCTIONS: 'orders',
      ALIAS: 'live',
      FUNCTION_ARN_PREFIX: 'arn:aws:lambda:eu-west-1:123456789012:function:',
      TOPIC_ARN: 'arn:aws:sns:eu-west-1:123456789012:ops',
      ALARM_PREFIX: 'orders-monitoring-',
      BAKE_MINUTES: '1440',
      ...env,
    }),
    clients: guardTestClients(),
    clock: { now: () => NOW },
    log: () => undefined,
  });
}

beforeEach(() => {
  lambda.reset();
  cloudWatch.reset();
  sns.reset();
  lambda
    .on(L.UpdateAliasCommand)
    .callsFake((input: L.UpdateAliasCommandInput) => ({ FunctionVersion: input.FunctionVersion }));
  lambda.on(L.TagResourceCommand).resolves({});
  sns.on(PublishCommand).resolves({});
});

const tagWrites = () => lambda.commandCalls(L.TagResourceCommand).map((c) => c.args[0].input.Tags ?? {});

describe('the bake window on an alarm', () => {
  it('GIVEN v7 erring ten times as often as v6 did WHEN its errors alarm fires THEN the alias goes back to v6, v6 is the last passed, and the tags say why', async () => {
    const handler = given(traffic(2, 20));

    const entry = await handler(ALARM);

    expect(entry.guard).toBe('remediation');
    expect(lambda).toHaveReceivedCommandWith(L.UpdateAliasCommand, {
      FunctionName: 'orders',
      Name: 'live',
      FunctionVersion: '6',
      RoutingConfig: { AdditionalVersionWeights: {} },
      RevisionId: 'r1',
    });
    const [rollback, cooldown] = tagWrites();
    expect(rollback?.[lastPassedTagKey('live')]).toBe('6');
    expect(rollback?.[guardRolledBackTagKey('live')]).toMatch(
      /^v7 at 2026-11-28T11:00:00.000Z: v7 over 28 min since the promotion against v6 over the 28 min before it: errors: v7 4 /,
    );
    expect(cooldown).toEqual({ [guardCooldownTagKey('live')]: new Date(NOW).toISOString() });
    // The comparison read both versions' minutes: v7's since the promotion, v6's before it.
    const input = cloudWatch.commandCalls(CW.GetMetricDataCommand)[0]?.args[0]
      .input as CW.GetMetricDataCommandInput;
    expect([input.StartTime, input.EndTime]).toEqual([new Date(min(2)), new Date(min(58))]);
    expect(sns.commandCalls(PublishCommand)[0]?.args[0].input.Message).toContain(
      'rolled back orders:live from v7 to v6, the version before it (promoted 30m ago, within the bake window)',
    );
  });

  it('GIVEN v7 as good as v6 WHEN the alarm fires THEN the alias stays, and the notice says the comparison does not blame v7', async () => {
    const handler = given(traffic(2, 2));

    const entry = await handler(ALARM);

    expect(entry.guard).toBe('observation');
    expect(entry['did']).toEqual([
      expect.stringMatching(
        /^not rolled back: v7 over 28 min since the promotion .*errors: v7 0\.4% \(\d+\/\d+\) vs v6 0\.4%/,
      ),
    ]);
    expect(lambda).not.toHaveReceivedCommand(L.UpdateAliasCommand);
    expect(sns).toHaveReceivedCommandTimes(PublishCommand, 1);
  });

  it('GIVEN a bake window of 20 minutes WHEN v7 errs 30 minutes after its promotion THEN a notice only', async () => {
    const handler = given(traffic(2, 20), {}, { BAKE_MINUTES: '20' });

    const entry = await handler(ALARM);

    expect(entry['did']).toEqual(['v7 was promoted 30m ago, after the bake window of 20m: no rollback']);
    expect(lambda).not.toHaveReceivedCommand(L.UpdateAliasCommand);
    expect(cloudWatch).not.toHaveReceivedCommand(CW.GetMetricDataCommand);
  });

  it('GIVEN guard-bake 0 WHEN v7 errs THEN the window is off: a notice only', async () => {
    const handler = given(traffic(2, 20), {}, { BAKE_MINUTES: '0' });
    const entry = await handler(ALARM);
    expect(entry['did']).toEqual(['v7 was promoted 30m ago, after the bake window of 0s: no rollback']);
  });

  it('GIVEN a notice 10 minutes ago started the cool-down WHEN v7 now shows worse THEN it is still rolled back', async () => {
    const handler = given(traffic(2, 20), { [guardCooldownTagKey('live')]: new Date(min(50)).toISOString() });

    const entry = await handler(ALARM);

    expect(entry.guard).toBe('remediation');
    expect(lambda).toHaveReceivedCommandWith(L.UpdateAliasCommand, { FunctionVersion: '6' });
  });

  it('GIVEN the cool-down and v7 not worse WHEN the alarm fires THEN it only logs: no notice, no tag', async () => {
    const since = new Date(min(50)).toISOString();
    const handler = given(traffic(2, 2), { [guardCooldownTagKey('live')]: since });

    const entry = await handler(ALARM);

    expect(entry).toMatchObject({ guard: 'cool-down', since });
    expect(sns).not.toHaveReceivedCommand(PublishCommand);
    expect(lambda).not.toHaveReceivedCommand(L.TagResourceCommand);
  });

  it('GIVEN the previous tag names the live version (as after an earlier bake rollback) WHEN the alarm fires THEN there is nothing older to go to', async () => {
    const handler = given(traffic(2, 20), { [lastPassedTagKey('live')]: '7', [previousTagKey('live')]: '7' });

    const entry = await handler(ALARM);

    expect(entry['did']).toEqual(['alias already on v7, the last version that passed a canary']);
    expect(lambda).not.toHaveReceivedCommand(L.UpdateAliasCommand);
  });
});

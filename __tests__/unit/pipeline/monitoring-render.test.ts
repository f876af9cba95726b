/**
 * defaultParts().monitoring.render: the run's monitoring inputs become the monitoring
 * template's parameters. Lambda and Logs are mocked at the client edge.
 */
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import { CloudWatchLogsClient, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { GetFunctionConfigurationCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { HeadBucketCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { createAwsClients } from '../../../src/aws/clients.js';
import type { Config } from '../../../src/config/types.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';
import { defaultParts } from '../../../src/pipeline/parts.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import { testConfig } from '../../helpers/pipeline-fakes.js';

const lambda = mockClient(LambdaClient);
const logs = mockClient(CloudWatchLogsClient);
const s3 = mockClient(S3Client);
afterAll(() => {
  lambda.restore();
  logs.restore();
  s3.restore();
});

beforeEach(() => {
  lambda.reset();
  logs.reset();
  s3.reset();
  lambda
    .on(GetFunctionConfigurationCommand)
    .resolves({ FunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:orders' });
  s3.on(HeadBucketCommand).resolves({});
  s3.on(HeadObjectCommand).resolves({});
  logs.on(DescribeLogGroupsCommand).resolves({ logGroups: [{ logGroupName: '/aws/lambda/orders' }] });
});

async function parametersFor(config: Config): Promise<Record<string, string>> {
  const ctx = {
    clients: await createAwsClients({ region: 'eu-west-1' }),
    logger: new MemoryLogger(),
    clock: new FakeClock(0),
  };
  const rendered = await defaultParts().monitoring.render(ctx, {
    stackName: 'orders',
    functionNames: ['orders'],
    alias: 'live',
    config,
  });
  return Object.fromEntries(rendered.parameters.map((p) => [p.key, 'value' in p ? p.value : '@previous']));
}

describe('monitoring render wiring', () => {
  it('passes the existing topic, the e-mail and the guard options to the template', async () => {
    // GIVEN an existing topic, an e-mail, and a guard that may not roll back but scales a group
    const config = testConfig({
      notificationTopicArn: 'arn:aws:sns:eu-west-1:123456789012:team-alerts',
      notificationEmail: 'team@example.com',
      guard: { enabled: true, rollback: false, autoScalingGroupName: 'orders-asg', bakeMinutes: 90 },
    });
    // WHEN
    const parameters = await parametersFor(config);
    // THEN
    expect(parameters).toMatchObject({
      ExistingTopicArn: 'arn:aws:sns:eu-west-1:123456789012:team-alerts',
      NotificationEmail: 'team@example.com',
      GuardEnabled: 'true',
      GuardRollback: 'false',
      AutoScalingGroupName: 'orders-asg',
      GuardBakeMinutes: '90',
      // The guard's code, already in the managed bucket: not uploaded again.
      GuardCodeBucket: 'stack-canary-123456789012-eu-west-1',
      GuardCodeKey: expect.stringMatching(/^stack-canary\/guard\/[0-9a-f]{16}\.zip$/),
    });
    expect(s3).not.toHaveReceivedCommand(PutObjectCommand);
    // The options without an input keep the template's defaults.
    for (const key of ['GuardSchedule', 'GuardWindowHours', 'GuardErrorThreshold', 'GuardCooldownMinutes']) {
      expect(parameters[key]).toBeUndefined();
    }
  });

  it('creates a topic and deploys a guard that may roll back by default; guard: false turns it off', async () => {
    const defaults = await parametersFor(testConfig());
    expect(defaults).toMatchObject({ ExistingTopicArn: '', GuardEnabled: 'true', GuardRollback: 'true' });
    expect(defaults['AutoScalingGroupName']).toBeUndefined();
    const off = await parametersFor(
      testConfig({
        guard: { enabled: false, rollback: true, autoScalingGroupName: undefined, bakeMinutes: 1440 },
      }),
    );
    expect(off['GuardEnabled']).toBe('false');
    expect(off['GuardCodeKey']).toBeUndefined();
  });
});

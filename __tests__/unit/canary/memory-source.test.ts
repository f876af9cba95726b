import { beforeEach, describe, expect, it } from '@jest/globals';
import { CloudWatchLogsClient, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { GetFunctionConfigurationCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { describeMemorySource, logGroupExists } from '../../../src/canary/memory-source.js';

const lambda = mockClient(LambdaClient);
const logs = mockClient(CloudWatchLogsClient);

describe('describeMemorySource', () => {
  beforeEach(() => {
    lambda.reset();
    logs.reset();
  });

  it('uses Lambda Insights when the layer is on, without looking for the log group', async () => {
    lambda.on(GetFunctionConfigurationCommand).resolves({
      Layers: [{ Arn: 'arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:38' }],
    });
    const source = await describeMemorySource(lambda as never, logs as never, 'orders');
    expect(source).toEqual({ name: 'orders', hasLambdaInsights: true, logGroupExists: true });
    expect(lambda).toHaveReceivedCommandWith(GetFunctionConfigurationCommand, {
      FunctionName: 'orders',
      Qualifier: '$LATEST',
    });
    expect(logs).not.toHaveReceivedCommand(DescribeLogGroupsCommand);
  });

  it('otherwise reports whether the function log group exists (an exact name, not a prefix match)', async () => {
    lambda.on(GetFunctionConfigurationCommand).resolves({});
    logs.on(DescribeLogGroupsCommand).resolves({ logGroups: [{ logGroupName: '/aws/lambda/orders-v2' }] });
    expect(await describeMemorySource(lambda as never, logs as never, 'orders')).toEqual({
      name: 'orders',
      hasLambdaInsights: false,
      logGroupExists: false,
    });
    logs.on(DescribeLogGroupsCommand).resolves({ logGroups: [{ logGroupName: '/aws/lambda/orders' }] });
    expect(await logGroupExists(logs as never, '/aws/lambda/orders')).toBe(true);
  });
});

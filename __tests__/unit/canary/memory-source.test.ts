import { beforeEach, describe, expect, it } from '@jest/globals';
import { CloudWatchLogsClient, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { GetFunctionConfigurationCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import {
  describeMemorySource,
  describeVersionLogging,
  isLambdaInsightsLayer,
  logGroupExists,
  reportQueryPlans,
  versionFromLogStream,
} from '../../../src/canary/memory-source.js';
import type { VersionLogging } from '../../../src/canary/memory-source.js';

const INSIGHTS_LAYER = 'arn:aws:lambda:eu-west-1:580247275435:layer:LambdaInsightsExtension:53';
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

describe('memory source detection', () => {
  beforeEach(() => {
    lambda.reset();
  });

  it('recognises the Lambda Insights extension layer (x86 and Arm64) and nothing else', () => {
    expect(isLambdaInsightsLayer(INSIGHTS_LAYER)).toBe(true);
    expect(
      isLambdaInsightsLayer('arn:aws:lambda:eu-west-1:580247275435:layer:LambdaInsightsExtension-Arm64:20'),
    ).toBe(true);
    expect(
      isLambdaInsightsLayer('arn:aws:lambda:eu-west-1:123456789012:layer:my-LambdaInsightsExtension-fork:1'),
    ).toBe(false);
    expect(isLambdaInsightsLayer(undefined)).toBe(false);
  });

  it('GIVEN a version with the layer WHEN described THEN Lambda Insights is used, for that version (Qualifier)', async () => {
    lambda.on(GetFunctionConfigurationCommand).resolves({ Layers: [{ Arn: INSIGHTS_LAYER }] });
    const logging = await describeVersionLogging(lambda as never, 'orders', '5');
    expect(logging).toEqual({ lambdaInsights: true, logGroupName: '/aws/lambda/orders', logFormat: 'Text' });
    expect(lambda).toHaveReceivedCommandWith(GetFunctionConfigurationCommand, {
      FunctionName: 'orders',
      Qualifier: '5',
    });
  });

  it('GIVEN a version with a custom log group and JSON logs WHEN described THEN the REPORT lines are read there, as JSON', async () => {
    lambda
      .on(GetFunctionConfigurationCommand)
      .resolves({ LoggingConfig: { LogFormat: 'JSON', LogGroup: '/shared/orders' } });
    expect(await describeVersionLogging(lambda as never, 'orders', '4')).toEqual({
      lambdaInsights: false,
      logGroupName: '/shared/orders',
      logFormat: 'JSON',
    });
  });

  it('reads the version from a Lambda log stream name', () => {
    expect(versionFromLogStream('2026/11/28/[5]0123456789abcdef')).toBe('5');
    expect(versionFromLogStream('2026/11/28/[$LATEST]0123456789abcdef')).toBe('$LATEST');
    expect(versionFromLogStream('my-app/instance-1')).toBeUndefined();
  });

  it('GIVEN two versions in one log group and format WHEN planned THEN one query covers both; a format change splits them', () => {
    const text: VersionLogging = {
      lambdaInsights: false,
      logGroupName: '/aws/lambda/orders',
      logFormat: 'Text',
    };
    expect(
      reportQueryPlans(
        new Map([
          ['5', text],
          ['4', text],
        ]),
      ),
    ).toEqual([{ logGroupName: '/aws/lambda/orders', logFormat: 'Text', versions: ['5', '4'] }]);
    expect(
      reportQueryPlans(
        new Map([
          ['5', { ...text, logFormat: 'JSON' }],
          ['4', text],
        ]),
      ),
    ).toHaveLength(2);
  });
});

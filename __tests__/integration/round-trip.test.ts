/**
 * The foundation's proof: the real SDK clients built by src/aws/clients.ts reach the local
 * emulator through AWS_ENDPOINT_URL, for every service the action uses.
 */
import { describe, expect, it } from '@jest/globals';
import { CreateStackCommand, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { GetMetricDataCommand, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import {
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  GetLogEventsCommand,
  PutLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { CreateTopicCommand, GetTopicAttributesCommand } from '@aws-sdk/client-sns';
import { USER_AGENT } from '../../src/aws/clients.js';
import { emulatorSuite } from '../helpers/emulator-suite.js';
import { LAMBDA_EXECUTION_ROLE } from '../helpers/lambda-emulator.js';

const TEMPLATE = JSON.stringify({
  Parameters: { Greeting: { Type: 'String', Default: 'hello' } },
  Resources: {
    Role: LAMBDA_EXECUTION_ROLE,
    Fn: {
      Type: 'AWS::Lambda::Function',
      Properties: {
        Runtime: 'nodejs20.x',
        Handler: 'index.handler',
        Role: { 'Fn::GetAtt': ['Role', 'Arn'] },
        Code: { ZipFile: 'exports.handler = async () => ({ ok: true });' },
      },
    },
  },
  Outputs: {
    FunctionName: { Value: { Ref: 'Fn' } },
    Greeting: { Value: { Ref: 'Greeting' } },
  },
});

describe('AWS clients against the local emulator', () => {
  const emulator = emulatorSuite();

  it('takes the region from the environment and sends our user agent', async () => {
    expect(emulator.aws.region).toBe('us-east-1');
    const ua = await emulator.aws.lambda.config.customUserAgent;
    expect(JSON.stringify(ua)).toContain(USER_AGENT.split('/')[0]);
  });

  it('CloudFormation: creates a stack with a Lambda function and returns its outputs', async () => {
    await emulator.aws.cloudFormation.send(
      new CreateStackCommand({
        StackName: 'round-trip',
        TemplateBody: TEMPLATE,
        Parameters: [{ ParameterKey: 'Greeting', ParameterValue: 'hi' }],
        Capabilities: ['CAPABILITY_IAM'],
      }),
    );
    const { Stacks } = await emulator.aws.cloudFormation.send(
      new DescribeStacksCommand({ StackName: 'round-trip' }),
    );
    const stack = Stacks?.[0];
    expect(stack?.StackStatus).toBe('CREATE_COMPLETE');
    const outputs = Object.fromEntries((stack?.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue]));
    expect(outputs['Greeting']).toBe('hi');
    const { Functions } = await emulator.aws.lambda.send(new ListFunctionsCommand({}));
    expect(Functions?.map((f) => f.FunctionName)).toContain(outputs['FunctionName']);
  });

  it('CloudWatch: a datapoint put is read back by GetMetricData', async () => {
    const now = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 120_000);
    const dims = [
      { Name: 'FunctionName', Value: 'orders' },
      { Name: 'Resource', Value: 'orders:live' },
      { Name: 'ExecutedVersion', Value: '4' },
    ];
    await emulator.aws.cloudWatch.send(
      new PutMetricDataCommand({
        Namespace: 'AWS/Lambda',
        MetricData: [{ MetricName: 'Errors', Dimensions: dims, Timestamp: now, Value: 3, Unit: 'Count' }],
      }),
    );
    const res = await emulator.aws.cloudWatch.send(
      new GetMetricDataCommand({
        StartTime: new Date(now.getTime() - 60_000),
        EndTime: new Date(now.getTime() + 120_000),
        MetricDataQueries: [
          {
            Id: 'e',
            MetricStat: {
              Metric: { Namespace: 'AWS/Lambda', MetricName: 'Errors', Dimensions: dims },
              Period: 60,
              Stat: 'Sum',
            },
          },
        ],
      }),
    );
    const values = res.MetricDataResults?.[0]?.Values ?? [];
    expect(values.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('CloudWatch Logs: an event put is read back', async () => {
    const logGroupName = '/aws/lambda/orders';
    const logStreamName = '2026/11/28/[4]abcdef';
    await emulator.aws.logs.send(new CreateLogGroupCommand({ logGroupName }));
    await emulator.aws.logs.send(new CreateLogStreamCommand({ logGroupName, logStreamName }));
    await emulator.aws.logs.send(
      new PutLogEventsCommand({
        logGroupName,
        logStreamName,
        logEvents: [{ timestamp: Date.now(), message: 'REPORT RequestId: x Max Memory Used: 64 MB' }],
      }),
    );
    const { events } = await emulator.aws.logs.send(new GetLogEventsCommand({ logGroupName, logStreamName }));
    expect(events?.[0]?.message).toContain('Max Memory Used: 64 MB');
  });

  it('SNS: a topic created is described', async () => {
    const { TopicArn } = await emulator.aws.sns.send(
      new CreateTopicCommand({ Name: 'stack-canary-round-trip' }),
    );
    expect(TopicArn).toMatch(/:stack-canary-round-trip$/);
    const { Attributes } = await emulator.aws.sns.send(new GetTopicAttributesCommand({ TopicArn }));
    expect(Attributes?.['TopicArn']).toBe(TopicArn);
  });
});

/**
 * templates/: every template (and the rendered monitoring template) passes cfn-lint, and the
 * sample app and the monitoring stack deploy to the local emulator, the guard's code from S3
 * (the guard's own behaviour on the emulator: guard.test.ts).
 *
 * The emulator skips alarms, composite alarms, metric filters and e-mail subscriptions (blank
 * CREATE_COMPLETE rows): those are checked by reading the rendered template, in
 * __tests__/unit/templates/monitoring-template.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  CreateChangeSetCommand,
  CreateStackCommand,
  DescribeChangeSetCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  ListStackResourcesCommand,
  UpdateStackCommand,
} from '@aws-sdk/client-cloudformation';
import type { Parameter } from '@aws-sdk/client-cloudformation';
import { GetDashboardCommand } from '@aws-sdk/client-cloudwatch';
import { DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { GetFunctionConfigurationCommand } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { GetTopicAttributesCommand } from '@aws-sdk/client-sns';
import type { Thresholds } from '../../src/config/types.js';
import { readGuardSettings } from '../../src/guard/settings.js';
import { readGuardCode, stageGuardCode } from '../../src/monitoring/guard-code.js';
import type { MonitoringOptions } from '../../src/monitoring/index.js';
import { renderMonitoringTemplate } from '../../src/monitoring/index.js';
import { emulatorSuite } from '../helpers/emulator-suite.js';
import { MemoryLogger } from '../helpers/memory-logger.js';
import { templatePath } from '../helpers/templates.js';
import { zipOneFile } from '../helpers/zip.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const cfnLint = join(root, '.emulator', 'venv', 'bin', 'cfn-lint');

const THRESHOLDS: Thresholds = {
  maxErrorRate: 0.01,
  maxMemoryUtilization: 0.9,
  maxP99DurationMs: 1000,
  maxThrottles: 0,
  minInvocations: 50,
};

const asParameters = (params: readonly { key: string; value: string }[]): Parameter[] =>
  params.map((p) => ({ ParameterKey: p.key, ParameterValue: p.value }));

describe('cfn-lint', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stack-canary-templates-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('GIVEN every template and renders of the monitoring one WHEN linted THEN cfn-lint reports nothing', async () => {
    const renders: Record<string, MonitoringOptions> = {
      'monitoring-full.json': {
        functions: [
          { name: 'orders-api-Orders-1A2B', hasLambdaInsights: false },
          { name: 'orders-api-Worker-3C4D', hasLambdaInsights: true },
        ],
        alias: 'live',
        thresholds: THRESHOLDS,
        notificationEmail: 'ops@example.com',
        guard: { enabled: true, autoScalingGroupName: 'web' },
      },
      'monitoring-minimal.json': {
        functions: [{ name: 'fresh', hasLambdaInsights: false, logGroupExists: false }],
        alias: 'prod',
        thresholds: { ...THRESHOLDS, maxP99DurationMs: undefined },
        existingTopicArn: 'arn:aws:sns:eu-west-1:123456789012:ops',
        guard: { enabled: false },
      },
    };
    const files = [
      templatePath('monitoring.yaml'),
      templatePath('sample-app.yaml'),
      templatePath('iam-policy.json'),
    ];
    for (const [name, options] of Object.entries(renders)) {
      const path = join(dir, name);
      writeFileSync(path, renderMonitoringTemplate(options).body);
      files.push(path);
    }
    // iam-policy.json is a policy, not a template: cfn-lint only gets the templates.
    const templates = files.filter((f) => !f.endsWith('iam-policy.json'));

    const result = await run(cfnLint, templates).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );

    expect(result).toEqual({ code: 0, stdout: '' });
  });
});

describe('templates on the emulator', () => {
  const emulator = emulatorSuite();

  async function outputsOf(stackName: string): Promise<Record<string, string>> {
    const { Stacks } = await emulator.aws.cloudFormation.send(
      new DescribeStacksCommand({ StackName: stackName }),
    );
    expect(Stacks?.[0]?.StackStatus).toMatch(/(CREATE|UPDATE)_COMPLETE$/);
    return Object.fromEntries((Stacks?.[0]?.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue]));
  }

  async function physicalId(stackName: string, logicalId: string): Promise<string> {
    const { StackResourceSummaries } = await emulator.aws.cloudFormation.send(
      new ListStackResourcesCommand({ StackName: stackName }),
    );
    const found = StackResourceSummaries?.find((r) => r.LogicalResourceId === logicalId)?.PhysicalResourceId;
    if (!found) throw new Error(`${stackName} has no ${logicalId}`);
    return found;
  }

  async function deploySampleApp(parameters: Parameter[] = []): Promise<string> {
    await emulator.aws.cloudFormation.send(
      new CreateStackCommand({
        StackName: 'sample',
        TemplateBody: readFileSync(templatePath('sample-app.yaml'), 'utf8'),
        Parameters: parameters,
        Capabilities: ['CAPABILITY_IAM'],
      }),
    );
    const name = (await outputsOf('sample'))['FunctionName'];
    if (!name) throw new Error('no FunctionName output');
    return name;
  }

  it('GIVEN the sample app WHEN deployed with inline code THEN its function, memory, failure settings and log group exist', async () => {
    const name = await deploySampleApp([
      { ParameterKey: 'MemorySize', ParameterValue: '256' },
      { ParameterKey: 'FailureRate', ParameterValue: '0.2' },
    ]);

    const config = await emulator.aws.lambda.send(
      new GetFunctionConfigurationCommand({ FunctionName: name }),
    );
    expect(config.MemorySize).toBe(256);
    expect(String(config.Environment?.Variables?.['FAILURE_RATE'])).toBe('0.2');
    expect(config.Runtime).toBe('nodejs22.x');
    const { logGroups } = await emulator.aws.logs.send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: `/aws/lambda/${name}` }),
    );
    expect(logGroups?.map((g) => [g.logGroupName, g.retentionInDays])).toEqual([[`/aws/lambda/${name}`, 14]]);
  });

  it('GIVEN code in S3 WHEN the sample app is created and then updated to a failing release THEN both deploy (no inline code to mangle)', async () => {
    await emulator.aws.s3.send(new CreateBucketCommand({ Bucket: 'code' }));
    const source = 'exports.handler = async () => ({ statusCode: 200, body: "ok" });\n';
    await emulator.aws.s3.send(
      new PutObjectCommand({ Bucket: 'code', Key: 'v1.zip', Body: zipOneFile('index.js', source) }),
    );
    await emulator.aws.s3.send(
      new PutObjectCommand({
        Bucket: 'code',
        Key: 'v2.zip',
        Body: zipOneFile('index.js', `${source}// v2\n`),
      }),
    );
    const name = await deploySampleApp([
      { ParameterKey: 'CodeBucket', ParameterValue: 'code' },
      { ParameterKey: 'CodeKey', ParameterValue: 'v1.zip' },
    ]);

    await emulator.aws.cloudFormation.send(
      new UpdateStackCommand({
        StackName: 'sample',
        UsePreviousTemplate: true,
        Parameters: [
          { ParameterKey: 'CodeBucket', ParameterValue: 'code' },
          { ParameterKey: 'CodeKey', ParameterValue: 'v2.zip' },
          { ParameterKey: 'FailureRate', ParameterValue: '0.5' },
        ],
        Capabilities: ['CAPABILITY_IAM'],
      }),
    );

    await outputsOf('sample');
    const config = await emulator.aws.lambda.send(
      new GetFunctionConfigurationCommand({ FunctionName: name }),
    );
    expect(String(config.Environment?.Variables?.['FAILURE_RATE'])).toBe('0.5');
  });

  it('GIVEN the sample function WHEN the rendered monitoring stack is created and then updated with a second function THEN topic, dashboard and guard follow', async () => {
    const name = await deploySampleApp();
    // The guard's code as the action stages it: the built bundle's zip, in the bucket stack-canary
    // manages (created here on first use).
    const guardCode = await stageGuardCode(
      emulator.aws,
      { s3Bucket: undefined, functionName: name },
      new MemoryLogger(),
    );
    expect(guardCode.bucket).toBe('stack-canary-123456789012-us-east-1');
    const first = renderMonitoringTemplate({
      functions: [{ name, hasLambdaInsights: false }],
      alias: 'live',
      thresholds: THRESHOLDS,
      guardCode,
    });
    await emulator.aws.cloudFormation.send(
      new CreateStackCommand({
        StackName: 'sample-monitoring',
        TemplateBody: first.body,
        Parameters: asParameters(first.parameters),
        Capabilities: ['CAPABILITY_IAM'],
      }),
    );

    const outputs = await outputsOf('sample-monitoring');
    const { Attributes } = await emulator.aws.sns.send(
      new GetTopicAttributesCommand({ TopicArn: outputs['TopicArn'] }),
    );
    expect(Attributes?.['TopicArn']).toBe(outputs['TopicArn']);
    const { DashboardBody } = await emulator.aws.cloudWatch.send(
      new GetDashboardCommand({ DashboardName: 'sample-monitoring-us-east-1' }),
    );
    expect(JSON.stringify(JSON.parse(DashboardBody ?? '{}'))).toContain(name);
    const guard = await physicalId('sample-monitoring', 'GuardFunction');
    const guardConfig = await emulator.aws.lambda.send(
      new GetFunctionConfigurationCommand({ FunctionName: guard }),
    );
    expect(guardConfig).toMatchObject({ Runtime: 'nodejs22.x', Handler: 'index.handler' });
    expect(guardConfig.CodeSize).toBe(readGuardCode().length);
    // The function's environment is what the guard's own settings reader accepts.
    // (The emulator answers a Number parameter's value as a number; Lambda's are strings.)
    const variables = Object.entries(guardConfig.Environment?.Variables ?? {});
    const settings = readGuardSettings(Object.fromEntries(variables.map(([k, v]) => [k, String(v)])));
    expect(settings).toMatchObject({
      functions: [name],
      alias: 'live',
      topicArn: outputs['TopicArn'],
      alarmPrefix: 'sample-monitoring-',
      functionArnPrefix: 'arn:aws:lambda:us-east-1:123456789012:function:',
      bakeMinutes: 24 * 60,
      planTable: outputs['PlanTableName'],
      planRule: 'sample-monitoring-guard-plans',
    });

    const second = renderMonitoringTemplate({
      functions: [
        { name, hasLambdaInsights: false },
        { name: 'other-fn', hasLambdaInsights: false, logGroupExists: false },
      ],
      alias: 'live',
      thresholds: THRESHOLDS,
      guardCode,
    });
    await emulator.aws.cloudFormation.send(
      new CreateChangeSetCommand({
        StackName: 'sample-monitoring',
        ChangeSetName: 'add-other-fn',
        ChangeSetType: 'UPDATE',
        TemplateBody: second.body,
        Parameters: asParameters(second.parameters),
        Capabilities: ['CAPABILITY_IAM'],
      }),
    );
    const changeSet = await emulator.aws.cloudFormation.send(
      new DescribeChangeSetCommand({ StackName: 'sample-monitoring', ChangeSetName: 'add-other-fn' }),
    );
    expect(changeSet.Changes?.map((c) => c.ResourceChange?.LogicalResourceId)).toEqual(
      expect.arrayContaining(['otherfnErrorsAlarm', 'otherfnGuardPolicy']),
    );
    await emulator.aws.cloudFormation.send(
      new ExecuteChangeSetCommand({ StackName: 'sample-monitoring', ChangeSetName: 'add-other-fn' }),
    );

    await outputsOf('sample-monitoring');
    const updated = await emulator.aws.lambda.send(
      new GetFunctionConfigurationCommand({
        FunctionName: await physicalId('sample-monitoring', 'GuardFunction'),
      }),
    );
    expect(updated.Environment?.Variables?.['FUNCTIONS']).toBe(`${name},other-fn`);
  });
});

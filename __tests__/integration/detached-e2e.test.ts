/**
 * wait: false, as a workflow runs it: the bundled action (dist/action) against the emulator, with
 * the monitoring stack and its guard. A first deploy is promoted as usual; the next one ends in
 * seconds with verdict `pending`: the alias routes the first step, the plan is in the monitoring
 * stack's table, the guard's every-minute rule is enabled, and the post step leaves the alias to
 * the guard. Then `stack-canary status` and `stack-canary wait` (the bundled CLI) read that plan.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Capability } from '@aws-sdk/client-cloudformation';
import {
  CreateStackCommand,
  DeleteStackCommand,
  DescribeStacksCommand,
  GetTemplateCommand,
} from '@aws-sdk/client-cloudformation';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DescribeRuleCommand, EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { GetAliasCommand } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { AwsClients } from '../../src/aws/clients.js';
import { clientOptions, createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';
import { getPlan } from '../../src/aws/plan-table.js';
import { dynamoClient } from '../helpers/detached-fixture.js';
import { resetEmulator } from '../helpers/emulator.js';
import { ACTION_ENTRY, CLI_ENTRY, runEntry } from '../helpers/run-action.js';

const BUCKET = 'detached-code';
const STACK = 'detached-orders';

/** The emulator's endpoint and credentials, handed to the bundled entry points. */
const AWS_VARIABLES = ['AWS_ENDPOINT_URL', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION'];
const awsEnv = (): Record<string, string> =>
  Object.fromEntries(AWS_VARIABLES.map((name) => [name, process.env[name] ?? '']));

function inputs(codeKey: string, wait: string): Record<string, string> {
  return {
    'stack-name': STACK,
    template: 'templates/sample-app.yaml',
    'parameter-overrides': `CodeBucket=${BUCKET}\nCodeKey=${codeKey}`,
    alias: 'live',
    strategy: 'canary 10% 10m',
    monitoring: 'true',
    guard: 'true',
    wait,
    // The runner fills in action.yml's defaults; the sample app needs this one.
    capabilities: 'CAPABILITY_IAM,CAPABILITY_NAMED_IAM,CAPABILITY_AUTO_EXPAND',
  };
}

/**
 * The emulator gives a stack created through a change set no Outputs (AWS does): the monitoring
 * stack the first run made is created again, as it is, with CreateStack, which keeps them.
 */
async function keepMonitoringOutputs(aws: AwsClients): Promise<void> {
  const StackName = `${STACK}-monitoring`;
  const { TemplateBody } = await aws.cloudFormation.send(new GetTemplateCommand({ StackName }));
  const { Stacks } = await aws.cloudFormation.send(new DescribeStacksCommand({ StackName }));
  const Parameters = Stacks?.[0]?.Parameters;
  await aws.cloudFormation.send(new DeleteStackCommand({ StackName }));
  const Capabilities: Capability[] = ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND'];
  await aws.cloudFormation.send(
    new CreateStackCommand({ StackName, TemplateBody, Parameters, Capabilities }),
  );
}

describe('wait: false, bundled', () => {
  let aws: AwsClients;
  let dynamo: DynamoDBClient;
  let events: EventBridgeClient;
  beforeAll(async () => {
    await resetEmulator();
    aws = await createAwsClients({ region: undefined });
    dynamo = dynamoClient();
    events = new EventBridgeClient(clientOptions({ region: undefined }));
    await aws.s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
    for (const key of ['v1.zip', 'v2.zip', 'v3.zip']) {
      await aws.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: `code of ${key}` }));
    }
  });
  afterAll(() => {
    destroyAwsClients(aws);
    dynamo.destroy();
    events.destroy();
  });

  it('GIVEN a live v1 WHEN v2 is deployed with wait: false THEN the run ends pending, the plan and rule are set, and the post step leaves the alias routing', async () => {
    const first = await runEntry(ACTION_ENTRY, { inputs: inputs('v1.zip', 'true'), env: awsEnv() });
    expect(first.outputs['verdict']).toBe('pass');
    const versions = JSON.parse(first.outputs['versions'] ?? '{}') as Record<string, unknown>;
    const [functionName] = Object.keys(versions) as [string];

    await keepMonitoringOutputs(aws);
    const started = Date.now();
    const detached = await runEntry(ACTION_ENTRY, { inputs: inputs('v2.zip', 'false'), env: awsEnv() });
    expect({ code: detached.code, verdict: detached.outputs['verdict'] }).toEqual({
      code: 0,
      verdict: 'pending',
    });
    expect(detached.outputs['rolled-back']).toBe('false');
    expect(detached.outputs['reason']).toContain('handed to the guard');
    expect(detached.summary).toContain('stack-canary: pending');
    // A 10-minute canary, and the job is over in seconds.
    expect(Date.now() - started).toBeLessThan(60_000);

    const alias = () => aws.lambda.send(new GetAliasCommand({ FunctionName: functionName, Name: 'live' }));
    const routed = await alias();
    expect({
      version: routed.FunctionVersion,
      weights: routed.RoutingConfig?.AdditionalVersionWeights,
    }).toEqual({
      version: '1',
      weights: { '2': 0.1 },
    });
    const { Stacks } = await aws.cloudFormation.send(
      new DescribeStacksCommand({ StackName: `${STACK}-monitoring` }),
    );
    const output = (key: string) => Stacks?.[0]?.Outputs?.find((o) => o.OutputKey === key)?.OutputValue ?? '';
    const plan = await getPlan(dynamo, output('PlanTableName'), `${functionName}:live`);
    expect(plan).toMatchObject({
      status: 'in-flight',
      oldVersion: '1',
      newVersion: '2',
      step: 0,
      revision: 0,
    });
    expect(plan?.journal.changes.map((c) => c.kind)).toEqual(['shift']);
    const rule = await events.send(new DescribeRuleCommand({ Name: output('PlanRuleName') }));
    expect(rule.State).toBe('ENABLED');

    // The post step: the main step finished (pending), so the alias is the guard's now.
    const post = await runEntry(ACTION_ENTRY, { state: detached.state, env: awsEnv() });
    expect(post.code).toBe(0);
    expect((await alias()).RoutingConfig?.AdditionalVersionWeights).toEqual({ '2': 0.1 });

    // A second detached deploy while the first is in flight stops, naming it, and moves nothing.
    const second = await runEntry(ACTION_ENTRY, { inputs: inputs('v3.zip', 'false'), env: awsEnv() });
    expect(second.code).toBe(1);
    expect(second.stdout + second.stderr).toMatch(
      /already in flight|being judged by another stack-canary run/,
    );
    expect((await alias()).RoutingConfig?.AdditionalVersionWeights).toEqual({ '2': 0.1 });

    // The CLI: status shows the plan; wait gives up at its timeout with exit 2 (the guard runs no code here).
    const status = await runEntry(CLI_ENTRY, {
      args: ['status', '--stack-name', STACK, '--json'],
      env: awsEnv(),
    });
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toEqual([
      expect.objectContaining({ plan: `${functionName}:live`, versions: { old: '1', new: '2' }, step: 1 }),
    ]);
    const waited = await runEntry(CLI_ENTRY, {
      args: ['wait', '--stack-name', STACK, '--timeout', '1s'],
      env: awsEnv(),
    });
    expect(waited.code).toBe(2);
    expect(waited.stderr).toContain('still in flight');

    // Control: a request written onto the plan for the guard's next tick, naming the caller.
    const paused = await runEntry(CLI_ENTRY, {
      args: ['pause', '--stack-name', STACK, '--reason', 'looking into a report'],
      env: awsEnv(),
    });
    expect(paused.code).toBe(0);
    expect(paused.stdout).toMatch(
      new RegExp(`^${functionName}:live: pause requested by arn:aws:\\S+ \\(looking into a report\\)`),
    );
    expect((await getPlan(dynamo, output('PlanTableName'), `${functionName}:live`))?.request).toMatchObject({
      command: 'pause',
      reason: 'looking into a report',
      by: expect.stringMatching(/^arn:aws:/),
    });
  }, 300_000);
});

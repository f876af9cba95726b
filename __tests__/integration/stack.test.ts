/**
 * stack/ against the local emulator, through the real SDK clients. The emulator answers
 * synchronously and never rolls back, so these tests prove the API round trips (change sets,
 * parameters, templates, S3 upload, snapshot and restore); the AWS-only paths (waiting, events,
 * empty change sets, rollbacks) are unit-tested with AWS-shaped answers.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import {
  CreateStackCommand,
  DescribeStacksCommand,
  GetTemplateCommand,
  ListChangeSetsCommand,
} from '@aws-sdk/client-cloudformation';
import { GetFunctionConfigurationCommand } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { MemoryLogger } from '../helpers/memory-logger.js';
import {
  deployStack,
  deserializeSnapshot,
  listStackResources,
  resolveFunctionNames,
  restoreStack,
  serializeSnapshot,
  snapshotStack,
} from '../../src/stack/index.js';
import type { DeployRequest } from '../../src/stack/index.js';
import { realClock } from '../../src/util/clock.js';
import { emulatorSuite } from '../helpers/emulator-suite.js';
import { plainDeployRequest } from '../helpers/deploy-request.js';

const fixture = (name: string): string => readFileSync(`__fixtures__/templates/${name}`, 'utf8');
const APP = fixture('app.yaml');
const APP_V2 = fixture('app-v2.yaml');
const STACK = 'orders-api';
const CODE = [
  { key: 'CodeBucket', value: 'code-bucket' },
  { key: 'CodeKey', value: 'orders.zip' },
];

describe('stack/ against the local emulator', () => {
  const emulator = emulatorSuite();
  let logger: MemoryLogger;
  beforeEach(async () => {
    logger = new MemoryLogger();
    await emulator.aws.s3.send(new CreateBucketCommand({ Bucket: 'code-bucket' }));
    // The emulator runs no code: any bytes stand in for the zip.
    await emulator.aws.s3.send(
      new PutObjectCommand({ Bucket: 'code-bucket', Key: 'orders.zip', Body: 'zip' }),
    );
  });

  const request = (extra: Partial<DeployRequest> = {}): DeployRequest =>
    plainDeployRequest(
      STACK,
      { kind: 'file', path: '__fixtures__/templates/app.yaml' },
      {
        parameters: [...CODE, { key: 'Greeting', value: 'hi' }],
        tags: [{ key: 'team', value: 'orders' }],
        ...extra,
      },
    );
  const deploy = (extra: Partial<DeployRequest> = {}) =>
    deployStack(emulator.aws, request(extra), { logger, clock: realClock });
  const describeStack = async () =>
    (await emulator.aws.cloudFormation.send(new DescribeStacksCommand({ StackName: STACK }))).Stacks?.[0];
  const parameters = async () =>
    Object.fromEntries(
      ((await describeStack())?.Parameters ?? []).map((p) => [p.ParameterKey, p.ParameterValue]),
    );
  const template = async () =>
    (
      await emulator.aws.cloudFormation.send(
        new GetTemplateCommand({ StackName: STACK, TemplateStage: 'Original' }),
      )
    ).TemplateBody;
  /** Change sets not executed (the emulator keeps executed ones listed, as EXECUTE_COMPLETE). */
  const pendingChangeSets = async () =>
    (
      (await emulator.aws.cloudFormation.send(new ListChangeSetsCommand({ StackName: STACK }))).Summaries ??
      []
    )
      .filter((c) => c.ExecutionStatus !== 'EXECUTE_COMPLETE')
      .map((c) => c.ChangeSetName);
  const stackMissing = async () =>
    describeStack().then(
      () => false,
      (e: unknown) => (e as Error).name === 'ValidationError',
    );

  it('creates the stack (role + function) from a template file, by a CREATE change set', async () => {
    const result = await deploy();
    expect(result.outcome).toBe('created');
    expect(result.stackId).toMatch(/^arn:aws:cloudformation:us-east-1:\d+:stack\/orders-api\//);
    expect(result.changes.map((c) => `${c.action} ${c.logicalId}`).sort()).toEqual([
      'Add FunctionRole',
      'Add OrdersFunction',
    ]);
    const stack = await describeStack();
    expect(stack?.StackStatus).toBe('CREATE_COMPLETE');
    expect(stack?.Tags).toEqual([{ Key: 'team', Value: 'orders' }]);
    expect(await parameters()).toMatchObject({ Greeting: 'hi' });
    // the function exists under the physical name the stack reports
    const functions = resolveFunctionNames(await listStackResources(emulator.aws.cloudFormation, STACK), []);
    expect(functions).toEqual([
      { logicalId: 'OrdersFunction', functionName: expect.stringContaining('OrdersFunction') },
    ]);
    const config = await emulator.aws.lambda.send(
      new GetFunctionConfigurationCommand({ FunctionName: functions[0]?.functionName }),
    );
    expect(config.Environment?.Variables?.['GREETING']).toBe('hi');
    expect(logger.text('info')).toMatch(/Add\s+OrdersFunction\s+AWS::Lambda::Function/);
  });

  it('updates the stack with a changed parameter', async () => {
    await deploy();
    const result = await deploy({ parameters: [...CODE, { key: 'Greeting', value: 'bonjour' }] });
    expect(result.outcome).toBe('updated');
    expect((await describeStack())?.StackStatus).toBe('UPDATE_COMPLETE');
    expect(await parameters()).toMatchObject({ Greeting: 'bonjour' });
  });

  it('returns the stack id and every output (of a stack made by CreateStack: the emulator keeps outputs only there)', async () => {
    await emulator.aws.cloudFormation.send(
      new CreateStackCommand({
        StackName: STACK,
        TemplateBody: APP,
        Parameters: [...CODE, { key: 'Greeting', value: 'hi' }].map((p) => ({
          ParameterKey: p.key,
          ParameterValue: p.value,
        })),
        Capabilities: ['CAPABILITY_IAM'],
      }),
    );
    const result = await deploy({ template: { kind: 'file', path: '__fixtures__/templates/app-v2.yaml' } });
    expect(result.outcome).toBe('updated');
    expect(result.stackId).toBe((await describeStack())?.StackId);
    expect(Object.keys(result.outputs).sort()).toEqual(['FunctionArn', 'FunctionName']);
    expect(result.outputs['FunctionArn']).toContain(`:function:${result.outputs['FunctionName']}`);
  });

  it('a run with nothing new is a no-op that succeeds and leaves no change set behind', async () => {
    // Parameters left to their defaults: the emulator then answers as AWS does, with a FAILED
    // change set that "didn't contain changes" (with the same values sent explicitly, see below).
    await deploy({ parameters: [] });
    const before = { template: await template(), parameters: await parameters() };
    const again = await deploy({ parameters: [] });
    expect(again.outcome).toBe('unchanged');
    expect(again.changes).toEqual([]);
    expect(again.stackId).toBe((await describeStack())?.StackId);
    expect(logger.text('info')).toContain('No changes');
    expect({ template: await template(), parameters: await parameters() }).toEqual(before);
    expect(await pendingChangeSets()).toEqual([]);
  });

  it('an identical update with parameters is a no-op, also when CreateChangeSet refuses it outright', async () => {
    // moto refuses it with a ValidationError "No updates are to be performed" (UpdateStack's wording);
    // AWS makes a FAILED change set saying it "didn't contain changes". Both are the same no-op.
    await deploy();
    const before = { template: await template(), parameters: await parameters() };
    const again = await deploy();
    expect(again.outcome).toBe('unchanged');
    expect({ template: await template(), parameters: await parameters() }).toEqual(before);
    expect(await parameters()).toMatchObject({ Greeting: 'hi' });
  });

  it('a dry run shows the changes and leaves an existing stack untouched', async () => {
    await deploy();
    const before = { template: await template(), parameters: await parameters() };
    const result = await deploy({
      template: { kind: 'file', path: '__fixtures__/templates/app-v2.yaml' },
      parameters: [...CODE, { key: 'Greeting', value: 'changed' }],
      dryRun: true,
    });
    expect(result.outcome).toBe('dry-run');
    expect(result.changes.map((c) => `${c.action} ${c.logicalId}`)).toContain('Add Notifications');
    expect({ template: await template(), parameters: await parameters() }).toEqual(before);
    expect((await describeStack())?.StackStatus).toBe('CREATE_COMPLETE');
    expect(await pendingChangeSets()).toEqual([]);
  });

  it('a dry run of a new stack leaves no stack behind', async () => {
    const result = await deploy({ dryRun: true });
    expect(result.outcome).toBe('dry-run');
    expect(result.changes.length).toBeGreaterThan(0);
    expect(await stackMissing()).toBe(true);
  });

  it('uploads a template over 51,200 bytes to s3-bucket and deploys it from there', async () => {
    await emulator.aws.s3.send(new CreateBucketCommand({ Bucket: 'templates-bucket' }));
    const big = `${APP}\nMetadata:\n  Padding: '${'x'.repeat(60_000)}'\n`;
    const result = await deploy({
      template: { kind: 'inline', name: 'big', body: big },
      s3Bucket: 'templates-bucket',
    });
    expect(result.outcome).toBe('created');
    expect(await template()).toBe(big);
    expect(logger.text('info')).toContain('uploaded to s3://templates-bucket/stack-canary/orders-api/');
  });

  it('restoreStack returns the stack to the snapshot template and parameters (the snapshot survives the run state)', async () => {
    await deploy();
    const snapshot = deserializeSnapshot(
      serializeSnapshot(await snapshotStack(emulator.aws.cloudFormation, STACK)),
    );
    // (the emulator records no Capabilities for a stack made by change set: AWS does)
    expect(snapshot).toMatchObject({ exists: true, templateBody: APP });
    await deploy({
      template: { kind: 'file', path: '__fixtures__/templates/app-v2.yaml' },
      parameters: [...CODE, { key: 'Greeting', value: 'v2' }],
    });
    expect(await template()).toBe(APP_V2);

    const restored = await restoreStack(
      emulator.aws,
      snapshot,
      { logger, clock: realClock },
      { capabilities: ['CAPABILITY_IAM'] },
    );

    expect(restored.outcome).toBe('restored');
    expect(await template()).toBe(APP);
    expect(await parameters()).toEqual({ CodeBucket: 'code-bucket', CodeKey: 'orders.zip', Greeting: 'hi' });
  });

  it('restoreStack after a first create deletes the new stack', async () => {
    const snapshot = await snapshotStack(emulator.aws.cloudFormation, STACK);
    expect(snapshot.exists).toBe(false);
    await deploy();
    const restored = await restoreStack(emulator.aws, snapshot, { logger, clock: realClock });
    expect(restored.outcome).toBe('deleted');
    expect(await stackMissing()).toBe(true);
  });
});

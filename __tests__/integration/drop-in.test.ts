/**
 * Drop-in for aws-actions/aws-cloudformation-github-deploy, on the local emulator: the action's
 * main step (from source, in this process, with the runner's INPUT_* variables and command files)
 * given the inputs a user of that action writes — `name`, `template`, `parameter-overrides` as a
 * comma list, v1's `1` for a boolean, `change-set-name`, `no-execute-changeset` — creates the change
 * set, leaves it unexecuted, and sets that action's change-set outputs.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateStackCommand,
  DescribeChangeSetCommand,
  DescribeStacksCommand,
  ListChangeSetsCommand,
} from '@aws-sdk/client-cloudformation';
import { ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { AwsClients } from '../../src/aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';
import { resetEmulator } from '../helpers/emulator.js';
import { runMainStepInProcess } from '../helpers/main-step.js';

const STACK = 'orders-api';
/** The step as written for aws-cloudformation-github-deploy (only `uses:` changed). */
const THEIR_STEP = {
  name: STACK,
  template: '__fixtures__/templates/app.yaml',
  capabilities: 'CAPABILITY_IAM',
  'parameter-overrides': 'Greeting=hi,CodeBucket=code-bucket,CodeKey=orders.zip',
  'change-set-name': 'orders-api-CS',
  'no-execute-changeset': '1',
};

describe('a step written for aws-cloudformation-github-deploy, on the emulator', () => {
  let aws: AwsClients;
  let dir: string;
  const saved = { ...process.env };
  beforeAll(async () => {
    aws = await createAwsClients({ region: undefined });
    // One folder for every run: @actions/core keeps the summary file's path once it has read it.
    dir = mkdtempSync(join(tmpdir(), 'stack-canary-drop-in-'));
  });
  afterAll(() => {
    destroyAwsClients(aws);
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await resetEmulator();
    await aws.s3.send(new CreateBucketCommand({ Bucket: 'code-bucket' }));
    await aws.s3.send(new PutObjectCommand({ Bucket: 'code-bucket', Key: 'orders.zip', Body: 'zip' }));
  });
  afterEach(() => {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
    process.exitCode = undefined;
  });

  /** Runs the main step as the runner would, with action.yml's defaults for the inputs not given. */
  const runMain = (inputs: Record<string, string>): Promise<Record<string, string>> =>
    runMainStepInProcess(dir, inputs);

  it('no-execute-changeset: the change set is made and described, not executed; the outputs say so', async () => {
    const outputs = await runMain(THEIR_STEP);

    // THEN the run is skipped, saying why, and did not fail
    expect(process.exitCode).toBeUndefined();
    expect(outputs['verdict']).toBe('skipped');
    expect(outputs['reason']).toBe(
      'no-execute-changeset: change set orders-api-CS left for review, not executed; no canary',
    );
    // AND the change set waits on the stack, unexecuted, with what the step asked for
    const changeSetId = outputs['change-set-id'] ?? '';
    expect(changeSetId).toMatch(/^arn:aws:cloudformation:us-east-1:\d+:changeSet\/orders-api-CS\//);
    const summaries =
      (await aws.cloudFormation.send(new ListChangeSetsCommand({ StackName: STACK }))).Summaries ?? [];
    expect(summaries.map((s) => [s.ChangeSetName, s.ExecutionStatus])).toEqual([
      ['orders-api-CS', 'AVAILABLE'],
    ]);
    const described = await aws.cloudFormation.send(
      new DescribeChangeSetCommand({ ChangeSetName: changeSetId }),
    );
    expect(described.Parameters?.find((p) => p.ParameterKey === 'Greeting')?.ParameterValue).toBe('hi');
    const stack = (await aws.cloudFormation.send(new DescribeStacksCommand({ StackName: STACK })))
      .Stacks?.[0];
    expect(stack?.StackStatus).toBe('REVIEW_IN_PROGRESS');
    expect((await aws.lambda.send(new ListFunctionsCommand({}))).Functions ?? []).toEqual([]);

    // AND the change-set outputs have that action's shape
    expect(outputs['change-set-name']).toBe('orders-api-CS');
    expect(outputs['has-changes']).toBe('true');
    expect(outputs['changes-count']).toBe('2');
    const summary = JSON.parse(outputs['changes-summary'] ?? '') as Record<string, unknown>;
    expect(Object.keys(summary).sort()).toEqual(
      ['changes', 'creationTime', 'executionStatus', 'status', 'totalChanges', 'truncated'].sort(),
    );
    expect(summary).toMatchObject({ totalChanges: 2, truncated: false, status: 'CREATE_COMPLETE' });
    const added = (
      summary['changes'] as { ResourceChange?: { Action?: string; LogicalResourceId?: string } }[]
    )
      .map((c) => `${c.ResourceChange?.Action} ${c.ResourceChange?.LogicalResourceId}`)
      .sort();
    expect(added).toEqual(['Add FunctionRole', 'Add OrdersFunction']);
    expect(outputs['changes-markdown']).toContain('## CloudFormation change set for stack `orders-api`');
    expect(outputs['changes-markdown']).toContain('**2 changes:** 2 to add');
    // AND the usual outputs are there too
    expect(outputs['rolled-back']).toBe('false');
  });

  it('the same step through stack-canary names gives the same change set', async () => {
    const { name, ...rest } = THEIR_STEP;
    const outputs = await runMain({
      ...rest,
      'stack-name': name,
      'parameter-overrides': 'Greeting=hi\nCodeBucket=code-bucket\nCodeKey=orders.zip',
      'no-execute-changeset': 'true',
    });
    expect(process.exitCode).toBeUndefined();
    expect([outputs['verdict'], outputs['change-set-name'], outputs['changes-count']]).toEqual([
      'skipped',
      'orders-api-CS',
      '2',
    ]);
  });

  it('on a deployed stack, changes nothing: the app and monitoring change sets are shown, the stack stays', async () => {
    // GIVEN the stack deployed already, with Greeting=hi
    await aws.cloudFormation.send(
      new CreateStackCommand({
        StackName: STACK,
        TemplateBody: readFileSync(THEIR_STEP.template, 'utf8'),
        Parameters: [{ ParameterKey: 'Greeting', ParameterValue: 'hi' }],
        Capabilities: ['CAPABILITY_IAM'],
      }),
    );
    // WHEN the step asks for Greeting=bonjour without executing
    const outputs = await runMain({
      ...THEIR_STEP,
      'parameter-overrides': 'Greeting=bonjour,CodeBucket=code-bucket,CodeKey=orders.zip',
    });
    // THEN the update waits for review and nothing changed, the monitoring stack included
    // (the emulator lists no resource change for a parameter-only update, so has-changes is not checked)
    expect([outputs['verdict'], outputs['change-set-name']]).toEqual(['skipped', 'orders-api-CS']);
    const stacks = (await aws.cloudFormation.send(new DescribeStacksCommand({}))).Stacks ?? [];
    expect(stacks.map((s) => [s.StackName, s.StackStatus])).toEqual([[STACK, 'CREATE_COMPLETE']]);
    const greeting = stacks[0]?.Parameters?.find((p) => p.ParameterKey === 'Greeting')?.ParameterValue;
    expect(greeting).toBe('hi');
    const pending =
      (await aws.cloudFormation.send(new ListChangeSetsCommand({ StackName: STACK }))).Summaries ?? [];
    expect(pending.filter((c) => c.ExecutionStatus === 'AVAILABLE').map((c) => c.ChangeSetName)).toEqual([
      'orders-api-CS',
    ]);
  });
});

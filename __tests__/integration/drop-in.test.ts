/**
 * Drop-in for aws-actions/aws-cloudformation-github-deploy, on the local emulator: the action's
 * main step (from source, in this process, with the runner's INPUT_* variables and command files)
 * given the inputs a user of that action writes — `name`, `template`, `parameter-overrides` as a
 * comma list, v1's `1` for a boolean, `change-set-name`, `no-execute-changeset` — creates the change
 * set, leaves it unexecuted, and sets that action's change-set outputs.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import {
  CreateStackCommand,
  DescribeChangeSetCommand,
  DescribeStacksCommand,
  ListChangeSetsCommand,
} from '@aws-sdk/client-cloudformation';
import { ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { mainStepSuite } from '../helpers/main-step-suite.js';

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
  const suite = mainStepSuite({
    folderPrefix: 'stack-canary-drop-in-',
    codeObjects: { 'orders.zip': 'zip' },
  });
  const { runMain } = suite;

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
      (await suite.aws.cloudFormation.send(new ListChangeSetsCommand({ StackName: STACK }))).Summaries ?? [];
    expect(summaries.map((s) => [s.ChangeSetName, s.ExecutionStatus])).toEqual([
      ['orders-api-CS', 'AVAILABLE'],
    ]);
    const described = await suite.aws.cloudFormation.send(
      new DescribeChangeSetCommand({ ChangeSetName: changeSetId }),
    );
    expect(described.Parameters?.find((p) => p.ParameterKey === 'Greeting')?.ParameterValue).toBe('hi');
    const stack = (await suite.aws.cloudFormation.send(new DescribeStacksCommand({ StackName: STACK })))
      .Stacks?.[0];
    expect(stack?.StackStatus).toBe('REVIEW_IN_PROGRESS');
    expect((await suite.aws.lambda.send(new ListFunctionsCommand({}))).Functions ?? []).toEqual([]);

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
    await suite.aws.cloudFormation.send(
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
    const stacks = (await suite.aws.cloudFormation.send(new DescribeStacksCommand({}))).Stacks ?? [];
    expect(stacks.map((s) => [s.StackName, s.StackStatus])).toEqual([[STACK, 'CREATE_COMPLETE']]);
    const greeting = stacks[0]?.Parameters?.find((p) => p.ParameterKey === 'Greeting')?.ParameterValue;
    expect(greeting).toBe('hi');
    const pending =
      (await suite.aws.cloudFormation.send(new ListChangeSetsCommand({ StackName: STACK }))).Summaries ?? [];
    expect(pending.filter((c) => c.ExecutionStatus === 'AVAILABLE').map((c) => c.ChangeSetName)).toEqual([
      'orders-api-CS',
    ]);
  });
});

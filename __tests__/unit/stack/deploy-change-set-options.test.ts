/**
 * deployStack with the change-set options of aws-cloudformation-github-deploy's inputs:
 * change-set-name, no-execute-changeset, fail-on-empty-changeset, no-delete-failed-changeset and
 * disable-rollback. AWS is mocked at the client edge.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import * as cf from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import type { ChangeSetOptions } from '../../../src/config/types.js';
import type { StackCanaryError } from '../../../src/errors.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';
import { deployStack } from '../../../src/stack/deploy.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import {
  CHANGE_SET_ID,
  STACK,
  STACK_ID,
  awsError,
  clients,
  request,
  stack,
  stackMissing,
} from '../../helpers/stack-fixtures.js';

const cfn = mockClient(cf.CloudFormationClient);
let logger: MemoryLogger;

const DEFAULTS: ChangeSetOptions = {
  name: undefined,
  execute: true,
  failOnEmpty: false,
  keepFailed: false,
  disableRollback: false,
  leftForReviewBy: 'no-execute-changeset',
  executeId: undefined,
  includeNestedStacks: false,
  deploymentMode: undefined,
};
const EMPTY_REASON = "The submitted information didn't contain changes.";
const CHANGE = {
  Type: 'Resource' as const,
  ResourceChange: {
    Action: 'Modify' as const,
    LogicalResourceId: 'Fn',
    ResourceType: 'AWS::Lambda::Function',
  },
};
const CREATED = new Date('2026-11-29T18:00:00Z');

function deploy(options: Partial<ChangeSetOptions>) {
  return deployStack(clients(), request({ changeSet: { ...DEFAULTS, ...options } }), {
    logger,
    clock: new FakeClock(Date.UTC(2026, 0, 1)),
  });
}

function changeSet(answer: object): void {
  cfn.on(cf.CreateChangeSetCommand).resolves({ Id: CHANGE_SET_ID, StackId: STACK_ID });
  cfn.on(cf.DescribeChangeSetCommand).resolves({
    StackName: STACK,
    ChangeSetId: CHANGE_SET_ID,
    ChangeSetName: 'orders-api-CS',
    CreationTime: CREATED,
    ...answer,
  });
}

beforeEach(() => {
  cfn.reset();
  logger = new MemoryLogger();
  cfn.on(cf.DescribeStackEventsCommand).resolves({ StackEvents: [] });
});

describe('change-set-name', () => {
  it('names the change set; the execute token stays unique to the run', async () => {
    cfn.on(cf.DescribeStacksCommand).resolves(stack('UPDATE_COMPLETE'));
    changeSet({ Status: 'CREATE_COMPLETE', ExecutionStatus: 'AVAILABLE', Changes: [CHANGE] });
    const result = await deploy({ name: 'orders-api-CS' });
    expect(cfn).toHaveReceivedCommandWith(cf.CreateChangeSetCommand, { ChangeSetName: 'orders-api-CS' });
    const execute = cfn.commandCalls(cf.ExecuteChangeSetCommand)[0]?.args[0].input;
    expect(execute?.ClientRequestToken).toMatch(/^stack-canary-/);
    expect(execute?.DisableRollback).toBeUndefined();
    expect(result.changeSet).toMatchObject({ id: CHANGE_SET_ID, name: 'orders-api-CS', changes: [CHANGE] });
  });

  it('a name an earlier run left on the stack is refused with what to do', async () => {
    cfn.on(cf.DescribeStacksCommand).resolves(stack('UPDATE_COMPLETE'));
    cfn
      .on(cf.CreateChangeSetCommand)
      .rejects(awsError('AlreadyExistsException', 'ChangeSet orders-api-CS exists'));
    await expect(deploy({ name: 'orders-api-CS' })).rejects.toThrow(
      'ChangeSet orders-api-CS exists (delete change set orders-api-CS first, or give another change-set-name)',
    );
  });
});

describe('no-execute-changeset', () => {
  it('describes the change set with property values, keeps it and does not execute it', async () => {
    cfn
      .on(cf.DescribeStacksCommand)
      .resolves(stack('UPDATE_COMPLETE', { Outputs: [{ OutputKey: 'A', OutputValue: 'b' }] }));
    changeSet({ Status: 'CREATE_COMPLETE', ExecutionStatus: 'AVAILABLE', Changes: [CHANGE] });
    const result = await deploy({ execute: false, name: 'orders-api-CS' });
    expect(result).toEqual({
      stackName: STACK,
      stackId: STACK_ID,
      outcome: 'not-executed',
      outputs: { A: 'b' },
      changes: [
        { action: 'Modify', logicalId: 'Fn', resourceType: 'AWS::Lambda::Function', replacement: '' },
      ],
      changeSet: {
        stackName: STACK,
        id: CHANGE_SET_ID,
        name: 'orders-api-CS',
        status: 'CREATE_COMPLETE',
        executionStatus: 'AVAILABLE',
        creationTime: '2026-11-29T18:00:00.000Z',
        changes: [CHANGE],
      },
    });
    expect(cfn).toHaveReceivedCommandWith(cf.DescribeChangeSetCommand, { IncludePropertyValues: true });
    expect(cfn).not.toHaveReceivedCommand(cf.ExecuteChangeSetCommand);
    expect(cfn).not.toHaveReceivedCommand(cf.DeleteChangeSetCommand);
    expect(logger.text('info')).toContain('left on stack orders-api for review, not executed');
  });

  it('on a new stack, keeps the REVIEW_IN_PROGRESS stack the change set needs', async () => {
    cfn.on(cf.DescribeStacksCommand).rejects(stackMissing());
    changeSet({ Status: 'CREATE_COMPLETE', ExecutionStatus: 'AVAILABLE', Changes: [CHANGE] });
    expect((await deploy({ execute: false })).outcome).toBe('not-executed');
    expect(cfn).not.toHaveReceivedCommand(cf.DeleteStackCommand);
  });
});

describe('fail-on-empty-changeset', () => {
  it.each([
    ['an empty change set', () => changeSet({ Status: 'FAILED', StatusReason: EMPTY_REASON })],
    [
      'an identical update refused outright',
      () =>
        cfn
          .on(cf.CreateChangeSetCommand)
          .rejects(awsError('ValidationError', 'No updates are to be performed.')),
    ],
  ])('fails the run on %s', async (_, given) => {
    cfn.on(cf.DescribeStacksCommand).resolves(stack('UPDATE_COMPLETE'));
    given();
    const error = (await deploy({ failOnEmpty: true }).catch((e: unknown) => e)) as StackCanaryError;
    expect(error.code).toBe('CHANGE_SET_FAILED');
    expect(error.message).toMatch(
      /^The change set for stack orders-api is empty \(.+\), and fail-on-empty-changeset is true\.$/,
    );
    expect(cfn).not.toHaveReceivedCommand(cf.ExecuteChangeSetCommand);
  });

  it('without it, an empty change set is a no-op that still says there are no changes', async () => {
    cfn.on(cf.DescribeStacksCommand).resolves(stack('UPDATE_COMPLETE'));
    changeSet({ Status: 'FAILED', StatusReason: EMPTY_REASON });
    const result = await deploy({});
    expect(result.outcome).toBe('unchanged');
    expect(result.changeSet).toMatchObject({ id: CHANGE_SET_ID, status: 'FAILED', changes: [] });
    expect(cfn).toHaveReceivedCommandWith(cf.DeleteChangeSetCommand, { ChangeSetName: CHANGE_SET_ID });
  });

  it('an identical update refused outright has no change set id', async () => {
    cfn.on(cf.DescribeStacksCommand).resolves(stack('UPDATE_COMPLETE'));
    cfn.on(cf.CreateChangeSetCommand).rejects(awsError('ValidationError', 'No updates are to be performed.'));
    const result = await deploy({ name: 'review' });
    expect(result.changeSet).toEqual({
      stackName: STACK,
      id: '',
      name: 'review',
      status: undefined,
      executionStatus: undefined,
      creationTime: undefined,
      changes: [],
    });
  });
});

describe('no-delete-failed-changeset', () => {
  it('keeps a failed change set (and the review stack it made) and still fails', async () => {
    cfn.on(cf.DescribeStacksCommand).rejects(stackMissing());
    changeSet({ Status: 'FAILED', StatusReason: 'Parameter Memory must be a number' });
    await expect(deploy({ keepFailed: true })).rejects.toThrow('Parameter Memory must be a number');
    expect(cfn).not.toHaveReceivedCommand(cf.DeleteChangeSetCommand);
    expect(cfn).not.toHaveReceivedCommand(cf.DeleteStackCommand);
    expect(logger.text('info')).toContain('kept on stack orders-api: no-delete-failed-changeset is true');
  });

  it('keeps an empty change set', async () => {
    cfn.on(cf.DescribeStacksCommand).resolves(stack('UPDATE_COMPLETE'));
    changeSet({ Status: 'FAILED', StatusReason: EMPTY_REASON });
    expect((await deploy({ keepFailed: true })).outcome).toBe('unchanged');
    expect(cfn).not.toHaveReceivedCommand(cf.DeleteChangeSetCommand);
  });
});

describe('disable-rollback', () => {
  it('is passed when the change set creates the stack', async () => {
    cfn.on(cf.DescribeStacksCommand).rejectsOnce(stackMissing()).resolves(stack('CREATE_COMPLETE'));
    changeSet({ Status: 'CREATE_COMPLETE', ExecutionStatus: 'AVAILABLE', Changes: [CHANGE] });
    expect((await deploy({ disableRollback: true })).outcome).toBe('created');
    expect(cfn).toHaveReceivedCommandWith(cf.ExecuteChangeSetCommand, { DisableRollback: true });
  });

  it('is not used when the stack is updated, as in aws-cloudformation-github-deploy', async () => {
    cfn.on(cf.DescribeStacksCommand).resolves(stack('UPDATE_COMPLETE'));
    changeSet({ Status: 'CREATE_COMPLETE', ExecutionStatus: 'AVAILABLE', Changes: [CHANGE] });
    await deploy({ disableRollback: true });
    expect(cfn.commandCalls(cf.ExecuteChangeSetCommand)[0]?.args[0].input.DisableRollback).toBeUndefined();
  });

  it('a failed creation is reported and the stack left as CloudFormation leaves it', async () => {
    cfn
      .on(cf.DescribeStacksCommand)
      .rejectsOnce(stackMissing())
      .resolves(
        stack('CREATE_FAILED', { StackStatusReason: 'The following resource(s) failed to create: [Fn]' }),
      );
    changeSet({ Status: 'CREATE_COMPLETE', ExecutionStatus: 'AVAILABLE', Changes: [CHANGE] });
    await expect(deploy({ disableRollback: true })).rejects.toThrow('CREATE_FAILED');
    expect(cfn).not.toHaveReceivedCommand(cf.DeleteStackCommand);
  });
});

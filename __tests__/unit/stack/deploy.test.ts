import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  CloudFormationClient,
  ContinueUpdateRollbackCommand,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  UpdateTerminationProtectionCommand,
} from '@aws-sdk/client-cloudformation';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { ConfigError, StackCanaryError, TimeoutError } from '../../../src/errors.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';
import { deployStack } from '../../../src/stack/deploy.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import {
  CHANGE_SET_ID,
  STACK,
  STACK_ID,
  TEMPLATE,
  answerChangeSet,
  awsError,
  clients,
  event,
  expectStackFailed,
  request,
  stack,
  stackMissing,
} from '../../helpers/stack-fixtures.js';

const cfn = mockClient(CloudFormationClient);
const s3 = mockClient(S3Client);
let logger: MemoryLogger;
let clock: FakeClock;

const EMPTY_REASON =
  "The submitted information didn't contain changes. Submit different information to create a change set.";
const changes = [
  {
    Type: 'Resource' as const,
    ResourceChange: {
      Action: 'Modify' as const,
      LogicalResourceId: 'Fn',
      ResourceType: 'AWS::Lambda::Function',
      Replacement: 'False' as const,
    },
  },
];

function changeSetReady(extra: object = {}) {
  answerChangeSet(cfn, {
    Status: 'CREATE_COMPLETE',
    ExecutionStatus: 'AVAILABLE',
    Changes: changes,
    ...extra,
  });
}

function deploy(extra: Parameters<typeof request>[0] = {}) {
  return deployStack(clients(), request(extra), { logger, clock });
}

beforeEach(() => {
  cfn.reset();
  s3.reset();
  logger = new MemoryLogger();
  clock = new FakeClock(Date.UTC(2026, 0, 1, 12, 0, 0));
  cfn.on(DescribeStackEventsCommand).resolves({ StackEvents: [] });
});

describe('deployStack: create', () => {
  it('creates a missing stack with a CREATE change set and returns its id and outputs', async () => {
    // GIVEN no stack yet; the create takes one look in progress
    cfn
      .on(DescribeStacksCommand)
      .rejectsOnce(stackMissing())
      .resolvesOnce(stack('CREATE_IN_PROGRESS'))
      .resolves(
        stack('CREATE_COMPLETE', { Outputs: [{ OutputKey: 'FunctionName', OutputValue: 'orders-fn' }] }),
      );
    changeSetReady({
      Changes: [
        { ResourceChange: { Action: 'Add', LogicalResourceId: 'Fn', ResourceType: 'AWS::Lambda::Function' } },
      ],
    });
    // WHEN
    const result = await deploy({ tags: [{ key: 'team', value: 'orders' }], terminationProtection: true });
    // THEN
    expect(result).toEqual({
      stackName: STACK,
      stackId: STACK_ID,
      outcome: 'created',
      outputs: { FunctionName: 'orders-fn' },
      changes: [{ action: 'Add', logicalId: 'Fn', resourceType: 'AWS::Lambda::Function', replacement: '' }],
      changeSet: expect.objectContaining({ id: CHANGE_SET_ID, stackName: STACK }),
    });
    expect(cfn).toHaveReceivedCommandWith(CreateChangeSetCommand, {
      StackName: STACK,
      ChangeSetType: 'CREATE',
      TemplateBody: TEMPLATE,
      Parameters: [{ ParameterKey: 'Greeting', ParameterValue: 'hi' }],
      Capabilities: ['CAPABILITY_IAM'],
      Tags: [{ Key: 'team', Value: 'orders' }],
    });
    expect(cfn).toHaveReceivedCommandWith(ExecuteChangeSetCommand, { ChangeSetName: CHANGE_SET_ID });
    expect(cfn).toHaveReceivedCommandWith(UpdateTerminationProtectionCommand, {
      StackName: STACK_ID,
      EnableTerminationProtection: true,
    });
    // the first look is immediate, the next after about a second
    expect(clock.sleeps).toEqual([1_000]);
  });

  it('treats a REVIEW_IN_PROGRESS stack (left by an unexecuted CREATE change set) as not created yet', async () => {
    cfn
      .on(DescribeStacksCommand)
      .resolvesOnce(stack('REVIEW_IN_PROGRESS'))
      .resolves(stack('CREATE_COMPLETE'));
    changeSetReady();
    const result = await deploy();
    expect(result.outcome).toBe('created');
    expect(cfn).toHaveReceivedCommandWith(CreateChangeSetCommand, { ChangeSetType: 'CREATE' });
    expect(cfn).not.toHaveReceivedCommand(UpdateTerminationProtectionCommand);
  });

  it('refuses Key=@previous on a stack being created, before making a change set', async () => {
    cfn.on(DescribeStacksCommand).rejects(stackMissing());
    const error = await deploy({ parameters: [{ key: 'Greeting', usePreviousValue: true }] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).input).toBe('parameter-overrides');
    expect((error as Error).message).toContain('Greeting');
    expect(cfn).not.toHaveReceivedCommand(CreateChangeSetCommand);
  });
});

describe('deployStack: update', () => {
  it('updates an existing stack, streams its events and logs the change table', async () => {
    // GIVEN a stack that exists; events appear while it updates
    cfn
      .on(DescribeStacksCommand)
      .resolvesOnce(stack('UPDATE_COMPLETE'))
      .resolvesOnce(stack('UPDATE_IN_PROGRESS'))
      .resolves(stack('UPDATE_COMPLETE', { Outputs: [{ OutputKey: 'Url', OutputValue: 'https://x' }] }));
    changeSetReady();
    const old = event(STACK, 'UPDATE_COMPLETE', { at: 1 });
    const started = event(STACK, 'UPDATE_IN_PROGRESS', { at: 10 });
    const fnDone = event('Fn', 'UPDATE_COMPLETE', { at: 11 });
    const done = event(STACK, 'UPDATE_COMPLETE', { at: 12 });
    cfn
      .on(DescribeStackEventsCommand)
      .resolvesOnce({ StackEvents: [old] })
      .resolvesOnce({ StackEvents: [started, old] })
      .resolves({ StackEvents: [done, fnDone, started, old] });
    // WHEN
    const result = await deploy({ parameters: [{ key: 'Greeting', usePreviousValue: true }] });
    // THEN
    expect(result.outcome).toBe('updated');
    expect(result.outputs).toEqual({ Url: 'https://x' });
    expect(cfn).toHaveReceivedCommandWith(CreateChangeSetCommand, {
      ChangeSetType: 'UPDATE',
      Parameters: [{ ParameterKey: 'Greeting', UsePreviousValue: true }],
    });
    const info = logger.text('info');
    expect(info).toMatch(/Action\s+Logical ID\s+Type\s+Replacement/);
    expect(info).toMatch(/Modify\s+Fn\s+AWS::Lambda::Function\s+False/);
    const streamed = logger.lines.map((l) => l.message).filter((m) => /^\d\d:\d\d:\d\d /.test(m));
    expect(streamed).toEqual([
      expect.stringContaining(`UPDATE_IN_PROGRESS  AWS::CloudFormation::Stack  ${STACK}`),
      expect.stringContaining('UPDATE_COMPLETE  AWS::Lambda::Function  Fn'),
      expect.stringContaining(`UPDATE_COMPLETE  AWS::CloudFormation::Stack  ${STACK}`),
    ]);
  });

  it('sends role, notifications and omits empty lists so CloudFormation keeps tags and notifications', async () => {
    cfn.on(DescribeStacksCommand).resolves(stack('UPDATE_COMPLETE'));
    changeSetReady();
    await deploy({
      roleArn: 'arn:aws:iam::1:role/cfn',
      notificationArns: ['arn:aws:sns:eu-west-1:1:t'],
      parameters: [],
    });
    const input = cfn.commandCalls(CreateChangeSetCommand)[0]?.args[0].input;
    expect(input?.RoleARN).toBe('arn:aws:iam::1:role/cfn');
    expect(input?.NotificationARNs).toEqual(['arn:aws:sns:eu-west-1:1:t']);
    expect(input).not.toHaveProperty('Tags');
    expect(input).not.toHaveProperty('Parameters');
    expect(input).not.toHaveProperty('RollbackConfiguration');
  });

  it('passes at most 5 distinct rollback triggers and warns about the rest', async () => {
    cfn.on(DescribeStacksCommand).resolves(stack('UPDATE_COMPLETE'));
    changeSetReady();
    const alarms = Array.from({ length: 7 }, (_, i) => `arn:aws:cloudwatch:eu-west-1:1:alarm:a${i}`);
    await deploy({ rollbackTriggerAlarmArns: [alarms[0] ?? '', ...alarms] });
    const input = cfn.commandCalls(CreateChangeSetCommand)[0]?.args[0].input;
    expect(input?.RollbackConfiguration?.RollbackTriggers).toEqual(
      alarms.slice(0, 5).map((Arn) => ({ Arn, Type: 'AWS::CloudWatch::Alarm' })),
    );
    expect(logger.text('warning')).toContain(`${alarms[5]}, ${alarms[6]}`);
    expect(logger.text('warning')).toContain('at most 5');
  });

  it('reads every page of a long change set', async () => {
    cfn.on(DescribeStacksCommand).resolves(stack('UPDATE_COMPLETE'));
    changeSetReady({ NextToken: 'page-2' });
    cfn.on(DescribeChangeSetCommand, { NextToken: 'page-2' }).resolves({
      Changes: [
        { ResourceChange: { Action: 'Remove', LogicalResourceId: 'Old', ResourceType: 'AWS::SNS::Topic' } },
      ],
    });
    const result = await deploy();
    expect(result.changes.map((c) => `${c.action} ${c.logicalId}`)).toEqual(['Modify Fn', 'Remove Old']);
  });
});

describe('deployStack: nothing to change', () => {
  it.each([EMPTY_REASON, 'No updates are to be performed.'])(
    'an empty change set (%s) is a no-op that succeeds, says so and is deleted',
    async (reason) => {
      cfn
        .on(DescribeStacksCommand)
        .resolves(stack('UPDATE_COMPLETE', { Outputs: [{ OutputKey: 'A', OutputValue: 'b' }] }));
      cfn.on(CreateChangeSetCommand).resolves({ Id: CHANGE_SET_ID, StackId: STACK_ID });
      cfn.on(DescribeChangeSetCommand).resolves({ Status: 'FAILED', StatusReason: reason });
      const result = await deploy();
      expect(result).toMatchObject({
        outcome: 'unchanged',
        stackId: STACK_ID,
        outputs: { A: 'b' },
        changes: [],
      });
      expect(cfn).toHaveReceivedCommandWith(DeleteChangeSetCommand, { ChangeSetName: CHANGE_SET_ID });
      expect(cfn).not.toHaveReceivedCommand(ExecuteChangeSetCommand);
      expect(logger.text('info')).toContain('No changes');
    },
  );
});

describe('deployStack: an identical update refused outright', () => {
  it('a ValidationError "No updates are to be performed" from CreateChangeSet is the same no-op', async () => {
    cfn.on(DescribeStacksCommand).resolves(stack('UPDATE_COMPLETE'));
    cfn.on(CreateChangeSetCommand).rejects(awsError('ValidationError', 'No updates are to be performed.'));
    const result = await deploy();
    expect(result.outcome).toBe('unchanged');
    expect(cfn).not.toHaveReceivedCommand(ExecuteChangeSetCommand);
    expect(logger.text('info')).toContain('No changes');
  });

  it('another ValidationError from CreateChangeSet is still a failure', async () => {
    cfn.on(DescribeStacksCommand).resolves(stack('UPDATE_COMPLETE'));
    cfn.on(CreateChangeSetCommand).rejects(awsError('ValidationError', 'Template format error'));
    await expect(deploy()).rejects.toThrow('Template format error');
  });
});

describe('deployStack: failures', () => {
  it('a change set that fails for another reason is deleted and its reason reported', async () => {
    cfn.on(DescribeStacksCommand).resolves(stack('UPDATE_COMPLETE'));
    cfn.on(CreateChangeSetCommand).resolves({ Id: CHANGE_SET_ID, StackId: STACK_ID });
    cfn.on(DescribeChangeSetCommand).resolves({
      Status: 'FAILED',
      StatusReason: 'Template error: instance of Fn::GetAtt references undefined resource Nope',
    });
    const error = await deploy().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StackCanaryError);
    expect((error as StackCanaryError).code).toBe('CHANGE_SET_FAILED');
    expect((error as Error).message).toContain('references undefined resource Nope');
    expect(cfn).toHaveReceivedCommandWith(DeleteChangeSetCommand, { ChangeSetName: CHANGE_SET_ID });
    expect(cfn).not.toHaveReceivedCommand(ExecuteChangeSetCommand);
    expect(cfn).not.toHaveReceivedCommand(DeleteStackCommand);
  });

  it('a failed CREATE change set also deletes the empty stack it made', async () => {
    cfn.on(DescribeStacksCommand).rejectsOnce(stackMissing()).resolves(stack('REVIEW_IN_PROGRESS'));
    cfn.on(CreateChangeSetCommand).resolves({ Id: CHANGE_SET_ID, StackId: STACK_ID });
    cfn
      .on(DescribeChangeSetCommand)
      .resolves({ Status: 'FAILED', StatusReason: 'Parameter Memory must be a number' });
    await expect(deploy()).rejects.toThrow('Parameter Memory must be a number');
    expect(cfn).toHaveReceivedCommandWith(DeleteStackCommand, { StackName: STACK_ID });
  });

  it('a change set CloudFormation refuses outright is reported with its message', async () => {
    cfn.on(DescribeStacksCommand).resolves(stack('UPDATE_COMPLETE'));
    cfn
      .on(CreateChangeSetCommand)
      .rejects(
        awsError('InsufficientCapabilitiesException', 'Requires capabilities : [CAPABILITY_NAMED_IAM]'),
      );
    const error = (await deploy().catch((e: unknown) => e)) as StackCanaryError;
    expect(error.code).toBe('CHANGE_SET_FAILED');
    expect(error.message).toContain('CAPABILITY_NAMED_IAM');
  });

  it('a change set that is not executable is a failure, not a success', async () => {
    cfn.on(DescribeStacksCommand).resolves(stack('UPDATE_COMPLETE'));
    changeSetReady({ ExecutionStatus: 'OBSOLETE' });
    await expect(deploy()).rejects.toThrow(/CREATE_COMPLETE \/ OBSOLETE/);
    expect(cfn).not.toHaveReceivedCommand(ExecuteChangeSetCommand);
  });

  it('a change set CloudFormation will not execute is reported, naming it', async () => {
    cfn.on(DescribeStacksCommand).resolves(stack('UPDATE_COMPLETE'));
    changeSetReady();
    cfn
      .on(ExecuteChangeSetCommand)
      .rejects(awsError('InvalidChangeSetStatusException', 'ChangeSet is in an invalid state'));
    const error = (await deploy().catch((e: unknown) => e)) as StackCanaryError;
    expect(error.code).toBe('CHANGE_SET_FAILED');
    expect(error.message).toMatch(
      /Could not execute change set stack-canary-\S+ on stack orders-api: ChangeSet is in an invalid state/,
    );
  });

  it('a failed update ends with the first failed resource and its reason', async () => {
    // GIVEN the update fails on Fn, then the rollback cancels another resource
    cfn
      .on(DescribeStacksCommand)
      .resolvesOnce(stack('UPDATE_COMPLETE'))
      .resolves(stack('UPDATE_ROLLBACK_COMPLETE', { StackStatusReason: 'rolled back' }));
    changeSetReady();
    const fnFailed = event('Fn', 'UPDATE_FAILED', {
      at: 20,
      ResourceStatusReason: 'Memory 20000 is out of range',
    });
    const otherFailed = event('Api', 'UPDATE_FAILED', {
      at: 21,
      ResourceStatusReason: 'Resource update cancelled',
    });
    const stackRollback = event(STACK, 'UPDATE_ROLLBACK_IN_PROGRESS', {
      at: 22,
      ResourceStatusReason: 'The following resource(s) failed to update: [Fn]',
    });
    cfn
      .on(DescribeStackEventsCommand)
      .resolvesOnce({ StackEvents: [] })
      .resolves({ StackEvents: [stackRollback, otherFailed, fnFailed] });
    // WHEN
    const error = (await deploy().catch((e: unknown) => e)) as StackCanaryError;
    // THEN
    expect(error.code).toBe('STACK_FAILED');
    expect(error.message).toBe(
      `Stack ${STACK} ended in UPDATE_ROLLBACK_COMPLETE. Root cause: Fn (AWS::Lambda::Function) UPDATE_FAILED: Memory 20000 is out of range`,
    );
    expect(logger.text('error')).toContain('Memory 20000 is out of range');
    expect(logger.text('error')).toContain('Resource update cancelled');
    expect(logger.text('warning')).toContain('failed to update: [Fn]');
  });

  it('a failure without resource events falls back to the stack status reason', async () => {
    cfn
      .on(DescribeStacksCommand)
      .resolvesOnce(stack('UPDATE_COMPLETE'))
      .resolves(
        stack('UPDATE_ROLLBACK_COMPLETE', { StackStatusReason: 'Rollback triggered by alarm errors' }),
      );
    changeSetReady();
    await expect(deploy()).rejects.toThrow(
      `Stack ${STACK} ended in UPDATE_ROLLBACK_COMPLETE. Reason: Rollback triggered by alarm errors`,
    );
  });

  it('gives up after the bounded wait with a clear timeout error', async () => {
    cfn
      .on(DescribeStacksCommand)
      .resolvesOnce(stack('UPDATE_COMPLETE'))
      .resolves(stack('UPDATE_IN_PROGRESS'));
    changeSetReady();
    const error = (await deploy({ timeoutMs: 5 * 60_000 }).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toContain('Timed out after 5m waiting for stack orders-api to finish its update');
    expect(error.message).toContain('last status UPDATE_IN_PROGRESS');
    const waited = clock.sleeps.reduce((a, b) => a + b, 0);
    expect(waited).toBe(5 * 60_000);
    expect(Math.max(...clock.sleeps)).toBe(30_000);
  });

  it('gives up on a change set that never gets worked out', async () => {
    cfn.on(DescribeStacksCommand).resolves(stack('UPDATE_COMPLETE'));
    cfn.on(CreateChangeSetCommand).resolves({ Id: CHANGE_SET_ID, StackId: STACK_ID });
    cfn.on(DescribeChangeSetCommand).resolves({ Status: 'CREATE_PENDING' });
    await expect(deploy({ timeoutMs: 60_000 })).rejects.toThrow(
      'Timed out after 1m waiting for the change set',
    );
  });

  it('a throttled call that outlasts the SDK retries is passed on, not taken for a missing stack', async () => {
    cfn.on(DescribeStacksCommand).rejects(awsError('ThrottlingException', 'Rate exceeded'));
    await expect(deploy()).rejects.toMatchObject({ name: 'ThrottlingException' });
    expect(cfn).not.toHaveReceivedCommand(CreateChangeSetCommand);
  });
});

describe('deployStack: stacks that must be settled first', () => {
  it('waits for an operation in progress before starting (bounded, backing off)', async () => {
    cfn
      .on(DescribeStacksCommand)
      .resolvesOnce(stack('UPDATE_IN_PROGRESS'))
      .resolvesOnce(stack('UPDATE_IN_PROGRESS'))
      .resolvesOnce(stack('UPDATE_COMPLETE_CLEANUP_IN_PROGRESS'))
      .resolves(stack('UPDATE_COMPLETE'));
    changeSetReady();
    const result = await deploy();
    expect(result.outcome).toBe('updated');
    expect(logger.text('info')).toContain(`Stack ${STACK} is UPDATE_IN_PROGRESS: waiting`);
    expect(clock.sleeps).toEqual([1_000, 1_500]);
    const createdAt = cfn.commandCalls(CreateChangeSetCommand).length;
    expect(createdAt).toBe(1);
  });

  it('deletes a ROLLBACK_COMPLETE stack and creates it again, saying so', async () => {
    cfn
      .on(DescribeStacksCommand)
      .resolvesOnce(stack('ROLLBACK_COMPLETE'))
      .resolvesOnce(stack('DELETE_IN_PROGRESS'))
      .resolvesOnce(stack('DELETE_COMPLETE'))
      .rejectsOnce(stackMissing())
      .resolves(stack('CREATE_COMPLETE'));
    changeSetReady();
    const result = await deploy();
    expect(result.outcome).toBe('created');
    expect(cfn).toHaveReceivedCommandWith(DeleteStackCommand, { StackName: STACK_ID });
    expect(cfn).toHaveReceivedCommandWith(CreateChangeSetCommand, { ChangeSetType: 'CREATE' });
    expect(logger.text('warning')).toContain('ROLLBACK_COMPLETE');
    expect(logger.text('warning')).toContain('create it again');
  });

  it('reports a ROLLBACK_COMPLETE stack that cannot be deleted', async () => {
    cfn.on(DescribeStacksCommand).resolves(stack('ROLLBACK_COMPLETE'));
    cfn
      .on(DeleteStackCommand)
      .rejects(awsError('ValidationError', 'Stack cannot be deleted while TerminationProtection is enabled'));
    await expectStackFailed(deploy(), 'TerminationProtection');
  });

  it('continues a failed update rollback first, then updates', async () => {
    cfn
      .on(DescribeStacksCommand)
      .resolvesOnce(stack('UPDATE_ROLLBACK_FAILED'))
      .resolvesOnce(stack('UPDATE_ROLLBACK_IN_PROGRESS'))
      .resolvesOnce(stack('UPDATE_ROLLBACK_COMPLETE'))
      .resolves(stack('UPDATE_COMPLETE'));
    changeSetReady();
    const result = await deploy({ roleArn: 'arn:aws:iam::1:role/cfn' });
    expect(result.outcome).toBe('updated');
    expect(cfn).toHaveReceivedCommandWith(ContinueUpdateRollbackCommand, {
      StackName: STACK_ID,
      RoleARN: 'arn:aws:iam::1:role/cfn',
    });
    expect(cfn).toHaveReceivedCommandWith(CreateChangeSetCommand, { ChangeSetType: 'UPDATE' });
    expect(logger.text('warning')).toContain('UPDATE_ROLLBACK_FAILED');
  });

  it('stops when the continued rollback fails again, naming the resource', async () => {
    cfn
      .on(DescribeStacksCommand)
      .resolvesOnce(stack('UPDATE_ROLLBACK_FAILED'))
      .resolves(stack('UPDATE_ROLLBACK_FAILED'));
    cfn
      .on(DescribeStackEventsCommand)
      .resolvesOnce({ StackEvents: [] })
      .resolves({ StackEvents: [event('Fn', 'UPDATE_FAILED', { ResourceStatusReason: 'role is gone' })] });
    await expectStackFailed(deploy(), 'Root cause: Fn (AWS::Lambda::Function) UPDATE_FAILED: role is gone');
    expect(cfn).not.toHaveReceivedCommand(CreateChangeSetCommand);
  });

  it.each(['ROLLBACK_FAILED', 'DELETE_FAILED'])('refuses a %s stack with what to do', async (status) => {
    cfn.on(DescribeStacksCommand).resolves(stack(status));
    await expect(deploy()).rejects.toThrow(`Stack ${STACK} is ${status}`);
    expect(cfn).not.toHaveReceivedCommand(CreateChangeSetCommand);
    expect(cfn).not.toHaveReceivedCommand(DeleteStackCommand);
  });
});

describe('deployStack: dry run', () => {
  it('shows the change set of an existing stack, deletes it and leaves the stack untouched', async () => {
    cfn
      .on(DescribeStacksCommand)
      .resolves(stack('UPDATE_COMPLETE', { Outputs: [{ OutputKey: 'A', OutputValue: 'b' }] }));
    changeSetReady();
    const result = await deploy({ dryRun: true });
    expect(result).toMatchObject({ outcome: 'dry-run', stackId: STACK_ID, outputs: { A: 'b' } });
    expect(result.changes).toEqual([
      { action: 'Modify', logicalId: 'Fn', resourceType: 'AWS::Lambda::Function', replacement: 'False' },
    ]);
    expect(logger.text('info')).toMatch(/Modify\s+Fn\s+AWS::Lambda::Function\s+False/);
    expect(cfn).toHaveReceivedCommandWith(DeleteChangeSetCommand, { ChangeSetName: CHANGE_SET_ID });
    expect(cfn).not.toHaveReceivedCommand(ExecuteChangeSetCommand);
    expect(cfn).not.toHaveReceivedCommand(DeleteStackCommand);
  });

  it('for a stack that did not exist, also deletes the REVIEW_IN_PROGRESS stack the change set made', async () => {
    cfn.on(DescribeStacksCommand).rejectsOnce(stackMissing()).resolves(stack('REVIEW_IN_PROGRESS'));
    changeSetReady();
    const result = await deploy({ dryRun: true });
    expect(result.outcome).toBe('dry-run');
    expect(result.stackId).toBe('');
    expect(cfn).toHaveReceivedCommandWith(DeleteStackCommand, { StackName: STACK_ID });
    expect(cfn).not.toHaveReceivedCommand(ExecuteChangeSetCommand);
  });

  it('keeps a REVIEW_IN_PROGRESS stack that was there before', async () => {
    cfn.on(DescribeStacksCommand).resolves(stack('REVIEW_IN_PROGRESS'));
    changeSetReady();
    await deploy({ dryRun: true });
    expect(cfn).not.toHaveReceivedCommand(DeleteStackCommand);
  });

  it('on a ROLLBACK_COMPLETE stack, says what a real run would do and changes nothing', async () => {
    cfn.on(DescribeStacksCommand).resolves(stack('ROLLBACK_COMPLETE'));
    const result = await deploy({ dryRun: true });
    expect(result.outcome).toBe('dry-run');
    expect(result.changes).toEqual([
      { action: 'Add', logicalId: 'Fn', resourceType: 'AWS::Lambda::Function', replacement: '' },
    ]);
    expect(logger.text('warning')).toContain('a real run would delete it');
    expect(cfn).not.toHaveReceivedCommand(DeleteStackCommand);
    expect(cfn).not.toHaveReceivedCommand(CreateChangeSetCommand);
  });

  it('an empty change set in a dry run reports no changes', async () => {
    cfn.on(DescribeStacksCommand).resolves(stack('UPDATE_COMPLETE'));
    cfn.on(CreateChangeSetCommand).resolves({ Id: CHANGE_SET_ID, StackId: STACK_ID });
    cfn.on(DescribeChangeSetCommand).resolves({ Status: 'FAILED', StatusReason: EMPTY_REASON });
    const result = await deploy({ dryRun: true });
    expect(result).toMatchObject({ outcome: 'dry-run', changes: [] });
    expect(cfn).toHaveReceivedCommand(DeleteChangeSetCommand);
  });
});

describe('deployStack: templates', () => {
  const big = JSON.stringify({
    Parameters: { Greeting: { Type: 'String' } },
    Resources: { Fn: { Type: 'AWS::Lambda::Function', Properties: { Description: 'x'.repeat(60_000) } } },
  });

  it('uploads a template over 51,200 bytes to s3-bucket and passes its URL', async () => {
    cfn.on(DescribeStacksCommand).resolves(stack('UPDATE_COMPLETE'));
    changeSetReady();
    await deploy({ template: { kind: 'inline', name: 'big', body: big }, s3Bucket: 'deploy-bucket' });
    const put = s3.commandCalls(PutObjectCommand)[0]?.args[0].input;
    expect(put?.Bucket).toBe('deploy-bucket');
    expect(put?.Body).toBe(big);
    const input = cfn.commandCalls(CreateChangeSetCommand)[0]?.args[0].input;
    expect(input?.TemplateURL).toBe(`https://deploy-bucket.s3.eu-west-1.amazonaws.com/${put?.Key}`);
    expect(put?.Key).toMatch(/^stack-canary\/orders-api\/[0-9a-f]{16}\.template$/);
    expect(input).not.toHaveProperty('TemplateBody');
  });

  it('without s3-bucket, a large template stops before any AWS call with an error naming s3-bucket', async () => {
    const error = await deploy({ template: { kind: 'inline', name: 'big', body: big } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).input).toBe('s3-bucket');
    expect(cfn.calls()).toHaveLength(0);
  });

  it('refuses a SAM template without CAPABILITY_AUTO_EXPAND before any AWS call', async () => {
    const sam =
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n';
    const error = await deploy({
      template: { kind: 'inline', name: 'sam', body: sam },
      parameters: [],
    }).catch((e: unknown) => e);
    expect((error as ConfigError).input).toBe('capabilities');
    expect((error as Error).message).toContain('CAPABILITY_AUTO_EXPAND');
    expect(cfn.calls()).toHaveLength(0);
  });

  it('refuses a parameter the template does not declare, listing the declared ones', async () => {
    const error = await deploy({ parameters: [{ key: 'Greting', value: 'x' }] }).catch((e: unknown) => e);
    expect((error as ConfigError).input).toBe('parameter-overrides');
    expect((error as Error).message).toContain('Greting');
    expect((error as Error).message).toContain('declared: Greeting, Memory');
    expect(cfn.calls()).toHaveLength(0);
  });

  it('uses the body the caller already read instead of reading the source again', async () => {
    cfn.on(DescribeStacksCommand).resolves(stack('UPDATE_COMPLETE'));
    changeSetReady();
    await deploy({ template: { kind: 'file', path: '/does/not/exist.yaml' }, templateBody: TEMPLATE });
    expect(cfn).toHaveReceivedCommandWith(CreateChangeSetCommand, { TemplateBody: TEMPLATE });
  });
});

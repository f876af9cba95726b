import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  CloudFormationClient,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  GetTemplateCommand,
  UpdateTerminationProtectionCommand,
} from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { MemoryLogger } from '../../helpers/memory-logger.js';
import {
  deserializeSnapshot,
  restoreStack,
  serializeSnapshot,
  snapshotStack,
} from '../../../src/stack/snapshot.js';
import type { StackSnapshot } from '../../../src/stack/types.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import {
  STACK,
  STACK_ID,
  TEMPLATE,
  answerChangeSet,
  clients,
  event,
  expectStackFailed,
  stack,
  stackMissing,
} from '../../helpers/stack-fixtures.js';

const cfn = mockClient(CloudFormationClient);
let logger: MemoryLogger;
let clock: FakeClock;
const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);

beforeEach(() => {
  cfn.reset();
  logger = new MemoryLogger();
  clock = new FakeClock(NOW);
  cfn.on(DescribeStackEventsCommand).resolves({ StackEvents: [] });
});

const deployed = (extra = {}) =>
  stack('UPDATE_COMPLETE', {
    Parameters: [
      { ParameterKey: 'Greeting', ParameterValue: 'hi' },
      { ParameterKey: 'Memory', ParameterValue: '256' },
    ],
    Capabilities: ['CAPABILITY_IAM'],
    Tags: [{ Key: 'team', Value: 'orders' }],
    ...extra,
  });

/** The snapshot of the deployed stack, as restoreStack and the saved state see it. */
const snapshot: StackSnapshot = {
  stackName: STACK,
  exists: true,
  stackId: STACK_ID,
  templateBody: TEMPLATE,
  parameters: [
    { key: 'Greeting', value: 'hi' },
    { key: 'Memory', value: '****', noEcho: true },
  ],
  capabilities: ['CAPABILITY_IAM'],
  tags: [{ key: 'team', value: 'orders' }],
  takenAt: '2026-01-01T11:00:00.000Z',
};

describe('snapshotStack', () => {
  it('records the original template, parameters, capabilities and tags of a deployed stack', async () => {
    cfn.on(DescribeStacksCommand).resolves(deployed());
    cfn.on(GetTemplateCommand).resolves({ TemplateBody: TEMPLATE });
    const taken = await snapshotStack(clients().cloudFormation, STACK, { clock });
    expect(taken).toEqual({
      ...snapshot,
      parameters: [
        { key: 'Greeting', value: 'hi' },
        { key: 'Memory', value: '256' },
      ],
      takenAt: '2026-01-01T12:00:00.000Z',
    });
    expect(cfn).toHaveReceivedCommandWith(GetTemplateCommand, {
      StackName: STACK_ID,
      TemplateStage: 'Original',
    });
  });

  it('a stack that does not exist is a normal answer: exists=false', async () => {
    cfn.on(DescribeStacksCommand).rejects(stackMissing());
    const snapshot = await snapshotStack(clients().cloudFormation, STACK, { clock });
    expect(snapshot).toMatchObject({
      exists: false,
      stackId: undefined,
      templateBody: undefined,
      parameters: [],
    });
    expect(cfn).not.toHaveReceivedCommand(GetTemplateCommand);
  });

  it.each(['REVIEW_IN_PROGRESS', 'ROLLBACK_COMPLETE'])(
    'a %s stack has no template to return to: exists=false',
    async (status) => {
      cfn.on(DescribeStacksCommand).resolves(stack(status));
      const snapshot = await snapshotStack(clients().cloudFormation, STACK, { clock });
      expect(snapshot).toMatchObject({ exists: false, stackId: STACK_ID });
    },
  );

  it('marks NoEcho parameters, whose values DescribeStacks hides', async () => {
    cfn.on(DescribeStacksCommand).resolves(
      deployed({
        Parameters: [
          { ParameterKey: 'Token', ParameterValue: '****' },
          { ParameterKey: 'Plain', ParameterValue: 'x' },
        ],
      }),
    );
    cfn.on(GetTemplateCommand).resolves({
      TemplateBody:
        'Parameters:\n  Token: { Type: String, NoEcho: true }\n  Plain: { Type: String }\nResources: {}\n',
    });
    const snapshot = await snapshotStack(clients().cloudFormation, STACK, { clock });
    expect(snapshot.parameters).toEqual([
      { key: 'Token', value: '****', noEcho: true },
      { key: 'Plain', value: 'x' },
    ]);
  });

  it('waits for a busy stack to settle before taking the snapshot', async () => {
    cfn
      .on(DescribeStacksCommand)
      .resolvesOnce(stack('UPDATE_IN_PROGRESS'))
      .resolvesOnce(stack('UPDATE_IN_PROGRESS'))
      .resolves(deployed());
    cfn.on(GetTemplateCommand).resolves({ TemplateBody: TEMPLATE });
    const snapshot = await snapshotStack(clients().cloudFormation, STACK, { clock, logger });
    expect(snapshot.exists).toBe(true);
    expect(clock.sleeps).toEqual([1_000]);
    expect(logger.text('info')).toContain('UPDATE_IN_PROGRESS');
  });
});

describe('restoreStack', () => {
  it('updates the stack back to the snapshot template and parameters and waits for it', async () => {
    cfn
      .on(DescribeStacksCommand)
      .resolvesOnce(stack('UPDATE_COMPLETE'))
      .resolvesOnce(stack('UPDATE_IN_PROGRESS'))
      .resolves(stack('UPDATE_COMPLETE'));
    answerChangeSet(cfn, { Status: 'CREATE_COMPLETE', ExecutionStatus: 'AVAILABLE', Changes: [] });
    const result = await restoreStack(clients(), snapshot, { logger, clock });
    expect(result).toEqual({ outcome: 'restored', stackId: STACK_ID });
    expect(cfn).toHaveReceivedCommandWith(CreateChangeSetCommand, {
      ChangeSetType: 'UPDATE',
      TemplateBody: TEMPLATE,
      Parameters: [
        { ParameterKey: 'Greeting', ParameterValue: 'hi' },
        { ParameterKey: 'Memory', UsePreviousValue: true },
      ],
      Capabilities: ['CAPABILITY_IAM'],
      Tags: [{ Key: 'team', Value: 'orders' }],
    });
    const input = cfn.commandCalls(CreateChangeSetCommand)[0]?.args[0].input;
    expect(input).not.toHaveProperty('RollbackConfiguration');
    expect(cfn).toHaveReceivedCommand(ExecuteChangeSetCommand);
    expect(logger.text('warning')).toContain('NoEcho parameter(s) Memory');
    expect(clock.sleeps).toEqual([1_000]);
  });

  it('a stack already back at the snapshot (CloudFormation rolled back itself) is a success', async () => {
    cfn.on(DescribeStacksCommand).resolves(stack('UPDATE_ROLLBACK_COMPLETE'));
    answerChangeSet(cfn, {
      Status: 'FAILED',
      StatusReason: "The submitted information didn't contain changes.",
    });
    const result = await restoreStack(clients(), snapshot, { logger, clock });
    expect(result.outcome).toBe('unchanged');
    expect(cfn).not.toHaveReceivedCommand(ExecuteChangeSetCommand);
    expect(cfn).toHaveReceivedCommand(DeleteChangeSetCommand);
  });

  it('acknowledges the run’s capabilities too, and CAPABILITY_AUTO_EXPAND for a SAM snapshot template', async () => {
    const sam =
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  F: { Type: AWS::Serverless::Function }\n';
    cfn.on(DescribeStacksCommand).resolves(stack('UPDATE_COMPLETE'));
    answerChangeSet(cfn, { Status: 'CREATE_COMPLETE', ExecutionStatus: 'AVAILABLE' });
    await restoreStack(
      clients(),
      { ...snapshot, templateBody: sam, parameters: [] },
      { logger, clock },
      { capabilities: ['CAPABILITY_NAMED_IAM', 'CAPABILITY_IAM'] },
    );
    expect(cfn).toHaveReceivedCommandWith(CreateChangeSetCommand, {
      Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND'],
    });
  });

  describe('when the stack did not exist before the run', () => {
    const first: StackSnapshot = {
      ...snapshot,
      exists: false,
      stackId: undefined,
      templateBody: undefined,
      parameters: [],
      tags: [],
    };

    it('deletes the stack this run created, lifting its termination protection, and waits', async () => {
      cfn
        .on(DescribeStacksCommand)
        .resolvesOnce(stack('CREATE_COMPLETE', { EnableTerminationProtection: true }))
        .resolvesOnce(stack('DELETE_IN_PROGRESS'))
        .resolves(stack('DELETE_COMPLETE'));
      const result = await restoreStack(clients(), first, { logger, clock });
      expect(result).toEqual({ outcome: 'deleted', stackId: STACK_ID });
      expect(cfn).toHaveReceivedCommandWith(UpdateTerminationProtectionCommand, {
        StackName: STACK_ID,
        EnableTerminationProtection: false,
      });
      expect(cfn).toHaveReceivedCommandWith(DeleteStackCommand, { StackName: STACK_ID });
      expect(cfn).not.toHaveReceivedCommand(CreateChangeSetCommand);
      expect(logger.text('warning')).toContain('did not exist before this run: deleting it');
    });

    it('has nothing to do when the stack is not there', async () => {
      cfn.on(DescribeStacksCommand).rejects(stackMissing());
      expect(await restoreStack(clients(), first, { logger, clock })).toEqual({
        outcome: 'absent',
        stackId: undefined,
      });
      expect(cfn).not.toHaveReceivedCommand(DeleteStackCommand);
    });

    it('reports a deletion that fails, with its root cause', async () => {
      cfn.on(DescribeStacksCommand).resolvesOnce(stack('CREATE_COMPLETE')).resolves(stack('DELETE_FAILED'));
      cfn
        .on(DescribeStackEventsCommand)
        .resolvesOnce({ StackEvents: [] })
        .resolves({
          StackEvents: [event('Bucket', 'DELETE_FAILED', { ResourceStatusReason: 'bucket not empty' })],
        });
      await expectStackFailed(
        restoreStack(clients(), first, { logger, clock }),
        'Root cause: Bucket',
        'bucket not empty',
      );
    });

    it('waits for a stack still busy before deleting it', async () => {
      cfn
        .on(DescribeStacksCommand)
        .resolvesOnce(stack('CREATE_IN_PROGRESS'))
        .resolvesOnce(stack('CREATE_COMPLETE'))
        .resolves(stack('DELETE_COMPLETE'));
      expect((await restoreStack(clients(), first, { logger, clock })).outcome).toBe('deleted');
      expect(cfn).toHaveReceivedCommandTimes(DeleteStackCommand, 1);
    });
  });
});

describe('serializeSnapshot / deserializeSnapshot', () => {
  it('round-trips a snapshot, and one of a stack that did not exist', () => {
    expect(deserializeSnapshot(serializeSnapshot(snapshot))).toEqual(snapshot);
    const absent: StackSnapshot = {
      stackName: STACK,
      exists: false,
      stackId: undefined,
      templateBody: undefined,
      parameters: [],
      capabilities: [],
      tags: [],
      takenAt: 'x',
    };
    expect(deserializeSnapshot(serializeSnapshot(absent))).toEqual(absent);
  });

  it.each([
    ['not JSON', '{'],
    ['another version', JSON.stringify({ version: 2 })],
    ['a missing template', serializeSnapshot(snapshot).replace(/"templateBody":"(?:[^"\\]|\\.)*",/, '')],
    [
      'a bad parameter',
      JSON.stringify({ ...JSON.parse(serializeSnapshot(snapshot)), parameters: [{ key: 1 }] }),
    ],
    ['bad capabilities', JSON.stringify({ ...JSON.parse(serializeSnapshot(snapshot)), capabilities: 'x' })],
    ['no exists flag', JSON.stringify({ ...JSON.parse(serializeSnapshot(snapshot)), exists: 'yes' })],
  ])('refuses %s with a clear error', (_what, text) => {
    expect(() => deserializeSnapshot(text)).toThrow(/saved stack snapshot cannot be read/);
  });
});

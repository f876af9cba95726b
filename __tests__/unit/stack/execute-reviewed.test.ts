/**
 * mode: execute-only: executeReviewedChangeSet executes the reviewed change set as it is, and
 * refuses one of another stack or one that cannot be executed. AWS is mocked at the client edge.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import * as cf from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import type { StackCanaryError } from '../../../src/errors.js';
import { executeReviewedChangeSet } from '../../../src/stack/deploy.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';
import { CHANGE_SET_ID, STACK, STACK_ID, clients, stack } from '../../helpers/stack-fixtures.js';

const cfn = mockClient(cf.CloudFormationClient);
const REVIEWED = {
  Status: 'CREATE_COMPLETE',
  ExecutionStatus: 'AVAILABLE',
  ChangeSetName: 'orders-api-CS',
} as const;
const CHANGE = {
  Type: 'Resource' as const,
  ResourceChange: {
    Action: 'Modify' as const,
    LogicalResourceId: 'Fn',
    ResourceType: 'AWS::Lambda::Function',
  },
};

const execute = (changeSetId: string) =>
  executeReviewedChangeSet(
    clients(),
    { stackName: STACK, changeSetId, disableRollback: false, timeoutMs: 3_600_000 },
    { logger: new MemoryLogger(), clock: new FakeClock(Date.UTC(2026, 0, 1)) },
  );

beforeEach(() => {
  cfn.reset();
  cfn.on(cf.DescribeStackEventsCommand).resolves({ StackEvents: [] });
});

describe('executeReviewedChangeSet', () => {
  it('GIVEN an AVAILABLE change set of the stack WHEN executed THEN it is executed as it is and the stack updated', async () => {
    cfn
      .on(cf.DescribeChangeSetCommand)
      .resolves({ ...REVIEWED, StackName: STACK, ChangeSetId: CHANGE_SET_ID, Changes: [CHANGE] })
      .on(cf.DescribeStacksCommand)
      .resolvesOnce(stack('UPDATE_COMPLETE'))
      .resolves(stack('UPDATE_COMPLETE'))
      .on(cf.ExecuteChangeSetCommand)
      .resolves({});
    const result = await execute('orders-api-CS');
    expect(cfn).toHaveReceivedCommandWith(cf.DescribeChangeSetCommand, {
      ChangeSetName: 'orders-api-CS',
      StackName: STACK,
    });
    expect(cfn).toHaveReceivedCommandWith(cf.ExecuteChangeSetCommand, { ChangeSetName: CHANGE_SET_ID });
    expect(cfn).not.toHaveReceivedCommand(cf.CreateChangeSetCommand);
    expect([result.outcome, result.stackId, result.changeSet?.id]).toEqual([
      'updated',
      STACK_ID,
      CHANGE_SET_ID,
    ]);
  });

  it('GIVEN a change set of another stack WHEN executed THEN it is refused before any execution', async () => {
    cfn
      .on(cf.DescribeChangeSetCommand)
      .resolves({ ...REVIEWED, StackName: 'billing', ChangeSetId: CHANGE_SET_ID });
    const error = (await execute(CHANGE_SET_ID).catch((e: unknown) => e)) as StackCanaryError;
    expect(error.code).toBe('CHANGE_SET_FAILED');
    expect(error.message).toBe(
      `Change set ${CHANGE_SET_ID} (execute-change-set-id) belongs to stack billing, not to stack ${STACK}.`,
    );
    expect(cfn).not.toHaveReceivedCommand(cf.ExecuteChangeSetCommand);
  });

  it('GIVEN a change set executed already WHEN executed again THEN it is refused, saying its status', async () => {
    cfn
      .on(cf.DescribeChangeSetCommand)
      .resolves({
        ...REVIEWED,
        ExecutionStatus: 'EXECUTE_COMPLETE',
        StackName: STACK,
        ChangeSetId: CHANGE_SET_ID,
      })
      .on(cf.DescribeStacksCommand)
      .resolves(stack('UPDATE_COMPLETE'));
    const error = (await execute(CHANGE_SET_ID).catch((e: unknown) => e)) as StackCanaryError;
    expect(error.message).toBe(
      `Change set orders-api-CS of stack ${STACK} cannot be executed: change set is CREATE_COMPLETE / EXECUTE_COMPLETE`,
    );
    expect(cfn).not.toHaveReceivedCommand(cf.ExecuteChangeSetCommand);
  });
});

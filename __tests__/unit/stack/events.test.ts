import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  CloudFormationClient,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
} from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { MemoryLogger } from '../../helpers/memory-logger.js';
import { StackEventStream, formatEvent, rootCauseSummary } from '../../../src/stack/events.js';
import { operationContext, waitForStack } from '../../../src/stack/wait-stack.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import { STACK, STACK_ID, clients, event, stack, stackMissing } from '../../helpers/stack-fixtures.js';

const cfn = mockClient(CloudFormationClient);
let logger: MemoryLogger;

/** The lines the stream wrote, whatever their level. */
const streamed = (): string[] => logger.lines.map((l) => l.message);

beforeEach(() => {
  cfn.reset();
  logger = new MemoryLogger();
});

describe('StackEventStream', () => {
  it('shows only events after priming, each once, oldest first, across pages', async () => {
    // GIVEN one old event, then three new ones spread over two pages (newest first, as the API lists them)
    const old = event(STACK, 'UPDATE_COMPLETE', { at: 1 });
    const a = event(STACK, 'UPDATE_IN_PROGRESS', { at: 10 });
    const b = event('Fn', 'UPDATE_IN_PROGRESS', { at: 11 });
    const c = event('Fn', 'UPDATE_COMPLETE', { at: 12 });
    const d = event(STACK, 'UPDATE_COMPLETE', { at: 13 });
    cfn
      .on(DescribeStackEventsCommand)
      .resolvesOnce({ StackEvents: [old] }) // prime
      .resolvesOnce({ StackEvents: [c, b], NextToken: 't2' }) // poll 1, page 1
      .resolvesOnce({ StackEvents: [b, a, old] }) // poll 1, page 2: b again (the list moved), then the seen one
      .resolvesOnce({ StackEvents: [d, c, b, a, old] }); // poll 2
    const events = new StackEventStream(clients().cloudFormation, STACK_ID, logger);
    // WHEN
    await events.prime();
    const first = await events.poll();
    const second = await events.poll();
    // THEN
    expect([first, second]).toEqual([3, 1]);
    expect(streamed()).toEqual([formatEvent(a), formatEvent(b), formatEvent(c), formatEvent(d)]);
    expect(cfn).toHaveReceivedCommandWith(DescribeStackEventsCommand, {
      StackName: STACK_ID,
      NextToken: 't2',
    });
  });

  it('stops paging at the first event it has seen', async () => {
    const old = event(STACK, 'CREATE_COMPLETE');
    const fresh = event(STACK, 'UPDATE_IN_PROGRESS');
    cfn
      .on(DescribeStackEventsCommand)
      .resolvesOnce({ StackEvents: [old], NextToken: 'older' })
      .resolvesOnce({ StackEvents: [fresh, old], NextToken: 'older' });
    const events = new StackEventStream(clients().cloudFormation, STACK_ID, logger);
    await events.prime();
    await events.poll();
    expect(cfn).toHaveReceivedCommandTimes(DescribeStackEventsCommand, 2);
  });

  it('highlights failures with their reason and keeps them for the root cause, the stack itself aside', async () => {
    const failed = event('Fn', 'CREATE_FAILED', { ResourceStatusReason: 'Role not found' });
    const rollback = event(STACK, 'ROLLBACK_IN_PROGRESS', { ResourceStatusReason: 'failed to create: [Fn]' });
    const stackFailed = event(STACK, 'ROLLBACK_FAILED', { ResourceStatusReason: 'could not delete' });
    cfn
      .on(DescribeStackEventsCommand)
      .resolvesOnce({ StackEvents: [] })
      .resolves({ StackEvents: [stackFailed, rollback, failed] });
    const events = new StackEventStream(clients().cloudFormation, STACK_ID, logger);
    await events.prime();
    await events.poll();
    expect(logger.text('error')).toContain('CREATE_FAILED  AWS::Lambda::Function  Fn  Role not found');
    expect(logger.text('warning')).toContain('ROLLBACK_IN_PROGRESS');
    expect(events.failures().map((e) => e.LogicalResourceId)).toEqual(['Fn']);
  });

  it('a stack that does not exist (yet) has no events', async () => {
    cfn.on(DescribeStackEventsCommand).rejects(stackMissing());
    const events = new StackEventStream(clients().cloudFormation, STACK, logger);
    await events.prime();
    expect(await events.poll()).toBe(0);
  });
});

describe('rootCauseSummary', () => {
  it('names the final status, the first failed resource and its reason', () => {
    const first = event('Bucket', 'CREATE_FAILED', {
      ResourceType: 'AWS::S3::Bucket',
      ResourceStatusReason: 'name taken',
    });
    const later = event('Fn', 'CREATE_FAILED', { ResourceStatusReason: 'Resource creation cancelled' });
    expect(rootCauseSummary('s', 'ROLLBACK_COMPLETE', 'x', [first, later])).toBe(
      'Stack s ended in ROLLBACK_COMPLETE. Root cause: Bucket (AWS::S3::Bucket) CREATE_FAILED: name taken',
    );
  });

  it('falls back to the status reason, or to the status alone', () => {
    expect(rootCauseSummary('s', 'UPDATE_ROLLBACK_COMPLETE', 'alarm fired', [])).toBe(
      'Stack s ended in UPDATE_ROLLBACK_COMPLETE. Reason: alarm fired',
    );
    expect(rootCauseSummary('s', 'DELETE_FAILED', undefined, [])).toBe('Stack s ended in DELETE_FAILED.');
  });
});

describe('waitForStack', () => {
  it('looks at once, backs off 1.5x from 1 s, and restarts at 2 s when events arrive', async () => {
    // GIVEN a stack busy for 12 looks; events arrive at the 9th look
    const busy = stack('UPDATE_IN_PROGRESS');
    let looks = 0;
    cfn.on(DescribeStacksCommand).callsFake(() => {
      looks += 1;
      return Promise.resolve(looks < 12 ? busy : stack('UPDATE_COMPLETE'));
    });
    let polls = 0;
    cfn.on(DescribeStackEventsCommand).callsFake(() => {
      polls += 1;
      return Promise.resolve({ StackEvents: polls === 9 ? [event('Fn', 'UPDATE_IN_PROGRESS')] : [] });
    });
    const clock = new FakeClock();
    const events = new StackEventStream(clients().cloudFormation, STACK_ID, logger);
    const ctx = operationContext(clients().cloudFormation, { logger, clock }, 60 * 60_000);
    // WHEN
    const final = await waitForStack(ctx, STACK_ID, 'the update', { events });
    // THEN
    expect(final).toMatchObject({ exists: true, status: 'UPDATE_COMPLETE' });
    expect(clock.sleeps).toEqual([1000, 1500, 2250, 3375, 5063, 7595, 11393, 17090, 2000, 3000, 4500]);
  });

  it('a stack that is gone (deleted, looked up by id) ends the wait', async () => {
    cfn.on(DescribeStacksCommand).rejects(stackMissing());
    const clock = new FakeClock();
    const ctx = operationContext(clients().cloudFormation, { logger, clock }, 60_000);
    expect(await waitForStack(ctx, STACK_ID, 'the delete')).toEqual({ exists: false });
  });
});

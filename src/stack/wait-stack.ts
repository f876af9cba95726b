/**
 * Waiting for a stack, through the one waiting helper: look at once, then after 1 s, backing off
 * to 30 s; whenever new events arrive the back-off restarts from 2 s so the log stays live.
 * One bound (the deadline) covers every wait of one deploy or restore. (The project's waitFor, not
 * the SDK's waiters: its clock is injectable and one deadline spans all the waits of an operation.)
 */
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { TimeoutError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Clock } from '../util/clock.js';
import type { Probe } from '../util/wait.js';
import { formatDuration, waitFor } from '../util/wait.js';
import type { StackEventStream } from './events.js';
import type { StackDescription } from './describe.js';
import { describeStack } from './describe.js';

export const POLL = {
  initialDelayMs: 1_000,
  factor: 1.5,
  maxDelayMs: 30_000,
  progressDelayMs: 2_000,
} as const;

/** What one stack operation shares: clients, log, time, and the bound on all its waiting. */
export interface OperationContext {
  readonly cfn: CloudFormationClient;
  readonly logger: Logger;
  readonly clock: Clock;
  /** clock.now() value past which waiting stops. */
  readonly deadline: number;
  /** The whole bound, for messages. */
  readonly timeoutMs: number;
}

export function operationContext(
  cfn: CloudFormationClient,
  deps: { readonly logger: Logger; readonly clock: Clock },
  timeoutMs: number,
): OperationContext {
  return { cfn, logger: deps.logger, clock: deps.clock, deadline: deps.clock.now() + timeoutMs, timeoutMs };
}

/**
 * Polls `probe` on the stack schedule until the operation's deadline. A timeout becomes one that
 * names the whole bound and `what`, then `detail()` (read when it fires).
 */
export async function waitWithinDeadline<T>(
  ctx: OperationContext,
  what: string,
  probe: Probe<T>,
  detail: () => string = () => '.',
): Promise<T> {
  try {
    return await waitFor<T>(probe, {
      ...POLL,
      clock: ctx.clock,
      description: what,
      timeoutMs: Math.max(0, ctx.deadline - ctx.clock.now()),
    });
  } catch (error) {
    if (error instanceof TimeoutError) {
      throw new TimeoutError(
        `Timed out after ${formatDuration(ctx.timeoutMs)} waiting for ${what}${detail()}`,
      );
    }
    throw error;
  }
}

/** Any settled state, REVIEW_IN_PROGRESS included. */
export const notInProgress = (status: string): boolean => !status.endsWith('_IN_PROGRESS');

/**
 * Waits until the stack (by id, so a deleted stack still answers) is settled, streaming its events.
 * Returns the final state; `exists: false` when the stack is gone (deleted).
 */
export async function waitForStack(
  ctx: OperationContext,
  stackId: string,
  what: string,
  options: { events?: StackEventStream; settled?: (status: string) => boolean } = {},
): Promise<StackDescription> {
  const settled = options.settled ?? notInProgress;
  let last = 'unknown';
  return waitWithinDeadline<StackDescription>(
    ctx,
    what,
    async () => {
      const state = await describeStack(ctx.cfn, stackId);
      const fresh = options.events ? await options.events.poll() : 0;
      if (!state.exists) return { done: true, value: state };
      if (state.status !== last) ctx.logger.debug(`${what}: ${state.status}`);
      last = state.status;
      if (settled(state.status)) return { done: true, value: state };
      return { done: false, progressed: fresh > 0 };
    },
    () =>
      ` (last status ${last}). CloudFormation carries on with the operation: follow it in the stack events.`,
  );
}

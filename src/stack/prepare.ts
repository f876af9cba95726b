/**
 * Bring the stack to a state a change set can start from: wait out an operation in progress,
 * finish a failed update rollback, delete a stack whose first create failed. Says what it does.
 */
import { ContinueUpdateRollbackCommand, DeleteStackCommand } from '@aws-sdk/client-cloudformation';
import { StackCanaryError, errorMessage } from '../errors.js';
import { StackEventStream, rootCauseSummary } from './events.js';
import type { ExistingStack } from './describe.js';
import { describeStack, isBusy } from './describe.js';
import type { OperationContext } from './wait-stack.js';
import { waitForStack } from './wait-stack.js';

export type Preparation =
  /** CREATE change set. `existed`: a stack record was there already (REVIEW_IN_PROGRESS). */
  | { readonly kind: 'create'; readonly existed: boolean; readonly stack: ExistingStack | undefined }
  | { readonly kind: 'update'; readonly stack: ExistingStack }
  /** Dry run only: the stack must be repaired first, which a dry run does not do. */
  | { readonly kind: 'blocked'; readonly stack: ExistingStack; readonly wouldDo: string };

export interface PrepareOptions {
  readonly dryRun: boolean;
  readonly roleArn: string | undefined;
  /** Called before a ROLLBACK_COMPLETE stack is deleted to be created again: may refuse (throw). */
  readonly beforeRecreate: () => void;
}

const UNUSABLE = new Set(['ROLLBACK_FAILED', 'DELETE_FAILED']);

export async function prepareStack(
  ctx: OperationContext,
  stackName: string,
  options: PrepareOptions,
): Promise<Preparation> {
  for (;;) {
    const state = await describeStack(ctx.cfn, stackName);
    if (!state.exists) return { kind: 'create', existed: false, stack: undefined };
    const { status } = state;
    if (isBusy(status)) {
      ctx.logger.info(
        `Stack ${stackName} is ${status}: waiting for that operation to finish before deploying.`,
      );
      await waitForStack(ctx, state.stackId, `stack ${stackName} to finish ${status}`, {
        settled: (s) => !isBusy(s),
      });
      continue;
    }
    if (status === 'REVIEW_IN_PROGRESS') return { kind: 'create', existed: true, stack: state };
    if (UNUSABLE.has(status)) {
      throw new StackCanaryError(
        'STACK_FAILED',
        `Stack ${stackName} is ${status}${state.statusReason ? ` (${state.statusReason})` : ''}: CloudFormation cannot update it. ` +
          'Delete it (retaining the resources that cannot be deleted) and run again.',
      );
    }
    if (status === 'ROLLBACK_COMPLETE') {
      if (options.dryRun)
        return {
          kind: 'blocked',
          stack: state,
          wouldDo: 'delete it (its first create failed) and create it again',
        };
      options.beforeRecreate();
      await recreateFromScratch(ctx, state, options.roleArn);
      continue;
    }
    if (status === 'UPDATE_ROLLBACK_FAILED') {
      if (options.dryRun)
        return { kind: 'blocked', stack: state, wouldDo: 'continue its failed update rollback first' };
      await continueRollback(ctx, state, options.roleArn);
      continue;
    }
    return { kind: 'update', stack: state };
  }
}

async function recreateFromScratch(
  ctx: OperationContext,
  stack: ExistingStack,
  roleArn: string | undefined,
): Promise<void> {
  ctx.logger.warning(
    `Stack ${stack.stackName} is ROLLBACK_COMPLETE: its first create failed and it cannot be updated. Deleting it to create it again.`,
  );
  const events = new StackEventStream(ctx.cfn, stack.stackId, ctx.logger);
  await events.prime();
  try {
    await ctx.cfn.send(
      new DeleteStackCommand({ StackName: stack.stackId, ...(roleArn ? { RoleARN: roleArn } : {}) }),
    );
  } catch (error) {
    throw new StackCanaryError(
      'STACK_FAILED',
      `Could not delete ROLLBACK_COMPLETE stack ${stack.stackName} to create it again: ${errorMessage(error)}`,
      { cause: error },
    );
  }
  const final = await waitForStack(ctx, stack.stackId, `stack ${stack.stackName} to be deleted`, { events });
  if (final.exists) {
    throw new StackCanaryError(
      'STACK_FAILED',
      rootCauseSummary(stack.stackName, final.status, final.statusReason, events.failures()) +
        ' It must be deleted before it can be created again.',
    );
  }
}

async function continueRollback(
  ctx: OperationContext,
  stack: ExistingStack,
  roleArn: string | undefined,
): Promise<void> {
  ctx.logger.warning(
    `Stack ${stack.stackName} is UPDATE_ROLLBACK_FAILED: continuing its rollback (ContinueUpdateRollback) before deploying.`,
  );
  const events = new StackEventStream(ctx.cfn, stack.stackId, ctx.logger);
  await events.prime();
  try {
    await ctx.cfn.send(
      new ContinueUpdateRollbackCommand({
        StackName: stack.stackId,
        ...(roleArn ? { RoleARN: roleArn } : {}),
      }),
    );
  } catch (error) {
    throw new StackCanaryError(
      'STACK_FAILED',
      `Could not continue the failed update rollback of stack ${stack.stackName}: ${errorMessage(error)}`,
      { cause: error },
    );
  }
  const final = await waitForStack(ctx, stack.stackId, `stack ${stack.stackName} to finish its rollback`, {
    events,
  });
  if (!final.exists || final.status !== 'UPDATE_ROLLBACK_COMPLETE') {
    const status = final.exists ? final.status : 'DELETE_COMPLETE';
    throw new StackCanaryError(
      'STACK_FAILED',
      rootCauseSummary(
        stack.stackName,
        status,
        final.exists ? final.statusReason : undefined,
        events.failures(),
      ) + ' Fix the resource that cannot roll back (or continue the rollback skipping it), then run again.',
    );
  }
}

/**
 * One change set's life: create it, wait until CloudFormation has worked it out, read its changes,
 * delete it when it is not to be executed.
 */
import type {
  Change,
  CloudFormationClient,
  CreateChangeSetCommandInput,
  DescribeChangeSetCommandOutput,
} from '@aws-sdk/client-cloudformation';
import {
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DescribeChangeSetCommand,
  paginateDescribeChangeSet,
} from '@aws-sdk/client-cloudformation';
import { StackCanaryError, awsErrorName, errorMessage } from '../errors.js';
import type { ChangeRow, ChangeSetDescription } from './types.js';
import type { OperationContext } from './wait-stack.js';
import { waitWithinDeadline } from './wait-stack.js';

export type ChangeSetOutcome = (
  | { readonly kind: 'ready'; readonly changes: readonly ChangeRow[] }
  | { readonly kind: 'empty'; readonly reason: string }
  | { readonly kind: 'failed'; readonly reason: string }
) & { readonly description: ChangeSetDescription };

/**
 * CloudFormation reports "nothing to change" only as a FAILED change set whose StatusReason says
 * so: this and "stack does not exist" are the two answers the API gives only as text. The match is
 * kept to the two phrasings AWS uses for it.
 */
export function isEmptyChangeSetReason(reason: string | undefined): boolean {
  return /didn't contain changes|No updates are to be performed/.test(reason ?? '');
}

/**
 * Creates the change set. CloudFormation may also refuse an identical update outright, with a
 * ValidationError saying "No updates are to be performed" (UpdateStack's wording for the same
 * answer); that is the same no-op, not a failure.
 */
export async function createChangeSet(
  cfn: CloudFormationClient,
  input: CreateChangeSetCommandInput,
): Promise<{ changeSetId: string; stackId: string } | { empty: string }> {
  try {
    const answer = await cfn.send(new CreateChangeSetCommand(input));
    return {
      changeSetId: answer.Id ?? input.ChangeSetName ?? '',
      stackId: answer.StackId ?? input.StackName ?? '',
    };
  } catch (error) {
    if (awsErrorName(error) === 'ValidationError' && isEmptyChangeSetReason(errorMessage(error))) {
      return { empty: errorMessage(error) };
    }
    const taken =
      awsErrorName(error) === 'AlreadyExistsException'
        ? ` (delete change set ${input.ChangeSetName ?? ''} first, or give another change-set-name)`
        : '';
    throw new StackCanaryError(
      'CHANGE_SET_FAILED',
      `CloudFormation refused the ${input.ChangeSetType} change set for stack ${input.StackName}: ${errorMessage(error)}${taken}`,
      { cause: error },
    );
  }
}

/** Waits for the change set to be worked out; reads all of its changes (paginated) when ready. */
export async function waitForChangeSet(
  ctx: OperationContext,
  changeSetId: string,
  /** Needed when changeSetId is a name rather than an ARN. */
  stackName?: string,
): Promise<ChangeSetOutcome> {
  const what = 'the change set to be ready';
  const named = stackName === undefined ? {} : { StackName: stackName };
  const last: DescribeChangeSetCommandOutput = await waitWithinDeadline(ctx, what, async () => {
    const answer = await ctx.cfn.send(
      new DescribeChangeSetCommand({ ChangeSetName: changeSetId, ...named, IncludePropertyValues: true }),
    );
    const status = answer.Status ?? '';
    return status === 'CREATE_PENDING' || status === 'CREATE_IN_PROGRESS'
      ? { done: false }
      : { done: true, value: answer };
  });
  const describe = (changes: readonly Change[] = []): ChangeSetDescription => ({
    stackName: last.StackName ?? '',
    id: last.ChangeSetId ?? changeSetId,
    name: last.ChangeSetName ?? '',
    status: last.Status,
    executionStatus: last.ExecutionStatus,
    creationTime: last.CreationTime?.toISOString(),
    changes,
  });
  if (last.Status === 'FAILED') {
    const reason = last.StatusReason ?? 'no reason given';
    const kind = isEmptyChangeSetReason(reason) ? 'empty' : 'failed';
    return { kind, reason, description: describe() };
  }
  if (last.Status !== 'CREATE_COMPLETE' || (last.ExecutionStatus && last.ExecutionStatus !== 'AVAILABLE')) {
    return {
      kind: 'failed',
      reason: `change set is ${last.Status ?? '?'} / ${last.ExecutionStatus ?? '?'}${last.StatusReason ? `: ${last.StatusReason}` : ''}`,
      description: describe(),
    };
  }
  const changes = [...(last.Changes ?? [])];
  if (last.NextToken) {
    const rest = { client: ctx.cfn, startingToken: last.NextToken };
    const query = { ChangeSetName: changeSetId, ...named, IncludePropertyValues: true };
    for await (const page of paginateDescribeChangeSet(rest, query)) {
      changes.push(...(page.Changes ?? []));
    }
  }
  return { kind: 'ready', changes: changes.map(toRow), description: describe(changes) };
}

function toRow(change: Change): ChangeRow {
  const r = change.ResourceChange;
  return {
    action: r?.Action ?? change.Type ?? '',
    logicalId: r?.LogicalResourceId ?? '',
    resourceType: r?.ResourceType ?? '',
    replacement: r?.Replacement ?? '',
  };
}

/** Best effort: a change set that cannot be deleted is left with a warning, never masks the real outcome. */
export async function deleteChangeSet(ctx: OperationContext, changeSetId: string): Promise<void> {
  try {
    await ctx.cfn.send(new DeleteChangeSetCommand({ ChangeSetName: changeSetId }));
  } catch (error) {
    if (awsErrorName(error) === 'ChangeSetNotFoundException') return;
    ctx.logger.warning(`Could not delete change set ${changeSetId}: ${errorMessage(error)}`);
  }
}

/**
 * DescribeStacks as a value (`StackDescription`): "does not exist" is a normal answer, not an
 * exception; and what a stack status means (busy, success, needs a CREATE change set).
 */
import type { CloudFormationClient, Stack } from '@aws-sdk/client-cloudformation';
import { DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { awsErrorName } from '../errors.js';

export type StackDescription =
  | { readonly exists: false }
  | {
      readonly exists: true;
      readonly stackId: string;
      readonly stackName: string;
      readonly status: string;
      readonly statusReason: string | undefined;
      readonly outputs: Readonly<Record<string, string>>;
      readonly parameters: readonly { readonly key: string; readonly value: string }[];
      readonly capabilities: readonly string[];
      readonly tags: readonly { readonly key: string; readonly value: string }[];
      readonly terminationProtection: boolean;
    };

export type ExistingStack = Extract<StackDescription, { exists: true }>;

/**
 * DescribeStacks answers a missing stack with a `ValidationError` whose message says it
 * "does not exist": the name alone is shared with other validation failures, so this is one of the
 * two places where the API leaves us only its message to go by (the other: empty change sets).
 */
export function isStackMissingError(error: unknown): boolean {
  return awsErrorName(error) === 'ValidationError' && /does not exist/.test(String((error as Error).message));
}

/** The stack's state by name or id. A deleted stack looked up by id is `exists: false` too. */
export async function describeStack(
  cfn: CloudFormationClient,
  stackNameOrId: string,
): Promise<StackDescription> {
  let stack: Stack | undefined;
  try {
    const answer = await cfn.send(new DescribeStacksCommand({ StackName: stackNameOrId }));
    stack = answer.Stacks?.[0];
  } catch (error) {
    if (isStackMissingError(error)) return { exists: false };
    throw error;
  }
  if (!stack || stack.StackStatus === 'DELETE_COMPLETE') return { exists: false };
  return toState(stack);
}

function toState(stack: Stack): ExistingStack {
  const outputs: Record<string, string> = {};
  for (const o of stack.Outputs ?? []) {
    if (o.OutputKey) outputs[o.OutputKey] = o.OutputValue ?? '';
  }
  return {
    exists: true,
    stackId: stack.StackId ?? stack.StackName ?? '',
    stackName: stack.StackName ?? '',
    status: stack.StackStatus ?? 'UNKNOWN',
    statusReason: stack.StackStatusReason,
    outputs,
    parameters: (stack.Parameters ?? []).map((p) => ({
      key: p.ParameterKey ?? '',
      value: p.ParameterValue ?? '',
    })),
    capabilities: stack.Capabilities ?? [],
    tags: (stack.Tags ?? []).map((t) => ({ key: t.Key ?? '', value: t.Value ?? '' })),
    terminationProtection: stack.EnableTerminationProtection ?? false,
  };
}

/**
 * Busy: CloudFormation is working on the stack. REVIEW_IN_PROGRESS is not busy: it is the
 * resting state of a stack that only has a CREATE change set (nothing is running).
 */
export function isBusy(status: string): boolean {
  return status.endsWith('_IN_PROGRESS') && status !== 'REVIEW_IN_PROGRESS';
}

/** The states a stack operation may end in that mean it did what was asked. */
const SUCCESS = new Set(['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'IMPORT_COMPLETE', 'DELETE_COMPLETE']);
export function isSuccess(status: string): boolean {
  return SUCCESS.has(status);
}

/** The stack has no usable template to update: a change set must CREATE it. */
export function needsCreate(state: StackDescription): boolean {
  return !state.exists || state.status === 'REVIEW_IN_PROGRESS';
}

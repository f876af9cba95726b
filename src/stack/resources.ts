/**
 * The stack's resources after a deploy, and the watched functions' physical names.
 */
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { paginateListStackResources } from '@aws-sdk/client-cloudformation';
import { ConfigError } from '../errors.js';
import type { ResolvedFunction, StackResource } from './types.js';
import { FUNCTION_RESOURCE_TYPES } from './types.js';

/** Every resource of the stack (ListStackResources, paginated: DescribeStackResources stops at 100). */
export async function listStackResources(
  cfn: CloudFormationClient,
  stackName: string,
): Promise<StackResource[]> {
  const resources: StackResource[] = [];
  for await (const page of paginateListStackResources({ client: cfn }, { StackName: stackName })) {
    for (const r of page.StackResourceSummaries ?? []) {
      resources.push({
        logicalId: r.LogicalResourceId ?? '',
        physicalId: r.PhysicalResourceId ?? '',
        type: r.ResourceType ?? '',
      });
    }
  }
  return resources;
}

/** A SAM function is an AWS::Lambda::Function once deployed; both are accepted. */
const isFunction = (r: StackResource): boolean =>
  (FUNCTION_RESOURCE_TYPES as readonly string[]).includes(r.type) && r.physicalId !== '';

/** The function name in a Lambda ARN (`arn:aws:lambda:eu-west-1:123:function:orders[:alias]`). */
export function functionNameFromArn(value: string): string | undefined {
  const match = /^arn:aws[a-z-]*:lambda:[^:]*:[^:]*:function:([^:]+)(?::[^:]+)?$/.exec(value);
  return match?.[1];
}

/**
 * Maps each requested function (logical id, name or ARN) to its physical name. An empty request
 * means every Lambda function in the stack. Names that are not in the stack pass through as names
 * (a function deployed elsewhere); a logical id of a resource that is not a function is refused.
 */
export function resolveFunctionNames(
  resources: readonly StackResource[],
  requested: readonly string[],
): ResolvedFunction[] {
  const functions = resources.filter(isFunction);
  const chosen: ResolvedFunction[] =
    requested.length === 0
      ? functions.map((r) => ({ logicalId: r.logicalId, functionName: r.physicalId }))
      : requested.map((item) => resolveOne(item, functions, resources));
  const seen = new Set<string>();
  return chosen.filter((f) => !seen.has(f.functionName) && seen.add(f.functionName));
}

function resolveOne(
  item: string,
  functions: readonly StackResource[],
  resources: readonly StackResource[],
): ResolvedFunction {
  const byLogicalId = functions.find((r) => r.logicalId === item);
  if (byLogicalId) return { logicalId: byLogicalId.logicalId, functionName: byLogicalId.physicalId };
  const name = functionNameFromArn(item) ?? item;
  const byName = functions.find((r) => r.physicalId === name || functionNameFromArn(r.physicalId) === name);
  if (byName) return { logicalId: byName.logicalId, functionName: name };
  const other = resources.find((r) => r.logicalId === item);
  if (other) {
    throw new ConfigError(
      'functions',
      `Invalid input functions: "${item}" (a ${other.type} in the stack, not a Lambda function). ` +
        `Expected logical ids, names or ARNs of Lambda functions (in the stack: ${functions.map((f) => f.logicalId).join(', ') || 'none'}).`,
    );
  }
  return { functionName: name };
}

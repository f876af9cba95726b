/**
 * Alias reads and writes. Every update carries the RevisionId we last saw, so a change made by
 * someone else in between is detected (PreconditionFailedException) and reported, never overwritten.
 */
import type { AliasConfiguration, AliasRoutingConfiguration, LambdaClient } from '@aws-sdk/client-lambda';
import { sdk } from '../aws/sdk.js';
import { awsErrorName, StackCanaryError } from '../errors.js';
import { assertRoutingWeight, describeTarget, sameTarget } from './routing.js';
import { readLease, RELEASED_DESCRIPTION } from './lease.js';
import type { AliasState, AliasTarget } from './types.js';

/** The alias was changed by someone else: we leave it as they set it. */
export class AliasConflictError extends StackCanaryError {
  readonly functionName: string;
  readonly alias: string;
  /** What the alias looked like when the conflict was found (undefined: it no longer exists). */
  readonly found: AliasState | undefined;
  constructor(functionName: string, alias: string, found: AliasState | undefined, cause?: unknown) {
    super(
      'CONFLICT',
      `Alias ${alias} of ${functionName} was changed by someone else (now ${describeTarget(found?.target)}); ` +
        'stack-canary left it as they set it.',
      { cause },
    );
    this.functionName = functionName;
    this.alias = alias;
    this.found = found;
  }
}

function toState(functionName: string, alias: string, answer: AliasConfiguration): AliasState {
  if (!answer.FunctionVersion) {
    throw new StackCanaryError(
      'AWS_ERROR',
      `Lambda returned alias ${alias} of ${functionName} without a version.`,
    );
  }
  return {
    functionName,
    alias,
    target: {
      version: answer.FunctionVersion,
      weights: { ...(answer.RoutingConfig?.AdditionalVersionWeights ?? {}) },
    },
    revisionId: answer.RevisionId,
    aliasArn: answer.AliasArn,
    description: answer.Description,
  };
}

function routingConfig(target: AliasTarget): AliasRoutingConfiguration {
  for (const [version, weight] of Object.entries(target.weights)) assertRoutingWeight(version, weight);
  return { AdditionalVersionWeights: { ...target.weights } };
}

/** The alias as it is now; undefined when it does not exist (a normal answer, not an error). */
export async function getAlias(
  lambda: LambdaClient,
  functionName: string,
  alias: string,
): Promise<AliasState | undefined> {
  const { GetAliasCommand } = await sdk.lambda();
  try {
    const answer = await lambda.send(new GetAliasCommand({ FunctionName: functionName, Name: alias }));
    return toState(functionName, alias, answer);
  } catch (error) {
    if (awsErrorName(error) === 'ResourceNotFoundException') return undefined;
    throw error;
  }
}

export async function createAlias(
  lambda: LambdaClient,
  functionName: string,
  alias: string,
  target: AliasTarget,
  description = RELEASED_DESCRIPTION,
): Promise<AliasState> {
  const routing = routingConfig(target);
  const { CreateAliasCommand } = await sdk.lambda();
  try {
    const answer = await lambda.send(
      new CreateAliasCommand({
        FunctionName: functionName,
        Name: alias,
        FunctionVersion: target.version,
        ...(Object.keys(target.weights).length ? { RoutingConfig: routing } : {}),
        Description: description,
      }),
    );
    return toState(functionName, alias, answer);
  } catch (error) {
    if (awsErrorName(error) === 'ResourceConflictException') {
      // Someone created it since we looked: theirs now.
      throw new AliasConflictError(functionName, alias, await getAlias(lambda, functionName, alias), error);
    }
    throw error;
  }
}

/**
 * Moves the alias to `to` if it is still at `current.revisionId`, with `description` (a lease, or
 * the released text). When the revision no longer matches, the alias is read again: if it already
 * is at `to` (our own request, retried by the SDK after it had landed), that is success, unless it
 * carries a lease other than ours (another run that took the alias over put it there); otherwise
 * an AliasConflictError says what it is now.
 */
export async function updateAlias(
  lambda: LambdaClient,
  current: AliasState,
  to: AliasTarget,
  description = RELEASED_DESCRIPTION,
): Promise<AliasState> {
  const { functionName, alias } = current;
  const routing = routingConfig(to);
  const { UpdateAliasCommand } = await sdk.lambda();
  try {
    const answer = await lambda.send(
      new UpdateAliasCommand({
        FunctionName: functionName,
        Name: alias,
        FunctionVersion: to.version,
        RoutingConfig: routing,
        Description: description,
        ...(current.revisionId ? { RevisionId: current.revisionId } : {}),
      }),
    );
    return toState(functionName, alias, answer);
  } catch (error) {
    if (awsErrorName(error) !== 'PreconditionFailedException') throw error;
    const found = await getAlias(lambda, functionName, alias);
    const othersLease = readLease(found?.description) !== undefined && found?.description !== description;
    if (found && sameTarget(found.target, to) && !othersLease) return found;
    throw new AliasConflictError(functionName, alias, found, error);
  }
}

/**
 * Deletes the alias (a first deploy returned to "no alias"). DeleteAlias takes no RevisionId, so
 * the alias is read first and deleted only while it still is as we left it.
 */
export async function deleteAlias(lambda: LambdaClient, current: AliasState): Promise<void> {
  const { functionName, alias } = current;
  const found = await getAlias(lambda, functionName, alias);
  if (!found) return;
  if (
    !sameTarget(found.target, current.target) ||
    (current.revisionId && found.revisionId !== current.revisionId)
  ) {
    throw new AliasConflictError(functionName, alias, found);
  }
  const { DeleteAliasCommand } = await sdk.lambda();
  await lambda.send(new DeleteAliasCommand({ FunctionName: functionName, Name: alias }));
}

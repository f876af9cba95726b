/** Publishing the version a canary watches: guarded by the code's SHA-256 and the function's revision. */
import type { FunctionConfiguration, LambdaClient } from '@aws-sdk/client-lambda';
import { GetFunctionConfigurationCommand, PublishVersionCommand } from '@aws-sdk/client-lambda';
import { awsErrorName, StackCanaryError } from '../errors.js';
import type { Clock } from '../util/clock.js';
import { waitFor } from '../util/wait.js';
import type { PublishedVersion } from './types.js';
import { MINUTE_MS } from '../util/time.js';

export interface PublishOptions {
  readonly clock: Clock;
  /** Bound on waiting for an update in progress (a stack deploy just changed the code). */
  readonly timeoutMs?: number;
}

const DEFAULT_READY_TIMEOUT_MS = 5 * MINUTE_MS;

/** arn:aws:lambda:region:account:function:name[:qualifier] → without the qualifier. */
export function unqualifiedArn(arn: string): string {
  const parts = arn.split(':');
  return parts.length > 7 ? parts.slice(0, 7).join(':') : arn;
}

/** Waits until the function is Active and no update is in progress (PublishVersion would refuse). */
export async function waitUntilUpdatable(
  lambda: LambdaClient,
  functionName: string,
  options: PublishOptions,
): Promise<FunctionConfiguration> {
  return waitFor(
    async () => {
      const config = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: functionName }));
      if (config.State === 'Failed' || config.LastUpdateStatus === 'Failed') {
        const why = config.LastUpdateStatusReason ?? config.StateReason ?? 'no reason given';
        throw new StackCanaryError('AWS_ERROR', `Function ${functionName} is in a failed state: ${why}`);
      }
      if (config.State === 'Pending' || config.LastUpdateStatus === 'InProgress') return { done: false };
      return { done: true, value: config };
    },
    {
      clock: options.clock,
      description: `function ${functionName} to finish its update`,
      timeoutMs: options.timeoutMs ?? DEFAULT_READY_TIMEOUT_MS,
      initialDelayMs: 1_000,
      maxDelayMs: 5_000,
    },
  );
}

/**
 * Publishes the function's current code as a version. Lambda returns the latest version instead of
 * a new one when nothing changed since it was published: the caller compares it with the alias.
 */
export async function publishVersion(
  lambda: LambdaClient,
  functionName: string,
  options: PublishOptions,
): Promise<PublishedVersion> {
  const config = await waitUntilUpdatable(lambda, functionName, options);
  const codeSha256 = config.CodeSha256;
  if (!codeSha256 || !config.FunctionArn) {
    throw new StackCanaryError(
      'AWS_ERROR',
      `Lambda returned no code hash or ARN for function ${functionName}.`,
    );
  }
  let published: FunctionConfiguration;
  try {
    published = await lambda.send(
      new PublishVersionCommand({
        FunctionName: functionName,
        CodeSha256: codeSha256,
        ...(config.RevisionId ? { RevisionId: config.RevisionId } : {}),
      }),
    );
  } catch (error) {
    if (awsErrorName(error) === 'PreconditionFailedException') {
      throw new StackCanaryError(
        'CONFLICT',
        `Function ${functionName} changed while its version was being published (someone else is updating it); nothing was shifted.`,
        { cause: error },
      );
    }
    throw error;
  }
  if (!published.Version || published.Version === '$LATEST') {
    throw new StackCanaryError(
      'AWS_ERROR',
      `PublishVersion returned no version number for function ${functionName}.`,
    );
  }
  if (published.CodeSha256 && published.CodeSha256 !== codeSha256) {
    throw new StackCanaryError(
      'CONFLICT',
      `Function ${functionName}: version ${published.Version} has code ${published.CodeSha256}, not the deployed ${codeSha256}; someone else changed the code.`,
    );
  }
  return {
    functionName,
    functionArn: unqualifiedArn(config.FunctionArn),
    version: published.Version,
    codeSha256,
    memorySizeMb: published.MemorySize ?? config.MemorySize ?? 128,
    timeoutSeconds: published.Timeout ?? config.Timeout ?? 3,
  };
}

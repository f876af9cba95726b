/**
 * The guard's clients (the monitoring stack's function). Lambda and CloudWatch are built with the
 * guard, since every invocation reads one or the other; SNS, EventBridge and Auto Scaling are
 * built, and their SDK packages loaded, only when an invocation first calls them. Same timeouts and
 * user agent as the action's (clients.ts); the region is the function's own (AWS_REGION, set by
 * Lambda).
 */
import type { AutoScalingClient } from '@aws-sdk/client-auto-scaling';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { ClientSettings } from './clients.js';
import { clientOptions } from './clients.js';
import { sdk } from './sdk.js';

/**
 * Every client the guard builds, the detached canaries' too: a guard runs for a minute at most,
 * so fewer attempts than the action's six.
 */
export const GUARD_CLIENT_SETTINGS: ClientSettings = { region: undefined, maxAttempts: 3 };

export interface GuardClients {
  readonly lambda: LambdaClient;
  readonly cloudWatch: CloudWatchClient;
  /** Built on first use: only a notice needs it. */
  sns(): Promise<SNSClient>;
  /** Built on first use: only turning the plan rule off needs it. */
  events(): Promise<EventBridgeClient>;
  /** Built on first use: most guards scale nothing. */
  autoScaling(): Promise<AutoScalingClient>;
}

/** A client built by `build` on the first call, the same one after. */
function onFirstUse<T>(build: () => Promise<T>): () => Promise<T> {
  let built: Promise<T> | undefined;
  return () => {
    built ??= build();
    // A failed load is not kept: the next call tries again.
    built.catch(() => {
      built = undefined;
    });
    return built;
  };
}

export async function createGuardClients(): Promise<GuardClients> {
  const common = clientOptions(GUARD_CLIENT_SETTINGS);
  const [lambda, cw] = await Promise.all([sdk.lambda(), sdk.cloudWatch()]);
  return {
    lambda: new lambda.LambdaClient(common),
    cloudWatch: new cw.CloudWatchClient(common),
    sns: onFirstUse(async () => new (await sdk.sns()).SNSClient(common)),
    events: onFirstUse(async () => new (await sdk.eventBridge()).EventBridgeClient(common)),
    autoScaling: onFirstUse(async () => new (await sdk.autoScaling()).AutoScalingClient(common)),
  };
}

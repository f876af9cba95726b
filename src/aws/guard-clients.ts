/**
 * The guard's clients (the monitoring stack's function): Lambda, CloudWatch, SNS, EventBridge,
 * and Auto Scaling only when a group is configured. Same retries, timeouts and user agent as the
 * action's (clients.ts); the region is the function's own (AWS_REGION, set by Lambda).
 */
import type { AutoScalingClient } from '@aws-sdk/client-auto-scaling';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { SNSClient } from '@aws-sdk/client-sns';
import { clientOptions } from './clients.js';

export interface GuardClients {
  readonly lambda: LambdaClient;
  readonly cloudWatch: CloudWatchClient;
  readonly sns: SNSClient;
  readonly events: EventBridgeClient;
  /** Built on first use: most guards scale nothing. */
  autoScaling(): Promise<AutoScalingClient>;
}

export async function createGuardClients(): Promise<GuardClients> {
  // A guard runs for a minute at most: fewer attempts than the action's six.
  const common = clientOptions({ region: undefined, maxAttempts: 3 });
  const [lambda, cw, sns, events] = await Promise.all([
    import('@aws-sdk/client-lambda'),
    import('@aws-sdk/client-cloudwatch'),
    import('@aws-sdk/client-sns'),
    import('@aws-sdk/client-eventbridge'),
  ]);
  let autoScaling: AutoScalingClient | undefined;
  return {
    lambda: new lambda.LambdaClient(common),
    cloudWatch: new cw.CloudWatchClient(common),
    sns: new sns.SNSClient(common),
    events: new events.EventBridgeClient(common),
    async autoScaling() {
      if (autoScaling === undefined) {
        const { AutoScalingClient } = await import('@aws-sdk/client-auto-scaling');
        autoScaling = new AutoScalingClient(common);
      }
      return autoScaling;
    },
  };
}

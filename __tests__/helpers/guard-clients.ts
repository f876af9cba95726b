/** The guard's clients for unit tests: plain SDK clients, which aws-sdk-client-mock answers. */
import { AutoScalingClient } from '@aws-sdk/client-auto-scaling';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { SNSClient } from '@aws-sdk/client-sns';
import type { GuardClients } from '../../src/aws/guard-clients.js';

export function guardTestClients(): GuardClients {
  return {
    lambda: new LambdaClient({}),
    cloudWatch: new CloudWatchClient({}),
    sns: () => Promise.resolve(new SNSClient({})),
    events: () => Promise.resolve(new EventBridgeClient({})),
    autoScaling: () => Promise.resolve(new AutoScalingClient({})),
  };
}

/** An error as the SDK throws it: `name` is the service's error code. */
export const awsError = (name: string, message: string): Error => Object.assign(new Error(message), { name });

/**
 * The only place that builds AWS clients. The SDK is imported lazily, after the config is
 * validated, so rejecting a bad input neither loads the SDK nor touches the network.
 *
 * The endpoint follows the SDK's own convention (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_<SERVICE>):
 * that is how tests and the demo reach the local emulator.
 */
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SNSClient } from '@aws-sdk/client-sns';
import { ConfigError } from '../errors.js';
import { VERSION } from '../version.js';

export interface AwsClients {
  readonly region: string;
  readonly cloudFormation: CloudFormationClient;
  readonly lambda: LambdaClient;
  readonly cloudWatch: CloudWatchClient;
  readonly logs: CloudWatchLogsClient;
  readonly sns: SNSClient;
  readonly s3: S3Client;
}

export interface ClientSettings {
  /** From the `region` input; falls back to AWS_REGION, then AWS_DEFAULT_REGION. */
  region: string | undefined;
  maxAttempts?: number;
}

export const USER_AGENT = `stack-canary/${VERSION}`;

/** How many clients this process has built: lets a test prove bad input built none. */
let constructed = 0;
export function clientsConstructed(): number {
  return constructed;
}

export function resolveRegion(region: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const resolved = region || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'];
  if (!resolved) {
    throw new ConfigError(
      'region',
      'Input region is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set. Accepted: an AWS region such as eu-west-1.',
    );
  }
  return resolved;
}

export async function createAwsClients(settings: ClientSettings): Promise<AwsClients> {
  const region = resolveRegion(settings.region);
  const common = {
    region,
    retryMode: 'adaptive',
    maxAttempts: settings.maxAttempts ?? 6,
    customUserAgent: USER_AGENT,
  } as const;
  const [cfn, lambda, cw, logs, sns, s3] = await Promise.all([
    import('@aws-sdk/client-cloudformation'),
    import('@aws-sdk/client-lambda'),
    import('@aws-sdk/client-cloudwatch'),
    import('@aws-sdk/client-cloudwatch-logs'),
    import('@aws-sdk/client-sns'),
    import('@aws-sdk/client-s3'),
  ]);
  constructed += 6;
  return {
    region,
    cloudFormation: new cfn.CloudFormationClient(common),
    lambda: new lambda.LambdaClient(common),
    cloudWatch: new cw.CloudWatchClient(common),
    logs: new logs.CloudWatchLogsClient(common),
    sns: new sns.SNSClient(common),
    // Path-style keeps bucket names out of the host, which local emulators need.
    s3: new s3.S3Client({ ...common, forcePathStyle: Boolean(process.env['AWS_ENDPOINT_URL']) }),
  };
}

export function destroyAwsClients(clients: AwsClients): void {
  for (const client of [
    clients.cloudFormation,
    clients.lambda,
    clients.cloudWatch,
    clients.logs,
    clients.sns,
    clients.s3,
  ]) {
    client.destroy();
  }
}

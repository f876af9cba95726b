/**
 * The clients of detached canaries (wait: false): the plan table (DynamoDB), the plan rule
 * (EventBridge), the GitHub token's secret (Secrets Manager) and the caller's identity that a
 * control command records (STS). Each loads its SDK package only
 * when asked, with the same region rule, retries, timeouts and user agent as clients.ts.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { STSClient } from '@aws-sdk/client-sts';
import type { ClientSettings } from './clients.js';
import { clientOptions } from './clients.js';
import { sdk } from './sdk.js';

export async function createDynamoClient(settings: ClientSettings): Promise<DynamoDBClient> {
  const { DynamoDBClient } = await sdk.dynamoDb();
  return new DynamoDBClient(clientOptions(settings));
}

export async function createEventBridgeClient(settings: ClientSettings): Promise<EventBridgeClient> {
  const { EventBridgeClient } = await sdk.eventBridge();
  return new EventBridgeClient(clientOptions(settings));
}

export async function createSecretsManagerClient(settings: ClientSettings): Promise<SecretsManagerClient> {
  const { SecretsManagerClient } = await sdk.secretsManager();
  return new SecretsManagerClient(clientOptions(settings));
}

export async function createStsClient(settings: ClientSettings): Promise<STSClient> {
  const { STSClient } = await sdk.sts();
  return new STSClient(clientOptions(settings));
}

/**
 * The detached canaries' ticker as the guard's entry point injects it (GuardDeps.planTick): the
 * plan table named by PLAN_TABLE, ticked with the guard's own Lambda, CloudWatch and SNS clients,
 * plus a DynamoDB and a Secrets Manager client (the latter used only for github-token-secret).
 */
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { ClientSettings } from '../aws/clients.js';
import { createDynamoClient, createSecretsManagerClient } from '../aws/detached-clients.js';
import type { PlanTickResult } from './tick.js';
import { tickPlans } from './tick.js';

export interface PlanTickerSettings {
  readonly planTable: string | undefined;
  readonly topicArn: string | undefined;
}

/** undefined without a plan table (the guard is older than detached canaries, or they are off). */
export async function createPlanTicker(
  settings: PlanTickerSettings,
  clients: { readonly lambda: LambdaClient; readonly cloudWatch: CloudWatchClient; readonly sns: SNSClient },
  clientSettings: ClientSettings = { region: undefined, maxAttempts: 3 },
): Promise<((nowMs: number) => Promise<PlanTickResult>) | undefined> {
  const tableName = settings.planTable;
  if (!tableName) return undefined;
  const dynamo = await createDynamoClient(clientSettings);
  const secretsManager = await createSecretsManagerClient(clientSettings);
  return (nowMs) =>
    tickPlans({
      tableName,
      ...(settings.topicArn ? { topicArn: settings.topicArn } : {}),
      nowMs,
      clients: { dynamo, secretsManager, ...clients },
      // The entries come back in the result: the guard puts them in its one log line.
      log: () => undefined,
    });
}

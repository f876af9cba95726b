/** The last version that passed a canary, recorded on the function for the monitoring stack's guard. */
import type { LambdaClient } from '@aws-sdk/client-lambda';
import { TagResourceCommand } from '@aws-sdk/client-lambda';
import { lastPassedTagKey } from '../constants.js';

export async function tagLastPassed(
  lambda: LambdaClient,
  functionArn: string,
  alias: string,
  version: string,
): Promise<void> {
  await lambda.send(
    new TagResourceCommand({ Resource: functionArn, Tags: { [lastPassedTagKey(alias)]: version } }),
  );
}

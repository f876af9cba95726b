/**
 * A Lambda client alone, for the action's post step: putting aliases back needs nothing else,
 * so it loads one SDK package instead of six. Same region rule, retries, timeouts and user agent
 * as the full set in clients.ts.
 */
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { ClientSettings } from './clients.js';
import { clientOptions, requestHandlerWithProxy } from './clients.js';
import { sdk } from './sdk.js';

export async function createLambdaClient(settings: ClientSettings): Promise<LambdaClient> {
  const { LambdaClient } = await sdk.lambda();
  return new LambdaClient({
    ...clientOptions(settings),
    requestHandler: await requestHandlerWithProxy(settings),
  });
}

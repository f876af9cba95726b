/**
 * What a promotion records on the function for the monitoring stack's guard: the version that
 * passed, the version it replaced and when (the guard's bake window starts then), and, written by
 * the guard itself, why it rolled a promotion back.
 */
import type { LambdaClient } from '@aws-sdk/client-lambda';
import { sdk } from '../aws/sdk.js';
import { lastPassedTagKey } from '../constants.js';

export const previousTagKey = (alias: string): string => `stack-canary:previous:${alias}`;
export const promotedAtTagKey = (alias: string): string => `stack-canary:promoted-at:${alias}`;
export const guardRolledBackTagKey = (alias: string): string => `stack-canary:guard-rolled-back:${alias}`;

/** Lambda's limit on a tag value. */
const MAX_TAG_VALUE = 256;

/** A tag value Lambda accepts: letters, digits, spaces and + - = . _ : / @ only, at most 256 characters. */
export function tagValue(text: string): string {
  return text.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, ' ').slice(0, MAX_TAG_VALUE);
}

export async function tagLastPassed(
  lambda: LambdaClient,
  functionArn: string,
  alias: string,
  version: string,
): Promise<void> {
  const { TagResourceCommand } = await sdk.lambda();
  await lambda.send(
    new TagResourceCommand({ Resource: functionArn, Tags: { [lastPassedTagKey(alias)]: version } }),
  );
}

export interface Promotion {
  readonly functionArn: string;
  readonly alias: string;
  /** The version that passed and is now live. */
  readonly version: string;
  /** The version it replaced; undefined on a first deploy (nothing to go back to). */
  readonly previous: string | undefined;
  readonly promotedAtMs: number;
}

/** One TagResource: last passed, and (with an old version) the previous version and the time. */
export async function tagPromotion(lambda: LambdaClient, promotion: Promotion): Promise<void> {
  const { alias } = promotion;
  const Tags: Record<string, string> = { [lastPassedTagKey(alias)]: promotion.version };
  if (promotion.previous !== undefined && promotion.previous !== promotion.version) {
    Tags[previousTagKey(alias)] = promotion.previous;
    Tags[promotedAtTagKey(alias)] = new Date(promotion.promotedAtMs).toISOString();
  }
  const { TagResourceCommand } = await sdk.lambda();
  await lambda.send(new TagResourceCommand({ Resource: promotion.functionArn, Tags }));
}

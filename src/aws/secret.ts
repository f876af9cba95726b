/** One secret's text from Secrets Manager (the GitHub token of github-token-secret). */
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { sdk } from './sdk.js';
import { StackCanaryError } from '../errors.js';

export async function readSecretString(client: SecretsManagerClient, secretArn: string): Promise<string> {
  const { GetSecretValueCommand } = await sdk.secretsManager();
  const answer = await client.send(new GetSecretValueCommand({ SecretId: secretArn }));
  const text = answer.SecretString?.trim();
  if (!text) {
    throw new StackCanaryError(
      'AWS_ERROR',
      `Secret ${secretArn} holds no text: store the GitHub token as its string value.`,
    );
  }
  return text;
}

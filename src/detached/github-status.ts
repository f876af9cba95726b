/**
 * The last word on a detached canary's GitHub deployment: when its plan ends, the guard reads the
 * token from Secrets Manager (github-token-secret) and gives the deployment the verdict's state,
 * as the action does when it waits. The token goes into the request's header and nowhere else.
 */
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { readSecretString } from '../aws/secret.js';
import { StackCanaryError } from '../errors.js';
import type { DetachedPlan } from './plan.js';

/** GitHub allows 140 characters of description. */
const MAX_DESCRIPTION = 140;

export function deploymentStateOf(plan: DetachedPlan): 'success' | 'failure' {
  return plan.status === 'promoted' ? 'success' : 'failure';
}

export async function finishDeployment(
  plan: DetachedPlan,
  secretsManager: SecretsManagerClient,
  send: typeof fetch = fetch,
): Promise<void> {
  const deployment = plan.deployment;
  if (!deployment) return;
  const token = await readSecretString(secretsManager, deployment.tokenSecretArn);
  const reason = plan.decisions.at(-1)?.reason ?? plan.status;
  const description = `${plan.status} by the guard: ${reason}`;
  const url = `${deployment.apiUrl.replace(/\/+$/, '')}/repos/${deployment.repository}/deployments/${deployment.id}/statuses`;
  const answer = await send(url, {
    method: 'POST',
    headers: {
      Accept: 'application/vnd.github+json',
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      'User-Agent': 'stack-canary-guard',
      'X-GitHub-Api-Version': '2022-11-28',
    },
    body: JSON.stringify({
      state: deploymentStateOf(plan),
      description:
        description.length > MAX_DESCRIPTION ? `${description.slice(0, MAX_DESCRIPTION - 1)}…` : description,
    }),
  });
  if (!answer.ok) {
    throw new StackCanaryError(
      'AWS_ERROR',
      `GitHub answered ${answer.status} to the deployment ${deployment.id} status`,
    );
  }
}

/**
 * An optional GitHub deployment for the run: created when the canary starts (in_progress) and
 * given its final state when it ends. A failure here is a warning: it never decides a canary.
 * @actions/github is loaded only when a deployment is asked for, so start-up stays fast.
 */
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { RecordedDeployment, Verdict } from '../pipeline/types.js';

export interface DeploymentTracker {
  /** The deployment created (undefined when none could be). */
  readonly recorded?: RecordedDeployment | undefined;
  finish(verdict: Verdict | 'error', description: string): Promise<void>;
}

export interface DeploymentRequest {
  readonly token: string;
  readonly environment: string;
  readonly description: string;
}

export function deploymentState(
  verdict: Verdict | 'error',
): 'success' | 'failure' | 'error' | 'inactive' | 'in_progress' {
  switch (verdict) {
    case 'pending':
      // Handed to the guard (wait: false): the canary goes on.
      return 'in_progress';
    case 'pass':
      return 'success';
    case 'skipped':
      return 'inactive';
    case 'error':
      return 'error';
    default:
      return 'failure';
  }
}

/** GitHub allows 140 characters of description. */
const short = (text: string): string => (text.length > 140 ? `${text.slice(0, 139)}…` : text);

export async function startDeployment(
  request: DeploymentRequest,
  logger: Logger,
): Promise<DeploymentTracker> {
  const noop: DeploymentTracker = { finish: async () => undefined };
  try {
    const github = await import('@actions/github');
    const { context } = github;
    const octokit = github.getOctokit(request.token);
    const logUrl = `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`;
    const { data } = await octokit.rest.repos.createDeployment({
      ...context.repo,
      ref: context.sha,
      environment: request.environment,
      description: short(request.description),
      auto_merge: false,
      required_contexts: [],
    });
    if (!('id' in data)) {
      logger.warning(`GitHub deployment not created: ${'message' in data ? String(data.message) : 'no id'}`);
      return noop;
    }
    const id = data.id;
    await octokit.rest.repos.createDeploymentStatus({
      ...context.repo,
      deployment_id: id,
      state: 'in_progress',
      log_url: logUrl,
      description: 'canary in progress',
    });
    return {
      recorded: { id, repository: `${context.repo.owner}/${context.repo.repo}`, apiUrl: context.apiUrl },
      finish: async (verdict, description) => {
        try {
          await octokit.rest.repos.createDeploymentStatus({
            ...context.repo,
            deployment_id: id,
            state: deploymentState(verdict),
            log_url: logUrl,
            description: short(description),
          });
        } catch (error) {
          logger.warning(`GitHub deployment status not updated: ${errorMessage(error)}`);
        }
      },
    };
  } catch (error) {
    logger.warning(`GitHub deployment not created: ${errorMessage(error)}`);
    return noop;
  }
}

/**
 * Which pull request a run previews, from the variables GitHub's runner sets: GITHUB_EVENT_NAME
 * (`pull_request` or `pull_request_target`), the event payload at GITHUB_EVENT_PATH (its
 * pull_request.number and head commit), GITHUB_REPOSITORY and GITHUB_API_URL. The action and the
 * CLI read the same variables, so the CLI comments too when it runs in a GitHub workflow.
 */
import { readFileSync } from 'node:fs';
import { errorMessage } from '../errors.js';

export const PULL_REQUEST_EVENTS: readonly string[] = ['pull_request', 'pull_request_target'];

export interface PullRequestTarget {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  /** The REST API's root: https://api.github.com, or a GitHub Enterprise Server's. */
  readonly apiUrl: string;
  /** The pull request's head commit. */
  readonly commit: string | undefined;
  /** The workflow run's page. */
  readonly runUrl: string | undefined;
}

interface PullRequestEvent {
  readonly number?: unknown;
  readonly pull_request?: { readonly number?: unknown; readonly head?: { readonly sha?: unknown } };
}

/** The pull request to comment on, or why there is none (a sentence for the debug log). */
export function pullRequestTarget(env: NodeJS.ProcessEnv): PullRequestTarget | string {
  const event = env['GITHUB_EVENT_NAME'] ?? '';
  if (!PULL_REQUEST_EVENTS.includes(event)) {
    return event ? `the event is ${event}, not a pull request` : 'not running in a GitHub workflow';
  }
  const [owner, repo, ...rest] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  if (!owner || !repo || rest.length > 0) return 'GITHUB_REPOSITORY does not name a repository as owner/name';
  const path = env['GITHUB_EVENT_PATH'];
  if (!path) return 'GITHUB_EVENT_PATH is not set';
  let payload: PullRequestEvent;
  try {
    payload = JSON.parse(readFileSync(path, 'utf8')) as PullRequestEvent;
  } catch (error) {
    return `the event payload could not be read: ${errorMessage(error)}`;
  }
  const number = payload.pull_request?.number ?? payload.number;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) {
    return 'the event payload names no pull request number';
  }
  const sha = payload.pull_request?.head?.sha;
  const server = env['GITHUB_SERVER_URL'] || 'https://github.com';
  const runId = env['GITHUB_RUN_ID'];
  return {
    owner,
    repo,
    number,
    apiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
    commit: typeof sha === 'string' ? sha : undefined,
    runUrl: runId ? `${server}/${owner}/${repo}/actions/runs/${runId}` : undefined,
  };
}

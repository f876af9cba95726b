/**
 * Starts and steers the stand-in for the GitHub API's issue comments (github-api-server.mjs, its
 * own process, mockttp), so that tests make the real Octokit requests over HTTP and read back the
 * comments it holds and the requests it was sent.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface CommentUser {
  readonly login: string;
  readonly type: 'User' | 'Bot';
}

export interface StoredComment {
  readonly id: number;
  readonly body: string;
  readonly user: CommentUser;
  readonly html_url: string;
}

export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly body: Record<string, unknown> | undefined;
  readonly auth: string | undefined;
}

export interface ApiSetup {
  /** Who GET /user says the token is; unset: 403, as for an app's installation token (the comments' author is then the workflow's bot). */
  readonly login?: string;
  /** The status every POST and PATCH gets, as when the token may not write. */
  readonly refuseWrites?: number;
  readonly pageSize?: number;
  /** Comments already on the pull request, oldest first. */
  readonly comments?: readonly { readonly body: string; readonly user: CommentUser }[];
}

export interface ApiState {
  readonly comments: readonly StoredComment[];
  readonly seen: readonly SeenRequest[];
}

export const BOT: CommentUser = { login: 'github-actions[bot]', type: 'Bot' };

export class GitHubCommentsApi {
  private child: ChildProcess | undefined;
  url = '';

  async start(): Promise<string> {
    const script = fileURLToPath(new URL('./github-api-server.mjs', import.meta.url));
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
    this.child = child;
    if (!child.stdout) throw new Error('GitHub API stand-in has no stdout');
    const failed = once(child, 'exit').then(([code]) => {
      throw new Error(`GitHub API stand-in exited with ${String(code)}`);
    });
    const [line] = (await Promise.race([once(createInterface({ input: child.stdout }), 'line'), failed])) as [
      string,
    ];
    this.url = line.trim();
    return this.url;
  }

  /** Replaces everything the API holds (no comments, no requests seen, unless given). */
  async setup(setup: ApiSetup = {}): Promise<void> {
    const res = await fetch(`${this.url}/__control/state`, { method: 'POST', body: JSON.stringify(setup) });
    if (!res.ok) throw new Error(`GitHub API stand-in refused the setup: ${res.status}`);
  }

  async state(): Promise<ApiState> {
    return (await (await fetch(`${this.url}/__control/state`)).json()) as ApiState;
  }

  /** The requests as `METHOD path`, the query left out. */
  async calls(): Promise<string[]> {
    return (await this.state()).seen.map((s) => `${s.method} ${s.path}`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  }
}

/**
 * The variables GitHub's runner sets for a job on pull request #7 of acme/orders (head commit
 * `sha`), its event payload written into `dir`, the API at `apiUrl`.
 */
export function pullRequestEnv(dir: string, apiUrl: string, sha: string): Record<string, string> {
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify({ number: 7, pull_request: { number: 7, head: { sha } } }));
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/orders',
    GITHUB_API_URL: apiUrl,
    GITHUB_RUN_ID: '99',
  };
}

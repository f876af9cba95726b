/**
 * The change-set preview on a pull request: a dry run (or no-execute-changeset) on a
 * `pull_request` (or `pull_request_target`) event posts the app and monitoring stacks' change
 * sets as one comment, and every later run updates that comment in place. The comment is found
 * by its hidden marker (one per app stack) among those written by the token's own user (or, for
 * an app's token such as the workflow's GITHUB_TOKEN, which cannot ask who it is, by a bot).
 *
 * Posting never decides a run: any failure is a warning. @actions/github is loaded only when a
 * comment is due, so start-up stays fast.
 */
import type { getOctokit } from '@actions/github';
import type { Config } from '../config/types.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { RunResult } from '../pipeline/types.js';
import { commandSafeLogger } from '../util/escape.js';
import type { ChangeSetPreview } from './pr-comment-body.js';
import { changeSetCommentBody, commentMarker } from './pr-comment-body.js';
import type { PullRequestTarget } from './pr-comment-target.js';
import { pullRequestTarget } from './pr-comment-target.js';

type Octokit = ReturnType<typeof getOctokit>;

export interface CommentAuthor {
  /** The token's user, when the API tells (a personal or fine-grained token); else any bot. */
  readonly login: string | undefined;
}

export type CommentOutcome = { readonly action: 'created' | 'updated' | 'unchanged'; readonly url: string };

interface IssueComment {
  readonly id: number;
  readonly body?: string | undefined;
  readonly html_url: string;
  readonly user?: { readonly login?: string; readonly type?: string } | null;
}

/** Who the token is; undefined for an app's installation token (GET /user answers 403 to those). */
export async function tokenAuthor(octokit: Octokit): Promise<CommentAuthor> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { login: data.login };
  } catch {
    return { login: undefined };
  }
}

function ours(comment: IssueComment, marker: string, author: CommentAuthor): boolean {
  if (!comment.body?.includes(marker)) return false;
  return author.login === undefined ? comment.user?.type === 'Bot' : comment.user?.login === author.login;
}

/** Creates the comment, or updates the one that carries the marker; unchanged when its body is the same. */
export async function upsertComment(
  octokit: Octokit,
  target: PullRequestTarget,
  marker: string,
  body: string,
): Promise<CommentOutcome> {
  const where = { owner: target.owner, repo: target.repo, issue_number: target.number };
  const author = await tokenAuthor(octokit);
  const comments: IssueComment[] = await octokit.paginate(octokit.rest.issues.listComments, {
    ...where,
    per_page: 100,
  });
  const existing = comments.find((comment) => ours(comment, marker, author));
  if (existing?.body === body) return { action: 'unchanged', url: existing.html_url };
  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: existing.id,
      body,
    });
    return { action: 'updated', url: data.html_url };
  }
  const { data } = await octokit.rest.issues.createComment({ ...where, body });
  return { action: 'created', url: data.html_url };
}

export type PreviewConfig = Pick<
  Config,
  'dryRun' | 'changeSet' | 'prComment' | 'githubToken' | 'stackName' | 'template'
>;

export interface PreviewDeps {
  readonly logger: Logger;
  /** The run's secret redaction: applied to everything from AWS before it is rendered. */
  readonly redact: (text: string) => string;
  readonly env?: NodeJS.ProcessEnv;
}

/** The preview of this run's change sets, or undefined when no stack was previewed. */
export function previewOf(
  config: PreviewConfig,
  result: RunResult,
  target: PullRequestTarget,
): ChangeSetPreview | undefined {
  const stackName = config.stackName;
  if (!stackName || !config.template) return undefined;
  const stacks = [{ stackName, changeSet: result.changeSet }];
  if (result.monitoringChangeSet) {
    stacks.push({ stackName: result.monitoringChangeSet.stackName, changeSet: result.monitoringChangeSet });
  }
  const leftForReview = !config.dryRun;
  return { stackName, stacks, commit: target.commit, runUrl: target.runUrl, leftForReview };
}

/**
 * After a dry run (or a change set left for review by no-execute-changeset) on a pull request,
 * with `pr-comment` on and a token: the preview comment,
 * created or updated. Elsewhere it does nothing (a debug line says why). Never throws.
 */
export async function commentOnPullRequest(
  config: PreviewConfig,
  result: RunResult,
  deps: PreviewDeps,
): Promise<CommentOutcome | undefined> {
  // What GitHub answers (a URL, an error message) reaches the log: none may start a workflow command.
  const logger = commandSafeLogger(deps.logger);
  // A dry run, or no-execute-changeset (the change set left for review): both only preview.
  if (!(config.dryRun || !config.changeSet.execute) || !config.prComment) return undefined;
  const target = pullRequestTarget(deps.env ?? process.env);
  if (typeof target === 'string') {
    logger.debug(`No change-set comment: ${target}.`);
    return undefined;
  }
  const preview = previewOf(config, result, target);
  if (!preview) {
    logger.debug('No change-set comment: no template, so no change set.');
    return undefined;
  }
  const token = config.githubToken;
  if (!token) {
    logger.warning(`No change-set comment on pull request #${target.number}: github-token is not set.`);
    return undefined;
  }
  try {
    const github = await import('@actions/github');
    const octokit = github.getOctokit(token, { baseUrl: target.apiUrl });
    const body = changeSetCommentBody(preview, deps.redact);
    const outcome = await upsertComment(octokit, target, commentMarker(preview.stackName), body);
    logger.info(`Change-set preview ${outcome.action} on pull request #${target.number}: ${outcome.url}`);
    return outcome;
  } catch (error) {
    logger.warning(
      `The change-set preview could not be posted on pull request #${target.number}: ${errorMessage(error)}${hint(error)}`,
    );
    return undefined;
  }
}

/** What to do about a refusal: the permission, and why a fork's pull request never gets one. */
function hint(error: unknown): string {
  const status = (error as { status?: unknown } | undefined)?.status;
  if (status !== 403 && status !== 404) return '';
  return ' (the job needs `permissions: pull-requests: write`, or set `pr-comment: false`; a pull request from a fork gets a read-only token)';
}

/**
 * Who this run is, for its alias leases (lease.ts): the run, its attempt and this process.
 * - STACK_CANARY_RUN_ID (and STACK_CANARY_RUN_ATTEMPT, default 1): a name the caller gives the run,
 *   the CLI's way to say "this is a re-run of that run" (the next attempt takes over at once);
 * - else, in a GitHub workflow (the action, or the CLI in a job), the workflow run's URL and
 *   GITHUB_RUN_ATTEMPT: re-running the workflow run takes over from its earlier attempt;
 * - else a random run of attempt 1.
 * Read once at the front door, before any AWS call: a bad value is a one-line error naming it.
 */
import { randomUUID } from 'node:crypto';
import { ConfigError } from '../errors.js';
import type { LeaseHolder } from './lease.js';
import { MAX_RUN_CHARS } from './lease.js';

export const RUN_ID_ENV = 'STACK_CANARY_RUN_ID';
export const RUN_ATTEMPT_ENV = 'STACK_CANARY_RUN_ATTEMPT';

const ATTEMPT = /^[1-9]\d{0,8}$/;

function attemptOf(name: string, text: string | undefined): number {
  if (text === undefined || text.trim() === '') return 1;
  if (!ATTEMPT.test(text.trim())) {
    throw new ConfigError(
      name,
      `Environment variable ${name} is "${text.slice(0, 40)}". Accepted: a whole number from 1, such as 1 or 2.`,
    );
  }
  return Number(text.trim());
}

export function runHolder(env: NodeJS.ProcessEnv, instance = randomUUID().slice(0, 8)): LeaseHolder {
  const given = env[RUN_ID_ENV]?.trim();
  if (given) {
    if (given.length > MAX_RUN_CHARS || /[\r\n]/.test(given)) {
      throw new ConfigError(
        RUN_ID_ENV,
        `Environment variable ${RUN_ID_ENV} is "${given.slice(0, 40)}${given.length > 40 ? '…' : ''}". Accepted: one line of at most ${MAX_RUN_CHARS} characters, such as deploy-1234.`,
      );
    }
    return { run: given, attempt: attemptOf(RUN_ATTEMPT_ENV, env[RUN_ATTEMPT_ENV]), instance };
  }
  if (env[RUN_ATTEMPT_ENV]?.trim()) {
    throw new ConfigError(
      RUN_ATTEMPT_ENV,
      `Environment variable ${RUN_ATTEMPT_ENV} is set but ${RUN_ID_ENV} is not. Accepted: both (the attempt counts re-runs of that run id), or neither.`,
    );
  }
  const runId = env['GITHUB_RUN_ID']?.trim();
  if (runId) {
    const server = env['GITHUB_SERVER_URL']?.trim() || 'https://github.com';
    const repository = env['GITHUB_REPOSITORY']?.trim();
    const run = repository ? `${server}/${repository}/actions/runs/${runId}` : `workflow run ${runId}`;
    return { run, attempt: attemptOf('GITHUB_RUN_ATTEMPT', env['GITHUB_RUN_ATTEMPT']), instance };
  }
  return { run: `stack-canary run ${randomUUID()}`, attempt: 1, instance };
}

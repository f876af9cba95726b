/**
 * Where the JSON report of one step goes: its own file in RUNNER_TEMP, named after the step
 * (GITHUB_ACTION: the step's id, or the runner's name for a step without one) and what it deploys
 * (the stack, or the functions), so two uses of the action in one job never share a report.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Letters, digits, `.`, `_` and `-` kept; any other run of characters becomes one `-`; 60 at most. */
function slug(text: string): string {
  return text
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '')
    .slice(0, 60);
}

export function reportPath(target: string, env: NodeJS.ProcessEnv = process.env): string {
  const parts = ['stack-canary-report', slug(env['GITHUB_ACTION'] ?? ''), slug(target)].filter(
    (p) => p !== '',
  );
  return join(env['RUNNER_TEMP'] || tmpdir(), `${parts.join('-')}.json`);
}

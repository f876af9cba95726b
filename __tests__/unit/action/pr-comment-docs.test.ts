/**
 * docs/pull-requests.md: its workflow runs a dry run on pull requests with exactly the permissions
 * the preview needs, and every input it gives the action is one the action takes and accepts.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { INPUT_DEFAULTS, INPUT_NAMES } from '../../../src/config/inputs.js';
import { parseConfig } from '../../../src/config/parse.js';
import type { InputName } from '../../../src/config/inputs.js';

interface Step {
  uses?: string;
  with?: Record<string, string | boolean>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const doc = readFileSync('docs/pull-requests.md', 'utf8');
const workflow = parse(/```yaml\n(name: preview[\s\S]*?)```/.exec(doc)?.[1] ?? '') as Workflow;
const step = Object.values(workflow.jobs)
  .flatMap((job) => job.steps)
  .find((s) => s.uses?.startsWith('our-org/stack-canary@'));

describe('the pull-request workflow in docs/pull-requests.md', () => {
  it('runs on pull requests with the permissions the preview needs, and no others', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.permissions).toEqual({
      'id-token': 'write',
      contents: 'read',
      'pull-requests': 'write',
    });
  });

  it('gives the action only inputs it takes, which it accepts, with dry-run and the comment on', () => {
    const given = Object.fromEntries(Object.entries(step?.with ?? {}).map(([k, v]) => [k, String(v)]));
    expect(Object.keys(given).filter((name) => !(INPUT_NAMES as readonly string[]).includes(name))).toEqual(
      [],
    );
    const inputs: Record<string, string> = { ...INPUT_DEFAULTS, ...given, 'github-token': 'ghs_example' };
    // The workflow's expressions stand for values the runner fills in.
    const filled = (name: string): string => (inputs[name] ?? '').replace(/\$\{\{[^}]*\}\}/g, 'abc123');
    // The template the workflow names, as the checkout would put it.
    const cwd = mkdtempSync(join(tmpdir(), 'pr-docs-'));
    mkdirSync(join(cwd, 'infra'));
    writeFileSync(join(cwd, filled('template')), readFileSync('__fixtures__/templates/app.yaml', 'utf8'));
    const config = parseConfig((name: InputName) => filled(name), { cwd });
    rmSync(cwd, { recursive: true, force: true });
    expect([config.dryRun, config.prComment, config.githubToken]).toEqual([true, true, 'ghs_example']);
  });
});

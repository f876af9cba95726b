/**
 * `npm run check:schemas` (scripts/check-schemas.mjs) as CI runs it, with the real validator
 * (check-jsonschema, pinned, in its project-local virtualenv): the repository's documents pass,
 * and a deliberately broken copy of each kind fails, naming the document at fault.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';

const ROOT = process.cwd();
const SCRIPT = join(ROOT, 'scripts', 'check-schemas.mjs');

function checkSchemas(...args: string[]): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** A copy of the repository's CI documents, to break one of them. */
function copyOfDocuments(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stack-canary-schemas-test-'));
  for (const path of ['action.yml', '.github/workflows', 'docs', 'integrations']) {
    cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  }
  return dir;
}

const edit = (file: string, change: (text: string) => string): void =>
  writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('check:schemas', () => {
  let copy = '';
  beforeAll(() => {
    // Installs the pinned checker once (a no-op when it is there).
    expect(checkSchemas('install').status).toBe(0);
  }, 600_000);
  afterEach(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
    copy = '';
  });

  it('GIVEN the repository THEN every document is valid against its platform schema', () => {
    const run = checkSchemas('--list');
    expect(run.output).toMatch(/vendor\.github-actions {2}action\.yml/);
    expect(run.output).toMatch(/vendor\.github-workflows {2}\.github\/workflows\/ci\.yml/);
    expect(run.output).toMatch(/vendor\.circle-ci {2}integrations\/circleci\/src \(packed orb\)/);
    expect(run.output).toMatch(
      /vendor\.gitlab-ci {2}integrations\/gitlab\/templates\/stack-canary\.yml \(document 2\)/,
    );
    expect(run.output).not.toContain('INVALID');
    expect(run.status).toBe(0);
  });

  it.each([
    [
      'action.yml without runs',
      'action.yml',
      (dir: string) => edit(join(dir, 'action.yml'), (t) => t.replace(/^runs:/m, 'run:')),
    ],
    [
      'a workflow added later, with a job that has no runs-on',
      '.github/workflows/added.yml',
      (dir: string) =>
        writeFileSync(
          join(dir, '.github/workflows/added.yml'),
          'on: push\njobs:\n  build:\n    steps:\n      - run: echo hi\n',
        ),
    ],
    [
      'a complete workflow in the docs with an unknown trigger',
      'docs/broken.md:4',
      (dir: string) =>
        writeFileSync(
          join(dir, 'docs/broken.md'),
          '# Broken\n\n```yaml\non: pushed-a-lot\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n```\n',
        ),
    ],
    [
      "the orb's command named deploy, CircleCI's own step",
      'integrations/circleci/src (packed orb)',
      (dir: string) => {
        const src = join(dir, 'integrations/circleci/src');
        renameSync(join(src, 'commands/deploy-canary.yml'), join(src, 'commands/deploy.yml'));
        edit(join(src, 'jobs/canary.yml'), (t) => t.replace('  - deploy-canary:', '  - deploy:'));
      },
    ],
    [
      'a GitLab component job whose artifacts are kept "sometimes"',
      'integrations/gitlab/templates/stack-canary.yml (document 2)',
      (dir: string) =>
        edit(join(dir, 'integrations/gitlab/templates/stack-canary.yml'), (t) =>
          t.replace('    when: always', '    when: sometimes'),
        ),
    ],
    [
      'a GitLab input of an unknown type',
      'integrations/gitlab/templates/stack-canary.yml (document 1)',
      (dir: string) =>
        edit(join(dir, 'integrations/gitlab/templates/stack-canary.yml'), (t) =>
          t.replace('      type: number', '      type: integer'),
        ),
    ],
  ])('GIVEN %s THEN it fails, naming %s', (_what, origin, breakIt) => {
    copy = copyOfDocuments();
    mkdirSync(join(copy, '.github/workflows'), { recursive: true });
    breakIt(copy);
    const run = checkSchemas('--root', copy);
    expect(run.status).toBe(1);
    expect(run.output).toContain('INVALID');
    expect(run.output).toContain(origin);
  });
});

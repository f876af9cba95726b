/**
 * What the CI plugin tests (__tests__/unit/integrations/) share: the inputs of action.yml, the
 * CLI's exit codes with the CI result each must give, and a run of a plugin's shell script with
 * a stand-in `npx` that records what the CLI would have been given and exits with a chosen code.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { exitCodeFor } from '../../src/cli/run.js';
import type { RunResult } from '../../src/pipeline/types.js';

export const PLUGINS = join(process.cwd(), 'integrations');

export interface ActionInput {
  readonly name: string;
  /** action.yml's default; '' where it has none or a GitHub expression (`${{ github.token }}`). */
  readonly default: string;
}

export function actionInputs(): ActionInput[] {
  const action = parse(readFileSync('action.yml', 'utf8')) as {
    inputs: Record<string, { default?: unknown }>;
  };
  return Object.entries(action.inputs).map(([name, spec]) => {
    const raw = spec.default === undefined ? '' : String(spec.default);
    return { name, default: raw.includes('${{') ? '' : raw };
  });
}

export interface ExitCase {
  readonly code: number;
  readonly meaning: string;
  /** Whether the CI job or build must pass. */
  readonly passes: boolean;
}

const verdictCode = (verdict: RunResult['verdict']): number => exitCodeFor({ verdict } as RunResult);

/** Every exit code of the CLI (src/cli/run.ts): only pass and skipped may pass the job. */
export const EXIT_CASES: readonly ExitCase[] = [
  { code: verdictCode('pass'), meaning: 'verdict pass', passes: true },
  { code: verdictCode('skipped'), meaning: 'verdict skipped', passes: true },
  { code: verdictCode('fail'), meaning: 'verdict fail', passes: false },
  { code: verdictCode('inconclusive'), meaning: 'verdict inconclusive', passes: false },
  { code: 2, meaning: 'bad input or error', passes: false },
  { code: 130, meaning: 'stopped by SIGINT', passes: false },
  { code: 143, meaning: 'stopped by SIGTERM', passes: false },
];

export interface StubbedRun {
  /** The script's exit status. */
  readonly status: number | null;
  readonly stdout: string;
  /** The environment `npx` was started with. */
  readonly env: Record<string, string>;
  /** Its arguments. */
  readonly args: string[];
  /** The content of AWS_WEB_IDENTITY_TOKEN_FILE when npx ran, if set. */
  readonly webIdentityToken: string | undefined;
}

const STUB_NPX = `#!/usr/bin/env bash
env -0 > "$STUB_DIR/env"
printf '%s\\n' "$@" > "$STUB_DIR/args"
if [ -n "$AWS_WEB_IDENTITY_TOKEN_FILE" ]; then cat "$AWS_WEB_IDENTITY_TOKEN_FILE" > "$STUB_DIR/token"; fi
exit "$STUB_EXIT"
`;

/** Runs a plugin's script in bash (errexit, as CI runners do) with `npx` answering `exitCode`. */
export function runWithStubCli(script: string, env: Record<string, string>, exitCode: number): StubbedRun {
  const dir = mkdtempSync(join(tmpdir(), 'stack-canary-ci-'));
  try {
    writeFileSync(join(dir, 'npx'), STUB_NPX);
    chmodSync(join(dir, 'npx'), 0o755);
    const run = spawnSync('bash', ['-eo', 'pipefail', '-c', script], {
      cwd: dir,
      env: {
        ...env,
        PATH: `${dir}:${process.env['PATH'] ?? ''}`,
        STUB_DIR: dir,
        STUB_EXIT: String(exitCode),
      },
      encoding: 'utf8',
    });
    const read = (file: string): string | undefined => {
      try {
        return readFileSync(join(dir, file), 'utf8');
      } catch {
        return undefined;
      }
    };
    const seen: Record<string, string> = {};
    for (const entry of (read('env') ?? '').split('\0')) {
      const equals = entry.indexOf('=');
      if (equals > 0) seen[entry.slice(0, equals)] = entry.slice(equals + 1);
    }
    return {
      status: run.status,
      stdout: run.stdout,
      env: seen,
      args: (read('args') ?? '').split('\n').filter((arg) => arg !== ''),
      webIdentityToken: read('token'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A value for each input that no other input shares, to see that each reaches its own variable. */
export const sampleValue = (input: ActionInput): string => `value of ${input.name}`;

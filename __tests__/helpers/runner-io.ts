/**
 * For tests of the action's steps in this process: the runner's files (GITHUB_OUTPUT, GITHUB_STATE,
 * GITHUB_STEP_SUMMARY) in a fresh temp dir, stdout captured, and after each test the environment
 * and the exit code put back. Call once at the top of a test file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summary } from '@actions/core';
import { afterEach, beforeEach, jest } from '@jest/globals';
import { parseCommandFile } from './run-action.js';

export interface RunnerIo {
  /** What was written to stdout, chunk by chunk. */
  readonly stdout: string[];
  /** The temp dir of the current test (RUNNER_TEMP). */
  dir(): string;
  log(): string;
  outputs(): Record<string, string>;
  summary(): string;
}

/**
 * The toolkit's job summary keeps the first GITHUB_STEP_SUMMARY it saw (one process, one step);
 * a test that runs several steps in one process makes it read the variable again.
 */
export function forgetSummaryFile(): void {
  Object.assign(summary, { _filePath: undefined });
  summary.emptyBuffer();
}

export function captureRunnerIo(): RunnerIo {
  const stdout: string[] = [];
  const savedEnv = { ...process.env };
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'stack-canary-step-'));
    const files = { GITHUB_OUTPUT: 'output', GITHUB_STATE: 'state', GITHUB_STEP_SUMMARY: 'summary' };
    for (const [name, file] of Object.entries(files)) {
      process.env[name] = join(dir, file);
      writeFileSync(join(dir, file), '');
    }
    process.env['RUNNER_TEMP'] = dir;
    forgetSummaryFile();
    stdout.length = 0;
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout.push(String(chunk));
      return true;
    });
    process.exitCode = undefined;
  });
  afterEach(() => {
    jest.restoreAllMocks();
    for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
    Object.assign(process.env, savedEnv);
    process.exitCode = undefined;
  });
  return {
    stdout,
    dir: () => dir,
    log: () => stdout.join(''),
    outputs: () => parseCommandFile(readFileSync(join(dir, 'output'), 'utf8')),
    summary: () => readFileSync(join(dir, 'summary'), 'utf8'),
  };
}

/**
 * Runs a bundled entry point as the GitHub runner would: inputs as INPUT_* variables, outputs,
 * state and summary through files, state for the post step as STATE_* variables.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';

/** action.yml's main and post: one script; the post step is told apart by the main step's saved state. */
export const ACTION_ENTRY = 'dist/action/index.js';
/** package.json's bin. */
export const CLI_ENTRY = 'dist/cli/index.js';
/** The state key the main step saves first, which makes the same script run as the post step. */
export const POST_STATE = { isPost: 'true' } as const;

export interface ActionRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  /** The RUNNER_TEMP of the run (where the JSON report goes). */
  tempDir: string;
}

export interface ActionRunOptions {
  /** Command-line arguments after the entry (the CLI's flags). */
  args?: string[];
  inputs?: Record<string, string>;
  state?: Record<string, string>;
  env?: Record<string, string>;
  /** Send this signal once stdout (or stderr) contains the text. */
  killWhen?: { text: string; signal: NodeJS.Signals };
  timeoutMs?: number;
  /** The working folder (and GITHUB_WORKSPACE) of the run; default this process's. */
  cwd?: string;
}

/** Workflow-command data as the toolkit escapes it: `%`, CR and LF, so a message stays one command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Parses the runner's `name<<delimiter` file format (GITHUB_OUTPUT, GITHUB_STATE). */
export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const [, name, delimiter] = match;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i] ?? '');
    values[name ?? ''] = body.join('\n');
  }
  return values;
}

export function runEntry(entry: string, options: ActionRunOptions = {}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'stack-canary-run-'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? dir,
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: options.cwd ?? process.cwd(),
    ...files,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;

  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [resolvePath(entry), ...(options.args ?? [])], {
      env,
      cwd: options.cwd ?? process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    const killWhenSeen = (): void => {
      if (options.killWhen && !killed && (stdout + stderr).includes(options.killWhen.text)) {
        killed = true;
        child.kill(options.killWhen.signal);
      }
    };
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      killWhenSeen();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      killWhenSeen();
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout,
        stderr,
        outputs: parseCommandFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
        state: parseCommandFile(readFileSync(files.GITHUB_STATE, 'utf8')),
        summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
        tempDir: dir,
      });
    });
  });
}

/** The text of every channel a run writes to, by name, with the runner's own `::add-mask::` lines left out. */
export interface Channels {
  log: string;
  annotations: string;
  stderr: string;
  outputs: string;
  summary: string;
  report: string;
}

export function channels(run: ActionRun): Channels {
  const log = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  const annotations = log
    .split('\n')
    .filter((line) => /^::(error|warning|notice)/.test(line))
    .map((line) => line.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'))
    .join('\n');
  const reportPath = run.outputs['report'];
  return {
    log,
    annotations,
    stderr: run.stderr,
    outputs: JSON.stringify(run.outputs),
    summary: run.summary,
    report: reportPath ? readFileSync(reportPath, 'utf8') : '',
  };
}

/** `channel: secret` for each secret found in a channel; [] when nothing leaked. */
export function leaks(run: ActionRun, secrets: readonly string[]): string[] {
  return Object.entries(channels(run)).flatMap(([name, text]) =>
    secrets.filter((secret) => text.includes(secret)).map((secret) => `${name}: ${secret}`),
  );
}

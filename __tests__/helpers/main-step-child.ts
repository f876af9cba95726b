/**
 * The action's main step as a runner starts it, in a real process (traffic-child.mjs main-step):
 * named by GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT, with its own GITHUB_STATE and GITHUB_OUTPUT files,
 * the real SDK against the emulator whose variables are in this process's environment. Shared by
 * the lost-runner test and its bench (no test framework here).
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { templatelessConfig } from './templateless-config.js';

/** The child script stays in the sources (plain JavaScript), whether this file runs from them or from lib/. */
const childScript = (root: string): string => join(root, '__tests__', 'helpers', 'traffic-child.mjs');

/** A long first step at `weight` polled every 100 ms: the child holds there until killed (or passes at once). */
export function holdingConfig(functionName: string, weight: number): string {
  return JSON.stringify(
    templatelessConfig(
      functionName,
      [
        { weight, holdMs: 10 * 60_000 },
        { weight: 1, holdMs: 0 },
      ],
      { intervalMs: 100 },
    ),
  );
}

export interface MainStepChild {
  readonly child: ChildProcess;
  readonly startedAt: number;
  readonly output: () => string;
  /** When text containing `text` was first printed (ms since the epoch). */
  readonly printed: (text: string) => number | undefined;
  readonly exited: Promise<number | null>;
  readonly files: { readonly state: string; readonly output: string };
}

export interface MainStepOptions {
  /** The repository's root (traffic-child.mjs is under it). */
  readonly root: string;
  /** The compiled sources the child runs (CHILD_LIB). */
  readonly lib: string;
  /** Where the step's files go. */
  readonly scratch: string;
  readonly config: string;
  readonly runId: string;
  readonly attempt: number;
  /**
   * watch: never decides (the run holds); pass: passes at its first look; pass-first: only the first
   * look passes; pass-first-step: passes the first step, then holds on the second.
   */
  readonly judge?: 'watch' | 'pass' | 'pass-first' | 'pass-first-step';
  /** More of the child's environment (traffic-child.mjs reads its CHILD_* settings). */
  readonly env?: Readonly<Record<string, string>>;
}

let started = 0;

export function startMainStep(options: MainStepOptions): MainStepChild {
  const n = ++started;
  const files = { state: join(options.scratch, `state-${n}`), output: join(options.scratch, `output-${n}`) };
  writeFileSync(files.state, '');
  writeFileSync(files.output, '');
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env))
    if (key.startsWith('STATE_') || key.startsWith('GITHUB_')) delete env[key];
  const startedAt = Date.now();
  const child = spawn(process.execPath, [childScript(options.root), 'main-step'], {
    env: {
      ...env,
      CHILD_LIB: options.lib,
      CHILD_CONFIG: options.config,
      CHILD_JUDGE: options.judge ?? 'watch',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/orders',
      GITHUB_RUN_ID: options.runId,
      GITHUB_RUN_ATTEMPT: String(options.attempt),
      GITHUB_STATE: files.state,
      GITHUB_OUTPUT: files.output,
      RUNNER_TEMP: options.scratch,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: { at: number; text: string }[] = [];
  const take = (d: Buffer): void => {
    chunks.push({ at: Date.now(), text: d.toString() });
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    startedAt,
    exited,
    files,
    output: () => chunks.map((c) => c.text).join(''),
    printed: (text) => chunks.find((c) => c.text.includes(text))?.at,
  };
}

/** The runner's reading of GITHUB_STATE (key<<delimiter ... delimiter), last value wins, as STATE_* variables. */
export function stateVariables(file: string): Record<string, string> {
  const vars: Record<string, string> = {};
  const text = readFileSync(file, 'utf8');
  const entry = /^(.+?)<<(.+)\r?\n([\s\S]*?)\r?\n\2\r?$/gm;
  for (const m of text.matchAll(entry)) vars[`STATE_${m[1]}`] = m[3] ?? '';
  return vars;
}

/** What the main step saved to GITHUB_STATE for `key` (last value wins). */
export function savedState(file: string, key: string): string | undefined {
  return stateVariables(file)[`STATE_${key}`];
}

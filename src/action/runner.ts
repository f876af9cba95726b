/**
 * The GitHub runner's protocol, the only place the action speaks it: inputs and saved state come
 * in as INPUT_* and STATE_* variables; log lines and workflow commands (`::error::`, `::add-mask::`)
 * go to stdout; outputs, state and the job summary are appended to the files the runner names.
 *
 * Written here rather than taken from @actions/core because that package's entry point loads its
 * OIDC client, and with it an HTTP stack (undici) that costs more start-up time than everything
 * else the action needs to reject a bad input.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

/** Workflow-command data: `%`, CR and LF are escaped so a message stays one command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function command(name: string, message: string): void {
  process.stdout.write(`::${name}::${escapeData(message)}${EOL}`);
}

/** An input as the runner hands it over: INPUT_<NAME> (spaces as `_`), trimmed; '' when unset. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** What the main step saved under this key, as the post step sees it; '' when nothing was saved. */
export function getState(key: string, env: NodeJS.ProcessEnv = process.env): string {
  return env[`STATE_${key}`] ?? '';
}

/** Tells the runner to replace the value with *** wherever it appears in the log from now on. */
export function mask(value: string): void {
  if (value.trim() !== '') command('add-mask', value);
}

/**
 * Appends `key<<delimiter` / value / delimiter to the runner's file for outputs or state.
 * The delimiter is random, and a key or value that holds it is refused (it would end the value early).
 */
function appendKeyValue(fileVariable: 'GITHUB_OUTPUT' | 'GITHUB_STATE', key: string, value: string): void {
  const file = process.env[fileVariable];
  if (!file) throw new Error(`${fileVariable} is not set: not running as a GitHub Actions step?`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (key.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`The value of ${key} contains the file delimiter.`);
  }
  appendFileSync(file, `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

export function setOutput(name: string, value: string): void {
  appendKeyValue('GITHUB_OUTPUT', name, value);
}

export function saveState(key: string, value: string): void {
  appendKeyValue('GITHUB_STATE', key, value);
}

/** Appends markdown to the job summary; without GITHUB_STEP_SUMMARY (not on a runner) it is skipped. */
export function appendSummary(markdown: string): void {
  const file = process.env['GITHUB_STEP_SUMMARY'];
  if (file) appendFileSync(file, `${markdown}${EOL}`, 'utf8');
  else debug('GITHUB_STEP_SUMMARY is not set: no job summary written.');
}

export function debug(message: string): void {
  command('debug', message);
}

export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`);
}

/** A warning annotation. */
export function warning(message: string): void {
  command('warning', message);
}

/** An error annotation. */
export function error(message: string): void {
  command('error', message);
}

/** A notice annotation. */
export function notice(message: string): void {
  command('notice', message);
}

/** An error annotation, and the step fails (exit code 1) when the process ends. */
export function fail(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** A collapsible group in the log around the body. */
export async function group<T>(title: string, body: () => Promise<T>): Promise<T> {
  command('group', title);
  try {
    return await body();
  } finally {
    process.stdout.write(`::endgroup::${EOL}`);
  }
}

/**
 * The GitHub runner's protocol, the only place the action speaks it, through @actions/core (the
 * toolkit follows GitHub's changes to the protocol: the file commands that replaced `::set-output`,
 * and whatever comes next). Inputs and saved state, outputs and state, masks, groups, annotations
 * and the job summary all go through it; this module only keeps the action's few habits on top:
 * a blank value is never registered as a mask (the runner refuses it with a warning), outputs and
 * state are never printed to the log off a runner, and a job summary is skipped there.
 */
import * as core from '@actions/core';

/** An input as the runner hands it over: INPUT_<NAME> (spaces as `_`), trimmed; '' when unset. */
export function getInput(name: string): string {
  return core.getInput(name);
}

/** What the main step saved under this key, as the post step sees it; '' when nothing was saved. */
export function getState(key: string): string {
  return core.getState(key);
}

/** Tells the runner to replace the value with *** wherever it appears in the log from now on. */
export function mask(value: string): void {
  if (value.trim() !== '') core.setSecret(value);
}

/**
 * Off a runner the toolkit falls back to the `::set-output`/`::save-state` commands that GitHub
 * retired; the action refuses instead, with one line that says why.
 */
function requireFile(variable: 'GITHUB_OUTPUT' | 'GITHUB_STATE'): void {
  if (!process.env[variable])
    throw new Error(`${variable} is not set: not running as a GitHub Actions step?`);
}

export function setOutput(name: string, value: string): void {
  requireFile('GITHUB_OUTPUT');
  core.setOutput(name, value);
}

export function saveState(key: string, value: string): void {
  requireFile('GITHUB_STATE');
  core.saveState(key, value);
}

/** Appends markdown to the job summary; without GITHUB_STEP_SUMMARY (not on a runner) it is skipped. */
export async function appendSummary(markdown: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    core.debug('GITHUB_STEP_SUMMARY is not set: no job summary written.');
    return;
  }
  await core.summary.addRaw(markdown, true).write();
}

export function debug(message: string): void {
  core.debug(message);
}

export function info(message: string): void {
  core.info(message);
}

/** A warning annotation. */
export function warning(message: string): void {
  core.warning(message);
}

/** An error annotation. */
export function error(message: string): void {
  core.error(message);
}

/** A notice annotation. */
export function notice(message: string): void {
  core.notice(message);
}

/** An error annotation, and the step fails (exit code 1) when the process ends. */
export function fail(message: string): void {
  core.setFailed(message);
}

/** A collapsible group in the log around the body. */
export function group<T>(title: string, body: () => Promise<T>): Promise<T> {
  return core.group(title, body);
}

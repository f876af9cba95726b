/**
 * The action's main step run from source in this process, as the runner would run it: the
 * runner's command files in `dir`, action.yml's defaults for the inputs not given, INPUT_*
 * variables. The caller restores process.env afterwards.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandFile } from './run-action.js';
import { forgetSummaryFile } from './runner-io.js';

/** Runs the main step; returns the outputs it set. */
export async function runMainStepInProcess(
  dir: string,
  inputs: Record<string, string>,
): Promise<Record<string, string>> {
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STATE: 'state', GITHUB_STEP_SUMMARY: 'summary' };
  for (const [variable, file] of Object.entries(files)) {
    writeFileSync(join(dir, file), '');
    process.env[variable] = join(dir, file);
  }
  process.env['RUNNER_TEMP'] = dir;
  forgetSummaryFile();
  const { INPUT_DEFAULTS } = await import('../../src/config/inputs.js');
  for (const [name, value] of Object.entries({ ...INPUT_DEFAULTS, ...inputs })) {
    process.env[`INPUT_${name.toUpperCase()}`] = value;
  }
  const { runAction } = await import('../../src/action/main.js');
  await runAction();
  return parseCommandFile(readFileSync(join(dir, 'output'), 'utf8'));
}

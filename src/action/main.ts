import { parseConfig } from '../config/parse.js';
import type { Config } from '../config/types.js';
import { errorMessage } from '../errors.js';
import type { MainStepOptions, runMainStep as RunMainStepFn } from './main-run.js';
import { actionInputs } from './inputs.js';
import * as runner from './runner.js';
import { rawSecretValues, Secrets, valuesToMask } from '../config/secrets.js';
import { aliasesAfterError, writeStopReport } from './stop-report.js';

type RunMainStep = typeof RunMainStepFn;

/**
 * The action's main step, up to valid inputs: every secret value is masked before anything is
 * logged, then the inputs are parsed. Only the runner protocol and the config are loaded so far;
 * a bad input fails the step here (`verdict` error, one annotation, a summary) and the engine,
 * the AWS SDK and the report never load.
 */
export async function runAction(options: MainStepOptions = {}): Promise<void> {
  const secrets = new Secrets(runner.mask);
  let config: Config;
  try {
    secrets.add(rawSecretValues(actionInputs));
    config = parseConfig(actionInputs);
    secrets.add(valuesToMask(config));
  } catch (error) {
    failBeforeRun(error, secrets);
    return;
  }
  let runMainStep: RunMainStep;
  try {
    ({ runMainStep } = await import('./main-run.js'));
  } catch (error) {
    failBeforeRun(error, secrets);
    return;
  }
  await runMainStep(config, secrets, options);
}

/** Fails the step before the run began: no alias can have changed. */
function failBeforeRun(error: unknown, secrets: Secrets): void {
  runner.fail(secrets.redact(errorMessage(error)));
  try {
    writeStopReport('error', errorMessage(error), aliasesAfterError(undefined), secrets.redact);
  } catch (reportError) {
    runner.error(secrets.redact(`The error report could not be written: ${errorMessage(reportError)}`));
  }
}

import { parseConfig } from '../config/parse.js';
import type { Config } from '../config/types.js';
import type { MainStepOptions, runMainStep as RunMainStepFn } from './main-run.js';
import { actionInputs } from './inputs.js';
import * as runner from './runner.js';
import { rawSecretValues, Secrets, valuesToMask } from '../config/secrets.js';
import { reportPath } from './report-file.js';
import { aliasesAfterError } from './stop-report.js';
import { failStep } from './stop-step.js';

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
    await failBeforeRun(error, secrets);
    return;
  }
  let runMainStep: RunMainStep;
  try {
    ({ runMainStep } = await import('./main-run.js'));
  } catch (error) {
    await failBeforeRun(error, secrets);
    return;
  }
  await runMainStep(config, secrets, options);
}

/** Fails the step before the run began: no alias can have changed. */
function failBeforeRun(error: unknown, secrets: Secrets): Promise<void> {
  const stackName = actionInputs('stack-name');
  return failStep(
    error,
    {
      aliases: aliasesAfterError(undefined),
      versions: {},
      reportPath: reportPath(stackName || actionInputs('functions')),
      stackName: stackName || undefined,
    },
    secrets,
  );
}

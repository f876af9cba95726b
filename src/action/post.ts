import type { LambdaClient } from '@aws-sdk/client-lambda';
import { createLambdaClient } from '../aws/lambda-client.js';
import { parseHttpProxy } from '../config/drop-in-inputs.js';
import { errorMessage } from '../errors.js';
import { journalStatus, journalStores } from '../pipeline/journal.js';
import { actionLogger } from './logger.js';
import * as runner from './runner.js';
import { checkSavedJournal } from './saved-journal.js';
import { actionState } from './state.js';

/**
 * The action's post step: runs always. When the main step did not finish (cancelled, crashed,
 * killed), every alias it changed goes back to its snapshot version; otherwise nothing happens.
 * It needs Lambda alone, so it builds (and loads) no other AWS client, and loads none at all when
 * the journal says there is nothing to do. A saved state it cannot trust in full fails the step
 * before any alias is touched.
 */
export async function runPost(): Promise<void> {
  const lambdas: LambdaClient[] = [];
  try {
    // A release in waves keeps one journal per region: each is checked before any alias moves.
    for (const store of journalStores(actionState)) checkSavedJournal(store);
    const status = journalStatus(actionState);
    if (status !== 'unfinished') {
      runner.debug(
        status === 'finished'
          ? 'The main step finished: nothing to restore.'
          : 'No run was journaled: nothing to restore.',
      );
      return;
    }
    const { recoverUnfinishedRun } = await import('../pipeline/recover.js');
    const report = await recoverUnfinishedRun(
      actionState,
      async (region) => {
        const lambda = await createLambdaClient({ region, proxy: proxyInput() });
        lambdas.push(lambda);
        return lambda;
      },
      actionLogger,
    );
    if (
      report.status === 'nothing-journaled' ||
      report.status === 'finished' ||
      report.status === 'nothing-changed'
    ) {
      runner.info(report.message);
    } else if (report.aliases.some((a) => a.action === 'failed')) {
      runner.fail(report.message);
    } else if (report.status === 'incomplete') {
      runner.warning(report.message);
    } else {
      runner.notice(report.message);
    }
  } catch (error) {
    runner.fail(`stack-canary post step: ${errorMessage(error)}`);
  } finally {
    for (const lambda of lambdas) lambda.destroy();
  }
}

/** The http-proxy input, as the main step took it (a value it refused changed no alias: none here). */
function proxyInput(): string | undefined {
  try {
    return parseHttpProxy(runner.getInput('http-proxy').trim());
  } catch {
    return undefined;
  }
}

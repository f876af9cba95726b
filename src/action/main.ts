import * as core from '@actions/core';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createAwsClients } from '../aws/clients.js';
import { parseConfig } from '../config/parse.js';
import { errorMessage } from '../errors.js';
import { buildReport, serializeReport } from '../report/report.js';
import { renderSummary } from '../report/summary.js';
import { realClock } from '../util/clock.js';
import { runWithDeployment } from './deployment-run.js';
import { actionInputs } from './inputs.js';
import { actionLogger } from './logger.js';
import { writeOutputs } from './outputs.js';
import { actionState } from './state.js';

/** The action's main step: inputs in, the engine, outputs out. Errors are caught here, once. */
export async function runAction(): Promise<void> {
  const startedAt = new Date();
  const secrets: string[] = [];
  try {
    const token = core.getInput('github-token');
    if (token) {
      core.setSecret(token);
      secrets.push(token);
    }
    const config = parseConfig(actionInputs);
    // The engine (and the AWS SDK with it) loads only once the inputs are valid.
    const { runPipeline } = await import('../pipeline/run.js');
    // With deployment-environment: a GitHub deployment before the run, its status from the verdict after.
    const result = await runWithDeployment(config, actionLogger, () =>
      runPipeline(config, {
        logger: actionLogger,
        state: actionState,
        clock: realClock,
        clients: () => createAwsClients({ region: config.region }),
      }),
    );
    const report = buildReport(config, result, { startedAt, finishedAt: new Date() });
    const reportPath = join(process.env['RUNNER_TEMP'] || tmpdir(), 'stack-canary-report.json');
    writeFileSync(reportPath, serializeReport(report, secrets));
    writeOutputs(result, reportPath);
    await core.summary.addRaw(renderSummary(report), true).write();
    if (result.verdict === 'fail' || result.verdict === 'inconclusive') {
      core.setFailed(`stack-canary: ${result.verdict}: ${result.reason}`);
    }
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}

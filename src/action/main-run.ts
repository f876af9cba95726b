/**
 * The action's main step once its inputs are valid: the engine, then outputs, the JSON report and
 * the job summary. Errors are caught here, once.
 * - SIGTERM/SIGINT (a cancelled job) stop the run and restore every alias it changed, from the
 *   journal kept in memory, before the step exits with 128 + the signal number.
 * - Whatever throws, the step still writes `verdict` (`error`), `reason`, `rolled-back` and a
 *   job summary saying where the aliases were left.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AwsClients } from '../aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../aws/clients.js';
import type { Config } from '../config/types.js';
import { errorMessage } from '../errors.js';
import { readJournal } from '../pipeline/journal.js';
import type { RunResult } from '../pipeline/types.js';
import { buildReport, serializeReport } from '../report/report.js';
import { renderSummary } from '../report/summary.js';
import { verdictLine } from '../report/verdict-line.js';
import type { SignalGuard } from '../signals.js';
import { guardRun, processHost } from '../signals.js';
import { realClock } from '../util/clock.js';
import { runWithDeployment } from './deployment-run.js';
import { commentOnPullRequest } from './pr-comment.js';
import { redactingActionLogger } from './logger.js';
import type { MainStepOptions } from './main.js';
import { writeOutputs } from './outputs.js';
import * as runner from './runner.js';
import type { Secrets } from '../config/secrets.js';
import { aliasesAfterError, aliasesAfterRecovery, writeStopReport } from './stop-report.js';
import { MainStepState } from './state.js';

export async function runMainStep(config: Config, secrets: Secrets, options: MainStepOptions): Promise<void> {
  const startedAt = new Date();
  const logger = redactingActionLogger(secrets.redact);
  const state = new MainStepState();
  let clients: Promise<AwsClients> | undefined;
  const getClients = (): Promise<AwsClients> =>
    (clients ??= createAwsClients({ region: config.region, proxy: config.httpProxy }));
  let guard: SignalGuard | undefined;
  try {
    const guarded = guardRun({
      host: options.host ?? processHost,
      logger,
      state,
      lambda: async () => (await getClients()).lambda,
      afterRecovery: (signal, report) =>
        writeStopReport(
          'stopped',
          `The step received ${signal} and stopped the run.`,
          aliasesAfterRecovery(report),
          secrets.redact,
        ),
    });
    guard = guarded.guard;
    // The engine (and the AWS SDK with it) loads only once the inputs are valid.
    const { runPipeline } = await import('../pipeline/run.js');
    // With deployment-environment: a GitHub deployment before the run, its status from the verdict after.
    const result = await runWithDeployment(config, logger, (deployment) =>
      runPipeline(
        config,
        {
          logger,
          state,
          clock: options.clock ?? realClock,
          clients: getClients,
          signal: guarded.signal,
          deployment,
        },
        options.parts,
      ),
    );
    const stopped = guard.interrupted();
    if (stopped) {
      await stopped;
      return;
    }
    // A dry run on a pull request: its change sets as one comment there (a failure is a warning).
    await commentOnPullRequest(config, result, { logger, redact: secrets.redact });
    finish(config, result, startedAt, secrets);
  } catch (error) {
    const stopped = guard?.interrupted();
    if (stopped) {
      await stopped;
      return;
    }
    const message = errorMessage(error);
    runner.fail(secrets.redact(message));
    try {
      writeStopReport('error', message, aliasesAfterError(readJournal(state.memory)), secrets.redact);
    } catch (reportError) {
      runner.error(secrets.redact(`The error report could not be written: ${errorMessage(reportError)}`));
    }
  } finally {
    guard?.dispose();
    const built = clients ? await clients.catch(() => undefined) : undefined;
    if (built) destroyAwsClients(built);
  }
}

/** A run that reached a verdict: the JSON report, the outputs, the summary; fail/inconclusive fail the step. */
function finish(config: Config, result: RunResult, startedAt: Date, secrets: Secrets): void {
  const report = buildReport(config, result, { startedAt, finishedAt: new Date() });
  const reportPath = join(process.env['RUNNER_TEMP'] || tmpdir(), 'stack-canary-report.json');
  writeFileSync(reportPath, serializeReport(report, secrets.list()));
  writeOutputs(result, reportPath, secrets.redact);
  runner.appendSummary(secrets.redact(renderSummary(report)));
  // The last line of the log: the verdict, what was done, why (an error annotation when it fails).
  const line = secrets.redact(verdictLine(result));
  if (result.verdict === 'fail' || result.verdict === 'inconclusive') runner.fail(line);
  else runner.info(line);
}

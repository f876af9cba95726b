/**
 * The action's main step once its inputs are valid: the engine, then outputs, the JSON report and
 * the job summary. Errors are caught here, once.
 * - SIGTERM/SIGINT (a cancelled job) stop the run and restore every alias it changed, from the
 *   journal kept in memory, before the step exits with 128 + the signal number.
 * - Whatever throws, the step still writes `verdict` (`error`), `reason` (one line, one error
 *   annotation), `rolled-back`, `versions`, its own JSON `report` and a job summary saying where
 *   the aliases were left.
 */
import { writeFileSync } from 'node:fs';
import type { AwsClients } from '../aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../aws/clients.js';
import type { Config } from '../config/types.js';
import type { PipelineParts } from '../pipeline/parts.js';
import { errorMessage } from '../errors.js';
import { readJournal } from '../pipeline/journal.js';
import { crashResult } from '../pipeline/crash-result.js';
import { crashRecordOf } from '../pipeline/record.js';
import type { RunResult } from '../pipeline/types.js';
import { buildReport, serializeReport } from '../report/report.js';
import { renderSummary } from '../report/summary.js';
import { verdictLine } from '../report/verdict-line.js';
import type { StopHandler, SignalHost } from '../signals.js';
import { stopRunOnSignal, processHost } from '../signals.js';
import type { Clock } from '../util/clock.js';
import { runHolder } from '../traffic/lease-holder.js';
import { realClock } from '../util/clock.js';
import { runWithDeployment } from './deployment-run.js';
import { commentOnPullRequest } from './pr-comment.js';
import { redactingActionLogger } from './logger.js';
import { writeOutputs } from './outputs.js';
import * as runner from './runner.js';
import type { Secrets } from '../config/secrets.js';
import { describeFailure } from './failure.js';
import { reportPath } from './report-file.js';
import { aliasesAfterError, aliasesAfterRecovery, versionsFromJournal } from './stop-report.js';
import { writeStopReport } from './stop-step.js';
import { MainStepState } from './state.js';
import type { HoldPlans } from '../pipeline/runner-loss.js';

export interface MainStepOptions {
  /** Signals and exit (default: the process). */
  readonly host?: SignalHost;
  /** The pipeline's parts (default: the real modules). */
  readonly parts?: PipelineParts;
  readonly clock?: Clock;
  /** on-runner-loss: guard: who keeps the run's plans (default: detached/run-held.ts). */
  readonly holdPlans?: HoldPlans;
}

export async function runMainStep(config: Config, secrets: Secrets, options: MainStepOptions): Promise<void> {
  const startedAt = new Date();
  const path = reportPath(config.stackName ?? config.functions.join('-'));
  const logger = redactingActionLogger(secrets.redact);
  const state = new MainStepState();
  let clients: Promise<AwsClients> | undefined;
  const getClients = (): Promise<AwsClients> =>
    (clients ??= createAwsClients({ region: config.region, proxy: config.httpProxy }));
  let stops: StopHandler | undefined;
  try {
    const stoppable = stopRunOnSignal({
      host: options.host ?? processHost,
      logger,
      state,
      lambda: async () => (await getClients()).lambda,
      afterRecovery: (signal, report) =>
        writeStopReport(
          {
            title: 'stopped',
            failure: describeFailure(`The step received ${signal} and stopped the run.`),
            aliases: aliasesAfterRecovery(report),
            versions: versionsFromJournal(readJournal(state.memory)),
            reportPath: path,
            stackName: config.stackName,
          },
          secrets,
        ),
    });
    stops = stoppable.stops;
    // Who this run is (the workflow run and its attempt), for its alias leases; before any AWS call.
    const holder = runHolder(process.env);
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
          signal: stoppable.signal,
          deployment,
          holder,
          handOff: async (request) => (await import('../detached/hand-off.js')).handOff(request),
          holdPlans:
            options.holdPlans ??
            (async (request) => (await import('../detached/run-held.js')).holdPlans(request)),
        },
        options.parts,
      ),
    );
    const stopped = stops.interrupted();
    if (stopped) {
      await stopped;
      return;
    }
    // A dry run on a pull request: its change sets as one comment there (a failure is a warning).
    await commentOnPullRequest(config, result, { logger, redact: secrets.redact });
    await finish(config, result, startedAt, secrets, path);
  } catch (error) {
    const stopped = stops?.interrupted();
    if (stopped) {
      await stopped;
      return;
    }
    // One error annotation for the error; the pipeline has only logged what it restored.
    const failure = describeFailure(error);
    runner.fail(secrets.redact(failure.reason));
    const journal = readJournal(state.memory);
    const record = crashRecordOf(error);
    try {
      await writeStopReport(
        {
          title: 'error',
          failure,
          aliases: aliasesAfterError(journal),
          versions: record ? crashResult(record).versions : versionsFromJournal(journal),
          reportPath: path,
          stackName: config.stackName,
          record,
        },
        secrets,
      );
    } catch (reportError) {
      runner.warning(secrets.redact(`The error report could not be written: ${errorMessage(reportError)}`));
    }
  } finally {
    stops?.dispose();
    const built = clients ? await clients.catch(() => undefined) : undefined;
    if (built) destroyAwsClients(built);
  }
}

/** A run that reached a verdict: the JSON report, the outputs, the summary; fail/inconclusive fail the step. */
async function finish(
  config: Config,
  result: RunResult,
  startedAt: Date,
  secrets: Secrets,
  reportPath: string,
): Promise<void> {
  const report = buildReport(config, result, { startedAt, finishedAt: new Date() });
  writeFileSync(reportPath, serializeReport(report, secrets.list()));
  writeOutputs(result, reportPath, secrets.redact);
  await runner.appendSummary(secrets.redact(renderSummary(report)));
  // The last line of the log: the verdict, what was done, why (an error annotation when it fails).
  const line = secrets.redact(verdictLine(result));
  if (result.verdict === 'fail' || result.verdict === 'inconclusive') runner.fail(line);
  else runner.info(line);
}

/**
 * The action's main step once its inputs are valid: the run goes through the front door
 * (src/front-door.ts), and this step makes of its end the outputs, the JSON report and the job
 * summary.
 * - SIGTERM/SIGINT (a cancelled job) stop the run and restore every alias it changed, from the
 *   journal kept in memory, before the step exits with 128 + the signal number.
 * - Whatever throws, the step still writes `verdict` (`error`), `reason` (one line, one error
 *   annotation), `rolled-back`, `versions`, its own JSON `report` and a job summary saying where
 *   the aliases were left.
 */
import { writeFileSync } from 'node:fs';
import type { Config } from '../config/types.js';
import type { FrontDoorVerdict, RunSeams } from '../front-door.js';
import { runFrontDoor } from '../front-door.js';
import type { JournalData } from '../pipeline/journal.js';
import { readJournal } from '../pipeline/journal.js';
import { crashResult } from '../pipeline/crash-result.js';
import { crashRecordOf } from '../pipeline/record.js';
import { renderSummary } from '../report/summary.js';
import { redactStrings } from '../config/redact.js';
import { runWithDeployment } from './deployment-run.js';
import { commentOnPullRequest } from './pr-comment.js';
import { redactingActionLogger } from './logger.js';
import { writeOutputs } from './outputs.js';
import * as runner from './runner.js';
import type { Secrets } from '../config/secrets.js';
import { describeFailure } from './failure.js';
import { reportPath } from './report-file.js';
import { aliasesAfterError, aliasesAfterRecovery, versionsFromJournal } from './stop-report.js';
import { failStep, writeStopReport } from './stop-step.js';
import { MainStepState } from './state.js';

/** Signals and exit, the clock, the pipeline's parts (default: the process, the real ones). */
export type MainStepOptions = RunSeams;

export async function runMainStep(config: Config, secrets: Secrets, options: MainStepOptions): Promise<void> {
  const path = reportPath(config.stackName ?? config.functions.join('-'));
  const logger = redactingActionLogger(secrets.redact);
  const state = new MainStepState();
  await runFrontDoor(
    {
      config,
      secrets,
      logger,
      state,
      env: process.env,
      comment: commentOnPullRequest,
      seams: options,
      // With deployment-environment: a GitHub deployment before the run, its status from the verdict after.
      around: (run) => runWithDeployment(config, logger, run),
      afterRecovery: (signal, report) =>
        writeStopReport(
          {
            title: 'stopped',
            failure: describeFailure(`The step received ${signal} and stopped the run.`),
            aliases: aliasesAfterRecovery(report),
            versions: versionsFromJournal(readJournal(state)),
            reportPath: path,
            stackName: config.stackName,
          },
          secrets,
        ),
    },
    {
      verdict: (end) => finish(end, secrets, path),
      error: (error, journal) => failAfterError(error, journal, config, secrets, path),
      stopped: () => undefined,
    },
  );
}

/** A run that reached a verdict: the JSON report, the outputs, the summary; fail/inconclusive fail the step. */
async function finish(end: FrontDoorVerdict, secrets: Secrets, reportPath: string): Promise<void> {
  writeFileSync(reportPath, end.reportText);
  writeOutputs(end.result, reportPath, secrets.redact);
  // Secrets masked in the report's texts before it is rendered: the summary's figures stay whole.
  await runner.appendSummary(renderSummary(redactStrings(end.report, secrets.redact)));
  // The last line of the log: the verdict, what was done, why (an error annotation when it fails).
  if (end.failed) runner.fail(end.line);
  else runner.info(end.line);
}

/** One error annotation for the error (the pipeline has only logged what it restored), then the stop report. */
function failAfterError(
  error: unknown,
  journal: JournalData | undefined,
  config: Config,
  secrets: Secrets,
  reportPath: string,
): Promise<void> {
  const record = crashRecordOf(error);
  return failStep(
    error,
    {
      aliases: aliasesAfterError(journal),
      versions: record ? crashResult(record).versions : versionsFromJournal(journal),
      reportPath,
      stackName: config.stackName,
      record,
    },
    secrets,
  );
}

/**
 * A step that ended without a verdict (a bad input, an error, a signal), written through the
 * runner: every output, the JSON report, the job summary and the last log line.
 */
import { writeFileSync } from 'node:fs';
import { errorMessage } from '../errors.js';
import type { RunRecord } from '../pipeline/record.js';
import type { FunctionVersions } from '../pipeline/types.js';
import { buildStopReport, serializeReport } from '../report/report.js';
import type { Failure } from './failure.js';
import { describeFailure } from './failure.js';
import { writeStopOutputs } from './outputs.js';
import { appendSummary, fail, info, warning } from './runner.js';
import type { AliasOutcome } from './stop-report.js';
import { renderStopSummary, stopVerdictLine } from './stop-report.js';

/** A step that ended without a verdict: why, where the aliases were left, and where its report goes. */
export interface StopDetails {
  /** `error` (it threw, or an input was bad) or `stopped` (a signal). */
  readonly title: string;
  readonly failure: Failure;
  readonly aliases: AliasOutcome;
  readonly versions: Readonly<Record<string, FunctionVersions>>;
  readonly reportPath: string;
  readonly stackName: string | undefined;
  readonly record?: RunRecord | undefined;
}

/** What the step knows of its secrets: the redaction of text, and the values (for the report). */
export interface StopSecrets {
  readonly redact: (text: string) => string;
  list(): string[];
}

/**
 * The outputs (`verdict` error, `reason` on one line, `rolled-back`, `versions`, `report`), the
 * JSON report, the job summary (with every problem listed) and the last log line of a step that
 * ended without a verdict. Each problem is logged on its own when there are several.
 */
export async function writeStopReport(stop: StopDetails, secrets: StopSecrets): Promise<void> {
  const { redact } = secrets;
  const reason = redact(stop.failure.reason);
  const problems = stop.failure.problems.map(redact);
  let report = stop.reportPath;
  try {
    const json = buildStopReport(
      {
        stopped: stop.title,
        reason,
        problems,
        rolledBack: stop.aliases.rolledBack,
        stackName: stop.stackName,
        aliases: { headline: stop.aliases.headline, rows: stop.aliases.rows },
        versions: stop.versions,
        record: stop.record,
      },
      new Date(),
    );
    writeFileSync(report, serializeReport(json, secrets.list()));
  } catch (error) {
    warning(redact(`The JSON report could not be written to ${report}: ${errorMessage(error)}`));
    report = '';
  }
  writeStopOutputs({ reason, rolledBack: stop.aliases.rolledBack, versions: stop.versions, report });
  if (problems.length > 1) for (const problem of problems) info(`- ${problem}`);
  await appendSummary(redact(renderStopSummary(stop.title, reason, stop.aliases, problems)));
  info(redact(stopVerdictLine(stop.title, reason, stop.aliases)));
}

/**
 * Fails the step on `error` (before the run or during it): one error annotation (several bad
 * inputs joined on one line), then the stop report; a report that cannot be written is a warning.
 */
export async function failStep(
  error: unknown,
  stop: Omit<StopDetails, 'title' | 'failure'>,
  secrets: StopSecrets,
): Promise<void> {
  const failure = describeFailure(error);
  fail(secrets.redact(failure.reason));
  try {
    await writeStopReport({ title: 'error', failure, ...stop }, secrets);
  } catch (reportError) {
    warning(secrets.redact(`The error report could not be written: ${errorMessage(reportError)}`));
  }
}

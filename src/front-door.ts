/**
 * The one front door of a run, for the action's main step and the CLI alike, once the inputs are
 * valid: it builds the AWS clients of each region on first use (and destroys them at the end), stops the run on
 * SIGINT/SIGTERM and restores every alias it changed, runs the pipeline, comments a dry run's
 * change sets on the pull request, builds the JSON report and the verdict line, and catches
 * whatever throws, once. What each door makes of the end (outputs and a job summary, or stdout
 * and an exit code) is its own: `FrontDoorEnds`.
 */
import { ClientPool } from './aws/clients.js';
import type { Secrets } from './config/secrets.js';
import { valuesToMask } from './config/secrets.js';
import type { Config } from './config/types.js';
import type { Logger } from './logger.js';
import type { JournalData } from './pipeline/journal.js';
import { readJournal } from './pipeline/journal.js';
import type { PipelineParts } from './pipeline/parts.js';
import type { RecoveryReport } from './pipeline/recover.js';
import type { HoldPlans } from './pipeline/runner-loss.js';
import type { RecordedDeployment, RunResult } from './pipeline/types.js';
import type { Report } from './report/report.js';
import { buildReport, serializeReport } from './report/report.js';
import { verdictLine } from './report/verdict-line.js';
import type { SignalHost, StopSignal } from './signals.js';
import { processHost, stopRunOnSignal } from './signals.js';
import type { StateStore } from './state-store.js';
import { runHolder } from './traffic/lease-holder.js';
import type { Clock } from './util/clock.js';
import { realClock } from './util/clock.js';

/** The pipeline run once, given the GitHub deployment it reports to (if any). */
export type RunOnce = (deployment?: RecordedDeployment) => Promise<RunResult>;

/** A dry run's change sets as a pull request comment (action/pr-comment.ts); a failure is a warning. */
export type CommentOnPullRequest = (
  config: Config,
  result: RunResult,
  deps: { logger: Logger; redact: (text: string) => string; env: NodeJS.ProcessEnv },
) => Promise<unknown>;

/** What a test puts in place of the process, the clock and the real modules (each defaults to the real one). */
export interface RunSeams {
  /** Signals and exit (default: the process). */
  readonly host?: SignalHost | undefined;
  readonly clock?: Clock | undefined;
  /** The pipeline's parts (default: the real modules). */
  readonly parts?: PipelineParts | undefined;
  /** on-runner-loss: guard: who keeps the run's plans (default: detached/run-held.ts). */
  readonly holdPlans?: HoldPlans | undefined;
}

export interface FrontDoorOptions {
  readonly config: Config;
  /** The run's secrets so far; the config's are added here. */
  readonly secrets: Secrets;
  readonly logger: Logger;
  /** Where the run keeps its journal: read back here on a signal and after an error. */
  readonly state: StateStore;
  /** The workflow's variables (the run and attempt the alias leases name, the pull request). */
  readonly env: NodeJS.ProcessEnv;
  readonly comment: CommentOnPullRequest;
  readonly seams: RunSeams;
  /** Runs the pipeline (default: once, with no deployment); the action records a GitHub deployment around it. */
  readonly around?: ((run: RunOnce) => Promise<RunResult>) | undefined;
  /** After a signal's recovery, before the process exits (the action writes its outputs there). */
  readonly afterRecovery?: ((signal: StopSignal, report: RecoveryReport) => void | Promise<void>) | undefined;
}

/** A run that reached a verdict, ready to show. */
export interface FrontDoorVerdict {
  readonly result: RunResult;
  readonly report: Report;
  /** The JSON report, every secret redacted. */
  readonly reportText: string;
  /** The last line of the log: the verdict, what was done, why; redacted. */
  readonly line: string;
  /** fail or inconclusive: the step fails, the CLI exits 1. */
  readonly failed: boolean;
}

/** What each door makes of the ways a run ends. */
export interface FrontDoorEnds<T> {
  verdict(end: FrontDoorVerdict): T | Promise<T>;
  /** The run (or `verdict`) threw; the journal says which aliases it changed. */
  error(error: unknown, journal: JournalData | undefined): T | Promise<T>;
  /** A signal stopped the run and its recovery ran: the exit code, 128 + the signal's number. */
  stopped(code: number): T;
}

/** A verdict that fails the step (exit 1 from the CLI): fail or inconclusive. */
export function verdictFails(result: Pick<RunResult, 'verdict'>): boolean {
  return result.verdict === 'fail' || result.verdict === 'inconclusive';
}

export async function runFrontDoor<T>(door: FrontDoorOptions, ends: FrontDoorEnds<T>): Promise<T> {
  const { config, secrets, logger, state, seams } = door;
  const startedAt = new Date();
  secrets.add(valuesToMask(config));
  // One set of clients per region (a release in waves has several), each built when first needed.
  const clients = new ClientPool(config.httpProxy);
  const { signal, stops } = stopRunOnSignal({
    host: seams.host ?? processHost,
    logger,
    state,
    lambda: async (region) => (await clients.get(config.regions.length > 0 ? region : config.region)).lambda,
    afterRecovery: door.afterRecovery,
  });
  try {
    // Who this run is, for its alias leases: a bad STACK_CANARY_RUN_* value stops it before any AWS call.
    const holder = runHolder(door.env);
    // The engine (and the AWS SDK with it) loads only once the inputs are valid.
    const { runDeployment } = await import('./waves/release.js');
    const runOnce: RunOnce = (deployment) =>
      runDeployment(
        config,
        {
          logger,
          state,
          clock: seams.clock ?? realClock,
          clientsFor: (region) => clients.get(region),
          signal,
          deployment,
          holder,
          handOff: async (request) => (await import('./detached/hand-off.js')).handOff(request),
          holdPlans:
            seams.holdPlans ??
            (async (request) => (await import('./detached/run-held.js')).holdPlans(request)),
        },
        seams.parts,
      );
    const result = await (door.around ? door.around(runOnce) : runOnce());
    const stopped = stops.interrupted();
    if (stopped) return ends.stopped(await stopped);
    // A dry run on a pull request: its change sets as one comment there.
    await door.comment(config, result, { logger, redact: secrets.redact, env: door.env });
    const report = buildReport(config, result, { startedAt, finishedAt: new Date() });
    return await ends.verdict({
      result,
      report,
      reportText: serializeReport(report, secrets.list()),
      line: secrets.redact(verdictLine(result)),
      failed: verdictFails(result),
    });
  } catch (error) {
    const stopped = stops.interrupted();
    if (stopped) return ends.stopped(await stopped);
    return await ends.error(error, readJournal(state));
  } finally {
    stops.dispose();
    await clients.destroy();
  }
}

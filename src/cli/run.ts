import type { AwsClients } from '../aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../aws/clients.js';
import { parseConfig } from '../config/parse.js';
import { writeFileSync } from 'node:fs';
import type { Config } from '../config/types.js';
import { commentOnPullRequest } from '../action/pr-comment.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { PipelineParts } from '../pipeline/parts.js';
import type { RunResult } from '../pipeline/types.js';
import { buildReport, serializeReport } from '../report/report.js';
import { verdictLine } from '../report/verdict-line.js';
import { aliasesAfterError, stopVerdictLine } from '../action/stop-report.js';
import { readJournal } from '../pipeline/journal.js';
import { MemoryStateStore } from '../state-store.js';
import { runHolder } from '../traffic/lease-holder.js';
import type { Clock } from '../util/clock.js';
import { realClock } from '../util/clock.js';
import { VERSION } from '../version.js';
import { cliHelpText, parseCliArgs } from './args.js';
import { rawSecretValues, Secrets, valuesToMask } from '../config/secrets.js';
import type { SignalHost } from '../signals.js';
import { stopRunOnSignal, processHost } from '../signals.js';

/** The CLI's log on stderr (stdout carries the JSON report), every line redacted first. */
function consoleLogger(redact: (text: string) => string): Logger {
  const line = (text: string): void => console.error(redact(text));
  return {
    debug: (m) => (process.env['STACK_CANARY_DEBUG'] ? line(`debug: ${m}`) : undefined),
    info: (m) => line(m),
    warning: (m) => line(`warning: ${m}`),
    error: (m) => line(`error: ${m}`),
    group: async (title, body) => {
      line(`== ${title}`);
      return body();
    },
  };
}

/**
 * The exit code of a run that reached a verdict: 1 for fail or inconclusive, else 0. (runCli adds
 * the others: 2 when the run errors, 128 + the signal's number when a signal stops it.)
 */
export function exitCodeFor(result: RunResult): number {
  return result.verdict === 'fail' || result.verdict === 'inconclusive' ? 1 : 0;
}

export interface CliRunOptions {
  /** The pipeline's parts (default: the real modules). */
  readonly parts?: PipelineParts;
  readonly logger?: Logger;
  readonly clock?: Clock;
  /** Signals and exit (default: the process). */
  readonly host?: SignalHost;
  /** Where the JSON report goes (default: stdout). */
  readonly print?: (text: string) => void;
  /** Also write the JSON report to this file. */
  readonly reportFile?: string | undefined;
  /** Values to redact from everything the CLI writes (default: those of the config). */
  readonly secrets?: Secrets;
  /**
   * Where a GitHub workflow's variables are read (the pull request to comment on, the run and
   * attempt the alias lease names) and STACK_CANARY_RUN_ID/_ATTEMPT; default process.env.
   */
  readonly env?: NodeJS.ProcessEnv;
}

/** The CLI: the same engine as the action, flags/env in, JSON out, exit code. */
export async function runCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  options: CliRunOptions = {},
): Promise<number> {
  const [command] = argv;
  if (command === 'status' || command === 'wait') {
    // Detached canaries (wait: false): read the plan table; no run.
    const { runDetachedCommand } = await import('./detached-commands.js');
    return runDetachedCommand(command, argv.slice(1), { clock: options.clock });
  }
  let config: Config;
  let reportFile: string | undefined;
  const secrets = new Secrets();
  try {
    const { read, options: cli } = parseCliArgs(argv, env);
    secrets.add(rawSecretValues(read));
    if (cli.help) {
      process.stdout.write(cliHelpText());
      return 0;
    }
    if (cli.version) {
      console.log(VERSION);
      return 0;
    }
    reportFile = cli.reportFile;
    config = parseConfig(read);
  } catch (error) {
    console.error(secrets.redact(`stack-canary: ${errorMessage(error)}`));
    return 2;
  }
  return runCliWithConfig(config, { ...options, reportFile, secrets, env });
}

/**
 * Runs the pipeline with the journal in memory. On SIGINT/SIGTERM the run is stopped (no further
 * alias change), every alias it changed is restored from the journal, and the process exits with
 * 128 + the signal number.
 */
export async function runCliWithConfig(config: Config, options: CliRunOptions = {}): Promise<number> {
  const startedAt = new Date();
  const secrets = options.secrets ?? new Secrets();
  secrets.add(valuesToMask(config));
  const logger = options.logger ?? consoleLogger(secrets.redact);
  const print = options.print ?? ((text: string) => console.log(text));
  const state = new MemoryStateStore();
  let clients: Promise<AwsClients> | undefined;
  const getClients = (): Promise<AwsClients> =>
    (clients ??= createAwsClients({ region: config.region, proxy: config.httpProxy }));
  const { signal, stops } = stopRunOnSignal({
    host: options.host ?? processHost,
    logger,
    state,
    lambda: async () => (await getClients()).lambda,
  });
  try {
    // Who this run is, for its alias leases: a bad STACK_CANARY_RUN_* value stops it before any AWS call.
    const holder = runHolder(options.env ?? process.env);
    // The engine (and the AWS SDK with it) loads only once the inputs are valid.
    const { runPipeline } = await import('../pipeline/run.js');
    const result = await runPipeline(
      config,
      {
        logger,
        state,
        clock: options.clock ?? realClock,
        clients: getClients,
        signal,
        holder,
        handOff: async (request) => (await import('../detached/hand-off.js')).handOff(request),
        holdPlans: async (request) => (await import('../detached/run-held.js')).holdPlans(request),
      },
      options.parts,
    );
    const stopped = stops.interrupted();
    if (stopped) return await stopped;
    // In a GitHub workflow, a dry run on a pull request comments there as the action does.
    await commentOnPullRequest(config, result, {
      logger,
      redact: secrets.redact,
      env: options.env ?? process.env,
    });
    const report = buildReport(config, result, { startedAt, finishedAt: new Date() });
    const text = serializeReport(report, secrets.list());
    if (options.reportFile) writeFileSync(options.reportFile, text);
    print(text);
    // The last line of the log: the verdict, what was done, why.
    logger.info(verdictLine(result));
    return exitCodeFor(result);
  } catch (error) {
    const stopped = stops.interrupted();
    if (stopped) return await stopped;
    logger.error(`stack-canary: ${errorMessage(error)}`);
    // The last line, as after a verdict: where the journal says each alias was left, and why.
    logger.info(stopVerdictLine('error', errorMessage(error), aliasesAfterError(readJournal(state))));
    return 2;
  } finally {
    stops.dispose();
    const built = clients ? await clients.catch(() => undefined) : undefined;
    if (built) destroyAwsClients(built);
  }
}

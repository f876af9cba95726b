import type { AwsClients } from '../aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../aws/clients.js';
import { parseConfig } from '../config/parse.js';
import { writeFileSync } from 'node:fs';
import type { Config } from '../config/types.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { PipelineParts } from '../pipeline/parts.js';
import type { RunResult } from '../pipeline/types.js';
import { buildReport, serializeReport } from '../report/report.js';
import { MemoryStateStore } from '../state-store.js';
import type { Clock } from '../util/clock.js';
import { realClock } from '../util/clock.js';
import { VERSION } from '../version.js';
import { cliHelpText, parseCliArgs } from './args.js';
import type { SignalHost } from './signals.js';
import { guardSignals, processHost } from './signals.js';

const consoleLogger: Logger = {
  debug: (m) => (process.env['STACK_CANARY_DEBUG'] ? console.error(`debug: ${m}`) : undefined),
  info: (m) => console.error(m),
  warning: (m) => console.error(`warning: ${m}`),
  error: (m) => console.error(`error: ${m}`),
  group: async (title, body) => {
    console.error(`== ${title}`);
    return body();
  },
};

/** Exit codes: 0 pass/skipped, 1 fail/inconclusive, 2 error, 128 + signal when stopped by one. */
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
}

/** The CLI: the same engine as the action, flags/env in, JSON out, exit code. */
export async function runCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  options: CliRunOptions = {},
): Promise<number> {
  let config: Config;
  let reportFile: string | undefined;
  try {
    const { read, options: cli } = parseCliArgs(argv, env);
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
    console.error(`stack-canary: ${errorMessage(error)}`);
    return 2;
  }
  return runCliWithConfig(config, { ...options, reportFile });
}

/**
 * Runs the pipeline with the journal in memory. On SIGINT/SIGTERM the run is stopped (no further
 * alias change), every alias it changed is restored from the journal, and the process exits with
 * 128 + the signal number.
 */
export async function runCliWithConfig(config: Config, options: CliRunOptions = {}): Promise<number> {
  const startedAt = new Date();
  const logger = options.logger ?? consoleLogger;
  const print = options.print ?? ((text: string) => console.log(text));
  const state = new MemoryStateStore();
  const controller = new AbortController();
  let clients: Promise<AwsClients> | undefined;
  const getClients = (): Promise<AwsClients> => (clients ??= createAwsClients({ region: config.region }));
  const guard = guardSignals({
    host: options.host ?? processHost,
    logger,
    onSignal: async () => {
      controller.abort();
      const { recoverUnfinishedRun } = await import('../pipeline/recover.js');
      const report = await recoverUnfinishedRun(state, async () => (await getClients()).lambda, logger);
      if (report.status === 'incomplete') logger.error(report.message);
      else logger.info(report.message);
    },
  });
  try {
    // The engine (and the AWS SDK with it) loads only once the inputs are valid.
    const { runPipeline } = await import('../pipeline/run.js');
    const result = await runPipeline(
      config,
      { logger, state, clock: options.clock ?? realClock, clients: getClients, signal: controller.signal },
      options.parts,
    );
    const stopped = guard.interrupted();
    if (stopped) return await stopped;
    const secrets = config.githubToken ? [config.githubToken] : [];
    const text = serializeReport(buildReport(config, result, { startedAt, finishedAt: new Date() }), secrets);
    if (options.reportFile) writeFileSync(options.reportFile, text);
    print(text);
    return exitCodeFor(result);
  } catch (error) {
    const stopped = guard.interrupted();
    if (stopped) return await stopped;
    logger.error(`stack-canary: ${errorMessage(error)}`);
    return 2;
  } finally {
    guard.dispose();
    const built = clients ? await clients.catch(() => undefined) : undefined;
    if (built) destroyAwsClients(built);
  }
}

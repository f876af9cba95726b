import { parseConfig } from '../config/parse.js';
import { writeFileSync } from 'node:fs';
import type { Config } from '../config/types.js';
import { commentOnPullRequest } from '../action/pr-comment.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { RunResult } from '../pipeline/types.js';
import { aliasesAfterError, stopVerdictLine } from '../action/stop-report.js';
import { MemoryStateStore } from '../state-store.js';
import type { RunSeams } from '../front-door.js';
import { runFrontDoor, verdictFails } from '../front-door.js';
import { VERSION } from '../version.js';
import { cliHelpText, parseCliArgs } from './args.js';
import { rawSecretValues, Secrets } from '../config/secrets.js';

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
export function exitCodeFor(result: Pick<RunResult, 'verdict'>): number {
  return verdictFails(result) ? 1 : 0;
}

/** Signals and exit, the clock and the pipeline's parts (RunSeams: default the process, the real ones), and: */
export interface CliRunOptions extends RunSeams {
  readonly logger?: Logger;
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
  if (command === 'promote' || command === 'rollback' || command === 'pause' || command === 'resume') {
    // Control of a detached canary: a request on its plan, carried out by the guard.
    const { runControlCommand } = await import('./control-commands.js');
    return runControlCommand(command, argv.slice(1), { clock: options.clock });
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
 * Runs the pipeline through the front door, with the journal in memory. On SIGINT/SIGTERM the run
 * is stopped (no further alias change), every alias it changed is restored from the journal, and
 * the process exits with 128 + the signal number.
 */
export async function runCliWithConfig(config: Config, options: CliRunOptions = {}): Promise<number> {
  const secrets = options.secrets ?? new Secrets();
  const logger = options.logger ?? consoleLogger(secrets.redact);
  const print = options.print ?? ((text: string) => console.log(text));
  return runFrontDoor(
    {
      config,
      secrets,
      logger,
      state: new MemoryStateStore(),
      env: options.env ?? process.env,
      comment: commentOnPullRequest,
      seams: options,
    },
    {
      verdict: (end) => {
        if (options.reportFile) writeFileSync(options.reportFile, end.reportText);
        print(end.reportText);
        logger.info(end.line);
        return exitCodeFor(end.result);
      },
      error: (error, journal) => {
        logger.error(`stack-canary: ${errorMessage(error)}`);
        // The last line, as after a verdict: where the journal says each alias was left, and why.
        logger.info(stopVerdictLine('error', errorMessage(error), aliasesAfterError(journal)));
        return 2;
      },
      stopped: (code) => code,
    },
  );
}

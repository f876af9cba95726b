import { writeFileSync } from 'node:fs';
import { createAwsClients } from '../aws/clients.js';
import { parseConfig } from '../config/parse.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { runPipeline } from '../pipeline/run.js';
import { buildReport, serializeReport } from '../report/report.js';
import { MemoryStateStore } from '../state.js';
import { realClock } from '../util/clock.js';
import { VERSION } from '../version.js';
import { cliHelpText, parseCliArgs } from './args.js';

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

/** The CLI: the same engine as the action; flags/env in, JSON report on stdout, exit code out. */
export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const startedAt = new Date();
  try {
    const { read, options } = parseCliArgs(argv, env);
    if (options.help) {
      process.stdout.write(cliHelpText());
      return 0;
    }
    if (options.version) {
      console.log(VERSION);
      return 0;
    }
    const config = parseConfig(read);
    const secrets = config.githubToken ? [config.githubToken] : [];
    const result = await runPipeline(config, {
      logger: consoleLogger,
      state: new MemoryStateStore(),
      clock: realClock,
      clients: () => createAwsClients({ region: config.region }),
    });
    const text = serializeReport(buildReport(config, result, { startedAt, finishedAt: new Date() }), secrets);
    if (options.reportFile) writeFileSync(options.reportFile, text);
    process.stdout.write(text);
    return result.verdict === 'fail' || result.verdict === 'inconclusive' ? 1 : 0;
  } catch (error) {
    console.error(`stack-canary: ${errorMessage(error)}`);
    return 2;
  }
}

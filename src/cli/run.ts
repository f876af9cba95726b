import { createAwsClients } from '../aws/clients.js';
import { parseConfig } from '../config/parse.js';
import type { InputName } from '../config/types.js';
import { INPUT_DEFAULTS } from '../config/types.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { runPipeline } from '../pipeline/run.js';
import { MemoryStateStore } from '../state.js';
import { realClock } from '../util/clock.js';

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

/** The CLI: the same engine as the action, flags/env in, JSON out, exit code. */
export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  try {
    const flags = new Map<string, string>();
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i] ?? '';
      if (arg.startsWith('--')) {
        const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
        flags.set(name ?? '', inline ?? argv[++i] ?? '');
      }
    }
    const read = (name: InputName): string =>
      flags.get(name) ??
      env[`STACK_CANARY_${name.toUpperCase().replace(/-/g, '_')}`] ??
      INPUT_DEFAULTS[name] ??
      '';
    const config = parseConfig(read);
    const result = await runPipeline(config, {
      logger: consoleLogger,
      state: new MemoryStateStore(),
      clock: realClock,
      clients: () => createAwsClients({ region: config.region }),
    });
    console.log(JSON.stringify(result, null, 2));
    return result.verdict === 'fail' || result.verdict === 'inconclusive' ? 1 : 0;
  } catch (error) {
    console.error(`stack-canary: ${errorMessage(error)}`);
    return 2;
  }
}

import type { Config } from '../config/types.js';
import type { RunDeps, RunResult } from './types.js';

/** The run of DESIGN.md, step by step. */
export async function runPipeline(config: Config, deps: RunDeps): Promise<RunResult> {
  deps.logger.info(`stack-canary: ${config.stackName ?? '(no stack)'}`);
  return {
    verdict: 'skipped',
    rolledBack: false,
    reason: 'nothing to do yet',
    versions: {},
    stackId: undefined,
    stackOutputs: {},
    details: {},
  };
}

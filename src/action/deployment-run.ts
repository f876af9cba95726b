/**
 * The run inside a GitHub deployment, when `deployment-environment` asks for one: the deployment
 * starts (in_progress) before the run and takes the verdict, or `error` when the run throws,
 * after it. Recording it never decides the run (deployment.ts turns its failures into warnings).
 * A dry run deploys nothing, so it records no deployment.
 */
import type { Config } from '../config/types.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { RecordedDeployment, RunResult } from '../pipeline/types.js';
import type { DeploymentRequest, DeploymentTracker } from './deployment.js';
import { startDeployment } from './deployment.js';

export type DeploymentStarter = (request: DeploymentRequest, logger: Logger) => Promise<DeploymentTracker>;

type DeploymentConfig = Pick<
  Config,
  'deploymentEnvironment' | 'githubToken' | 'dryRun' | 'stackName' | 'functions' | 'alias' | 'strategy'
>;

/** One line on what is deployed: `stack-canary: orders-api, alias live, canary 10% 5m`. */
export function deploymentDescription(config: DeploymentConfig): string {
  const target = config.stackName ?? config.functions.join(', ');
  return `stack-canary: ${target}, alias ${config.alias}, ${config.strategy.source}`;
}

export async function runWithDeployment(
  config: DeploymentConfig,
  logger: Logger,
  run: (deployment?: RecordedDeployment) => Promise<RunResult>,
  start: DeploymentStarter = startDeployment,
): Promise<RunResult> {
  const environment = config.deploymentEnvironment;
  const token = config.githubToken;
  if (environment === undefined || token === undefined) return run();
  if (config.dryRun) {
    logger.info(`Dry run: no GitHub deployment is recorded for environment ${environment}.`);
    return run();
  }
  const tracker = await start({ token, environment, description: deploymentDescription(config) }, logger);
  let result: RunResult;
  try {
    result = await run(tracker.recorded);
  } catch (error) {
    await tracker.finish('error', errorMessage(error));
    throw error;
  }
  await tracker.finish(result.verdict, result.reason);
  return result;
}

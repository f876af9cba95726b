/**
 * runWithDeployment: the GitHub deployment around the run, with a recording starter in place of
 * the GitHub API (deployment.test.ts covers the API calls themselves).
 */
import { describe, expect, it } from '@jest/globals';
import type { DeploymentStarter } from '../../../src/action/deployment-run.js';
import { deploymentDescription, runWithDeployment } from '../../../src/action/deployment-run.js';
import type { DeploymentRequest } from '../../../src/action/deployment.js';
import type { Config } from '../../../src/config/types.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';
import type { RunResult, Verdict } from '../../../src/pipeline/types.js';
import { testConfig } from '../../helpers/pipeline-fakes.js';

interface Recorder {
  readonly start: DeploymentStarter;
  readonly events: string[];
  readonly requests: DeploymentRequest[];
}

function recorder(): Recorder {
  const events: string[] = [];
  const requests: DeploymentRequest[] = [];
  return {
    events,
    requests,
    start: async (request) => {
      events.push('start');
      requests.push(request);
      return {
        finish: async (verdict, description) => {
          events.push(`finish ${verdict}: ${description}`);
        },
      };
    },
  };
}

const result = (verdict: Verdict, reason: string): RunResult => ({
  verdict,
  reason,
  rolledBack: false,
  versions: {},
  stackId: undefined,
  stackOutputs: {},
  details: {},
});

const withEnvironment = (overrides: Partial<Config> = {}): Config =>
  testConfig({ deploymentEnvironment: 'production', githubToken: 'ghs_t0ken', ...overrides });

describe('runWithDeployment', () => {
  it('starts the deployment before the run and gives it the verdict and reason after', async () => {
    // GIVEN an environment and a token
    const r = recorder();
    const run = async (): Promise<RunResult> => {
      r.events.push('run');
      return result('fail', 'fn-a: error rate 4% above 1%');
    };
    // WHEN
    const returned = await runWithDeployment(withEnvironment(), new MemoryLogger(), run, r.start);
    // THEN
    expect(r.events).toEqual(['start', 'run', 'finish fail: fn-a: error rate 4% above 1%']);
    expect(r.requests).toEqual([
      {
        token: 'ghs_t0ken',
        environment: 'production',
        description: 'stack-canary: orders, alias live, canary 10% 5m',
      },
    ]);
    expect(returned.verdict).toBe('fail');
  });

  it('finishes the deployment as error when the run throws, and rethrows', async () => {
    const r = recorder();
    const run = async (): Promise<RunResult> => {
      throw new Error('Rate exceeded');
    };
    await expect(runWithDeployment(withEnvironment(), new MemoryLogger(), run, r.start)).rejects.toThrow(
      'Rate exceeded',
    );
    expect(r.events).toEqual(['start', 'finish error: Rate exceeded']);
  });

  it('records nothing without an environment, without a token, or in a dry run', async () => {
    const r = recorder();
    const logger = new MemoryLogger();
    const run = async (): Promise<RunResult> => result('pass', 'promoted');
    await runWithDeployment(testConfig({ githubToken: 'ghs_t0ken' }), logger, run, r.start);
    await runWithDeployment(withEnvironment({ githubToken: undefined }), logger, run, r.start);
    await runWithDeployment(withEnvironment({ dryRun: true }), logger, run, r.start);
    expect(r.events).toEqual([]);
    expect(logger.text('info')).toContain(
      'Dry run: no GitHub deployment is recorded for environment production.',
    );
  });

  it('names the functions when there is no stack', () => {
    const config = testConfig({ stackName: undefined, functions: ['orders-handler', 'billing'] });
    expect(deploymentDescription(config)).toBe(
      'stack-canary: orders-handler, billing, alias live, canary 10% 5m',
    );
  });
});

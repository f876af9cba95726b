/**
 * The GitHub deployment status, against a local HTTP listener standing in for the GitHub API
 * (GITHUB_API_URL), so the real Octokit requests are checked.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { deploymentState, startDeployment } from '../../../src/action/deployment.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';

interface Seen {
  method: string;
  url: string;
  body: Record<string, unknown>;
  auth: string | undefined;
}

describe('GitHub deployment status', () => {
  let server: Server;
  const seen: Seen[] = [];
  let failDeployments = false;
  beforeAll(async () => {
    server = createServer((req, res) => {
      let text = '';
      req.on('data', (c: Buffer) => (text += c.toString()));
      req.on('end', () => {
        seen.push({
          method: req.method ?? '',
          url: req.url ?? '',
          body: JSON.parse(text || '{}'),
          auth: req.headers.authorization,
        });
        res.setHeader('content-type', 'application/json');
        if (failDeployments) {
          res.statusCode = 403;
          res.end(JSON.stringify({ message: 'Resource not accessible by integration' }));
        } else if (req.url?.endsWith('/deployments')) {
          res.statusCode = 201;
          res.end(JSON.stringify({ id: 42 }));
        } else {
          res.statusCode = 201;
          res.end(JSON.stringify({ id: 7 }));
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    Object.assign(process.env, {
      GITHUB_API_URL: `http://127.0.0.1:${port}`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/orders',
      GITHUB_SHA: 'abc123',
      GITHUB_RUN_ID: '99',
    });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('creates a deployment in progress, then sets its final state from the verdict', async () => {
    // GIVEN a reachable API WHEN a run starts and fails
    const logger = new MemoryLogger();
    const tracker = await startDeployment(
      { token: 't0ken', environment: 'prod', description: 'canary' },
      logger,
    );
    await tracker.finish('fail', 'error rate 4% above 1%');
    // THEN
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'POST /repos/acme/orders/deployments',
      'POST /repos/acme/orders/deployments/42/statuses',
      'POST /repos/acme/orders/deployments/42/statuses',
    ]);
    expect(seen[0]?.body).toMatchObject({
      ref: 'abc123',
      environment: 'prod',
      auto_merge: false,
      required_contexts: [],
    });
    expect(seen[1]?.body).toMatchObject({
      state: 'in_progress',
      log_url: 'https://github.com/acme/orders/actions/runs/99',
    });
    expect(seen[2]?.body).toMatchObject({ state: 'failure', description: 'error rate 4% above 1%' });
    expect(seen[0]?.auth).toBe('token t0ken');
    expect(logger.text('warning')).toBe('');
  });

  it('warns and carries on when the API refuses', async () => {
    seen.length = 0;
    failDeployments = true;
    const logger = new MemoryLogger();
    const tracker = await startDeployment({ token: 't', environment: 'prod', description: 'x' }, logger);
    await tracker.finish('pass', 'ok');
    expect(seen).toHaveLength(1);
    expect(logger.text('warning')).toContain('GitHub deployment not created');
  });

  it.each([
    ['pass', 'success'],
    ['fail', 'failure'],
    ['inconclusive', 'failure'],
    ['skipped', 'inactive'],
    ['error', 'error'],
  ] as const)('%s → %s', (verdict, state) => {
    expect(deploymentState(verdict)).toBe(state);
  });
});

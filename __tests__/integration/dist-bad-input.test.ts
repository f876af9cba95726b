/**
 * The bundled action, started as the runner starts it, rejects a bad input with the named-input
 * message before anything touches AWS: a listener standing in for the AWS endpoint sees no connection.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:net';
import { runEntry } from '../helpers/run-action.js';

describe('dist/main with a bad input', () => {
  let server: Server;
  let connections = 0;
  let endpoint = '';
  beforeAll(async () => {
    server = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each([
    ['max-error-rate', 'abc'],
    ['strategy', 'canary 10%'],
    ['rollback', 'everything'],
  ])('%s=%s fails the step with one line naming the input, and no AWS connection', async (input, value) => {
    const run = await runEntry('dist/main/index.js', {
      inputs: {
        'stack-name': 'orders',
        alias: 'live',
        functions: 'OrdersFunction',
        [input]: value,
      },
      env: {
        AWS_ENDPOINT_URL: endpoint,
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'x',
        AWS_SECRET_ACCESS_KEY: 'y',
      },
    });
    expect(run.code).toBe(1);
    // Workflow commands escape %, CR and LF: read the annotation as the runner shows it.
    const errors = run.stdout
      .split('\n')
      .filter((l) => l.startsWith('::error::'))
      .map((l) => l.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`input ${input}`);
    expect(errors[0]).toContain(`"${value}"`);
    expect(connections).toBe(0);
    expect(run.outputs['verdict']).toBeUndefined();
  });
});

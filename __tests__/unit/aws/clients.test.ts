import { describe, expect, it } from '@jest/globals';
import type { AddressInfo, Socket } from 'node:net';
import { createServer } from 'node:net';
import { GetAliasCommand } from '@aws-sdk/client-lambda';
import {
  clientsConstructed,
  createAwsClients,
  DEFAULT_TIMEOUTS,
  destroyAwsClients,
  resolveRegion,
  resolveTimeouts,
  USER_AGENT,
} from '../../../src/aws/clients.js';
import { ConfigError } from '../../../src/errors.js';
import { VERSION } from '../../../src/version.js';
import { readFileSync } from 'node:fs';

describe('resolveRegion', () => {
  it('prefers the input, then AWS_REGION, then AWS_DEFAULT_REGION', () => {
    expect(resolveRegion('eu-west-1', { AWS_REGION: 'us-east-1' })).toBe('eu-west-1');
    expect(resolveRegion(undefined, { AWS_REGION: 'us-east-2', AWS_DEFAULT_REGION: 'us-west-2' })).toBe(
      'us-east-2',
    );
    expect(resolveRegion(undefined, { AWS_DEFAULT_REGION: 'us-west-2' })).toBe('us-west-2');
  });

  it('names the input when no region can be found', () => {
    expect(() => resolveRegion(undefined, {})).toThrow(ConfigError);
    expect(() => resolveRegion(undefined, {})).toThrow(
      'Input region is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set. Accepted: an AWS region such as eu-west-1.',
    );
  });
});

describe('createAwsClients', () => {
  it('builds every client lazily, in the region, with standard retries and our user agent', async () => {
    const before = clientsConstructed();
    const clients = await createAwsClients({ region: 'eu-central-1' });
    try {
      expect(clientsConstructed()).toBe(before + 6);
      expect(await clients.cloudFormation.config.region()).toBe('eu-central-1');
      expect(await clients.lambda.config.retryStrategy()).toMatchObject({ mode: 'standard' });
      expect(clients.sns.config.customUserAgent).toEqual([[USER_AGENT]]);
    } finally {
      destroyAwsClients(clients);
    }
  });

  it('sends the package version in the user agent', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(VERSION).toBe(pkg.version);
    expect(USER_AGENT).toBe(`stack-canary/${pkg.version}`);
  });
});

describe('resolveTimeouts', () => {
  it('takes explicit settings, then the environment, then the defaults', () => {
    expect(resolveTimeouts({}, {})).toEqual(DEFAULT_TIMEOUTS);
    expect(
      resolveTimeouts({}, { STACK_CANARY_REQUEST_TIMEOUT: '2s', STACK_CANARY_CONNECTION_TIMEOUT: '0.5s' }),
    ).toEqual({
      connectionMs: 500,
      requestMs: 2_000,
    });
    expect(resolveTimeouts({ requestMs: 900 }, { STACK_CANARY_REQUEST_TIMEOUT: '2s' }).requestMs).toBe(900);
  });

  it.each(['0s', 'forever', '20m', '-1s'])('names the variable and the accepted forms for %j', (value) => {
    expect(() => resolveTimeouts({}, { STACK_CANARY_REQUEST_TIMEOUT: value })).toThrow(
      `Environment variable STACK_CANARY_REQUEST_TIMEOUT is "${value}". Accepted: a duration from 0.1s to 15m, such as 10s or 1m.`,
    );
  });
});

describe('request bounds against an endpoint that never answers', () => {
  it('gives up after maxAttempts request timeouts with the SDK reason, instead of hanging', async () => {
    // GIVEN an endpoint that accepts connections and never answers
    const sockets: Socket[] = [];
    const server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const env = {
      AWS_ENDPOINT_URL: `http://127.0.0.1:${port}`,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
    };
    const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
    Object.assign(process.env, env);
    const clients = await createAwsClients({
      region: 'eu-west-1',
      maxAttempts: 2,
      timeouts: { connectionMs: 1_000, requestMs: 300 },
    });
    try {
      // WHEN a call goes out
      const call = clients.lambda.send(new GetAliasCommand({ FunctionName: 'f', Name: 'live' }));
      // THEN it fails with the request timeout, after one attempt per allowed attempt
      await expect(call).rejects.toMatchObject({
        name: 'TimeoutError',
        message: expect.stringContaining('exceeded the configured 300 ms requestTimeout'),
      });
      expect(sockets.length).toBeGreaterThanOrEqual(1);
      expect(sockets.length).toBeLessThanOrEqual(2);
    } finally {
      destroyAwsClients(clients);
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

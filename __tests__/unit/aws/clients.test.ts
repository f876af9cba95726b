import { describe, expect, it } from '@jest/globals';
import type { AddressInfo, Socket } from 'node:net';
import { createServer as createHttpServer } from 'node:http';
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
      expect(clientsConstructed()).toBe(before + 7);
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

/** Points the SDK at a local endpoint; returns what puts the environment back. */
function useEndpoint(port: number): () => void {
  const env = {
    AWS_ENDPOINT_URL: `http://127.0.0.1:${port}`,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
  };
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  return () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

describe('the synthetic traffic has its own retry quota', () => {
  it('spending it leaves the alias calls their retries', async () => {
    // GIVEN an endpoint that answers 500 to every call for "synthetic", and to the first two for "alias"
    let requests = 0;
    let aliasCalls = 0;
    const server = createHttpServer((req, res) => {
      requests += 1;
      if (req.url?.includes('/functions/alias/') && ++aliasCalls > 2) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ Name: 'live', FunctionVersion: '1' }));
        return;
      }
      res.writeHead(500, { 'content-type': 'application/json', 'x-amzn-errortype': 'ServiceException' });
      res.end(JSON.stringify({ message: 'injected' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const restore = useEndpoint((server.address() as AddressInfo).port);
    const clients = await createAwsClients({ region: 'eu-west-1' });
    const synthetic = clients.syntheticLambda;
    const get = (client: NonNullable<typeof synthetic>, name: string) =>
      client.send(new GetAliasCommand({ FunctionName: name, Name: 'live' }));
    try {
      expect(synthetic).toBeDefined();
      if (!synthetic) return;
      // WHEN 25 synthetic calls fail through their retries (5 tokens a retry, 500 in the quota)
      await Promise.allSettled(Array.from({ length: 25 }, () => get(synthetic, 'synthetic')));
      // THEN the synthetic client has no retry left: its next call is one request
      const before = requests;
      await expect(get(synthetic, 'synthetic')).rejects.toMatchObject({ name: 'ServiceException' });
      expect(requests - before).toBe(1);
      // AND the alias client still retries through two failures
      await expect(get(clients.lambda, 'alias')).resolves.toMatchObject({ FunctionVersion: '1' });
      expect(aliasCalls).toBe(3);
    } finally {
      destroyAwsClients(clients);
      restore();
      await new Promise((resolve) => server.close(resolve));
    }
  }, 30_000);
});

describe('request bounds against an endpoint that never answers', () => {
  it('gives up after maxAttempts request timeouts with the SDK reason, instead of hanging', async () => {
    // GIVEN an endpoint that accepts connections and never answers
    const sockets: Socket[] = [];
    const server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const restore = useEndpoint(port);
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
      restore();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

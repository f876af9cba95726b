/**
 * The OIDC token file the CI plugins hand the CLI (AWS_WEB_IDENTITY_TOKEN_FILE): the AWS SDK
 * inside the CLI reads it again each time it renews the credentials, not once. So a file that
 * is rewritten with a fresh token keeps a long canary going, and a token that lives as long as
 * the job (GitLab's) lasts the whole run; a file written once with a shorter-lived token does
 * not, which is why the plugins tell the CLI its lifetime (credentials-lifetime).
 *
 * Real clients (src/aws/clients.ts) and the real SDK provider chain against the emulator's STS;
 * a recording forwarder in front of the emulator notes the token each AssumeRoleWithWebIdentity
 * carried. Renewal is reached the SDK's own way: its clock (Date) moved past the credentials'
 * expiry.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';

const emulator = process.env['AWS_ENDPOINT_URL'] ?? '';
/** The token of every AssumeRoleWithWebIdentity that went through, in order. */
const tokens: string[] = [];

/** Forwards every request to the emulator, noting the web identity token of STS calls. */
function startRecorder(): Promise<Server> {
  const target = new URL(emulator);
  const server = createServer((incoming, answer) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      const form = new URLSearchParams(body.toString('utf8'));
      if (form.get('Action') === 'AssumeRoleWithWebIdentity') tokens.push(form.get('WebIdentityToken') ?? '');
      const forward = request(
        {
          host: target.hostname,
          port: target.port,
          method: incoming.method,
          path: incoming.url,
          headers: incoming.headers,
        },
        (reply) => {
          answer.writeHead(reply.statusCode ?? 502, reply.headers);
          reply.pipe(answer);
        },
      );
      forward.end(body);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('the web identity token file', () => {
  const saved = { ...process.env };
  let recorder: Server;
  let dir = '';

  beforeAll(async () => {
    recorder = await startRecorder();
    dir = mkdtempSync(join(tmpdir(), 'stack-canary-web-identity-'));
    const { port } = recorder.address() as AddressInfo;
    // As the plugins set it up: no keys, a token file and a role.
    delete process.env['AWS_ACCESS_KEY_ID'];
    delete process.env['AWS_SECRET_ACCESS_KEY'];
    Object.assign(process.env, {
      AWS_ENDPOINT_URL: `http://127.0.0.1:${port}`,
      AWS_WEB_IDENTITY_TOKEN_FILE: join(dir, 'token'),
      AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/stack-canary-deployer',
      AWS_ROLE_SESSION_NAME: 'renewal-test',
    });
  });

  afterAll(async () => {
    jest.useRealTimers();
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
    await new Promise((resolve) => recorder.close(resolve));
  });

  it('GIVEN a token file rewritten mid-run WHEN the credentials are renewed THEN the SDK sends the new token', async () => {
    const tokenFile = process.env['AWS_WEB_IDENTITY_TOKEN_FILE'] ?? '';
    writeFileSync(tokenFile, 'eyJ.first.token');
    const clients = await createAwsClients({ region: undefined });
    try {
      await clients.lambda.send(new ListFunctionsCommand({}));
      writeFileSync(tokenFile, 'eyJ.second.token');
      // Still valid: no renewal, the file is not read again.
      await clients.lambda.send(new ListFunctionsCommand({}));
      expect(tokens).toEqual(['eyJ.first.token']);

      // Two hours on (the emulator's credentials last one): the SDK renews them.
      jest.useFakeTimers({
        doNotFake: [
          'hrtime',
          'nextTick',
          'performance',
          'queueMicrotask',
          'setImmediate',
          'clearImmediate',
          'setInterval',
          'clearInterval',
          'setTimeout',
          'clearTimeout',
        ],
      });
      jest.setSystemTime(Date.now() + 2 * 3_600_000);
      await clients.lambda.send(new ListFunctionsCommand({}));
      // (The emulator's new credentials are already past the moved clock: renewed at each look.)
      expect(tokens[0]).toBe('eyJ.first.token');
      expect(tokens.length).toBeGreaterThan(1);
      expect(new Set(tokens.slice(1))).toEqual(new Set(['eyJ.second.token']));
    } finally {
      jest.useRealTimers();
      destroyAwsClients(clients);
    }
  });
});

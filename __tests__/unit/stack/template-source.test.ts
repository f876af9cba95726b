import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import type { StackCanaryError } from '../../../src/errors.js';
import { ConfigError } from '../../../src/errors.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';
import { templateLocation } from '../../../src/stack/template-location.js';
import type { ReadTemplateDeps, TemplateResponse } from '../../../src/stack/template-source.js';
import {
  MAX_TEMPLATE_BYTES,
  parseS3Url,
  readTemplate,
  templateLabel,
  redactUrl,
} from '../../../src/stack/template-source.js';
import type { TemplateSource } from '../../../src/config/types.js';

const s3 = mockClient(S3Client);
beforeEach(() => {
  s3.reset();
});

/** An endless stream of 64 KiB chunks: a read that is not capped never ends. */
async function* endless(): AsyncGenerator<Uint8Array> {
  const chunk = new Uint8Array(65_536).fill(0x61);
  for (;;) yield chunk;
}

/** A real fetch Response; `body` may be a stream that never ends. */
function answer(
  status: number,
  body: string | AsyncIterable<Uint8Array> | null,
  headers: Record<string, string> = {},
): TemplateResponse {
  const response = new Response(typeof body === 'string' ? body : null, { status, headers });
  return typeof body === 'string' || body === null ? response : { status, headers: response.headers, body };
}

/** A fetch that answers from a table by URL and records what it was asked. */
function fetchFrom(table: Record<string, TemplateResponse>): {
  fetch: NonNullable<ReadTemplateDeps['fetch']>;
  fetched: string[];
} {
  const fetched: string[] = [];
  return {
    fetched,
    fetch: async (url, init) => {
      expect(init.redirect).toBe('manual');
      fetched.push(url);
      const response = table[url];
      if (!response) throw new Error(`unexpected fetch of ${url}`);
      return response;
    },
  };
}

async function readError(source: TemplateSource, deps: ReadTemplateDeps = {}): Promise<ConfigError> {
  const error = await readTemplate(source, deps).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  expect((error as ConfigError).input).toBe('template');
  return error as ConfigError;
}

const ACCEPTED = 'Accepted: a path to a YAML or JSON template file, or an https URL.';
const URL_A = 'https://example.com/t.yaml';

describe('readTemplate: files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stack-canary-'));

  it('reads a local file', async () => {
    const path = join(dir, 'app.yaml');
    writeFileSync(path, 'Resources: {}\n');
    expect(await readTemplate({ kind: 'file', path })).toBe('Resources: {}\n');
  });

  it.each([
    ['missing', '/nope/app.yaml', "Input template: cannot read '/nope/app.yaml' (no such file)."],
    ['a directory', dir, `Input template: cannot read '${dir}' (is a directory).`],
  ])('names the input and the path when the file is %s', async (_case, path, message) => {
    expect((await readError({ kind: 'file', path })).message).toBe(`${message} ${ACCEPTED}`);
  });

  it('refuses a file over the cap', async () => {
    const path = join(dir, 'big.yaml');
    writeFileSync(path, 'x'.repeat(MAX_TEMPLATE_BYTES + 1));
    expect((await readError({ kind: 'file', path })).message).toBe(
      `Input template: cannot read '${path}' (over 1000000 bytes, CloudFormation's limit for a template). ${ACCEPTED}`,
    );
  });

  it('stops reading at the cap (a file that never ends is not read whole)', async () => {
    const error = await readError({ kind: 'file', path: '/dev/endless' }, { openFile: () => endless() });
    expect(error.message).toContain('over 1000000 bytes');
  });

  it('refuses a file that is not UTF-8, in one short line', async () => {
    const path = join(dir, 'image.png');
    writeFileSync(
      path,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array<number>(14_000).fill(0xff)]),
    );
    expect((await readError({ kind: 'file', path })).message).toBe(
      `Input template: cannot read '${path}' (not UTF-8 text (a binary file?)). ${ACCEPTED}`,
    );
  });

  it('returns an inline body as it is', async () => {
    expect(await readTemplate({ kind: 'inline', name: 'monitoring', body: 'B' })).toBe('B');
  });
});

describe('readTemplate: https', () => {
  it('downloads an https URL', async () => {
    const { fetch, fetched } = fetchFrom({ [URL_A]: answer(200, 'Resources: {}') });
    expect(await readTemplate({ kind: 'url', url: URL_A }, { fetch })).toBe('Resources: {}');
    expect(fetched).toEqual([URL_A]);
  });

  it('reports an HTTP error without the URL query (a presigned signature is a secret)', async () => {
    const url = 'https://example.com/t.yaml?X-Amz-Signature=secret';
    const { fetch } = fetchFrom({ [url]: answer(403, '') });
    expect((await readError({ kind: 'url', url }, { fetch })).message).toBe(
      `Input template: downloading https://example.com/t.yaml?… answered HTTP 403. ${ACCEPTED}`,
    );
  });

  it('reports a network failure naming the input', async () => {
    const fetch = async (): Promise<never> => {
      throw new Error('getaddrinfo ENOTFOUND');
    };
    expect((await readError({ kind: 'url', url: 'https://nowhere.invalid/t' }, { fetch })).message).toBe(
      `Input template: cannot download https://nowhere.invalid/t (getaddrinfo ENOTFOUND). ${ACCEPTED}`,
    );
  });

  it('follows a redirect to https', async () => {
    const { fetch, fetched } = fetchFrom({
      [URL_A]: answer(302, '', { location: '/v2/t.yaml' }),
      'https://example.com/v2/t.yaml': answer(200, 'Resources: {}'),
    });
    expect(await readTemplate({ kind: 'url', url: URL_A }, { fetch })).toBe('Resources: {}');
    expect(fetched).toEqual([URL_A, 'https://example.com/v2/t.yaml']);
  });

  it('does not follow a redirect to plain http', async () => {
    const { fetch, fetched } = fetchFrom({
      [URL_A]: answer(301, '', { location: 'http://example.com/t.yaml?token=secret' }),
    });
    expect((await readError({ kind: 'url', url: URL_A }, { fetch })).message).toBe(
      `Input template: downloading ${URL_A} was redirected to http://example.com/t.yaml?…, which is not https. ${ACCEPTED}`,
    );
    expect(fetched).toEqual([URL_A]);
  });

  it('stops after five redirects', async () => {
    const { fetch, fetched } = fetchFrom({ [URL_A]: answer(307, '', { location: URL_A }) });
    expect((await readError({ kind: 'url', url: URL_A }, { fetch })).message).toBe(
      `Input template: downloading ${URL_A} was redirected more than 5 times. ${ACCEPTED}`,
    );
    expect(fetched).toHaveLength(6);
  });

  it('refuses a body announced over the cap before reading it', async () => {
    const { fetch } = fetchFrom({ [URL_A]: answer(200, endless(), { 'content-length': '2000000' }) });
    expect((await readError({ kind: 'url', url: URL_A }, { fetch })).message).toBe(
      `Input template: ${URL_A} is 2000000 bytes, over 1000000, CloudFormation's limit for a template. ${ACCEPTED}`,
    );
  });

  it('stops a body without a length at the cap, while it streams', async () => {
    const { fetch } = fetchFrom({ [URL_A]: answer(200, endless()) });
    expect((await readError({ kind: 'url', url: URL_A }, { fetch })).message).toBe(
      `Input template: cannot download ${URL_A} (over 1000000 bytes, CloudFormation's limit for a template). ${ACCEPTED}`,
    );
  });
});

describe('readTemplate: the real fetch, against a local server', () => {
  let server: Server;
  let base = '';
  let served = 0;
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/to-http') {
        response.writeHead(302, { location: `${base}/t.yaml` }).end();
      } else if (request.url === '/endless') {
        response.writeHead(200);
        const chunk = Buffer.alloc(65_536, 0x61);
        const write = (): void => {
          served += chunk.length;
          if (!response.destroyed && response.write(chunk)) setImmediate(write);
          else if (!response.destroyed) response.once('drain', write);
        };
        write();
      } else {
        response.writeHead(200).end('Resources: {}');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('sees a redirect itself (fetch does not follow it) and refuses one to http', async () => {
    expect((await readError({ kind: 'url', url: `${base}/to-http` })).message).toBe(
      `Input template: downloading ${base}/to-http was redirected to ${base}/t.yaml, which is not https. ${ACCEPTED}`,
    );
  });

  it('stops reading an endless body at the cap', async () => {
    const error = await readError({ kind: 'url', url: `${base}/endless` });
    expect(error.message).toBe(
      `Input template: cannot download ${base}/endless (over 1000000 bytes, CloudFormation's limit for a template). ${ACCEPTED}`,
    );
    expect(served).toBeLessThan(50 * MAX_TEMPLATE_BYTES);
  });
});

describe('readTemplate: S3', () => {
  const client = (): S3Client => new S3Client({ region: 'eu-west-1' });
  const mustNotFetch = async (): Promise<never> => {
    throw new Error('must not fetch');
  };

  it('reads an S3 URL with the S3 client (private buckets), not over plain https', async () => {
    s3.on(GetObjectCommand).resolves({ Body: Readable.from([Buffer.from('Resources: {}')]) as never });
    const body = await readTemplate(
      { kind: 'url', url: 'https://deploy.s3.eu-west-1.amazonaws.com/app/t.yaml' },
      { fetch: mustNotFetch, s3: client() },
    );
    expect(body).toBe('Resources: {}');
    expect(s3).toHaveReceivedCommandWith(GetObjectCommand, { Bucket: 'deploy', Key: 'app/t.yaml' });
  });

  it('refuses an object over the cap by its length, and one that streams past it', async () => {
    const url = 'https://s3.amazonaws.com/deploy/t.yaml';
    const reason = `Input template: cannot read ${url} from S3 (over 1000000 bytes, CloudFormation's limit for a template). ${ACCEPTED}`;
    s3.on(GetObjectCommand).resolves({ ContentLength: 2_000_000, Body: Readable.from(endless()) as never });
    expect((await readError({ kind: 'url', url }, { s3: client() })).message).toBe(reason);
    s3.on(GetObjectCommand).resolves({ Body: Readable.from(endless()) as never });
    expect((await readError({ kind: 'url', url }, { s3: client() })).message).toBe(reason);
  });

  it('reports an S3 read failure by its error name', async () => {
    s3.on(GetObjectCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDenied' }));
    const url = 'https://s3.amazonaws.com/deploy/t.yaml';
    expect((await readError({ kind: 'url', url }, { s3: client() })).message).toBe(
      `Input template: cannot read ${url} from S3 (AccessDenied). ${ACCEPTED}`,
    );
  });
});

describe('parseS3Url', () => {
  it.each([
    ['https://b.s3.amazonaws.com/k/t.yaml', { bucket: 'b', key: 'k/t.yaml' }],
    ['https://my.bucket.s3.eu-west-1.amazonaws.com/t.yaml', { bucket: 'my.bucket', key: 't.yaml' }],
    ['https://b.s3-eu-west-1.amazonaws.com/t.yaml', { bucket: 'b', key: 't.yaml' }],
    ['https://s3.eu-west-1.amazonaws.com/b/dir/t.yaml', { bucket: 'b', key: 'dir/t.yaml' }],
    ['https://b.s3.cn-north-1.amazonaws.com.cn/t.yaml', { bucket: 'b', key: 't.yaml' }],
  ])('%s is bucket/key', (url, expected) => {
    expect(parseS3Url(url)).toEqual(expected);
  });

  it.each([
    'https://example.com/t.yaml',
    'http://b.s3.amazonaws.com/t.yaml',
    'https://s3.amazonaws.com/b',
    'not a url',
  ])('%s is not an S3 object URL', (url) => {
    expect(parseS3Url(url)).toBeUndefined();
  });

  it('redactUrl keeps a plain URL and hides a query, a fragment and user info', () => {
    expect(redactUrl('https://x/t')).toBe('https://x/t');
    expect(redactUrl('https://x/t?sig=1')).toBe('https://x/t?…');
    expect(redactUrl('https://x/t#token=1')).toBe('https://x/t#…');
    expect(redactUrl('https://user:secret@x/t')).toBe('https://…@x/t');
    expect(redactUrl('http://a@b/t?c@d')).toBe('http://…@b/t?…');
  });
});

describe('templateLocation', () => {
  const logger = new MemoryLogger();
  const client = (): S3Client => new S3Client({ region: 'eu-west-1' });

  it('passes a template given as an S3 URL by URL, whatever its size', async () => {
    const url = 'https://b.s3.eu-west-1.amazonaws.com/t.yaml';
    const location = await templateLocation(
      { stackName: 's', body: 'x'.repeat(60_000), source: { kind: 'url', url }, s3Bucket: undefined },
      client(),
      logger,
    );
    expect(location).toEqual({ TemplateURL: url });
    expect(s3).not.toHaveReceivedCommand(PutObjectCommand);
  });

  it('keeps a template of exactly 51,200 bytes inline', async () => {
    const body = 'x'.repeat(51_200);
    expect(
      await templateLocation({ stackName: 's', body, source: undefined, s3Bucket: 'b' }, client(), logger),
    ).toEqual({
      TemplateBody: body,
    });
  });

  it('counts bytes, not characters', async () => {
    const body = 'é'.repeat(30_000); // 60,000 bytes
    const error = await templateLocation(
      { stackName: 's', body, source: undefined, s3Bucket: undefined },
      client(),
      logger,
    ).catch((e: unknown) => e);
    expect((error as ConfigError).input).toBe('s3-bucket');
    expect((error as Error).message).toContain('60000 bytes');
  });

  it('refuses a template over CloudFormation’s 1 MB limit', async () => {
    const error = await templateLocation(
      { stackName: 's', body: 'x'.repeat(1_000_001), source: undefined, s3Bucket: 'b' },
      client(),
      logger,
    ).catch((e: unknown) => e);
    expect((error as StackCanaryError).code).toBe('TEMPLATE_INVALID');
    expect(s3).not.toHaveReceivedCommand(PutObjectCommand);
  });
});

describe('templateLabel', () => {
  it.each([
    [
      'a file under the working directory, by its relative path',
      { kind: 'file', path: join(process.cwd(), 'infra', 'app.yaml') },
      `Input template ${join('infra', 'app.yaml')}`,
    ],
    [
      'a file elsewhere, by its absolute path',
      { kind: 'file', path: '/elsewhere/app.yaml' },
      'Input template /elsewhere/app.yaml',
    ],
    [
      'a URL, without its query (a presigned signature stays out of messages)',
      { kind: 'url', url: 'https://b.s3.amazonaws.com/app.yaml?X-Amz-Signature=abc123' },
      'Input template https://b.s3.amazonaws.com/app.yaml?…',
    ],
    [
      'a rendered template, by its name',
      { kind: 'inline', name: 'templates/monitoring.yaml', body: '' },
      'Template templates/monitoring.yaml',
    ],
  ] as const)('names %s', (_what, source, label) => {
    expect(templateLabel(source)).toBe(label);
  });
});

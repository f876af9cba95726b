import { beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import type { StackCanaryError } from '../../../src/errors.js';
import { ConfigError } from '../../../src/errors.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';
import { templateLocation } from '../../../src/stack/template-location.js';
import { parseS3Url, readTemplate, redactUrl } from '../../../src/stack/template-source.js';

const s3 = mockClient(S3Client);
beforeEach(() => {
  s3.reset();
});

describe('readTemplate', () => {
  it('reads a local file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stack-canary-'));
    const path = join(dir, 'app.yaml');
    writeFileSync(path, 'Resources: {}\n');
    expect(await readTemplate({ kind: 'file', path })).toBe('Resources: {}\n');
  });

  it('names the input and the path when the file is missing', async () => {
    const error = (await readTemplate({ kind: 'file', path: '/nope/app.yaml' }).catch(
      (e: unknown) => e,
    )) as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.input).toBe('template');
    expect(error.message).toContain("'/nope/app.yaml' (no such file)");
    expect(error.message).toContain('Accepted:');
  });

  it('returns an inline body as it is', async () => {
    expect(await readTemplate({ kind: 'inline', name: 'monitoring', body: 'B' })).toBe('B');
  });

  it('downloads an https URL', async () => {
    const fetched: string[] = [];
    const fetch = async (url: string) => {
      fetched.push(url);
      return { ok: true, status: 200, text: async () => 'Resources: {}' };
    };
    expect(await readTemplate({ kind: 'url', url: 'https://example.com/t.yaml' }, { fetch })).toBe(
      'Resources: {}',
    );
    expect(fetched).toEqual(['https://example.com/t.yaml']);
  });

  it('reports an HTTP error without the URL query (a presigned signature is a secret)', async () => {
    const fetch = async () => ({ ok: false, status: 403, text: async () => '' });
    const url = 'https://example.com/t.yaml?X-Amz-Signature=secret';
    const error = (await readTemplate({ kind: 'url', url }, { fetch }).catch((e: unknown) => e)) as Error;
    expect(error.message).toContain('HTTP 403');
    expect(error.message).not.toContain('secret');
  });

  it('reports a network failure naming the input', async () => {
    const fetch = async (): Promise<never> => {
      throw new Error('getaddrinfo ENOTFOUND');
    };
    const error = (await readTemplate({ kind: 'url', url: 'https://nowhere.invalid/t' }, { fetch }).catch(
      (e: unknown) => e,
    )) as ConfigError;
    expect(error.input).toBe('template');
    expect(error.message).toContain('ENOTFOUND');
  });

  it('reads an S3 URL with the S3 client (private buckets), not over plain https', async () => {
    // The SDK's stream body, reduced to the one method read here.
    const Body = { transformToString: async () => 'Resources: {}' } as never;
    s3.on(GetObjectCommand).resolves({ Body });
    const fetch = async (): Promise<never> => {
      throw new Error('must not fetch');
    };
    const body = await readTemplate(
      { kind: 'url', url: 'https://deploy.s3.eu-west-1.amazonaws.com/app/t.yaml' },
      { fetch, s3: new S3Client({ region: 'eu-west-1' }) },
    );
    expect(body).toBe('Resources: {}');
    expect(s3).toHaveReceivedCommandWith(GetObjectCommand, { Bucket: 'deploy', Key: 'app/t.yaml' });
  });

  it('reports an S3 read failure by its error name', async () => {
    s3.on(GetObjectCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDenied' }));
    const error = (await readTemplate(
      { kind: 'url', url: 'https://s3.amazonaws.com/deploy/t.yaml' },
      { s3: new S3Client({ region: 'eu-west-1' }) },
    ).catch((e: unknown) => e)) as ConfigError;
    expect(error.input).toBe('template');
    expect(error.message).toContain('AccessDenied');
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

  it('redactUrl keeps a plain URL and hides a query', () => {
    expect(redactUrl('https://x/t')).toBe('https://x/t');
    expect(redactUrl('https://x/t?sig=1')).toBe('https://x/t?…');
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

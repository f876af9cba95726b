/**
 * Where a template comes from: a local file, an https URL, or a body the action rendered itself.
 */
import { readFile as fsReadFile } from 'node:fs/promises';
import type { S3Client } from '@aws-sdk/client-s3';
import type { TemplateSource } from '../config/types.js';
import { ConfigError, awsErrorName, errorMessage } from '../errors.js';

export interface ReadTemplateDeps {
  readonly readFile?: (path: string) => Promise<string>;
  readonly fetch?: (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
  /** With it, S3 URLs are read with the caller's credentials (private buckets), as CloudFormation would. */
  readonly s3?: S3Client;
}

const ACCEPTED = 'Accepted: a path to a YAML or JSON template file, or an https URL.';

export async function readTemplate(source: TemplateSource, deps: ReadTemplateDeps = {}): Promise<string> {
  switch (source.kind) {
    case 'inline':
      return source.body;
    case 'file':
      return readLocal(source.path, deps.readFile ?? ((p) => fsReadFile(p, 'utf8')));
    case 'url':
      return readUrl(source.url, deps);
  }
}

async function readLocal(path: string, read: (path: string) => Promise<string>): Promise<string> {
  try {
    return await read(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : errorMessage(error);
    throw new ConfigError('template', `Input template: cannot read '${path}' (${why}). ${ACCEPTED}`);
  }
}

async function readUrl(url: string, deps: ReadTemplateDeps): Promise<string> {
  const shown = redactUrl(url);
  const s3 = parseS3Url(url);
  if (s3 && deps.s3) {
    try {
      // Loaded here, not at start-up: reading a local template must not load the SDK.
      const { GetObjectCommand } = await import('@aws-sdk/client-s3');
      const object = await deps.s3.send(new GetObjectCommand({ Bucket: s3.bucket, Key: s3.key }));
      if (!object.Body) throw new Error('empty object');
      return await object.Body.transformToString('utf8');
    } catch (error) {
      throw new ConfigError(
        'template',
        `Input template: cannot read ${shown} from S3 (${awsErrorName(error) ?? errorMessage(error)}). ${ACCEPTED}`,
      );
    }
  }
  const fetchImpl = deps.fetch ?? ((u: string) => fetch(u));
  let response: Awaited<ReturnType<NonNullable<ReadTemplateDeps['fetch']>>>;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    throw new ConfigError(
      'template',
      `Input template: cannot download ${shown} (${errorMessage(error)}). ${ACCEPTED}`,
    );
  }
  if (!response.ok) {
    throw new ConfigError(
      'template',
      `Input template: downloading ${shown} answered HTTP ${response.status}. ${ACCEPTED}`,
    );
  }
  return response.text();
}

/** The URL without its query (a presigned URL's signature is a secret). */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  return q < 0 ? url : `${url.slice(0, q)}?…`;
}

/**
 * Bucket and key of an S3 https URL (virtual-hosted `bucket.s3[.-]region.amazonaws.com/key` or
 * path-style `s3[.-]region.amazonaws.com/bucket/key`); undefined for any other URL.
 */
export function parseS3Url(url: string): { bucket: string; key: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  const host = parsed.hostname;
  const path = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  const s3Host = /^s3([.-][a-z0-9-]+)?\.amazonaws\.com(\.cn)?$/;
  const virtual = /^(.+)\.s3([.-][a-z0-9-]+)?\.amazonaws\.com(\.cn)?$/.exec(host);
  if (virtual?.[1] && path) return { bucket: virtual[1], key: path };
  if (s3Host.test(host)) {
    const slash = path.indexOf('/');
    if (slash > 0 && slash < path.length - 1)
      return { bucket: path.slice(0, slash), key: path.slice(slash + 1) };
  }
  return undefined;
}

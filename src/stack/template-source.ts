/**
 * Where a template comes from: a local file, an https URL (an S3 URL is read with the S3 client), or
 * a body the action rendered itself. Every read is capped at MAX_TEMPLATE_BYTES while it streams
 * (never read whole, then measured) and must be UTF-8; a download never leaves https.
 */
import { createReadStream } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import type { TemplateSource } from '../config/types.js';
import { ConfigError, awsErrorName, errorMessage } from '../errors.js';
import { sdk } from '../aws/sdk.js';

/** CloudFormation's limit for a template (in S3; inline bodies are limited to 51,200 bytes). */
export const MAX_TEMPLATE_BYTES = 1_000_000;
/** Redirects a download may follow (each one to https). */
const MAX_REDIRECTS = 5;
/** Bound on a whole download. */
const DOWNLOAD_TIMEOUT_MS = 30_000;

/** What is read of an HTTP answer: the fetch API's Response fits. */
export interface TemplateResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  readonly body: AsyncIterable<Uint8Array> | null;
}

export interface ReadTemplateDeps {
  /** Default: a stream of the file. */
  readonly openFile?: (path: string) => AsyncIterable<Uint8Array>;
  /** Default: the global fetch. Called with `redirect: 'manual'`: redirects are followed here. */
  readonly fetch?: (
    url: string,
    init: { readonly redirect: 'manual'; readonly signal: AbortSignal },
  ) => Promise<TemplateResponse>;
  /** With it, S3 URLs are read with the caller's credentials (private buckets), as CloudFormation would. */
  readonly s3?: S3Client;
}

const ACCEPTED = 'Accepted: a path to a YAML or JSON template file, or an https URL.';

class TooLarge extends Error {}
class NotUtf8 extends Error {}

function fail(why: string): ConfigError {
  return new ConfigError('template', `Input template: ${why}. ${ACCEPTED}`);
}

/**
 * How messages name a template: the input with where it is (a file relative to the working
 * directory; a URL without its query, which may hold a signature), or the rendered template's name.
 */
export function templateLabel(source: TemplateSource): string {
  switch (source.kind) {
    case 'inline':
      return `Template ${source.name}`;
    case 'file': {
      const shown = relative(process.cwd(), source.path);
      return `Input template ${shown === '' || shown.startsWith('..') || isAbsolute(shown) ? source.path : shown}`;
    }
    case 'url':
      return `Input template ${redactUrl(source.url)}`;
  }
}

export async function readTemplate(source: TemplateSource, deps: ReadTemplateDeps = {}): Promise<string> {
  switch (source.kind) {
    case 'inline':
      return source.body;
    case 'file':
      return readLocal(source.path, deps.openFile ?? ((p) => createReadStream(p)));
    case 'url':
      return readUrl(source.url, deps);
  }
}

/** The text of a byte stream, stopped as soon as it passes the cap. */
async function readCapped(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<string> {
  const parts: Uint8Array[] = [];
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.byteLength;
    if (bytes > MAX_TEMPLATE_BYTES) throw new TooLarge();
    parts.push(chunk);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(parts));
  } catch {
    throw new NotUtf8();
  }
}

/** The one-line reason for a failed read: over the cap, not UTF-8, or the error's own words. */
function why(error: unknown, describe: (error: unknown) => string): string {
  if (error instanceof TooLarge)
    return `over ${MAX_TEMPLATE_BYTES} bytes, CloudFormation's limit for a template`;
  if (error instanceof NotUtf8) return 'not UTF-8 text (a binary file?)';
  return describe(error);
}

async function readLocal(path: string, open: (path: string) => AsyncIterable<Uint8Array>): Promise<string> {
  try {
    return await readCapped(open(path));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason = why(error, () =>
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : errorMessage(error),
    );
    throw fail(`cannot read '${path}' (${reason})`);
  }
}

async function readUrl(url: string, deps: ReadTemplateDeps): Promise<string> {
  const s3 = parseS3Url(url);
  if (s3 && deps.s3) return readS3(url, s3, deps.s3);
  const fetchImpl = deps.fetch ?? ((u, init) => fetch(u, init) as unknown as Promise<TemplateResponse>);
  const signal = AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS);
  let current = url;
  for (let redirects = 0; ; redirects++) {
    const shown = redactUrl(current);
    let response: TemplateResponse;
    try {
      response = await fetchImpl(current, { redirect: 'manual', signal });
    } catch (error) {
      throw fail(`cannot download ${shown} (${errorMessage(error)})`);
    }
    if (response.status >= 300 && response.status < 400) {
      current = nextLocation(shown, current, response, redirects);
      continue;
    }
    if (response.status < 200 || response.status >= 300) {
      throw fail(`downloading ${shown} answered HTTP ${response.status}`);
    }
    const length = Number(response.headers.get('content-length') ?? Number.NaN);
    if (length > MAX_TEMPLATE_BYTES)
      throw fail(
        `${shown} is ${length} bytes, over ${MAX_TEMPLATE_BYTES}, CloudFormation's limit for a template`,
      );
    try {
      return await readCapped(response.body ?? []);
    } catch (error) {
      throw fail(`cannot download ${shown} (${why(error, errorMessage)})`);
    }
  }
}

/** Where a redirect leads: only ever https, and only so many times. */
function nextLocation(shown: string, current: string, response: TemplateResponse, redirects: number): string {
  const location = response.headers.get('location');
  if (location === null)
    throw fail(`downloading ${shown} answered HTTP ${response.status} without a Location`);
  if (redirects >= MAX_REDIRECTS)
    throw fail(`downloading ${shown} was redirected more than ${MAX_REDIRECTS} times`);
  const next = URL.canParse(location, current) ? new URL(location, current) : undefined;
  if (next?.protocol !== 'https:') {
    throw fail(
      `downloading ${shown} was redirected to ${next ? redactUrl(next.href) : 'an invalid URL'}, which is not https`,
    );
  }
  return next.href;
}

async function readS3(url: string, s3: { bucket: string; key: string }, client: S3Client): Promise<string> {
  const shown = redactUrl(url);
  try {
    // Loaded here, not at start-up: reading a local template must not load the SDK.
    const { GetObjectCommand } = await sdk.s3();
    const object = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: s3.key }));
    if ((object.ContentLength ?? 0) > MAX_TEMPLATE_BYTES) throw new TooLarge();
    if (!object.Body) throw new Error('empty object');
    const body = object.Body as unknown as Partial<AsyncIterable<Uint8Array>> & {
      transformToWebStream(): ReadableStream<Uint8Array>;
    };
    const chunks = body[Symbol.asyncIterator]
      ? (body as AsyncIterable<Uint8Array>)
      : body.transformToWebStream();
    return await readCapped(chunks as AsyncIterable<Uint8Array>);
  } catch (error) {
    throw fail(`cannot read ${shown} from S3 (${why(error, (e) => awsErrorName(e) ?? errorMessage(e))})`);
  }
}

/** The URL without its user info, query and fragment (a presigned URL's signature is a secret). */
export function redactUrl(url: string): string {
  const cut = url.search(/[?#]/);
  const shown = cut < 0 ? url : `${url.slice(0, cut)}${url[cut] ?? ''}…`;
  return shown.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, '$1…@');
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

/**
 * Inputs that may name a file: template (a path or an https URL) and synthetic-payload
 * (JSON text or the path of a JSON file). Paths are resolved against the working directory.
 */
import type { FileAccess } from './files.js';
import { tryParseJson } from './key-values.js';
import { badFile, badValue } from './messages.js';
import type { TemplateSource } from './types.js';

/** CloudFormation's limit for a template passed in the request (larger ones go through S3). */
export const INLINE_TEMPLATE_LIMIT_BYTES = 51_200;
/** CloudFormation's limit for a template passed by URL. */
export const TEMPLATE_LIMIT_BYTES = 1_000_000;
/** Lambda's limit for a synchronous invocation's payload. */
export const PAYLOAD_LIMIT_BYTES = 6 * 1024 * 1024;

export interface ParsedTemplate {
  readonly source: TemplateSource;
  /** Bytes of a local template; undefined for a URL. */
  readonly sizeBytes: number | undefined;
}

export function parseTemplate(raw: string, files: FileAccess): ParsedTemplate | undefined {
  if (raw === '') return undefined;
  if (/^https:\/\//i.test(raw)) {
    if (!URL.canParse(raw) || new URL(raw).hostname === '') throw badValue('template', raw);
    return { source: { kind: 'url', url: raw }, sizeBytes: undefined };
  }
  if (/^http:\/\//i.test(raw)) throw badValue('template', raw, { reason: 'plain http is refused' });
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
    throw badValue('template', raw, { reason: 'only https:// URLs are accepted' });
  }
  const path = files.resolve(raw);
  const info = files.stat(path);
  if (info === undefined) throw badFile('template', raw, { reason: 'not found' });
  if (!info.isFile) throw badFile('template', raw, { reason: 'not a file' });
  if (info.size === 0) throw badFile('template', raw, { reason: 'empty' });
  if (info.size > TEMPLATE_LIMIT_BYTES) {
    throw badFile('template', raw, {
      reason: `${info.size} bytes, over the ${TEMPLATE_LIMIT_BYTES} CloudFormation accepts`,
    });
  }
  return { source: { kind: 'file', path }, sizeBytes: info.size };
}

/** The payload's JSON text: the input itself, or the named file's content. */
export function parseSyntheticPayload(raw: string, files: FileAccess): string | undefined {
  if (raw === '') return undefined;
  if (!raw.startsWith('file://')) {
    if (tryParseJson(raw) !== undefined) {
      return checkedPayloadSize(raw, (reason) => badValue('synthetic-payload', raw, { reason }));
    }
    if (/^[[{"]/.test(raw)) throw badValue('synthetic-payload', raw, { reason: 'not valid JSON' });
  }
  const path = raw.replace(/^file:\/\//, '');
  const absolute = files.resolve(path);
  const info = files.stat(absolute);
  if (info === undefined) throw badFile('synthetic-payload', path, { reason: 'not found' });
  if (!info.isFile) throw badFile('synthetic-payload', path, { reason: 'not a file' });
  const text = files.read(absolute);
  if (text === undefined) throw badFile('synthetic-payload', path, { reason: 'cannot be read' });
  if (tryParseJson(text) === undefined)
    throw badFile('synthetic-payload', path, { reason: 'not valid JSON' });
  return checkedPayloadSize(text, (reason) => badFile('synthetic-payload', path, { reason }));
}

function checkedPayloadSize(text: string, fail: (reason: string) => Error): string {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > PAYLOAD_LIMIT_BYTES)
    throw fail(`${bytes} bytes, over the ${PAYLOAD_LIMIT_BYTES} Lambda accepts`);
  return text;
}

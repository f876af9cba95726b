/**
 * Inputs that may name a file: template (a path or an https URL) and synthetic-payload
 * (JSON text or the path of a JSON file). Paths are resolved against the working directory;
 * a file's size is checked before it is read (the template is not read here at all).
 */
import type { FileAccess, SizeCap } from './files.js';
import { checkedFile, readCappedFile } from './files.js';
import { parseJson } from './json.js';
import { badFile, badValue } from './messages.js';
import { REGION_PLACEHOLDER_SAMPLE, hasRegionPlaceholder, withRegion } from './regions.js';
import type { TemplateSource } from './types.js';

/** CloudFormation's limit for a template passed in the request (larger ones go through S3). */
export const INLINE_TEMPLATE_LIMIT_BYTES = 51_200;
/** CloudFormation's limit for a template passed by URL. */
export const TEMPLATE_LIMIT_BYTES = 1_000_000;
/** Lambda's limit for a synchronous invocation's payload. */
export const PAYLOAD_LIMIT_BYTES = 6 * 1024 * 1024;

const TEMPLATE_CAP: SizeCap = { bytes: TEMPLATE_LIMIT_BYTES, who: 'CloudFormation' };
const PAYLOAD_CAP: SizeCap = { bytes: PAYLOAD_LIMIT_BYTES, who: 'Lambda' };

export interface ParsedTemplate {
  readonly source: TemplateSource;
  /** Bytes of a local template; undefined for a URL, or a path with `{region}`. */
  readonly sizeBytes: number | undefined;
  /** The input as written (a path relative to the working directory stays relative). */
  readonly written: string;
}

/**
 * A path or URL with `{region}` stands for one template per region: its form is checked here with
 * a region's name in it, each region's file once the regions are known (region-rules.ts).
 */
export function parseTemplate(raw: string, files: FileAccess): ParsedTemplate | undefined {
  if (raw === '') return undefined;
  const perRegion = hasRegionPlaceholder(raw);
  const sample = withRegion(raw, REGION_PLACEHOLDER_SAMPLE);
  if (/^https:\/\//i.test(raw)) {
    if (!URL.canParse(sample) || new URL(sample).hostname === '') throw badValue(raw);
    return { source: { kind: 'url', url: raw }, sizeBytes: undefined, written: raw };
  }
  if (/^http:\/\//i.test(raw)) throw badValue(raw, { reason: 'plain http is refused' });
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
    throw badValue(raw, { reason: 'only https:// URLs are accepted' });
  }
  if (perRegion)
    return { source: { kind: 'file', path: files.resolve(raw) }, sizeBytes: undefined, written: raw };
  return localTemplate(files, raw);
}

/** A template file that is there, not empty, within CloudFormation's cap; nothing is read. */
export function localTemplate(files: FileAccess, path: string): ParsedTemplate {
  const { absolute, size } = checkedFile(files, path, TEMPLATE_CAP);
  if (size === 0) throw badFile(path, { reason: 'empty' });
  return { source: { kind: 'file', path: absolute }, sizeBytes: size, written: path };
}

/** The payload's JSON text: the input itself, or the named file's content. */
export function parseSyntheticPayload(raw: string, files: FileAccess): string | undefined {
  if (raw === '') return undefined;
  if (!raw.startsWith('file://')) {
    const inline = parseJson(raw);
    if (inline.ok) {
      const bytes = Buffer.byteLength(raw, 'utf8');
      if (bytes > PAYLOAD_LIMIT_BYTES) {
        throw badValue(raw, { reason: `${bytes} bytes, over the ${PAYLOAD_LIMIT_BYTES} Lambda accepts` });
      }
      return raw;
    }
    if (/^[[{"]/.test(raw)) throw badValue(raw, { reason: inline.reason });
  }
  const path = raw.replace(/^file:\/\//, '');
  const text = readCappedFile(files, path, PAYLOAD_CAP);
  const json = parseJson(text);
  if (!json.ok) throw badFile(path, { reason: json.reason });
  return text;
}

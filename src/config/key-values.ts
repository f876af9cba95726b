/**
 * Key=Value inputs: parameter-overrides and tags.
 *
 * Entries are separated by newlines or commas. A value that holds a comma is quoted, with
 * double or single quotes: `Subnets="subnet-1,subnet-2"`. Parameter values may be secrets, so
 * no message of parameter-overrides ever shows text that stands after an `=`.
 */
import type { FileAccess } from './files.js';
import { badEntry, badFile, badKey, badValue, inputError } from './messages.js';
import type { ParameterOverride, Tag } from './types.js';

type KeyValueInput = 'parameter-overrides' | 'tags';

export interface KeyValue {
  readonly key: string;
  readonly value: string;
  /** The value was written in quotes (so `@previous` in quotes is a plain value). */
  readonly quoted: boolean;
}

/** Splits `A=1, B="x,y"` and newline-separated lines into entries. */
export function splitKeyValues(input: KeyValueInput, raw: string): KeyValue[] {
  const entries: KeyValue[] = [];
  for (const line of raw.split('\n')) {
    let previousKey: string | undefined;
    let rest = line;
    while (rest.trim() !== '') {
      const equals = rest.indexOf('=');
      const comma = rest.indexOf(',');
      if (equals === -1 || (comma !== -1 && comma < equals)) {
        const entry = (comma === -1 ? rest : rest.slice(0, comma)).trim();
        if (entry !== '') throw entryWithoutEquals(input, entry, previousKey);
        rest = rest.slice(comma + 1);
        continue;
      }
      const key = rest.slice(0, equals).trim();
      const afterEquals = rest.slice(equals + 1).trimStart();
      const quote = afterEquals[0];
      let value: string;
      let quoted = false;
      if (quote === '"' || quote === "'") {
        const close = afterEquals.indexOf(quote, 1);
        if (close === -1) throw badKey(input, key, { reason: 'its quoted value has no closing quote' });
        value = afterEquals.slice(1, close);
        quoted = true;
        rest = afterEquals.slice(close + 1);
        const next = rest.trimStart();
        if (next !== '' && !next.startsWith(',')) {
          throw badKey(input, key, { reason: 'text follows the closing quote of its value' });
        }
        rest = next.slice(1);
      } else {
        const end = afterEquals.indexOf(',');
        value = (end === -1 ? afterEquals : afterEquals.slice(0, end)).trim();
        rest = end === -1 ? '' : afterEquals.slice(end + 1);
      }
      if (key === '')
        throw badEntry(input, `=${input === 'tags' ? value : '…'}`, { reason: 'no key before "="' });
      entries.push({ key, value, quoted });
      previousKey = key;
    }
  }
  return entries;
}

function entryWithoutEquals(input: KeyValueInput, entry: string, previousKey: string | undefined): Error {
  if (previousKey !== undefined && input === 'parameter-overrides') {
    // Most likely the rest of a value that holds a comma: name the key, never the text.
    return badKey(input, previousKey, {
      reason:
        'a comma in its value starts an entry with no "=": quote a value that holds a comma, as in Key="a,b"',
    });
  }
  return badEntry(input, entry, { reason: 'no "=" in it' });
}

function rejectDuplicates(input: KeyValueInput, keys: readonly string[]): void {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) throw badKey(input, key, { reason: 'given twice' });
    seen.add(key);
  }
}

// --- parameter-overrides ------------------------------------------------------------------

const PARAMETER_KEY = /^[A-Za-z0-9]{1,255}$/;
const PREVIOUS = '@previous';

/** Whether a one-line value without `=` names a JSON file rather than a malformed entry. */
function looksLikePath(text: string, files: FileAccess): boolean {
  if (text.startsWith('file://')) return true;
  if (text.includes('=') || text.includes('\n')) return false;
  return /\.json$/i.test(text) || /[/\\]/.test(text) || files.stat(files.resolve(text)) !== undefined;
}

export function parseParameterOverrides(raw: string, files: FileAccess): ParameterOverride[] {
  if (raw === '') return [];
  let overrides: ParameterOverride[];
  if (raw.startsWith('{') || raw.startsWith('[')) {
    overrides = parametersFromJson(raw, (reason) =>
      inputError('parameter-overrides', 'JSON text', { reason }),
    );
  } else if (looksLikePath(raw, files)) {
    overrides = parametersFromFile(raw, files);
  } else {
    overrides = splitKeyValues('parameter-overrides', raw).map(({ key, value, quoted }) =>
      !quoted && value === PREVIOUS ? { key, usePreviousValue: true as const } : { key, value },
    );
  }
  for (const { key } of overrides) {
    if (!PARAMETER_KEY.test(key)) {
      throw badKey('parameter-overrides', key, { reason: 'a parameter name has only letters and digits' });
    }
  }
  rejectDuplicates(
    'parameter-overrides',
    overrides.map((o) => o.key),
  );
  return overrides;
}

function parametersFromFile(raw: string, files: FileAccess): ParameterOverride[] {
  const path = raw.replace(/^file:\/\//, '');
  const absolute = files.resolve(path);
  const info = files.stat(absolute);
  if (info === undefined) throw badFile('parameter-overrides', path, { reason: 'not found' });
  if (!info.isFile) throw badFile('parameter-overrides', path, { reason: 'not a file' });
  const text = files.read(absolute);
  if (text === undefined) throw badFile('parameter-overrides', path, { reason: 'cannot be read' });
  return parametersFromJson(text, (reason) => badFile('parameter-overrides', path, { reason }));
}

/** `{"K":"V"}` or `[{"ParameterKey":"K","ParameterValue":"V"} | {"ParameterKey":"K","UsePreviousValue":true}]`. */
function parametersFromJson(text: string, fail: (reason: string) => Error): ParameterOverride[] {
  const json = tryParseJson(text);
  if (json === undefined) throw fail('not valid JSON');
  if (Array.isArray(json)) {
    return json.map((item: unknown, index): ParameterOverride => {
      const entry = isRecord(item) ? item : {};
      const key = entry['ParameterKey'];
      if (typeof key !== 'string') throw fail(`item ${index + 1} has no ParameterKey`);
      if (entry['UsePreviousValue'] === true) return { key, usePreviousValue: true };
      const value = scalarText(entry['ParameterValue']);
      if (value === undefined) {
        throw fail(`item ${index + 1} needs a text ParameterValue or "UsePreviousValue": true`);
      }
      return { key, value };
    });
  }
  if (isRecord(json)) {
    return Object.entries(json).map(([key, raw]): ParameterOverride => {
      const value = scalarText(raw);
      if (value === undefined) throw fail(`the value of key "${key}" is not text, a number or a boolean`);
      return value === PREVIOUS ? { key, usePreviousValue: true } : { key, value };
    });
  }
  throw fail('a JSON object or array is needed');
}

// --- tags ---------------------------------------------------------------------------------

const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const MAX_TAGS = 50;

export function parseTags(raw: string): Tag[] {
  if (raw === '') return [];
  const tags = raw.startsWith('{') || raw.startsWith('[') ? tagsFromJson(raw) : tagsFromEntries(raw);
  for (const { key, value } of tags) {
    const refuse = (reason: string): never => {
      throw badKey('tags', key, { reason });
    };
    if (key.length > 128) refuse('a tag key has at most 128 characters');
    if (value.length > 256) refuse('a tag value has at most 256 characters');
    if (/^aws:/i.test(key)) refuse('the prefix aws: is reserved');
    if (!TAG_TEXT.test(key) || !TAG_TEXT.test(value)) {
      refuse('tags hold letters, digits, spaces and _ . : / = + - @');
    }
  }
  rejectDuplicates(
    'tags',
    tags.map((t) => t.key),
  );
  if (tags.length > MAX_TAGS) throw badValue('tags', raw, { reason: `more than ${MAX_TAGS} tags` });
  return tags;
}

function tagsFromEntries(raw: string): Tag[] {
  return splitKeyValues('tags', raw).map(({ key, value }) => ({ key, value }));
}

function tagsFromJson(raw: string): Tag[] {
  const json = tryParseJson(raw);
  const fail = (reason: string): never => {
    throw badValue('tags', raw, { reason });
  };
  if (json === undefined) return fail('not valid JSON');
  if (Array.isArray(json)) {
    return json.map((item: unknown, index) => {
      const entry = isRecord(item) ? item : {};
      const key = entry['Key'];
      const value = scalarText(entry['Value'] ?? '');
      if (typeof key !== 'string' || key === '' || value === undefined) {
        return fail(`item ${index + 1} needs a text Key and Value`);
      }
      return { key, value };
    });
  }
  if (isRecord(json)) {
    return Object.entries(json).map(([key, raw]) => {
      const value = scalarText(raw);
      if (value === undefined) return fail(`the value of tag ${key} is not text, a number or a boolean`);
      return { key, value };
    });
  }
  return fail('a JSON object or array is needed');
}

// --- JSON helpers -------------------------------------------------------------------------

/** The parsed JSON, or undefined when the text is not JSON (callers raise their own error). */
export function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Strings as they are; numbers and booleans as CloudFormation would write them. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

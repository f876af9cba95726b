/**
 * Key=Value inputs: parameter-overrides and tags.
 *
 * Entries are separated by newlines or commas. A value that holds a comma is quoted, with
 * double or single quotes: `Subnets="subnet-1,subnet-2"`. Parameter values may be secrets, and a
 * line of a multi-line secret or a `Password: x` line looks like a malformed entry, so a message
 * of parameter-overrides names an entry by its place (`entry 2`), never by its text. Tags are not
 * secret: their messages name the key or the entry.
 */
import { parse as parseYaml } from 'yaml';
import type { FileAccess, SizeCap } from './files.js';
import { readCappedFile } from './files.js';
import { DUPLICATE_KEY, parseJson } from './json.js';
import type { InputProblem, ProblemOptions, Reason } from './messages.js';
import { badEntry, badEntryAt, badFile, badKey, badLabel, badValue } from './messages.js';
import type { ParameterOverride, Tag } from './types.js';
import { splitLines } from './lines.js';

type KeyValueInput = 'parameter-overrides' | 'tags';

export interface KeyValue {
  /** 1 = the first entry of the input. */
  readonly index: number;
  readonly key: string;
  readonly value: string;
  /** The value was written in quotes (so `@previous` in quotes is a plain value). */
  readonly quoted: boolean;
}

/** The problem of one entry: by its place for parameters, by its key (or text) for tags. */
function entryProblem(
  input: KeyValueInput,
  entry: { readonly index: number; readonly key?: string; readonly text?: string },
  options: ProblemOptions,
): InputProblem {
  if (input === 'parameter-overrides') return badEntryAt(entry.index, options);
  if (entry.key !== undefined && entry.key !== '') return badKey(entry.key, options);
  return badEntry(entry.text ?? '', options);
}

const COMMA_HINT = 'quote a value that holds a comma, as in Key="a,b"';

/** Splits `A=1, B="x,y"` and newline-separated lines into entries. */
export function splitKeyValues(input: KeyValueInput, raw: string): KeyValue[] {
  const entries: KeyValue[] = [];
  let index = 0;
  for (const line of splitLines(raw)) {
    let afterComma = false;
    let rest = line;
    while (rest.trim() !== '') {
      const equals = rest.indexOf('=');
      const comma = rest.indexOf(',');
      if (equals === -1 || (comma !== -1 && comma < equals)) {
        const text = (comma === -1 ? rest : rest.slice(0, comma)).trim();
        if (text !== '') {
          index += 1;
          const reason = afterComma ? `no "=" in it: ${COMMA_HINT}` : 'no "=" in it';
          throw entryProblem(input, { index, text }, { reason });
        }
        rest = rest.slice(comma + 1);
        continue;
      }
      index += 1;
      const key = rest.slice(0, equals).trim();
      const afterEquals = rest.slice(equals + 1).trimStart();
      const quote = afterEquals[0];
      let value: string;
      let quoted = false;
      if (quote === '"' || quote === "'") {
        const close = afterEquals.indexOf(quote, 1);
        if (close === -1) {
          throw entryProblem(input, { index, key }, { reason: 'its quoted value has no closing quote' });
        }
        value = afterEquals.slice(1, close);
        quoted = true;
        rest = afterEquals.slice(close + 1);
        const next = rest.trimStart();
        if (next !== '' && !next.startsWith(',')) {
          throw entryProblem(
            input,
            { index, key },
            { reason: 'text follows the closing quote of its value' },
          );
        }
        rest = next.slice(1);
      } else {
        const end = afterEquals.indexOf(',');
        value = (end === -1 ? afterEquals : afterEquals.slice(0, end)).trim();
        rest = end === -1 ? '' : afterEquals.slice(end + 1);
      }
      if (key === '')
        throw entryProblem(input, { index, text: `=${value}` }, { reason: 'no key before "="' });
      entries.push({ index, key, value, quoted });
      afterComma = true;
    }
  }
  return entries;
}

function rejectDuplicates(input: KeyValueInput, entries: readonly { index: number; key: string }[]): void {
  const seen = new Map<string, number>();
  for (const { index, key } of entries) {
    const first = seen.get(key);
    if (first !== undefined) {
      const reason = input === 'tags' ? 'given twice' : `the same key as entry ${first}`;
      throw entryProblem(input, { index, key }, { reason });
    }
    seen.set(key, index);
  }
}

// --- parameter-overrides ------------------------------------------------------------------

const PARAMETER_KEY = /^[A-Za-z0-9]{1,255}$/;
const PREVIOUS = '@previous';
/** A parameter file: far more than CloudFormation's 200 parameters of 4 KB each would fill. */
export const PARAMETER_FILE_CAP: SizeCap = { bytes: 1_000_000, who: 'a parameter file' };

type IndexedOverride = ParameterOverride & { readonly index: number };

/** Whether a one-line value without `=` names a JSON file rather than a malformed entry. */
function looksLikePath(text: string, files: FileAccess): boolean {
  if (text.startsWith('file://')) return true;
  if (text.includes('=') || text.includes('\n')) return false;
  return /\.json$/i.test(text) || /[/\\]/.test(text) || files.stat(files.resolve(text)) !== undefined;
}

export function parseParameterOverrides(raw: string, files: FileAccess): ParameterOverride[] {
  if (raw === '') return [];
  let overrides: IndexedOverride[];
  if (raw.startsWith('{') || raw.startsWith('[')) {
    overrides = parametersFromJson(raw, (reason) => badLabel('JSON text', { reason }));
  } else if (looksLikePath(raw, files)) {
    const path = raw.replace(/^file:\/\//, '');
    const text = readCappedFile(files, path, PARAMETER_FILE_CAP);
    overrides = parametersFromJson(text, (reason) => badFile(path, { reason }));
  } else {
    overrides = splitKeyValues('parameter-overrides', raw).map(({ index, key, value, quoted }) =>
      !quoted && value === PREVIOUS ? { index, key, usePreviousValue: true as const } : { index, key, value },
    );
  }
  for (const { index, key } of overrides) {
    if (!PARAMETER_KEY.test(key)) {
      throw badEntryAt(index, { reason: 'a parameter name has only letters and digits' });
    }
  }
  rejectDuplicates('parameter-overrides', overrides);
  return overrides.map(({ index: _index, ...override }) => override);
}

/** `{"K":"V"}` or `[{"ParameterKey":"K","ParameterValue":"V"} | {"ParameterKey":"K","UsePreviousValue":true}]`. */
function parametersFromJson(text: string, fail: (reason: string) => InputProblem): IndexedOverride[] {
  const json = parseJson(text);
  if (!json.ok) throw fail(json.reason);
  if (Array.isArray(json.value)) {
    return json.value.map((item: unknown, at): IndexedOverride => {
      const index = at + 1;
      const entry = isRecord(item) ? item : {};
      const key = entry['ParameterKey'];
      if (typeof key !== 'string') throw fail(`item ${index} has no ParameterKey`);
      if (entry['UsePreviousValue'] === true) return { index, key, usePreviousValue: true };
      const value = scalarText(entry['ParameterValue']);
      if (value === undefined) {
        throw fail(`item ${index} needs a text ParameterValue or "UsePreviousValue": true`);
      }
      return { index, key, value };
    });
  }
  if (isRecord(json.value)) {
    return Object.entries(json.value).map(([key, raw], at): IndexedOverride => {
      const index = at + 1;
      const value = scalarText(raw);
      if (value === undefined) throw fail(`the value of entry ${index} is not text, a number or a boolean`);
      return value === PREVIOUS ? { index, key, usePreviousValue: true } : { index, key, value };
    });
  }
  throw fail('a JSON object or array is needed');
}

// --- tags ---------------------------------------------------------------------------------

const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const MAX_TAGS = 50;

export function parseTags(raw: string): Tag[] {
  if (raw === '') return [];
  const tags =
    raw.startsWith('{') || raw.startsWith('[')
      ? tagsFromJson(raw)
      : looksLikeYaml(raw)
        ? tagsFromYaml(raw)
        : tagsFromEntries(raw);
  for (const { key, value } of tags) {
    const refuse = (reason: string): never => {
      throw badKey(key, { reason });
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
    tags.map((tag, at) => ({ index: at + 1, key: tag.key })),
  );
  if (tags.length > MAX_TAGS) throw badValue(raw, { reason: `more than ${MAX_TAGS} tags` });
  return tags;
}

function tagsFromEntries(raw: string): Tag[] {
  return splitKeyValues('tags', raw).map(({ key, value }) => ({ key, value }));
}

/**
 * The YAML forms aws-cloudformation-github-deploy accepts: `Team: payments` lines, or a list of
 * `- Key: Team` / `  Value: payments` items. Told from Key=Value lines by the first line: a list
 * item, or a `key:` before any `=`.
 */
function looksLikeYaml(raw: string): boolean {
  const first =
    raw
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? '';
  if (/^-(\s|$)/.test(first)) return true;
  const colon = first.search(/:(\s|$)/);
  const equals = first.indexOf('=');
  return colon > 0 && (equals === -1 || colon < equals);
}

function tagsFromYaml(raw: string): Tag[] {
  let value: unknown;
  try {
    // failsafe: every scalar stays text (1.0 stays "1.0", yes stays "yes").
    value = parseYaml(raw, { schema: 'failsafe' });
  } catch {
    throw badValue(raw, { reason: 'not valid YAML (a key given twice counts as invalid)' });
  }
  return tagsFromValue(value, (reason) => {
    throw badValue(raw, { reason });
  });
}

function tagsFromJson(raw: string): Tag[] {
  const json = parseJson(raw);
  const fail = (reason: Reason): never => {
    throw badValue(raw, { reason });
  };
  if (!json.ok) {
    const key = json.duplicateKey;
    return fail(key === undefined ? json.reason : (show) => `${DUPLICATE_KEY}: ${show(key)}`);
  }
  return tagsFromValue(json.value, fail);
}

/** `{"Key":"Value"}` or `[{"Key":"k","Value":"v"}]`, from JSON or YAML. */
function tagsFromValue(value: unknown, fail: (reason: Reason) => never): Tag[] {
  if (Array.isArray(value)) {
    return value.map((item: unknown, index) => {
      const entry = isRecord(item) ? item : {};
      const key = entry['Key'];
      const text = scalarText(entry['Value'] ?? '');
      if (typeof key !== 'string' || key === '' || text === undefined) {
        return fail(`item ${index + 1} needs a text Key and Value`);
      }
      return { key, value: text };
    });
  }
  if (isRecord(value)) {
    return Object.entries(value).map(([key, raw]) => {
      const text = scalarText(raw);
      if (text === undefined) {
        return fail((show) => `the value of tag ${show(key)} is not text, a number or a boolean`);
      }
      return { key, value: text };
    });
  }
  return fail('a JSON or YAML object or list is needed');
}

// --- JSON helpers -------------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Strings as they are; numbers and booleans as CloudFormation would write them. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/**
 * The pre-traffic-payloads input: the events the gate sends to the new version before any user
 * reaches it. The input is YAML or JSON text, the path of a YAML or JSON file, or the path of a
 * folder whose `*.json` files are one event each (named after the file, expecting no FunctionError).
 *
 * Each entry is `{ name, payload, expect: { error, body, max-duration-ms } }`; `expect` and each of
 * its parts are optional. Unknown keys and wrong types are refused here, before any AWS call, with
 * the entry named by its place (its text may hold anything, so it is not shown).
 */
import { parse as parseYaml } from 'yaml';
import type { FileAccess, SizeCap } from './files.js';
import { readCappedFile } from './files.js';
import { parseJson } from './json.js';
import type { Show } from './messages.js';
import { badEntryAt, badFile, badValue } from './messages.js';
import { PAYLOAD_LIMIT_BYTES } from './sources.js';
import type { PayloadExpectation, PreTrafficPayload } from './types.js';

/** The gate's bound on entries: each one is an invocation before the first step. */
export const MAX_PRE_TRAFFIC_PAYLOADS = 50;
/** Lambda's longest timeout: a larger max-duration-ms could never be reached. */
export const MAX_EXPECTED_DURATION_MS = 900_000;

const ENTRIES_CAP: SizeCap = { bytes: PAYLOAD_LIMIT_BYTES, who: 'Lambda' };
const ENTRY_KEYS = ['name', 'payload', 'expect'] as const;
const EXPECT_KEYS = ['error', 'body', 'max-duration-ms'] as const;

export function parsePreTrafficPayloads(raw: string, files: FileAccess): PreTrafficPayload[] {
  if (raw === '') return [];
  if (/^(?:[[{]|-\s)/.test(raw) || raw.includes('\n'))
    return entriesOf(parseText(raw, (reason) => badValue(raw, { reason })));
  const path = raw.replace(/^file:\/\//, '');
  const absolute = files.resolve(path);
  const info = files.stat(absolute);
  if (info !== undefined && !info.isFile) return folderEvents(files, path, absolute);
  const text = readCappedFile(files, path, ENTRIES_CAP);
  return entriesOf(parseText(text, (reason) => badFile(path, { reason })));
}

/** YAML (JSON is YAML too); a key given twice is an error, as in every input. */
function parseText(text: string, refuse: (reason: string) => Error): unknown {
  try {
    return parseYaml(text) as unknown;
  } catch (error) {
    const duplicate = error instanceof Error && /unique/i.test(error.message);
    throw refuse(duplicate ? 'a key appears twice in one object' : 'not valid YAML or JSON');
  }
}

/** Every `*.json` file of the folder, in name order: one event each. */
function folderEvents(files: FileAccess, path: string, absolute: string): PreTrafficPayload[] {
  const names = files.list?.(absolute);
  if (names === undefined) throw badFile(path, { reason: 'not a file or a folder that can be read' });
  const events = names.filter((name) => name.endsWith('.json'));
  if (events.length === 0) throw badFile(path, { reason: 'a folder without *.json files' });
  if (events.length > MAX_PRE_TRAFFIC_PAYLOADS) {
    throw badFile(path, {
      reason: `${events.length} events, over the ${MAX_PRE_TRAFFIC_PAYLOADS} the gate sends`,
    });
  }
  return events.map((name) => {
    const file = `${path.replace(/\/+$/, '')}/${name}`;
    const text = readCappedFile(files, file, ENTRIES_CAP);
    const json = parseJson(text);
    if (!json.ok) throw badFile(file, { reason: json.reason });
    return { name: name.replace(/\.json$/, ''), payload: JSON.stringify(json.value), expect: undefined };
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entriesOf(value: unknown): PreTrafficPayload[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw badValue(typeof value === 'string' ? value : (JSON.stringify(value) ?? ''), {
      reason: 'not a list of entries',
    });
  }
  if (value.length > MAX_PRE_TRAFFIC_PAYLOADS) {
    throw badValue(`${value.length} entries`, {
      reason: `over the ${MAX_PRE_TRAFFIC_PAYLOADS} the gate sends`,
    });
  }
  const seen = new Set<string>();
  return value.map((entry: unknown, at) => {
    const index = at + 1;
    const refuse = (reason: string | ((show: Show) => string)) => badEntryAt(index, { reason });
    if (!isObject(entry)) throw refuse('not an object with name and payload');
    unknownKeys(entry, ENTRY_KEYS, '', refuse);
    const { name, payload } = entry;
    if (typeof name !== 'string' || name.trim() === '') throw refuse('name is not a non-empty text');
    if (seen.has(name)) throw refuse((show) => `name ${show(name)} is given twice`);
    seen.add(name);
    if (payload === undefined) throw refuse('payload is missing');
    const text = JSON.stringify(payload);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > PAYLOAD_LIMIT_BYTES) {
      throw refuse(`payload is ${bytes} bytes, over the ${PAYLOAD_LIMIT_BYTES} Lambda accepts`);
    }
    return { name, payload: text, expect: expectationOf(entry['expect'], refuse) };
  });
}

type Refuse = (reason: string | ((show: Show) => string)) => Error;

function unknownKeys(
  object: Record<string, unknown>,
  known: readonly string[],
  prefix: string,
  refuse: Refuse,
): void {
  const unknown = Object.keys(object).find((key) => !known.includes(key));
  if (unknown !== undefined) {
    throw refuse(
      (show) => `unknown key ${show(prefix + unknown)}; known: ${known.map((k) => prefix + k).join(', ')}`,
    );
  }
}

function expectationOf(value: unknown, refuse: Refuse): PayloadExpectation | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw refuse('expect is not an object');
  unknownKeys(value, EXPECT_KEYS, 'expect.', refuse);
  const { error, body } = value;
  const maxDurationMs = value['max-duration-ms'];
  if (error !== undefined && typeof error !== 'boolean') throw refuse('expect.error is not true or false');
  if (body !== undefined && !isObject(body)) {
    throw refuse('expect.body is not an object of dotted paths and values');
  }
  if (
    maxDurationMs !== undefined &&
    !(
      Number.isInteger(maxDurationMs) &&
      (maxDurationMs as number) >= 1 &&
      (maxDurationMs as number) <= MAX_EXPECTED_DURATION_MS
    )
  ) {
    throw refuse(`expect.max-duration-ms is not whole milliseconds from 1 to ${MAX_EXPECTED_DURATION_MS}`);
  }
  return {
    ...(error === undefined ? {} : { error }),
    ...(body === undefined ? {} : { body }),
    ...(maxDurationMs === undefined ? {} : { maxDurationMs: maxDurationMs as number }),
  };
}

/**
 * The post step's check of the state it was handed, before it moves anything: every key of the
 * journal must be there and have the shape this version writes. A malformed or foreign state
 * (hand-edited, another version's, cut short) stops the post step with a message naming the key
 * and what is wrong, and no alias is touched: restoring some aliases from a journal that cannot
 * be trusted for the others would leave a half-restored fleet that looks deliberate.
 */
import { StackCanaryError } from '../errors.js';
import type { z } from 'zod';
import { aliasStateKey, STATE_KEYS } from '../pipeline/journal.js';
import {
  aliasJournalSchema,
  finishedRecordSchema,
  JOURNAL_FORMAT,
  journalHeaderSchema,
} from '../schema/alias-journal.js';
import type { StateStore } from '../state-store.js';

export class SavedStateError extends StackCanaryError {
  constructor(key: string, problem: string, functions: readonly string[]) {
    const who = functions.length > 0 ? ` Check the aliases of ${functions.join(', ')} by hand.` : '';
    super(
      'INTERNAL',
      `The saved state cannot be used to restore aliases: ${key} ${problem}. No alias was changed.${who}`,
    );
  }
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The one schema of each part, as the main step writes it (schema/alias-journal.ts). */
const fits = (schema: z.ZodType, value: unknown): boolean => schema.safeParse(value).success;
const header = journalHeaderSchema.unwrap().shape;
const journal = aliasJournalSchema.unwrap().shape;

/** Checks the whole journal in `store`; throws SavedStateError at the first thing wrong. */
export function checkSavedJournal(store: StateStore): void {
  let functions: readonly string[] = [];
  const read = (key: string): unknown => {
    const text = store.get(key);
    if (text === '') return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new SavedStateError(key, 'is not valid JSON', functions);
    }
  };
  const demand = (ok: boolean, key: string, problem: string): void => {
    if (!ok) throw new SavedStateError(key, problem, functions);
  };

  const run = read(STATE_KEYS.run);
  if (run === undefined) return;
  demand(isObject(run), STATE_KEYS.run, 'is not a JSON object');
  const record = run as Json;
  demand(
    record['format'] === JOURNAL_FORMAT,
    STATE_KEYS.run,
    `has format ${JSON.stringify(record['format'])}; this version reads ${JOURNAL_FORMAT}`,
  );
  const listed = record['functions'];
  demand(fits(header.functions, listed), STATE_KEYS.run, 'has no list of distinct function names');
  functions = listed as string[];
  demand(fits(header.region, record['region']), STATE_KEYS.run, 'names no AWS region');
  demand(fits(header.alias, record['alias']), STATE_KEYS.run, 'names no alias');
  demand(fits(journalHeaderSchema, record), STATE_KEYS.run, 'is not a run header this version can read');

  functions.forEach((name, index) => {
    const key = aliasStateKey(index);
    const entry = read(key);
    demand(entry !== undefined, key, `is missing (${STATE_KEYS.run} lists ${functions.length} function(s))`);
    if (!isObject(entry)) throw new SavedStateError(key, 'is not a JSON object', functions);
    demand(entry['functionName'] === name, key, `is not the journal of ${name}`);
    demand(entry['alias'] === record['alias'], key, `is not about alias ${String(record['alias'])}`);
    demand(
      fits(journal.snapshot, entry['snapshot'] ?? null),
      key,
      'has a snapshot that is not an alias target',
    );
    demand(fits(journal.changes, entry['changes']), key, 'has a change list this version cannot read');
    demand(fits(aliasJournalSchema, entry), key, 'is not an alias journal this version can read');
  });

  const finished = read(STATE_KEYS.finished);
  demand(
    finished === undefined || fits(finishedRecordSchema, finished),
    STATE_KEYS.finished,
    'has no verdict',
  );
  read(STATE_KEYS.stackSnapshot);
}

/**
 * The post step's check of the state it was handed, before it moves anything: every key of the
 * journal must be there and have the shape this version writes. A malformed or foreign state
 * (hand-edited, another version's, cut short) stops the post step with a message naming the key
 * and what is wrong, and no alias is touched: restoring some aliases from a journal that cannot
 * be trusted for the others would leave a half-restored fleet that looks deliberate.
 */
import { StackCanaryError } from '../errors.js';
import { aliasStateKey, JOURNAL_FORMAT, STATE_KEYS } from '../pipeline/journal.js';
import type { StateStore } from '../state.js';

export class SavedStateError extends StackCanaryError {
  constructor(key: string, problem: string, functions: readonly string[]) {
    const who = functions.length > 0 ? ` Check the aliases of ${functions.join(', ')} by hand.` : '';
    super(
      'INTERNAL',
      `The saved state cannot be used to restore aliases: ${key} ${problem}. No alias was changed.${who}`,
    );
  }
}

const CHANGE_KINDS = new Set(['repair', 'shift', 'promote', 'rollback', 'create', 'delete']);
const VERSION = /^(\d+|\$LATEST)$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** An alias target as the journal writes it: a version, and weights between 0 and 1 by version. */
function isTarget(value: unknown): boolean {
  if (value === null) return true;
  if (!isObject(value) || typeof value['version'] !== 'string' || !VERSION.test(value['version'])) {
    return false;
  }
  const weights = value['weights'];
  return (
    isObject(weights) &&
    Object.entries(weights).every(([v, w]) => /^\d+$/.test(v) && typeof w === 'number' && w >= 0 && w <= 1)
  );
}

function isChange(value: unknown): boolean {
  return (
    isObject(value) &&
    CHANGE_KINDS.has(String(value['kind'])) &&
    isTarget(value['from'] ?? null) &&
    isTarget(value['to'] ?? null) &&
    isText(value['at'])
  );
}

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
  demand(
    Array.isArray(listed) && listed.every(isText) && new Set(listed).size === listed.length,
    STATE_KEYS.run,
    'has no list of distinct function names',
  );
  functions = listed as string[];
  demand(
    typeof record['region'] === 'string' && REGION.test(record['region']),
    STATE_KEYS.run,
    'names no AWS region',
  );
  demand(isText(record['alias']), STATE_KEYS.run, 'names no alias');

  functions.forEach((name, index) => {
    const key = aliasStateKey(index);
    const entry = read(key);
    demand(entry !== undefined, key, `is missing (${STATE_KEYS.run} lists ${functions.length} function(s))`);
    demand(isObject(entry), key, 'is not a JSON object');
    const journal = entry as Json;
    demand(journal['functionName'] === name, key, `is not the journal of ${name}`);
    demand(journal['alias'] === record['alias'], key, `is not about alias ${String(record['alias'])}`);
    demand(isTarget(journal['snapshot'] ?? null), key, 'has a snapshot that is not an alias target');
    const changes = journal['changes'];
    demand(
      Array.isArray(changes) && changes.every(isChange),
      key,
      'has a change list this version cannot read',
    );
  });

  const finished = read(STATE_KEYS.finished);
  demand(
    finished === undefined || (isObject(finished) && isText(finished['verdict'])),
    STATE_KEYS.finished,
    'has no verdict',
  );
  read(STATE_KEYS.stackSnapshot);
}

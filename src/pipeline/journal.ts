/**
 * The state journal: every alias change a run makes is written here BEFORE it is made, with the
 * snapshot each alias returns to. The action keeps it with core.saveState (the post step reads it
 * as STATE_* variables); the CLI keeps it in memory for its signal handler. Either way it is what
 * puts every alias back when the run stops before its end.
 *
 * Each function has its own key, so no one value outgrows an environment variable.
 */
import type { z } from 'zod';
import { StackCanaryError } from '../errors.js';
import type {
  AliasChange,
  AliasJournal,
  ChangeKind,
  FinishedRecord,
  JournalHeader,
  ReleaseHeader,
} from '../schema/alias-journal.js';
import {
  aliasJournalSchema,
  finishedRecordSchema,
  JOURNAL_FORMAT,
  journalHeaderSchema,
  releaseHeaderSchema,
} from '../schema/alias-journal.js';
import type { StackSnapshot } from '../stack/types.js';
import type { StateStore } from '../state-store.js';
import { describeTarget } from '../traffic/routing.js';
import type { AliasTarget } from '../traffic/types.js';
import type { Clock } from '../util/clock.js';

/** Every state key the run writes, in one place. */
export const STATE_KEYS = {
  /** JournalHeader: region, alias, stack, functions in key order. */
  run: 'run',
  /** The stack part's snapshot (template body left out when large). */
  stackSnapshot: 'stack_snapshot',
  /** Set at the end of the main step: the post step then has nothing to do. */
  finished: 'finished',
  /** A release in waves: ReleaseHeader (its regions); each region's journal under regionStore(). */
  release: 'release',
} as const;

/** AliasJournal of the n-th function of the run. */
export const aliasStateKey = (index: number): string => `alias_${index}`;

/** Beyond this, the stack snapshot is saved without its template body (environment variable limits). */
export const MAX_SNAPSHOT_STATE_CHARS = 60_000;

export type SavedStackSnapshot = StackSnapshot & { readonly templateBodyOmitted?: boolean };

export interface JournalData {
  readonly run: JournalHeader;
  readonly stackSnapshot: SavedStackSnapshot | undefined;
  readonly aliases: readonly AliasJournal[];
  readonly finished: FinishedRecord | undefined;
}

/** Raised when a change is attempted after the run was told to stop. */
export class RunCancelledError extends StackCanaryError {
  constructor() {
    super('CANCELLED', 'The run was stopped; no further alias change is made.');
  }
}

export class Journal {
  private run: JournalHeader | undefined;
  private readonly aliases = new Map<string, { index: number; entry: AliasJournal }>();

  constructor(
    private readonly store: StateStore,
    private readonly clock: Clock,
    private readonly signal?: AbortSignal,
  ) {}

  start(info: { region: string; alias: string; stackName: string | undefined }): void {
    this.run = {
      format: JOURNAL_FORMAT,
      ...info,
      startedAt: new Date(this.clock.now()).toISOString(),
      functions: [],
    };
    this.store.save(STATE_KEYS.run, JSON.stringify(this.run));
  }

  saveStackSnapshot(snapshot: StackSnapshot): void {
    let text = JSON.stringify(snapshot);
    if (text.length > MAX_SNAPSHOT_STATE_CHARS) {
      // JSON drops the undefined body: the post step never needs it, and it may be megabytes.
      text = JSON.stringify({ ...snapshot, templateBody: undefined, templateBodyOmitted: true });
    }
    this.store.save(STATE_KEYS.stackSnapshot, text);
  }

  /** Records where the alias returns to. The first snapshot of a function wins. */
  snapshotAlias(functionName: string, alias: string, snapshot: AliasTarget | null): void {
    if (this.aliases.has(functionName)) return;
    const run = this.requireRun();
    const index = run.functions.length;
    const entry: AliasJournal = { functionName, alias, snapshot, changes: [] };
    this.aliases.set(functionName, { index, entry });
    this.store.save(aliasStateKey(index), JSON.stringify(entry));
    this.run = { ...run, functions: [...run.functions, functionName] };
    this.store.save(STATE_KEYS.run, JSON.stringify(this.run));
  }

  snapshotOf(functionName: string): AliasTarget | null | undefined {
    return this.aliases.get(functionName)?.entry.snapshot;
  }

  /** Journals a change about to be made. Refuses once the run has been told to stop. */
  record(
    functionName: string,
    kind: ChangeKind,
    from: AliasTarget | null,
    to: AliasTarget | null,
  ): AliasChange {
    if (this.signal?.aborted) throw new RunCancelledError();
    const known = this.aliases.get(functionName);
    if (!known) {
      throw new StackCanaryError(
        'INTERNAL',
        `No snapshot of the alias of ${functionName} was journaled before changing it.`,
      );
    }
    const change: AliasChange = { kind, from, to, at: new Date(this.clock.now()).toISOString() };
    const entry: AliasJournal = { ...known.entry, changes: [...known.entry.changes, change] };
    this.aliases.set(functionName, { index: known.index, entry });
    this.store.save(aliasStateKey(known.index), JSON.stringify(entry));
    return change;
  }

  /**
   * Marks the run finished, unless it was told to stop: the signal handler's recovery then owns
   * the aliases (it may be putting them back right now), and the post step must not read "finished".
   */
  finish(verdict: string): void {
    if (this.signal?.aborted) return;
    const record: FinishedRecord = { verdict, at: new Date(this.clock.now()).toISOString() };
    this.store.save(STATE_KEYS.finished, JSON.stringify(record));
  }

  entries(): AliasJournal[] {
    return [...this.aliases.values()].sort((a, b) => a.index - b.index).map((a) => a.entry);
  }

  private requireRun(): JournalHeader {
    if (!this.run) throw new StackCanaryError('INTERNAL', 'The journal was used before the run was started.');
    return this.run;
  }
}

/** One line per change: "orders-fn: live v3 → v3 + v4 at 10% (shift)". */
export function describeChange(entry: AliasJournal, change: AliasChange): string {
  return `${entry.functionName}: ${entry.alias} ${describeTarget(change.from)} → ${describeTarget(change.to)} (${change.kind})`;
}

function parse(store: StateStore, key: string): unknown {
  const text = store.get(key);
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new StackCanaryError('INTERNAL', `Saved state ${key} is not valid JSON.`, { cause: error });
  }
}

/** A saved key read through its schema; undefined when it was never saved. */
function parseAs<T>(store: StateStore, key: string, schema: z.ZodType<T>): T | undefined {
  const json = parse(store, key);
  if (json === undefined) return undefined;
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new StackCanaryError(
    'INTERNAL',
    `Saved state ${key} cannot be read: ${issue?.path.join('.') || key}: ${issue?.message ?? 'invalid'}.`,
  );
}

/** What a run journaled; undefined when no run started (nothing to restore). */
export function readJournal(store: StateStore): JournalData | undefined {
  const header = parse(store, STATE_KEYS.run) as { format?: unknown } | undefined;
  if (!header) return undefined;
  if (header.format !== JOURNAL_FORMAT) {
    throw new StackCanaryError(
      'INTERNAL',
      `Saved state run has format ${String(header.format)}; this version reads ${JOURNAL_FORMAT}.`,
    );
  }
  const run = parseAs(store, STATE_KEYS.run, journalHeaderSchema) as JournalHeader;
  const aliases: AliasJournal[] = [];
  run.functions.forEach((_name, index) => {
    const entry = parseAs(store, aliasStateKey(index), aliasJournalSchema);
    if (entry) aliases.push(entry);
  });
  return {
    run,
    stackSnapshot: parse(store, STATE_KEYS.stackSnapshot) as SavedStackSnapshot | undefined,
    aliases,
    finished: parseAs(store, STATE_KEYS.finished, finishedRecordSchema),
  };
}

/**
 * The journal of one region of a release in waves: the same keys as a run's, each behind the
 * region's prefix (`r0_run`, `r0_alias_0`, ...), in the release's one store.
 */
export function regionStore(store: StateStore, index: number): StateStore {
  const prefix = `r${index}_`;
  return {
    save: (key, value) => store.save(`${prefix}${key}`, value),
    get: (key) => store.get(`${prefix}${key}`),
  };
}

/**
 * A release in waves: its header (every region, before any starts) and its own `finished`. Each
 * region's run keeps its journal in regionStore(); a region's own "finished" does not end the
 * release: until the release is finished, every region it changed goes back.
 */
export class ReleaseJournal {
  constructor(
    private readonly store: StateStore,
    private readonly clock: Clock,
    private readonly signal?: AbortSignal,
  ) {}

  start(regions: readonly string[]): void {
    const header: ReleaseHeader = { format: JOURNAL_FORMAT, regions };
    this.store.save(STATE_KEYS.release, JSON.stringify(header));
  }

  /** The store of the region at `index` of start()'s list. */
  region(index: number): StateStore {
    return regionStore(this.store, index);
  }

  /** As Journal.finish: not once the run was told to stop (the signal handler owns the aliases). */
  finish(verdict: string): void {
    if (this.signal?.aborted) return;
    const record: FinishedRecord = { verdict, at: new Date(this.clock.now()).toISOString() };
    this.store.save(STATE_KEYS.finished, JSON.stringify(record));
  }
}

export interface ReleaseData {
  readonly regions: readonly { readonly region: string; readonly store: StateStore }[];
  readonly finished: FinishedRecord | undefined;
}

/** The release this store holds; undefined when it holds a single run's journal (or nothing). */
export function readRelease(store: StateStore): ReleaseData | undefined {
  const header = parseAs(store, STATE_KEYS.release, releaseHeaderSchema);
  if (!header) return undefined;
  return {
    regions: header.regions.map((region, index) => ({ region, store: regionStore(store, index) })),
    finished: parseAs(store, STATE_KEYS.finished, finishedRecordSchema),
  };
}

/** The stores the post step checks: each region's of a release, else the store itself. */
export function journalStores(store: StateStore): StateStore[] {
  return readRelease(store)?.regions.map((r) => r.store) ?? [store];
}

/** Whether a main step left anything to restore: its run (or release) started and did not finish. */
export function journalStatus(store: StateStore): 'none' | 'finished' | 'unfinished' {
  const release = readRelease(store);
  if (release) return release.finished ? 'finished' : 'unfinished';
  const journal = readJournal(store);
  if (!journal) return 'none';
  return journal.finished ? 'finished' : 'unfinished';
}

/** The state journal: what is saved, under which keys, and read back by the post step. */
import { describe, expect, it } from '@jest/globals';
import {
  aliasStateKey,
  describeChange,
  Journal,
  MAX_SNAPSHOT_STATE_CHARS,
  readJournal,
  RunCancelledError,
  STATE_KEYS,
} from '../../../src/pipeline/journal.js';
import type { StackSnapshot } from '../../../src/stack/types.js';
import { MemoryStateStore } from '../../../src/state-store.js';
import { FakeClock } from '../../helpers/fake-clock.js';

const snapshot: StackSnapshot = {
  stackName: 'orders',
  exists: true,
  stackId: 'arn:stack',
  templateBody: 'Resources: {}',
  parameters: [{ key: 'Env', value: 'prod' }],
  capabilities: ['CAPABILITY_IAM'],
  takenAt: '2026-01-01T00:00:00.000Z',
};

function started(store = new MemoryStateStore(), signal?: AbortSignal): Journal {
  const journal = new Journal(store, new FakeClock(Date.UTC(2026, 0, 1)), signal);
  journal.start({ region: 'eu-west-1', alias: 'live', stackName: 'orders' });
  return journal;
}

describe('Journal', () => {
  it('saves the run, each alias snapshot under its own key, and each change as it is recorded', () => {
    const store = new MemoryStateStore();
    const journal = started(store);
    journal.snapshotAlias('fn-a', 'live', { version: '3', weights: {} });
    journal.snapshotAlias('fn-b', 'live', null);
    journal.record('fn-a', 'shift', { version: '3', weights: {} }, { version: '3', weights: { '4': 0.1 } });
    expect(JSON.parse(store.get(STATE_KEYS.run))).toMatchObject({
      region: 'eu-west-1',
      alias: 'live',
      functions: ['fn-a', 'fn-b'],
    });
    expect(JSON.parse(store.get(aliasStateKey(0)))).toEqual({
      functionName: 'fn-a',
      alias: 'live',
      snapshot: { version: '3', weights: {} },
      changes: [
        {
          kind: 'shift',
          from: { version: '3', weights: {} },
          to: { version: '3', weights: { '4': 0.1 } },
          at: '2026-01-01T00:00:00.000Z',
        },
      ],
    });
    expect(JSON.parse(store.get(aliasStateKey(1))).snapshot).toBeNull();
    expect(store.get(STATE_KEYS.finished)).toBe('');
  });

  it('keeps the first snapshot of a function', () => {
    const journal = started();
    journal.snapshotAlias('fn-a', 'live', { version: '3', weights: {} });
    journal.snapshotAlias('fn-a', 'live', { version: '9', weights: {} });
    expect(journal.snapshotOf('fn-a')).toEqual({ version: '3', weights: {} });
  });

  it('refuses a change without a snapshot, and any change once the run was told to stop', () => {
    const controller = new AbortController();
    const journal = started(new MemoryStateStore(), controller.signal);
    expect(() => journal.record('fn-x', 'shift', null, null)).toThrow('No snapshot of the alias of fn-x');
    journal.snapshotAlias('fn-a', 'live', { version: '3', weights: {} });
    controller.abort();
    expect(() => journal.record('fn-a', 'shift', null, null)).toThrow(RunCancelledError);
  });

  it('is not marked finished once the run was told to stop (the recovery owns the aliases)', () => {
    const controller = new AbortController();
    const store = new MemoryStateStore();
    const journal = started(store, controller.signal);
    journal.snapshotAlias('fn-a', 'live', { version: '3', weights: {} });
    journal.record('fn-a', 'promote', { version: '3', weights: {} }, { version: '4', weights: {} });
    controller.abort();
    journal.finish('pass');
    expect(readJournal(store)?.finished).toBeUndefined();
  });

  it('refuses to be used before the run starts', () => {
    const journal = new Journal(new MemoryStateStore(), new FakeClock());
    expect(() => journal.snapshotAlias('fn-a', 'live', null)).toThrow('before the run was started');
  });

  it('saves the stack snapshot, without a template body too large for the state', () => {
    const store = new MemoryStateStore();
    const journal = started(store);
    journal.saveStackSnapshot(snapshot);
    expect(readJournal(store)?.stackSnapshot).toEqual(snapshot);
    journal.saveStackSnapshot({ ...snapshot, templateBody: 'x'.repeat(MAX_SNAPSHOT_STATE_CHARS) });
    const saved = readJournal(store)?.stackSnapshot;
    expect(saved?.templateBody).toBeUndefined();
    expect(saved?.templateBodyOmitted).toBe(true);
    expect(saved?.parameters).toEqual(snapshot.parameters);
  });

  it('marks the end of the main step', () => {
    const store = new MemoryStateStore();
    started(store).finish('pass');
    expect(readJournal(store)?.finished).toEqual({ verdict: 'pass', at: '2026-01-01T00:00:00.000Z' });
  });

  it('describes a change in one line', () => {
    const journal = started();
    journal.snapshotAlias('fn-a', 'live', { version: '3', weights: {} });
    const change = journal.record(
      'fn-a',
      'shift',
      { version: '3', weights: {} },
      { version: '3', weights: { '4': 0.1 } },
    );
    expect(describeChange(journal.entries()[0]!, change)).toBe('fn-a: live v3 → v3 + v4 at 10% (shift)');
  });
});

describe('readJournal', () => {
  it('is undefined when no run started', () => {
    expect(readJournal(new MemoryStateStore())).toBeUndefined();
  });

  it('reads back what was journaled', () => {
    const store = new MemoryStateStore();
    const journal = started(store);
    journal.snapshotAlias('fn-a', 'live', { version: '3', weights: {} });
    journal.record('fn-a', 'shift', { version: '3', weights: {} }, { version: '3', weights: { '4': 0.5 } });
    const read = readJournal(store);
    expect(read?.aliases).toEqual(journal.entries());
    expect(read?.finished).toBeUndefined();
  });

  it('says which saved value is damaged', () => {
    const store = new MemoryStateStore();
    store.save(STATE_KEYS.run, '{not json');
    expect(() => readJournal(store)).toThrow('Saved state run is not valid JSON');
  });

  it('refuses a journal of another format', () => {
    const store = new MemoryStateStore();
    store.save(STATE_KEYS.run, JSON.stringify({ format: 99, functions: [] }));
    expect(() => readJournal(store)).toThrow('format 99');
  });
});

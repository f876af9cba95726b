import { describe, expect, it } from '@jest/globals';
import type { AliasLease } from '../../../src/traffic/lease.js';
import {
  AliasBusyError,
  isOwnLease,
  LEASE_TERM_MS,
  leaseDescription,
  leaseStanding,
  leaseTermFor,
  leftBehind,
  MAX_RUN_CHARS,
  readLease,
  RELEASED_DESCRIPTION,
  repairFor,
  runLeaseDescription,
} from '../../../src/traffic/lease.js';

const until = Date.UTC(2026, 0, 1, 12, 10);

describe('the alias lease', () => {
  it('reads back what it wrote', () => {
    const lease = { runId: 'https://github.com/o/r/actions/runs/42', version: '7', untilMs: until };
    const text = leaseDescription(lease);
    expect(text).toBe(
      'stack-canary: judging v7 until 2026-01-01T12:10:00.000Z for https://github.com/o/r/actions/runs/42',
    );
    expect(readLease(text)).toEqual({ ...lease, from: undefined, holder: undefined });
  });

  it("fits Lambda's 256-character Description, cutting the run's name", () => {
    const text = leaseDescription({ runId: 'x'.repeat(400), version: '12', untilMs: until });
    expect(text).toHaveLength(256);
    expect(readLease(text)?.version).toBe('12');
  });

  it.each([undefined, '', RELEASED_DESCRIPTION, 'stack-canary: judging v2 until never for run 1'])(
    'finds no lease in %p',
    (description) => {
      expect(readLease(description)).toBeUndefined();
    },
  );

  it('names the run that holds the alias, its version and its time', () => {
    const error = new AliasBusyError('orders-fn', 'live', { runId: 'run 1', version: '4', untilMs: until });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      'Alias live of orders-fn is being judged by another stack-canary run (run 1), on v4 until ' +
        '2026-01-01T12:10:00.000Z; this run stopped without changing anything. ' +
        'Run again once that run has ended (or serialize deploys of this stack with a concurrency group).',
    );
  });
});

describe("a run's own lease", () => {
  const holder = { run: 'https://github.com/o/r/actions/runs/42', attempt: 2, instance: '9f3c1a2b' };
  const NOW = Date.UTC(2026, 0, 1, 12, 0);
  const own = (overrides: Partial<{ until: number; holder: typeof holder }> = {}): string =>
    runLeaseDescription({
      holder: overrides.holder ?? holder,
      version: '4',
      from: '3',
      untilMs: overrides.until ?? NOW + 60_000,
    });

  it('names its holder, the version judged and the one the alias returns to, and reads back', () => {
    const text = own();
    expect(text).toBe(
      'stack-canary: judging v4 over v3 until 2026-01-01T12:01:00.000Z by 9f3c1a2b, attempt 2 of https://github.com/o/r/actions/runs/42',
    );
    expect(readLease(text)).toEqual({
      runId: holder.run,
      version: '4',
      from: '3',
      untilMs: NOW + 60_000,
      holder,
    });
    expect(isOwnLease(text, holder)).toBe(true);
    expect(isOwnLease(text, { ...holder, instance: '00000000' })).toBe(false);
  });

  it("keeps a long run's name whole up to MAX_RUN_CHARS and fits 256 characters", () => {
    const long = { ...holder, run: 'r'.repeat(500) };
    const text = own({ holder: long });
    expect(text.length).toBeLessThanOrEqual(256);
    expect(readLease(text)?.holder?.run).toBe('r'.repeat(MAX_RUN_CHARS));
    expect(leaseStanding(text, long, NOW)).toEqual({ kind: 'ours' });
  });

  it.each([
    ['no lease', RELEASED_DESCRIPTION, holder, NOW, 'free'],
    ['this very process', undefined, holder, NOW, 'ours'],
    ['another run, live', undefined, { ...holder, run: 'other' }, NOW, 'held'],
    [
      'another run, at the end of its term',
      undefined,
      { ...holder, run: 'other' },
      NOW + 60_000,
      'taken-over',
    ],
    [
      'the same attempt, another job (a matrix sibling)',
      undefined,
      { ...holder, instance: '00000000' },
      NOW,
      'held',
    ],
    ['a later attempt of the same run', undefined, { ...holder, attempt: 1 }, NOW, 'held'],
    ['an earlier attempt of the same run, live', undefined, { ...holder, attempt: 3 }, NOW, 'taken-over'],
  ])('%s: %s', (_what, description, me, now, kind) => {
    expect(leaseStanding(description ?? own(), me, now).kind).toBe(kind);
  });

  it('says why it was taken over: an earlier attempt first, else lapsed', () => {
    expect(leaseStanding(own({ until: NOW - 1 }), { ...holder, attempt: 3 }, NOW)).toMatchObject({
      why: 'earlier-attempt',
    });
    expect(leaseStanding(own({ until: NOW - 1 }), { ...holder, run: 'other' }, NOW)).toMatchObject({
      why: 'lapsed',
    });
  });

  it("a guard's lease (a canary handed to the guard) is never ours nor an earlier attempt: held until its time", () => {
    const guard = leaseDescription({ runId: holder.run, version: '4', untilMs: NOW + 1 });
    expect(leaseStanding(guard, { ...holder, attempt: 9 }, NOW).kind).toBe('held');
    expect(leaseStanding(guard, holder, NOW + 1)).toMatchObject({ kind: 'taken-over', why: 'lapsed' });
  });
});

describe('where a taken-over alias returns to', () => {
  const lease = readLease(
    runLeaseDescription({
      holder: { run: 'r', attempt: 1, instance: '00000001' },
      version: '4',
      from: '3',
      untilMs: 0,
    }),
  ) as AliasLease;
  const takenOver = { kind: 'taken-over', why: 'lapsed', lease } as const;

  it.each([
    ['shifted to the new version', { version: '3', weights: { '4': 0.2 } }],
    ['on the new version alone (a held 100% step)', { version: '4', weights: {} }],
  ])('%s: back on the version the lease names', (_what, target) => {
    expect(leftBehind(lease, target)).toEqual({ version: '3', weights: {} });
    expect(repairFor(target, takenOver)?.to).toEqual({ version: '3', weights: {} });
  });

  it("moved elsewhere since: not the lease's to say; routing goes back on its primary", () => {
    expect(leftBehind(lease, { version: '7', weights: { '8': 0.5 } })).toBeUndefined();
    expect(repairFor({ version: '7', weights: { '8': 0.5 } }, takenOver)?.to).toEqual({
      version: '7',
      weights: {},
    });
    expect(repairFor({ version: '7', weights: {} }, takenOver)).toBeUndefined();
  });

  it('already back on the old version: nothing to put back', () => {
    expect(repairFor({ version: '3', weights: {} }, takenOver)).toBeUndefined();
  });

  it("never under another run's live lease; without a lease only routing is put back", () => {
    expect(repairFor({ version: '3', weights: { '4': 0.2 } }, { kind: 'held', lease })).toBeUndefined();
    expect(repairFor({ version: '3', weights: { '4': 0.2 } }, { kind: 'free' })).toEqual({
      to: { version: '3', weights: {} },
      why: 'left by an earlier interrupted run',
    });
    expect(repairFor({ version: '3', weights: {} }, { kind: 'free' })).toBeUndefined();
  });
});

describe('the lease term', () => {
  it('is about two minutes, and always outlasts one poll interval by a minute', () => {
    expect(LEASE_TERM_MS).toBe(120_000);
    expect(leaseTermFor(1_000)).toBe(120_000);
    expect(leaseTermFor(60_000)).toBe(120_000);
    expect(leaseTermFor(5 * 60_000)).toBe(6 * 60_000);
    expect(leaseTermFor(3_600_000)).toBe(3_660_000);
    // A test's short term (the injectable setting only tests give).
    expect(leaseTermFor(100, 1_000)).toBe(1_000);
  });
});

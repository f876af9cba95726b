/**
 * The alias lease through a whole run (Lambda mocked at the client edge, time on a FakeClock):
 * renewed at every poll, so it never lapses under a healthy run and lapses soon after a lost one;
 * taken over at once by the next attempt of the same workflow run, or by anyone once lapsed, the
 * alias first put back where the lease's run found it; another run's live lease still stops a run.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ServiceException } from '@aws-sdk/client-lambda';
import { AliasBusyError, LEASE_TERM_MS, readLease, runLeaseDescription } from '../../../src/traffic/lease.js';
import type { LeaseHolder } from '../../../src/traffic/lease.js';
import { readJournal } from '../../../src/pipeline/journal.js';
import { runPipeline } from '../../../src/pipeline/run.js';
import type { RunDeps } from '../../../src/pipeline/types.js';
import { LambdaModel } from '../../helpers/lambda-mock.js';
import { harness, MINUTE, testConfig } from '../../helpers/pipeline-fakes.js';
import type { TestRunDeps } from '../../helpers/run-deps.js';
import { testRunDeps } from '../../helpers/run-deps.js';

const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);
const RUN = 'https://github.com/o/r/actions/runs/42';
const attempt = (n: number, instance = `0000000${n}`): LeaseHolder => ({ run: RUN, attempt: n, instance });
const meta = { $metadata: {} };

let model: LambdaModel;
beforeEach(() => {
  model = new LambdaModel();
  model.addFunction('fn-a', { sha: 'fn-a-sha-1', published: ['fn-a-sha-1', 'fn-a-sha-2'] });
  model.setAlias('fn-a', 'live', '1');
});
afterEach(() => model.restore());

const deps = (overrides: Partial<RunDeps> = {}): TestRunDeps => testRunDeps(overrides, T0);
/** The deploy puts v2's code back on $LATEST: the run publishes v2 (again) and canaries it. */
const h = () => harness(model, { functions: ['fn-a'], newCode: { 'fn-a': 'fn-a-sha-2' } });

/** The alias as a lost run left it: `target`, under its lease (v2 judged over v1) until `untilMs`. */
function leftBy(
  holder: LeaseHolder,
  untilMs: number,
  version: string,
  weights: Record<string, number>,
): void {
  const description = runLeaseDescription({ holder, version: '2', from: '1', untilMs });
  model.setAlias('fn-a', 'live', version, weights, description);
}

describe('renewal at every poll', () => {
  it.each([
    ['30s', 30_000],
    ['1m (the default)', MINUTE],
    ['5m', 5 * MINUTE],
  ])(
    'interval %s: each poll renews the lease, which never lapses before the next renewal',
    async (_l, intervalMs) => {
      const run = h();
      const seen: { at: number; untilMs: number | undefined }[] = [];
      run.observer.observeImpl = async (now) => {
        seen.push({ at: now, untilMs: readLease(model.description('fn-a'))?.untilMs });
        return new Map();
      };
      const config = testConfig({ intervalMs }, [
        { weight: 0.1, holdMs: 10 * MINUTE },
        { weight: 1, holdMs: 0 },
      ]);
      const result = await runPipeline(config, deps({ holder: attempt(1) }), run.parts);
      expect(result.verdict).toBe('pass');
      expect(seen.length).toBeGreaterThan(2);
      const term = Math.max(LEASE_TERM_MS, intervalMs + LEASE_TERM_MS / 2);
      for (const [i, poll] of seen.entries()) {
        // Renewed at this poll: it runs one term from now...
        expect(poll.untilMs).toBe(poll.at + term);
        // ...which is after the next poll.
        const next = seen[i + 1];
        if (next) expect(poll.untilMs).toBeGreaterThan(next.at);
      }
      // About two minutes at the default interval.
      if (intervalMs <= MINUTE) expect(term).toBe(2 * MINUTE);
      // The pass ends the lease: the alias is released.
      expect(readLease(model.description('fn-a'))).toBeUndefined();
      expect(model.alias('fn-a')).toEqual({ version: '2', weights: {} });
    },
  );

  it("renews during the last step's wait for its minutes to settle, poll by poll", async () => {
    const run = h();
    const renewedAt: number[] = [];
    let last: number | undefined;
    run.observer.observeImpl = async (now) => {
      const until = readLease(model.description('fn-a'))?.untilMs;
      if (until !== last) renewedAt.push(now);
      last = until;
      return new Map();
    };
    const d = deps({ holder: attempt(1) });
    await runPipeline(
      testConfig({}, [
        { weight: 0.1, holdMs: 2 * MINUTE },
        { weight: 1, holdMs: 0 },
      ]),
      d,
      run.parts,
    );
    // 2 minutes of hold, then the settle wait (2 more): renewed at each of the 4 polls.
    expect(renewedAt).toEqual(run.observer.observedAt);
    expect(renewedAt).toHaveLength(4);
    expect(d.logger.text('info')).toContain("waiting 2m for the last minutes' metrics");
  });

  it('a renewal that fails only warns; the next poll renews it and the run goes on', async () => {
    const run = h();
    let failed = 0;
    model.inject('UpdateAlias', (input) => {
      const renewal = model.alias('fn-a')?.weights['2'] === 0.1 && input['FunctionVersion'] === '1';
      const routing = (input['RoutingConfig'] as { AdditionalVersionWeights: Record<string, number> })
        .AdditionalVersionWeights;
      if (renewal && routing['2'] === 0.1 && failed === 0) {
        failed++;
        return new ServiceException({ message: 'internal', ...meta });
      }
      return undefined;
    });
    const d = deps({ holder: attempt(1) });
    const result = await runPipeline(testConfig(), d, run.parts);
    expect(failed).toBe(1);
    expect(result.verdict).toBe('pass');
    expect(d.logger.text('warning')).toContain(
      "fn-a: could not renew this run's lease on alias live (it lapses at 2026-01-01T12:02:00.000Z; the next poll tries again): internal",
    );
  });
});

describe('a lost run, then a re-run', () => {
  it('the next attempt of the same workflow run takes over at once, even under a live lease: back on v1, then its own canary', async () => {
    leftBy(attempt(1), T0 + MINUTE, '1', { '2': 0.2 });
    const run = h();
    const d = deps({ holder: attempt(2) });
    const result = await runPipeline(testConfig(), d, run.parts);
    expect(d.logger.text('info')).toContain(
      `fn-a: alias live: taking over the lease of attempt 1 of ${RUN}.`,
    );
    expect(d.logger.text('warning')).toContain(
      `fn-a: alias live routes v1 + v2 at 20%, left by attempt 1 of ${RUN}, an earlier attempt of this run, ` +
        'which found it on v1; putting it back on v1 before anything else.',
    );
    // The repair before the stack is touched, then this run's own canary.
    expect(model.events.indexOf('UpdateAlias fn-a')).toBeLessThan(model.events.indexOf('deployStack orders'));
    expect(readJournal(d.state)?.aliases[0]?.snapshot).toEqual({ version: '1', weights: {} });
    expect(readJournal(d.state)?.aliases[0]?.changes.map((c) => c.kind)).toEqual([
      'repair',
      'shift',
      'promote',
    ]);
    expect(result.verdict).toBe('pass');
    expect(model.alias('fn-a')).toEqual({ version: '2', weights: {} });
    // The clock never waited for the old lease: the first sleep is the first poll's.
    expect(d.clock.sleeps[0]).toBe(MINUTE);
  });

  it('another run takes over a lapsed lease: back on v1, the version the lease names', async () => {
    leftBy({ run: 'https://github.com/o/r/actions/runs/41', attempt: 1, instance: 'aaaaaaaa' }, T0, '1', {
      '2': 0.1,
    });
    const d = deps({ holder: attempt(1) });
    const result = await runPipeline(testConfig(), d, h().parts);
    expect(d.logger.text('warning')).toContain(
      'fn-a: alias live routes v1 + v2 at 10%, left under the lease of attempt 1 of https://github.com/o/r/actions/runs/41, ' +
        'which lapsed at 2026-01-01T12:00:00.000Z (that run stopped renewing it), which found it on v1',
    );
    expect(result.verdict).toBe('pass');
    expect(readJournal(d.state)?.aliases[0]?.changes[0]).toMatchObject({
      kind: 'repair',
      from: { version: '1', weights: { '2': 0.1 } },
      to: { version: '1', weights: {} },
    });
  });

  it('a run lost during a held 100% step: the new version, unjudged, is not taken for the old one', async () => {
    leftBy(
      { run: 'https://github.com/o/r/actions/runs/41', attempt: 1, instance: 'aaaaaaaa' },
      T0 - 1,
      '2',
      {},
    );
    const run = h();
    const d = deps({ holder: attempt(1) });
    const result = await runPipeline(testConfig(), d, run.parts);
    // Put back on v1, then v2 canaried against it (not "already live").
    expect(readJournal(d.state)?.aliases[0]?.changes[0]).toMatchObject({
      kind: 'repair',
      from: { version: '2', weights: {} },
      to: { version: '1', weights: {} },
    });
    expect(result.versions['fn-a']).toEqual({ previous: '1', new: '2' });
    expect(run.observer.begun).toHaveLength(1);
    expect(result.verdict).toBe('pass');
  });

  it("another run's live lease still stops the run before any change, naming it and its term", async () => {
    leftBy(
      { run: 'https://github.com/o/r/actions/runs/41', attempt: 1, instance: 'aaaaaaaa' },
      T0 + 90_000,
      '1',
      {
        '2': 0.1,
      },
    );
    const before = model.alias('fn-a');
    const error = await runPipeline(testConfig(), deps({ holder: attempt(1) }), h().parts).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AliasBusyError);
    expect(String((error as Error).message)).toBe(
      'Alias live of fn-a is being judged by another stack-canary run (attempt 1 of https://github.com/o/r/actions/runs/41), ' +
        'on v2 until 2026-01-01T12:01:30.000Z; this run stopped without changing anything. That run renews its lease ' +
        'at every poll: run again once it has ended, or after 2026-01-01T12:01:30.000Z if it has stopped (a re-run of ' +
        'that workflow run takes over at once; to queue deploys of this stack, use a concurrency group).',
    );
    expect(model.alias('fn-a')).toEqual(before);
    expect(model.aliasMoves()).toBe(0);
  });

  it('a later attempt, or a sibling job of the same attempt, is another live run: refused', async () => {
    leftBy(attempt(2), T0 + MINUTE, '1', { '2': 0.1 });
    await expect(runPipeline(testConfig(), deps({ holder: attempt(1) }), h().parts)).rejects.toBeInstanceOf(
      AliasBusyError,
    );
    await expect(
      runPipeline(testConfig(), deps({ holder: attempt(2, 'bbbbbbbb') }), h().parts),
    ).rejects.toBeInstanceOf(AliasBusyError);
    expect(model.aliasMoves()).toBe(0);
  });

  it('a lapsed lease is lapsed the moment its term ends (FakeClock advanced past it)', async () => {
    leftBy({ run: 'other', attempt: 1, instance: 'aaaaaaaa' }, T0 + LEASE_TERM_MS, '1', { '2': 0.1 });
    const d = deps({ holder: attempt(1) });
    await expect(runPipeline(testConfig(), d, h().parts)).rejects.toBeInstanceOf(AliasBusyError);
    const later = deps({ holder: attempt(1) });
    await later.clock.advance(LEASE_TERM_MS);
    expect((await runPipeline(testConfig(), later, h().parts)).verdict).toBe('pass');
  });
});

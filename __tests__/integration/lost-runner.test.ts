/**
 * A runner lost with its job, as a user meets it, against the emulator with the real SDK: the
 * action's main step (a real process, named by GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT) is killed
 * mid-canary with SIGKILL and no post step, 10% of the traffic on the unjudged version under its
 * lease. Then:
 * - the re-run of that workflow run (the next attempt) takes the alias over at once, puts it back
 *   on the old version and runs its own canary;
 * - a different run is refused while the lease is live (its term, renewed at every poll, is about
 *   two minutes), and once it has lapsed (the clock moved past it) restores and proceeds;
 * - a different run is refused while the first is alive, which keeps renewing its lease.
 * src/ is transpiled for the children (transpile.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { AwsClients } from '../../src/aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';
import { readJournal } from '../../src/pipeline/journal.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { MemoryStateStore } from '../../src/state-store.js';
import { createAlias, getAlias } from '../../src/traffic/alias.js';
import { trafficOps } from '../../src/traffic/index.js';
import { AliasBusyError, LEASE_TERM_MS, readLease } from '../../src/traffic/lease.js';
import type { AliasState } from '../../src/traffic/types.js';
import { publishVersion } from '../../src/traffic/versions.js';
import { resetEmulator } from '../helpers/emulator.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { createFunction, createRole, deployCode } from '../helpers/lambda-emulator.js';
import { MemoryLogger } from '../helpers/memory-logger.js';
import { FakeObserver, passAtEnd, scriptedJudge } from '../helpers/pipeline-fakes.js';
import { templatelessConfig } from '../helpers/templateless-config.js';
import { templatelessParts } from '../helpers/templateless-parts.mjs';
import { removeTranspiled, transpileSources } from '../helpers/transpile.js';
import type { MainStepChild } from '../helpers/main-step-child.js';
import { holdingConfig, savedState, startMainStep } from '../helpers/main-step-child.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FN = 'orders-fn';
const RUN_42 = 'https://github.com/acme/orders/actions/runs/42';

let aws: AwsClients;
let lib: string;
let scratch: string;
beforeAll(async () => {
  aws = await createAwsClients({ region: undefined });
  lib = transpileSources(root);
  scratch = mkdtempSync(join(tmpdir(), 'stack-canary-lost-'));
}, 120_000);
afterAll(() => {
  destroyAwsClients(aws);
  removeTranspiled(lib);
  rmSync(scratch, { recursive: true, force: true });
});

beforeEach(async () => {
  await resetEmulator();
  const role = await createRole(aws);
  await createFunction(aws, FN, role, 'v1');
  const v1 = await publishVersion(aws.lambda, FN, { clock: new FakeClock() });
  await createAlias(aws.lambda, FN, 'live', { version: v1.version, weights: {} });
  await deployCode(aws, FN, 'v2');
});

const alias = (): Promise<AliasState | undefined> => getAlias(aws.lambda, FN, 'live');

const childConfig = holdingConfig(FN, 0.2);

/** The action's main step as a runner starts it, for attempt `attempt` of workflow run `runId`. */
const mainStep = (runId: string, attempt: number, judge: 'watch' | 'pass' = 'watch'): MainStepChild =>
  startMainStep({ root, lib, scratch, config: childConfig, runId, attempt, judge });

/** Waits until the alias routes 20% to v2 under a lease naming `holder`. */
async function judgedBy(run: MainStepChild, holder: string): Promise<AliasState> {
  for (let i = 0; i < 600; i++) {
    const now = await alias();
    if (now?.target.weights['2'] === 0.2 && now.description?.includes(holder)) return now;
    if (run.child.exitCode !== null)
      throw new Error(`the child exited early (${run.child.exitCode}):\n${run.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the child never shifted the alias:\n${run.output()}`);
}

/** SIGKILL: no signal handler, no post step (a runner lost with its job). */
async function lose(run: MainStepChild): Promise<void> {
  run.child.kill('SIGKILL');
  await run.exited;
}

describe('a runner lost mid-canary (SIGKILL, no post step), then a re-run', () => {
  it('the next attempt of the same workflow run takes over at once: alias back on v1, then its own canary', async () => {
    // GIVEN attempt 1 killed while it holds 20% on v2
    const first = mainStep('42', 1);
    const left = await judgedBy(first, `attempt 1 of ${RUN_42}`);
    await lose(first);
    expect((await alias())?.target).toEqual({ version: '1', weights: { '2': 0.2 } });
    expect(readLease(left.description)).toMatchObject({ version: '2', from: '1', holder: { attempt: 1 } });
    // WHEN the workflow run is re-run (attempt 2) while that lease is still live
    expect(readLease((await alias())?.description)?.untilMs).toBeGreaterThan(Date.now());
    const rerun = mainStep('42', 2, 'pass');
    // THEN it takes over, puts the alias back on v1, canaries v2 again and promotes it
    expect(await rerun.exited).toBe(0);
    const log = rerun.output();
    expect(log).toContain(`${FN}: alias live: taking over the lease of attempt 1 of ${RUN_42}.`);
    // A warning annotation (its % escaped as the runner's protocol wants).
    expect(log).toContain(
      `::warning::${FN}: alias live routes v1 + v2 at 20%25, left by attempt 1 of ${RUN_42}, an earlier attempt of this run, ` +
        'which found it on v1; putting it back on v1 before anything else.',
    );
    const journal = JSON.parse(savedState(rerun.files.state, 'alias_0') ?? '{}') as {
      snapshot: unknown;
      changes: { kind: string; from: unknown; to: unknown }[];
    };
    expect(journal.snapshot).toEqual({ version: '1', weights: {} });
    expect(journal.changes.map((c) => c.kind)).toEqual(['repair', 'shift', 'promote']);
    expect(journal.changes[0]).toMatchObject({
      from: { version: '1', weights: { '2': 0.2 } },
      to: { version: '1', weights: {} },
    });
    expect(readFileSync(rerun.files.output, 'utf8')).toMatch(/^verdict<<(.+)\r?\npass\r?\n\1$/m);
    const after = await alias();
    expect(after?.target).toEqual({ version: '2', weights: {} });
    expect(readLease(after?.description)).toBeUndefined();
  });

  it('a different run is refused while the lease is live; once it has lapsed, it restores and proceeds', async () => {
    const first = mainStep('42', 1);
    await judgedBy(first, `attempt 1 of ${RUN_42}`);
    await lose(first);
    const left = await alias();
    const lease = readLease(left?.description);
    // The lease lapses within one term of the lost run's last renewal.
    expect(lease?.untilMs).toBeLessThanOrEqual(Date.now() + LEASE_TERM_MS);
    // WHEN another workflow run starts at once: refused, nothing changed
    const other = mainStep('43', 1, 'pass');
    expect(await other.exited).toBe(1);
    expect(other.output()).toContain(
      `::error::Alias live of ${FN} is being judged by another stack-canary run (attempt 1 of ${RUN_42}), on v2 until ` +
        `${new Date(lease?.untilMs ?? 0).toISOString()}; this run stopped without changing anything.`,
    );
    expect(await alias()).toEqual(left);
    // WHEN it runs again after the lease has lapsed (its clock past the lease's end)
    const logger = new MemoryLogger();
    const state = new MemoryStateStore();
    const result = await runPipeline(
      templatelessConfig(FN, [
        { weight: 0.2, holdMs: 60_000 },
        { weight: 1, holdMs: 0 },
      ]),
      {
        logger,
        state,
        clock: new FakeClock((lease?.untilMs ?? 0) + 1),
        clients: async () => aws,
        holder: { run: 'https://github.com/acme/orders/actions/runs/43', attempt: 2, instance: '0000c0de' },
      },
      {
        ...templatelessParts([FN]),
        createObserver: () => new FakeObserver([]),
        judge: scriptedJudge(passAtEnd),
        traffic: trafficOps,
      },
    );
    // THEN it put the alias back on v1 first (the lapsed lease names it), then canaried and promoted v2
    expect(logger.text('warning')).toContain(
      `${FN}: alias live routes v1 + v2 at 20%, left under the lease of attempt 1 of ${RUN_42}, which lapsed at`,
    );
    expect(readJournal(state)?.aliases[0]?.changes.map((c) => c.kind)).toEqual([
      'repair',
      'shift',
      'promote',
    ]);
    expect(result.verdict).toBe('pass');
    expect((await alias())?.target).toEqual({ version: '2', weights: {} });
  });

  it('a different run is refused while the first is alive: its lease is renewed at every poll', async () => {
    const first = mainStep('42', 1);
    try {
      const shifted = await judgedBy(first, `attempt 1 of ${RUN_42}`);
      const firstUntil = readLease(shifted.description)?.untilMs ?? 0;
      // Renewed (the term moves on) while the run polls every 100 ms.
      let renewed = firstUntil;
      for (let i = 0; i < 100 && renewed <= firstUntil; i++) {
        await new Promise((r) => setTimeout(r, 50));
        renewed = readLease((await alias())?.description)?.untilMs ?? 0;
      }
      expect(renewed).toBeGreaterThan(firstUntil);
      // Another run of the same functions: refused, naming the first.
      const error = await runPipeline(
        templatelessConfig(FN, [{ weight: 1, holdMs: 0 }]),
        {
          logger: new MemoryLogger(),
          state: new MemoryStateStore(),
          clock: new FakeClock(Date.now()),
          clients: async () => aws,
          holder: { run: 'https://github.com/acme/orders/actions/runs/44', attempt: 1, instance: '0000beef' },
        },
        {
          ...templatelessParts([FN]),
          createObserver: () => new FakeObserver([]),
          judge: scriptedJudge(passAtEnd),
          traffic: trafficOps,
        },
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AliasBusyError);
      expect(String(error)).toContain(
        `being judged by another stack-canary run (attempt 1 of ${RUN_42}), on v2 until`,
      );
      expect((await alias())?.target).toEqual({ version: '1', weights: { '2': 0.2 } });
      expect(first.child.exitCode).toBeNull();
    } finally {
      await lose(first);
    }
  });
});

/**
 * How long the next run waits after a runner lost with its job, on the local emulator: the action's
 * main step (a real process, named by GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT, the real SDK) holds 20%
 * of the alias on the new version and is killed with SIGKILL (no post step). Then:
 * 1. the re-run of that workflow run (attempt 2): how long until it has put the alias back on the
 *    old version, and until its own first shift;
 * 2. a different workflow run, started at once: refused, and when the lost run's lease lapses;
 * 3. (unless --no-lapse) that run started again once the lease has lapsed: how long after the kill
 *    it proceeded (this waits out the lease, about 2 minutes).
 * The children run the engine compiled to lib/ with our fakes for the stack, observer and judge
 * (__tests__/helpers/traffic-child.mjs), polling every 100 ms.
 *
 *   npm run bench:lost-runner [-- --no-lapse]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AwsClients } from '../src/aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../src/aws/clients.js';
import { createAlias, getAlias } from '../src/traffic/alias.js';
import { readLease } from '../src/traffic/lease.js';
import type { AliasState } from '../src/traffic/types.js';
import { publishVersion } from '../src/traffic/versions.js';
import { realClock } from '../src/util/clock.js';
import { createFunction, createRole, deployCode } from '../__tests__/helpers/lambda-emulator.js';
import type { MainStepChild } from '../__tests__/helpers/main-step-child.js';
import { holdingConfig, startMainStep } from '../__tests__/helpers/main-step-child.js';
import { startBenchEmulator } from './emulator.js';

const root = process.cwd();
const FN = 'orders-fn';
const lapse = !process.argv.includes('--no-lapse');
const scratch = mkdtempSync(join(tmpdir(), 'stack-canary-bench-lost-'));
const config = holdingConfig(FN, 0.2);
const mainStep = (runId: string, attempt: number): MainStepChild =>
  startMainStep({ root, lib: join(root, 'lib'), scratch, config, runId, attempt });

async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await realClock.sleep(20);
  }
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const { emulator, server } = await startBenchEmulator(root);
  const aws: AwsClients = await createAwsClients({ region: undefined });
  const alias = (): Promise<AliasState | undefined> => getAlias(aws.lambda, FN, 'live');
  const judgedBy = (holder: string) => () =>
    alias().then((a) => (a?.target.weights['2'] === 0.2 && a.description?.includes(holder) ? a : undefined));
  try {
    await createFunction(aws, FN, await createRole(aws), 'v1');
    const v1 = await publishVersion(aws.lambda, FN, { clock: realClock });
    await createAlias(aws.lambda, FN, 'live', { version: v1.version, weights: {} });
    await deployCode(aws, FN, 'v2');

    // The lost run: attempt 1 holds 20% on v2, then its runner is gone.
    const lost = mainStep('42', 1);
    await until('attempt 1 to shift', judgedBy('attempt 1 of'));
    lost.child.kill('SIGKILL');
    await lost.exited;
    const killedAt = Date.now();
    const leftUntil = readLease((await alias())?.description)?.untilMs ?? NaN;

    // 1. The re-run of the same workflow run.
    const rerun = mainStep('42', 2);
    await until('attempt 2 to shift', judgedBy('attempt 2 of'));
    const shiftedAt = Date.now();
    const restoredAt = rerun.printed('putting it back on v1');
    console.log(
      `lost-runner re-run on the local emulator (real SDK, child processes; node start-up included)`,
    );
    console.log(
      `re-run, next GITHUB_RUN_ATTEMPT: alias back on v1 ${restoredAt ? seconds(restoredAt - rerun.startedAt) : '(not seen)'} ` +
        `after it started, its own 20% shift ${seconds(shiftedAt - rerun.startedAt)} after it started ` +
        `(the lost run's lease had ${seconds(leftUntil - rerun.startedAt)} left)`,
    );
    rerun.child.kill('SIGKILL');
    await rerun.exited;
    const rerunKilledAt = Date.now();
    const rerunUntil = readLease((await alias())?.description)?.untilMs ?? NaN;

    // 2. A different workflow run at once.
    const other = mainStep('43', 1);
    const code = await other.exited;
    console.log(
      `different run at once: ${code === 1 && other.printed('is being judged by another stack-canary run') ? 'refused' : `exit ${code}`} ` +
        `after ${seconds(Date.now() - other.startedAt)}; the lost run's lease lapses ${seconds(rerunUntil - rerunKilledAt)} after it was lost`,
    );
    if (lapse) {
      // 3. The same run again once the lease has lapsed.
      await realClock.sleep(Math.max(0, rerunUntil - Date.now() + 100));
      const again = mainStep('43', 2);
      await until('run 43 to shift', judgedBy('attempt 2 of https://github.com/acme/orders/actions/runs/43'));
      console.log(
        `different run after the lapse: its own 20% shift ${seconds(Date.now() - rerunKilledAt)} after the run was lost ` +
          `(${seconds(Date.now() - again.startedAt)} after it started)`,
      );
      again.child.kill('SIGKILL');
      await again.exited;
    }
    console.log(
      `(before: a re-run was refused for the hold + 10 minutes, 15 minutes with the default strategy; killed at ${new Date(killedAt).toISOString()})`,
    );
  } finally {
    destroyAwsClients(aws);
    emulator.stopEmulators([server]);
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();

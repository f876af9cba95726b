/**
 * The safety net with real processes against the emulator: a main step killed mid-canary.
 * - CLI: SIGTERM → it restores the alias from its in-memory journal, then exits 143.
 * - Action: a main step without a signal handler dies on SIGTERM; the post step (src/entry/action.ts, the
 *   action's entry, with the saved state as STATE_* variables) then restores the alias.
 * src/ is transpiled for the children (transpile.ts): this works on a clean clone before any build.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { AwsClients } from '../../src/aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';
import { STATE_KEYS } from '../../src/pipeline/journal.js';
import { createAlias, getAlias, updateAlias } from '../../src/traffic/alias.js';
import type { AliasTarget } from '../../src/traffic/types.js';
import { publishVersion } from '../../src/traffic/versions.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { resetEmulator } from '../helpers/emulator.js';
import { createFunction, createRole, deployCode } from '../helpers/lambda-emulator.js';
import { holdingConfig, stateVariables } from '../helpers/main-step-child.js';
import { removeTranspiled, transpileSources } from '../helpers/transpile.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const childScript = join(root, '__tests__', 'helpers', 'traffic-child.mjs');
const FN = 'orders-fn';

let aws: AwsClients;
let lib: string;
let scratch: string;
beforeAll(async () => {
  aws = await createAwsClients({ region: undefined });
  lib = transpileSources(root);
  scratch = mkdtempSync(join(tmpdir(), 'stack-canary-state-'));
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

async function aliasNow(): Promise<AliasTarget | undefined> {
  return (await getAlias(aws.lambda, FN, 'live'))?.target;
}

/** A clean environment for a child: the emulator's, without the runner's own GITHUB_* files. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const key of ['GITHUB_STATE', 'GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV']) {
    if (!(key in extra)) delete env[key];
  }
  for (const key of Object.keys(env)) if (key.startsWith('STATE_') && !(key in extra)) delete env[key];
  return env;
}

/** Long steps, quick polls: the child holds at 10% until it is killed. */
const childConfig = holdingConfig(FN, 0.1);

function startChild(
  mode: 'cli' | 'action',
  extra: Record<string, string> = {},
): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [childScript, mode], {
    env: childEnv({ CHILD_LIB: lib, CHILD_CONFIG: childConfig, ...extra }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (text += d.toString()));
  return { child, output: () => text };
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}

/** Waits until the child has shifted the alias (mid-canary). */
async function midCanary(child: ChildProcess, output: () => string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if ((await aliasNow())?.weights['2'] === 0.1) return;
    if (child.exitCode !== null) throw new Error(`the child exited early (${child.exitCode}):\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the child never shifted the alias:\n${output()}`);
}

describe('a main step killed mid-canary', () => {
  it('CLI: SIGTERM restores the alias to the old version before a non-zero exit', async () => {
    const { child, output } = startChild('cli');
    await midCanary(child, output);
    child.kill('SIGTERM');
    const { code } = await exited(child);
    expect(output()).toContain('Received SIGTERM');
    expect(code).toBe(143);
    expect(await aliasNow()).toEqual({ version: '1', weights: {} });
  });

  it('action: the post step, started with the saved state, puts the alias back with no routing', async () => {
    const stateFile = join(scratch, 'github-state');
    writeFileSync(stateFile, ''); // the runner creates it before the step
    const { child, output } = startChild('action', { GITHUB_STATE: stateFile });
    await midCanary(child, output);
    child.kill('SIGTERM');
    const { signal } = await exited(child);
    expect(signal).toBe('SIGTERM');
    // Nothing restored it: the main step had no chance to.
    expect(await aliasNow()).toEqual({ version: '1', weights: { '2': 0.1 } });
    const state = stateVariables(stateFile);
    expect(Object.keys(state)).toEqual(expect.arrayContaining([`STATE_${STATE_KEYS.run}`, 'STATE_alias_0']));
    expect(state[`STATE_${STATE_KEYS.finished}`]).toBeUndefined();

    const post = spawnSync(process.execPath, [join(lib, 'src', 'entry', 'action.js')], {
      env: childEnv({ ...state, STATE_isPost: 'true' }),
      encoding: 'utf8',
    });
    expect(post.stdout).toContain(
      '::notice::The run did not finish; every alias it changed is back on its snapshot version',
    );
    expect(post.status).toBe(0);
    expect(await aliasNow()).toEqual({ version: '1', weights: {} });
  });

  it('action: the post step after a main step that finished does nothing', async () => {
    const stateFile = join(scratch, 'github-state-finished');
    writeFileSync(stateFile, '');
    const env = childEnv({ GITHUB_STATE: stateFile, CHILD_LIB: lib });
    // A finished run: journal + finished marker, written by the same state module the main step uses.
    const script = `
      const { actionState } = await import(process.env.CHILD_LIB + '/src/action/state.js');
      const { Journal } = await import(process.env.CHILD_LIB + '/src/pipeline/journal.js');
      const j = new Journal(actionState, { now: () => 0, sleep: async () => {} });
      j.start({ region: 'us-east-1', alias: 'live', stackName: undefined });
      j.snapshotAlias('${FN}', 'live', { version: '1', weights: {} });
      j.record('${FN}', 'shift', { version: '1', weights: {} }, { version: '1', weights: { '2': 0.1 } });
      j.finish('fail');`;
    const writer = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      env,
      encoding: 'utf8',
      cwd: lib,
    });
    expect(writer.stderr).toBe('');
    // The alias is where that run left it by its own choice (rollback: none, say): the post step must not move it.
    await publishVersion(aws.lambda, FN, { clock: new FakeClock() });
    await updateAlias(aws.lambda, (await getAlias(aws.lambda, FN, 'live'))!, {
      version: '1',
      weights: { '2': 0.1 },
    });
    const before = await aliasNow();
    expect(before).toEqual({ version: '1', weights: { '2': 0.1 } });
    const post = spawnSync(process.execPath, [join(lib, 'src', 'entry', 'action.js')], {
      env: childEnv({ ...stateVariables(stateFile), STATE_isPost: 'true' }),
      encoding: 'utf8',
    });
    expect(post.status).toBe(0);
    expect(post.stdout).not.toContain('::notice::');
    expect(await aliasNow()).toEqual(before);
  });
});

/**
 * A release in waves killed in its second wave, with real processes against the emulator: the
 * action's main step (a real process) promotes us-east-1 (its one look passes), shifts eu-west-1
 * and ap-southeast-2 to 20% and is killed there with SIGKILL. The post step, started with the
 * saved state as a runner starts it, puts every region back on its old version: the first wave's
 * promotion too, as the release was never judged whole. And the CLI, stopped there with SIGTERM,
 * puts every region back itself before it exits.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { AwsClients } from '../../src/aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';
import type { Config } from '../../src/config/types.js';
import { STATE_KEYS } from '../../src/pipeline/journal.js';
import { createAlias, getAlias } from '../../src/traffic/alias.js';
import type { AliasTarget } from '../../src/traffic/types.js';
import { publishVersion } from '../../src/traffic/versions.js';
import { resetEmulator } from '../helpers/emulator.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { createFunction, createRole, deployCode } from '../helpers/lambda-emulator.js';
import { holdingConfig, startMainStep, stateVariables } from '../helpers/main-step-child.js';
import { removeTranspiled, transpileSources } from '../helpers/transpile.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FN = 'orders-fn';
const WAVES = [['us-east-1'], ['eu-west-1', 'ap-southeast-2']];
const REGIONS = WAVES.flat();

const clients = new Map<string, AwsClients>();
let lib: string;
let scratch: string;
beforeAll(async () => {
  for (const region of REGIONS) clients.set(region, await createAwsClients({ region }));
  lib = transpileSources(root);
  scratch = mkdtempSync(join(tmpdir(), 'stack-canary-regions-'));
}, 120_000);
afterAll(() => {
  for (const aws of clients.values()) destroyAwsClients(aws);
  removeTranspiled(lib);
  rmSync(scratch, { recursive: true, force: true });
});

beforeEach(async () => {
  await resetEmulator();
  for (const [region, aws] of clients) {
    await createFunction(aws, FN, await createRole(aws, `traffic-role-${region}`), 'v1');
    const v1 = await publishVersion(aws.lambda, FN, { clock: new FakeClock() });
    await createAlias(aws.lambda, FN, 'live', { version: v1.version, weights: {} });
    await deployCode(aws, FN, 'v2');
  }
});

const aliasIn = async (region: string): Promise<AliasTarget | undefined> =>
  (await getAlias((clients.get(region) as AwsClients).lambda, FN, 'live'))?.target;

const releaseConfig = (): string =>
  JSON.stringify({ ...(JSON.parse(holdingConfig(FN, 0.2)) as Config), regions: WAVES });

/** Waits until us-east-1 is promoted and the second wave routes 20% to v2. */
async function inSecondWave(child: ChildProcess, output: () => string): Promise<void> {
  for (let i = 0; ; i++) {
    const now = await Promise.all(REGIONS.map(aliasIn));
    if (now[0]?.version === '2' && now[1]?.weights['2'] === 0.2 && now[2]?.weights['2'] === 0.2) return;
    if (child.exitCode !== null) throw new Error(`the run exited early:\n${output()}`);
    if (i > 600) throw new Error(`the second wave never shifted:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function expectEveryRegionBack(): Promise<void> {
  for (const region of REGIONS) {
    expect({ region, alias: await aliasIn(region) }).toEqual({
      region,
      alias: { version: '1', weights: {} },
    });
  }
}

describe('a release in waves killed in its second wave', () => {
  it('GIVEN us-east-1 promoted and the second wave at 20% WHEN the main step is killed (SIGKILL) THEN the post step puts every region back on v1', async () => {
    const run = startMainStep({
      root,
      lib,
      scratch,
      config: releaseConfig(),
      runId: '7',
      attempt: 1,
      judge: 'pass-first',
    });
    await inSecondWave(run.child, run.output);
    run.child.kill('SIGKILL');
    await run.exited;
    expect(await aliasIn('us-east-1')).toEqual({ version: '2', weights: {} });

    const state = stateVariables(run.files.state);
    expect(state[`STATE_${STATE_KEYS.release}`]).toContain('ap-southeast-2');
    expect(state[`STATE_${STATE_KEYS.finished}`]).toBeUndefined();
    const env: NodeJS.ProcessEnv = { ...process.env, ...state, STATE_isPost: 'true' };
    for (const key of ['GITHUB_STATE', 'GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY']) delete env[key];
    const post = spawnSync(process.execPath, [join(lib, 'src', 'entry', 'action.js')], {
      env,
      encoding: 'utf8',
    });
    expect(post.stdout).toContain('in us-east-1, eu-west-1, ap-southeast-2 back on its snapshot version');
    expect(post.stdout).toContain('(3 restored in 3 region(s))');
    expect(post.status).toBe(0);
    await expectEveryRegionBack();
  }, 120_000);

  it('GIVEN the CLI in the second wave WHEN it gets SIGTERM THEN it puts every region back before exiting 143', async () => {
    const child = spawn(process.execPath, [join(root, '__tests__', 'helpers', 'traffic-child.mjs'), 'cli'], {
      env: { ...process.env, CHILD_LIB: lib, CHILD_CONFIG: releaseConfig(), CHILD_JUDGE: 'pass-first' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout?.on('data', (d: Buffer) => (text += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (text += d.toString()));
    await inSecondWave(child, () => text);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(text).toContain('Received SIGTERM');
    await expectEveryRegionBack();
  }, 120_000);
});

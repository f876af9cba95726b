/**
 * traffic/ and the pipeline against the local emulator with the real SDK: publish, alias create,
 * shift, promote; shift and roll back; a re-run after an interrupted run; recovery from the saved
 * state of a run frozen mid-canary; two runs of the same functions at once. The stack, observer
 * and judge are fakes of our own parts. (The emulator ignores RevisionId and weight limits: those
 * paths are unit-tested.)
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ListTagsCommand } from '@aws-sdk/client-lambda';
import type { AwsClients } from '../../src/aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';
import type { FunctionSamples } from '../../src/canary/types.js';
import { lastPassedTagKey } from '../../src/constants.js';
import { MemoryLogger } from '../helpers/memory-logger.js';
import { readJournal } from '../../src/pipeline/journal.js';
import { crashRecordOf } from '../../src/pipeline/record.js';
import type { PipelineParts } from '../../src/pipeline/parts.js';
import { recoverUnfinishedRun } from '../../src/pipeline/recover.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { MemoryStateStore } from '../../src/state-store.js';
import { createAlias, getAlias } from '../../src/traffic/alias.js';
import { trafficOps } from '../../src/traffic/index.js';
import { leaseDescription, RELEASED_DESCRIPTION } from '../../src/traffic/lease.js';
import type { AliasTarget } from '../../src/traffic/types.js';
import { publishVersion } from '../../src/traffic/versions.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { resetEmulator } from '../helpers/emulator.js';
import { createFunction, createRole, deployCode } from '../helpers/lambda-emulator.js';
import type { Script } from '../helpers/pipeline-fakes.js';
import { FakeObserver, MINUTE, scriptedJudge } from '../helpers/pipeline-fakes.js';
import { templatelessConfig } from '../helpers/templateless-config.js';
import type { Config } from '../../src/config/types.js';
import { templatelessParts } from '../helpers/templateless-parts.mjs';

const FN = 'orders-fn';
const STEPS = [
  { weight: 0.1, holdMs: 2 * MINUTE },
  { weight: 0.5, holdMs: 2 * MINUTE },
  { weight: 1, holdMs: 0 },
];

let aws: AwsClients;
beforeAll(async () => {
  aws = await createAwsClients({ region: undefined });
});
afterAll(() => destroyAwsClients(aws));

let role: string;
beforeEach(async () => {
  await resetEmulator();
  role = await createRole(aws);
});

async function aliasNow(name = FN): Promise<AliasTarget | undefined> {
  return (await getAlias(aws.lambda, name, 'live'))?.target;
}

/** Our fakes for stack, observer and judge; the traffic part is the real one. The observer records the alias at each poll. */
function parts(script: Script, functions = [FN]) {
  const observer = new FakeObserver([]);
  const seen: (AliasTarget | undefined)[] = [];
  observer.observeImpl = async () => {
    seen.push(await aliasNow());
    return new Map<string, FunctionSamples>();
  };
  const p: PipelineParts = {
    ...templatelessParts(functions),
    createObserver: () => observer,
    judge: scriptedJudge(script),
    traffic: trafficOps,
  };
  return { parts: p, observer, seen };
}

const config = (overrides: Partial<Config> = {}) => templatelessConfig(FN, STEPS, overrides);

function deps(state = new MemoryStateStore()) {
  return {
    logger: new MemoryLogger(),
    state,
    clock: new FakeClock(Date.UTC(2026, 0, 1)),
    clients: async () => aws,
  };
}

/** v1 live on the alias, then a deploy puts new code on $LATEST. */
async function liveOnV1ThenDeploy(): Promise<void> {
  await createFunction(aws, FN, role, 'v1');
  const v1 = await publishVersion(aws.lambda, FN, { clock: new FakeClock() });
  await createAlias(aws.lambda, FN, 'live', { version: v1.version, weights: {} });
  await deployCode(aws, FN, 'v2');
}

const passAtEnd: Script = (_fn, i) => (i.step.final ? 'pass' : 'continue');

describe('traffic against the emulator', () => {
  it('publish, alias create, shift by the strategy, promote', async () => {
    await liveOnV1ThenDeploy();
    const { parts: p, seen } = parts(passAtEnd);
    const result = await runPipeline(config(), deps(), p);
    expect(result.verdict).toBe('pass');
    expect(result.versions).toEqual({ [FN]: { previous: '1', new: '2' } });
    // Two polls a step, and on the last step two more while its last minutes settle.
    const at = (share: number) => ({ version: '1', weights: { '2': share } });
    expect(seen).toEqual([at(0.1), at(0.1), at(0.5), at(0.5), at(0.5), at(0.5)]);
    expect(await aliasNow()).toEqual({ version: '2', weights: {} });
    const fnArn = (await publishVersion(aws.lambda, FN, { clock: new FakeClock() })).functionArn;
    const { Tags } = await aws.lambda.send(new ListTagsCommand({ Resource: fnArn }));
    expect(Tags?.[lastPassedTagKey('live')]).toBe('2');
  });

  it('a first deploy creates the alias on the new version only after the pass', async () => {
    await createFunction(aws, FN, role, 'v1');
    const { parts: p, seen } = parts(passAtEnd);
    const result = await runPipeline(config(), deps(), p);
    expect(result.verdict).toBe('pass');
    expect(seen.every((s) => s === undefined)).toBe(true);
    expect(await aliasNow()).toEqual({ version: '1', weights: {} });
  });

  it('shift, then a fail rolls the alias back to the old version with routing cleared', async () => {
    await liveOnV1ThenDeploy();
    const { parts: p, seen } = parts((_fn, i) =>
      i.step.index === 1 ? 'fail' : i.step.final ? 'pass' : 'continue',
    );
    const result = await runPipeline(config(), deps(), p);
    expect(result.verdict).toBe('fail');
    expect(result.rolledBack).toBe(true);
    expect(seen.at(-1)).toEqual({ version: '1', weights: { '2': 0.5 } });
    expect(await aliasNow()).toEqual({ version: '1', weights: {} });
  });

  it('a re-run after an interrupted run puts the alias back on its primary first, then canaries again', async () => {
    await liveOnV1ThenDeploy();
    // An earlier run published v2 and was killed at 10%, with nothing left to restore it.
    await publishVersion(aws.lambda, FN, { clock: new FakeClock() });
    const left = await getAlias(aws.lambda, FN, 'live');
    await trafficOps.updateAlias(aws.lambda, left!, { version: '1', weights: { '2': 0.1 } });
    const { parts: p, seen } = parts(passAtEnd);
    const d = deps();
    const result = await runPipeline(config(), d, p);
    expect(d.logger.text('warning')).toContain(
      `${FN}: alias live routes v1 + v2 at 10%, left by an earlier interrupted run`,
    );
    expect(result.verdict).toBe('pass');
    expect(result.versions[FN]).toEqual({ previous: '1', new: '2' });
    expect(seen[0]).toEqual({ version: '1', weights: { '2': 0.1 } });
    expect(await aliasNow()).toEqual({ version: '2', weights: {} });
    expect(readJournal(d.state)?.aliases[0]?.changes.map((c) => c.kind)).toEqual([
      'repair',
      'shift',
      'shift',
      'promote',
    ]);
  });

  it('a run frozen mid-canary is restored from its saved state (what the post step does)', async () => {
    await liveOnV1ThenDeploy();
    const { parts: p, observer } = parts((_fn, i) =>
      i.step.index === 0 && i.step.final ? 'pass' : 'continue',
    );
    let frozen = false;
    observer.observeImpl = async () => {
      if ((await aliasNow())?.weights['2'] === 0.5) {
        frozen = true;
        return new Promise(() => undefined);
      }
      return new Map();
    };
    const state = new MemoryStateStore();
    void runPipeline(config(), deps(state), p);
    for (let i = 0; i < 500 && !frozen; i++) await new Promise((r) => setTimeout(r, 10));
    expect(frozen).toBe(true);
    expect(await aliasNow()).toEqual({ version: '1', weights: { '2': 0.5 } });
    const report = await recoverUnfinishedRun(
      state,
      async (region) => (await createAwsClients({ region })).lambda,
      new MemoryLogger(),
    );
    expect(report.status).toBe('recovered');
    expect(await aliasNow()).toEqual({ version: '1', weights: {} });
  });
});

describe('two runs of the same functions at once', () => {
  const T0 = Date.UTC(2026, 0, 1);
  const until = async (done: () => boolean): Promise<void> => {
    for (let i = 0; i < 500 && !done(); i++) await new Promise((r) => setTimeout(r, 10));
  };

  it('the second stops before any change, naming the first; the first then finishes as if alone', async () => {
    // GIVEN a first run holding its first step at 10%
    await liveOnV1ThenDeploy();
    const first = parts(passAtEnd);
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let holding = false;
    first.observer.observeImpl = async () => {
      holding = true;
      await held;
      return new Map();
    };
    const running = runPipeline(
      config(),
      { ...deps(), holder: { run: 'https://ci.example/runs/1', attempt: 1, instance: '0000000a' } },
      first.parts,
    );
    await until(() => holding);
    const judged = await getAlias(aws.lambda, FN, 'live');
    expect(judged?.target).toEqual({ version: '1', weights: { '2': 0.1 } });
    expect(judged?.description).toContain('attempt 1 of https://ci.example/runs/1');
    // WHEN a second run of the same function starts meanwhile
    const second = {
      ...deps(),
      holder: { run: 'https://ci.example/runs/2', attempt: 1, instance: '0000000b' },
    };
    const error = await runPipeline(config(), second, parts(passAtEnd).parts).catch((e: unknown) => e);
    // THEN it stops, naming the first run, and has changed nothing: same alias, same revision
    expect(String(error)).toContain(
      `Alias live of ${FN} is being judged by another stack-canary run (attempt 1 of https://ci.example/runs/1), on v2 until`,
    );
    expect(await getAlias(aws.lambda, FN, 'live')).toEqual(judged);
    expect(readJournal(second.state)?.aliases).toEqual([]);
    expect(crashRecordOf(error)?.crash?.phase).toBe('snapshot');
    // AND the first run goes on to its own verdict, and releases the alias
    release();
    expect((await running).verdict).toBe('pass');
    const after = await getAlias(aws.lambda, FN, 'live');
    expect(after?.target).toEqual({ version: '2', weights: {} });
    expect(after?.description).toBe(RELEASED_DESCRIPTION);
  });

  it('rollback: none leaves the alias routing after a fail, but ends its lease: a next run is not blocked', async () => {
    await liveOnV1ThenDeploy();
    const failing = parts((_fn, i) => (i.step.index === 0 ? 'fail' : 'continue'));
    const result = await runPipeline(config({ rollback: 'none' }), deps(), failing.parts);
    expect(result.verdict).toBe('fail');
    const left = await getAlias(aws.lambda, FN, 'live');
    expect(left?.target).toEqual({ version: '1', weights: { '2': 0.1 } });
    expect(left?.description).toBe(RELEASED_DESCRIPTION);
  });

  it('a lease past its time was left by a run that died: the next run repairs the alias and canaries', async () => {
    await liveOnV1ThenDeploy();
    await publishVersion(aws.lambda, FN, { clock: new FakeClock() });
    const left = await getAlias(aws.lambda, FN, 'live');
    const stale = leaseDescription({ runId: 'run 0', version: '2', untilMs: T0 - 1 });
    await trafficOps.updateAlias(aws.lambda, left!, { version: '1', weights: { '2': 0.1 } }, stale);
    const d = deps();
    const result = await runPipeline(config(), d, parts(passAtEnd).parts);
    expect(result.verdict).toBe('pass');
    expect(readJournal(d.state)?.aliases[0]?.changes[0]?.kind).toBe('repair');
    expect(await aliasNow()).toEqual({ version: '2', weights: {} });
  });
});

/**
 * THE SAFETY INVARIANT: in every way a run can end, every alias ends on a judged version: the new
 * one only after a pass, otherwise its snapshot. One test per way, each reading the final aliases
 * from the Lambda mock (so a missing rollback, restore or promotion fails it).
 */
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ServiceException } from '@aws-sdk/client-lambda';
import { createAwsClients } from '../../../src/aws/clients.js';
import type { FunctionSamples } from '../../../src/canary/types.js';
import { runCliWithConfig } from '../../../src/cli/run.js';
import type { StopSignal, SignalHost } from '../../../src/signals.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';
import { readJournal } from '../../../src/pipeline/journal.js';
import { recoverUnfinishedRun } from '../../../src/pipeline/recover.js';
import { runPipeline } from '../../../src/pipeline/run.js';
import { MemoryStateStore } from '../../../src/state-store.js';
import type { AliasTarget } from '../../../src/traffic/types.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import { LambdaModel } from '../../helpers/lambda-mock.js';
import type { Script } from '../../helpers/pipeline-fakes.js';
import { harness, MINUTE, testConfig } from '../../helpers/pipeline-fakes.js';

const meta = { $metadata: {} };
const FUNCTIONS = ['fn-a', 'fn-b'];
const OLD: AliasTarget = { version: '1', weights: {} };
const NEW: AliasTarget = { version: '2', weights: {} };
/** Two routed steps, so a run can be caught half-way. */
const STEPS = [
  { weight: 0.1, holdMs: 3 * MINUTE },
  { weight: 0.5, holdMs: 3 * MINUTE },
  { weight: 1, holdMs: 0 },
];

let model: LambdaModel;
beforeEach(() => {
  model = new LambdaModel();
  for (const fn of FUNCTIONS) {
    model.addFunction(fn, { sha: `${fn}-sha-1`, published: [`${fn}-sha-1`] });
    model.setAlias(fn, 'live', '1');
  }
});
afterEach(() => model.restore());

function finalAliases(): (AliasTarget | undefined)[] {
  return FUNCTIONS.map((fn) => model.alias(fn));
}

async function run(
  script: Script,
  overrides: Parameters<typeof testConfig>[0] = {},
  setup?: (h: ReturnType<typeof harness>) => void,
) {
  const h = harness(model, { functions: FUNCTIONS, script });
  setup?.(h);
  const state = new MemoryStateStore();
  const logger = new MemoryLogger();
  const outcome = runPipeline(
    testConfig(overrides, STEPS),
    { logger, state, clock: new FakeClock(0), clients: () => createAwsClients({ region: 'eu-west-1' }) },
    h.parts,
  );
  return { h, state, logger, outcome };
}

/** Passes the first step, then keeps watching the second. */
const passFirstStepOnly: Script = (_fn, i) => (i.step.index === 0 && i.step.final ? 'pass' : 'continue');

/** Holds at the second step, where both aliases route half their traffic to v2. */
const midSecondStep = (): boolean => model.alias('fn-a')?.weights['2'] === 0.5;

describe('every way a run ends leaves every alias on a judged version', () => {
  it('pass: the new version, routing cleared', async () => {
    const { outcome } = await run((_fn, i) => (i.step.final ? 'pass' : 'continue'));
    expect((await outcome).verdict).toBe('pass');
    expect(finalAliases()).toEqual([NEW, NEW]);
  });

  it('fail: the old version, routing cleared', async () => {
    const { outcome } = await run((fn, i) =>
      fn === 'fn-b' && i.step.index === 1 ? 'fail' : i.step.final ? 'pass' : 'continue',
    );
    expect((await outcome).verdict).toBe('fail');
    expect(finalAliases()).toEqual([OLD, OLD]);
  });

  it('inconclusive (policy fail): the old version', async () => {
    const { outcome } = await run((_fn, i) =>
      i.step.final ? (i.step.index === 1 ? 'inconclusive' : 'pass') : 'continue',
    );
    expect((await outcome).verdict).toBe('inconclusive');
    expect(finalAliases()).toEqual([OLD, OLD]);
  });

  it('inconclusive (policy pass): the new version, accepted by the policy the user chose', async () => {
    const { outcome } = await run((_fn, i) => (i.step.final ? 'inconclusive' : 'continue'), {
      onInconclusive: 'pass',
    });
    expect((await outcome).verdict).toBe('pass');
    expect(finalAliases()).toEqual([NEW, NEW]);
  });

  it('cancelled (SIGTERM to the CLI mid-canary): the old version, restored before the process exits', async () => {
    const host = new EventEmitter() as EventEmitter & SignalHost;
    const exits: number[] = [];
    host.exit = (code: number) => void exits.push(code);
    const h = harness(model, { functions: FUNCTIONS, script: passFirstStepOnly });
    let sent = false;
    h.observer.observeImpl = async () => {
      if (midSecondStep() && !sent) {
        sent = true;
        host.emit('SIGTERM' satisfies StopSignal);
      }
      return new Map<string, FunctionSamples>();
    };
    const logger = new MemoryLogger();
    const code = await runCliWithConfig(testConfig({}, STEPS), {
      parts: h.parts,
      host,
      logger,
      clock: new FakeClock(0),
      print: () => undefined,
    });
    expect(sent).toBe(true);
    expect(code).toBe(143);
    expect(exits).toEqual([143]);
    expect(finalAliases()).toEqual([OLD, OLD]);
    expect(logger.text('warning')).toContain('Received SIGTERM');
  });

  it('crashed (the process stops mid-canary, the post step runs on the saved state): the old version', async () => {
    const { h, state } = await run(passFirstStepOnly, {}, (hh) => {
      hh.observer.observeImpl = (): Promise<ReadonlyMap<string, FunctionSamples>> =>
        midSecondStep() ? new Promise(() => undefined) : Promise.resolve(new Map());
    });
    // Wait until the main step is frozen half-way (no further progress will ever come).
    for (let i = 0; i < 200 && !midSecondStep(); i++) await new Promise((r) => setImmediate(r));
    expect(midSecondStep()).toBe(true);
    expect(h.observer.ended).toBe(1);
    const report = await recoverUnfinishedRun(
      state,
      async (region) => (await createAwsClients({ region })).lambda,
      new MemoryLogger(),
    );
    expect(report.status).toBe('recovered');
    expect(finalAliases()).toEqual([OLD, OLD]);
  });

  it('AWS errors mid-canary: the old version, and the error is rethrown', async () => {
    const { outcome } = await run(passFirstStepOnly, {}, (h) => {
      h.observer.observeImpl = async () => {
        if (midSecondStep()) throw new ServiceException({ message: 'CloudWatch unavailable', ...meta });
        return new Map();
      };
    });
    await expect(outcome).rejects.toThrow('CloudWatch unavailable');
    expect(finalAliases()).toEqual([OLD, OLD]);
  });

  it('skipped (nothing new): the version already live, untouched', async () => {
    const h = harness(model, { functions: FUNCTIONS, newCode: {} });
    const result = await runPipeline(
      testConfig({}, STEPS),
      {
        logger: new MemoryLogger(),
        state: new MemoryStateStore(),
        clock: new FakeClock(0),
        clients: () => createAwsClients({ region: 'eu-west-1' }),
      },
      h.parts,
    );
    expect(result.verdict).toBe('skipped');
    expect(finalAliases()).toEqual([OLD, OLD]);
    expect(model.callCount('UpdateAlias')).toBe(0);
  });

  it('a finished run is not undone by the post step', async () => {
    const { outcome, state } = await run((_fn, i) => (i.step.final ? 'pass' : 'continue'));
    await outcome;
    const report = await recoverUnfinishedRun(
      state,
      async (r) => (await createAwsClients({ region: r })).lambda,
      new MemoryLogger(),
    );
    expect(report.status).toBe('finished');
    expect(readJournal(state)?.finished?.verdict).toBe('pass');
    expect(finalAliases()).toEqual([NEW, NEW]);
  });
});

/** One step's watch: polls on the injected clock, early ends, final judgements. */
import { describe, expect, it } from '@jest/globals';
import type { WatchTarget } from '../../../src/canary/types.js';
import { RunCancelledError } from '../../../src/pipeline/journal.js';
import { emptySamples, watchStep } from '../../../src/pipeline/watch.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import type { Script } from '../../helpers/pipeline-fakes.js';
import { FakeObserver, MINUTE, scriptedJudge, testConfig } from '../../helpers/pipeline-fakes.js';

const target = (name: string, baseline: string | undefined): WatchTarget => ({
  functionName: name,
  alias: 'live',
  canaryVersion: '2',
  baselineVersion: baseline,
  timeoutSeconds: 3,
  memorySizeMb: 128,
});

function watch(
  script: Script,
  options: { holdMs?: number; intervalMs?: number; signal?: AbortSignal; targets?: WatchTarget[] } = {},
) {
  const clock = new FakeClock(0);
  const observer = new FakeObserver([]);
  const judge = scriptedJudge(script);
  const promise = watchStep({
    index: 0,
    step: { weight: 0.1, holdMs: options.holdMs ?? 5 * MINUTE },
    targets: options.targets ?? [target('fn-a', '1'), target('fn-b', '1')],
    observer,
    judge,
    config: testConfig({ intervalMs: options.intervalMs ?? MINUTE }),
    clock,
    signal: options.signal,
  });
  return { promise, clock, observer, judge };
}

describe('watchStep', () => {
  it('polls every interval and makes the last poll final at the end of the hold', async () => {
    const { promise, observer, judge } = watch((_fn, i) => (i.step.final ? 'pass' : 'continue'), {
      holdMs: 150_000,
    });
    const outcome = await promise;
    expect(outcome.kind).toBe('pass');
    expect(observer.observedAt).toEqual([60_000, 120_000, 150_000]);
    expect(judge.inputs.filter((i) => i.step.final)).toHaveLength(2);
    expect(outcome.polls).toHaveLength(3);
  });

  it('ends at the first fail, without waiting for the other function', async () => {
    const { promise, observer } = watch((fn, i) =>
      fn === 'fn-b' && i.step.elapsedMs >= 2 * MINUTE ? 'fail' : 'continue',
    );
    const outcome = await promise;
    expect(outcome.kind).toBe('fail');
    expect(outcome.failed).toEqual(['fn-b']);
    expect(observer.observedAt).toHaveLength(2);
  });

  it('stops judging a function once it passed', async () => {
    const { promise, judge } = watch((fn, i) =>
      fn === 'fn-a' ? 'pass' : i.step.final ? 'pass' : 'continue',
    );
    await promise;
    expect(judge.inputs.filter((i) => i.samples.functionName === 'fn-a')).toHaveLength(1);
  });

  it("is inconclusive when a function ends undecided, and keeps the judge's evidence", async () => {
    const { promise } = watch((fn, i) => (fn === 'fn-a' && i.step.final ? 'pass' : 'continue'));
    const outcome = await promise;
    expect(outcome.kind).toBe('inconclusive');
    expect(outcome.inconclusive).toEqual(['fn-b']);
    expect(outcome.decisions['fn-b']?.evidence).toEqual({ elapsedMs: 5 * MINUTE, final: true });
  });

  it('hands the judge empty samples (never "healthy") when the observer has none, and no baseline on a first deploy', async () => {
    const { promise, judge } = watch(() => 'pass', { targets: [target('fn-new', undefined)] });
    await promise;
    expect(judge.inputs[0]?.samples).toEqual(emptySamples(target('fn-new', undefined)));
    expect(judge.inputs[0]?.samples.baseline).toBeUndefined();
    expect(judge.inputs[0]?.compareBaseline).toBe(false);
  });

  it('stops when the run is told to stop', async () => {
    const controller = new AbortController();
    controller.abort();
    const { promise } = watch(() => 'continue', { signal: controller.signal });
    await expect(promise).rejects.toBeInstanceOf(RunCancelledError);
  });
});

/** One step's watch: polls on the injected clock, early ends, final judgements. */
import { describe, expect, it } from '@jest/globals';
import type { Judge, ObservedTraffic, WatchTarget } from '../../../src/canary/types.js';
import type { CustomMetric, TrafficStep } from '../../../src/config/types.js';
import type { CanaryPlan } from '../../../src/engine/canary-plan.js';
import { checkoutFailures } from '../../helpers/judge-fixtures.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';
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

interface WatchOptions {
  holdMs?: number;
  intervalMs?: number;
  signal?: AbortSignal;
  targets?: WatchTarget[];
  /** The run's steps (default: this one, then promotion). */
  steps?: TrafficStep[];
  extendHoldMs?: number;
  judge?: Judge;
  observer?: FakeObserver;
  renewLease?: () => Promise<void>;
  metrics?: CustomMetric[];
}

function watch(script: Script, options: WatchOptions = {}) {
  const clock = new FakeClock(0);
  const observer = options.observer ?? new FakeObserver([]);
  const judge = scriptedJudge(script);
  const logger = new MemoryLogger();
  const step = { weight: 0.1, holdMs: options.holdMs ?? 5 * MINUTE };
  const promise = watchStep({
    index: 0,
    step,
    targets: options.targets ?? [target('fn-a', '1'), target('fn-b', '1')],
    observer,
    judge: options.judge ?? judge,
    config: testConfig(
      {
        intervalMs: options.intervalMs ?? MINUTE,
        ...(options.extendHoldMs === undefined ? {} : { extendHoldMs: options.extendHoldMs }),
        ...(options.metrics === undefined ? {} : { metrics: options.metrics }),
      },
      options.steps ?? [step, { weight: 1, holdMs: 0 }],
    ),
    clock,
    signal: options.signal,
    logger,
    renewLease: options.renewLease,
  });
  return { promise, clock, observer, judge, logger };
}

/**
 * The first of two 2-minute steps, one function, and a judge that never decides and asks at each
 * final look for 2 more minutes of traffic.
 */
function extending(extendHoldMs: number): WatchOptions {
  const judge: Judge = (input) => ({
    decision: 'continue',
    reason: 'too little exposure',
    evidence: {},
    rules: [],
    ...(input.step.final ? { extend: { needMs: 2 * MINUTE, why: 'min-invocations not reached' } } : {}),
  });
  return {
    holdMs: 2 * MINUTE,
    extendHoldMs,
    judge,
    targets: [target('fn-a', '1')],
    steps: [
      { weight: 0.1, holdMs: 2 * MINUTE },
      { weight: 0.5, holdMs: 2 * MINUTE },
      { weight: 1, holdMs: 0 },
    ],
  };
}

/** An alias that served `perMinute` calls a minute for 30 minutes, and nothing yet of the canary. */
function served(perMinute: number, more: Partial<ObservedTraffic> = {}): ObservedTraffic {
  return {
    served: Array.from({ length: 30 }, (_, i) => ({ start: (i - 30) * MINUTE, invocations: perMinute })),
    canaryCalls: 0,
    syntheticCalls: 0,
    settledUntilMs: undefined,
    ...more,
  };
}

describe('watchStep', () => {
  it('polls every interval; on an intermediate step the look at the end of the hold is final, without waiting for its last minutes', async () => {
    const { promise, observer, judge } = watch((_fn, i) => (i.step.final ? 'pass' : 'continue'), {
      holdMs: 150_000,
      steps: [
        { weight: 0.1, holdMs: 150_000 },
        { weight: 0.5, holdMs: 150_000 },
        { weight: 1, holdMs: 0 },
      ],
    });
    const outcome = await promise;
    expect(outcome.kind).toBe('pass');
    expect(observer.observedAt).toEqual([60_000, 120_000, 150_000]);
    const finals = judge.inputs.filter((i) => i.step.final);
    expect(finals).toHaveLength(2);
    expect(finals[0]?.step).toMatchObject({
      lastStep: false,
      settled: false,
      plannedMs: 300_000,
      functions: 2,
    });
    expect(outcome.polls).toHaveLength(3);
  });

  it("on the last step before promotion, waits for the hold's last minutes to settle before the final look, and says so", async () => {
    const { promise, observer, judge, logger } = watch((_fn, i) => (i.step.final ? 'pass' : 'continue'), {
      holdMs: 150_000,
    });
    const outcome = await promise;
    expect(outcome.kind).toBe('pass');
    // Hold over at 2.5 min; the minute it ends in closes at 3 min, settled 2 min later (3 s timeout).
    expect(observer.observedAt).toEqual([60_000, 120_000, 150_000, 210_000, 270_000, 300_000]);
    const finals = judge.inputs.filter((i) => i.step.final);
    expect(finals.map((i) => i.step.elapsedMs)).toEqual([300_000, 300_000]);
    expect(finals[0]?.step).toMatchObject({ lastStep: true, settled: true });
    expect(logger.text('info')).toContain("hold over; waiting 2m30s for the last minutes' metrics");
  });

  it('with a configured settle lag (settle-lag 10s), the final look waits only that long after the hold’s last minute', async () => {
    const quick = { ...target('fn-a', '1'), settleLagMs: 10_000 };
    const { promise, observer, judge, logger } = watch((_fn, i) => (i.step.final ? 'pass' : 'continue'), {
      holdMs: 150_000,
      targets: [quick],
    });
    expect((await promise).kind).toBe('pass');
    // Hold over at 2.5 min; its minute closes at 3 min and has settled 10 s later.
    expect(observer.observedAt).toEqual([60_000, 120_000, 150_000, 190_000]);
    expect(judge.inputs.filter((i) => i.step.final).map((i) => i.step.elapsedMs)).toEqual([190_000]);
    expect(logger.text('info')).toContain("hold over; waiting 40s for the last minutes' metrics");
  });

  it('extends a step the judge cannot decide yet while more traffic can, up to extend-hold, then ends it inconclusive', async () => {
    const { promise, observer, logger } = watch(() => 'continue', extending(3 * MINUTE));
    const outcome = await promise;
    expect(outcome.kind).toBe('inconclusive');
    // Hold 2 min, extended to 4, then to the 5 min limit (2 + 3), where it ends undecided.
    expect(observer.observedAt.at(-1)).toBe(5 * MINUTE);
    expect(logger.text('info')).toContain('fn-a: extending the step to 4m: min-invocations not reached');
    expect(outcome.decisions['fn-a']?.reason).toContain('still undecided when the 5m hold ended');
  });

  it("takes the final look again, the hold unmoved, while the judge awaits late datapoints of the hold's minutes; says so once", async () => {
    // The final look awaits for as long as the hold's minutes have settled less than 2 minutes.
    const judge: Judge = (input) =>
      input.step.final && (input.step.settledForMs ?? 0) < 2 * MINUTE
        ? {
            decision: 'continue',
            reason: 'waiting',
            evidence: {},
            rules: [],
            awaiting: { needMs: MINUTE, why: 'a datapoint left out: waiting for it' },
          }
        : {
            decision: input.step.final ? 'pass' : 'continue',
            reason: 'judged',
            evidence: {},
            rules: [],
          };
    const { promise, observer, logger } = watch(() => 'continue', { holdMs: 150_000, judge });
    expect((await promise).kind).toBe('pass');
    // The final look at 5 min (the hold's minutes settled), again a minute and two minutes later.
    expect(observer.observedAt.slice(-3)).toEqual([300_000, 360_000, 420_000]);
    const said = logger
      .text('info')
      .split('\n')
      .filter((line) => line.includes('waiting for it'));
    // Once per function, not at every look.
    expect(said).toEqual([
      'fn-a: hold over; a datapoint left out: waiting for it',
      'fn-b: hold over; a datapoint left out: waiting for it',
    ]);
  });

  it('with extend-hold 0, never extends', async () => {
    const { promise, observer } = watch(() => 'continue', extending(0));
    expect((await promise).kind).toBe('inconclusive');
    expect(observer.observedAt).toEqual([MINUTE, 2 * MINUTE]);
  });

  it("prints each function's evidence plan when the step starts, from the alias's last 30 minutes", async () => {
    const observer = new FakeObserver([]);
    observer.trafficImpl = () =>
      new Map([
        ['fn-a', served(1_000)],
        ['fn-b', served(5)],
      ]);
    const { promise, logger } = watch((_fn, i) => (i.step.final ? 'pass' : 'continue'), { observer });
    await promise;
    expect(logger.text('info')).toContain('fn-a: ~100 canary calls/min at 10%; deciding needs');
    // A quiet function: not even extend-hold can bring min-invocations; said at the start.
    expect(logger.text('warning')).toContain('fn-b: ~1 canary calls/min at 10%');
    expect(logger.text('warning')).toContain('synthetic-payload or a larger weight');
  });

  it('prints one more line per custom comparison: how long it needs to catch a 2× rise, a warning when even extend-hold is too short', async () => {
    const failures = checkoutFailures();
    // The old version's 30 minutes before the step: 1,000 calls and 5 failed checkouts each.
    const before = (perMinute: number) =>
      served(perMinute, {
        baselineHistory: Array.from({ length: 30 }, (_, i) => ({
          start: (i - 30) * MINUTE,
          invocations: 1000,
        })),
        customHistory: [
          {
            metric: failures,
            history: Array.from({ length: 30 }, (_, i) => ({ start: (i - 30) * MINUTE, value: 5 })),
          },
        ],
      });
    const observer = new FakeObserver([]);
    observer.trafficImpl = () =>
      new Map([
        ['fn-a', before(10_000)],
        ['fn-b', before(1_000)],
        ['fn-c', before(10_000)],
      ]);
    const { promise, logger } = watch((_fn, i) => (i.step.final ? 'pass' : 'continue'), {
      observer,
      metrics: [failures],
      targets: [target('fn-a', '1'), target('fn-b', '1'), target('fn-c', undefined)],
    });
    await promise;
    expect(logger.text('info')).toMatch(
      /fn-a: checkout-failures vs baseline: the old version's 0\.5% checkout-failures per call \(φ 1\), ~1000 canary calls\/min: a 2× rise is caught 4 times in 5 after ~\d min of settled traffic/,
    );
    expect(logger.text('warning')).toMatch(
      /fn-b: checkout-failures vs baseline: .*~100 canary calls\/min: a 2× rise needs ~\d+ min of settled traffic, more than the 5 min hold plus 10 min of extend-hold: in 15 min it catches a ≥ [\d.]+× rise 4 times in 5; a smaller rise will not be told apart/,
    );
    // A first deploy: no old version, no comparison, no line.
    expect(logger.text('info') + logger.text('warning')).not.toContain('fn-c: checkout-failures');
  });

  it("plans a later step with the earlier steps' canary calls, those still settling included", async () => {
    const clock = new FakeClock(0);
    const observer = new FakeObserver([]);
    const logger = new MemoryLogger();
    const steps = [
      { weight: 0.01, holdMs: 2 * MINUTE },
      { weight: 0.1, holdMs: 2 * MINUTE },
      { weight: 1, holdMs: 0 },
    ];
    const config = testConfig({ intervalMs: MINUTE }, steps);
    const run = (index: number, plan?: CanaryPlan) =>
      watchStep({
        index,
        step: steps[index] as TrafficStep,
        targets: [target('fn-a', '1')],
        observer,
        judge: scriptedJudge((_fn, i) => (i.step.final ? 'pass' : 'continue')),
        config,
        clock,
        logger,
        plan,
      });
    const first = await run(0);
    // Step 1 at 1% of 1,000 a minute: 10 settled canary calls; its last minute (10 more) settles later.
    observer.trafficImpl = () =>
      new Map([['fn-a', served(1_000, { canaryCalls: 10, settledUntilMs: MINUTE })]]);
    await run(1, first.plan);
    // 50 − 20 = 30 more at 100 a minute: one minute, and one for the partial minute of the shift.
    expect(logger.text('info')).toContain(
      'fn-a: ~100 canary calls/min at 10% (~20 from earlier steps count toward min-invocations 50); deciding needs ~2 min of settled traffic',
    );
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
    // The last step before promotion: its final look comes once every minute of the hold has
    // settled (5 min hold, 2 min settle lag for a 3 s timeout).
    expect(outcome.decisions['fn-b']?.evidence).toEqual({ elapsedMs: 7 * MINUTE, final: true });
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

describe('the per-poll lease renewal hook', () => {
  it('is called once at every poll, before the evidence is read, the settle wait included', async () => {
    const events: string[] = [];
    const observer = new FakeObserver(events);
    const clock: { now?: () => number } = {};
    const renewLease = async (): Promise<void> => {
      events.push(`renew at ${clock.now?.() ?? NaN}`);
    };
    const run = watch((_fn, i) => (i.step.final ? 'pass' : 'continue'), {
      holdMs: 2 * MINUTE,
      observer,
      renewLease,
      targets: [target('fn-a', '1')],
    });
    clock.now = () => run.clock.now();
    observer.observeImpl = async (now) => {
      events.push(`observe at ${now}`);
      return new Map();
    };
    const outcome = await run.promise;
    expect(outcome.kind).toBe('pass');
    // 2 minutes of hold, then 2 for its last minutes to settle: 4 polls, each renewed first.
    expect(events).toEqual(
      [1, 2, 3, 4].flatMap((n) => [`renew at ${n * MINUTE}`, `observe at ${n * MINUTE}`]),
    );
  });

  it('a renewal that throws ends the watch with that error', async () => {
    const boom = new Error('renewal refused');
    const run = watch(() => 'continue', { renewLease: async () => Promise.reject(boom) });
    await expect(run.promise).rejects.toBe(boom);
    expect(run.observer.observedAt).toEqual([]);
  });
});

/**
 * The canary engine, pure: one look at a plan with scripted judgements, and what it says to do.
 * Both drivers (the action's step loop, the guard's tick) run on these rules; the former drifts
 * between them each have a case here.
 */
import { describe, expect, it } from '@jest/globals';
import type { Decision, Judge, JudgeInput, Judgement } from '../../../src/canary/types.js';
import type { Advanced } from '../../../src/engine/advance.js';
import { advance, emptySamples, promotionReason } from '../../../src/engine/advance.js';
import type { CanaryPlan, EngineTarget } from '../../../src/engine/canary-plan.js';
import { enterStep, extensionFloorMs, nextLookAt, observesP99 } from '../../../src/engine/canary-plan.js';

const MINUTE = 60_000;
/** A minute boundary, so settle arithmetic reads plainly. */
const T0 = Date.UTC(2026, 11, 7, 10, 0, 0);

const fn = (name: string, timeoutSeconds = 3): EngineTarget => ({
  functionName: name,
  canaryVersion: '2',
  baselineVersion: '1',
  timeoutSeconds,
});
/** A first deploy: no old version. */
const firstDeploy = (name: string): EngineTarget => ({ ...fn(name), baselineVersion: undefined });

const CANARY = [
  { weight: 0.1, holdMs: 5 * MINUTE },
  { weight: 1, holdMs: 0 },
];
const LINEAR = [
  { weight: 0.25, holdMs: 2 * MINUTE },
  { weight: 0.5, holdMs: 0 },
  { weight: 0.75, holdMs: 2 * MINUTE },
  { weight: 1, holdMs: 0 },
];

function plan(
  steps = CANARY,
  targets: EngineTarget[] = [fn('fn-a')],
  settings: Partial<CanaryPlan['settings']> = {},
): CanaryPlan {
  const base: CanaryPlan = {
    strategy: { source: 'test', steps },
    settings: {
      thresholds: {
        maxErrorRate: 0.01,
        maxMemoryUtilization: 0.9,
        maxP99DurationMs: undefined,
        maxThrottles: 0,
        minInvocations: 10,
      },
      compareBaseline: true,
      onInconclusive: 'fail',
      extendHoldMs: 10 * MINUTE,
      functions: targets.length,
      lookEveryMs: MINUTE,
      ...settings,
    },
    targets,
    step: 0,
    stepStarts: [],
    holdEndMs: 0,
    decided: {},
    accepted: undefined,
  };
  return enterStep(base, 0, T0);
}

type Script = (name: string, input: JudgeInput) => Decision | Judgement;
/** A judge that answers from a script and keeps what it was asked. */
function scripted(script: Script): Judge & { inputs: JudgeInput[] } {
  const inputs: JudgeInput[] = [];
  const judge = (input: JudgeInput): Judgement => {
    inputs.push(input);
    const said = script(input.samples.functionName, input);
    return typeof said === 'string'
      ? { decision: said, reason: `said ${said}`, evidence: {}, rules: [] }
      : said;
  };
  return Object.assign(judge, { inputs });
}

const look = (p: CanaryPlan, nowMs: number, script: Script): Advanced =>
  advance(p, { samples: new Map() }, nowMs, scripted(script));
const undecidedAsking = (needMs: number): Judgement => ({
  decision: 'continue',
  reason: 'too few calls',
  evidence: {},
  rules: [],
  extend: { needMs, why: 'min-invocations not reached' },
});

describe('advance: the move after one look', () => {
  const cases: {
    name: string;
    plan: CanaryPlan;
    at: number;
    script: Script;
    move: Record<string, unknown>;
  }[] = [
    {
      name: 'a fail rolls back at once, to the old version',
      plan: plan(),
      at: T0 + MINUTE,
      script: () => 'fail',
      move: {
        kind: 'rollback',
        verdict: 'fail',
        to: { 'fn-a': { version: '1', weights: {} } },
        reason: 'step 1 (10%): fn-a: said fail',
      },
    },
    {
      name: 'undecided before the hold ends waits for the next look',
      plan: plan(),
      at: T0 + MINUTE,
      script: () => 'continue',
      move: { kind: 'wait-until', atMs: T0 + 2 * MINUTE },
    },
    {
      name: 'a pass on the last held step promotes',
      plan: plan(),
      at: T0 + MINUTE,
      script: () => 'pass',
      move: {
        kind: 'promote',
        verdict: 'pass',
        to: { 'fn-a': { version: '2', weights: {} } },
        reason: 'promoted: every function passed every step of "test"',
      },
    },
    {
      name: 'a pass on a middle step shifts to the next HELD step (steps without a hold are passed over)',
      plan: plan(LINEAR),
      at: T0 + MINUTE,
      script: () => 'pass',
      move: {
        kind: 'shift',
        step: 2,
        weight: 0.75,
        to: { 'fn-a': { version: '1', weights: { '2': 0.75 } } },
        reason: 'passed step 1 (25%): fn-a: said pass',
      },
    },
    {
      name: 'a first deploy rolls back to no alias',
      plan: plan(CANARY, [firstDeploy('fn-new')]),
      at: T0 + MINUTE,
      script: () => 'fail',
      move: { kind: 'rollback', to: { 'fn-new': null } },
    },
    {
      name: 'undecided at the final look with extend-hold 0 is inconclusive, rolled back by on-inconclusive: fail',
      plan: plan(CANARY, [fn('fn-a')], { extendHoldMs: 0 }),
      at: T0 + 7 * MINUTE,
      script: () => undecidedAsking(2 * MINUTE),
      move: {
        kind: 'rollback',
        verdict: 'inconclusive',
        reason: 'step 1 (10%): fn-a: too few calls (still undecided when the 5m hold ended)',
      },
    },
    {
      name: 'undecided at the final look, inconclusive, goes on under on-inconclusive: pass',
      plan: plan(LINEAR, [fn('fn-a')], { onInconclusive: 'pass' }),
      at: T0 + 2 * MINUTE,
      script: () => 'continue',
      move: {
        kind: 'shift',
        step: 2,
        reason:
          'accepted by on-inconclusive: pass: step 1 (25%): fn-a: said continue (still undecided when the 2m hold ended)',
      },
    },
  ];
  it.each(cases)('$name', ({ plan: p, at, script, move }) => {
    const result = look(p, at, script);
    expect(result.actions).toHaveLength(1);
    expect(result.actions[0]).toMatchObject(move);
  });
});

describe('advance: the step rules', () => {
  it('ends the step at the first fail without waiting for the other functions, and stops judging a decided one', () => {
    const p = plan(CANARY, [fn('fn-a'), fn('fn-b')]);
    const first = look(p, T0 + MINUTE, (name) => (name === 'fn-a' ? 'pass' : 'continue'));
    expect(first.actions[0]?.kind).toBe('wait-until');
    expect(Object.keys(first.plan.decided)).toEqual(['fn-a']);
    const judge = scripted((name) => (name === 'fn-b' ? 'fail' : 'pass'));
    const second = advance(first.plan, { samples: new Map() }, T0 + 2 * MINUTE, judge);
    expect(judge.inputs.map((i) => i.samples.functionName)).toEqual(['fn-b']);
    expect(second.stepEnd).toMatchObject({ verdict: 'fail', failed: ['fn-b'] });
  });

  it('extends an undecided step that asks for more traffic, never past extend-hold', () => {
    const p = plan(LINEAR, [fn('fn-a')], { extendHoldMs: 3 * MINUTE });
    const first = look(p, T0 + 2 * MINUTE, () => undecidedAsking(2 * MINUTE));
    expect(first.plan.holdEndMs).toBe(T0 + 4 * MINUTE);
    expect(first.events).toContainEqual({
      kind: 'extended',
      functionName: 'fn-a',
      untilMs: T0 + 4 * MINUTE,
      why: 'min-invocations not reached',
    });
    const second = look(first.plan, T0 + 4 * MINUTE, () => undecidedAsking(60 * MINUTE));
    expect(second.plan.holdEndMs).toBe(T0 + 5 * MINUTE);
    const third = look(second.plan, T0 + 5 * MINUTE, () => undecidedAsking(2 * MINUTE));
    expect(third.actions[0]).toMatchObject({ kind: 'rollback', verdict: 'inconclusive' });
    expect(third.stepEnd?.decisions['fn-a']?.reason).toContain('still undecided when the 5m hold ended');
  });

  it("takes the final look again, the hold unmoved, while the judge awaits late datapoints of the hold's minutes", () => {
    const awaiting: Judgement = {
      decision: 'continue',
      reason: 'waiting',
      evidence: {},
      rules: [],
      awaiting: { needMs: MINUTE, why: 'a datapoint left out: waiting for it' },
    };
    const p = plan();
    const judge = scripted(() => awaiting);
    const first = advance(p, { samples: new Map() }, T0 + 7 * MINUTE, judge);
    expect(first.plan.holdEndMs).toBe(p.holdEndMs);
    expect(first.stepEnd).toBeUndefined();
    expect(first.actions[0]).toEqual({ kind: 'wait-until', atMs: T0 + 8 * MINUTE });
    expect(first.events).toContainEqual({
      kind: 'awaiting',
      functionName: 'fn-a',
      untilMs: T0 + 8 * MINUTE,
      why: 'a datapoint left out: waiting for it',
    });
    // The judge is told how long the hold has been settled, and the hold as it stands.
    expect(judge.inputs[0]?.step).toMatchObject({
      final: true,
      settledForMs: 0,
      holdEndMs: T0 + 5 * MINUTE,
      heldMs: 5 * MINUTE,
    });
    advance(first.plan, { samples: new Map() }, T0 + 8 * MINUTE, judge);
    expect(judge.inputs[1]?.step).toMatchObject({ final: true, settledForMs: MINUTE });
    // A judge that no longer awaits anything decides.
    const done = look(first.plan, T0 + 9 * MINUTE, () => 'pass');
    expect(done.actions[0]).toMatchObject({ kind: 'promote' });
  });

  it('on the last step, holds the final look until the minutes of the hold have settled, and says so', () => {
    const p = plan();
    const early = look(p, T0 + 5 * MINUTE, () => 'continue');
    expect(early.actions[0]).toEqual({ kind: 'wait-until', atMs: T0 + 6 * MINUTE });
    expect(early.events).toContainEqual({ kind: 'settling', untilMs: T0 + 7 * MINUTE });
    const judge = scripted(() => 'continue');
    advance(p, { samples: new Map() }, T0 + 7 * MINUTE, judge);
    expect(judge.inputs[0]?.step).toMatchObject({ final: true, settled: true, lastStep: true });
  });

  it('tells the judge the whole run and the shared false-rollback budget at every look', () => {
    const judge = scripted(() => 'continue');
    const p = plan(LINEAR, [fn('fn-a'), fn('fn-b')]);
    advance(p, { samples: new Map() }, T0 + MINUTE, judge);
    expect(judge.inputs[0]?.step).toMatchObject({
      plannedMs: 4 * MINUTE,
      functions: 2,
      index: 0,
      weight: 0.25,
      elapsedMs: MINUTE,
    });
  });

  it('hands the judge empty samples (never "healthy") when nothing was observed, and compares only with an old version', () => {
    const judge = scripted(() => 'continue');
    advance(plan(CANARY, [firstDeploy('fn-new')]), { samples: new Map() }, T0 + MINUTE, judge);
    expect(judge.inputs[0]?.samples).toEqual(
      emptySamples({ functionName: 'fn-new', baselineVersion: undefined }),
    );
    expect(judge.inputs[0]?.compareBaseline).toBe(false);
  });

  it('keeps an accepted inconclusive to the promotion, whose reason says so', () => {
    const p = plan(LINEAR, [fn('fn-a')], { onInconclusive: 'pass' });
    const first = look(p, T0 + 2 * MINUTE, () => 'inconclusive');
    expect(first.plan.accepted).toBe('step 1 (25%): fn-a: said inconclusive');
    const second = look(enterStep(first.plan, 2, T0 + 2 * MINUTE), T0 + 3 * MINUTE, () => 'pass');
    expect(second.actions[0]).toMatchObject({
      kind: 'promote',
      reason:
        'promoted: inconclusive accepted by on-inconclusive: pass (step 1 (25%): fn-a: said inconclusive)',
    });
    expect(promotionReason(second.plan)).toBe((second.actions[0] as { reason: string }).reason);
  });

  it('enters a later step with the skipped steps starting at the same time', () => {
    const p = enterStep(plan(LINEAR), 2, T0 + 2 * MINUTE);
    expect(p.stepStarts).toEqual([T0, T0 + 2 * MINUTE, T0 + 2 * MINUTE]);
    expect(p.holdEndMs).toBe(T0 + 4 * MINUTE);
    expect(p.decided).toEqual({});
  });

  it('looks every interval and at the end of the hold', () => {
    const p = plan(CANARY, [fn('fn-a')], { lookEveryMs: 2 * MINUTE });
    expect(nextLookAt(p, T0)).toBe(T0 + 2 * MINUTE);
    expect(nextLookAt(p, T0 + 4 * MINUTE)).toBe(T0 + 5 * MINUTE);
  });
});

describe('the former drifts between the action and the guard, one rule each', () => {
  it('extension floor: one look interval, and never less than one minute (the action used the interval, the guard one minute)', () => {
    const fast = plan(LINEAR, [fn('fn-a')], { lookEveryMs: 10_000 });
    const slow = plan(LINEAR, [fn('fn-a')], { lookEveryMs: 3 * MINUTE });
    expect(extensionFloorMs(fast)).toBe(MINUTE);
    expect(extensionFloorMs(slow)).toBe(3 * MINUTE);
    expect(look(fast, T0 + 2 * MINUTE, () => undecidedAsking(5_000)).plan.holdEndMs).toBe(T0 + 3 * MINUTE);
    expect(look(slow, T0 + 2 * MINUTE, () => undecidedAsking(5_000)).plan.holdEndMs).toBe(T0 + 5 * MINUTE);
  });

  it("settle wait: each function's own timeout (the action waited for the slowest function's)", () => {
    const judge = scripted(() => 'continue');
    const p = plan(CANARY, [fn('quick', 3), fn('slow', 300)]);
    // The 5-minute hold ends on a minute: 3 s settles 2 min later, 300 s 6 min later.
    advance(p, { samples: new Map() }, T0 + 7 * MINUTE, judge);
    const byName = Object.fromEntries(judge.inputs.map((i) => [i.samples.functionName, i.step]));
    expect(byName['quick']).toMatchObject({ settled: true, final: true });
    expect(byName['slow']).toMatchObject({ settled: false, final: false });
    expect(nextLookAt(p, T0 + 10 * MINUTE)).toBe(T0 + 11 * MINUTE);
  });

  it('p99: asked of CloudWatch only when max-p99-duration judges it (the guard always asked)', () => {
    const p = plan();
    expect(observesP99(p.settings.thresholds)).toBe(false);
    expect(observesP99({ ...p.settings.thresholds, maxP99DurationMs: 800 })).toBe(true);
  });

  it('reasons: one wording, whichever driver (the guard left out the function and the hold)', () => {
    const p = plan(CANARY, [fn('orders-fn')]);
    expect(look(p, T0 + MINUTE, () => 'fail').actions[0]).toMatchObject({
      reason: 'step 1 (10%): orders-fn: said fail',
    });
    expect(look(p, T0 + 7 * MINUTE, () => 'continue').stepEnd?.reason).toBe(
      'step 1 (10%): orders-fn: said continue (still undecided when the 5m hold ended)',
    );
  });
});

/**
 * on-runner-loss in the pipeline (run.ts, steps.ts, watch.ts), with Lambda through
 * aws-sdk-client-mock and the run's plan keeper (RunDeps.holdPlans) recording what it is told:
 * guard mirrors the engine at every step start and look, hands over each step's move before the
 * alias moves, closes with the verdict, and stops the run without touching an alias once the guard
 * has taken over; rollback keeps no plan at all.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { CanaryPlan } from '../../../src/engine/canary-plan.js';
import { readJournal } from '../../../src/pipeline/journal.js';
import { runPipeline } from '../../../src/pipeline/run.js';
import type { EngineMove, HoldPlansRequest, RunHeldPlans } from '../../../src/pipeline/runner-loss.js';
import { PlanTakenOverError } from '../../../src/pipeline/runner-loss.js';
import type { AliasTarget } from '../../../src/traffic/types.js';
import { LambdaModel } from '../../helpers/lambda-mock.js';
import type { Script } from '../../helpers/pipeline-fakes.js';
import { harness, MINUTE, testConfig } from '../../helpers/pipeline-fakes.js';
import { testRunDeps } from '../../helpers/run-deps.js';

const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);
const STEPS = [
  { weight: 0.1, holdMs: 5 * MINUTE },
  { weight: 0.5, holdMs: 5 * MINUTE },
  { weight: 1, holdMs: 0 },
];

let model: LambdaModel;
beforeEach(() => {
  model = new LambdaModel();
  model.addFunction('fn-a', { sha: 'fn-a-sha-1', published: ['fn-a-sha-1'] });
  model.setAlias('fn-a', 'live', '1');
});
afterEach(() => model.restore());

interface Told {
  readonly step: number;
  readonly move: EngineMove['kind'] | undefined;
  readonly alias: AliasTarget | undefined;
}

/** A plan keeper that records each mirror (and where the alias was then) and each close. */
function keeper(options: { takenOverAt?: number } = {}) {
  const told: Told[] = [];
  const closed: { verdict: string; reason: string }[] = [];
  const requests: HoldPlansRequest[] = [];
  const holdPlans = async (request: HoldPlansRequest): Promise<RunHeldPlans> => {
    requests.push(request);
    return {
      mirror: async (plan: CanaryPlan, move?: EngineMove) => {
        if (told.length === options.takenOverAt) throw new PlanTakenOverError('fn-a:live');
        told.push({ step: plan.step, move: move?.kind, alias: model.alias('fn-a') });
      },
      close: async (verdict: string, reason: string) => {
        closed.push({ verdict, reason });
      },
    };
  };
  return { holdPlans, told, closed, requests };
}

const config = (onRunnerLoss: 'rollback' | 'guard') =>
  testConfig({ functions: ['fn-a'], onRunnerLoss }, STEPS);

const failAtSecondStep: Script = (_fn, input) =>
  input.step.index === 1 ? 'fail' : input.step.final ? 'pass' : 'continue';

describe('on-runner-loss: guard', () => {
  it('GIVEN a passing canary THEN every step start and look is mirrored, each move before the alias moves, and the plan is closed pass', async () => {
    const h = harness(model, { functions: ['fn-a'] });
    const k = keeper();
    const result = await runPipeline(config('guard'), testRunDeps({ holdPlans: k.holdPlans }, T0), h.parts);
    expect(result.verdict).toBe('pass');
    expect(k.requests[0]?.holdTermMs).toBeGreaterThanOrEqual(2 * MINUTE);
    // The first mirror is the first held step's start, its split already on the alias.
    expect(k.told[0]).toEqual({ step: 0, move: undefined, alias: { version: '1', weights: { '2': 0.1 } } });
    const moves = k.told.filter((t) => t.move !== undefined);
    expect(moves).toEqual([
      { step: 0, move: 'shift', alias: { version: '1', weights: { '2': 0.1 } } },
      { step: 1, move: 'promote', alias: { version: '1', weights: { '2': 0.5 } } },
    ]);
    expect(k.closed).toEqual([{ verdict: 'pass', reason: result.reason }]);
    expect(model.alias('fn-a')).toEqual({ version: '2', weights: {} });
  });

  it('GIVEN a failing canary THEN the rollback is handed over before the alias moves, and the plan is closed fail', async () => {
    const h = harness(model, { functions: ['fn-a'], script: failAtSecondStep });
    const k = keeper();
    const result = await runPipeline(config('guard'), testRunDeps({ holdPlans: k.holdPlans }, T0), h.parts);
    expect(result.verdict).toBe('fail');
    expect(k.told.filter((t) => t.move === 'rollback')).toEqual([
      { step: 1, move: 'rollback', alias: { version: '1', weights: { '2': 0.5 } } },
    ]);
    expect(k.closed.map((c) => c.verdict)).toEqual(['fail']);
    expect(model.alias('fn-a')).toEqual({ version: '1', weights: {} });
  });

  it('GIVEN the guard took the plan over WHEN the run next mirrors it THEN the run stops pending and moves no alias', async () => {
    const h = harness(model, { functions: ['fn-a'] });
    const k = keeper({ takenOverAt: 2 });
    const d = testRunDeps({ holdPlans: k.holdPlans }, T0);
    const result = await runPipeline(config('guard'), d, h.parts);
    expect(result.verdict).toBe('pending');
    expect(result.reason).toContain('taken over by the guard');
    expect(result.rolledBack).toBe(false);
    expect(model.alias('fn-a')).toEqual({ version: '1', weights: { '2': 0.1 } });
    expect(readJournal(d.state)?.finished?.verdict).toBe('pending');
    expect(k.closed).toEqual([]);
  });
});

describe('on-runner-loss: rollback', () => {
  it('GIVEN the default THEN no plan keeper is asked for, and the canary runs as before', async () => {
    const h = harness(model, { functions: ['fn-a'] });
    const k = keeper();
    const result = await runPipeline(
      config('rollback'),
      testRunDeps({ holdPlans: k.holdPlans }, T0),
      h.parts,
    );
    expect(result.verdict).toBe('pass');
    expect(k.requests).toEqual([]);
    expect(model.alias('fn-a')).toEqual({ version: '2', weights: {} });
  });
});

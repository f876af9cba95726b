/**
 * The pipeline end to end with fakes of our own parts (stack, monitoring, observer, judge) and
 * Lambda/SNS through aws-sdk-client-mock: every verdict path, rollback ordering, many functions,
 * conflicts, AWS errors mid-canary, re-runs.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ServiceException, TooManyRequestsException, UpdateAliasCommand } from '@aws-sdk/client-lambda';
import 'aws-sdk-client-mock-jest';
import { createAwsClients } from '../../../src/aws/clients.js';
import type { Config } from '../../../src/config/types.js';
import { StackCanaryError } from '../../../src/errors.js';
import { readJournal } from '../../../src/pipeline/journal.js';
import type { PipelineParts } from '../../../src/pipeline/parts.js';
import { runPipeline } from '../../../src/pipeline/run.js';
import type { RunDeps } from '../../../src/pipeline/types.js';
import { lastPassedTagKey } from '../../../src/constants.js';
import { previousTagKey, promotedAtTagKey } from '../../../src/traffic/tags.js';
import { LambdaModel } from '../../helpers/lambda-mock.js';
import type { Script } from '../../helpers/pipeline-fakes.js';
import { harness, MINUTE, testConfig } from '../../helpers/pipeline-fakes.js';
import type { TestRunDeps } from '../../helpers/run-deps.js';
import { testRunDeps } from '../../helpers/run-deps.js';

const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);
const meta = { $metadata: {} };

let model: LambdaModel;
beforeEach(() => {
  model = new LambdaModel();
});
afterEach(() => model.restore());

/** fn-a and fn-b, each live on v1; the deploy gives both new code (so v2 is published). */
function twoLiveFunctions(): string[] {
  for (const fn of ['fn-a', 'fn-b']) {
    model.addFunction(fn, { sha: `${fn}-sha-1`, published: [`${fn}-sha-1`] });
    model.setAlias(fn, 'live', '1');
  }
  return ['fn-a', 'fn-b'];
}

const deps = (overrides: Partial<RunDeps> = {}): TestRunDeps => testRunDeps(overrides, T0);

/** The UpdateAlias calls that moved an alias (the lease renewals of each poll left out). */
function updateAliasInputs(): { fn: string; version: string; weights: Record<string, number> }[] {
  const kinds = model.events.filter((e) => e.startsWith('UpdateAlias ') || e.startsWith('RenewLease '));
  return model.lambda
    .commandCalls(UpdateAliasCommand)
    .filter((_c, i) => kinds[i]?.startsWith('UpdateAlias '))
    .map((c) => ({
      fn: String(c.args[0].input.FunctionName),
      version: String(c.args[0].input.FunctionVersion),
      weights: { ...(c.args[0].input.RoutingConfig?.AdditionalVersionWeights ?? {}) },
    }));
}

const failFnAAt =
  (ms: number): Script =>
  (fn, input) =>
    fn === 'fn-a' && input.step.elapsedMs >= ms ? 'fail' : input.step.final ? 'pass' : 'continue';

describe('a passing canary', () => {
  it('promotes every alias to its new version with routing cleared and tags it as last passed', async () => {
    // GIVEN two functions live on v1 whose code the deploy changes
    const functions = twoLiveFunctions();
    const h = harness(model, { functions });
    const d = deps();
    // WHEN the canary passes
    const result = await runPipeline(testConfig(), d, h.parts);
    // THEN
    expect(result.verdict).toBe('pass');
    expect(result.rolledBack).toBe(false);
    expect(result.versions).toEqual({
      'fn-a': { previous: '1', new: '2' },
      'fn-b': { previous: '1', new: '2' },
    });
    for (const fn of functions) {
      expect(model.alias(fn)).toEqual({ version: '2', weights: {} });
      expect(model.tags(fn)[lastPassedTagKey('live')]).toBe('2');
      expect(model.tags(fn)[previousTagKey('live')]).toBe('1');
      expect(Date.parse(model.tags(fn)[promotedAtTagKey('live')] ?? '')).toBeGreaterThanOrEqual(T0);
    }
    expect(readJournal(d.state)?.finished?.verdict).toBe('pass');
    expect(result.stackOutputs).toEqual({ Url: 'https://x' });
  });

  it('maps each strategy step to alias weights, all functions together, primary on the old version until promotion', async () => {
    const functions = twoLiveFunctions();
    const h = harness(model, { functions });
    const steps = [
      { weight: 0.1, holdMs: 2 * MINUTE },
      { weight: 0.5, holdMs: 2 * MINUTE },
      { weight: 1, holdMs: 0 },
    ];
    await runPipeline(testConfig({}, steps), deps(), h.parts);
    const calls = updateAliasInputs();
    const byStep = [calls.slice(0, 2), calls.slice(2, 4), calls.slice(4, 6)];
    expect(byStep[0]?.map((c) => c.fn).sort()).toEqual(functions);
    expect(byStep[0]?.every((c) => c.version === '1' && c.weights['2'] === 0.1)).toBe(true);
    expect(byStep[1]?.every((c) => c.version === '1' && c.weights['2'] === 0.5)).toBe(true);
    // The 100% step with no hold is the promotion itself.
    expect(byStep[2]?.every((c) => c.version === '2' && Object.keys(c.weights).length === 0)).toBe(true);
    expect(calls).toHaveLength(6);
  });

  it('observes every interval on the injected clock and judges each function every poll, final once the last minutes of the hold have settled', async () => {
    const functions = twoLiveFunctions();
    const h = harness(model, { functions });
    const d = deps();
    await runPipeline(
      testConfig({ intervalMs: MINUTE }, [
        { weight: 0.1, holdMs: 3 * MINUTE },
        { weight: 1, holdMs: 0 },
      ]),
      d,
      h.parts,
    );
    const begin = h.observer.begun[0]?.at ?? NaN;
    // 3 min hold, then 2 min for its last minutes' metrics to settle (a 10 s timeout).
    expect(h.observer.observedAt.map((t) => t - begin)).toEqual([1, 2, 3, 4, 5].map((n) => n * MINUTE));
    expect(d.clock.sleeps).toEqual([MINUTE, MINUTE, MINUTE, MINUTE, MINUTE]);
    expect(h.judge.inputs).toHaveLength(10);
    expect(
      h.judge.inputs
        .filter((i) => i.step.final)
        .map((i) => i.samples.functionName)
        .sort(),
    ).toEqual(functions);
    expect(h.observer.begun[0]?.targets).toEqual([
      {
        functionName: 'fn-a',
        alias: 'live',
        canaryVersion: '2',
        baselineVersion: '1',
        timeoutSeconds: 10,
        memorySizeMb: 256,
      },
      {
        functionName: 'fn-b',
        alias: 'live',
        canaryVersion: '2',
        baselineVersion: '1',
        timeoutSeconds: 10,
        memorySizeMb: 256,
      },
    ]);
  });

  it('ends a step early once every function has passed', async () => {
    const functions = twoLiveFunctions();
    const h = harness(model, {
      functions,
      script: (_fn, input) => (input.step.elapsedMs >= 2 * MINUTE ? 'pass' : 'continue'),
    });
    const d = deps();
    await runPipeline(testConfig(), d, h.parts);
    expect(h.observer.observedAt).toHaveLength(2);
    expect(model.alias('fn-a')).toEqual({ version: '2', weights: {} });
    // Every poll that decides nothing yet says so in the log, one line per function; the judge's
    // full reason goes to the debug log.
    expect(d.logger.text('info')).toContain(
      'fn-a · step 1/2 · 10% · 1m of 5m · no canary calls settled yet · deciding',
    );
    expect(d.logger.text('info')).toContain(
      'fn-b · step 1/2 · 10% · 1m of 5m · no canary calls settled yet · deciding',
    );
    expect(d.logger.text('debug')).toContain('fn-a: continue by script at step 0 after 60000 ms');
  });

  it('deploys monitoring first and passes its alarms to the app stack as rollback triggers', async () => {
    const functions = twoLiveFunctions();
    const h = harness(model, { functions });
    await runPipeline(testConfig(), deps(), h.parts);
    expect(h.stack.deploys.map((r) => r.stackName)).toEqual(['orders-monitoring', 'orders']);
    expect(h.stack.deploys[1]?.rollbackTriggerAlarmArns).toEqual([
      'arn:aws:cloudwatch:eu-west-1:123456789012:alarm:orders-errors',
    ]);
  });
});

describe('fail and inconclusive verdicts', () => {
  it('a fail of one function rolls back every function at once, one UpdateAlias each, then notifies', async () => {
    const functions = twoLiveFunctions();
    const h = harness(model, { functions, script: failFnAAt(2 * MINUTE) });
    const before = { updates: 0 };
    h.observer.observeImpl = async () => {
      before.updates = model.callCount('UpdateAlias');
      return new Map();
    };
    const result = await runPipeline(testConfig(), deps(), h.parts);
    expect(result.verdict).toBe('fail');
    expect(result.rolledBack).toBe(true);
    expect(result.reason).toContain('fn-a: fail by script');
    for (const fn of functions) expect(model.alias(fn)).toEqual({ version: '1', weights: {} });
    // Exactly one UpdateAlias per function after the verdict, no read before them.
    const afterVerdict = model.events.slice(model.events.lastIndexOf('observer.beginStep'));
    expect(afterVerdict.filter((e) => e.startsWith('UpdateAlias'))).toHaveLength(2);
    expect(afterVerdict.filter((e) => e.startsWith('GetAlias'))).toHaveLength(0);
    // Aliases before the observer's step ends and before the notice.
    const lastRollback =
      model.events.lastIndexOf('UpdateAlias fn-b') > model.events.lastIndexOf('UpdateAlias fn-a')
        ? model.events.lastIndexOf('UpdateAlias fn-b')
        : model.events.lastIndexOf('UpdateAlias fn-a');
    expect(lastRollback).toBeLessThan(model.events.indexOf('observer.endStep'));
    expect(model.snsMessages).toHaveLength(1);
    expect(model.snsMessages[0]?.topicArn).toBe('arn:aws:sns:eu-west-1:123456789012:orders-monitoring');
    expect(model.snsMessages[0]?.message).toContain('fn-a: alias live back on v1');
    expect(h.stack.restores).toHaveLength(0);
    expect(model.tags('fn-a')[lastPassedTagKey('live')]).toBeUndefined();
  });

  it('rollback: stack puts the aliases back first, then the stack, then notifies', async () => {
    const functions = twoLiveFunctions();
    const h = harness(model, { functions, script: failFnAAt(MINUTE) });
    const result = await runPipeline(testConfig({ rollback: 'stack' }), deps(), h.parts);
    expect(result.verdict).toBe('fail');
    expect(result.rolledBack).toBe(true);
    const restore = model.events.indexOf('restoreStack orders');
    expect(restore).toBeGreaterThan(-1);
    const aliasRollbacks = model.events
      .map((e, i) => ({ e, i }))
      .filter(({ e, i }) => e.startsWith('UpdateAlias') && i > model.events.indexOf('observer.beginStep'));
    expect(aliasRollbacks).toHaveLength(2);
    expect(aliasRollbacks.every(({ i }) => i < restore)).toBe(true);
    expect(model.events.indexOf('SNS Publish')).toBeGreaterThan(restore);
    expect(h.stack.restores[0]?.templateBody).toBe('Resources: {old: true}');
    expect(h.stack.restoreOptions[0]).toEqual({
      s3Bucket: undefined,
      capabilities: ['CAPABILITY_IAM'],
      timeoutMs: 60 * MINUTE,
    });
    expect(result.record.rollback?.stack).toBe('restored');
  });

  it('rollback: stack that fails still leaves the aliases restored and says so', async () => {
    const functions = twoLiveFunctions();
    const h = harness(model, { functions, script: failFnAAt(MINUTE), restoreError: new Error('stack busy') });
    const d = deps();
    const result = await runPipeline(testConfig({ rollback: 'stack' }), d, h.parts);
    expect(result.verdict).toBe('fail');
    expect(result.rolledBack).toBe(false);
    expect(model.alias('fn-a')).toEqual({ version: '1', weights: {} });
    expect(d.logger.text('error')).toContain('Stack rollback failed: stack busy');
  });

  it('rollback: none reports only: aliases stay where the step left them, the verdict is still fail', async () => {
    const functions = twoLiveFunctions();
    const h = harness(model, { functions, script: failFnAAt(MINUTE) });
    const d = deps();
    const result = await runPipeline(testConfig({ rollback: 'none' }), d, h.parts);
    expect(result.verdict).toBe('fail');
    expect(result.rolledBack).toBe(false);
    expect(model.alias('fn-a')).toEqual({ version: '1', weights: { '2': 0.1 } });
    expect(d.logger.text('warning')).toContain('rollback: none: fn-a: alias live stays on v1 + v2 at 10%');
    expect(model.snsMessages[0]?.message).toContain('rollback: none');
    expect(readJournal(d.state)?.finished?.verdict).toBe('fail');
  });

  it('inconclusive with on-inconclusive: fail rolls back and ends inconclusive', async () => {
    const functions = twoLiveFunctions();
    const h = harness(model, {
      functions,
      script: (fn, i) => (i.step.final ? (fn === 'fn-b' ? 'inconclusive' : 'pass') : 'continue'),
    });
    const result = await runPipeline(testConfig({ onInconclusive: 'fail' }), deps(), h.parts);
    expect(result.verdict).toBe('inconclusive');
    expect(result.rolledBack).toBe(true);
    expect(result.reason).toContain('fn-b: inconclusive');
    for (const fn of functions) expect(model.alias(fn)).toEqual({ version: '1', weights: {} });
  });

  it('a judge still saying continue at the end of the hold is inconclusive', async () => {
    const functions = twoLiveFunctions();
    const h = harness(model, { functions, script: () => 'continue' });
    const result = await runPipeline(testConfig(), deps(), h.parts);
    expect(result.verdict).toBe('inconclusive');
    expect(result.reason).toContain('still undecided when the 5m hold ended');
    expect(model.alias('fn-a')).toEqual({ version: '1', weights: {} });
  });

  it('inconclusive with on-inconclusive: pass promotes and says the policy accepted it', async () => {
    const functions = twoLiveFunctions();
    const h = harness(model, { functions, script: (_fn, i) => (i.step.final ? 'inconclusive' : 'continue') });
    const d = deps();
    const result = await runPipeline(testConfig({ onInconclusive: 'pass' }), d, h.parts);
    expect(result.verdict).toBe('pass');
    expect(result.reason).toContain('inconclusive accepted by on-inconclusive: pass');
    for (const fn of functions) expect(model.alias(fn)).toEqual({ version: '2', weights: {} });
    expect(d.logger.text('warning')).toContain('accepted by on-inconclusive: pass');
  });
});

describe('skipped, first deploys and dry runs', () => {
  it('is skipped when no function has new code: no alias is touched', async () => {
    const functions = twoLiveFunctions();
    const h = harness(model, { functions, newCode: {} });
    const result = await runPipeline(testConfig(), deps(), h.parts);
    expect(result.verdict).toBe('skipped');
    expect(result.reason).toContain('fn-a v1, fn-b v1 already live');
    expect(model.callCount('UpdateAlias')).toBe(0);
    expect(h.observer.begun).toHaveLength(0);
  });

  it('watches and moves only the functions that changed', async () => {
    const functions = twoLiveFunctions();
    const h = harness(model, { functions, newCode: { 'fn-a': 'fn-a-sha-2' } });
    const result = await runPipeline(testConfig(), deps(), h.parts);
    expect(result.verdict).toBe('pass');
    expect(h.observer.begun[0]?.targets.map((t) => t.functionName)).toEqual(['fn-a']);
    expect(model.alias('fn-a')).toEqual({ version: '2', weights: {} });
    expect(model.alias('fn-b')).toEqual({ version: '1', weights: {} });
    expect(updateAliasInputs().every((c) => c.fn === 'fn-a')).toBe(true);
  });

  const SYNTHETIC = { synthetic: { payload: '{"ping":true}', ratePerMinute: 60 } } as const;

  it('first deploy with synthetic-payload: no baseline; the alias is created on the new version only after a pass', async () => {
    // GIVEN a stack that does not exist yet, and synthetic traffic to judge the new version on
    const h = harness(model, { functions: ['fn-new'], exists: false });
    let aliasDuringWatch: unknown = 'not observed';
    h.observer.observeImpl = async () => {
      aliasDuringWatch = model.alias('fn-new');
      return new Map();
    };
    const result = await runPipeline(testConfig(SYNTHETIC), deps(), h.parts);
    expect(result.verdict).toBe('pass');
    expect(aliasDuringWatch).toBeUndefined();
    expect(h.observer.begun[0]?.targets[0]?.baselineVersion).toBeUndefined();
    expect(h.judge.inputs.every((i) => i.compareBaseline === false)).toBe(true);
    expect(model.alias('fn-new')).toEqual({ version: '1', weights: {} });
    expect(result.versions).toEqual({ 'fn-new': { previous: undefined, new: '1' } });
    // Monitoring waits for the function names: after the app stack.
    expect(h.stack.deploys.map((r) => r.stackName)).toEqual(['orders', 'orders-monitoring']);
  });

  it('first deploy with synthetic-payload that ends inconclusive creates no alias, and says why', async () => {
    const h = harness(model, {
      functions: ['fn-new'],
      exists: false,
      script: (_fn, i) => (i.step.final ? 'inconclusive' : 'continue'),
    });
    const result = await runPipeline(testConfig(SYNTHETIC), deps(), h.parts);
    expect(result.verdict).toBe('inconclusive');
    expect(model.alias('fn-new')).toBeUndefined();
    expect(result.reason).toContain('first deploy: judged on synthetic traffic only');
  });

  it('first deploy without synthetic-payload: the alias is created on the new version, with a warning, and nothing is watched', async () => {
    // GIVEN a first deploy and no synthetic traffic: nothing can reach the new version before its alias exists
    const h = harness(model, {
      functions: ['fn-new'],
      exists: false,
      script: () => 'fail',
    });
    const d = deps();
    const result = await runPipeline(testConfig(), d, h.parts);
    // THEN, as CodeDeploy does, the alias is created on it and the verdict says why it was not judged
    expect(result.verdict).toBe('pass');
    expect(result.reason).toBe(
      'promoted: first deploy: no old version to compare; alias live created on the new version of fn-new',
    );
    expect(model.alias('fn-new')).toEqual({ version: '1', weights: {} });
    expect(h.observer.begun).toHaveLength(0);
    expect(h.judge.inputs).toHaveLength(0);
    expect(d.logger.text('warning')).toContain(
      'fn-new: first deploy: no old version to compare and no synthetic-payload',
    );
  });

  it('a first deploy beside a canary: only the canary is watched; both aliases end on the new versions', async () => {
    // GIVEN fn-a live on v1, and fn-b published before but never given the alias
    model.addFunction('fn-a', { sha: 'fn-a-sha-1', published: ['fn-a-sha-1'] });
    model.setAlias('fn-a', 'live', '1');
    model.addFunction('fn-b', { sha: 'fn-b-sha-1', published: ['fn-b-sha-1'] });
    const functions = ['fn-a', 'fn-b'];
    const h = harness(model, { functions, newCode: { 'fn-a': 'fn-a-sha-2', 'fn-b': 'fn-b-sha-2' } });
    const result = await runPipeline(testConfig(), deps(), h.parts);
    expect(result.verdict).toBe('pass');
    expect(h.observer.begun[0]?.targets.map((t) => t.functionName)).toEqual(['fn-a']);
    expect(model.alias('fn-a')).toEqual({ version: '2', weights: {} });
    expect(model.alias('fn-b')?.version).toBe('2');
  });

  it('dry run creates change sets and changes no alias, even one left routing', async () => {
    const functions = twoLiveFunctions();
    model.setAlias('fn-a', 'live', '1', { '2': 0.1 });
    const h = harness(model, { functions });
    const d = deps();
    const result = await runPipeline(testConfig({ dryRun: true }), d, h.parts);
    expect(result.verdict).toBe('skipped');
    expect(h.stack.deploys.every((r) => r.dryRun)).toBe(true);
    expect(model.callCount('UpdateAlias')).toBe(0);
    expect(model.callCount('PublishVersion')).toBe(0);
    expect(model.alias('fn-a')).toEqual({ version: '1', weights: { '2': 0.1 } });
    expect(d.logger.text('warning')).toContain('dry run: unchanged');
  });

  it('a strategy without a hold promotes without a watch and warns', async () => {
    const functions = twoLiveFunctions();
    const h = harness(model, { functions });
    const d = deps();
    const result = await runPipeline(testConfig({}, [{ weight: 1, holdMs: 0 }]), d, h.parts);
    expect(result.verdict).toBe('pass');
    expect(result.reason).toContain('without a canary watch');
    expect(h.observer.begun).toHaveLength(0);
    expect(d.logger.text('warning')).toContain('holds no step');
  });

  it('no function to watch is skipped', async () => {
    const h = harness(model, { functions: [], exists: false });
    const result = await runPipeline(testConfig(), deps(), h.parts);
    expect(result.verdict).toBe('skipped');
    expect(result.reason).toBe('no Lambda function to watch');
  });

  it('runs without a template on the functions given (no stack calls)', async () => {
    const functions = twoLiveFunctions();
    model.changeCode('fn-a', 'fn-a-sha-2');
    const h = harness(model, { functions });
    const result = await runPipeline(
      testConfig({ template: undefined, stackName: undefined, functions: ['fn-a'] }),
      deps(),
      h.parts,
    );
    expect(result.verdict).toBe('pass');
    expect(h.stack.deploys).toHaveLength(0);
    expect(model.events).not.toContain('snapshotStack orders');
    expect(model.alias('fn-a')).toEqual({ version: '2', weights: {} });
  });
});

describe('validation before any AWS call', () => {
  it.each([
    ['a weight above 100%', [{ weight: 1.5, holdMs: 0 }], '(step 1 is 150% after rounding'],
    ['a zero weight', [{ weight: 0, holdMs: MINUTE }], '(step 1 is 0% after rounding'],
    [
      'a negative hold',
      [
        { weight: 0.1, holdMs: -1 },
        { weight: 1, holdMs: 0 },
      ],
      '(step 1 holds -1ms',
    ],
    ['no steps', [], '(no steps)'],
  ])('refuses %s', async (_label, steps, message) => {
    const h = harness(model, { functions: [] });
    let built = 0;
    const d = deps({ clients: () => (built++, createAwsClients({ region: 'eu-west-1' })) });
    await expect(runPipeline(testConfig({}, steps), d, h.parts)).rejects.toThrow(message);
    expect(built).toBe(0);
  });

  it('refuses a template that manages the alias itself, before any change', async () => {
    const error = new StackCanaryError('TEMPLATE_INVALID', 'the template declares alias live');
    const h = harness(model, { functions: ['fn-a'], aliasManagedError: error });
    await expect(runPipeline(testConfig(), deps(), h.parts)).rejects.toBe(error);
    // Only the template was read: no stack, no Lambda call, nothing journaled.
    expect(h.stack.deploys).toEqual([]);
    expect(model.events).toEqual([]);
  });
});

describe('re-running after an interrupted run', () => {
  it('puts an alias left routing back on its primary first, with a warning, then runs the canary from there', async () => {
    const functions = twoLiveFunctions();
    model.setAlias('fn-b', 'live', '1', { '2': 0.1 });
    const h = harness(model, { functions, newCode: { 'fn-a': 'fn-a-sha-2', 'fn-b': 'fn-b-sha-2' } });
    const d = deps();
    const result = await runPipeline(testConfig(), d, h.parts);
    expect(d.logger.text('warning')).toContain(
      'fn-b: alias live routes v1 + v2 at 10%, left by an earlier interrupted run',
    );
    const first = updateAliasInputs()[0];
    expect(first).toEqual({ fn: 'fn-b', version: '1', weights: {} });
    // The repair happened before the stack was touched.
    expect(model.events.indexOf('UpdateAlias fn-b')).toBeLessThan(model.events.indexOf('deployStack orders'));
    expect(result.verdict).toBe('pass');
    expect(readJournal(d.state)?.aliases.find((a) => a.functionName === 'fn-b')?.snapshot).toEqual({
      version: '1',
      weights: {},
    });
  });
});

describe('the journal is written before every change', () => {
  it('each UpdateAlias finds its change already journaled, and the snapshots before any', async () => {
    const functions = twoLiveFunctions();
    const h = harness(model, { functions, script: failFnAAt(MINUTE) });
    const d = deps();
    const mismatches: string[] = [];
    model.inject('UpdateAlias', (input) => {
      const entry = readJournal(d.state)?.aliases.find((a) => a.functionName === input['FunctionName']);
      const last = entry?.changes[entry.changes.length - 1];
      const routing = (input['RoutingConfig'] as { AdditionalVersionWeights: Record<string, number> })
        .AdditionalVersionWeights;
      if (
        last?.to?.version !== input['FunctionVersion'] ||
        JSON.stringify(last?.to?.weights) !== JSON.stringify(routing)
      ) {
        mismatches.push(`${String(input['FunctionName'])} → ${String(input['FunctionVersion'])}`);
      }
      if (entry?.snapshot?.version !== '1') mismatches.push('no snapshot');
      return undefined;
    });
    await runPipeline(testConfig({ rollback: 'stack' }), d, h.parts);
    expect(model.aliasMoves()).toBe(4);
    expect(mismatches).toEqual([]);
    const journal = readJournal(d.state);
    expect(journal?.run.region).toBe('eu-west-1');
    expect(journal?.stackSnapshot?.templateBody).toBe('Resources: {old: true}');
    expect(journal?.aliases.map((a) => a.changes.map((c) => c.kind))).toEqual([
      ['shift', 'rollback'],
      ['shift', 'rollback'],
    ]);
  });
});

describe('RevisionId conflicts', () => {
  it('an alias moved by someone else during the hold is left as they set it (seen at the next lease renewal); the others are rolled back', async () => {
    const functions = twoLiveFunctions();
    const h = harness(model, { functions, script: failFnAAt(2 * MINUTE) });
    h.observer.observeImpl = async () => {
      if (model.alias('fn-b')?.version === '1' && model.alias('fn-b')?.weights['2'])
        model.touchAlias('fn-b', 'live', '7');
      return new Map();
    };
    const d = deps();
    const result = await runPipeline(testConfig(), d, h.parts);
    expect(result.verdict).toBe('fail');
    expect(model.alias('fn-a')).toEqual({ version: '1', weights: {} });
    expect(model.alias('fn-b')).toEqual({ version: '7', weights: {} });
    // Seen at the next poll, when this run's lease renewal finds the alias moved: the run fails there.
    expect(result.reason).toContain('Alias live of fn-b was changed by someone else (now v7)');
    expect(d.logger.text('warning')).toContain(
      'fn-b: alias live not restored: Alias live of fn-b was changed by someone else (now v7)',
    );
    expect(readJournal(d.state)?.finished).toBeDefined();
  });

  it('a conflict while shifting ends the run as a fail: the conflicting alias is not overwritten', async () => {
    const functions = twoLiveFunctions();
    const h = harness(model, { functions });
    // Someone moves fn-b between our read and our shift.
    model.inject('UpdateAlias', (input, call) => {
      if (call === 1 || input['FunctionName'] === 'fn-b') {
        if (model.alias('fn-b')?.version === '1' && !model.alias('fn-b')?.weights['2'])
          model.touchAlias('fn-b', 'live', '1', { '5': 0.5 });
      }
      return undefined;
    });
    const result = await runPipeline(testConfig(), deps(), h.parts);
    expect(result.verdict).toBe('fail');
    expect(result.reason).toContain('Alias live of fn-b was changed by someone else (now v1 + v5 at 50%)');
    expect(model.alias('fn-b')).toEqual({ version: '1', weights: { '5': 0.5 } });
    expect(model.alias('fn-a')).toEqual({ version: '1', weights: {} });
    expect(h.observer.begun).toHaveLength(0);
    expect(result.record.steps[0]?.outcome).toBe('fail');
  });
});

describe('AWS errors mid-canary: roll back, then rethrow', () => {
  const throttled = () =>
    new TooManyRequestsException({
      message: 'Rate exceeded',
      ...meta,
      Type: 'User',
      retryAfterSeconds: '1',
      Reason: 'CallerRateLimitExceeded',
    });

  it('an UpdateAlias failing at the second step restores every alias and rethrows', async () => {
    const functions = twoLiveFunctions();
    const h = harness(model, { functions });
    model.inject('UpdateAlias', (input) =>
      input['FunctionName'] === 'fn-a' &&
      (input['RoutingConfig'] as { AdditionalVersionWeights: Record<string, number> })
        .AdditionalVersionWeights['2'] === 0.5
        ? throttled()
        : undefined,
    );
    const d = deps();
    const config = testConfig({}, [
      { weight: 0.1, holdMs: MINUTE },
      { weight: 0.5, holdMs: MINUTE },
      { weight: 1, holdMs: 0 },
    ]);
    await expect(runPipeline(config, d, h.parts)).rejects.toThrow('Rate exceeded');
    for (const fn of functions) expect(model.alias(fn)).toEqual({ version: '1', weights: {} });
    expect(readJournal(d.state)?.finished?.verdict).toBe('error');
    expect(model.snsMessages[0]?.message).toContain('error: Rate exceeded');
  });

  it('an observer that throws restores every alias and rethrows, even with rollback: none', async () => {
    const functions = twoLiveFunctions();
    const h = harness(model, { functions });
    h.observer.observeImpl = async () => {
      throw new ServiceException({ message: 'boom', ...meta });
    };
    await expect(runPipeline(testConfig({ rollback: 'none' }), deps(), h.parts)).rejects.toThrow('boom');
    for (const fn of functions) expect(model.alias(fn)).toEqual({ version: '1', weights: {} });
    expect(h.observer.ended).toBe(1);
  });

  it('a promotion failing half-way restores every alias (a deploy is one unit) and rethrows', async () => {
    const functions = twoLiveFunctions();
    const h = harness(model, { functions });
    model.inject('UpdateAlias', (input) =>
      input['FunctionName'] === 'fn-b' && input['FunctionVersion'] === '2'
        ? new ServiceException({ message: 'internal', ...meta })
        : undefined,
    );
    await expect(runPipeline(testConfig(), deps(), h.parts)).rejects.toThrow('internal');
    for (const fn of functions) expect(model.alias(fn)).toEqual({ version: '1', weights: {} });
  });

  it('a rollback that cannot complete leaves the journal unfinished, so the post step tries again', async () => {
    const functions = twoLiveFunctions();
    const h = harness(model, { functions, script: failFnAAt(MINUTE) });
    model.inject('UpdateAlias', (input) =>
      input['FunctionName'] === 'fn-b' &&
      input['FunctionVersion'] === '1' &&
      !Object.keys((input['RoutingConfig'] as { AdditionalVersionWeights: object }).AdditionalVersionWeights)
        .length
        ? new ServiceException({ message: 'unavailable', ...meta })
        : undefined,
    );
    const d = deps();
    const result = await runPipeline(testConfig(), d, h.parts);
    expect(result.verdict).toBe('fail');
    expect(result.rolledBack).toBe(false);
    expect(model.alias('fn-a')).toEqual({ version: '1', weights: {} });
    expect(readJournal(d.state)?.finished).toBeUndefined();
    expect(d.logger.text('error')).toContain('fn-b: alias live could not be restored: unavailable');
  });

  it('an error before any alias moved leaves the aliases untouched and rethrows', async () => {
    const functions = twoLiveFunctions();
    const h = harness(model, {
      functions,
      deployError: new StackCanaryError('STACK_FAILED', 'UPDATE_ROLLBACK_COMPLETE'),
    });
    await expect(runPipeline(testConfig({ rollback: 'stack' }), deps(), h.parts)).rejects.toThrow(
      'UPDATE_ROLLBACK_COMPLETE',
    );
    expect(model.callCount('UpdateAlias')).toBe(0);
    expect(h.stack.restores).toHaveLength(0);
    expect(model.snsMessages).toHaveLength(0);
  });
});

describe('parts', () => {
  it('defaultParts wires the real modules', async () => {
    const { defaultParts } = await import('../../../src/pipeline/parts.js');
    const { judge } = await import('../../../src/canary/judge/verdict.js');
    const parts: PipelineParts = defaultParts();
    const analysis = parts.stack.analyzeTemplate(
      'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties: {}\n',
    );
    expect(analysis.functions.map((f) => f.logicalId)).toEqual(['Fn']);
    expect(parts.judge).toBe(judge);
    expect(parts.monitoring.readOutputs({}).alarmNames).toEqual([]);
    expect(typeof parts.traffic.updateAlias).toBe('function');
  });
});

export type { Config };

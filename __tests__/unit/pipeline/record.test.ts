/** The run record the pipeline fills: steps with the judge's own rules, alias changes, timings, and a crash. */
import { describe, expect, it } from '@jest/globals';
import { ServiceException } from '@aws-sdk/client-lambda';
import type { Judge } from '../../../src/canary/types.js';
import { StackCanaryError } from '../../../src/errors.js';
import { crashResult } from '../../../src/pipeline/crash-result.js';
import { crashRecordOf } from '../../../src/pipeline/record.js';
import { runPipeline } from '../../../src/pipeline/run.js';
import { harness, MINUTE, testConfig } from '../../helpers/pipeline-fakes.js';
import { fnALiveOnV1PerTest, testRunDeps } from '../../helpers/run-deps.js';

const fixture = fnALiveOnV1PerTest();

/** Passes at the end of the hold, with one rule of its own. */
const judgeWithRule: Judge = (input) => ({
  decision: input.step.final ? 'pass' : 'continue',
  reason: input.step.final ? 'no harm found' : 'watching',
  evidence: { elapsedMs: input.step.elapsedMs },
  rules: [
    {
      name: 'errors vs baseline',
      status: input.step.final ? 'pass' : 'watching',
      summary: `look at ${input.step.elapsedMs} ms`,
      evidence: { eValue: 0.5 },
    },
  ],
});

describe('the run record', () => {
  it('holds each step with its decisive judgement and rules, every alias change, and the phase timings', async () => {
    const h = harness(fixture.model, { functions: ['fn-a'] });
    const result = await runPipeline(testConfig(), testRunDeps(), { ...h.parts, judge: judgeWithRule });
    const { record } = result;
    expect(result.verdict).toBe('pass');
    expect(record.steps.map((s) => s.outcome)).toEqual(['pass', 'promotion']);
    // Every poll of the step is kept; the last is the decisive one, with the judge's own rule result.
    const polls = record.steps[0]?.polls ?? [];
    const last = polls.at(-1);
    expect(polls.length).toBeGreaterThanOrEqual(5);
    expect(last?.judgements['fn-a']?.decision).toBe('pass');
    expect(record.steps[0]?.decisions['fn-a']?.rules).toEqual([
      {
        name: 'errors vs baseline',
        status: 'pass',
        summary: `look at ${last?.elapsedMs} ms`,
        evidence: { eValue: 0.5 },
      },
    ]);
    expect(record.actions.map((a) => [a.kind, a.from, a.to])).toEqual([
      ['shift', 'v1', 'v1 + v2 at 10%'],
      ['promote', 'v1 + v2 at 10%', 'v2'],
    ]);
    expect(record.functions).toEqual([
      expect.objectContaining({
        functionName: 'fn-a',
        status: 'canary',
        previous: '1',
        new: '2',
        aliasNow: 'v2',
      }),
    ]);
    const phases = record.timings.map((t) => t.phase);
    for (const phase of ['snapshot', 'monitoring', 'deploy', 'publish', 'canary', 'promote'] as const) {
      expect(phases).toContain(phase);
    }
    const canary = record.timings.find((t) => t.phase === 'canary');
    expect(canary?.durationMs).toBe(
      Date.parse(record.steps[0]?.endedAt ?? '') - Date.parse(canary?.startedAt ?? ''),
    );
    expect(canary?.durationMs).toBeGreaterThanOrEqual(5 * MINUTE);
    expect(record.stack).toMatchObject({ stackName: 'orders', outcome: 'updated' });
    expect(record.crash).toBeUndefined();
  });

  it('a crash keeps what threw, the phase, and where each alias was left after the restore', async () => {
    const h = harness(fixture.model, { functions: ['fn-a'] });
    h.observer.observeImpl = async () => {
      throw new ServiceException({ message: 'CloudWatch is down', $metadata: {} });
    };
    const error = await runPipeline(testConfig(), testRunDeps(), h.parts).catch((e: unknown) => e);
    const record = crashRecordOf(error);
    expect(record?.crash).toEqual({
      error: { name: 'ServiceException', code: undefined, message: 'CloudWatch is down' },
      phase: 'canary',
      aliases: [{ functionName: 'fn-a', alias: 'live', now: 'v1', onJudgedVersion: true }],
    });
    expect(record?.rollback).toMatchObject({ trigger: 'error', aliases: [{ action: 'restored' }] });
    expect(record?.timings.find((t) => t.phase === 'canary')?.durationMs).toBeUndefined();
    const result = crashResult(record!);
    expect(result).toMatchObject({
      verdict: 'fail',
      rolledBack: true,
      reason: 'the run stopped on an error during canary: CloudWatch is down',
      versions: { 'fn-a': { previous: '1', new: '2' } },
    });
  });

  it('an alias the restore could not put back is shown as not on a judged version', async () => {
    const h = harness(fixture.model, { functions: ['fn-a'] });
    h.observer.observeImpl = async () => {
      throw new Error('observer broke');
    };
    // Every move back to a sole version fails: the restore cannot complete.
    fixture.model.inject('UpdateAlias', (input) => {
      const weights = (input['RoutingConfig'] as { AdditionalVersionWeights: object })
        .AdditionalVersionWeights;
      return Object.keys(weights).length === 0
        ? new ServiceException({ message: 'unavailable', $metadata: {} })
        : undefined;
    });
    const error = await runPipeline(testConfig(), testRunDeps(), h.parts).catch((e: unknown) => e);
    const record = crashRecordOf(error);
    expect(record?.crash?.aliases).toEqual([
      { functionName: 'fn-a', alias: 'live', now: 'v1 + v2 at 10%', onJudgedVersion: false },
    ]);
    expect(crashResult(record!).rolledBack).toBe(false);
  });

  it('a run refused before it began (a template that manages the alias) still has a record, with no alias touched', async () => {
    const refusal = new StackCanaryError('TEMPLATE_INVALID', 'the template declares alias live');
    const h = harness(fixture.model, { functions: ['fn-a'], aliasManagedError: refusal });
    const error = await runPipeline(testConfig(), testRunDeps(), h.parts).catch((e: unknown) => e);
    expect(error).toBe(refusal);
    expect(crashRecordOf(error)).toMatchObject({
      crash: { error: { code: 'TEMPLATE_INVALID' }, phase: 'prepare', aliases: [] },
      actions: [],
      steps: [],
    });
  });

  it('is only kept for errors that came out of a run', () => {
    expect(crashRecordOf(new Error('elsewhere'))).toBeUndefined();
    expect(crashRecordOf('a string')).toBeUndefined();
  });
});

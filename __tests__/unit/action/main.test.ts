/**
 * The action's main step, with our parts faked and Lambda mocked at the client edge: whatever
 * ends the run early (an error, a signal), the step writes `verdict`, `reason`, `rolled-back` and
 * a job summary that says where each alias was left; on SIGTERM it restores the aliases itself.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { runAction } from '../../../src/action/main.js';
import { runMainStep } from '../../../src/action/main-run.js';
import { Secrets } from '../../../src/config/secrets.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import type { LambdaModel } from '../../helpers/lambda-mock.js';
import { fnAOnVersion1 } from '../../helpers/lambda-mock.js';
import { harness, testConfig } from '../../helpers/pipeline-fakes.js';
import { captureRunnerIo } from '../../helpers/runner-io.js';
import { fakeHost } from '../../helpers/signal-host.js';

const io = captureRunnerIo();
let model: LambdaModel;
beforeEach(() => {
  model = fnAOnVersion1();
});
afterEach(() => model.restore());

const { outputs, summary } = io;
const lastLine = (): string => io.log().trimEnd().split('\n').pop() ?? '';
const config = testConfig({ functions: ['fn-a'] });

describe('the main step when the run throws', () => {
  it('after the pipeline put the alias back: verdict error, rolled back, the alias restored in the summary', async () => {
    const h = harness(model, {
      functions: ['fn-a'],
      script: () => {
        throw new Error('the judge fell over');
      },
    });
    await runMainStep(config, new Secrets(), { parts: h.parts, host: fakeHost(), clock: new FakeClock(0) });
    expect(model.alias('fn-a')).toEqual({ version: '1', weights: {} });
    expect(outputs()).toMatchObject({ verdict: 'error', 'rolled-back': 'true' });
    expect(outputs()['reason']).toContain('the judge fell over');
    expect(summary()).toContain('stack-canary: error');
    expect(summary()).toContain('Every alias the run changed is back on its snapshot version.');
    expect(summary()).toContain('| fn-a | live | v1 (restored) |');
    expect(process.exitCode).toBe(1);
    expect(io.log()).toContain('::error::the judge fell over');
    expect(lastLine()).toBe(
      'verdict error · Every alias the run changed is back on its snapshot version · ' +
        'fn-a: alias live on v1 (restored) · reason: the judge fell over',
    );
  });

  it('when the restore failed too: not rolled back, and the summary says the post step takes over', async () => {
    const h = harness(model, {
      functions: ['fn-a'],
      script: () => {
        model.inject('UpdateAlias', () => new Error('AccessDenied'));
        throw new Error('the judge fell over');
      },
    });
    await runMainStep(config, new Secrets(), { parts: h.parts, host: fakeHost(), clock: new FakeClock(0) });
    expect(model.alias('fn-a')).toEqual({ version: '1', weights: { '2': 0.1 } });
    expect(outputs()).toMatchObject({ verdict: 'error', 'rolled-back': 'false' });
    expect(summary()).toContain('the post step restores them from the saved journal');
    expect(summary()).toContain(
      '| fn-a | live | not confirmed (last journaled: rollback to v1); returns to v1 |',
    );
  });

  it('before any alias changed: says so', async () => {
    const h = harness(model, { functions: ['fn-a'], deployError: new Error('stack failed') });
    await runMainStep(config, new Secrets(), { parts: h.parts, host: fakeHost(), clock: new FakeClock(0) });
    expect(outputs()).toMatchObject({ verdict: 'error', 'rolled-back': 'false', reason: 'stack failed' });
    expect(summary()).toContain('No alias was changed');
    expect(model.callCount('UpdateAlias')).toBe(0);
  });

  it('redacts the secrets of the run from the reason, the summary and the annotation', async () => {
    const secret = 'PlantedParameterValue42';
    const h = harness(model, { functions: ['fn-a'], deployError: new Error(`bad value ${secret}`) });
    const secrets = new Secrets();
    secrets.add([secret]);
    await runMainStep(config, secrets, { parts: h.parts, host: fakeHost(), clock: new FakeClock(0) });
    expect(outputs()['reason']).toBe('bad value ***');
    expect(summary() + io.log()).not.toContain(secret);
  });
});

describe('the main step on SIGTERM', () => {
  it('stops the run, puts the alias back, writes outputs and summary, then exits 143', async () => {
    const host = fakeHost();
    const h = harness(model, {
      functions: ['fn-a'],
      script: () => {
        if (host.listenerCount('SIGTERM') > 0) host.emit('SIGTERM');
        return 'continue';
      },
    });
    await runMainStep(config, new Secrets(), { parts: h.parts, host, clock: new FakeClock(0) });
    expect(host.exits).toEqual([143]);
    expect(model.alias('fn-a')).toEqual({ version: '1', weights: {} });
    expect(outputs()).toMatchObject({ verdict: 'error', 'rolled-back': 'true' });
    expect(outputs()['reason']).toBe('The step received SIGTERM and stopped the run.');
    expect(summary()).toContain('stack-canary: stopped');
    expect(summary()).toContain('| fn-a | live | v1 (restored) |');
    expect(lastLine()).toMatch(
      /^verdict error \(stopped\) · .* · fn-a: alias live on v1 \(restored\) · reason: /,
    );
    expect(host.listenerCount('SIGTERM')).toBe(0);
  });
});

describe('the main step with a bad input', () => {
  it('fails with the message, writes verdict error and a summary, and runs nothing', async () => {
    Object.assign(process.env, {
      'INPUT_STACK-NAME': 'orders',
      INPUT_FUNCTIONS: 'fn-a',
      INPUT_ROLLBACK: 'sometimes',
    });
    await runAction({ host: fakeHost() });
    expect(process.exitCode).toBe(1);
    expect(outputs()).toMatchObject({ verdict: 'error', 'rolled-back': 'false' });
    expect(outputs()['reason']).toContain('Invalid input rollback: "sometimes"');
    expect(summary()).toContain('No alias was changed');
    expect(model.callCount('GetAlias')).toBe(0);
  });
});

describe('the main step when the run reaches a verdict', () => {
  it('a pass ends the log with the verdict line: what was done, where the alias is, why', async () => {
    const h = harness(model, { functions: ['fn-a'] });
    await runMainStep(config, new Secrets(), { parts: h.parts, host: fakeHost(), clock: new FakeClock(0) });
    expect(outputs()).toMatchObject({ verdict: 'pass' });
    expect(lastLine()).toMatch(/^verdict pass · promoted · fn-a: alias live on v2 \(was v1\) · reason: /);
  });

  it('a fail ends it with the same line as the error annotation that fails the step', async () => {
    const h = harness(model, { functions: ['fn-a'], script: () => 'fail' });
    await runMainStep(config, new Secrets(), { parts: h.parts, host: fakeHost(), clock: new FakeClock(0) });
    expect(model.alias('fn-a')).toEqual({ version: '1', weights: {} });
    expect(lastLine()).toMatch(
      /^::error::verdict fail · rolled back · fn-a: alias live on v1 \(v2 rejected\) · reason: step 1 /,
    );
    expect(process.exitCode).toBe(1);
  });
});

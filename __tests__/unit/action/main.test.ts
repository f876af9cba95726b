/**
 * The action's main step, with our parts faked and Lambda mocked at the client edge: whatever
 * ends the run early (an error, a signal), the step writes `verdict`, `reason`, `rolled-back` and
 * a job summary that says where each alias was left; on SIGTERM it restores the aliases itself.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { runAction } from '../../../src/action/main.js';
import { runMainStep } from '../../../src/action/main-run.js';
import { Secrets } from '../../../src/config/secrets.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import { escapeData } from '../../helpers/run-action.js';
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
const annotations = (kind: string): string[] =>
  io
    .log()
    .split('\n')
    .filter((line) => line.startsWith(`::${kind}::`));
const reportOf = (): Record<string, unknown> =>
  JSON.parse(readFileSync(outputs()['report'] ?? '', 'utf8')) as Record<string, unknown>;

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
    // AND the versions the run published, and a report with the run's record
    expect(JSON.parse(outputs()['versions'] ?? '')).toEqual({ 'fn-a': { previous: '1', new: '2' } });
    expect(reportOf()).toMatchObject({ verdict: 'error', rolledBack: true, record: { crash: {} } });
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
    // AND the versions from the journal, and a report
    expect(JSON.parse(outputs()['versions'] ?? '')).toEqual({ 'fn-a': { previous: '1', new: '2' } });
    expect(reportOf()).toMatchObject({ verdict: 'error', stopped: 'stopped', rolledBack: true });
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

  it("masks a short secret in the summary's texts only: its figures stay whole", async () => {
    const h = harness(model, { functions: ['fn-a'] });
    const secrets = new Secrets();
    // A stack parameter value of `0` (every parameter value is a secret)
    secrets.add(['0']);
    await runMainStep(config, secrets, { parts: h.parts, host: fakeHost(), clock: new FakeClock(0) });
    // The figures of the steps and thresholds tables are numbers in the report: whole.
    expect(summary()).toContain('| 1 | 10.0% | 300s | pass |');
    expect(summary()).toContain('| 2 | 100.0% | 0s | promotion |');
    expect(summary()).toContain('min invocations 50 ·');
    // The texts are masked (the strategy as written, the reason).
    // The texts are masked, then escaped as Markdown (the strategy as written).
    expect(summary()).toContain('canary 1\\*\\*\\*% 5m');
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

describe('one error annotation per error', () => {
  it('an error before any alias changed: one ::error::, no rollback group, no claim of a restore', async () => {
    const h = harness(model, {
      functions: ['fn-a'],
      deployError: new Error('Stack orders failed: fail-on-empty-changeset is true.'),
    });
    await runMainStep(config, new Secrets(), { parts: h.parts, host: fakeHost(), clock: new FakeClock(0) });
    expect(annotations('error')).toEqual(['::error::Stack orders failed: fail-on-empty-changeset is true.']);
    expect(io.log()).not.toContain('::group::Roll back aliases');
    expect(io.log()).not.toContain('Restoring every alias');
    expect(io.log()).not.toContain('..');
  });

  it('an error after an alias moved: still one ::error::, and the restore in its group', async () => {
    const h = harness(model, {
      functions: ['fn-a'],
      script: () => {
        throw new Error('the judge fell over');
      },
    });
    await runMainStep(config, new Secrets(), { parts: h.parts, host: fakeHost(), clock: new FakeClock(0) });
    expect(annotations('error')).toEqual(['::error::the judge fell over']);
    expect(io.log()).toContain('::group::Roll back aliases');
  });
});

describe('several bad inputs', () => {
  it('give a one-line reason and one annotation; the log and the summary list each problem', async () => {
    Object.assign(process.env, {
      'INPUT_STACK-NAME': 'orders',
      INPUT_FUNCTIONS: 'fn-a',
      INPUT_ROLLBACK: 'sometimes',
      'INPUT_MAX-ERROR-RATE': 'abc',
      'INPUT_TERMINATION-PROTECTION': 'on',
    });
    await runAction({ host: fakeHost() });
    const reason = outputs()['reason'] ?? '';
    expect(reason).not.toMatch(/[\r\n]/);
    expect(reason).toMatch(/^3 inputs are invalid: Invalid input /);
    expect(annotations('error')).toEqual([`::error::${escapeData(reason)}`]);
    for (const input of ['rollback', 'max-error-rate', 'termination-protection']) {
      expect(io.log()).toMatch(new RegExp(`^- Invalid input ${input}: `, 'm'));
      expect(summary()).toMatch(new RegExp(`^- Invalid input ${input}: `, 'm'));
    }
  });
});

describe('report and versions on every exit', () => {
  it('a bad input: versions {} and a report file that says why', async () => {
    Object.assign(process.env, {
      'INPUT_STACK-NAME': 'orders',
      INPUT_FUNCTIONS: 'fn-a',
      INPUT_ROLLBACK: 'x',
    });
    await runAction({ host: fakeHost() });
    expect(outputs()['versions']).toBe('{}');
    expect(reportOf()).toMatchObject({
      verdict: 'error',
      stopped: 'error',
      stackName: 'orders',
      versions: {},
    });
    expect(String(reportOf()['reason'])).toContain('Invalid input rollback');
  });
});

describe('one report per step', () => {
  it('two uses of the action in one job write two reports, each with its own stack', async () => {
    const paths: string[] = [];
    for (const [step, stackName] of [
      ['canary-orders', 'orders'],
      ['canary-billing', 'billing'],
    ] as const) {
      process.env['GITHUB_ACTION'] = step;
      writeFileSync(join(io.dir(), 'output'), '');
      const h = harness(model, { functions: ['fn-a'] });
      await runMainStep(testConfig({ functions: ['fn-a'], stackName }), new Secrets(), {
        parts: h.parts,
        host: fakeHost(),
        clock: new FakeClock(0),
      });
      paths.push(outputs()['report'] ?? '');
      model.restore();
      model = fnAOnVersion1();
    }
    expect(paths[0]).toBe(join(io.dir(), 'stack-canary-report-canary-orders-orders.json'));
    expect(paths[1]).toBe(join(io.dir(), 'stack-canary-report-canary-billing-billing.json'));
    const stacks = paths.map(
      (p) => (JSON.parse(readFileSync(p, 'utf8')) as { stack: { name: string } }).stack.name,
    );
    expect(stacks).toEqual(['orders', 'billing']);
  });
});

/** The action's post step: restores aliases from the STATE_* variables when the main step did not finish. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { runPost } from '../../../src/action/post.js';
import { Journal } from '../../../src/pipeline/journal.js';
import type { StateStore } from '../../../src/state.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import { LambdaModel } from '../../helpers/lambda-mock.js';
import { captureRunnerIo } from '../../helpers/runner-io.js';

/** Saves as the runner hands state to the post step: as STATE_<key> variables. */
const envState: StateStore = {
  save: (key, value) => {
    process.env[`STATE_${key}`] = value;
  },
  get: (key) => process.env[`STATE_${key}`] ?? '',
};

const io = captureRunnerIo();
const output = io.stdout;
let model: LambdaModel;

beforeEach(() => {
  model = new LambdaModel();
  model.addFunction('fn-a', { published: ['a', 'b'] });
});
afterEach(() => model.restore());

function mainStepInterruptedAt10Percent(): Journal {
  const journal = new Journal(envState, new FakeClock());
  journal.start({ region: 'eu-west-1', alias: 'live', stackName: 'orders' });
  journal.snapshotAlias('fn-a', 'live', { version: '1', weights: {} });
  journal.record('fn-a', 'shift', { version: '1', weights: {} }, { version: '1', weights: { '2': 0.1 } });
  model.setAlias('fn-a', 'live', '1', { '2': 0.1 });
  return journal;
}

describe('runPost', () => {
  it('restores the aliases of a main step that did not finish, and says so in a notice', async () => {
    mainStepInterruptedAt10Percent();
    await runPost();
    expect(model.alias('fn-a')).toEqual({ version: '1', weights: {} });
    expect(output.join('')).toContain(
      '::notice::The run did not finish; every alias it changed is back on its snapshot version',
    );
    expect(process.exitCode).toBeUndefined();
  });

  it('does nothing after a main step that finished', async () => {
    mainStepInterruptedAt10Percent().finish('pass');
    await runPost();
    expect(model.alias('fn-a')).toEqual({ version: '1', weights: { '2': 0.1 } });
    expect(model.callCount('GetAlias') + model.callCount('UpdateAlias')).toBe(0);
    expect(process.exitCode).toBeUndefined();
  });

  it('does nothing when the main step never started a run', async () => {
    await runPost();
    expect(model.callCount('GetAlias')).toBe(0);
    expect(process.exitCode).toBeUndefined();
  });

  it('fails the step when an alias could not be restored', async () => {
    mainStepInterruptedAt10Percent();
    model.inject('UpdateAlias', () => new Error('AccessDenied'));
    await runPost();
    expect(process.exitCode).toBe(1);
    expect(output.join('')).toContain('fn-a: alias live could not be restored: AccessDenied');
  });

  it('warns when an alias was moved by someone else since', async () => {
    mainStepInterruptedAt10Percent();
    model.touchAlias('fn-a', 'live', '5');
    await runPost();
    expect(model.alias('fn-a')).toEqual({ version: '5', weights: {} });
    expect(output.join('')).toContain('::warning::fn-a: alias live is on v5, which this run never set');
    expect(process.exitCode).toBeUndefined();
  });
});

describe('runPost on a malformed or foreign state', () => {
  /** Two functions mid-canary, both journaled; each case then spoils one key. */
  function twoFunctionsInterrupted(): void {
    model.addFunction('fn-b', { published: ['a', 'b'] });
    const journal = mainStepInterruptedAt10Percent();
    journal.snapshotAlias('fn-b', 'live', { version: '1', weights: {} });
    journal.record('fn-b', 'shift', { version: '1', weights: {} }, { version: '1', weights: { '2': 0.1 } });
    model.setAlias('fn-b', 'live', '1', { '2': 0.1 });
  }
  const json = (key: string) => JSON.parse(process.env[`STATE_${key}`] ?? '{}') as Record<string, unknown>;
  const spoil = (key: string, change: (value: Record<string, unknown>) => unknown) => {
    process.env[`STATE_${key}`] = JSON.stringify(change(json(key)));
  };

  it.each<[string, () => void, string]>([
    ['run is not JSON', () => (process.env['STATE_run'] = '{broken'), 'run is not valid JSON'],
    ['run is not an object', () => (process.env['STATE_run'] = '[1,2]'), 'run is not a JSON object'],
    [
      'another format',
      () => spoil('run', (r) => ({ ...r, format: 99 })),
      'run has format 99; this version reads 1',
    ],
    [
      'no function list',
      () => spoil('run', (r) => ({ ...r, functions: 'fn-a' })),
      'run has no list of distinct function names',
    ],
    ['no region', () => spoil('run', (r) => ({ ...r, region: 'mars' })), 'run names no AWS region'],
    [
      'a missing alias journal',
      () => delete process.env['STATE_alias_1'],
      'alias_1 is missing (run lists 2 function(s))',
    ],
    [
      'an alias journal that is not JSON',
      () => (process.env['STATE_alias_1'] = 'nope'),
      'alias_1 is not valid JSON',
    ],
    [
      'a journal of another function',
      () => spoil('alias_1', (a) => ({ ...a, functionName: 'fn-x' })),
      'alias_1 is not the journal of fn-b',
    ],
    [
      'a journal of another alias',
      () => spoil('alias_1', (a) => ({ ...a, alias: 'prod' })),
      'alias_1 is not about alias live',
    ],
    [
      'a snapshot that is no target',
      () => spoil('alias_1', (a) => ({ ...a, snapshot: { version: 'v1' } })),
      'alias_1 has a snapshot that is not an alias target',
    ],
    [
      'an unreadable change',
      () => spoil('alias_1', (a) => ({ ...a, changes: [{ kind: 'teleport' }] })),
      'alias_1 has a change list this version cannot read',
    ],
    [
      'a weight out of range',
      () =>
        spoil('alias_1', (a) => ({
          ...a,
          changes: [{ kind: 'shift', from: null, to: { version: '1', weights: { '2': 7 } }, at: 'x' }],
        })),
      'alias_1 has a change list',
    ],
    [
      'a finished marker without verdict',
      () => (process.env['STATE_finished'] = '{}'),
      'finished has no verdict',
    ],
  ])('%s: fails with a clear message and restores no alias at all', async (_name, damage, message) => {
    twoFunctionsInterrupted();
    damage();
    await runPost();
    expect(process.exitCode).toBe(1);
    expect(output.join('')).toContain(
      `::error::stack-canary post step: The saved state cannot be used to restore aliases: ${message}`,
    );
    expect(output.join('')).toContain('No alias was changed.');
    expect(model.callCount('GetAlias') + model.callCount('UpdateAlias')).toBe(0);
    expect(model.alias('fn-a')).toEqual({ version: '1', weights: { '2': 0.1 } });
    expect(model.alias('fn-b')).toEqual({ version: '1', weights: { '2': 0.1 } });
  });

  it('names the functions to check by hand once it knows them', async () => {
    twoFunctionsInterrupted();
    delete process.env['STATE_alias_1'];
    await runPost();
    expect(output.join('')).toContain('Check the aliases of fn-a, fn-b by hand.');
  });

  it('restores both when the same state is intact', async () => {
    twoFunctionsInterrupted();
    await runPost();
    expect(process.exitCode).toBeUndefined();
    expect(model.alias('fn-a')).toEqual({ version: '1', weights: {} });
    expect(model.alias('fn-b')).toEqual({ version: '1', weights: {} });
  });
});

describe('runPost after a main step that stopped before changing any alias', () => {
  it('says so, calls nothing, and does not fail', async () => {
    const journal = new Journal(envState, new FakeClock());
    journal.start({ region: 'eu-west-1', alias: 'live', stackName: 'orders' });
    journal.snapshotAlias('fn-a', 'live', { version: '1', weights: {} });
    await runPost();
    expect(output.join('')).toContain('it had changed no alias: nothing to restore');
    expect(output.join('')).not.toContain('::warning::');
    expect(model.callCount('GetAlias')).toBe(0);
    expect(process.exitCode).toBeUndefined();
  });
});

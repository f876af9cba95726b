/** The action's post step: restores aliases from the STATE_* variables when the main step did not finish. */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { runPost } from '../../../src/action/post.js';
import { Journal } from '../../../src/pipeline/journal.js';
import type { StateStore } from '../../../src/state.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import { LambdaModel } from '../../helpers/lambda-mock.js';

/** Saves like core.saveState does for the next step: as STATE_<key> variables. */
const envState: StateStore = {
  save: (key, value) => {
    process.env[`STATE_${key}`] = value;
  },
  get: (key) => process.env[`STATE_${key}`] ?? '',
};

let model: LambdaModel;
let output: string[];
const savedEnv = { ...process.env };

beforeEach(() => {
  model = new LambdaModel();
  model.addFunction('fn-a', { published: ['a', 'b'] });
  output = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    output.push(String(chunk));
    return true;
  });
  process.exitCode = undefined;
});

afterEach(() => {
  model.restore();
  jest.restoreAllMocks();
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  process.exitCode = undefined;
});

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

  it('fails the step on unreadable state', async () => {
    process.env['STATE_run'] = '{broken';
    await runPost();
    expect(process.exitCode).toBe(1);
    expect(output.join('')).toContain('Saved state run is not valid JSON');
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

/** Restoring from the journal: only from states this run set, with a fresh RevisionId, never by force. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { LambdaClient, ServiceException } from '@aws-sdk/client-lambda';
import { MemoryLogger } from '../../helpers/memory-logger.js';
import { Journal } from '../../../src/pipeline/journal.js';
import { recoverUnfinishedRun, restoreAlias } from '../../../src/pipeline/recover.js';
import { MemoryStateStore } from '../../../src/state.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import { LambdaModel } from '../../helpers/lambda-mock.js';

const meta = { $metadata: {} };
let model: LambdaModel;
const lambda = new LambdaClient({ region: 'eu-west-1' });
beforeEach(() => {
  model = new LambdaModel();
  model.addFunction('fn-a', { published: ['a', 'b'] });
  model.addFunction('fn-b', { published: ['a', 'b'] });
});
afterEach(() => model.restore());

/** A journal as a run interrupted at 10% leaves it. */
function interrupted(store = new MemoryStateStore()): MemoryStateStore {
  const journal = new Journal(store, new FakeClock());
  journal.start({ region: 'eu-west-1', alias: 'live', stackName: 'orders' });
  for (const fn of ['fn-a', 'fn-b']) {
    journal.snapshotAlias(fn, 'live', { version: '1', weights: {} });
    journal.record(fn, 'shift', { version: '1', weights: {} }, { version: '1', weights: { '2': 0.1 } });
    model.setAlias(fn, 'live', '1', { '2': 0.1 });
  }
  return store;
}

const lambdaFor = async (): Promise<LambdaClient> => lambda;

describe('recoverUnfinishedRun', () => {
  it('puts every journaled alias back on its snapshot, routing cleared', async () => {
    const logger = new MemoryLogger();
    const report = await recoverUnfinishedRun(interrupted(), lambdaFor, logger);
    expect(report.status).toBe('recovered');
    expect(model.alias('fn-a')).toEqual({ version: '1', weights: {} });
    expect(model.alias('fn-b')).toEqual({ version: '1', weights: {} });
    expect(report.message).toContain('every alias it changed is back on its snapshot version (2 restored)');
    expect(logger.text('info')).toContain('fn-a: alias live back on v1 (was v1 + v2 at 10%)');
  });

  it('does nothing when the main step finished, or no run was journaled', async () => {
    const store = interrupted();
    new Journal(store, new FakeClock()).finish('pass');
    expect((await recoverUnfinishedRun(store, lambdaFor, new MemoryLogger())).status).toBe('finished');
    expect((await recoverUnfinishedRun(new MemoryStateStore(), lambdaFor, new MemoryLogger())).status).toBe(
      'nothing-journaled',
    );
    expect(model.callCount('UpdateAlias') + model.callCount('GetAlias')).toBe(0);
  });

  it('builds no client when the run changed no alias', async () => {
    const store = new MemoryStateStore();
    const journal = new Journal(store, new FakeClock());
    journal.start({ region: 'eu-west-1', alias: 'live', stackName: undefined });
    journal.snapshotAlias('fn-a', 'live', { version: '1', weights: {} });
    let built = 0;
    const report = await recoverUnfinishedRun(store, async () => (built++, lambda), new MemoryLogger());
    expect(report.status).toBe('nothing-changed');
    expect(built).toBe(0);
  });

  it('leaves an alias someone else moved since, and says so', async () => {
    const store = interrupted();
    model.touchAlias('fn-b', 'live', '9');
    const logger = new MemoryLogger();
    const report = await recoverUnfinishedRun(store, lambdaFor, logger);
    expect(report.status).toBe('incomplete');
    expect(model.alias('fn-a')).toEqual({ version: '1', weights: {} });
    expect(model.alias('fn-b')).toEqual({ version: '9', weights: {} });
    expect(logger.text('warning')).toContain('fn-b: alias live is on v9, which this run never set');
  });

  it('reports an alias it could not restore as failed', async () => {
    model.inject('UpdateAlias', (input) =>
      input['FunctionName'] === 'fn-a' ? new ServiceException({ message: 'down', ...meta }) : undefined,
    );
    const logger = new MemoryLogger();
    const report = await recoverUnfinishedRun(interrupted(), lambdaFor, logger);
    expect(report.status).toBe('incomplete');
    expect(report.aliases.find((a) => a.functionName === 'fn-a')?.action).toBe('failed');
    expect(logger.text('error')).toContain('fn-a: alias live could not be restored: down');
    expect(model.alias('fn-b')).toEqual({ version: '1', weights: {} });
  });

  it('reports a read that fails as failed too', async () => {
    model.inject('GetAlias', () => new ServiceException({ message: 'no reads', ...meta }));
    const report = await recoverUnfinishedRun(interrupted(), lambdaFor, new MemoryLogger());
    expect(report.aliases.every((a) => a.action === 'failed')).toBe(true);
  });

  it('deletes an alias that did not exist before the run', async () => {
    const store = new MemoryStateStore();
    const journal = new Journal(store, new FakeClock());
    journal.start({ region: 'eu-west-1', alias: 'live', stackName: undefined });
    journal.snapshotAlias('fn-a', 'live', null);
    journal.record('fn-a', 'create', null, { version: '2', weights: {} });
    model.setAlias('fn-a', 'live', '2');
    const report = await recoverUnfinishedRun(store, lambdaFor, new MemoryLogger());
    expect(report.aliases[0]?.action).toBe('deleted');
    expect(model.alias('fn-a')).toBeUndefined();
  });

  it('treats a change journaled but never made as already restored', async () => {
    const store = interrupted();
    model.setAlias('fn-a', 'live', '1');
    const report = await recoverUnfinishedRun(store, lambdaFor, new MemoryLogger());
    expect(report.aliases.find((a) => a.functionName === 'fn-a')?.action).toBe('unchanged');
  });
});

describe('restoreAlias', () => {
  const entry = {
    functionName: 'fn-a',
    alias: 'live',
    snapshot: { version: '1', weights: {} },
    changes: [
      {
        kind: 'shift' as const,
        from: { version: '1', weights: {} },
        to: { version: '1', weights: { '2': 0.1 } },
        at: '',
      },
      {
        kind: 'shift' as const,
        from: { version: '1', weights: { '2': 0.1 } },
        to: { version: '1', weights: { '2': 0.5 } },
        at: '',
      },
    ],
  };

  it('with a stale revision, reads again and retries while the alias is in a state this run set', async () => {
    // Our last answer said 10%, but our in-flight 50% change landed since: the revision moved.
    model.setAlias('fn-a', 'live', '1', { '2': 0.1 });
    const stale = {
      functionName: 'fn-a',
      alias: 'live',
      target: { version: '1', weights: { '2': 0.1 } },
      revisionId: 'alias-rev-1',
    };
    model.setAlias('fn-a', 'live', '1', { '2': 0.5 });
    const result = await restoreAlias(lambda, entry, { lastKnown: stale });
    expect(result.action).toBe('restored');
    expect(model.alias('fn-a')).toEqual({ version: '1', weights: {} });
    expect(model.callCount('UpdateAlias')).toBe(2);
  });

  it('with a current revision, restores in exactly one UpdateAlias and no read', async () => {
    model.setAlias('fn-a', 'live', '1', { '2': 0.5 });
    const [answer] = [await (await import('../../../src/traffic/alias.js')).getAlias(lambda, 'fn-a', 'live')];
    const reads = model.callCount('GetAlias');
    const result = await restoreAlias(lambda, entry, { lastKnown: answer });
    expect(result.action).toBe('restored');
    expect(model.callCount('UpdateAlias')).toBe(1);
    expect(model.callCount('GetAlias')).toBe(reads);
  });

  it('gives up, leaving it, when the alias keeps changing under it', async () => {
    model.setAlias('fn-a', 'live', '1', { '2': 0.5 });
    model.inject('UpdateAlias', () => {
      model.setAlias('fn-a', 'live', '1', { '2': 0.1 });
      return undefined;
    });
    const result = await restoreAlias(lambda, entry);
    expect(result.action).toBe('left-alone');
    expect(result.message).toContain('kept changing under us');
  });
});

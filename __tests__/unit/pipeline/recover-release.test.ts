/** A release in waves left unfinished: every region goes back, one whose own canary passed too. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { checkSavedJournal, SavedStateError } from '../../../src/action/saved-journal.js';
import { Journal, journalStatus, journalStores, ReleaseJournal } from '../../../src/pipeline/journal.js';
import { recoverUnfinishedRun } from '../../../src/pipeline/recover.js';
import { MemoryStateStore } from '../../../src/state-store.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import { LambdaModel } from '../../helpers/lambda-mock.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';

let model: LambdaModel;
const lambda = new LambdaClient({ region: 'us-east-1' });
beforeEach(() => {
  model = new LambdaModel();
  model.addFunction('fn-east', { published: ['a', 'b'] });
  model.addFunction('fn-west', { published: ['a', 'b'] });
});
afterEach(() => model.restore());

const ONE = { version: '1', weights: {} };

/** us-east-1 promoted to v2 (its own run finished: pass), eu-west-1 at 10% when the step died. */
function releaseInSecondWave(store = new MemoryStateStore()): MemoryStateStore {
  const clock = new FakeClock();
  const release = new ReleaseJournal(store, clock);
  release.start(['us-east-1', 'eu-west-1']);
  const east = new Journal(release.region(0), clock);
  east.start({ region: 'us-east-1', alias: 'live', stackName: 'orders' });
  east.snapshotAlias('fn-east', 'live', ONE);
  east.record('fn-east', 'shift', ONE, { version: '1', weights: { '2': 0.1 } });
  east.record('fn-east', 'promote', { version: '1', weights: { '2': 0.1 } }, { version: '2', weights: {} });
  east.finish('pass');
  model.setAlias('fn-east', 'live', '2');
  const west = new Journal(release.region(1), clock);
  west.start({ region: 'eu-west-1', alias: 'live', stackName: 'orders' });
  west.snapshotAlias('fn-west', 'live', ONE);
  west.record('fn-west', 'shift', ONE, { version: '1', weights: { '2': 0.1 } });
  model.setAlias('fn-west', 'live', '1', { '2': 0.1 });
  return store;
}

describe('recovering a release in waves', () => {
  it('GIVEN the release unfinished WHEN recovered THEN every region is back on v1, the promoted one too, each with its own client', async () => {
    const asked: string[] = [];
    const logger = new MemoryLogger();
    const store = releaseInSecondWave();
    expect(journalStatus(store)).toBe('unfinished');
    const report = await recoverUnfinishedRun(
      store,
      async (region) => {
        asked.push(region);
        return lambda;
      },
      logger,
    );
    expect(report.status).toBe('recovered');
    expect(model.alias('fn-east')).toEqual(ONE);
    expect(model.alias('fn-west')).toEqual(ONE);
    expect(asked.sort()).toEqual(['eu-west-1', 'us-east-1']);
    expect(report.aliases.map((a) => a.message)).toEqual([
      'us-east-1: fn-east: alias live back on v1 (was v2)',
      'eu-west-1: fn-west: alias live back on v1 (was v1 + v2 at 10%)',
    ]);
    expect(logger.text('info')).toContain('[eu-west-1] fn-west: alias live back on v1');
  });

  it('GIVEN the release finished WHEN recovered THEN nothing moves', async () => {
    const store = releaseInSecondWave();
    new ReleaseJournal(store, new FakeClock()).finish('pass');
    expect(journalStatus(store)).toBe('finished');
    const report = await recoverUnfinishedRun(store, async () => lambda, new MemoryLogger());
    expect(report.status).toBe('finished');
    expect(model.alias('fn-east')).toEqual({ version: '2', weights: {} });
  });

  it("GIVEN a region's saved journal cut short WHEN the post step checks the state THEN it refuses before any alias moves", () => {
    const store = releaseInSecondWave();
    store.save('r1_alias_0', '');
    const stores = journalStores(store);
    expect(stores).toHaveLength(2);
    expect(() => stores.forEach((s) => checkSavedJournal(s))).toThrow(SavedStateError);
    expect(() => stores.forEach((s) => checkSavedJournal(s))).toThrow('alias_0 is missing');
  });
});

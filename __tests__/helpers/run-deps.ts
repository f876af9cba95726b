/** The pipeline's RunDeps for unit tests: a memory logger and journal, a fake clock, clients for the mocks. */
import { afterEach, beforeEach } from '@jest/globals';
import { createAwsClients } from '../../src/aws/clients.js';
import { MemoryLogger } from './memory-logger.js';
import type { RunDeps } from '../../src/pipeline/types.js';
import { MemoryStateStore } from '../../src/state-store.js';
import { FakeClock } from './fake-clock.js';
import { LambdaModel } from './lambda-mock.js';

export type TestRunDeps = RunDeps & { logger: MemoryLogger; clock: FakeClock; state: MemoryStateStore };

export function testRunDeps(overrides: Partial<RunDeps> = {}, startMs = Date.UTC(2026, 0, 1)): TestRunDeps {
  return {
    logger: new MemoryLogger(),
    clock: new FakeClock(startMs),
    state: new MemoryStateStore(),
    clients: () => createAwsClients({ region: 'eu-west-1' }),
    ...overrides,
  } as TestRunDeps;
}

/** A fresh Lambda model for each test with fn-a live on v1 (published from its first code); restored after. */
export function fnALiveOnV1PerTest(): { readonly model: LambdaModel } {
  const holder = {} as { model: LambdaModel };
  beforeEach(() => {
    holder.model = new LambdaModel();
    holder.model.addFunction('fn-a', { sha: 'fn-a-sha-1', published: ['fn-a-sha-1'] });
    holder.model.setAlias('fn-a', 'live', '1');
  });
  afterEach(() => holder.model.restore());
  return holder;
}

/** The pipeline's RunDeps for unit tests: a memory logger and journal, a fake clock, clients for the mocks. */
import { createAwsClients } from '../../src/aws/clients.js';
import { MemoryLogger } from '../../src/logger.js';
import type { RunDeps } from '../../src/pipeline/types.js';
import { MemoryStateStore } from '../../src/state-store.js';
import { FakeClock } from '../../src/util/clock.js';

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

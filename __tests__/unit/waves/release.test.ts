import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../../src/errors.js';
import { MemoryStateStore } from '../../../src/state-store.js';
import { runRelease } from '../../../src/waves/release.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';
import { testConfig } from '../../helpers/pipeline-fakes.js';

describe('a release in waves, before any AWS call', () => {
  it('GIVEN wait: false WHEN the release starts THEN it is refused, naming the input, with no client built and nothing journaled', async () => {
    const built: string[] = [];
    const state = new MemoryStateStore();
    const release = runRelease(testConfig({ regions: [['us-east-1'], ['eu-west-1']], wait: false }), {
      logger: new MemoryLogger(),
      state,
      clock: new FakeClock(0),
      clientsFor: async (region) => {
        built.push(String(region));
        throw new Error('no client may be built');
      },
    });
    await expect(release).rejects.toThrow(ConfigError);
    await expect(release).rejects.toThrow('Input wait is false with several regions');
    expect(built).toEqual([]);
    expect(state.get('release')).toBe('');
  });
});

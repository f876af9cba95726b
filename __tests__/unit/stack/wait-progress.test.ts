/** The one addition stack/ made to the shared waiting helper: a probe may report progress. */
import { describe, expect, it } from '@jest/globals';
import { TimeoutError } from '../../../src/errors.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import { waitFor } from '../../../src/util/wait.js';

describe('waitFor with progress', () => {
  it('restarts the back-off from progressDelayMs after a look that saw progress', async () => {
    const clock = new FakeClock();
    let look = 0;
    const value = await waitFor(
      async () => {
        look += 1;
        if (look === 6) return { done: true, value: 'ok' };
        return { done: false, progressed: look === 4 };
      },
      {
        clock,
        description: 'x',
        timeoutMs: 600_000,
        initialDelayMs: 1_000,
        factor: 2,
        maxDelayMs: 30_000,
        progressDelayMs: 1_500,
      },
    );
    expect(value).toBe('ok');
    expect(clock.sleeps).toEqual([1_000, 2_000, 4_000, 1_500, 3_000]);
  });

  it('without progress, backs off as before and stops at the bound', async () => {
    const clock = new FakeClock();
    const wait = waitFor(async () => ({ done: false }), {
      clock,
      description: 'the thing',
      timeoutMs: 10_000,
    });
    await expect(wait).rejects.toBeInstanceOf(TimeoutError);
    expect(clock.sleeps).toEqual([1_000, 1_500, 2_250, 3_375, 1_875]);
  });
});

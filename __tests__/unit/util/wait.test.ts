import { describe, expect, it } from '@jest/globals';
import { TimeoutError } from '../../../src/errors.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import { formatDuration, waitFor } from '../../../src/util/wait.js';

describe('waitFor', () => {
  it('looks at once and does not sleep when the first look is done', async () => {
    // GIVEN a probe that is done at once
    const clock = new FakeClock();
    // WHEN
    const value = await waitFor(async () => ({ done: true, value: 'ready' }), {
      clock,
      description: 'x',
      timeoutMs: 1000,
    });
    // THEN
    expect(value).toBe('ready');
    expect(clock.sleeps).toEqual([]);
  });

  it('backs off from the initial delay by the factor up to the maximum', async () => {
    const clock = new FakeClock();
    let looks = 0;
    await waitFor(async () => (++looks === 6 ? { done: true, value: looks } : { done: false }), {
      clock,
      description: 'x',
      timeoutMs: 60_000,
      initialDelayMs: 1000,
      factor: 2,
      maxDelayMs: 5000,
    });
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 5000, 5000]);
  });

  it('throws a TimeoutError naming what it waited for, never sleeping past the bound', async () => {
    const clock = new FakeClock();
    const wait = waitFor(async () => ({ done: false }), {
      clock,
      description: 'stack orders to settle',
      timeoutMs: 10_000,
      initialDelayMs: 3000,
      factor: 1,
    });
    await expect(wait).rejects.toThrow(
      new TimeoutError('Timed out after 10s waiting for stack orders to settle'),
    );
    expect(clock.now()).toBe(10_000);
    expect(clock.sleeps).toEqual([3000, 3000, 3000, 1000]);
  });

  it('passes probe errors through', async () => {
    const clock = new FakeClock();
    await expect(
      waitFor(
        async () => {
          throw new Error('boom');
        },
        { clock, description: 'x', timeoutMs: 1000 },
      ),
    ).rejects.toThrow('boom');
  });
});

describe('formatDuration', () => {
  it.each([
    [7_200_000, '2h'],
    [300_000, '5m'],
    [90_000, '90s'],
    [1500, '1500ms'],
    [0, '0s'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

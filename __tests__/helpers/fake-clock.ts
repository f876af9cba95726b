/**
 * The tests' one clock: time moves only when the code under test sleeps or the test says so.
 *
 * - `new FakeClock(t0)`: each sleep moves time forward at once and returns (recorded in `sleeps`),
 *   for code that waits in line (polling, backoff, deadlines).
 * - `FakeClock.manual(t0)`: each sleep waits until the test calls `advance()`, which wakes every
 *   sleeper whose deadline has passed, one deadline at a time, for code that sleeps in the
 *   background (synthetic traffic, collectors) while the test watches.
 *
 * `stall(ms)` moves time without waking anyone: a process whose event loop was blocked.
 */
import type { Clock } from '../../src/util/clock.js';

interface Sleeper {
  readonly until: number;
  readonly wake: () => void;
}

export class FakeClock implements Clock {
  /** Every sleep asked for, in order. */
  readonly sleeps: number[] = [];
  private sleepers: Sleeper[] = [];

  constructor(
    private time = 0,
    private readonly mode: 'instant' | 'manual' = 'instant',
  ) {}

  /** A clock whose sleepers wait for advance(). */
  static manual(time = 0): FakeClock {
    return new FakeClock(time, 'manual');
  }

  now(): number {
    return this.time;
  }

  sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    if (this.mode === 'instant') {
      this.time += ms;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.sleepers.push({ until: this.time + Math.max(0, ms), wake: resolve });
    });
  }

  /**
   * Moves time forward by `ms`. A manual clock wakes the sleepers due on the way, letting each run
   * before the next deadline (await it); on an instant clock nobody is asleep and time just moves.
   */
  async advance(ms: number): Promise<void> {
    const target = this.time + ms;
    if (this.mode === 'instant') {
      this.time = target;
      return;
    }
    for (;;) {
      await flush();
      const due = this.sleepers.filter((s) => s.until <= target).sort((a, b) => a.until - b.until)[0];
      if (due === undefined) break;
      this.time = Math.max(this.time, due.until);
      this.sleepers = this.sleepers.filter((s) => s !== due);
      due.wake();
    }
    this.time = target;
    await flush();
  }

  /** Moves time forward without waking anyone. */
  stall(ms: number): void {
    this.time += ms;
  }
}

/** Lets pending promise callbacks (mocked SDK calls included) run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}

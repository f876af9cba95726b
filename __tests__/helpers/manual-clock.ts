/**
 * A clock for code that sleeps in the background (synthetic traffic): time moves only when the
 * test calls advance(), which wakes every sleeper whose deadline has passed, in order.
 */
import type { Clock } from '../../src/util/clock.js';

interface Sleeper {
  readonly until: number;
  readonly wake: () => void;
}

export class ManualClock implements Clock {
  private sleepers: Sleeper[] = [];
  constructor(private time = 0) {}

  now(): number {
    return this.time;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.sleepers.push({ until: this.time + Math.max(0, ms), wake: resolve });
    });
  }

  /** Moves time forward to `this.now() + ms`, waking sleepers one deadline at a time. */
  async advance(ms: number): Promise<void> {
    const target = this.time + ms;
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

  /** Moves time forward without waking anyone: a process that stalled (a blocked event loop). */
  stall(ms: number): void {
    this.time += ms;
  }
}

/** Lets pending promise callbacks (mocked SDK calls included) run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}

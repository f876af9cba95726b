/** Hands out the proxy's lanes: one run a lane at a time, runs waiting their turn in order. */
import type { FaultLane } from './proxy.js';

export class LanePool {
  private readonly free: FaultLane[];
  private readonly waiting: ((lane: FaultLane) => void)[] = [];

  constructor(lanes: readonly FaultLane[]) {
    this.free = [...lanes];
  }

  /** Runs `task` on the first free lane; the lane goes to the next waiting task when it ends. */
  async use<T>(task: (lane: FaultLane) => Promise<T>): Promise<T> {
    const lane = this.free.shift() ?? (await new Promise<FaultLane>((give) => this.waiting.push(give)));
    try {
      return await task(lane);
    } finally {
      const next = this.waiting.shift();
      if (next) next(lane);
      else this.free.push(lane);
    }
  }
}

/**
 * Where a run keeps what must outlive it: the snapshot and the journal of alias changes that
 * the action's post step (or the CLI's signal handler) reads to put every alias back.
 * The action stores it with core.saveState (src/action/state.ts); the CLI in memory and a file.
 */
export interface StateStore {
  save(key: string, value: string): void;
  /** '' when nothing was saved under that key. */
  get(key: string): string;
}

export class MemoryStateStore implements StateStore {
  private readonly values = new Map<string, string>();
  save(key: string, value: string): void {
    this.values.set(key, value);
  }
  get(key: string): string {
    return this.values.get(key) ?? '';
  }
}

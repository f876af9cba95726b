/**
 * Where a run keeps its journal (src/pipeline/journal.ts) so it outlives the main step: the action stores it
 * with core.saveState (src/action/state.ts) for its post step; the CLI keeps it in memory
 * (MemoryStateStore) for its own signal handler.
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

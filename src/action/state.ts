import { MemoryStateStore } from '../state.js';
import type { StateStore } from '../state.js';
import { getState, saveState } from './runner.js';

/**
 * Set by the main step before anything else: the post step runs the same bundle and tells itself
 * apart by finding it (the runner hands the main step's state to the post step only).
 */
export const IS_POST_KEY = 'isPost';

/** The post step's view: what the main step saved, as STATE_* variables. */
export const actionState: StateStore = {
  save: (key, value) => saveState(key, value),
  get: (key) => getState(key),
};

/**
 * The main step's store: saved for the post step, and kept in memory too, because the runner
 * hands saved state to the next step only; the main step's own signal handler and crash report
 * read it from here.
 */
export class MainStepState implements StateStore {
  readonly memory = new MemoryStateStore();
  save(key: string, value: string): void {
    saveState(key, value);
    this.memory.save(key, value);
  }
  get(key: string): string {
    return this.memory.get(key);
  }
}

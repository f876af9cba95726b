/**
 * on-runner-loss: guard, in the run's saved state: the functions whose plans the guard finishes if
 * the main step does not. The post step and the signal handler leave their aliases to the guard.
 */
import { StackCanaryError } from '../errors.js';
import type { StateStore } from '../state-store.js';

/** The state key naming the functions whose plans the guard finishes if the main step does not. */
export const GUARDED_STATE_KEY = 'guarded';

/** The functions the post step and the signal handler leave to the guard (on-runner-loss: guard). */
export function guardedFunctions(state: StateStore): ReadonlySet<string> {
  const text = state.get(GUARDED_STATE_KEY);
  if (!text) return new Set();
  try {
    const names = JSON.parse(text) as unknown;
    return new Set(Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : []);
  } catch (error) {
    throw new StackCanaryError('INTERNAL', `Saved state ${GUARDED_STATE_KEY} is not valid JSON.`, {
      cause: error,
    });
  }
}

export function saveGuardedFunctions(state: StateStore, names: readonly string[]): void {
  state.save(GUARDED_STATE_KEY, JSON.stringify([...names]));
}

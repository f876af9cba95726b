import * as core from '@actions/core';
import type { StateStore } from '../state-store.js';

/** Every saveState/getState of the action lives here. */
export const actionState: StateStore = {
  save: (key, value) => core.saveState(key, value),
  get: (key) => core.getState(key),
};

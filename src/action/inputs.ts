import * as core from '@actions/core';
import type { InputReader } from '../config/types.js';

/** Inputs as the runner hands them over (INPUT_* variables, action.yml defaults already applied). */
export const actionInputs: InputReader = (name) => core.getInput(name);

import type { InputReader } from '../config/inputs.js';
import { getInput } from './runner.js';

/** Inputs as the runner hands them over (INPUT_* variables, action.yml defaults already applied). */
export const actionInputs: InputReader = (name) => getInput(name);

/**
 * The one format of a bad-input message, on one line:
 *
 *   Invalid input <input>: <subject>[ (<reason>)]. Expected <accepted forms>.
 *
 * The subject is the value in JSON quotes, or the part of it at fault (`entry "…"`, `key "…"`,
 * `file "…"`); a secret input's subject is `(hidden)`.
 */
import { ConfigError } from '../errors.js';
import { ACCEPTED_FORMS, SECRET_INPUTS } from './inputs.js';
import type { InputName } from './types.js';

const MAX_SHOWN = 80;

/** A value in JSON quotes: control characters and line breaks escaped, long values cut. */
export function quote(value: string): string {
  const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
  return JSON.stringify(shown);
}

export interface ProblemOptions {
  /** Why the value is refused, when the accepted forms alone would not say it. */
  readonly reason?: string;
  /** Replaces the input's usual accepted forms (for rules between inputs). */
  readonly expected?: string;
}

export function inputError(input: InputName, subject: string, options: ProblemOptions = {}): ConfigError {
  const reason = options.reason === undefined ? '' : ` (${options.reason})`;
  const expected = options.expected ?? ACCEPTED_FORMS[input];
  return new ConfigError(input, `Invalid input ${input}: ${subject}${reason}. Expected ${expected}.`);
}

/** The whole value is at fault. */
export function badValue(input: InputName, value: string, options: ProblemOptions = {}): ConfigError {
  return inputError(input, SECRET_INPUTS.has(input) ? '(hidden)' : quote(value), options);
}

/** One entry of a list is at fault. */
export function badEntry(input: InputName, entry: string, options: ProblemOptions = {}): ConfigError {
  return inputError(input, `entry ${quote(entry)}`, options);
}

/** One key of a Key=Value list is at fault (its value is never shown). */
export function badKey(input: InputName, key: string, options: ProblemOptions = {}): ConfigError {
  return inputError(input, `key ${quote(key)}`, options);
}

/** A file named by the input is at fault (its content is never shown). */
export function badFile(input: InputName, path: string, options: ProblemOptions = {}): ConfigError {
  return inputError(input, `file ${quote(path)}`, options);
}

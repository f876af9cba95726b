/**
 * The one format of a bad-input message, on one line:
 *
 *   Invalid input <input>: <subject>[ (<reason>)]. Expected <accepted forms>.
 *
 * A parser throws an InputProblem that says what is at fault (the value, one entry, a key, a file,
 * or an entry by its position) and why; it does not know its input's name or accepted forms.
 * formatProblem turns it into the line once the input is known. Every piece of user text reaches
 * the line through one `show`, which redacts the run's secrets first, then cuts the text, then
 * quotes it, so a cut can never leave part of a secret behind. A secret input's value, or an entry
 * of it, is `(hidden)`; its keys and file paths are names, not values, and are shown.
 */
import { redact } from './redact.js';

/** Shown values are cut to this many characters. */
export const MAX_SHOWN = 80;
/** No line is longer than this, whatever it holds. */
export const MAX_LINE = 600;

/** Renders user text for a message: secrets redacted, cut to MAX_SHOWN, in JSON quotes. */
export type Show = (text: string) => string;

/** A show without secrets to redact (for messages built outside a run's inputs). */
export const quote: Show = showWith([]);

/** The show of one run: `secrets` are redacted before anything is cut. */
export function showWith(secrets: readonly string[]): Show {
  return (text) => {
    const clean = redact(text, secrets);
    return JSON.stringify(clean.length > MAX_SHOWN ? `${clean.slice(0, MAX_SHOWN)}…` : clean);
  };
}

/** What a problem is about. Only `value`, `entry`, `key` and `file` hold user text. */
export type Subject =
  | { readonly kind: 'value' | 'entry' | 'key' | 'file'; readonly text: string }
  /** An entry named by its place, for inputs whose text may be a secret. */
  | { readonly kind: 'entry-at'; readonly index: number }
  /** Fixed words such as `JSON text`. */
  | { readonly kind: 'label'; readonly text: string };

/** Why a value is refused: fixed words, or words built around user text shown through `show`. */
export type Reason = string | ((show: Show) => string);

export interface ProblemOptions {
  /** Why the value is refused, when the accepted forms alone would not say it. */
  readonly reason?: Reason;
  /** Replaces the input's usual accepted forms (for rules between inputs). */
  readonly expected?: string;
}

/** One input's problem, before it is put into words. */
export class InputProblem extends Error {
  readonly subject: Subject;
  readonly reason: Reason | undefined;
  readonly expected: string | undefined;
  constructor(subject: Subject, options: ProblemOptions = {}) {
    super('invalid input');
    this.name = 'InputProblem';
    this.subject = subject;
    this.reason = options.reason;
    this.expected = options.expected;
  }
}

/** The whole value is at fault. */
export function badValue(value: string, options: ProblemOptions = {}): InputProblem {
  return new InputProblem({ kind: 'value', text: value }, options);
}

/** One entry of a list is at fault. */
export function badEntry(entry: string, options: ProblemOptions = {}): InputProblem {
  return new InputProblem({ kind: 'entry', text: entry }, options);
}

/** One entry, named by its place (1 = the first), is at fault: its text is never shown. */
export function badEntryAt(index: number, options: ProblemOptions = {}): InputProblem {
  return new InputProblem({ kind: 'entry-at', index }, options);
}

/** One key of a Key=Value list is at fault (its value is never shown). */
export function badKey(key: string, options: ProblemOptions = {}): InputProblem {
  return new InputProblem({ kind: 'key', text: key }, options);
}

/** A file named by the input is at fault (its content is never shown). */
export function badFile(path: string, options: ProblemOptions = {}): InputProblem {
  return new InputProblem({ kind: 'file', text: path }, options);
}

/** Fixed words stand for the value (such as `JSON text`). */
export function badLabel(label: string, options: ProblemOptions = {}): InputProblem {
  return new InputProblem({ kind: 'label', text: label }, options);
}

/** What formatProblem needs to know of the input at fault. */
export interface ProblemInput {
  readonly name: string;
  readonly accepted: string;
  readonly secret: boolean;
}

/** The one line for `problem` on `input`. */
export function formatProblem(input: ProblemInput, problem: InputProblem, show: Show): string {
  const subject = subjectText(problem.subject, input.secret, show);
  const reason = problem.reason === undefined ? '' : ` (${reasonText(problem.reason, show)})`;
  const line = `Invalid input ${input.name}: ${subject}${reason}. Expected ${problem.expected ?? input.accepted}.`;
  return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE - 1)}…` : line;
}

function subjectText(subject: Subject, secret: boolean, show: Show): string {
  switch (subject.kind) {
    case 'value':
      return secret ? '(hidden)' : show(subject.text);
    case 'entry-at':
      return `entry ${subject.index}`;
    case 'label':
      return subject.text;
    case 'entry':
      return `entry ${secret ? '(hidden)' : show(subject.text)}`;
    default:
      return `${subject.kind} ${show(subject.text)}`;
  }
}

function reasonText(reason: Reason, show: Show): string {
  return typeof reason === 'string' ? reason : reason(show);
}

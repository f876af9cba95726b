/**
 * The shape of one entry of the input table (inputs.ts), and the zod schemas the table's
 * booleans and choices share.
 */
import { z } from 'zod';
import type { FileAccess } from './files.js';

/** `value`: one text. `list`: entries; a CLI flag given twice adds up. `boolean`: a bare CLI flag means true. */
export type InputKind = 'value' | 'list' | 'boolean';

export interface ParseContext {
  readonly files: FileAccess;
}

/** The input's text (trimmed, its default applied when empty) in, its typed value out; throws an InputProblem. */
export type InputParser<T> = (raw: string, context: ParseContext) => T;

export interface InputSpec<T> {
  readonly description: string;
  /** Applied to an empty value by both front doors; action.yml has the same default. */
  readonly default?: string;
  /** action.yml's default where only the runner can supply it (the CLI has none). */
  readonly actionDefault?: string;
  readonly accepted: string;
  readonly kind: InputKind;
  /** Never shown in a message, and masked in every output. */
  readonly secret: boolean;
  /** A parser, or a zod schema over the text (zod's own issues become the input's message). */
  readonly parse: InputParser<T> | z.ZodType<T, string>;
}

export const BOOLEAN = z
  .enum(['true', 'True', 'TRUE', 'false', 'False', 'FALSE'])
  .transform((v) => v === 'true' || v === 'True' || v === 'TRUE');
/** The words of each choice() schema, for the plugins' enum parameters. */
const CHOICES = new WeakMap<object, readonly string[]>();

/** One of a few words, in any case; the value is the word in lower case. */
export const choice = <const T extends readonly [string, ...string[]]>(words: T) => {
  const schema = z.string().toLowerCase().pipe(z.enum(words));
  CHOICES.set(schema, words);
  return schema;
};

/** The words an input takes when it is a choice(); undefined for any other input. */
export function choicesOf(spec: InputSpec<unknown>): readonly string[] | undefined {
  return typeof spec.parse === 'function' ? undefined : CHOICES.get(spec.parse);
}
export const TRUE_OR_FALSE = 'true or false';

/** STACK_CANARY_<NAME>: `stack-name` → STACK_CANARY_STACK_NAME. */
export function envName(input: string): string {
  return `STACK_CANARY_${input.toUpperCase().replace(/-/g, '_')}`;
}

/**
 * Typed errors. Deeper code throws these; the entry points catch once, at the edge,
 * and turn them into a failed step (action) or an exit code (CLI).
 */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'TEMPLATE_INVALID'
  | 'STACK_FAILED'
  | 'CHANGE_SET_FAILED'
  | 'TIMEOUT'
  | 'CONFLICT'
  | 'AWS_ERROR'
  | 'CANARY_FAILED'
  /** The run was stopped (signal, cancelled job) before it reached a verdict. */
  | 'CANCELLED'
  | 'INTERNAL';

export class StackCanaryError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A bad input: raised before any AWS call, with a one-line message naming the input. */
export class ConfigError extends StackCanaryError {
  readonly input: string;
  constructor(input: string, message: string) {
    super('INVALID_INPUT', message);
    this.input = input;
  }
}

/** One bad input: the input it names and its one-line message. */
export interface InputFault {
  readonly input: string;
  readonly message: string;
}

/**
 * Every bad input of one run at once: one line each, in input order. `input` names them all
 * (comma-separated), so a caller that knows only ConfigError still reads something true.
 */
export class InvalidInputsError extends ConfigError {
  readonly faults: readonly InputFault[];
  constructor(faults: readonly InputFault[]) {
    super(faults.map((fault) => fault.input).join(', '), faults.map((fault) => fault.message).join('\n'));
    this.faults = faults;
  }
}

export class TimeoutError extends StackCanaryError {
  constructor(message: string) {
    super('TIMEOUT', message);
  }
}

/** The name an AWS SDK v3 error carries (`ValidationError`, `ThrottlingException`, ...). */
export function awsErrorName(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') {
    return error.name;
  }
  return undefined;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

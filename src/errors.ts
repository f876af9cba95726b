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

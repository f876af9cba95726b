/**
 * An error as the action reports it: `reason` is one line (the output, the annotation, the verdict
 * line), and `problems` lists each problem on its own for the log and the job summary. Several bad
 * inputs become one line that counts them and joins their messages.
 */
import { errorMessage, InvalidInputsError } from '../errors.js';

export interface Failure {
  /** One line: no CR, LF or Unicode line separator. */
  readonly reason: string;
  /** Each problem on its own line; more than one only when the error held several. */
  readonly problems: readonly string[];
}

const oneLine = (text: string): string => text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();

export function describeFailure(error: unknown): Failure {
  const problems =
    error instanceof InvalidInputsError && error.faults.length > 0
      ? error.faults.map((fault) => oneLine(fault.message))
      : errorMessage(error)
          .split(/[\r\n\u2028\u2029]+/)
          .map((line) => line.trim())
          .filter((line) => line !== '');
  if (problems.length <= 1) return { reason: problems[0] ?? oneLine(errorMessage(error)), problems };
  const joined = problems.map((p) => p.replace(/[.;\s]+$/, '')).join('; ');
  const reason =
    error instanceof InvalidInputsError ? `${problems.length} inputs are invalid: ${joined}` : joined;
  return { reason, problems };
}

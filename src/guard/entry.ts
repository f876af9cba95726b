/** What the guard's duties report: one line each, gathered into the invocation's one JSON log line. */

export interface DutyResult {
  /** Something was changed. */
  readonly acted: boolean;
  /** What was done or why not, one line. */
  readonly line: string;
}

/** One invocation's log line: `guard` says what it did (check, remediation, observation, ...). */
export type GuardEntry = Record<string, unknown> & { readonly guard: string };

/** `Name: message`, as the SDK's errors read best in a notice. */
export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

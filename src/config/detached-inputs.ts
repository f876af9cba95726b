/**
 * The input-table entry (see inputs.ts) of detached canaries, and its rules: with `wait: false`
 * the run hands the canary to the monitoring stack's guard after the first step.
 */
import { appStackName } from './drop-in.js';
import type { InputSpec } from './input-spec.js';
import { BOOLEAN, TRUE_OR_FALSE } from './input-spec.js';
import { badValue } from './messages.js';
import type { ParsedInputs, RuleProblem } from './rules.js';

export const DETACHED_INPUTS = {
  wait: {
    description:
      'Wait for the verdict (`true`), or hand the canary to the guard after the first step (`false`): the run ends at once with verdict `pending`, and the guard advances, promotes or rolls back each minute. Needs `monitoring` and `guard`.',
    default: 'true',
    accepted: TRUE_OR_FALSE,
    kind: 'boolean',
    secret: false,
    parse: BOOLEAN,
  },
} as const satisfies Record<string, InputSpec<unknown>>;

/** wait: false needs the guard (which goes on with the canary) and no runner-made traffic. */
export function detachedProblems(parsed: ParsedInputs): RuleProblem[] {
  if (parsed.wait) return [];
  const guardOn = parsed.guard && parsed.monitoring && appStackName(parsed) !== undefined;
  if (!guardOn) {
    const reason =
      'the guard goes on with a detached canary, and it is off (guard, monitoring and stack-name)';
    const expected = 'true, or guard: true with monitoring: true and a stack-name';
    return [{ input: 'wait', problem: badValue('false', { reason, expected }) }];
  }
  if (parsed['synthetic-payload'] !== undefined) {
    const reason = 'synthetic traffic is sent by the runner, which a detached canary does not keep';
    return [
      { input: 'wait', problem: badValue('false', { reason, expected: 'true with synthetic-payload' }) },
    ];
  }
  return [];
}

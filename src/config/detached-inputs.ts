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
  'github-token-secret': {
    description:
      'With `wait: false` and `deployment-environment`: the Secrets Manager ARN of a GitHub token the guard reads to give the deployment its final status when the detached canary ends. Tag the secret `stack-canary:guard` = `<stack-name>-monitoring` (the guard may read no other); the token never leaves Secrets Manager.',
    accepted:
      'a Secrets Manager secret ARN such as arn:aws:secretsmanager:eu-west-1:123456789012:secret:github-token-AbCdEf',
    kind: 'value',
    secret: false,
    parse: parseSecretArn,
  },
} as const satisfies Record<string, InputSpec<unknown>>;

const SECRET_ARN =
  /^arn:aws(?:-[a-z]+)*:secretsmanager:[a-z]{2}(?:-[a-z]+)+-\d{1,2}:\d{12}:secret:[A-Za-z0-9/_+=.@-]{1,512}$/;

export function parseSecretArn(raw: string): string | undefined {
  if (raw === '') return undefined;
  if (!SECRET_ARN.test(raw)) throw badValue(raw);
  return raw;
}

/** wait: false needs the guard (which goes on with the canary) and no runner-made traffic. */
export function detachedProblems(parsed: ParsedInputs): RuleProblem[] {
  const secret = parsed['github-token-secret'];
  if (secret !== undefined && (parsed.wait || parsed['deployment-environment'] === undefined)) {
    const reason = 'only the guard of a detached canary reads it, for the deployment the run records';
    const expected = 'it empty, or wait: false with a deployment-environment';
    return [{ input: 'github-token-secret', problem: badValue(secret, { reason, expected }) }];
  }
  if (parsed.wait) return [];
  const guardOn = parsed.guard && parsed.monitoring && appStackName(parsed) !== undefined;
  if (!guardOn) {
    const reason =
      'the guard goes on with a detached canary, and it is off (guard, monitoring and stack-name)';
    const expected = 'true, or guard: true with monitoring: true and a stack-name';
    return [{ input: 'wait', problem: badValue('false', { reason, expected }) }];
  }
  if (parsed.rollback !== 'alias') {
    const reason = `the guard rolls back aliases only, and rollback is ${parsed.rollback}`;
    return [
      {
        input: 'wait',
        problem: badValue('false', { reason, expected: 'true with rollback: stack or none' }),
      },
    ];
  }
  if (parsed['synthetic-payload'] !== undefined) {
    const reason = 'synthetic traffic is sent by the runner, which a detached canary does not keep';
    return [
      { input: 'wait', problem: badValue('false', { reason, expected: 'true with synthetic-payload' }) },
    ];
  }
  return [];
}

/**
 * The input-table entry (see inputs.ts) of detached canaries: with `wait: false` the run hands the
 * canary to the monitoring stack's guard after the first step. Its rules are in rules.ts.
 */
import type { InputSpec } from './input-spec.js';
import { BOOLEAN, choice, TRUE_OR_FALSE } from './input-spec.js';
import { badValue } from './messages.js';

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
  'on-runner-loss': {
    description:
      'What becomes of a waited canary whose main step dies before it ends (a lost runner, SIGKILL, a cancelled job): `rollback` (the post step, when it runs, puts the old versions back) or `guard` (the run keeps its plan in the monitoring stack plan table, renewed at every poll; once the run stops renewing it, the guard takes the canary over and finishes it as a detached one: judged, promoted or rolled back, recorded, notified). `guard` needs `monitoring` and `guard`, `rollback: alias`, and one region.',
    default: 'rollback',
    accepted: 'rollback or guard',
    kind: 'value',
    secret: false,
    parse: choice(['rollback', 'guard']),
  },
  'github-token-secret': {
    description:
      'With `wait: false` (or `on-runner-loss: guard`) and `deployment-environment`: the Secrets Manager ARN of a GitHub token the guard reads to give the deployment its final status when it ends the canary. Tag the secret `stack-canary:guard` = `<stack-name>-monitoring` (the guard may read no other); the token never leaves Secrets Manager.',
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

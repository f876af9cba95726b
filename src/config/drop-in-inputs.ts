/**
 * The input-table entries (see inputs.ts) of aws-actions/aws-cloudformation-github-deploy's inputs
 * that stack-canary takes under the same names and meanings, and their parsers. Their rules are in
 * drop-in.ts.
 */
import type { InputSpec } from './input-spec.js';
import { z } from 'zod';
import { badValue } from './messages.js';
import { parseStackName } from './parsers.js';

/** true or false in any case, or 1 or 0 as that action's v1 wrote its booleans. */
export const LEGACY_BOOLEAN = z
  .string()
  .toLowerCase()
  .pipe(z.enum(['true', 'false', '1', '0']))
  .transform((v) => v === 'true' || v === '1');
export const LEGACY_TRUE_OR_FALSE = 'true or false (or 1 or 0)';

const CHANGE_SET_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;
export const CHANGE_SET_NAME_ACCEPTED =
  'a change set name of 1 to 128 letters, digits and hyphens that starts with a letter, such as orders-api-review';

export function parseChangeSetName(raw: string): string | undefined {
  if (raw === '') return undefined;
  if (!CHANGE_SET_NAME.test(raw)) throw badValue(raw);
  return raw;
}

export const DROP_IN_INPUTS = {
  name: {
    description:
      'Name of the app stack, as aws-cloudformation-github-deploy calls it: the same as `stack-name` (give either).',
    accepted:
      'a stack name of 1 to 128 letters, digits and hyphens that starts with a letter, such as orders-api',
    kind: 'value',
    secret: false,
    parse: parseStackName,
  },
  'no-execute-changeset': {
    description:
      "Create and describe the app stack's change set, leave it for review and do not execute it; the canary does not run.",
    default: 'false',
    accepted: LEGACY_TRUE_OR_FALSE,
    kind: 'boolean',
    secret: false,
    parse: LEGACY_BOOLEAN,
  },
  'fail-on-empty-changeset': {
    description:
      "Fail the run when the app stack's change set is empty, instead of going on without a stack change.",
    default: 'false',
    accepted: LEGACY_TRUE_OR_FALSE,
    kind: 'boolean',
    secret: false,
    parse: LEGACY_BOOLEAN,
  },
  'no-fail-on-empty-changeset': {
    description:
      'The older (v1) name of `fail-on-empty-changeset`, inverted: `false` fails the run on an empty change set.',
    default: 'true',
    accepted: LEGACY_TRUE_OR_FALSE,
    kind: 'boolean',
    secret: false,
    parse: LEGACY_BOOLEAN,
  },
  'disable-rollback': {
    description:
      'When the app stack is created and its creation fails, CloudFormation leaves it as it is instead of rolling it back.',
    default: 'false',
    accepted: LEGACY_TRUE_OR_FALSE,
    kind: 'boolean',
    secret: false,
    parse: LEGACY_BOOLEAN,
  },
  'change-set-name': {
    description: "Name of the app stack's change set. Default: a name unique to the run.",
    accepted: CHANGE_SET_NAME_ACCEPTED,
    kind: 'value',
    secret: false,
    parse: parseChangeSetName,
  },
  'no-delete-failed-changeset': {
    description: "Keep the app stack's change set when it fails or is empty, instead of deleting it.",
    default: 'false',
    accepted: LEGACY_TRUE_OR_FALSE,
    kind: 'boolean',
    secret: false,
    parse: LEGACY_BOOLEAN,
  },
} as const satisfies Record<string, InputSpec<unknown>>;

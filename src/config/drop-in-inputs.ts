/**
 * The input-table entries (see inputs.ts) of aws-actions/aws-cloudformation-github-deploy's inputs
 * that stack-canary takes under the same names and meanings. Their rules are in drop-in.ts.
 */
import type { InputSpec } from './input-spec.js';
import {
  CHANGE_SET_NAME_ACCEPTED,
  LEGACY_BOOLEAN,
  LEGACY_TRUE_OR_FALSE,
  parseChangeSetName,
} from './drop-in.js';
import { parseStackName } from './parsers.js';

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

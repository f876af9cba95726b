/**
 * The input-table entries (see inputs.ts) of aws-actions/aws-cloudformation-github-deploy's inputs
 * that stack-canary takes under the same names and meanings. Their rules are in drop-in.ts.
 */
import type { InputSpec } from './input-spec.js';
import { choice } from './input-spec.js';
import {
  CHANGE_SET_ID_ACCEPTED,
  CHANGE_SET_NAME_ACCEPTED,
  HTTP_PROXY_ACCEPTED,
  LEGACY_BOOLEAN,
  LEGACY_TRUE_OR_FALSE,
  MODES,
  S3_PREFIX_ACCEPTED,
  parseChangeSetId,
  parseChangeSetName,
  parseDeploymentMode,
  parseHttpProxy,
  parseS3Prefix,
} from './drop-in.js';
import { parseStackName } from './parsers.js';

export const DROP_IN_INPUTS = {
  mode: {
    description:
      "`create-and-execute`: deploy the app stack, then the canary. `create-only`: create the app stack's change set and leave it for review (no canary, nothing changed; for pull requests). `execute-only`: execute the change set `execute-change-set-id`, then the canary.",
    default: 'create-and-execute',
    accepted: 'create-and-execute, create-only or execute-only',
    kind: 'value',
    secret: false,
    parse: choice(MODES),
  },
  'execute-change-set-id': {
    description:
      'With `mode: execute-only`: the ARN (the `change-set-id` output of a `create-only` run) or name of the reviewed change set to execute.',
    accepted: CHANGE_SET_ID_ACCEPTED,
    kind: 'value',
    secret: false,
    parse: parseChangeSetId,
  },
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
  'include-nested-stacks-change-set': {
    description: "The app stack's change set includes the changes to its nested stacks.",
    default: 'false',
    accepted: LEGACY_TRUE_OR_FALSE,
    kind: 'boolean',
    secret: false,
    parse: LEGACY_BOOLEAN,
  },
  'deployment-mode': {
    description:
      "`REVERT_DRIFT`: the app stack's update change set also reverts drift (resources changed outside CloudFormation). Empty: a standard change set.",
    accepted: 'REVERT_DRIFT, or empty for a standard change set',
    kind: 'value',
    secret: false,
    parse: parseDeploymentMode,
  },
  's3-prefix': {
    description:
      'Key prefix of the templates uploaded to `s3-bucket`: `<s3-prefix>/<stack>/<hash>.template`. Default: `stack-canary`.',
    accepted: S3_PREFIX_ACCEPTED,
    kind: 'value',
    secret: false,
    parse: parseS3Prefix,
  },
  'http-proxy': {
    description:
      'Proxy for every AWS call, such as `http://proxy.example.com:3128`. Default: HTTPS_PROXY, then HTTP_PROXY (NO_PROXY honoured).',
    accepted: HTTP_PROXY_ACCEPTED,
    kind: 'value',
    secret: true,
    parse: parseHttpProxy,
  },
} as const satisfies Record<string, InputSpec<unknown>>;

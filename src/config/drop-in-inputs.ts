/**
 * The input-table entries (see inputs.ts) of aws-actions/aws-cloudformation-github-deploy's inputs
 * that stack-canary takes under the same names and meanings, and their parsers. Their rules are in
 * drop-in.ts.
 */
import type { InputSpec } from './input-spec.js';
import { z } from 'zod';
import { badValue } from './messages.js';
import { choice } from './input-spec.js';
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

/** How that action's `mode` runs the change set (the canary follows an executed one). */
export const MODES = ['create-and-execute', 'create-only', 'execute-only'] as const;
export type Mode = (typeof MODES)[number];

/** CreateChangeSet's DeploymentMode, as CloudFormation's API model lists it. */
export const DEPLOYMENT_MODES = ['REVERT_DRIFT'] as const;
export type DeploymentMode = (typeof DEPLOYMENT_MODES)[number];

export function parseDeploymentMode(raw: string): DeploymentMode | undefined {
  if (raw === '') return undefined;
  const mode = DEPLOYMENT_MODES.find((m) => m === raw.toUpperCase());
  if (mode === undefined) throw badValue(raw);
  return mode;
}

/** ExecuteChangeSet's ChangeSetName (ChangeSetNameOrId in the API model): a name, or the change set's ARN. */
const CHANGE_SET_ARN =
  /^arn:aws[a-z-]*:cloudformation:[a-z0-9-]+:\d{12}:changeSet\/[A-Za-z][A-Za-z0-9-]{0,127}\/[-a-zA-Z0-9]+$/;
export const CHANGE_SET_ID_ACCEPTED =
  'the ARN of a change set (the change-set-id output of a create-only run), such as arn:aws:cloudformation:eu-west-1:123456789012:changeSet/orders-api-CS/0f1e2d3c-…, or its name';

export function parseChangeSetId(raw: string): string | undefined {
  if (raw === '') return undefined;
  if (raw.startsWith('arn:') ? !CHANGE_SET_ARN.test(raw) : !CHANGE_SET_NAME.test(raw)) throw badValue(raw);
  return raw;
}

/** An S3 key prefix: segments of the characters S3 calls safe, separated by single slashes. */
const S3_PREFIX = /^[A-Za-z0-9!_.*'()-]+(?:\/[A-Za-z0-9!_.*'()-]+)*\/?$/;
export const S3_PREFIX_ACCEPTED =
  "a key prefix of at most 512 letters, digits and ! _ . * ' ( ) - in segments separated by /, such as templates/orders-api";

export function parseS3Prefix(raw: string): string | undefined {
  if (raw === '') return undefined;
  if (raw.startsWith('/')) throw badValue(raw, { reason: 'a key prefix does not start with /' });
  if (raw.length > 512 || !S3_PREFIX.test(raw)) throw badValue(raw);
  if (raw.split('/').some((segment) => segment === '.' || segment === '..')) {
    throw badValue(raw, { reason: 'no . or .. segments' });
  }
  return raw.replace(/\/$/, '');
}

/** An http(s) proxy URL, credentials allowed (the input is secret). */
export const HTTP_PROXY_ACCEPTED =
  'an http:// or https:// proxy URL with a host, such as http://proxy.example.com:3128';

export function parseHttpProxy(raw: string): string | undefined {
  if (raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw badValue(raw);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') throw badValue(raw);
  return raw;
}

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
      "Key prefix of what is uploaded to `s3-bucket`: templates as `<s3-prefix>/<stack>/<hash>.template`, the guard's code as `<s3-prefix>/guard/<hash>.zip`. Default: `stack-canary`.",
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

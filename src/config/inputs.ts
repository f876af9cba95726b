/**
 * The one table of inputs. Each input is one entry: what it means (action.yml's description,
 * word for word), its default, the forms it accepts (the end of its error message), its kind
 * (how the CLI takes it as a flag), whether it is secret, and its parser. Everything else is
 * derived from here: the input names, the defaults, parseConfig's zod schema, the CLI's flags,
 * --help and STACK_CANARY_* variables, and the generated input table of docs/config.md.
 * action.yml is written by hand; a test holds it to this table.
 */
import { DEFAULT_EXTEND_HOLD_MS } from '../constants.js';
import { formatDuration } from '../util/wait.js';
import type { z } from 'zod';
import type { InputParser, InputSpec } from './input-spec.js';
import { BOOLEAN, TRUE_OR_FALSE, choice } from './input-spec.js';
import { parseParameterOverrides, parseTags } from './key-values.js';
import {
  parseAlarms,
  parseAlias,
  parseCapabilities,
  parseDeploymentEnvironment,
  parseDuration,
  parseEmail,
  parseFunctions,
  parseGithubToken,
  parseInterval,
  parseMaxP99Duration,
  parseNotificationArns,
  parseNotificationTopicArn,
  parsePercent,
  parseRegion,
  parseRoleArn,
  parseS3Bucket,
  parseSettleLag,
  parseStackName,
  parseSyntheticRate,
  parseTimeoutInMinutes,
  parseWholeNumber,
} from './parsers.js';
import { CREDENTIALS_INPUTS } from './credentials-lifetime.js';
import { PRE_TRAFFIC_INPUTS } from './pre-traffic-inputs.js';
import { DETACHED_INPUTS } from './detached-inputs.js';
import { GUARD_INPUTS } from './guard-inputs.js';
import { METRICS_INPUTS } from './metrics-inputs.js';
import { parseSyntheticPayload, parseTemplate } from './sources.js';
import { DROP_IN_INPUTS } from './drop-in-inputs.js';
import { STRATEGY_ACCEPTED, parseStrategy } from './strategy.js';
import { REGIONS_ACCEPTED, parseRegions } from './regions.js';

export const INPUTS = {
  'stack-name': {
    description: 'Name of the app stack. Required when `template` is given.',
    accepted:
      'a stack name of 1 to 128 letters, digits and hyphens that starts with a letter, such as orders-api',
    kind: 'value',
    secret: false,
    parse: parseStackName,
  },
  template: {
    description:
      'Path or https URL of the app template. Without it, the canary runs on existing functions only.',
    accepted: 'the path of a template file or an https:// URL, such as infra/app.yaml',
    kind: 'value',
    secret: false,
    parse: (raw, { files }) => parseTemplate(raw, files),
  },
  'parameter-overrides': {
    description:
      'Stack parameters: `Key=Value` lines or comma-separated pairs, or a path to a JSON file (`{"Key":"Value"}` or `[{"ParameterKey":"Key","ParameterValue":"Value"}]`). `Key=@previous` keeps the deployed value.',
    accepted:
      'Key=Value entries separated by commas or newlines (Key="a,b" for a value with commas, Key=@previous to keep the deployed value), or the path of a JSON file',
    kind: 'list',
    // Its values are secret (a password, a key); its keys and a parameters file's path are not,
    // and the messages name them (messages.ts).
    secret: true,
    parse: (raw, { files }) => parseParameterOverrides(raw, files),
  },
  capabilities: {
    description: 'Comma-separated CloudFormation capabilities.',
    default: 'CAPABILITY_IAM,CAPABILITY_NAMED_IAM,CAPABILITY_AUTO_EXPAND',
    accepted: 'CAPABILITY_IAM, CAPABILITY_NAMED_IAM or CAPABILITY_AUTO_EXPAND, comma- or newline-separated',
    kind: 'list',
    secret: false,
    parse: parseCapabilities,
  },
  tags: {
    description:
      'Stack tags: `Key=Value` lines, YAML (`Team: payments` lines, or `- Key:`/`Value:` items), or JSON (`{"Key":"Value"}` or `[{"Key":"k","Value":"v"}]`).',
    accepted:
      'Key=Value entries separated by commas or newlines, YAML such as Team: payments (one per line), or JSON such as {"Team":"payments"} or [{"Key":"Team","Value":"payments"}]',
    kind: 'list',
    secret: false,
    parse: parseTags,
  },
  'role-arn': {
    description: 'ARN of the CloudFormation service role.',
    accepted: 'an IAM role ARN such as arn:aws:iam::123456789012:role/cfn-deploy',
    kind: 'value',
    secret: false,
    parse: parseRoleArn,
  },
  's3-bucket': {
    description: 'S3 bucket where templates over 51,200 bytes are uploaded before deploying.',
    accepted:
      'a bucket name of 3 to 63 lowercase letters, digits, dots and hyphens that starts and ends with a letter or digit, such as my-templates',
    kind: 'value',
    secret: false,
    parse: parseS3Bucket,
  },
  'termination-protection': {
    description: 'Enable termination protection on the app stack when this run creates it.',
    default: 'false',
    accepted: TRUE_OR_FALSE,
    kind: 'boolean',
    secret: false,
    parse: BOOLEAN,
  },
  'notification-arns': {
    description:
      "SNS topic ARNs that receive the app stack's events, comma- or newline-separated (at most 5).",
    accepted:
      'at most 5 ARNs of standard SNS topics, comma- or newline-separated, such as arn:aws:sns:eu-west-1:123456789012:stack-events',
    kind: 'list',
    secret: false,
    parse: parseNotificationArns,
  },
  'timeout-in-minutes': {
    description: 'How long to wait for each stack operation, in whole minutes.',
    default: '60',
    accepted: 'whole minutes from 1 to 1440, such as 60',
    kind: 'value',
    secret: false,
    parse: parseTimeoutInMinutes,
  },
  monitoring: {
    description:
      'Deploy the monitoring stack (alarms, dashboard, notifications, guard) as `<stack-name>-monitoring`.',
    default: 'true',
    accepted: TRUE_OR_FALSE,
    kind: 'boolean',
    secret: false,
    parse: BOOLEAN,
  },
  'notification-email': {
    description: 'E-mail address subscribed to the monitoring topic.',
    accepted: 'an e-mail address such as team@example.com',
    kind: 'value',
    secret: false,
    parse: parseEmail,
  },
  'notification-topic-arn': {
    description: 'ARN of an existing SNS topic for the monitoring stack to notify, instead of creating one.',
    accepted: 'the ARN of a standard SNS topic such as arn:aws:sns:eu-west-1:123456789012:alerts',
    kind: 'value',
    secret: false,
    parse: parseNotificationTopicArn,
  },
  ...GUARD_INPUTS,
  functions: {
    description:
      'Functions to watch: logical ids, names or ARNs, comma- or newline-separated. Default: every Lambda function in the stack.',
    accepted:
      'at most 100 function names, logical ids or ARNs, comma- or newline-separated, such as OrdersFunction or arn:aws:lambda:eu-west-1:123456789012:function:orders',
    kind: 'list',
    secret: false,
    parse: parseFunctions,
  },
  alias: {
    description: 'The alias that is shifted to the new version.',
    default: 'live',
    accepted:
      'an alias name of 1 to 128 letters, digits, hyphens and underscores, not all digits, such as live',
    kind: 'value',
    secret: false,
    parse: parseAlias,
  },
  strategy: {
    description:
      'How traffic moves: `all-at-once`, `canary 10% 5m`, `linear 10% every 1m`, a CodeDeploy preset name such as `Canary10Percent5Minutes`, or custom steps `5%:2m, 25%:5m, 100%`.',
    default: 'canary 10% 5m',
    accepted: STRATEGY_ACCEPTED,
    kind: 'value',
    secret: false,
    parse: parseStrategy,
  },
  interval: {
    description: 'How often metrics are read while a step holds (`30s`, `1m`, ...).',
    default: '1m',
    accepted: 'a duration from 1s to 1h, such as 30s, 1m or 1h',
    kind: 'value',
    secret: false,
    parse: parseInterval,
  },
  'max-error-rate': {
    description: 'Canary error-rate ceiling, as a percentage.',
    default: '1%',
    accepted: 'a percentage from 0% to 100%, such as 2% or 0.5%',
    kind: 'value',
    secret: false,
    parse: (raw) => parsePercent(raw, { minExclusive: false }),
  },
  'max-memory-utilization': {
    description: 'Ceiling on max memory used / memory size, as a percentage.',
    default: '90%',
    accepted: 'a percentage above 0% and up to 100%, such as 90%',
    kind: 'value',
    secret: false,
    parse: (raw) => parsePercent(raw, { minExclusive: true }),
  },
  'max-p99-duration': {
    description: 'Ceiling on the canary p99 duration, in milliseconds. Empty: no ceiling.',
    accepted: 'whole milliseconds from 1 to 900000, such as 800 or 800ms, or empty for no ceiling',
    kind: 'value',
    secret: false,
    parse: parseMaxP99Duration,
  },
  'max-throttles': {
    description: 'Most canary throttles tolerated in a step.',
    default: '0',
    accepted: 'a whole number from 0 up, such as 0 or 5',
    kind: 'value',
    secret: false,
    parse: (raw) => parseWholeNumber(raw, 0),
  },
  'min-invocations': {
    description: 'Fewest canary invocations before a step may pass.',
    default: '50',
    accepted: 'a whole number from 1 up, such as 50',
    kind: 'value',
    secret: false,
    parse: (raw) => parseWholeNumber(raw, 1),
  },
  'compare-baseline': {
    description: 'Also judge the canary against the old version with an always-valid sequential test.',
    default: 'true',
    accepted: TRUE_OR_FALSE,
    kind: 'boolean',
    secret: false,
    parse: BOOLEAN,
  },
  alarms: {
    description:
      'Further CloudWatch alarm names, comma- or newline-separated. ALARM in any of them fails the canary.',
    accepted: 'CloudWatch alarm names of 1 to 255 characters, comma- or newline-separated',
    kind: 'list',
    secret: false,
    parse: parseAlarms,
  },
  'on-inconclusive': {
    description: 'What an undecided canary means at the end of its time: `fail` or `pass`.',
    default: 'fail',
    accepted: 'fail or pass',
    kind: 'value',
    secret: false,
    parse: choice(['fail', 'pass']),
  },
  'extend-hold': {
    description:
      'How much longer a step still undecided at the end of its hold may be held while more traffic can decide it. `0`: never.',
    default: formatDuration(DEFAULT_EXTEND_HOLD_MS),
    accepted: 'a duration from 0 to 24h, such as 0, 10m or 1h',
    kind: 'value',
    secret: false,
    parse: (raw) => parseDuration(raw, 0, 24 * 3_600_000),
  },
  'settle-lag': {
    description:
      "How long after a minute ends its metrics may still arrive: only minutes older than this are judged. `auto`: Lambda's, the longer of 2 minutes and the function's timeout plus 1 minute. A backend whose metrics are in at once (a local emulator) may set `10s`.",
    default: 'auto',
    accepted: 'auto, or a duration from 0 to 20m, such as 10s or 3m',
    kind: 'value',
    secret: false,
    parse: parseSettleLag,
  },
  'synthetic-payload': {
    description: 'JSON, or a path to a JSON file: invoke the new version with it while watching.',
    accepted: 'JSON text such as {"ping":true}, or the path of a JSON file',
    kind: 'value',
    secret: false,
    parse: (raw, { files }) => parseSyntheticPayload(raw, files),
  },
  'synthetic-rate': {
    description: 'Synthetic invocations per minute (`60/m`) or per second (`2/s`).',
    default: '60/m',
    accepted: 'a rate above 0 and up to 6000 a minute, written as 60/m, 2/s or 600/h',
    kind: 'value',
    secret: false,
    parse: parseSyntheticRate,
  },
  ...PRE_TRAFFIC_INPUTS,
  ...METRICS_INPUTS,
  'latency-anomaly-alarm': {
    description:
      'Give each function an anomaly-detection alarm on its p99 `Duration` in the monitoring stack (billed per alarm).',
    default: 'false',
    accepted: TRUE_OR_FALSE,
    kind: 'boolean',
    secret: false,
    parse: BOOLEAN,
  },
  rollback: {
    description:
      'What a failed canary undoes: `alias` (aliases back to their old versions), `stack` (aliases, then the stack) or `none` (report only).',
    default: 'alias',
    accepted: 'alias, stack or none',
    kind: 'value',
    secret: false,
    parse: choice(['alias', 'stack', 'none']),
  },
  ...DETACHED_INPUTS,
  'dry-run': {
    description: 'Create and show the change sets, change nothing.',
    default: 'false',
    accepted: TRUE_OR_FALSE,
    kind: 'boolean',
    secret: false,
    parse: BOOLEAN,
  },
  'github-token': {
    description: 'Token for GitHub deployment statuses and the change-set comment on pull requests.',
    actionDefault: '${{ github.token }}',
    accepted: 'a token on one line, without spaces',
    kind: 'value',
    secret: true,
    parse: parseGithubToken,
  },
  'deployment-environment': {
    description: 'GitHub environment to record a deployment in; its status follows the verdict. Empty: none.',
    accepted: 'a GitHub environment name of 1 to 255 characters on one line, such as production',
    kind: 'value',
    secret: false,
    parse: parseDeploymentEnvironment,
  },
  'pr-comment': {
    description:
      'With `dry-run` (or `mode: create-only`, `no-execute-changeset`) on a pull request: post the change sets as one comment on it, updated in place on every push (needs `github-token` with `pull-requests: write`).',
    default: 'true',
    accepted: TRUE_OR_FALSE,
    kind: 'boolean',
    secret: false,
    parse: BOOLEAN,
  },
  region: {
    description: 'AWS region. Default: AWS_REGION or AWS_DEFAULT_REGION.',
    accepted: 'an AWS region such as eu-west-1',
    kind: 'value',
    secret: false,
    parse: parseRegion,
  },
  regions: {
    description:
      'Deploy and canary the same app in several regions, in waves: waves separated by `|`, the regions of a wave by commas, e.g. `us-east-1 | eu-west-1, ap-southeast-2`. A failure in any region rolls every region back. `{region}` in `parameter-overrides`, `s3-bucket` and `template` stands for each region. Empty: the one region of `region`.',
    accepted: REGIONS_ACCEPTED,
    kind: 'value',
    secret: false,
    parse: parseRegions,
  },
  'wave-bake': {
    description:
      "With `regions`: how long to hold after a wave passes before the next starts, while the finished waves' alarms and guards keep watching (`0`: no hold).",
    // 0s, not 0: the CI plugins type a default of digits as a number, and this takes 30m.
    default: '0s',
    accepted: 'a duration from 0 to 24h, such as 0, 30m or 2h',
    kind: 'value',
    secret: false,
    parse: (raw) => parseDuration(raw, 0, 24 * 3_600_000),
  },
  ...CREDENTIALS_INPUTS,
  // --- Drop-in for aws-actions/aws-cloudformation-github-deploy: its input names, with its meanings
  // (entries in drop-in-inputs.ts, rules in drop-in.ts). Kept together, at the end.
  ...DROP_IN_INPUTS,
} as const satisfies Record<string, InputSpec<unknown>>;

export type InputName = keyof typeof INPUTS;

/** Reads one input by its action.yml name; returns '' when it is not set. */
export type InputReader = (name: InputName) => string;

/** The typed value of one input, as its parser returns it. */
export type InputValue<N extends InputName> =
  (typeof INPUTS)[N]['parse'] extends z.ZodType<infer T, string>
    ? T
    : (typeof INPUTS)[N]['parse'] extends InputParser<infer T>
      ? T
      : never;

export type SecretInputName = {
  [N in InputName]: (typeof INPUTS)[N]['secret'] extends true ? N : never;
}[InputName];

/** Every input, in the table's order (the order of action.yml, --help and the docs). */
export const INPUT_NAMES = Object.keys(INPUTS) as readonly InputName[];

/** The inputs the table marks secret. */
export const SECRET_INPUT_NAMES = INPUT_NAMES.filter(
  (name): name is SecretInputName => (INPUTS[name] as InputSpec<unknown>).secret,
);

/** The defaults both front doors apply to an empty value. */
export const INPUT_DEFAULTS: Readonly<Partial<Record<InputName, string>>> = Object.fromEntries(
  INPUT_NAMES.flatMap((name) => {
    const spec: InputSpec<unknown> = INPUTS[name];
    return spec.default === undefined ? [] : [[name, spec.default]];
  }),
);

export function isInputName(name: string): name is InputName {
  return Object.hasOwn(INPUTS, name);
}

/** The table entry of `name`, typed as the common shape. */
export function inputSpec(name: InputName): InputSpec<unknown> {
  return INPUTS[name];
}

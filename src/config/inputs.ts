/**
 * What each input means and which forms it accepts: the one table behind error messages,
 * the CLI's --help and docs/config.md. The descriptions are action.yml's, word for word
 * (a test keeps them in step).
 */
import type { InputName } from './types.js';

export const INPUT_DESCRIPTIONS: Readonly<Record<InputName, string>> = {
  'stack-name': 'Name of the app stack. Required when `template` is given.',
  template: 'Path or https URL of the app template. Without it, the canary runs on existing functions only.',
  'parameter-overrides':
    'Stack parameters: `Key=Value` lines or comma-separated pairs, or a path to a JSON file (`{"Key":"Value"}` or `[{"ParameterKey":"Key","ParameterValue":"Value"}]`). `Key=@previous` keeps the deployed value.',
  capabilities: 'Comma-separated CloudFormation capabilities.',
  tags: 'Stack tags: `Key=Value` lines, or JSON (`{"Key":"Value"}` or `[{"Key":"k","Value":"v"}]`).',
  'role-arn': 'ARN of the CloudFormation service role.',
  's3-bucket': 'S3 bucket where templates over 51,200 bytes are uploaded before deploying.',
  'termination-protection': 'Enable termination protection on the app stack when this run creates it.',
  'notification-arns':
    "SNS topic ARNs that receive the app stack's events, comma- or newline-separated (at most 5).",
  'timeout-in-minutes': 'How long to wait for each stack operation, in whole minutes.',
  monitoring:
    'Deploy the monitoring stack (alarms, dashboard, notifications, guard) as `<stack-name>-monitoring`.',
  'notification-email': 'E-mail address subscribed to the monitoring topic.',
  'notification-topic-arn':
    'ARN of an existing SNS topic for the monitoring stack to notify, instead of creating one.',
  guard:
    'Deploy the guard with the monitoring stack: a Lambda that keeps protecting the alias after the run.',
  'guard-rollback': 'Let the guard point the alias back to the last version that passed a canary.',
  'guard-auto-scaling-group':
    'Auto Scaling group the guard scales out by one (up to its maximum) on an error signal.',
  functions:
    'Functions to watch: logical ids, names or ARNs, comma- or newline-separated. Default: every Lambda function in the stack.',
  alias: 'The alias that is shifted to the new version.',
  strategy:
    'How traffic moves: `all-at-once`, `canary 10% 5m`, `linear 10% every 1m`, a CodeDeploy preset name such as `Canary10Percent5Minutes`, or custom steps `5%:2m, 25%:5m, 100%`.',
  interval: 'How often metrics are read while a step holds (`30s`, `1m`, ...).',
  'max-error-rate': 'Canary error-rate ceiling, as a percentage.',
  'max-memory-utilization': 'Ceiling on max memory used / memory size, as a percentage.',
  'max-p99-duration': 'Ceiling on the canary p99 duration, in milliseconds. Empty: no ceiling.',
  'max-throttles': 'Most canary throttles tolerated in a step.',
  'min-invocations': 'Fewest canary invocations before a step may pass.',
  'compare-baseline': 'Also judge the canary against the old version with an always-valid sequential test.',
  alarms:
    'Further CloudWatch alarm names, comma- or newline-separated. ALARM in any of them fails the canary.',
  'on-inconclusive': 'What an undecided canary means at the end of its time: `fail` or `pass`.',
  'synthetic-payload': 'JSON, or a path to a JSON file: invoke the new version with it while watching.',
  'synthetic-rate': 'Synthetic invocations per minute (`60/m`) or per second (`2/s`).',
  rollback:
    'What a failed canary undoes: `alias` (aliases back to their old versions), `stack` (aliases, then the stack) or `none` (report only).',
  'dry-run': 'Create and show the change sets, change nothing.',
  'github-token': 'Token for GitHub deployment statuses.',
  'deployment-environment':
    'GitHub environment to record a deployment in; its status follows the verdict. Empty: none.',
  region: 'AWS region. Default: AWS_REGION or AWS_DEFAULT_REGION.',
};

/** The accepted forms of each input, as the end of the one-line error message says them. */
export const ACCEPTED_FORMS: Readonly<Record<InputName, string>> = {
  'stack-name':
    'a stack name of 1 to 128 letters, digits and hyphens that starts with a letter, such as orders-api',
  template: 'the path of a template file or an https:// URL, such as infra/app.yaml',
  'parameter-overrides':
    'Key=Value entries separated by commas or newlines (Key="a,b" for a value with commas, Key=@previous to keep the deployed value), or the path of a JSON file',
  capabilities: 'CAPABILITY_IAM, CAPABILITY_NAMED_IAM or CAPABILITY_AUTO_EXPAND, comma- or newline-separated',
  tags: 'Key=Value entries separated by commas or newlines, or JSON such as {"Team":"payments"} or [{"Key":"Team","Value":"payments"}]',
  'role-arn': 'an IAM role ARN such as arn:aws:iam::123456789012:role/cfn-deploy',
  's3-bucket':
    'a bucket name of 3 to 63 lowercase letters, digits, dots and hyphens that starts and ends with a letter or digit, such as my-templates',
  'termination-protection': 'true or false',
  'notification-arns':
    'at most 5 ARNs of standard SNS topics, comma- or newline-separated, such as arn:aws:sns:eu-west-1:123456789012:stack-events',
  'timeout-in-minutes': 'whole minutes from 1 to 1440, such as 60',
  monitoring: 'true or false',
  'notification-email': 'an e-mail address such as team@example.com',
  'notification-topic-arn':
    'the ARN of a standard SNS topic such as arn:aws:sns:eu-west-1:123456789012:alerts',
  guard: 'true or false',
  'guard-rollback': 'true or false',
  'guard-auto-scaling-group':
    'an Auto Scaling group name of 1 to 255 printable ASCII characters without spaces or colons, such as orders-asg',
  functions:
    'function names, logical ids or ARNs, comma- or newline-separated, such as OrdersFunction or arn:aws:lambda:eu-west-1:123456789012:function:orders',
  alias: 'an alias name of 1 to 128 letters, digits, hyphens and underscores, not all digits, such as live',
  strategy:
    'all-at-once, canary 10% 5m, linear 10% every 1m, a CodeDeploy preset such as Canary10Percent5Minutes, or steps such as 5%:2m, 25%:5m, 100%',
  interval: 'a duration from 1s to 1h, such as 30s, 1m or 1h',
  'max-error-rate': 'a percentage from 0% to 100%, such as 2% or 0.5%',
  'max-memory-utilization': 'a percentage above 0% and up to 100%, such as 90%',
  'max-p99-duration': 'whole milliseconds from 1 to 900000, such as 800 or 800ms, or empty for no ceiling',
  'max-throttles': 'a whole number from 0 up, such as 0 or 5',
  'min-invocations': 'a whole number from 1 up, such as 50',
  'compare-baseline': 'true or false',
  alarms: 'CloudWatch alarm names of 1 to 255 characters, comma- or newline-separated',
  'on-inconclusive': 'fail or pass',
  'synthetic-payload': 'JSON text such as {"ping":true}, or the path of a JSON file',
  'synthetic-rate': 'a rate above 0 and up to 6000 a minute, written as 60/m, 2/s or 600/h',
  rollback: 'alias, stack or none',
  'dry-run': 'true or false',
  'github-token': 'a token on one line, without spaces',
  'deployment-environment':
    'a GitHub environment name of 1 to 255 characters on one line, such as production',
  region: 'an AWS region such as eu-west-1',
};

/** Inputs whose value is never printed in a message. */
export const SECRET_INPUTS: ReadonlySet<InputName> = new Set<InputName>(['github-token']);

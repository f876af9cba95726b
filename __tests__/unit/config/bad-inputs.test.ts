/**
 * Every bad input stops the run with ONE line that names the input, the value (never a secret)
 * and the accepted forms. Each row is one bad input and its exact message.
 */
import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../../src/config/parse.js';
import { InvalidInputsError } from '../../../src/errors.js';
import type { InputName } from '../../../src/config/inputs.js';
import { configErrorOf, expectConfigError, inputs, suiteFixture } from '../../helpers/config.js';

const E = {
  stackName:
    'Expected a stack name of 1 to 128 letters, digits and hyphens that starts with a letter, such as orders-api.',
  template: 'Expected the path of a template file or an https:// URL, such as infra/app.yaml.',
  params:
    'Expected Key=Value entries separated by commas or newlines (Key="a,b" for a value with commas, Key=@previous to keep the deployed value), or the path of a JSON file.',
  capabilities:
    'Expected CAPABILITY_IAM, CAPABILITY_NAMED_IAM or CAPABILITY_AUTO_EXPAND, comma- or newline-separated.',
  tags: 'Expected Key=Value entries separated by commas or newlines, YAML such as Team: payments (one per line), or JSON such as {"Team":"payments"} or [{"Key":"Team","Value":"payments"}].',
  roleArn: 'Expected an IAM role ARN such as arn:aws:iam::123456789012:role/cfn-deploy.',
  bucket:
    'Expected a bucket name of 3 to 63 lowercase letters, digits, dots and hyphens that starts and ends with a letter or digit, such as my-templates.',
  boolean: 'Expected true or false.',
  notificationArns:
    'Expected at most 5 ARNs of standard SNS topics, comma- or newline-separated, such as arn:aws:sns:eu-west-1:123456789012:stack-events.',
  timeout: 'Expected whole minutes from 1 to 1440, such as 60.',
  email: 'Expected an e-mail address such as team@example.com.',
  topicArn: 'Expected the ARN of a standard SNS topic such as arn:aws:sns:eu-west-1:123456789012:alerts.',
  asg: 'Expected an Auto Scaling group name of 1 to 255 printable ASCII characters without spaces or colons, such as orders-asg.',
  functions:
    'Expected at most 100 function names, logical ids or ARNs, comma- or newline-separated, such as OrdersFunction or arn:aws:lambda:eu-west-1:123456789012:function:orders.',
  alias:
    'Expected an alias name of 1 to 128 letters, digits, hyphens and underscores, not all digits, such as live.',
  strategy:
    'Expected all-at-once, canary 10% 5m, linear 10% every 1m, a CodeDeploy preset such as Canary10Percent5Minutes, or steps such as 5%:2m, 25%:5m, 100%.',
  interval: 'Expected a duration from 1s to 1h, such as 30s, 1m or 1h.',
  bake: 'Expected a duration from 0 to 336h, such as 1h or 24h (0 turns the bake window off).',
  errorRate: 'Expected a percentage from 0% to 100%, such as 2% or 0.5%.',
  memory: 'Expected a percentage above 0% and up to 100%, such as 90%.',
  p99: 'Expected whole milliseconds from 1 to 900000, such as 800 or 800ms, or empty for no ceiling.',
  throttles: 'Expected a whole number from 0 up, such as 0 or 5.',
  invocations: 'Expected a whole number from 1 up, such as 50.',
  alarms: 'Expected CloudWatch alarm names of 1 to 255 characters, comma- or newline-separated.',
  inconclusive: 'Expected fail or pass.',
  extendHold: 'Expected a duration from 0 to 24h, such as 0, 10m or 1h.',
  payload: 'Expected JSON text such as {"ping":true}, or the path of a JSON file.',
  rate: 'Expected a rate above 0 and up to 6000 a minute, written as 60/m, 2/s or 600/h.',
  rollback: 'Expected alias, stack or none.',
  token: 'Expected a token on one line, without spaces.',
  environment: 'Expected a GitHub environment name of 1 to 255 characters on one line, such as production.',
  region: 'Expected an AWS region such as eu-west-1.',
};

/** Canary-only on an existing function: the smallest valid set of inputs. */
const CANARY_ONLY = { functions: 'orders-handler' };
/** A stack deploy from a small template file. */
const STACK = { 'stack-name': 'orders-api', template: 'app.yaml' };
const TOPIC = 'arn:aws:sns:eu-west-1:123456789012:stack-events';
const SIX_TOPICS = [1, 2, 3, 4, 5, 6].map((n) => `${TOPIC}-${n}`).join(',');

type Row = [description: string, values: Partial<Record<InputName, string>>, input: string, message: string];

// prettier-ignore
const ROWS: Row[] = [
  // stack-name
  ['a stack name starting with a digit', { ...CANARY_ONLY, 'stack-name': '1orders' }, 'stack-name', `Invalid input stack-name: "1orders". ${E.stackName}`],
  ['a stack name with an underscore', { ...CANARY_ONLY, 'stack-name': 'orders_api' }, 'stack-name', `Invalid input stack-name: "orders_api". ${E.stackName}`],
  ['a template without a stack name', { template: 'app.yaml' }, 'stack-name', `Invalid input stack-name: "" (required when template is given). ${E.stackName}`],
  [
    'a stack name too long for the monitoring stack',
    { 'stack-name': `a${'b'.repeat(119)}` },
    'stack-name',
    `Invalid input stack-name: "a${'b'.repeat(79)}…" (the monitoring stack's name would be 131 characters, over 128). Expected a stack name of at most 117 characters, or monitoring: false.`,
  ],
  // template
  ['an http template URL', { ...STACK, template: 'http://example.com/app.yaml' }, 'template', `Invalid input template: "http://example.com/app.yaml" (plain http is refused). ${E.template}`],
  ['an s3:// template URL', { ...STACK, template: 's3://bucket/app.yaml' }, 'template', `Invalid input template: "s3://bucket/app.yaml" (only https:// URLs are accepted). ${E.template}`],
  ['an https URL without a host', { ...STACK, template: 'https://' }, 'template', `Invalid input template: "https://". ${E.template}`],
  ['a template file that is not there', { ...STACK, template: 'missing.yaml' }, 'template', `Invalid input template: file "missing.yaml" (not found). ${E.template}`],
  ['a template that is a directory', { ...STACK, template: 'templates' }, 'template', `Invalid input template: file "templates" (not a file). ${E.template}`],
  ['an empty template file', { ...STACK, template: 'empty.yaml' }, 'template', `Invalid input template: file "empty.yaml" (empty). ${E.template}`],
  ['a template over 1,000,000 bytes', { ...STACK, template: 'huge.yaml' }, 'template', `Invalid input template: file "huge.yaml" (1000001 bytes, over the 1000000 CloudFormation accepts). ${E.template}`],
  // parameter-overrides
  ['an override without "="', { ...STACK, 'parameter-overrides': 'Env' }, 'parameter-overrides', `Invalid input parameter-overrides: entry 1 (no "=" in it). ${E.params}`],
  [
    'an unquoted value with a comma',
    { ...STACK, 'parameter-overrides': 'DbPassword=s3cr3t,tail' },
    'parameter-overrides',
    `Invalid input parameter-overrides: entry 2 (no "=" in it: quote a value that holds a comma, as in Key="a,b"). ${E.params}`,
  ],
  ['a parameter name with a hyphen', { ...STACK, 'parameter-overrides': 'Db-Password=x' }, 'parameter-overrides', `Invalid input parameter-overrides: entry 1 (a parameter name has only letters and digits). ${E.params}`],
  ['a parameter given twice', { ...STACK, 'parameter-overrides': 'Env=prod\nEnv=dev' }, 'parameter-overrides', `Invalid input parameter-overrides: entry 2 (the same key as entry 1). ${E.params}`],
  ['a quoted value never closed', { ...STACK, 'parameter-overrides': 'Secret="abc,def' }, 'parameter-overrides', `Invalid input parameter-overrides: entry 1 (its quoted value has no closing quote). ${E.params}`],
  ['text after a closing quote', { ...STACK, 'parameter-overrides': 'Secret="abc"def' }, 'parameter-overrides', `Invalid input parameter-overrides: entry 1 (text follows the closing quote of its value). ${E.params}`],
  ['an override without a key', { ...STACK, 'parameter-overrides': '=s3cr3t' }, 'parameter-overrides', `Invalid input parameter-overrides: entry 1 (no key before "="). ${E.params}`],
  ['a parameter file that is not there', { ...STACK, 'parameter-overrides': 'missing.json' }, 'parameter-overrides', `Invalid input parameter-overrides: file "missing.json" (not found). ${E.params}`],
  ['a parameter file that is not JSON', { ...STACK, 'parameter-overrides': 'not-json.json' }, 'parameter-overrides', `Invalid input parameter-overrides: file "not-json.json" (not valid JSON). ${E.params}`],
  ['a parameter array item without ParameterKey', { ...STACK, 'parameter-overrides': 'no-key.json' }, 'parameter-overrides', `Invalid input parameter-overrides: file "no-key.json" (item 1 has no ParameterKey). ${E.params}`],
  [
    'a parameter array item without a value',
    { ...STACK, 'parameter-overrides': 'file://no-value.json' },
    'parameter-overrides',
    `Invalid input parameter-overrides: file "no-value.json" (item 2 needs a text ParameterValue or "UsePreviousValue": true). ${E.params}`,
  ],
  ['a parameter file holding a string', { ...STACK, 'parameter-overrides': 'string.json' }, 'parameter-overrides', `Invalid input parameter-overrides: file "string.json" (a JSON object or array is needed). ${E.params}`],
  [
    'inline JSON with a nested value',
    { ...STACK, 'parameter-overrides': '{"Env":{"nested":"s3cr3t"}}' },
    'parameter-overrides',
    `Invalid input parameter-overrides: JSON text (the value of entry 1 is not text, a number or a boolean). ${E.params}`,
  ],
  // capabilities
  ['an unknown capability', { ...STACK, capabilities: 'CAPABILITY_IAM,CAPABILITY_ROOT' }, 'capabilities', `Invalid input capabilities: entry "CAPABILITY_ROOT". ${E.capabilities}`],
  // tags
  ['a tag without "="', { ...STACK, tags: 'Team' }, 'tags', `Invalid input tags: entry "Team" (no "=" in it). ${E.tags}`],
  ['a tag with the reserved aws: prefix', { ...STACK, tags: 'aws:owner=me' }, 'tags', `Invalid input tags: key "aws:owner" (the prefix aws: is reserved). ${E.tags}`],
  ['tags that are broken JSON', { ...STACK, tags: '{"Team":' }, 'tags', `Invalid input tags: "{\\"Team\\":" (not valid JSON). ${E.tags}`],
  ['a JSON tag without a Key', { ...STACK, tags: '[{"Value":"x"}]' }, 'tags', `Invalid input tags: "[{\\"Value\\":\\"x\\"}]" (item 1 needs a text Key and Value). ${E.tags}`],
  ['a tag given twice', { ...STACK, tags: 'Team=a,Team=b' }, 'tags', `Invalid input tags: key "Team" (given twice). ${E.tags}`],
  ['a tag with a character tags refuse', { ...STACK, tags: 'Team=a#b' }, 'tags', `Invalid input tags: key "Team" (tags hold letters, digits, spaces and _ . : / = + - @). ${E.tags}`],
  ['a tag value over 256 characters', { ...STACK, tags: `Team=${'v'.repeat(257)}` }, 'tags', `Invalid input tags: key "Team" (a tag value has at most 256 characters). ${E.tags}`],
  // role-arn
  ['a role ARN with a short account', { ...STACK, 'role-arn': 'arn:aws:iam::123:role/deploy' }, 'role-arn', `Invalid input role-arn: "arn:aws:iam::123:role/deploy". ${E.roleArn}`],
  ['a user ARN as role', { ...STACK, 'role-arn': 'arn:aws:iam::123456789012:user/bob' }, 'role-arn', `Invalid input role-arn: "arn:aws:iam::123456789012:user/bob". ${E.roleArn}`],
  // s3-bucket
  ['a bucket with capitals', { ...STACK, 's3-bucket': 'My_Bucket' }, 's3-bucket', `Invalid input s3-bucket: "My_Bucket". ${E.bucket}`],
  ['a bucket as an s3:// URL', { ...STACK, 's3-bucket': 's3://my-bucket' }, 's3-bucket', `Invalid input s3-bucket: "s3://my-bucket" (a bucket name, not an s3:// URL). ${E.bucket}`],
  ['a bucket with two dots in a row', { ...STACK, 's3-bucket': 'my..bucket' }, 's3-bucket', `Invalid input s3-bucket: "my..bucket" (two dots in a row). ${E.bucket}`],
  ['a bucket named like an IP address', { ...STACK, 's3-bucket': '192.168.1.1' }, 's3-bucket', `Invalid input s3-bucket: "192.168.1.1" (an IP address). ${E.bucket}`],
  ['a bucket with a reserved prefix', { ...STACK, 's3-bucket': 'xn--bucket' }, 's3-bucket', `Invalid input s3-bucket: "xn--bucket" (the prefix xn-- is reserved). ${E.bucket}`],
  ['a bucket with a reserved suffix', { ...STACK, 's3-bucket': 'templates-s3alias' }, 's3-bucket', `Invalid input s3-bucket: "templates-s3alias" (the suffix -s3alias is reserved). ${E.bucket}`],
  [
    'a template over 51,200 bytes without a bucket',
    { ...STACK, template: 'big.yaml' },
    's3-bucket',
    `Invalid input s3-bucket: "" (required: the template is 60000 bytes, over the 51200 CloudFormation takes inline). ${E.bucket}`,
  ],
  // termination-protection
  ['termination-protection: on', { ...STACK, 'termination-protection': 'on' }, 'termination-protection', `Invalid input termination-protection: "on". ${E.boolean}`],
  [
    'termination protection without a template',
    { 'stack-name': 'orders-api', 'termination-protection': 'true' },
    'termination-protection',
    'Invalid input termination-protection: "true" (there is no app stack to deploy without template). Expected false when template is not given.',
  ],
  // notification-arns
  ['a notification ARN of an SQS queue', { ...STACK, 'notification-arns': `${TOPIC}\narn:aws:sqs:eu-west-1:123456789012:events` }, 'notification-arns', `Invalid input notification-arns: entry "arn:aws:sqs:eu-west-1:123456789012:events". ${E.notificationArns}`],
  ['a notification topic name, not an ARN', { ...STACK, 'notification-arns': 'stack-events' }, 'notification-arns', `Invalid input notification-arns: entry "stack-events". ${E.notificationArns}`],
  ['a notification topic with a dot in its name', { ...STACK, 'notification-arns': `${TOPIC}.v2` }, 'notification-arns', `Invalid input notification-arns: entry "${TOPIC}.v2". ${E.notificationArns}`],
  ['a FIFO notification topic', { ...STACK, 'notification-arns': `${TOPIC}.fifo` }, 'notification-arns', `Invalid input notification-arns: entry "${TOPIC}.fifo" (a FIFO topic: these notifications need a standard topic). ${E.notificationArns}`],
  ['six notification topics', { ...STACK, 'notification-arns': SIX_TOPICS }, 'notification-arns', `Invalid input notification-arns: "${SIX_TOPICS.slice(0, 80)}…" (6 topics, over the 5 CloudFormation allows). ${E.notificationArns}`],
  [
    'notification topics without a template',
    { 'stack-name': 'orders-api', 'notification-arns': TOPIC },
    'notification-arns',
    `Invalid input notification-arns: "${TOPIC}" (there is no app stack to deploy without template). Expected it empty when template is not given.`,
  ],
  // timeout-in-minutes
  ['a timeout of 0 minutes', { ...STACK, 'timeout-in-minutes': '0' }, 'timeout-in-minutes', `Invalid input timeout-in-minutes: "0" (out of range). ${E.timeout}`],
  ['a timeout over a day', { ...STACK, 'timeout-in-minutes': '1441' }, 'timeout-in-minutes', `Invalid input timeout-in-minutes: "1441" (out of range). ${E.timeout}`],
  ['a timeout with a unit', { ...STACK, 'timeout-in-minutes': '1h' }, 'timeout-in-minutes', `Invalid input timeout-in-minutes: "1h". ${E.timeout}`],
  ['a timeout in fractional minutes', { ...STACK, 'timeout-in-minutes': '2.5' }, 'timeout-in-minutes', `Invalid input timeout-in-minutes: "2.5". ${E.timeout}`],
  // monitoring
  ['monitoring: yes', { ...STACK, monitoring: 'yes' }, 'monitoring', `Invalid input monitoring: "yes". ${E.boolean}`],
  // notification-email
  ['an e-mail without @', { ...STACK, 'notification-email': 'team.example.com' }, 'notification-email', `Invalid input notification-email: "team.example.com". ${E.email}`],
  [
    'an e-mail with monitoring off',
    { ...STACK, monitoring: 'false', 'notification-email': 'team@example.com' },
    'notification-email',
    'Invalid input notification-email: "team@example.com" (there is no monitoring topic when monitoring is false). Expected it empty, or a stack-name with monitoring: true.',
  ],
  [
    'an e-mail without a stack',
    { ...CANARY_ONLY, 'notification-email': 'team@example.com' },
    'notification-email',
    'Invalid input notification-email: "team@example.com" (there is no monitoring topic without a stack-name). Expected it empty, or a stack-name with monitoring: true.',
  ],
  // notification-topic-arn
  ['a topic name as notification-topic-arn', { ...STACK, 'notification-topic-arn': 'alerts' }, 'notification-topic-arn', `Invalid input notification-topic-arn: "alerts". ${E.topicArn}`],
  ['a topic ARN with a bad region', { ...STACK, 'notification-topic-arn': 'arn:aws:sns:europe:123456789012:alerts' }, 'notification-topic-arn', `Invalid input notification-topic-arn: "arn:aws:sns:europe:123456789012:alerts". ${E.topicArn}`],
  ['a FIFO monitoring topic', { ...STACK, 'notification-topic-arn': 'arn:aws:sns:eu-west-1:123456789012:alerts.fifo' }, 'notification-topic-arn', `Invalid input notification-topic-arn: "arn:aws:sns:eu-west-1:123456789012:alerts.fifo" (a FIFO topic: these notifications need a standard topic). ${E.topicArn}`],
  [
    'a topic ARN with monitoring off',
    { ...STACK, monitoring: 'false', 'notification-topic-arn': 'arn:aws:sns:eu-west-1:123456789012:alerts' },
    'notification-topic-arn',
    'Invalid input notification-topic-arn: "arn:aws:sns:eu-west-1:123456789012:alerts" (there is no monitoring topic when monitoring is false). Expected it empty, or a stack-name with monitoring: true.',
  ],
  [
    'a topic ARN without a stack',
    { ...CANARY_ONLY, 'notification-topic-arn': 'arn:aws:sns:eu-west-1:123456789012:alerts' },
    'notification-topic-arn',
    'Invalid input notification-topic-arn: "arn:aws:sns:eu-west-1:123456789012:alerts" (there is no monitoring topic without a stack-name). Expected it empty, or a stack-name with monitoring: true.',
  ],
  // guard, guard-rollback
  ['guard: off', { ...STACK, guard: 'off' }, 'guard', `Invalid input guard: "off". ${E.boolean}`],
  ['guard-rollback: yes', { ...STACK, 'guard-rollback': 'yes' }, 'guard-rollback', `Invalid input guard-rollback: "yes". ${E.boolean}`],
  // guard-bake
  ['a bake window without a unit', { ...STACK, 'guard-bake': '24' }, 'guard-bake', `Invalid input guard-bake: "24". ${E.bake}`],
  ['a bake window over two weeks', { ...STACK, 'guard-bake': '337h' }, 'guard-bake', `Invalid input guard-bake: "337h" (out of range). ${E.bake}`],
  // guard-auto-scaling-group
  ['an Auto Scaling group name with a colon', { ...STACK, 'guard-auto-scaling-group': 'orders:asg' }, 'guard-auto-scaling-group', `Invalid input guard-auto-scaling-group: "orders:asg". ${E.asg}`],
  ['an Auto Scaling group name with a space', { ...STACK, 'guard-auto-scaling-group': 'orders asg' }, 'guard-auto-scaling-group', `Invalid input guard-auto-scaling-group: "orders asg". ${E.asg}`],
  ['an Auto Scaling group name over 255 characters', { ...STACK, 'guard-auto-scaling-group': 'a'.repeat(256) }, 'guard-auto-scaling-group', `Invalid input guard-auto-scaling-group: "${'a'.repeat(80)}…". ${E.asg}`],
  [
    'an Auto Scaling group with the guard off',
    { ...STACK, guard: 'false', 'guard-auto-scaling-group': 'orders-asg' },
    'guard-auto-scaling-group',
    'Invalid input guard-auto-scaling-group: "orders-asg" (there is no guard when guard is false). Expected it empty, or guard: true.',
  ],
  [
    'an Auto Scaling group with monitoring off',
    { ...STACK, monitoring: 'false', 'guard-auto-scaling-group': 'orders-asg' },
    'guard-auto-scaling-group',
    'Invalid input guard-auto-scaling-group: "orders-asg" (there is no guard when monitoring is false). Expected it empty, or a stack-name with monitoring: true.',
  ],
  [
    'an Auto Scaling group without a stack',
    { ...CANARY_ONLY, 'guard-auto-scaling-group': 'orders-asg' },
    'guard-auto-scaling-group',
    'Invalid input guard-auto-scaling-group: "orders-asg" (there is no guard without a stack-name). Expected it empty, or a stack-name with monitoring: true.',
  ],
  // functions
  ['a function name with a space', { functions: 'orders handler' }, 'functions', `Invalid input functions: entry "orders handler". ${E.functions}`],
  [
    'a function with an alias',
    { functions: 'orders-handler:live' },
    'functions',
    `Invalid input functions: entry "orders-handler:live" (names a version or alias: give the function itself, the alias input names the alias). ${E.functions}`,
  ],
  [
    'a function ARN with a version',
    { functions: 'arn:aws:lambda:eu-west-1:123456789012:function:orders:3' },
    'functions',
    `Invalid input functions: entry "arn:aws:lambda:eu-west-1:123456789012:function:orders:3" (names a version or alias: give the function itself, the alias input names the alias). ${E.functions}`,
  ],
  [
    'no functions, no stack, no template',
    {},
    'functions',
    'Invalid input functions: "" (required when neither template nor stack-name is given). Expected function names or ARNs, comma- or newline-separated, such as orders-handler.',
  ],
  // alias
  ['an alias of digits only', { ...CANARY_ONLY, alias: '123' }, 'alias', `Invalid input alias: "123". ${E.alias}`],
  ['an alias with punctuation', { ...CANARY_ONLY, alias: 'live!' }, 'alias', `Invalid input alias: "live!". ${E.alias}`],
  // strategy
  ['an unknown strategy', { ...CANARY_ONLY, strategy: 'blue-green' }, 'strategy', `Invalid input strategy: "blue-green" (not a strategy). ${E.strategy}`],
  ['a canary at 100%', { ...CANARY_ONLY, strategy: 'canary 100% 5m' }, 'strategy', `Invalid input strategy: "canary 100% 5m" (step 1 is 100% after rounding, but a step before the last must be above 0% and below 100%). ${E.strategy}`],
  ['a canary with a bad unit', { ...CANARY_ONLY, strategy: 'canary 10% 5d' }, 'strategy', `Invalid input strategy: "canary 10% 5d" ("5d" is not a duration such as 30s, 5m or 1h). ${E.strategy}`],
  ['a step without a hold', { ...CANARY_ONLY, strategy: '5%, 100%' }, 'strategy', `Invalid input strategy: "5%, 100%" (step "5%" needs a hold, such as 5%:5m). ${E.strategy}`],
  ['falling weights', { ...CANARY_ONLY, strategy: '25%:1m, 5%:1m, 100%' }, 'strategy', `Invalid input strategy: "25%:1m, 5%:1m, 100%" (step 2 is 5% after rounding, but a step before the last must be above 25% and below 100%). ${E.strategy}`],
  ['steps that stop short of 100%', { ...CANARY_ONLY, strategy: '5%:1m, 50%:1m' }, 'strategy', `Invalid input strategy: "5%:1m, 50%:1m" (step 2 is 50% after rounding, but the last step must be 100%). ${E.strategy}`],
  // interval
  ['an interval without a unit', { ...CANARY_ONLY, interval: '5' }, 'interval', `Invalid input interval: "5". ${E.interval}`],
  ['an interval over an hour', { ...CANARY_ONLY, interval: '2h' }, 'interval', `Invalid input interval: "2h" (out of range). ${E.interval}`],
  ['an interval under a second', { ...CANARY_ONLY, interval: '0.5s' }, 'interval', `Invalid input interval: "0.5s" (out of range). ${E.interval}`],
  // thresholds
  ['an error rate that is a word', { ...CANARY_ONLY, 'max-error-rate': 'abc' }, 'max-error-rate', `Invalid input max-error-rate: "abc". ${E.errorRate}`],
  ['an error rate over 100%', { ...CANARY_ONLY, 'max-error-rate': '101%' }, 'max-error-rate', `Invalid input max-error-rate: "101%" (out of range). ${E.errorRate}`],
  ['an error rate without %', { ...CANARY_ONLY, 'max-error-rate': '2' }, 'max-error-rate', `Invalid input max-error-rate: "2". ${E.errorRate}`],
  ['a memory ceiling of 0%', { ...CANARY_ONLY, 'max-memory-utilization': '0%' }, 'max-memory-utilization', `Invalid input max-memory-utilization: "0%" (out of range). ${E.memory}`],
  ['a p99 ceiling that is a word', { ...CANARY_ONLY, 'max-p99-duration': 'fast' }, 'max-p99-duration', `Invalid input max-p99-duration: "fast". ${E.p99}`],
  ['a p99 ceiling of 0', { ...CANARY_ONLY, 'max-p99-duration': '0' }, 'max-p99-duration', `Invalid input max-p99-duration: "0" (out of range). ${E.p99}`],
  ['a p99 ceiling over 15 minutes', { ...CANARY_ONLY, 'max-p99-duration': '900001ms' }, 'max-p99-duration', `Invalid input max-p99-duration: "900001ms" (out of range). ${E.p99}`],
  ['negative throttles', { ...CANARY_ONLY, 'max-throttles': '-1' }, 'max-throttles', `Invalid input max-throttles: "-1". ${E.throttles}`],
  ['zero minimum invocations', { ...CANARY_ONLY, 'min-invocations': '0' }, 'min-invocations', `Invalid input min-invocations: "0" (out of range). ${E.invocations}`],
  ['fractional minimum invocations', { ...CANARY_ONLY, 'min-invocations': '1.5' }, 'min-invocations', `Invalid input min-invocations: "1.5". ${E.invocations}`],
  ['minimum invocations past 2^53', { ...CANARY_ONLY, 'min-invocations': '99999999999999999999' }, 'min-invocations', `Invalid input min-invocations: "99999999999999999999" (too large). ${E.invocations}`],
  ['compare-baseline: maybe', { ...CANARY_ONLY, 'compare-baseline': 'maybe' }, 'compare-baseline', `Invalid input compare-baseline: "maybe". ${E.boolean}`],
  // alarms
  ['an alarm name with a tab', { ...CANARY_ONLY, alarms: 'ok-alarm,bad\talarm' }, 'alarms', `Invalid input alarms: entry "bad\\talarm". ${E.alarms}`],
  ['an alarm name over 255 characters', { ...CANARY_ONLY, alarms: 'x'.repeat(256) }, 'alarms', `Invalid input alarms: entry "${'x'.repeat(80)}…". ${E.alarms}`],
  // on-inconclusive
  ['on-inconclusive: retry', { ...CANARY_ONLY, 'on-inconclusive': 'retry' }, 'on-inconclusive', `Invalid input on-inconclusive: "retry". ${E.inconclusive}`],
  // extend-hold
  ['an extend-hold without a unit', { ...CANARY_ONLY, 'extend-hold': '10' }, 'extend-hold', `Invalid input extend-hold: "10". ${E.extendHold}`],
  ['an extend-hold over a day', { ...CANARY_ONLY, 'extend-hold': '25h' }, 'extend-hold', `Invalid input extend-hold: "25h" (out of range). ${E.extendHold}`],
  ['a negative extend-hold', { ...CANARY_ONLY, 'extend-hold': '-1m' }, 'extend-hold', `Invalid input extend-hold: "-1m". ${E.extendHold}`],
  // synthetic-payload
  ['a payload that is broken JSON', { ...CANARY_ONLY, 'synthetic-payload': '{"ping":' }, 'synthetic-payload', `Invalid input synthetic-payload: "{\\"ping\\":" (not valid JSON). ${E.payload}`],
  ['a payload file that is not there', { ...CANARY_ONLY, 'synthetic-payload': 'missing-payload.json' }, 'synthetic-payload', `Invalid input synthetic-payload: file "missing-payload.json" (not found). ${E.payload}`],
  ['a payload file that is not JSON', { ...CANARY_ONLY, 'synthetic-payload': 'not-json.json' }, 'synthetic-payload', `Invalid input synthetic-payload: file "not-json.json" (not valid JSON). ${E.payload}`],
  ['a payload path that is a directory', { ...CANARY_ONLY, 'synthetic-payload': 'file://templates' }, 'synthetic-payload', `Invalid input synthetic-payload: file "templates" (not a file). ${E.payload}`],
  // synthetic-rate
  ['a rate without a unit', { ...CANARY_ONLY, 'synthetic-rate': '60' }, 'synthetic-rate', `Invalid input synthetic-rate: "60". ${E.rate}`],
  ['a rate of zero', { ...CANARY_ONLY, 'synthetic-rate': '0/m' }, 'synthetic-rate', `Invalid input synthetic-rate: "0/m" (out of range). ${E.rate}`],
  ['a rate over 100 a second', { ...CANARY_ONLY, 'synthetic-rate': '101/s' }, 'synthetic-rate', `Invalid input synthetic-rate: "101/s" (out of range). ${E.rate}`],
  // rollback
  ['rollback: everything', { ...CANARY_ONLY, rollback: 'everything' }, 'rollback', `Invalid input rollback: "everything". ${E.rollback}`],
  [
    'rollback: stack without a template',
    { 'stack-name': 'orders-api', rollback: 'stack' },
    'rollback',
    'Invalid input rollback: "stack" (there is no deployed template to roll back to without template). Expected alias or none when template is not given.',
  ],
  // dry-run
  ['dry-run: 1', { ...CANARY_ONLY, 'dry-run': '1' }, 'dry-run', `Invalid input dry-run: "1". ${E.boolean}`],
  // github-token
  ['a token with a space', { ...CANARY_ONLY, 'github-token': 'ghp_s3cr3t tail' }, 'github-token', `Invalid input github-token: (hidden). ${E.token}`],
  // deployment-environment
  ['an environment over two lines', { ...CANARY_ONLY, 'github-token': 'ghs_abc', 'deployment-environment': 'prod\nstaging' }, 'deployment-environment', `Invalid input deployment-environment: "prod\\nstaging". ${E.environment}`],
  ['an environment name over 255 characters', { ...CANARY_ONLY, 'github-token': 'ghs_abc', 'deployment-environment': 'e'.repeat(256) }, 'deployment-environment', `Invalid input deployment-environment: "${'e'.repeat(80)}…". ${E.environment}`],
  [
    'an environment without a token',
    { ...CANARY_ONLY, 'deployment-environment': 'production' },
    'deployment-environment',
    'Invalid input deployment-environment: "production" (there is no github-token to record a deployment with). Expected it empty, or a github-token.',
  ],
  // region
  ['a region in capitals', { ...CANARY_ONLY, region: 'EU-WEST-1' }, 'region', `Invalid input region: "EU-WEST-1". ${E.region}`],
  ['a region that is a word', { ...CANARY_ONLY, region: 'europe' }, 'region', `Invalid input region: "europe". ${E.region}`],
];

describe('parseConfig rejects bad input with one exact line', () => {
  const fixture = suiteFixture({
    'app.yaml': 'Resources: {}\n',
    'empty.yaml': '',
    'huge.yaml': 'x'.repeat(1_000_001),
    'big.yaml': 'x'.repeat(60_000),
    templates: null,
    'not-json.json': '{ "Env": ',
    'no-key.json': JSON.stringify([{ ParameterValue: 's3cr3t' }]),
    'no-value.json': JSON.stringify([
      { ParameterKey: 'Env', ParameterValue: 'prod' },
      { ParameterKey: 'Secret', ParameterValue: { nested: 's3cr3t' } },
    ]),
    'string.json': '"s3cr3t"',
  });

  it('has at least 45 rows, each a different case', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(45);
    expect(new Set(ROWS.map(([description]) => description)).size).toBe(ROWS.length);
  });

  it.each(ROWS)('%s', (_description, values, input, message) => {
    // GIVEN the inputs WHEN they are parsed THEN one ConfigError names the input
    expectConfigError(() => parseConfig(inputs(values), { cwd: fixture.dir }), input, message);
    // ... on one line
    expect(message).not.toMatch(/[\r\n]/);
  });

  it('never shows a secret: not the token, not a value after "="', () => {
    const messages = ROWS.map(
      ([, values]) => configErrorOf(() => parseConfig(inputs(values), { cwd: fixture.dir })).message,
    );
    for (const message of messages) {
      expect(message).not.toContain('s3cr3t');
      expect(message).not.toContain('tail');
    }
  });

  it('reports every input at fault, one line each, in the table order, whatever the order of the faults', () => {
    // GIVEN three bad inputs, given in another order than the table's
    const values = { ...CANARY_ONLY, 'max-error-rate': 'abc', alias: '123', 'dry-run': 'maybe' };
    // THEN one error lists all three, alias first
    const error = configErrorOf(() => parseConfig(inputs(values)));
    expect(error).toBeInstanceOf(InvalidInputsError);
    expect(error.message.split('\n')).toEqual([
      `Invalid input alias: "123". ${E.alias}`,
      `Invalid input max-error-rate: "abc". ${E.errorRate}`,
      `Invalid input dry-run: "maybe". ${E.boolean}`,
    ]);
    expect(error.input).toBe('alias, max-error-rate, dry-run');
    expect((error as InvalidInputsError).faults.map((fault) => fault.input)).toEqual([
      'alias',
      'max-error-rate',
      'dry-run',
    ]);
  });

  it('checks the rules between inputs once each input is valid on its own', () => {
    // GIVEN a template without a stack name (a rule between inputs) and a bad region (one input)
    const values = { template: 'app.yaml', region: 'europe' };
    // THEN the region is reported first: it is wrong whatever the other inputs say
    expectConfigError(
      () => parseConfig(inputs(values), { cwd: fixture.dir }),
      'region',
      `Invalid input region: "europe". ${E.region}`,
    );
  });
});

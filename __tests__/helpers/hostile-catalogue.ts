/**
 * The hostile-input catalogue: one row per kind of bad input (secrets in messages, entries named by
 * place, files over their cap, long values, duplicate JSON keys, too many functions, ARNs from
 * elsewhere), each
 * with its one exact message. Run through parseConfig (unit) and through the bundled entry points.
 */
import type { ParseOptions } from '../../src/config/parse.js';
import type { InputName } from '../../src/config/inputs.js';

/** The files the rows name, laid in the run's working folder. */
export const HOSTILE_FILES = {
  'app.yaml': 'Resources: {}\n',
  'dup.json': '{"Env":"prod","Env":"hunter2"}',
  'huge.json': `{"K":"${'v'.repeat(999_993)}"}`,
  'huge.yaml': `Resources: {}\n#${'x'.repeat(999_986)}`,
};

/** What no message may show of the rows' secrets. */
export const HOSTILE_SECRETS = ['ZZZZZZZZ', 'hunter2', 'MIIE', 's3cr3t', 'PRIVATE KEY'];

export const PARAMS =
  'Expected Key=Value entries separated by commas or newlines (Key="a,b" for a value with commas, Key=@previous to keep the deployed value), or the path of a JSON file.';
export const FUNCTIONS =
  'Expected at most 100 function names, logical ids or ARNs, comma- or newline-separated, such as OrdersFunction or arn:aws:lambda:eu-west-1:123456789012:function:orders.';
export const TAGS =
  'Expected Key=Value entries separated by commas or newlines, YAML such as Team: payments (one per line), or JSON such as {"Team":"payments"} or [{"Key":"Team","Value":"payments"}].';
export const PAYLOAD = 'Expected JSON text such as {"ping":true}, or the path of a JSON file.';
export const STRATEGY =
  'Expected all-at-once, canary 10% 5m, linear 10% every 1m, a CodeDeploy preset such as Canary10Percent5Minutes, or steps such as 5%:2m, 25%:5m, 100%.';
export const TEMPLATE = 'Expected the path of a template file or an https:// URL, such as infra/app.yaml.';
export const ALIAS =
  'Expected an alias name of 1 to 128 letters, digits, hyphens and underscores, not all digits, such as live.';

export const TOKEN = `ghp_${'Z'.repeat(90)}`;
export const STACK = { 'stack-name': 'orders-api', template: 'app.yaml' };
export const ARN = (region: string, account = '123456789012', name = 'orders'): string =>
  `arn:aws:lambda:${region}:${account}:function:${name}`;
const HUNDRED_AND_ONE = Array.from({ length: 101 }, (_, i) => `fn-${i}`).join(',');
export const PRIVATE_KEY =
  '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAs3cr3tL1ne\n-----END RSA PRIVATE KEY-----';

export type Row = [
  description: string,
  values: Partial<Record<InputName, string>>,
  input: string,
  message: string,
  options?: ParseOptions,
];

// prettier-ignore
export const ROWS: Row[] = [
  // secrets are redacted before a value is cut
  ['the token inside another input', { functions: 'f', 'github-token': TOKEN, alias: `${TOKEN}!` }, 'alias', `Invalid input alias: "***!". ${ALIAS}`],
  ['the token after 70 characters of another input', { functions: 'f', 'github-token': TOKEN, alias: `${'a'.repeat(70)}${TOKEN}` }, 'alias', `Invalid input alias: "${'a'.repeat(70)}***". ${ALIAS}`],
  // parameter-overrides: by place, never by text
  ['a multi-line private key', { ...STACK, 'parameter-overrides': `Key=${PRIVATE_KEY}` }, 'parameter-overrides', `Invalid input parameter-overrides: entry 2 (no "=" in it). ${PARAMS}`],
  ['a YAML-style DbPassword line', { ...STACK, 'parameter-overrides': 'Env=prod\nDbPassword: hunter2' }, 'parameter-overrides', `Invalid input parameter-overrides: entry 2 (no "=" in it). ${PARAMS}`],
  // Its value occurs in no message: every non-blank value is masked, so a value `x` would blank each x.
  ['a key holding the text of a secret', { ...STACK, 'parameter-overrides': 'DbPassword hunter2=z9' }, 'parameter-overrides', `Invalid input parameter-overrides: entry 1 (a parameter name has only letters and digits). ${PARAMS}`],
  // duplicate JSON keys
  ['a parameter file with a key twice', { ...STACK, 'parameter-overrides': 'dup.json' }, 'parameter-overrides', `Invalid input parameter-overrides: file "dup.json" (a key appears twice in one object). ${PARAMS}`],
  ['inline parameters with a key twice', { ...STACK, 'parameter-overrides': '{"Db":"hunter2","Db":"other"}' }, 'parameter-overrides', `Invalid input parameter-overrides: JSON text (a key appears twice in one object). ${PARAMS}`],
  ['JSON tags with a key twice', { ...STACK, tags: '{"Team":"a","Team":"b"}' }, 'tags', `Invalid input tags: "{\\"Team\\":\\"a\\",\\"Team\\":\\"b\\"}" (a key appears twice in one object: "Team"). ${TAGS}`],
  ['a payload with a nested key twice', { functions: 'f', 'synthetic-payload': '{"a":{"b":1,"b":2}}' }, 'synthetic-payload', `Invalid input synthetic-payload: "{\\"a\\":{\\"b\\":1,\\"b\\":2}}" (a key appears twice in one object). ${PAYLOAD}`],
  ['a payload file with a key twice', { functions: 'f', 'synthetic-payload': 'dup.json' }, 'synthetic-payload', `Invalid input synthetic-payload: file "dup.json" (a key appears twice in one object). ${PAYLOAD}`],
  // files over their cap
  ['a parameter file over 1,000,000 bytes', { ...STACK, 'parameter-overrides': 'huge.json' }, 'parameter-overrides', `Invalid input parameter-overrides: file "huge.json" (1000001 bytes, over the 1000000 a parameter file accepts). ${PARAMS}`],
  ['a template file over 1,000,000 bytes', { 'stack-name': 'orders-api', template: 'huge.yaml' }, 'template', `Invalid input template: file "huge.yaml" (1000001 bytes, over the 1000000 CloudFormation accepts). ${TEMPLATE}`],
  // long values: a message shows 80 characters of one, never all of it
  ['a hold of 100,000 digits', { functions: 'f', strategy: `canary 10% ${'1'.repeat(100_000)}m` }, 'strategy', `Invalid input strategy: "canary 10% ${'1'.repeat(69)}…" ("${'1'.repeat(80)}…" is not a duration such as 30s, 5m or 1h). ${STRATEGY}`],
  ['a 100 KB alias', { functions: 'f', alias: 'a'.repeat(100_000) }, 'alias', `Invalid input alias: "${'a'.repeat(80)}…". ${ALIAS}`],
  // functions
  ['101 functions', { functions: HUNDRED_AND_ONE }, 'functions', `Invalid input functions: "${HUNDRED_AND_ONE.slice(0, 80)}…" (101 functions, over the 100 one run watches). ${FUNCTIONS}`],
  ['a function ARN outside the region input', { functions: ARN('eu-west-1'), region: 'us-east-1' }, 'functions', `Invalid input functions: entry "${ARN('eu-west-1')}" (in eu-west-1, but the run is in us-east-1, from the region input). ${FUNCTIONS}`],
  ['a function ARN outside AWS_REGION', { functions: ARN('eu-west-1') }, 'functions', `Invalid input functions: entry "${ARN('eu-west-1')}" (in eu-west-1, but the run is in us-east-1, from AWS_REGION). ${FUNCTIONS}`, { env: { AWS_REGION: 'us-east-1' } }],
  ['a function ARN outside AWS_DEFAULT_REGION', { functions: ARN('eu-west-1') }, 'functions', `Invalid input functions: entry "${ARN('eu-west-1')}" (in eu-west-1, but the run is in us-west-2, from AWS_DEFAULT_REGION). ${FUNCTIONS}`, { env: { AWS_DEFAULT_REGION: 'us-west-2' } }],
  ['function ARNs in two regions', { functions: `${ARN('eu-west-1')},${ARN('eu-central-1', undefined, 'b')}` }, 'functions', `Invalid input functions: entry "${ARN('eu-central-1', undefined, 'b')}" (in eu-central-1, but the run is in eu-west-1, from the ARN before it). ${FUNCTIONS}`],
  ['a function ARN outside the role account', { ...STACK, 'role-arn': 'arn:aws:iam::111111111111:role/deploy', functions: ARN('eu-west-1') }, 'functions', `Invalid input functions: entry "${ARN('eu-west-1')}" (in account 123456789012, but the run is in account 111111111111, from the role-arn). ${FUNCTIONS}`],
  ['partial ARNs in two accounts', { functions: '123456789012:function:a,210987654321:function:b' }, 'functions', `Invalid input functions: entry "210987654321:function:b" (in account 210987654321, but the run is in account 123456789012, from the ARN before it). ${FUNCTIONS}`],
];

/**
 * Hostile input: secrets in messages, entries named by place, files over their cap, duplicate JSON
 * keys, too many functions, ARNs from elsewhere. Every row is one exact message, and no AWS client
 * is ever built.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { clientsConstructed } from '../../../src/aws/clients.js';
import type { FileAccess } from '../../../src/config/files.js';
import { firstDuplicateKey } from '../../../src/config/json.js';
import { parseParameterOverrides } from '../../../src/config/key-values.js';
import { MAX_LINE, badValue, formatProblem, quote } from '../../../src/config/messages.js';
import type { ParseOptions } from '../../../src/config/parse.js';
import { parseConfig } from '../../../src/config/parse.js';
import type { InputName } from '../../../src/config/types.js';
import { configErrorOf, expectConfigError, fixtureDir, inputs, problemLine } from '../../helpers/config.js';

const PARAMS =
  'Expected Key=Value entries separated by commas or newlines (Key="a,b" for a value with commas, Key=@previous to keep the deployed value), or the path of a JSON file.';
const FUNCTIONS =
  'Expected at most 100 function names, logical ids or ARNs, comma- or newline-separated, such as OrdersFunction or arn:aws:lambda:eu-west-1:123456789012:function:orders.';
const TAGS =
  'Expected Key=Value entries separated by commas or newlines, or JSON such as {"Team":"payments"} or [{"Key":"Team","Value":"payments"}].';
const PAYLOAD = 'Expected JSON text such as {"ping":true}, or the path of a JSON file.';
const ALIAS =
  'Expected an alias name of 1 to 128 letters, digits, hyphens and underscores, not all digits, such as live.';

const TOKEN = `ghp_${'Z'.repeat(90)}`;
const STACK = { 'stack-name': 'orders-api', template: 'app.yaml' };
const ARN = (region: string, account = '123456789012', name = 'orders'): string =>
  `arn:aws:lambda:${region}:${account}:function:${name}`;
const HUNDRED_AND_ONE = Array.from({ length: 101 }, (_, i) => `fn-${i}`).join(',');
const PRIVATE_KEY =
  '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAs3cr3tL1ne\n-----END RSA PRIVATE KEY-----';

type Row = [
  description: string,
  values: Partial<Record<InputName, string>>,
  input: string,
  message: string,
  options?: ParseOptions,
];

// prettier-ignore
const ROWS: Row[] = [
  // secrets are redacted before a value is cut
  ['the token inside another input', { functions: 'f', 'github-token': TOKEN, alias: `${TOKEN}!` }, 'alias', `Invalid input alias: "***!". ${ALIAS}`],
  ['the token after 70 characters of another input', { functions: 'f', 'github-token': TOKEN, alias: `${'a'.repeat(70)}${TOKEN}` }, 'alias', `Invalid input alias: "${'a'.repeat(70)}***". ${ALIAS}`],
  // parameter-overrides: by place, never by text
  ['a multi-line private key', { ...STACK, 'parameter-overrides': `Key=${PRIVATE_KEY}` }, 'parameter-overrides', `Invalid input parameter-overrides: entry 2 (no "=" in it). ${PARAMS}`],
  ['a YAML-style DbPassword line', { ...STACK, 'parameter-overrides': 'Env=prod\nDbPassword: hunter2' }, 'parameter-overrides', `Invalid input parameter-overrides: entry 2 (no "=" in it). ${PARAMS}`],
  ['a key holding the text of a secret', { ...STACK, 'parameter-overrides': 'DbPassword hunter2=x' }, 'parameter-overrides', `Invalid input parameter-overrides: entry 1 (a parameter name has only letters and digits). ${PARAMS}`],
  // duplicate JSON keys
  ['a parameter file with a key twice', { ...STACK, 'parameter-overrides': 'dup.json' }, 'parameter-overrides', `Invalid input parameter-overrides: file "dup.json" (a key appears twice in one object). ${PARAMS}`],
  ['inline parameters with a key twice', { ...STACK, 'parameter-overrides': '{"Db":"hunter2","Db":"other"}' }, 'parameter-overrides', `Invalid input parameter-overrides: JSON text (a key appears twice in one object). ${PARAMS}`],
  ['JSON tags with a key twice', { ...STACK, tags: '{"Team":"a","Team":"b"}' }, 'tags', `Invalid input tags: "{\\"Team\\":\\"a\\",\\"Team\\":\\"b\\"}" (a key appears twice in one object: "Team"). ${TAGS}`],
  ['a payload with a nested key twice', { functions: 'f', 'synthetic-payload': '{"a":{"b":1,"b":2}}' }, 'synthetic-payload', `Invalid input synthetic-payload: "{\\"a\\":{\\"b\\":1,\\"b\\":2}}" (a key appears twice in one object). ${PAYLOAD}`],
  ['a payload file with a key twice', { functions: 'f', 'synthetic-payload': 'dup.json' }, 'synthetic-payload', `Invalid input synthetic-payload: file "dup.json" (a key appears twice in one object). ${PAYLOAD}`],
  // files over their cap
  ['a parameter file over 1,000,000 bytes', { ...STACK, 'parameter-overrides': 'huge.json' }, 'parameter-overrides', `Invalid input parameter-overrides: file "huge.json" (1000001 bytes, over the 1000000 a parameter file accepts). ${PARAMS}`],
  // functions
  ['101 functions', { functions: HUNDRED_AND_ONE }, 'functions', `Invalid input functions: "${HUNDRED_AND_ONE.slice(0, 80)}…" (101 functions, over the 100 one run watches). ${FUNCTIONS}`],
  ['a function ARN outside the region input', { functions: ARN('eu-west-1'), region: 'us-east-1' }, 'functions', `Invalid input functions: entry "${ARN('eu-west-1')}" (in eu-west-1, but the run is in us-east-1, from the region input). ${FUNCTIONS}`],
  ['a function ARN outside AWS_REGION', { functions: ARN('eu-west-1') }, 'functions', `Invalid input functions: entry "${ARN('eu-west-1')}" (in eu-west-1, but the run is in us-east-1, from AWS_REGION). ${FUNCTIONS}`, { env: { AWS_REGION: 'us-east-1' } }],
  ['a function ARN outside AWS_DEFAULT_REGION', { functions: ARN('eu-west-1') }, 'functions', `Invalid input functions: entry "${ARN('eu-west-1')}" (in eu-west-1, but the run is in us-west-2, from AWS_DEFAULT_REGION). ${FUNCTIONS}`, { env: { AWS_DEFAULT_REGION: 'us-west-2' } }],
  ['function ARNs in two regions', { functions: `${ARN('eu-west-1')},${ARN('eu-central-1', undefined, 'b')}` }, 'functions', `Invalid input functions: entry "${ARN('eu-central-1', undefined, 'b')}" (in eu-central-1, but the run is in eu-west-1, from the ARN before it). ${FUNCTIONS}`],
  ['a function ARN outside the role account', { ...STACK, 'role-arn': 'arn:aws:iam::111111111111:role/deploy', functions: ARN('eu-west-1') }, 'functions', `Invalid input functions: entry "${ARN('eu-west-1')}" (in account 123456789012, but the run is in account 111111111111, from the role-arn). ${FUNCTIONS}`],
  ['partial ARNs in two accounts', { functions: '123456789012:function:a,210987654321:function:b' }, 'functions', `Invalid input functions: entry "210987654321:function:b" (in account 210987654321, but the run is in account 123456789012, from the ARN before it). ${FUNCTIONS}`],
];

describe('parseConfig on hostile input', () => {
  let fixture: ReturnType<typeof fixtureDir>;
  beforeAll(() => {
    fixture = fixtureDir({
      'app.yaml': 'Resources: {}\n',
      'dup.json': '{"Env":"prod","Env":"hunter2"}',
      'huge.json': `{"K":"${'v'.repeat(999_993)}"}`,
    });
  });
  afterAll(() => fixture.remove());

  it.each(ROWS)('%s', (_description, values, input, message, options = {}) => {
    expectConfigError(
      () => parseConfig(inputs(values), { cwd: fixture.dir, env: {}, ...options }),
      input,
      message,
    );
  });

  it('never shows the token, a parameter value or a line of the private key, and builds no AWS client', () => {
    const before = clientsConstructed();
    for (const [, values, , , options] of ROWS) {
      const { message } = configErrorOf(() =>
        parseConfig(inputs(values), { cwd: fixture.dir, env: {}, ...options }),
      );
      for (const secret of ['ZZZZZZZZ', 'hunter2', 'MIIE', 's3cr3t', 'PRIVATE KEY']) {
        expect(message).not.toContain(secret);
      }
    }
    expect(clientsConstructed()).toBe(before);
  });

  it('accepts function ARNs of the run and keeps up to 100 functions', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => ARN('eu-west-1', undefined, `fn-${i}`)).join('\n');
    const config = parseConfig(inputs({ functions: hundred, region: 'eu-west-1' }), { env: {} });
    expect(config.functions).toHaveLength(100);
  });
});

describe('files are capped before they are read', () => {
  it('refuses a parameter file on its size, without reading it', () => {
    const reads: string[] = [];
    const files: FileAccess = {
      resolve: (path) => `/work/${path}`,
      stat: () => ({ isFile: true, size: 5_000_000_000 }),
      read: (path) => {
        reads.push(path);
        return { text: '{}', over: false };
      },
    };
    expect(problemLine('parameter-overrides', () => parseParameterOverrides('big.json', files))).toBe(
      `Invalid input parameter-overrides: file "big.json" (5000000000 bytes, over the 1000000 a parameter file accepts). ${PARAMS}`,
    );
    expect(reads).toEqual([]);
  });

  it('refuses a file that grew past its cap between the size check and the read', () => {
    const files: FileAccess = {
      resolve: (path) => `/work/${path}`,
      stat: () => ({ isFile: true, size: 10 }),
      read: (_path, maxBytes) => ({ text: 'x'.repeat(maxBytes), over: true }),
    };
    expect(problemLine('parameter-overrides', () => parseParameterOverrides('grown.json', files))).toBe(
      `Invalid input parameter-overrides: file "grown.json" (over the 1000000 bytes a parameter file accepts). ${PARAMS}`,
    );
  });
});

describe('message length', () => {
  it('cuts every shown value at 80 characters, and no line is longer than MAX_LINE', () => {
    const huge = 'x'.repeat(200_000);
    const { message } = configErrorOf(() =>
      parseConfig(inputs({ functions: 'f', alias: huge }), { env: {} }),
    );
    expect(message).toBe(`Invalid input alias: "${'x'.repeat(80)}…". ${ALIAS}`);
    const line = formatProblem(
      { name: 'alias', accepted: 'y'.repeat(5_000), secret: false },
      badValue(huge),
      quote,
    );
    expect(line).toHaveLength(MAX_LINE);
    expect(line.endsWith('…')).toBe(true);
  });
});

describe('firstDuplicateKey', () => {
  it('scans 100,000 levels of nesting without a recursion', () => {
    expect(firstDuplicateKey(`${'['.repeat(100_000)}{"k":1,"k":2}${']'.repeat(100_000)}`)).toBe('k');
  });

  it.each([
    ['{"a":1,"b":{"a":2}}', undefined],
    ['[{"a":1},{"a":2}]', undefined],
    ['{"a":"x,\\"a\\":1","b":2}', undefined],
    ['{"a":1,"\\u0061":2}', 'a'],
    ['{"x":[{"k":1,"k":2}]}', 'k'],
  ])('%s → %s', (text, key) => {
    expect(firstDuplicateKey(text)).toBe(key);
  });
});

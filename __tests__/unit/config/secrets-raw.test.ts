/** Which values are masked: each secret input's (the token, the proxy, every parameter value), line by line, whatever the input's shape. */
import { describe, expect, it } from '@jest/globals';
import { rawSecretValues, Secrets, valuesToMask } from '../../../src/config/secrets.js';
import type { InputName } from '../../../src/config/inputs.js';
import { INPUT_NAMES, inputSpec, SECRET_INPUT_NAMES } from '../../../src/config/inputs.js';
import { parseConfig } from '../../../src/config/parse.js';
import { inputs } from '../../helpers/config.js';

const reader =
  (inputs: Partial<Record<InputName, string>>) =>
  (name: InputName): string =>
    inputs[name] ?? '';

describe('rawSecretValues', () => {
  it('takes the token and the value of each Key=Value entry, quoted or not', () => {
    const values = rawSecretValues(
      reader({
        'github-token': 'ghp_token123',
        'parameter-overrides': 'Db=hunter22, Key="a,b,c"\nName=orders',
      }),
    );
    expect(values).toEqual(expect.arrayContaining(['ghp_token123', 'hunter22', 'orders', 'Db=hunter22']));
    expect(values).not.toContain('Db');
  });

  it('takes each line of a malformed input, and the part after "Key:"', () => {
    const values = rawSecretValues(
      reader({ 'parameter-overrides': 'DbPassword: s3cr3t-value\nsecond line' }),
    );
    expect(values).toEqual(
      expect.arrayContaining(['DbPassword: s3cr3t-value', 's3cr3t-value', 'second line']),
    );
  });

  it('takes the values of inline JSON, each line of a multi-line one, but not parameter names', () => {
    const values = rawSecretValues(
      reader({
        'parameter-overrides': JSON.stringify([
          { ParameterKey: 'PrivateKey', ParameterValue: '-----BEGIN-----\nMIIEkeymaterial\n-----END-----' },
        ]),
      }),
    );
    expect(values).toEqual(expect.arrayContaining(['MIIEkeymaterial', '-----BEGIN-----', '-----END-----']));
    expect(values).not.toContain('PrivateKey');
  });

  it('takes short values too (Label=xyz), and leaves out only blank ones', () => {
    expect(rawSecretValues(reader({ 'parameter-overrides': 'Label=xyz\nOn=  ' }))).toEqual([
      'Label=xyz\nOn=',
      'Label=xyz',
      'On=',
      'xyz',
    ]);
  });
});

describe('valuesToMask', () => {
  it('takes every parsed value and its lines, but not @previous', () => {
    const values = valuesToMask({
      githubToken: undefined,
      httpProxy: undefined,
      parameterOverrides: [
        { key: 'Cert', value: 'line-one\nline-two' },
        { key: 'Kept', usePreviousValue: true },
      ],
    });
    expect(values).toEqual(['line-one\nline-two', 'line-one', 'line-two']);
  });
});

describe('Secrets', () => {
  it('announces each value once and redacts the longest first', () => {
    const announced: string[] = [];
    const secrets = new Secrets((v) => announced.push(v));
    secrets.add(['abcd', 'abcdefgh', 'abcd']);
    expect(announced).toEqual(['abcd', 'abcdefgh']);
    expect(secrets.redact('x abcdefgh y abcd')).toBe('x *** y ***');
  });
});

describe('the secret inputs come from the input table', () => {
  it('masks each input the table marks secret, the proxy too, and parameter-overrides by its values', () => {
    expect(SECRET_INPUT_NAMES).toEqual(
      expect.arrayContaining(['parameter-overrides', 'github-token', 'http-proxy']),
    );
    for (const name of INPUT_NAMES)
      expect(SECRET_INPUT_NAMES.includes(name as never)).toBe(inputSpec(name).secret);
    const values = rawSecretValues(
      reader({ 'http-proxy': 'http://user:pa55@proxy:3128', 'parameter-overrides': 'DbPassword=hunter22' }),
    );
    expect(values).toEqual(expect.arrayContaining(['http://user:pa55@proxy:3128', 'hunter22']));
    expect(values).not.toContain('DbPassword');
  });

  it("names a parameter's key and a parameters file in a message, never a value", () => {
    const message = (overrides: string): string => {
      try {
        parseConfig(inputs({ 'stack-name': 'orders-api', 'parameter-overrides': overrides }), { env: {} });
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('parsed');
    };
    // A YAML-shaped value is refused whole: hidden, its value redacted from the reason too.
    const yaml = message('DbPassword: hunter22');
    expect(yaml).toContain('Invalid input parameter-overrides:');
    expect(yaml).not.toContain('hunter22');
    // A parameters file is named by its path, which is no secret.
    expect(message('missing-params.json')).toContain('file "missing-params.json" (not found)');
    // An entry of a secret input is named by its place, not its text.
    expect(message('DbPassword=hunter22,tail')).toMatch(/entry 2 \(no "=" in it/);
  });
});

/** What a run must mask: valuesToMask lists it from the Config; redact hides it in a text. */
import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../../src/config/parse.js';
import { redact } from '../../../src/config/redact.js';
import { valuesToMask } from '../../../src/config/secrets.js';
import { inputs } from '../../helpers/config.js';

const KEY = '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----';

describe('valuesToMask', () => {
  it('lists the token, each parameter value and each line of a multi-line one, longest first', () => {
    // GIVEN a parameter file with a multi-line key, short values, a kept value and the token
    const params = JSON.stringify({ Key: KEY, Env: 'prod', On: '1', Db: '@previous', Pass: 'hunter2' });
    const config = parseConfig(
      inputs({ 'stack-name': 'orders-api', 'parameter-overrides': params, 'github-token': 'ghs_tok3n' }),
      { env: {} },
    );
    // THEN every value is listed once, however short, the key whole and line by line
    expect(valuesToMask(config)).toEqual([
      KEY,
      '-----BEGIN RSA PRIVATE KEY-----',
      '-----END RSA PRIVATE KEY-----',
      'MIIEpAIBAAKCAQEA',
      'ghs_tok3n',
      'hunter2',
      'prod',
      '1',
    ]);
  });

  it('masks values of 3 characters and fewer, and leaves out only blank ones (the runner refuses those)', () => {
    const values = valuesToMask({
      githubToken: undefined,
      httpProxy: undefined,
      parameterOverrides: [
        { key: 'Label', value: 'xyz' },
        { key: 'Az', value: 'b' },
        { key: 'Blank', value: '   ' },
        { key: 'Empty', value: '' },
      ],
    });
    expect(values).toEqual(['xyz', 'b']);
  });

  it('is empty without a token or parameters', () => {
    expect(valuesToMask(parseConfig(inputs({ functions: 'f' }), { env: {} }))).toEqual([]);
  });
});

describe('redact', () => {
  it('replaces every occurrence, the longer secret first', () => {
    expect(redact('a hunter2b hunter2 hunter', ['hunter', 'hunter2'])).toBe('a ***b *** ***');
  });

  it('leaves a text without secrets alone, hides a short value too, and ignores blank ones', () => {
    expect(redact('version 1 on', ['xyz', ' '])).toBe('version 1 on');
    expect(redact('Label=xyz', ['xyz'])).toBe('Label=***');
  });
});

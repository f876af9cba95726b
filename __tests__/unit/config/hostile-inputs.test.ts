/**
 * Hostile input: secrets in messages, entries named by place, files over their cap, duplicate JSON
 * keys, too many functions, ARNs from elsewhere. Every row is one exact message, and no AWS client
 * is ever built.
 */
import { describe, expect, it } from '@jest/globals';
import { clientsConstructed } from '../../../src/aws/clients.js';
import type { FileAccess } from '../../../src/config/files.js';
import { firstDuplicateKey } from '../../../src/config/json.js';
import { parseParameterOverrides } from '../../../src/config/key-values.js';
import { MAX_LINE, badValue, formatProblem, quote } from '../../../src/config/messages.js';
import { parseConfig } from '../../../src/config/parse.js';
import { configErrorOf, expectConfigError, inputs, problemLine, suiteFixture } from '../../helpers/config.js';
import { ALIAS, ARN, HOSTILE_FILES, HOSTILE_SECRETS, PARAMS, ROWS } from '../../helpers/hostile-catalogue.js';

describe('parseConfig on hostile input', () => {
  const fixture = suiteFixture(HOSTILE_FILES);

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
      for (const secret of HOSTILE_SECRETS) {
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

/** The small parsers on their own, with an in-memory FileAccess for the file cases a disk makes awkward. */
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { FileAccess } from '../../../src/config/files.js';
import { nodeFileAccess } from '../../../src/config/files.js';
import { deepFreeze } from '../../../src/config/freeze.js';
import { parseParameterOverrides, parseTags, splitKeyValues } from '../../../src/config/key-values.js';
import { quote } from '../../../src/config/messages.js';
import { parseSyntheticPayload, parseTemplate, PAYLOAD_LIMIT_BYTES } from '../../../src/config/sources.js';
import { durationMsOf, percentOf, percentToFraction } from '../../../src/config/units.js';
import { fixtureDir, problemLine } from '../../helpers/config.js';

/** Files held in memory; `unreadable` paths are seen by stat but fail to read. */
function memoryFiles(files: Record<string, string>, unreadable: string[] = []): FileAccess {
  return {
    resolve: (path) => (path.startsWith('/') ? path : `/work/${path}`),
    stat: (path) => {
      const text = files[path];
      if (text !== undefined) return { isFile: true, size: Buffer.byteLength(text) };
      return unreadable.includes(path) ? { isFile: true, size: 10 } : undefined;
    },
    read: (path, maxBytes) => {
      const text = files[path];
      return text === undefined ? undefined : { text, over: Buffer.byteLength(text) > maxBytes };
    },
  };
}

describe('units', () => {
  it('reads percentages and durations, and nothing else', () => {
    expect([percentOf('12.5%'), percentOf(' 3 % '), percentOf('3'), percentOf('%')]).toEqual([
      12.5,
      3,
      null,
      null,
    ]);
    expect([durationMsOf('2s'), durationMsOf('.5m'), durationMsOf('1 H'), durationMsOf('1d')]).toEqual([
      2_000,
      30_000,
      3_600_000,
      null,
    ]);
    expect(percentToFraction(0.1 + 0.2)).toBe(0.003);
  });
});

describe('messages', () => {
  it('quotes on one line and cuts long values', () => {
    expect(quote('a\nb')).toBe('"a\\nb"');
    expect(quote('x'.repeat(81))).toBe(`"${'x'.repeat(80)}…"`);
  });
});

describe('splitKeyValues', () => {
  it('keeps the quoted flag and handles CRLF lines', () => {
    expect(splitKeyValues('tags', 'A="1"\r\nB=2\r\n')).toEqual([
      { index: 1, key: 'A', value: '1', quoted: true },
      { index: 2, key: 'B', value: '2', quoted: false },
    ]);
  });

  it('skips empty entries between commas', () => {
    expect(splitKeyValues('tags', 'A=1,, ,B=2,')).toEqual([
      { index: 1, key: 'A', value: '1', quoted: false },
      { index: 2, key: 'B', value: '2', quoted: false },
    ]);
  });

  it('shows a tag entry without a key in full, a parameter one by its place only', () => {
    expect(problemLine('tags', () => splitKeyValues('tags', '=v'))).toContain(
      'Invalid input tags: entry "=v" (no key before "=").',
    );
    expect(
      problemLine('parameter-overrides', () => splitKeyValues('parameter-overrides', 'A=1\n=v')),
    ).toContain('Invalid input parameter-overrides: entry 2 (no key before "=").');
  });

  it('names the entry, not the previous key, for a tag entry without "="', () => {
    expect(problemLine('tags', () => splitKeyValues('tags', 'A=1,B'))).toContain(
      'Invalid input tags: entry "B" (no "=" in it: quote a value that holds a comma, as in Key="a,b").',
    );
  });
});

describe('parseParameterOverrides with files', () => {
  const EXPECTED =
    'Expected Key=Value entries separated by commas or newlines (Key="a,b" for a value with commas, Key=@previous to keep the deployed value), or the path of a JSON file.';

  it('says when a file is there but cannot be read', () => {
    expect(
      problemLine('parameter-overrides', () =>
        parseParameterOverrides('p.json', memoryFiles({}, ['/work/p.json'])),
      ),
    ).toBe(`Invalid input parameter-overrides: file "p.json" (cannot be read). ${EXPECTED}`);
  });

  it('says when the path is a directory', () => {
    const fixture = fixtureDir({ 'params.json': null });
    try {
      expect(
        problemLine('parameter-overrides', () =>
          parseParameterOverrides('params.json', nodeFileAccess(fixture.dir)),
        ),
      ).toBe(`Invalid input parameter-overrides: file "params.json" (not a file). ${EXPECTED}`);
    } finally {
      fixture.remove();
    }
  });

  it('treats a path with a slash as a file even without .json', () => {
    const files = memoryFiles({ '/work/config/params': '{"Env":"prod"}' });
    expect(parseParameterOverrides('config/params', files)).toEqual([{ key: 'Env', value: 'prod' }]);
  });

  it('checks keys from files like keys from text', () => {
    const files = memoryFiles({ '/work/p.json': '{"Bad-Key":"v"}' });
    expect(problemLine('parameter-overrides', () => parseParameterOverrides('p.json', files))).toContain(
      'Invalid input parameter-overrides: entry 1 (a parameter name has only letters and digits).',
    );
  });
});

describe('parseTags limits', () => {
  it('refuses more than 50 tags and keys over 128 characters', () => {
    const many = Array.from({ length: 51 }, (_, i) => `K${i}=v`).join('\n');
    expect(problemLine('tags', () => parseTags(many))).toContain('(more than 50 tags)');
    expect(problemLine('tags', () => parseTags(`${'k'.repeat(129)}=v`))).toContain(
      '(a tag key has at most 128 characters)',
    );
  });

  it('refuses JSON that is neither object nor array, and nested values', () => {
    expect(problemLine('tags', () => parseTags('[1]'))).toContain('(item 1 needs a text Key and Value)');
    expect(problemLine('tags', () => parseTags('{"Team":{"a":1}}'))).toContain(
      '(the value of tag "Team" is not text, a number or a boolean)',
    );
  });
});

describe('parseTemplate and parseSyntheticPayload', () => {
  it('keeps the size of a local template and none for a URL', () => {
    const files = memoryFiles({ '/work/t.yaml': 'Resources: {}' });
    expect(parseTemplate('t.yaml', files)).toEqual({
      source: { kind: 'file', path: '/work/t.yaml' },
      sizeBytes: 13,
      written: 't.yaml',
    });
    expect(parseTemplate('HTTPS://example.com/t.yaml', files)?.sizeBytes).toBeUndefined();
  });

  it('says when a payload file cannot be read', () => {
    expect(
      problemLine('synthetic-payload', () =>
        parseSyntheticPayload('p.json', memoryFiles({}, ['/work/p.json'])),
      ),
    ).toContain('Invalid input synthetic-payload: file "p.json" (cannot be read).');
  });

  it('refuses payloads over Lambda’s 6 MB, inline or in a file', () => {
    const big = JSON.stringify('x'.repeat(PAYLOAD_LIMIT_BYTES));
    expect(problemLine('synthetic-payload', () => parseSyntheticPayload(big, memoryFiles({})))).toContain(
      `(${PAYLOAD_LIMIT_BYTES + 2} bytes, over the ${PAYLOAD_LIMIT_BYTES} Lambda accepts)`,
    );
    expect(
      problemLine('synthetic-payload', () =>
        parseSyntheticPayload('big.json', memoryFiles({ '/work/big.json': big })),
      ),
    ).toContain(
      `Invalid input synthetic-payload: file "big.json" (${PAYLOAD_LIMIT_BYTES + 2} bytes, over the ${PAYLOAD_LIMIT_BYTES} Lambda accepts).`,
    );
  });
});

describe('nodeFileAccess', () => {
  it('resolves, stats and reads real files, and answers undefined for missing ones', () => {
    const fixture = fixtureDir({ 'a.txt': 'hello' });
    try {
      const files = nodeFileAccess(fixture.dir);
      const path = files.resolve('a.txt');
      expect(path).toBe(join(fixture.dir, 'a.txt'));
      expect([files.stat(path), files.read(path, 5), files.read(path, 4)]).toEqual([
        { isFile: true, size: 5 },
        { text: 'hello', over: false },
        { text: 'hell', over: true },
      ]);
      expect([files.stat(join(fixture.dir, 'none')), files.read(join(fixture.dir, 'none'), 10)]).toEqual([
        undefined,
        undefined,
      ]);
      expect(files.resolve('/abs/x')).toBe('/abs/x');
    } finally {
      fixture.remove();
    }
  });
});

describe('deepFreeze', () => {
  it('freezes nested objects and arrays, and survives cycles', () => {
    const value: { list: { n: number }[]; self?: unknown } = { list: [{ n: 1 }] };
    value.self = value;
    deepFreeze(value);
    expect([Object.isFrozen(value), Object.isFrozen(value.list), Object.isFrozen(value.list[0])]).toEqual([
      true,
      true,
      true,
    ]);
  });
});

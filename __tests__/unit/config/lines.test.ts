/** The one rule for lines and entries in an input's text: \n, \r\n and a lone \r all end a line. */
import { describe, expect, it } from '@jest/globals';
import { splitKeyValues } from '../../../src/config/key-values.js';
import { splitEntries, splitLines } from '../../../src/config/lines.js';
import { splitList } from '../../../src/config/parsers.js';
import { valuesToMask } from '../../../src/config/secrets.js';

describe('lines and entries', () => {
  it('GIVEN text saved on Windows, on Unix or on an old Mac WHEN split THEN the lines are the same', () => {
    expect(splitLines('a\r\nb\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('GIVEN a list with commas and CRLF line breaks WHEN split THEN no entry keeps a \\r', () => {
    expect(splitEntries('OrdersFunction,\r\nWorkerFunction\r\n')).toEqual([
      'OrdersFunction',
      'WorkerFunction',
    ]);
    expect(splitList('a\r\nb\r\na')).toEqual(['a', 'b']);
  });

  it('GIVEN parameter overrides with CRLF line breaks WHEN split THEN each value ends where its line does', () => {
    const values = splitKeyValues('parameter-overrides', 'Env=prod\r\nSize=3\r\n').map((kv) => kv.value);
    expect(values).toEqual(['prod', '3']);
  });

  it('GIVEN a multi-line secret with CRLF WHEN masked THEN each line is masked on its own, without its \\r', () => {
    const masked = valuesToMask({
      githubToken: undefined,
      httpProxy: undefined,
      parameterOverrides: [{ key: 'Key', value: 'line-one\r\nline-two' }],
    });
    expect(masked).toEqual(expect.arrayContaining(['line-one', 'line-two']));
  });
});

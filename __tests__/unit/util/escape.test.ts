import { describe, expect, it } from '@jest/globals';
import { logText, mdCode, mdText, mermaidText } from '../../../src/util/escape.js';

describe('mdText', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['[click](https://evil.test)', '\\[click\\](https://evil.test)'],
    ['![x](https://evil.test/x.png)', '!\\[x\\](https://evil.test/x.png)'],
    ['a|b', 'a\\|b'],
    ['`code`', '\\`code\\`'],
    ['line\r\n```\n# heading', 'line \\`\\`\\` # heading'],
    ['a & b', 'a &amp; b'],
    ['back\\slash', 'back\\\\slash'],
    ['**bold** _it_ ~~del~~', '\\*\\*bold\\*\\* \\_it\\_ \\~\\~del\\~\\~'],
    ['sep\u2028arator', 'sep arator'],
  ])('escapes %j', (text, expected) => {
    expect(mdText(text)).toBe(expected);
  });

  it('leaves plain names as they are', () => {
    expect(mdText('orders-api v3 + v4 at 10%')).toBe('orders-api v3 + v4 at 10%');
  });
});

describe('mdCode', () => {
  it('fences the text longer than any run of backticks in it, so nothing inside can close the span', () => {
    expect(mdCode('orders-fn')).toBe('`orders-fn`');
    expect(mdCode('a``b')).toBe('```a``b```');
    expect(mdCode('`x`')).toBe('`` `x` ``');
    expect(mdCode('``` <img src=x>')).toBe('```` ``` <img src=x> ````');
  });

  it('keeps it on one line', () => {
    expect(mdCode('one\ntwo\r\nthree\u2028four')).toBe('`one two three four`');
  });
});

describe('mermaidText', () => {
  it('keeps letters, digits and separators and replaces quotes, backticks, brackets and line breaks', () => {
    expect(mermaidText('fn-1 "x"`\n```[a]')).toBe('fn-1 _x_______a_');
    expect(mermaidText('orders-fn.v2: 10%')).toBe('orders-fn.v2: 10_');
  });
});

describe('logText', () => {
  it('keeps a line from starting a workflow command', () => {
    expect(logText('::add-mask::x')).toBe('[::]add-mask::x');
    expect(logText('status\n  ::set-output name=verdict::pass')).toBe(
      'status\n  [::]set-output name=verdict::pass',
    );
    expect(logText('a::b')).toBe('a::b');
  });
});

/** The botocore models' Java patterns as JavaScript RegExps (__tests__/contract/patterns.mjs). */
import { describe, expect, it } from '@jest/globals';
import { compilePattern, javaToJs } from '../../contract/patterns.mjs';

const test = (pattern: string, value: string): boolean => {
  const { regex } = compilePattern(pattern);
  if (!regex) throw new Error(`not compiled: ${pattern}`);
  return regex.test(value);
};

describe('Java patterns in JavaScript', () => {
  it('GIVEN Unicode property classes WHEN compiled THEN they keep their meaning (the u flag)', () => {
    expect(test('^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$', 'stack-canary:guard')).toBe(true);
    expect(test('^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$', 'a;b')).toBe(false);
  });

  it("GIVEN Java's POSIX classes WHEN compiled THEN they become ASCII ranges, inside a class or out", () => {
    expect(javaToJs('\\p{Print}+')).toEqual({ source: '[ -~]+', flags: 'u' });
    expect(test('\\p{Print}+', 'plan rule 1')).toBe(true);
    expect(test('^\\p{Print}+$', 'tab\there')).toBe(false);
    expect(test('^[\\p{Alpha}_]+$', 'a_b')).toBe(true);
  });

  it('GIVEN \\A, \\z and a leading inline flag WHEN compiled THEN anchors and flags follow', () => {
    expect(javaToJs('(?s)\\Aa.b\\z')).toEqual({ source: '^a.b$', flags: 'us' });
  });

  it('GIVEN escapes only valid without the u flag WHEN compiled THEN the pattern still compiles', () => {
    expect(test('[A-Za-z0-9\\_\\-]+', 'a_b-c')).toBe(true);
  });

  it('GIVEN a pattern JavaScript cannot read WHEN compiled THEN it is reported, never checked wrongly', () => {
    expect(compilePattern('[a-z&&[^b]]\\p{Nope}')).toEqual({
      error: 'not convertible to a JavaScript RegExp: [a-z&&[^b]]\\p{Nope}',
    });
  });
});

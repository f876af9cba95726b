// botocore's `pattern` traits are Java regular expressions; this turns them into JavaScript ones.
// Most are already valid with the `u` flag. Java's POSIX classes (\p{Print}, \p{Alpha}, …), its
// \A, \z and \Z anchors and leading inline flags are rewritten; anything still refused is
// reported as not converted (and not checked) instead of being checked wrongly.

/** Java's POSIX character classes (US-ASCII), as the inside of a JavaScript character class. */
const POSIX = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r',
};

/** Rewrites the Java-only constructs; returns the JavaScript source and flags. */
export function javaToJs(pattern) {
  let flags = 'u';
  let source = pattern;
  const inline = /^\(\?([is]+)\)/.exec(source);
  if (inline) {
    flags += inline[1];
    source = source.slice(inline[0].length);
  }
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1];
      const posix = /^\\p\{(\w+)\}/.exec(source.slice(i));
      if (posix && posix[1] in POSIX) {
        const inner = POSIX[posix[1]];
        out += inClass ? inner : `[${inner}]`;
        i += posix[0].length - 1;
        continue;
      }
      if (!inClass && next === 'A') out += '^';
      else if (!inClass && (next === 'z' || next === 'Z')) out += '$';
      else out += c + (next ?? '');
      i += 1;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return { source: out, flags };
}

/** A compiled pattern, or the reason it could not be converted. */
export function compilePattern(pattern) {
  const { source, flags } = javaToJs(pattern);
  try {
    return { regex: new RegExp(source, flags) };
  } catch {
    // Without `u`, \p{…} would silently mean the letter p: only patterns without it may fall back.
    if (!/\\[pP]\{/.test(source)) {
      try {
        return { regex: new RegExp(source, flags.replace('u', '')) };
      } catch {
        // fall through
      }
    }
    return { error: `not convertible to a JavaScript RegExp: ${pattern}` };
  }
}

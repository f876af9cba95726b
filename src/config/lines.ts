/**
 * The one rule for breaking an input's text into lines and entries. A line ends at \n, \r\n (a
 * file or a secret saved on Windows) or a lone \r; the runner masks secrets line by line by the
 * same rule.
 */
const LINE_BREAK = /\r\n|\r|\n/;

export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** Entries separated by commas or line breaks, trimmed, empty ones dropped. */
export function splitEntries(text: string): string[] {
  return splitLines(text)
    .flatMap((line) => line.split(','))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

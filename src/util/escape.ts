/**
 * Escaping of everything that comes from inputs or AWS (function and alarm names, status reasons,
 * judge reasons) before it is written into markdown, a Mermaid block or a workflow command line.
 * The job summary renders only through these; the run's logger passes every line through logText.
 */
import type { Logger } from '../logger.js';

/** Line breaks and other control characters (incl. U+2028/U+2029) that would end a line or a cell. */
const LINE_BREAKS = /[\p{Cc}\u2028\u2029]+/gu;

const MARKDOWN: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\\': '\\\\',
  '[': '\\[',
  ']': '\\]',
  '`': '\\`',
  '|': '\\|',
  '*': '\\*',
  _: '\\_',
  '~': '\\~',
};

/**
 * One line of inline markdown text, safe in a paragraph, a heading or a table cell: no HTML, no
 * link or image, no code span or fence, no emphasis, no cell break, no line break.
 */
export function mdText(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(/[&<>\\[\]`|*_~]/g, (c) => MARKDOWN[c] ?? c);
}

/**
 * Inline code that shows `text` as it is, on one line: the fence is longer than any run of
 * backticks inside, so nothing in the text can close the span and start markdown or HTML of its
 * own. (In a table cell, `|` still needs escaping: the row is split before the span is read.)
 */
export function mdCode(text: string): string {
  const line = text.replace(LINE_BREAKS, ' ');
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}

/** Text inside a Mermaid quoted label: letters, digits and a few separators; anything else becomes `_`. */
export function mermaidText(text: string): string {
  return text.replace(/[^\p{L}\p{N} .:/@+=(),-]/gu, '_');
}

/**
 * A plain log line that the runner must not read as a workflow command (`::set-output`,
 * `::add-mask::`, `::stop-commands::`): every line that would start with `::` is prefixed.
 */
export function logText(text: string): string {
  return text.replace(/(^|[\r\n\u2028\u2029])(\s*)::/g, '$1$2[::]');
}

/** The logger with every message and group title through logText (the pipeline logs through it). */
export function commandSafeLogger(logger: Logger): Logger {
  return {
    debug: (m) => logger.debug(logText(m)),
    info: (m) => logger.info(logText(m)),
    warning: (m) => logger.warning(logText(m)),
    error: (m) => logger.error(logText(m)),
    group: (title, body) => logger.group(logText(title), body),
  };
}

/**
 * The input table of docs/config.md, rendered from the input table (pure). `npm run docs:inputs`
 * writes it between its marker comments; a test fails when the file holds anything else there.
 * (The README is a quick start that links to docs/config.md; it holds no copy of the table.)
 */
import { envName } from './input-spec.js';
import { INPUT_NAMES, inputSpec } from './inputs.js';

export const START_MARKER =
  '<!-- inputs:start: generated from src/config/inputs.ts by `npm run docs:inputs`, do not edit -->';
export const END_MARKER = '<!-- inputs:end -->';

/** A table cell: one line, `|` escaped. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** Wraps `text` in backticks that no backtick inside it can close. */
function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function defaultCell(name: (typeof INPUT_NAMES)[number]): string {
  const spec = inputSpec(name);
  const value = spec.actionDefault ?? spec.default;
  return value === undefined ? '' : cell(code(value));
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

function generated(lines: readonly string[]): string {
  return [
    START_MARKER,
    '<!-- prettier-ignore-start -->',
    ...lines,
    '<!-- prettier-ignore-end -->',
    END_MARKER,
  ].join('\n');
}

/** docs/config.md: each input, its default, what it means, the forms it accepts and its CLI variable. */
export function configInputsTable(): string {
  const rows = INPUT_NAMES.map((name) => {
    const spec = inputSpec(name);
    const secret = spec.secret ? ' Secret: never shown, masked in every output.' : '';
    return [
      code(name),
      defaultCell(name),
      cell(spec.description),
      cell(`${spec.accepted}.${secret}`),
      code(envName(name)),
    ];
  });
  return generated(table(['input', 'default', 'meaning', 'accepts', 'CLI variable'], rows));
}

/** `text` with what stands between the markers (markers included) replaced by `block`. */
export function replaceGenerated(text: string, block: string): string {
  const start = text.indexOf(START_MARKER);
  const end = text.indexOf(END_MARKER);
  if (start === -1 || end < start) throw new Error(`no ${START_MARKER} … ${END_MARKER} block`);
  return `${text.slice(0, start)}${block}${text.slice(end + END_MARKER.length)}`;
}

/** The generated block as it stands in `text` (markers included); undefined when there is none. */
export function currentGenerated(text: string): string | undefined {
  const start = text.indexOf(START_MARKER);
  const end = text.indexOf(END_MARKER);
  return start === -1 || end < start ? undefined : text.slice(start, end + END_MARKER.length);
}

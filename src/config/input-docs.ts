/**
 * The generated reference tables (pure), written between marker comments by `npm run docs:inputs`;
 * a test fails when a file holds anything else there:
 * - docs/config.md: every input in full (from the input table), and the outputs (from action.yml);
 * - README.md: every input and output at a glance (name, default, meaning), after the quick start.
 */
import { parse } from 'yaml';
import { envName } from './input-spec.js';
import { INPUT_NAMES, inputSpec } from './inputs.js';

export interface Markers {
  readonly start: string;
  readonly end: string;
}

const markers = (name: string, from: string): Markers => ({
  start: `<!-- ${name}:start: generated from ${from} by \`npm run docs:inputs\`, do not edit -->`,
  end: `<!-- ${name}:end -->`,
});

export const INPUTS_MARKERS = markers('inputs', 'src/config/inputs.ts');
export const OUTPUTS_MARKERS = markers('outputs', 'action.yml');
export const README_MARKERS = markers('at-a-glance', 'src/config/inputs.ts and action.yml');

/** An action output, as action.yml declares it. */
export interface OutputDoc {
  readonly name: string;
  readonly description: string;
}

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

function generated(lines: readonly string[], at: Markers): string {
  return [at.start, '<!-- prettier-ignore-start -->', ...lines, '<!-- prettier-ignore-end -->', at.end].join(
    '\n',
  );
}

/** The outputs action.yml declares, in its order. */
export function actionOutputs(actionYml: string): OutputDoc[] {
  const outputs = (parse(actionYml) as { outputs?: Record<string, { description?: unknown }> }).outputs ?? {};
  return Object.entries(outputs).map(([name, output]) => ({
    name,
    description: String(output.description ?? ''),
  }));
}

function outputRows(outputs: readonly OutputDoc[]): string[] {
  return table(
    ['output', 'meaning'],
    outputs.map((output) => [code(output.name), cell(output.description)]),
  );
}

/** docs/config.md: each input, its default, what it means, the forms it accepts and its CLI variable. */
export function configInputsTable(): string {
  const rows = INPUT_NAMES.map((name) => {
    const spec = inputSpec(name);
    const secret = spec.secret ? ' Secret: its values are never shown, masked in every output.' : '';
    return [
      code(name),
      defaultCell(name),
      cell(spec.description),
      cell(`${spec.accepted}.${secret}`),
      code(envName(name)),
    ];
  });
  return generated(table(['input', 'default', 'meaning', 'accepts', 'CLI variable'], rows), INPUTS_MARKERS);
}

/** docs/config.md: the action's outputs. */
export function configOutputsTable(outputs: readonly OutputDoc[]): string {
  return generated(outputRows(outputs), OUTPUTS_MARKERS);
}

/** README.md: every input (name, default, meaning) and every output, at a glance. */
export function readmeAtAGlance(outputs: readonly OutputDoc[]): string {
  const inputs = table(
    ['input', 'default', 'meaning'],
    INPUT_NAMES.map((name) => [code(name), defaultCell(name), cell(inputSpec(name).description)]),
  );
  return generated([...inputs, '', ...outputRows(outputs)], README_MARKERS);
}

/** `text` with what stands between the markers (markers included) replaced by `block`. */
export function replaceGenerated(text: string, block: string, at: Markers = INPUTS_MARKERS): string {
  const start = text.indexOf(at.start);
  const end = text.indexOf(at.end);
  if (start === -1 || end < start) throw new Error(`no ${at.start} … ${at.end} block`);
  return `${text.slice(0, start)}${block}${text.slice(end + at.end.length)}`;
}

/** The generated block as it stands in `text` (markers included); undefined when there is none. */
export function currentGenerated(text: string, at: Markers = INPUTS_MARKERS): string | undefined {
  const start = text.indexOf(at.start);
  const end = text.indexOf(at.end);
  return start === -1 || end < start ? undefined : text.slice(start, end + at.end.length);
}

/** The reference tables in docs/config.md and the README are generated from the input table and action.yml, and kept fresh. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  OUTPUTS_MARKERS,
  README_MARKERS,
  actionOutputs,
  configInputsTable,
  configOutputsTable,
  currentGenerated,
  readmeAtAGlance,
  replaceGenerated,
} from '../../../src/config/input-docs.js';
import { INPUT_NAMES } from '../../../src/config/inputs.js';

const read = (file: string): string => readFileSync(join(process.cwd(), file), 'utf8');
const outputs = actionOutputs(read('action.yml'));

describe('generated input tables', () => {
  it('docs/config.md holds the table as `npm run docs:inputs` writes it', () => {
    // A failure here means the input table changed: run `npm run docs:inputs`.
    expect(currentGenerated(read('docs/config.md'))).toBe(configInputsTable());
  });

  it('docs/config.md holds the outputs of action.yml as `npm run docs:inputs` writes them', () => {
    expect(currentGenerated(read('docs/config.md'), OUTPUTS_MARKERS)).toBe(configOutputsTable(outputs));
  });

  it('the README holds every input and output at a glance, as `npm run docs:inputs` writes them', () => {
    const readme = read('README.md');
    expect(currentGenerated(readme, README_MARKERS)).toBe(readmeAtAGlance(outputs));
    expect(readme).toContain('](docs/config.md)');
  });

  it('names every input and output of action.yml in the README', () => {
    const action = parse(read('action.yml')) as { inputs: object; outputs: object };
    const readme = read('README.md');
    const missing = [...Object.keys(action.inputs), ...Object.keys(action.outputs)].filter(
      (name) => !readme.includes(`| \`${name}\` |`),
    );
    expect(missing).toEqual([]);
    expect(outputs.map((o) => o.name)).toEqual(Object.keys(action.outputs));
  });

  it('has one row per input, in the table order, and escapes | in cells', () => {
    const rows = configInputsTable()
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    expect(rows.map((row) => /^\| `([a-z0-9-]+)`/.exec(row)?.[1])).toEqual([...INPUT_NAMES]);
    expect(configInputsTable()).toContain('| `github-token` | `${{ github.token }}` |');
    expect(configInputsTable()).toContain('| `extend-hold` | `10m` |');
  });

  it('replaces only what stands between the markers', () => {
    const block = configInputsTable();
    const text = `before\n${block.replace('| `alias` | `live` |', '| `alias` | `stale` |')}\nafter\n`;
    expect(replaceGenerated(text, block)).toBe(`before\n${block}\nafter\n`);
    expect(() => replaceGenerated('no markers', block)).toThrow('no <!-- inputs:start');
  });
});

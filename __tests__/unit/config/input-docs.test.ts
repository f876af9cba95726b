/** The input tables of README.md and docs/config.md are generated from the input table, and kept fresh. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  configInputsTable,
  currentGenerated,
  readmeInputsTable,
  replaceGenerated,
} from '../../../src/config/input-docs.js';
import { INPUT_NAMES } from '../../../src/config/inputs.js';

const read = (file: string): string => readFileSync(join(process.cwd(), file), 'utf8');

describe('generated input tables', () => {
  it.each([
    ['README.md', readmeInputsTable()],
    ['docs/config.md', configInputsTable()],
  ])('%s holds the table as `npm run docs:inputs` writes it', (file, table) => {
    // A failure here means the input table changed: run `npm run docs:inputs`.
    expect(currentGenerated(read(file))).toBe(table);
  });

  it('has one row per input, in the table order, and escapes | in cells', () => {
    const rows = configInputsTable()
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    expect(rows.map((row) => /^\| `([a-z0-9-]+)`/.exec(row)?.[1])).toEqual([...INPUT_NAMES]);
    expect(configInputsTable()).toContain('| `github-token` | `${{ github.token }}` |');
    expect(readmeInputsTable()).toContain('| `extend-hold` | `10m` |');
  });

  it('replaces only what stands between the markers', () => {
    const block = readmeInputsTable();
    const text = `before\n${block.replace('| `alias` | `live` |', '| `alias` | `stale` |')}\nafter\n`;
    expect(replaceGenerated(text, block)).toBe(`before\n${block}\nafter\n`);
    expect(() => replaceGenerated('no markers', block)).toThrow('no <!-- inputs:start');
  });
});

/** The input table of docs/config.md is generated from the input table, and kept fresh; the README links to it. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configInputsTable, currentGenerated, replaceGenerated } from '../../../src/config/input-docs.js';
import { INPUT_NAMES } from '../../../src/config/inputs.js';

const read = (file: string): string => readFileSync(join(process.cwd(), file), 'utf8');

describe('generated input tables', () => {
  it('docs/config.md holds the table as `npm run docs:inputs` writes it', () => {
    // A failure here means the input table changed: run `npm run docs:inputs`.
    expect(currentGenerated(read('docs/config.md'))).toBe(configInputsTable());
  });

  it('the README holds no copy of the table, and links to docs/config.md instead', () => {
    const readme = read('README.md');
    expect(currentGenerated(readme)).toBeUndefined();
    expect(readme).toContain('](docs/config.md)');
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

/**
 * The house (scripts/check-house.mjs): src/ has no import cycle and no arrow pointing back up the
 * layer order, and the check itself finds each kind of fault on a small graph.
 */
import { describe, expect, it } from '@jest/globals';
import { fileGraphOf, houseFaults, report } from '../../scripts/check-house.mjs';

const LAYERS = [['top'], ['middle'], ['floor', 'floor.ts']];

describe('the house check', () => {
  it('finds a cycle between files', () => {
    const graph = new Map([
      ['src/middle/a.ts', ['src/middle/b.ts']],
      ['src/middle/b.ts', ['src/middle/a.ts']],
    ]);
    expect(houseFaults(graph, LAYERS, []).fileCycles).toEqual([['src/middle/a.ts', 'src/middle/b.ts']]);
  });

  it('finds an arrow up the layers, with the import that draws it', () => {
    const graph = new Map([
      ['src/top/a.ts', ['src/floor/b.ts']],
      ['src/floor/b.ts', ['src/middle/c.ts']],
      ['src/middle/c.ts', []],
    ]);
    const faults = houseFaults(graph, LAYERS, []);
    expect(faults.backArrows).toEqual([
      { arrow: 'floor -> middle', lines: ['src/floor/b.ts -> src/middle/c.ts'] },
    ]);
    expect(report(faults).ok).toBe(false);
  });

  it('finds a cycle between two modules of one layer', () => {
    const graph = new Map([
      ['src/floor/a.ts', ['src/floor.ts']],
      ['src/floor.ts', ['src/floor/b.ts']],
      ['src/floor/b.ts', []],
    ]);
    expect(houseFaults(graph, LAYERS, []).moduleCycles).toEqual([['floor', 'floor.ts']]);
  });

  it('lets an allowed back-arrow stand, and asks for an allowance to go once it is not needed', () => {
    const graph = new Map([
      ['src/middle/a.ts', ['src/top/b.ts']],
      ['src/top/b.ts', []],
    ]);
    const allowed = houseFaults(graph, LAYERS, ['middle -> top']);
    expect(allowed.backArrows).toEqual([]);
    expect(allowed.allowedBackArrows.map((a) => a.arrow)).toEqual(['middle -> top']);
    expect(report(allowed).ok).toBe(true);
    const stale = houseFaults(new Map([['src/top/b.ts', []]]), LAYERS, ['middle -> top']);
    expect(stale.unusedAllowances).toEqual(['middle -> top']);
    expect(report(stale).ok).toBe(false);
  });

  it('names a module that is in no layer', () => {
    expect(houseFaults(new Map([['src/attic/a.ts', []]]), LAYERS, []).unplaced).toEqual(['attic']);
  });
});

describe('src/', () => {
  it('holds: no cycle, no arrow back up, every module in a layer', () => {
    // The whole report, so that a failure names the imports that draw each fault.
    const { lines } = report(houseFaults(fileGraphOf(process.cwd())));
    expect(lines.join('\n')).toMatch(/\nthe house holds$/);
  });
});

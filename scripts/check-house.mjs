// The house: src/'s imports as arrows. Fails (exit 1) on an import cycle between files, a cycle
// between modules, or an arrow that points back up the layer order below. Run by .ci/run
// (`npm run check:house`); docs/development.md explains the order.
//
// A module is a folder of src/ (config/, pipeline/, ...) or a file at src/'s top (bundle.ts, ...).
// Every import counts, `import type` and dynamic `import()` too: a type is a dependency of the
// design even when the compiler erases it.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * Top to bottom: a module may import from its own layer or any layer below, never above.
 * Inside one layer the modules must not import each other in a circle (checked below).
 */
export const LAYERS = [
  // The entry scripts: action.yml's main and post, package.json's bin. Two lines each.
  ['entry'],
  // The one bundle both entry scripts load: picks the action's step or the CLI.
  ['bundle.ts'],
  // The front doors: the action (GitHub's runner), the CLI (any CI), the guard (Lambda).
  ['action', 'cli', 'guard'],
  // The front door of a run, the same for the action's main step and the CLI: clients, signals,
  // the pipeline, the report and the verdict line, the error path.
  ['front-door.ts'],
  // What the front doors drive and show: the report of a run, the stop on a signal, the
  // detached canary the guard finishes.
  ['report', 'signals.ts', 'detached'],
  // A release in waves of regions: the run below, once per region, with one rollback and verdict.
  ['waves'],
  // The run, step by step: decides.
  ['pipeline'],
  // The monitoring stack (rendered here, deployed through stack/) and the canary engine (pure:
  // the step rules the action's loop and the guard's tick both drive).
  ['monitoring', 'engine'],
  // What does: CloudFormation, Lambda aliases, the canary's evidence and judge.
  ['stack', 'traffic', 'canary'],
  // What everything uses: the AWS client factory, the typed config, where the journal is kept.
  ['aws', 'config', 'state-store.ts'],
  // One zod schema per persisted shape; the types are inferred from them.
  ['schema'],
  // The floor: no import of the project above it.
  ['util', 'logger.ts', 'errors.ts', 'constants.ts', 'version.ts'],
];

/**
 * Arrows that may point up, each with the reason and the change that will remove it. Empty: keep
 * it so. (The last two went when the action's loop and the guard's tick became one engine.)
 */
export const ALLOWED_BACK_ARROWS = [];

/** Every .ts file under `dir`, as a path relative to the repository root. */
function sourceFiles(root, dir) {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(root, path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The project files `file` imports (relative specifiers only; packages are not the house). */
function importsOf(root, file) {
  const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => {
      const target = normalize(join(dirname(file), name)).replace(/\.js$/, '.ts');
      const index = join(target.replace(/\.ts$/, ''), 'index.ts');
      return existsSync(join(root, target)) || !existsSync(join(root, index)) ? target : index;
    });
}

/** The module a file of src/ belongs to: its first folder, or itself at the top. */
export function moduleOf(file, srcDir = 'src') {
  return relative(srcDir, file).split(sep)[0];
}

/** Strongly connected components of more than one node (Tarjan), each sorted. */
export function cyclesOf(graph) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const visit = (node) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!graph.has(to)) continue;
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node), low.get(to)));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node), index.get(to)));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const cycle = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      cycle.push(member);
    } while (member !== node);
    if (cycle.length > 1) cycles.push(cycle.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles;
}

/**
 * The house's faults for a file graph (file → files it imports): file cycles, module cycles,
 * arrows up the layers (each with the files that draw it), modules in no layer.
 */
export function houseFaults(fileGraph, layers = LAYERS, allowed = ALLOWED_BACK_ARROWS, srcDir = 'src') {
  const layerOf = new Map(layers.flatMap((modules, level) => modules.map((m) => [m, level])));
  const moduleGraph = new Map();
  const arrows = new Map();
  const unplaced = new Set();
  for (const [from, targets] of fileGraph) {
    const a = moduleOf(from, srcDir);
    if (!layerOf.has(a)) unplaced.add(a);
    if (!moduleGraph.has(a)) moduleGraph.set(a, new Set());
    for (const to of targets) {
      const b = moduleOf(to, srcDir);
      if (a === b) continue;
      const arrow = `${a} -> ${b}`;
      // An allowed back-arrow is reported on its own; it must not hide the other modules' cycles.
      if (!allowed.includes(arrow)) moduleGraph.get(a).add(b);
      arrows.set(arrow, [...(arrows.get(arrow) ?? []), `${from} -> ${to}`]);
    }
  }
  const backArrows = [];
  const allowedBackArrows = [];
  for (const [arrow, lines] of [...arrows].sort()) {
    const [a, b] = arrow.split(' -> ');
    if (!(layerOf.get(a) > layerOf.get(b))) continue;
    (allowed.includes(arrow) ? allowedBackArrows : backArrows).push({ arrow, lines });
  }
  return {
    fileCycles: cyclesOf(fileGraph),
    moduleCycles: cyclesOf(moduleGraph),
    backArrows,
    allowedBackArrows,
    unplaced: [...unplaced].sort(),
    unusedAllowances: allowed.filter(
      (arrow) => !arrows.has(arrow) || !allowedBackArrows.some((b) => b.arrow === arrow),
    ),
  };
}

/** The file graph of `srcDir` under `root`. */
export function fileGraphOf(root, srcDir = 'src') {
  return new Map(sourceFiles(root, srcDir).map((file) => [file, importsOf(root, file)]));
}

/** The report's lines and whether the house holds. */
export function report(faults) {
  const lines = [];
  const section = (title, items, render) => {
    lines.push(`${title}: ${items.length}`);
    for (const item of items) lines.push(...render(item).map((l) => `  ${l}`));
  };
  section('import cycles between files', faults.fileCycles, (c) => [`${c.length} files: ${c.join(' ')}`]);
  section('import cycles between modules', faults.moduleCycles, (c) => [c.join(' <-> ')]);
  section('arrows pointing back up', faults.backArrows, (b) => [b.arrow, ...b.lines.map((l) => `  ${l}`)]);
  section('modules in no layer (add them to LAYERS)', faults.unplaced, (m) => [m]);
  section('allowances no longer needed (remove them)', faults.unusedAllowances, (a) => [a]);
  section('allowed back-arrows (until the engine is one)', faults.allowedBackArrows, (b) => [
    `${b.arrow} (${b.lines.length} imports)`,
  ]);
  const ok =
    faults.fileCycles.length +
      faults.moduleCycles.length +
      faults.backArrows.length +
      faults.unplaced.length +
      faults.unusedAllowances.length ===
    0;
  lines.push(ok ? 'the house holds' : 'the house does not hold');
  return { ok, lines };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const { ok, lines } = report(houseFaults(fileGraphOf(root)));
  console.log(lines.join('\n'));
  process.exitCode = ok ? 0 : 1;
}

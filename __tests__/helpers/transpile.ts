/**
 * Builds src/ into plain JavaScript for child processes (the CLI and the action's post step run
 * as real processes in the signal tests). TypeScript's transpileModule: no type check, about a
 * second, and works on a clean clone before `npm run build` (which is what CI does first).
 */
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) yield path;
  }
}

/** Returns a directory holding src/**.js, a package.json (ESM) and a link to the repo's node_modules. */
export function transpileSources(root: string): string {
  const out = mkdtempSync(join(tmpdir(), 'stack-canary-lib-'));
  for (const file of sources(join(root, 'src'))) {
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      fileName: file,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: true,
      },
    });
    const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  writeFileSync(join(out, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  symlinkSync(join(root, 'node_modules'), join(out, 'node_modules'), 'dir');
  return out;
}

export function removeTranspiled(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

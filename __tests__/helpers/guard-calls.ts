/**
 * The guard's code: src/guard/index.ts and every module of src/ it imports, followed through
 * relative imports (static and dynamic), and the AWS SDK commands those files import (see
 * sdk-commands.ts), each with its IAM action.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SdkCall } from './sdk-commands.js';
import { sdkCallsIn } from './sdk-commands.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const LOCAL_IMPORT = /(?:from|import\()\s*'(\.{1,2}\/[^']+)\.js'/g;

/** Files of src/ the guard's entry point reaches, relative to the repository root. */
export function guardModules(entry = join(root, 'src', 'guard', 'index.ts')): string[] {
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const match of readFileSync(path, 'utf8').matchAll(LOCAL_IMPORT)) {
      visit(join(dirname(path), `${match[1] as string}.ts`));
    }
  };
  visit(entry);
  return [...seen].map((path) => relative(root, path)).sort();
}

export function guardSdkCalls(): SdkCall[] {
  return guardModules().flatMap((file) => sdkCallsIn(readFileSync(join(root, file), 'utf8'), file));
}

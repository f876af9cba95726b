// Writes the input table of docs/config.md from the input table (src/config/inputs.ts), between
// its marker comments. Run through `npm run docs:inputs`, which compiles src to lib/ first.
// (The README links to docs/config.md and holds no copy of the table.)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configInputsTable, replaceGenerated } from '../lib/src/config/input-docs.js';

const root = join(import.meta.dirname, '..');
const targets = [[join('docs', 'config.md'), configInputsTable()]];
for (const [file, block] of targets) {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = replaceGenerated(before, block);
  if (after !== before) writeFileSync(path, after);
  console.log(`${file}: ${after === before ? 'up to date' : 'written'}`);
}

// Writes the generated reference tables between their marker comments: docs/config.md's input table
// (from src/config/inputs.ts) and outputs table (from action.yml), and the README's inputs and
// outputs at a glance. Run through `npm run docs:inputs`, which compiles src to lib/ first.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  INPUTS_MARKERS,
  OUTPUTS_MARKERS,
  README_MARKERS,
  actionOutputs,
  configInputsTable,
  configOutputsTable,
  readmeAtAGlance,
  replaceGenerated,
} from '../lib/src/config/input-docs.js';

const root = join(import.meta.dirname, '..');
const outputs = actionOutputs(readFileSync(join(root, 'action.yml'), 'utf8'));
const targets = [
  [join('docs', 'config.md'), configInputsTable(), INPUTS_MARKERS],
  [join('docs', 'config.md'), configOutputsTable(outputs), OUTPUTS_MARKERS],
  ['README.md', readmeAtAGlance(outputs), README_MARKERS],
];
for (const [file, block, markers] of targets) {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = replaceGenerated(before, block, markers);
  if (after !== before) writeFileSync(path, after);
  console.log(`${file}: ${after === before ? 'up to date' : 'written'} (${markers.end})`);
}

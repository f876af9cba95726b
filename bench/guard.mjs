// How fast the guard's bundle loads (npm run bench:guard [-- options]): what a cold Lambda
// container pays before the handler runs, beside importing one AWS SDK client.
//
// Each row is measured in fresh Node.js processes, each importing its modules once: the import's
// wall time (performance.now() around the import, so Node's own start-up is left out), and the
// resident memory after it (RSS). Medians over the runs. The SDK packages are the project's
// node_modules (the guard's bundle leaves them out: Lambda's runtime has them), so build first
// (npm run build) for this tree's dist/guard.
//
//   --runs N       processes per row (default 11)
//   --before REF   also measure dist/guard/index.js as committed at git REF (e.g. main)
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { option } from './options.mjs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(option('--runs') ?? 11);
const before = option('--before');

const bundle = join(root, 'dist', 'guard', 'index.js');
if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build first`);

// A bundle from another commit is measured from inside node_modules, so that its bare
// @aws-sdk/* imports resolve to the project's packages as this tree's do.
const scratch = join(root, 'node_modules', '.cache', 'stack-canary-bench-guard');

/** One fresh process: imports `specifiers` in order; its import time (ms) and RSS after (MiB). */
function measureOnce(specifiers) {
  const script = [
    'const t0 = performance.now();',
    ...specifiers.map((s) => `await import(${JSON.stringify(s)});`),
    'const ms = performance.now() - t0;',
    'console.log(JSON.stringify({ ms, rss: process.memoryUsage().rss / 1048576 }));',
  ].join('\n');
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').pop());
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The row's medians, the runs interleaved with the other rows' so that load affects all alike. */
function measureAll(rows) {
  const samples = rows.map(() => []);
  for (let i = 0; i < runs; i += 1) {
    rows.forEach((row, r) => samples[r].push(measureOnce(row.specifiers)));
  }
  return rows.map((row, r) => ({
    ...row,
    ms: median(samples[r].map((s) => s.ms)),
    rss: median(samples[r].map((s) => s.rss)),
  }));
}

const fileUrl = (path) => pathToFileURL(path).href;
const rows = [
  { name: 'one SDK client (@aws-sdk/client-lambda)', specifiers: ['@aws-sdk/client-lambda'] },
  { name: 'the guard bundle (dist/guard/index.js)', specifiers: [fileUrl(bundle)] },
  {
    name: '  + what a scheduled check loads (Lambda, CloudWatch)',
    specifiers: [fileUrl(bundle), '@aws-sdk/client-lambda', '@aws-sdk/client-cloudwatch'],
  },
];
if (before) {
  mkdirSync(scratch, { recursive: true });
  const file = join(scratch, 'index.mjs');
  writeFileSync(file, execFileSync('git', ['show', `${before}:dist/guard/index.js`], { cwd: root }));
  rows.splice(2, 0, { name: `the guard bundle at ${before}`, specifiers: [fileUrl(file)] });
}

try {
  const results = measureAll(rows);
  const width = Math.max(...results.map((r) => r.name.length));
  console.log(`guard cold import: median of ${runs} fresh processes (Node.js ${process.version})`);
  console.log(`${'what is imported'.padEnd(width)}  import (ms)  RSS after (MiB)`);
  for (const r of results) {
    console.log(`${r.name.padEnd(width)}  ${r.ms.toFixed(0).padStart(11)}  ${r.rss.toFixed(0).padStart(15)}`);
  }
  const base = results.find((r) => r.name.startsWith('one SDK client'));
  const guard = results.find((r) => r.name.startsWith('the guard bundle (dist'));
  console.log(`the guard bundle's import is ${(guard.ms / base.ms).toFixed(2)}× one client's`);
  const old = results.find((r) => r.name.startsWith(`the guard bundle at `));
  if (old) console.log(`the guard bundle's import is ${(guard.ms / old.ms).toFixed(2)}× ${before}'s`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

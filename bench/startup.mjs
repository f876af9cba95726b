// How long the bundled action takes to start and reject a bad input (npm run bench:startup).
// Prints the median and p90 of N runs of `node dist/main/index.js`, and the same for the CLI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 20);
const dir = mkdtempSync(join(tmpdir(), 'stack-canary-bench-'));
for (const f of ['output', 'state', 'summary']) writeFileSync(join(dir, f), '');
const env = {
  PATH: process.env.PATH,
  GITHUB_OUTPUT: join(dir, 'output'),
  GITHUB_STATE: join(dir, 'state'),
  GITHUB_STEP_SUMMARY: join(dir, 'summary'),
  'INPUT_STACK-NAME': 'orders',
  INPUT_FUNCTIONS: 'OrdersFunction',
  'INPUT_MAX-ERROR-RATE': 'abc',
  AWS_REGION: 'us-east-1',
};

function time(args, mustFail = true) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const res = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (mustFail && res.status === 0) throw new Error(`expected a failure, got exit 0: ${res.stdout}`);
  }
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { median: at(0.5), p90: at(0.9) };
}

const node = time(['-e', '0'], false);
const main = time(['dist/main/index.js']);
const cli = time([
  'dist/cli/index.js',
  '--stack-name',
  'orders',
  '--functions',
  'F',
  '--max-error-rate',
  'abc',
]);
console.log(`start-up to a rejected input, ${runs} runs each (ms)`);
console.log('| entry | median | p90 |');
console.log('|---|---|---|');
console.log(`| node -e 0 (floor) | ${node.median.toFixed(0)} | ${node.p90.toFixed(0)} |`);
console.log(`| dist/main/index.js | ${main.median.toFixed(0)} | ${main.p90.toFixed(0)} |`);
console.log(`| dist/cli/index.js | ${cli.median.toFixed(0)} | ${cli.p90.toFixed(0)} |`);

// How fast and how lean the bundles start (npm run bench:startup [-- options]).
//
// Each entry is started as the runner starts it and must reject a bad input (the post step has
// no journal and must find nothing to do). Prints, per entry: the bytes on disk, the median and
// p90 wall time, and the median peak memory (maxRSS), with `node -e 0` as the floor.
//
//   --runs N         timed runs per entry (default 20; 5 more per entry measure memory)
//   --before REF     also measure the dist/ committed at git REF (e.g. main), side by side
//   --compare DIR    also measure aws-actions/aws-cloudformation-github-deploy's bundle: DIR is a
//                    clone of it (git clone --depth 1 https://github.com/aws-actions/aws-cloudformation-github-deploy).
//                    Its code is read from there at bench time, never copied into this repository.
//                    STACK_CANARY_COMPARE_REPO=DIR does the same.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { option } from './options.mjs';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(option('--runs') ?? 20);
const memoryRuns = 5;
const before = option('--before');
const compare = option('--compare') ?? process.env.STACK_CANARY_COMPARE_REPO;

const work = mkdtempSync(join(tmpdir(), 'stack-canary-bench-'));

/** A fresh runner environment: the command files, and the inputs of one bad run. */
function runnerEnv(inputs, state = {}) {
  const dir = mkdtempSync(join(work, 'run-'));
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STATE: 'state', GITHUB_STEP_SUMMARY: 'summary' };
  const env = { PATH: process.env.PATH, RUNNER_TEMP: dir, AWS_REGION: 'us-east-1' };
  for (const [name, file] of Object.entries(files)) {
    env[name] = join(dir, file);
    writeFileSync(env[name], '');
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(state)) env[`STATE_${name}`] = value;
  return env;
}

const badInputs = { 'stack-name': 'orders', functions: 'OrdersFunction', 'max-error-rate': 'abc' };
const badCli = ['--stack-name', 'orders', '--functions', 'F', '--max-error-rate', 'abc'];

/** The entries of one stack-canary dist/, in whichever layout it has. */
function stackCanaryEntries(dist, label) {
  const env = runnerEnv(badInputs);
  if (existsSync(join(dist, 'main', 'index.js'))) {
    // The layout before one action bundle: one bundle per step.
    return [
      {
        name: `${label} main`,
        args: [join(dist, 'main', 'index.js')],
        env,
        size: dirBytes(join(dist, 'main')),
      },
      {
        name: `${label} post`,
        args: [join(dist, 'post', 'index.js')],
        env,
        size: dirBytes(join(dist, 'post')),
        ok: true,
      },
      {
        name: `${label} CLI`,
        args: [join(dist, 'cli', 'index.js'), ...badCli],
        env,
        size: dirBytes(join(dist, 'cli')),
      },
    ];
  }
  // One bundle: both steps and the CLI load their chunks from dist/bundle, which they share.
  const action = join(dist, 'action', 'index.js');
  const size = dirBytes(join(dist, 'bundle'));
  return [
    { name: `${label} main`, args: [action], env, size },
    { name: `${label} post`, args: [action], env: runnerEnv({}, { isPost: 'true' }), size, ok: true },
    { name: `${label} CLI`, args: [join(dist, 'cli', 'index.js'), ...badCli], env, size },
  ];
}

function dirBytes(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + dirBytes(join(path, name)), 0);
}

/** Extracts dist/ (and action.yml) of a git tree into a temp dir: nothing is checked out or kept. */
function extractDist(gitDir, ref, into) {
  mkdirSync(into, { recursive: true });
  const tar = execFileSync('git', ['--git-dir', gitDir, 'archive', ref, 'dist'], { maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', into], { input: tar });
  return join(into, 'dist');
}

function gitDirOf(dir) {
  return execFileSync('git', ['-C', dir, 'rev-parse', '--git-dir'], { encoding: 'utf8' })
    .trim()
    .replace(/^(?!\/)/, `${dir}/`);
}

const entries = [
  { name: 'node -e 0 (floor)', args: ['-e', '0'], env: { PATH: process.env.PATH }, size: 0, ok: true },
];
const dists = [];
if (before) {
  const dist = extractDist(gitDirOf(root), before, join(work, 'before'));
  dists.push([`before (${before})`, dist]);
  entries.push(...stackCanaryEntries(dist, `before (${before})`));
}
dists.push(['now', join(root, 'dist')]);
entries.push(...stackCanaryEntries(join(root, 'dist'), 'now'));
if (compare) {
  const dist = extractDist(gitDirOf(compare), 'HEAD', join(work, 'compare'));
  entries.push({
    name: 'aws-cloudformation-github-deploy',
    args: [join(dist, 'index.js')],
    env: runnerEnv({ name: 'orders', mode: 'bogus' }),
    size: dirBytes(dist),
  });
}

// Peak memory: a preloaded hook writes the process's maxRSS (KiB) to fd 3 as it exits. A CommonJS
// --require (not an ESM --import, which would start the ESM loader and inflate the figure).
const memoryHook = join(work, 'max-rss.cjs');
writeFileSync(
  memoryHook,
  "process.on('exit', () => require('node:fs').writeSync(3, String(process.resourceUsage().maxRSS)));\n",
);

function runOnce(entry, measureMemory) {
  const argv = measureMemory ? ['--require', memoryHook, ...entry.args] : entry.args;
  const start = process.hrtime.bigint();
  const res = spawnSync(process.execPath, argv, {
    env: entry.env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const failed = res.status !== 0;
  if (failed !== !entry.ok) {
    throw new Error(
      `${entry.name}: exit ${res.status}, expected ${entry.ok ? 0 : 'a failure'}\n${res.stdout}${res.stderr}`,
    );
  }
  return { ms, rssKiB: measureMemory ? Number(res.output[3]) : undefined };
}

const times = new Map(entries.map((e) => [e, []]));
const memory = new Map(entries.map((e) => [e, []]));
// Round-robin, so a busy moment on the machine costs every entry alike.
for (let i = 0; i < runs; i++) for (const e of entries) times.get(e).push(runOnce(e, false).ms);
for (let i = 0; i < memoryRuns; i++) for (const e of entries) memory.get(e).push(runOnce(e, true).rssKiB);

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2);
const reference = entries.find((e) => e.name === 'aws-cloudformation-github-deploy');
const refMedian = reference ? quantile(times.get(reference), 0.5) : undefined;

console.log(
  `Start-up to a rejected input (post: to "nothing to restore"), ${runs} timed runs and ${memoryRuns} memory runs each`,
);
for (const [label, dist] of dists) console.log(`dist/ ${label}: ${mb(dirBytes(dist))} MB`);
console.log(
  '| entry | its bundle on disk (MB) | median (ms) | p90 (ms) | peak memory (MiB) | time vs aws-cloudformation-github-deploy |',
);
console.log('|---|---|---|---|---|---|');
for (const e of entries) {
  const median = quantile(times.get(e), 0.5);
  const ratio = refMedian ? (median / refMedian).toFixed(2) : '–';
  const rss = (quantile(memory.get(e), 0.5) / 1024).toFixed(0);
  console.log(
    `| ${e.name} | ${e.size ? mb(e.size) : '–'} | ${median.toFixed(0)} | ${quantile(times.get(e), 0.9).toFixed(0)} | ${rss} | ${ratio} |`,
  );
}
rmSync(work, { recursive: true, force: true });

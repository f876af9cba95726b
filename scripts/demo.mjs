// The demo: the stack-canary CLI (dist/cli) run three times against a local AWS emulator.
//   1. first deploy of templates/sample-app.yaml: the new version answers smoke-test events sent to
//      it directly (the pre-traffic gate), then the alias `live` is created on it;
//   2. a bad release that fails 30% of its requests: detected from the per-version metrics and
//      rolled back, the alias put back on the first version;
//   3. a good release: 20% canary, watched, promoted.
// (A verdict comes once the minutes it judges have settled: the bad release's when its first minute
// has; the good release then shifts just after a minute settled, and its 30 s hold ends within
// the next.)
// Lambda's own metrics are stood in for by scripts/demo/lambda-traffic.mjs (the emulator runs no code).
// It publishes each minute within a second of its end, so the CLI runs with `--settle-lag 5s`: it
// judges a minute 5 s after it ends, where Lambda's metrics would need the default (`auto`, at
// least 2 minutes). The holds are the ones a real canary would use; only the wait for metrics is shorter.
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  contractStats,
  startContractProxy,
  stopContractProxy,
  summaryLine,
} from '../__tests__/contract/proxy.mjs';
import { emulatorEnv, startEmulators, stopEmulators } from './emulator.mjs';
import { simulateLambdaTraffic } from './demo/lambda-traffic.mjs';
import { zip } from './demo/zip.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const STACK = 'demo-orders';
const BUCKET = 'demo-artifacts';
/**
 * The simulated metrics are in within a second of a minute's end (the traffic simulator ticks just
 * after each 5-second mark of the clock); 5 s leaves room for a loaded machine.
 */
const SETTLE_LAG = '5s';
/** The first deploy's smoke test: the emulator's Invoke echoes the event, so its path comes back. */
const SMOKE_TEST = JSON.stringify([
  {
    name: 'get orders',
    payload: { rawPath: '/orders' },
    expect: { error: false, body: { rawPath: '/orders' } },
  },
]);

const handler = (release) => `'use strict';
// sample app, release ${release}
const failureRate = Number(process.env.FAILURE_RATE || 0);
exports.handler = async (event) => {
  if (Math.random() < failureRate) throw new Error('injected failure');
  return { statusCode: 200, body: JSON.stringify({ ok: true, release: process.env.RELEASE }) };
};
`;

function say(text) {
  console.log(`\n\x1b[1m▶ ${text}\x1b[0m`);
}

function runCli(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'dist', 'cli', 'index.js'), ...args], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve({ code, report: JSON.parse(out) });
      } catch {
        reject(new Error(`stack-canary exited ${code} without a report:\n${out}`));
      }
    });
  });
}

// Release names that appear nowhere else: every parameter value is masked in the log as a secret
// would be, so `Release=v1` would hide the version `v1` wherever it is printed.
function release(name, { extra = [], synthetic = true } = {}) {
  return [
    '--stack-name',
    STACK,
    '--template',
    'templates/sample-app.yaml',
    '--parameter-overrides',
    [`CodeBucket=${BUCKET}`, `CodeKey=orders/${name}.zip`, `Release=orders-${name}-release`, ...extra].join(
      '\n',
    ),
    '--alias',
    'live',
    ...(synthetic ? ['--synthetic-payload', '{"rawPath":"/orders"}', '--synthetic-rate', '300/m'] : []),
    '--max-error-rate',
    '5%',
    '--min-invocations',
    '30',
    '--interval',
    '5s',
    '--settle-lag',
    SETTLE_LAG,
  ];
}

// The CLI's log ends with its verdict line; the demo adds only the exit code.
function show({ code }) {
  console.log(`  (exit code ${code}; the JSON report went to stdout)`);
}

// The AWS SDK's notice that its later releases need Node.js 22 would open the demo's output; the
// SDK's own switch turns it off (here and in the CLI runs, which inherit the environment).
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';

const [server] = await startEmulators(1);
// Every request goes through the contract proxy, which checks it against AWS's own API model
// (__tests__/contract/): the demo fails on a request AWS would refuse, though the emulator takes it.
const contract = await startContractProxy([server.endpoint]);
const [endpoint] = contract.lanes;
// NODE_NO_WARNINGS: no other Node.js warning crowds the CLI's log either.
const env = { ...process.env, ...emulatorEnv(endpoint), AWS_PROFILE: '', NODE_NO_WARNINGS: '1' };
Object.assign(process.env, emulatorEnv(endpoint));
let traffic;
let failed = false;
try {
  console.log(`Local AWS emulator at ${server.endpoint}`);
  const s3 = new S3Client({ region: env.AWS_REGION, forcePathStyle: true });
  await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
  for (const name of ['v1', 'v2', 'v3']) {
    await s3.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: `orders/${name}.zip`,
        Body: zip({ 'index.js': handler(name) }),
      }),
    );
  }
  s3.destroy();

  say('1/3 First deploy: create the stack, smoke-test the first version directly, create the alias');
  // No alias yet, so no real traffic: the pre-traffic gate sends it events directly, and the alias
  // is created on it once they pass.
  const first = await runCli(
    [
      ...release('v1', { synthetic: false }),
      '--pre-traffic-payloads',
      SMOKE_TEST,
      '--strategy',
      'canary 20% 30s',
    ],
    env,
  );
  show(first);
  // (The emulator keeps no Outputs on a stack made by change set, so the name comes from the report.)
  const [functionName] = Object.keys(first.report.versions);
  if (!functionName) throw new Error('the first deploy reported no function');

  traffic = simulateLambdaTraffic({
    functionName,
    alias: 'live',
    ratePerMinute: 1200,
    region: env.AWS_REGION,
    arrivalDelayMs: 0,
  });

  say('2/3 A bad release (fails 30% of requests): detected from its metrics and rolled back');
  console.log(
    `  (only closed minutes are judged: the first one closes within a minute of the shift, then settles ${SETTLE_LAG})`,
  );
  // No synthetic traffic here: the emulator cannot make an invocation fail, so its answers would
  // only dilute what the (simulated) real traffic shows.
  const bad = await runCli(
    [...release('v2', { extra: ['FailureRate=0.3'], synthetic: false }), '--strategy', 'canary 20% 6m'],
    env,
  );
  show(bad);

  say('3/3 A good release: 20% canary for 30 s, then promoted');
  // FailureRate is left out, so it takes the template's default (0) again.
  const good = await runCli([...release('v3'), '--strategy', 'canary 20% 30s'], env);
  show(good);

  await traffic.stop();
  const contractState = await contractStats(endpoint);
  console.log(`\n${summaryLine(contractState)}`);
  failed = !(
    first.code === 0 &&
    good.code === 0 &&
    bad.code === 1 &&
    bad.report.rolledBack &&
    contractState.violations === 0
  );
  say(
    failed
      ? 'The demo did not go as expected (see above).'
      : 'Done: two releases promoted, the bad one rolled back.',
  );
} finally {
  await traffic?.stop();
  stopContractProxy(contract);
  stopEmulators([server]);
}
process.exitCode = failed ? 1 : 0;

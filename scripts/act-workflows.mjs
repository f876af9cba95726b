// The bundled action under an independent implementation of the Actions runner (nektos/act),
// against the local emulator: the workflows in __tests__/act/ use the action as a user would
// (`uses: ./`), one job each, on this host (act -P ubuntu-latest=-self-hosted: no container).
//
//   node scripts/act-workflows.mjs            build dist/ and act, run every workflow, check them
//   node scripts/act-workflows.mjs --dry-run  only `act -n` (dry run) of .github/workflows/aws-smoke.yml
//   ... --only change-set --no-build          one check (dry-run, bad-input, change-set, canary, killed), dist/ as it is
//
// act is built from the Go module proxy (go install, pinned below) into
// ~/.cache/stack-canary/act-<version> (or $STACK_CANARY_ACT_BIN), once per machine. dist/ is built first (it is not committed between releases). Each check prints one
// line; the script ends with `N passed, N failed` and exits 1 if any check failed.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { emulatorEnv, startEmulators, stopEmulators } from './emulator.mjs';

export const ACT_VERSION = 'v0.2.89';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Outside the checkout, so a fresh clone on the same machine (CI's) reuses the build.
const actBin =
  process.env.STACK_CANARY_ACT_BIN ?? join(homedir(), '.cache', 'stack-canary', `act-${ACT_VERSION}`);
const act = join(actBin, 'act');
const workflows = join(root, '__tests__', 'act');
const dryRunOnly = process.argv.includes('--dry-run');

const seconds = (since) => ((Date.now() - since) / 1000).toFixed(0);
const results = { passed: 0, failed: 0 };
function check(name, ok, detail = '') {
  if (ok) results.passed++;
  else results.failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok || !detail ? '' : `: ${detail}`}`);
}

/** act at the pinned version, built with `go install` into .act/bin unless it is there already. */
function ensureAct() {
  if (existsSync(act)) {
    const version = execFileSync(act, ['--version'], { encoding: 'utf8' });
    if (version.includes(ACT_VERSION.slice(1))) return;
  }
  const started = Date.now();
  mkdirSync(actBin, { recursive: true });
  // The Go distribution's own go command (/usr/local/go), else the one on PATH.
  const go = existsSync('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : 'go';
  execFileSync(go, ['install', `github.com/nektos/act@${ACT_VERSION}`], {
    env: { ...process.env, GOBIN: actBin },
    stdio: 'inherit',
  });
  console.log(`act ${ACT_VERSION} built with go install in ${seconds(started)} s`);
}

/**
 * Runs one workflow with act on this host; resolves with its exit code and every line it printed.
 * `onLine` sees each line as it comes (the killed canary is killed from there).
 */
function runAct(workflow, env, onLine = () => undefined) {
  const out = mkdtempSync(join(tmpdir(), 'stack-canary-act-'));
  const args = ['workflow_dispatch', '-W', workflow, '-P', 'ubuntu-latest=-self-hosted', '--json'];
  for (const [name, value] of Object.entries({ ...env, ACT_OUT: out }))
    args.push('--env', `${name}=${value}`);
  return new Promise((resolve, reject) => {
    const child = spawn(act, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines = [];
    let pending = '';
    const take = (chunk) => {
      pending += chunk.toString();
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        onLine(parseLine(line), child);
      }
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (code) => {
      if (pending) lines.push(pending);
      resolve({ code, lines, entries: lines.map(parseLine), out });
    });
  });
}

/** One line of act's --json log: its message, and the step (id) and stage it came from. */
function parseLine(line) {
  try {
    const entry = JSON.parse(line);
    return { msg: String(entry.msg ?? ''), stepId: (entry.stepID ?? [])[0], stage: entry.stage, raw: line };
  } catch {
    return { msg: line, stepId: undefined, stage: undefined, raw: line };
  }
}

const read = (dir, name) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : undefined);
const errorsOf = (entries, stepId) =>
  entries.filter(
    (e) => e.stepId === stepId && /::error::|\berror\b.*annotation|❗/.test(e.msg) && !/add-mask/.test(e.msg),
  );

/** An HTTP listener that counts requests and refuses each: where no AWS request may go. */
function requestCounter() {
  const server = createServer((req, res) => {
    server.count++;
    res.writeHead(500, { 'content-type': 'application/json' }).end('{"message":"no AWS call expected"}');
  });
  server.count = 0;
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const awsEnv = emulatorEnv;
const sdkOptions = (endpoint) => ({
  endpoint,
  region: 'us-east-1',
  credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
});

/** The process (by its environment) that runs the main step to kill: /proc, matched exactly. */
function pidWithEnv(marker) {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (environ.includes(marker) && cmdline.includes('dist/action/index.js')) return Number(pid);
    } catch {
      // gone, or not ours to read
    }
  }
  return undefined;
}

async function lambdaOf(endpoint) {
  const { LambdaClient, GetAliasCommand, ListFunctionsCommand } = await import('@aws-sdk/client-lambda');
  const client = new LambdaClient(sdkOptions(endpoint));
  return {
    async alias(prefix) {
      const { Functions = [] } = await client.send(new ListFunctionsCommand({}));
      const fn = Functions.find((f) => f.FunctionName?.startsWith(prefix));
      if (!fn) return undefined;
      return client.send(new GetAliasCommand({ FunctionName: fn.FunctionName, Name: 'live' }));
    },
    destroy: () => client.destroy(),
  };
}

async function badInput() {
  const counter = await requestCounter();
  const run = await runAct(
    join(workflows, 'bad-input.yml'),
    awsEnv(`http://127.0.0.1:${counter.address().port}`),
  );
  counter.close();
  check(
    'bad input: the job ran (the step failed, continue-on-error)',
    run.code === 0,
    `act exit ${run.code}`,
  );
  check(
    'bad input: the step failed',
    read(run.out, 'bad.outcome') === 'failure',
    read(run.out, 'bad.outcome'),
  );
  const errors = errorsOf(run.entries, 'bad');
  check('bad input: one ::error::', errors.length === 1, errors.map((e) => e.msg).join(' | '));
  check('bad input: zero AWS requests', counter.count === 0, `${counter.count} requests`);
  check('bad input: verdict error', read(run.out, 'bad.verdict') === 'error', read(run.out, 'bad.verdict'));
  const reason = read(run.out, 'bad.reason') ?? '';
  check(
    'bad input: reason on one line, both inputs named',
    /^2 inputs are invalid: .*max-error-rate.*rollback/.test(reason) && !reason.includes('\n'),
    reason,
  );
  check('bad input: versions {}', read(run.out, 'bad.versions') === '{}', read(run.out, 'bad.versions'));
  const report = JSON.parse(read(run.out, 'bad.report.json') ?? '{}');
  check(
    'bad input: a report file that says why',
    report.verdict === 'error' && report.reason === reason,
    JSON.stringify(report).slice(0, 200),
  );
  return run;
}

async function changeSet(endpoint) {
  const run = await runAct(join(workflows, 'change-set.yml'), awsEnv(endpoint));
  check('change set: the job passed', run.code === 0, `act exit ${run.code}\n${tail(run)}`);
  check(
    'change set: the stack was created',
    read(run.out, 'create.verdict') !== undefined && read(run.out, 'create.verdict') !== 'error',
    read(run.out, 'create.verdict'),
  );
  check(
    'change set: verdict skipped (left for review)',
    read(run.out, 'review.verdict') === 'skipped',
    read(run.out, 'review.verdict'),
  );
  // The later step's copy of each output, byte for byte against the change set as the emulator has it.
  const id = read(run.out, 'review.change-set-id') ?? '';
  const { CloudFormationClient, DescribeChangeSetCommand } = await import('@aws-sdk/client-cloudformation');
  const cfn = new CloudFormationClient(sdkOptions(endpoint));
  try {
    const described = await cfn.send(new DescribeChangeSetCommand({ ChangeSetName: id }));
    const changes = described.Changes ?? [];
    check(
      'change set: change-set-id is the change set left for review',
      described.ChangeSetId === id && described.ExecutionStatus === 'AVAILABLE',
      `${id} ${described.ExecutionStatus}`,
    );
    check(
      'change set: changes-count',
      read(run.out, 'review.changes-count') === String(changes.length),
      read(run.out, 'review.changes-count'),
    );
    check(
      'change set: has-changes',
      read(run.out, 'review.has-changes') === String(changes.length > 0),
      read(run.out, 'review.has-changes'),
    );
  } catch (error) {
    check('change set: DescribeChangeSet of the change-set-id', false, String(error));
  } finally {
    cfn.destroy();
  }
  // changes-markdown as the later step read it, against the markdown the action's own code makes
  // of the change set it described in changes-summary (lib/ is what the build compiled).
  const summary = JSON.parse(read(run.out, 'review.changes-summary') ?? '{}');
  const { changesMarkdown } = await import(
    pathToFileURL(join(root, 'lib', 'src', 'stack', 'change-set-summary.js')).href
  );
  const expected = changesMarkdown({
    stackName: 'act-review-new',
    id,
    name: '',
    changes: summary.changes ?? [],
    executionStatus: summary.executionStatus,
    status: summary.status,
    creationTime: summary.creationTime,
  });
  const markdown = read(run.out, 'review.changes-markdown') ?? '';
  check(
    'change set: changes-markdown multi-line, byte for byte',
    markdown === expected && markdown.split('\n').length > 5,
    `${JSON.stringify(markdown.slice(0, 120))} vs ${JSON.stringify(expected.slice(0, 120))}`,
  );
  const printed = run.entries.filter((e) => e.msg.includes('release label is'));
  check(
    'change set: the parameter value (3 characters) printed by a later step is masked',
    printed.length > 0 &&
      printed.every((e) => e.msg.includes('release label is ***') && !e.msg.includes('xyz')),
    printed.map((e) => e.msg).join(' | '),
  );
  return run;
}

async function canary(endpoint) {
  const run = await runAct(join(workflows, 'canary.yml'), awsEnv(endpoint));
  check('canary: the job passed', run.code === 0, `act exit ${run.code}\n${tail(run)}`);
  check(
    'canary: promoted (verdict pass)',
    read(run.out, 'canary.verdict') === 'pass',
    read(run.out, 'canary.verdict'),
  );
  const first = read(run.out, 'first.report-path');
  const second = read(run.out, 'canary.report-path');
  check(
    'two uses in one job: two report paths',
    Boolean(first && second && first !== second),
    `${first} ${second}`,
  );
  const reports = ['first', 'canary'].map((step) => JSON.parse(read(run.out, `${step}.report.json`) ?? '{}'));
  check(
    'two uses in one job: each report its own run',
    reports[0].verdict !== reports[1].verdict || reports[0].startedAt !== reports[1].startedAt,
    reports.map((r) => r.verdict).join(' '),
  );
  check(
    'two uses in one job: the canary report is the promoted one',
    reports[1].verdict === 'pass',
    reports[1].verdict,
  );
  return run;
}

async function killed(endpoint) {
  const marker = 'STACK_CANARY_ACT_KILL_ME=act-killed';
  let killedPid;
  const run = await runAct(join(workflows, 'killed.yml'), awsEnv(endpoint), (entry) => {
    if (
      killedPid === undefined &&
      entry.stepId === 'canary' &&
      / at 10%/.test(entry.msg) &&
      /→/.test(entry.msg)
    ) {
      killedPid = pidWithEnv(marker);
      if (killedPid !== undefined) process.kill(killedPid, 'SIGKILL');
    }
  });
  check('killed canary: the main step was killed (SIGKILL) at its canary step', killedPid !== undefined);
  check('killed canary: the job failed', run.code !== 0, `act exit ${run.code}`);
  const post = run.entries
    .filter((e) => e.stage === 'Post' && e.stepId === 'canary')
    .map((e) => e.msg)
    .join('\n');
  check('killed canary: its post step restored the alias', /restor/i.test(post), post.slice(-400));
  const lambda = await lambdaOf(endpoint);
  try {
    const alias = await lambda.alias('act-killed');
    const weights = alias?.RoutingConfig?.AdditionalVersionWeights ?? {};
    check(
      'killed canary: the alias is back on v1, no routing',
      alias?.FunctionVersion === '1' && Object.keys(weights).length === 0,
      JSON.stringify(alias ?? {}),
    );
  } finally {
    lambda.destroy();
  }
  return run;
}

/**
 * act's dry run (-n) of the AWS smoke workflow, with and without the variable that turns it on.
 * Actions from GitHub cannot be cloned here: each `uses: owner/repo@ref` is served by a stub
 * (--local-repository). On this host (-self-hosted) act's dry run still executes `run:` steps
 * (its container mode does not), so bash and sh are no-ops on PATH for it: nothing runs, and the
 * workflow is parsed, its expressions evaluated and its jobs and steps planned.
 */
async function dryRun() {
  const dir = mkdtempSync(join(tmpdir(), 'stack-canary-act-dry-'));
  mkdirSync(join(dir, 'stub'));
  mkdirSync(join(dir, 'bin'));
  writeFileSync(
    join(dir, 'stub', 'action.yml'),
    "name: stub\nruns:\n  using: composite\n  steps:\n    - run: 'true'\n      shell: bash\n",
  );
  for (const shell of ['bash', 'sh']) {
    writeFileSync(join(dir, 'bin', shell), '#!/bin/dash\necho "(dry run: not run)"\n', { mode: 0o755 });
  }
  const workflow = join(root, '.github', 'workflows', 'aws-smoke.yml');
  const uses = [...readFileSync(workflow, 'utf8').matchAll(/uses: ([\w.-]+\/[\w.-]+@[\w.-]+)/g)].map(
    (m) => m[1],
  );
  const stubs = [...new Set(uses)].flatMap((action) => [
    '--local-repository',
    `${action}=${join(dir, 'stub')}`,
  ]);
  const plan = (vars) =>
    new Promise((resolve) => {
      const args = [
        'workflow_dispatch',
        '-n',
        '-W',
        workflow,
        '-P',
        'ubuntu-latest=-self-hosted',
        ...stubs,
        ...vars,
      ];
      const child = spawn(act, args, {
        cwd: root,
        env: { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH}` },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let text = '';
      child.stdout.on('data', (c) => (text += c));
      child.stderr.on('data', (c) => (text += c));
      child.on('close', (code) => resolve({ code, text }));
    });
  const on = await plan(['--var', 'AWS_SMOKE_ROLE_ARN=arn:aws:iam::123456789012:role/stack-canary-smoke']);
  check(
    'act -n aws-smoke.yml with a deploy role: plans the smoke job',
    on.code === 0 &&
      on.text.includes('Success - Main A canary whose version throws') &&
      on.text.includes('Success - Main Delete both stacks') &&
      !on.text.includes('Skipped (no deploy role'),
    on.text.slice(-1500),
  );
  const off = await plan([]);
  check(
    'act -n aws-smoke.yml without it: only the notice job',
    off.code === 0 &&
      off.text.includes('Skipped (no deploy role') &&
      !off.text.includes('Canary pass and rollback'),
    off.text.slice(-1500),
  );
}

const tail = (run) =>
  run.lines
    .slice(-15)
    .map((l) => parseLine(l).msg)
    .join('\n');

/** `--only NAME` (repeatable) runs those checks alone; `--no-build` keeps the dist/ there is (both for development). */
const only = process.argv.flatMap((arg, i) => (arg === '--only' ? [process.argv[i + 1]] : []));
const wanted = (name) => only.length === 0 || only.includes(name);

async function main() {
  const started = Date.now();
  ensureAct();
  if (wanted('dry-run')) await dryRun();
  if (!dryRunOnly) {
    if (!process.argv.includes('--no-build')) {
      const built = Date.now();
      execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
      console.log(`dist/ built in ${seconds(built)} s`);
    }
    if (wanted('bad-input')) await badInput();
    const [server] = await startEmulators(1);
    try {
      if (wanted('change-set')) await changeSet(server.endpoint);
      if (wanted('canary')) await canary(server.endpoint);
      if (wanted('killed')) await killed(server.endpoint);
    } finally {
      stopEmulators([server]);
    }
  }
  console.log(`act workflows: ${seconds(started)} s`);
  console.log(`${results.passed} passed, ${results.failed} failed`);
  process.exitCode = results.failed > 0 ? 1 : 0;
}

await main();

/**
 * One fault run: a first deploy (v1, straight to the emulator), then a second (v2) through its
 * lane of the fault proxy, then the post step as the runner always runs it; then the alias is read
 * straight from the emulator and the run is judged against the safety invariant. Each run has its
 * own stack (so its own function and alias) and alarm: runs share one emulator side by side.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { GetAliasCommand } from '@aws-sdk/client-lambda';
import { parse } from 'yaml';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { AwsClients } from '../../src/aws/clients.js';
import type { ActionRun } from '../helpers/run-action.js';
import { runEntry } from '../helpers/run-action.js';
import { ACTION_MAIN, ACTION_POST, POST_STATE } from './entries.js';
import type { FaultSpec } from './faults.js';
import { NO_FAULT } from './faults.js';
import type { FaultLane } from './proxy.js';

const BUCKET = 'fault-code';
export const ALIAS = 'live';
/** The request timeout the runs use, so a late answer costs seconds, not half a minute. */
export const REQUEST_TIMEOUT = '2s';

export interface ScenarioOptions {
  readonly fault: FaultSpec;
  readonly strategy?: string;
  readonly synthetic?: boolean;
  /** Watch an alarm (the `alarms` input): every poll then reads CloudWatch. */
  readonly alarm?: boolean;
  readonly killWhen?: { text: string; signal: NodeJS.Signals };
  /** The fault during the post step(s); by default none (the endpoint has recovered). */
  readonly postFaults?: readonly FaultSpec[];
  /** Start the main step at START_SECOND of a minute, so that run times compare (the table's). */
  readonly alignStart?: boolean;
}

export interface ScenarioResult {
  readonly main: ActionRun;
  readonly posts: readonly ActionRun[];
  readonly ms: number;
  /** The verdict the main step wrote, `killed`, or `error` (it ended without a verdict). */
  readonly outcome: string;
  readonly alias: { version: string | undefined; weights: Record<string, number> };
  /** The journal says the main step finished with a pass (the only state that keeps v2). */
  readonly passed: boolean;
  readonly problems: readonly string[];
  readonly injected: number;
  /** Where the main and post steps' output of this run is kept. */
  readonly logDir: string;
}

/** The alarm an `alarms` input watches: any error of the function in a minute. */
const ERRORS_ALARM = {
  ComparisonOperator: 'GreaterThanOrEqualToThreshold',
  EvaluationPeriods: 1,
  MetricName: 'Errors',
  Namespace: 'AWS/Lambda',
  Period: 60,
  Statistic: 'Sum',
  Threshold: 1,
} as const;
const LOGS = join(tmpdir(), 'stack-canary-faults');

function awsEnv(endpoint: string): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_REGION: 'us-east-1',
    STACK_CANARY_REQUEST_TIMEOUT: REQUEST_TIMEOUT,
  };
}

/** What the runner fills in for every input the workflow leaves out: action.yml's defaults. */
function actionDefaults(): Record<string, string> {
  const action = parse(readFileSync('action.yml', 'utf8')) as {
    inputs: Record<string, { default?: unknown }>;
  };
  const defaults: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    // An expression (`${{ github.token }}`) is the runner's to fill in: left out here.
    if (input.default !== undefined && !String(input.default).includes('${{')) {
      defaults[name] = String(input.default);
    }
  }
  return defaults;
}

/** The names one run uses: its stack (whose function and alias are its own) and its alarm. */
interface RunNames {
  readonly stack: string;
  readonly alarm: string;
}

function namesOf(id: number): RunNames {
  return { stack: `fault-${id}-orders`, alarm: `fault-${id}-errors` };
}

function inputs(
  names: RunNames,
  codeKey: string,
  options: ScenarioOptions,
  strategy: string,
): Record<string, string> {
  return {
    ...actionDefaults(),
    'stack-name': names.stack,
    template: 'templates/sample-app.yaml',
    'parameter-overrides': `CodeBucket=${BUCKET}\nCodeKey=${codeKey}`,
    alias: ALIAS,
    strategy,
    interval: '1s',
    'max-error-rate': '50%',
    'min-invocations': '5',
    monitoring: 'false',
    ...(options.synthetic === false
      ? {}
      : { 'synthetic-payload': '{"rawPath":"/orders"}', 'synthetic-rate': '1200/m' }),
    ...(options.alarm ? { alarms: names.alarm } : {}),
  };
}

/** The code of both versions, in the bucket every run deploys from (once, before the runs). */
export async function uploadCode(aws: AwsClients): Promise<void> {
  await aws.s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
  for (const key of ['v1.zip', 'v2.zip']) {
    await aws.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: `code of ${key}` }));
  }
}

/** The run's stack, with v1 live on the alias. */
async function seed(names: RunNames, emulator: string): Promise<string> {
  const first = await runEntry(ACTION_MAIN, {
    inputs: inputs(names, 'v1.zip', { fault: NO_FAULT, synthetic: false }, 'all-at-once'),
    env: awsEnv(emulator),
  });
  const versions = JSON.parse(first.outputs['versions'] ?? '{}') as Record<string, unknown>;
  const [functionName] = Object.keys(versions);
  if (first.code !== 0 || !functionName) {
    throw new Error(`seeding v1 failed (exit ${first.code}): ${first.stdout.slice(-2000)}`);
  }
  return functionName;
}

/**
 * The second of the minute every main step starts at. A pass waits for the minutes up to its hold's
 * end to settle, to the whole minute: runs started at different seconds would differ by up to a
 * minute for no fault, and "time added" would measure the clock instead of the fault.
 */
const START_SECOND = 5;

function untilStartSecond(): Promise<void> {
  const wait = (START_SECOND * 1000 - (Date.now() % 60_000) + 60_000) % 60_000;
  return new Promise((resolve) => setTimeout(resolve, wait));
}

/** The signal the main step caught and stopped on (it says so, and exits with 128 + its number). */
function stoppedBySignal(main: ActionRun, signal: NodeJS.Signals): NodeJS.Signals | undefined {
  const caught = main.stdout.includes(`Received ${signal}: stopping the run`);
  return caught && main.code === 128 + (constants.signals[signal] ?? 0) ? signal : undefined;
}

/**
 * The main step's exit code and outputs against how it ended: 0 for pass or skipped, 1 for any
 * other verdict, 128 + n with verdict `error` when it stopped on signal n (killed outright, it
 * writes nothing: the post step and the alias tell).
 */
function exitProblems(main: ActionRun, passed: boolean, stoppedBy: NodeJS.Signals | undefined): string[] {
  if (main.signal) return [];
  const verdict = main.outputs['verdict'];
  if (stoppedBy) return verdict === 'error' ? [] : [`stopped by ${stoppedBy} with verdict ${verdict}`];
  const wantCode = verdict === 'pass' || verdict === 'skipped' ? 0 : 1;
  return [
    ...(main.code === wantCode ? [] : [`main exit ${main.code}, expected ${wantCode}`]),
    ...(passed === (verdict === 'pass') ? [] : ['verdict output and journal disagree']),
  ];
}

/** `id`: the run's number, unique among the runs that share the emulator. */
export async function runScenario(
  aws: AwsClients,
  emulator: string,
  proxy: FaultLane,
  options: ScenarioOptions,
  id: number,
): Promise<ScenarioResult> {
  const names = namesOf(id);
  const functionName = await seed(names, emulator);
  if (options.alarm) {
    await aws.cloudWatch.send(
      new PutMetricAlarmCommand({
        ...ERRORS_ALARM,
        AlarmName: names.alarm,
        Dimensions: [{ Name: 'FunctionName', Value: functionName }],
      }),
    );
  }
  if (options.alignStart) await untilStartSecond();
  const started = Date.now();
  await proxy.setFault(options.fault);
  const main = await runEntry(ACTION_MAIN, {
    inputs: inputs(names, 'v2.zip', options, options.strategy ?? 'canary 50% 6s'),
    env: awsEnv(proxy.url),
    ...(options.killWhen ? { killWhen: options.killWhen } : {}),
    timeoutMs: 300_000,
  });
  const { injected } = await proxy.stats();
  const finished = JSON.parse(main.state['finished'] || 'null') as { verdict?: string } | null;
  const passed = finished?.verdict === 'pass';
  const want = passed ? '2' : '1';
  const readAlias = async () => {
    const alias = await aws.lambda.send(new GetAliasCommand({ FunctionName: functionName, Name: ALIAS }));
    const weights = alias.RoutingConfig?.AdditionalVersionWeights ?? {};
    return {
      version: alias.FunctionVersion,
      weights,
      ok: alias.FunctionVersion === want && Object.keys(weights).length === 0,
    };
  };
  const problems: string[] = [];
  const posts: ActionRun[] = [];
  for (const fault of options.postFaults ?? [NO_FAULT]) {
    await proxy.setFault(fault);
    const post = await runEntry(ACTION_POST, {
      state: { ...main.state, ...POST_STATE },
      env: awsEnv(proxy.url),
      timeoutMs: 300_000,
    });
    posts.push(post);
    // A post step that could not put the alias back must fail the job, loudly.
    if (post.code === 0 && !(await readAlias()).ok)
      problems.push(`post step ${posts.length} exit 0 with the alias not restored`);
  }
  await proxy.setFault(NO_FAULT);
  const ms = Date.now() - started;
  const alias = await readAlias();
  const stoppedBy = options.killWhen && stoppedBySignal(main, options.killWhen.signal);
  const outcome = main.signal
    ? `killed (${main.signal})`
    : stoppedBy
      ? `stopped (${stoppedBy})`
      : main.outputs['verdict'] || 'error';
  if (!alias.ok) {
    problems.push(`alias on ${alias.version} ${JSON.stringify(alias.weights)}, expected ${want} alone`);
  }
  problems.push(...exitProblems(main, passed, stoppedBy));
  mkdirSync(LOGS, { recursive: true });
  const logDir = mkdtempSync(join(LOGS, 'run-'));
  writeFileSync(join(logDir, 'main.log'), `${main.stdout}\n--- stderr\n${main.stderr}`);
  posts.forEach((p, i) =>
    writeFileSync(join(logDir, `post-${i + 1}.log`), `${p.stdout}\n--- stderr\n${p.stderr}`),
  );
  const last = posts[posts.length - 1];
  if (last && last.code !== 0) problems.push(`last post step exit ${last.code}`);
  return {
    main,
    posts,
    ms,
    outcome,
    alias: { version: alias.version, weights: alias.weights },
    passed,
    problems,
    injected,
    logDir,
  };
}

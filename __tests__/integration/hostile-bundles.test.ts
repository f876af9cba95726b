/**
 * The hostile-input catalogue through the bundled entry points, started as a runner (or a shell)
 * starts them: the action and the CLI each reject every row with its exact one-line message, show
 * none of the planted secrets, and open no connection to the AWS endpoint (a listener stands in).
 * Also the kinds only the bundles see: a strategy that rounds to all-at-once, a template nested too
 * deep or not text at all, and a repeated CLI flag.
 */
import { describe, expect, it } from '@jest/globals';
import { envName } from '../../src/config/input-spec.js';
import { suiteFixture } from '../helpers/config.js';
import { HOSTILE_FILES, HOSTILE_SECRETS, ROWS, STRATEGY } from '../helpers/hostile-catalogue.js';
import type { ActionRun } from '../helpers/run-action.js';
import { awsListener } from '../helpers/aws-listener.js';
import { ACTION_ENTRY, CLI_ENTRY, escapeData, leaks, runEntry } from '../helpers/run-action.js';

const aws = awsListener();

const NESTED = `Resources:\n  R:\n    Type: AWS::SNS::Topic\n    Properties:\n      A: ${'['.repeat(150)}1${']'.repeat(150)}\n`;
const fixture = suiteFixture({
  ...HOSTILE_FILES,
  'nested.yaml': NESTED,
  'binary.yaml': 'Resources:\u001a\u0000\u0001',
});

const awsEnv = (extra: Record<string, string> = {}): Record<string, string> => ({
  AWS_ENDPOINT_URL: aws.endpoint,
  AWS_ACCESS_KEY_ID: 'x',
  AWS_SECRET_ACCESS_KEY: 'y',
  ...extra,
});

/** The input as the CLI takes it: STACK_CANARY_<NAME> (flags are covered by the CLI's own tests). */
const cliEnv = (values: Partial<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(values).map(([name, value]) => [envName(name), value ?? '']));

function action(
  values: Partial<Record<string, string>>,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  const inputs = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v ?? '']));
  return runEntry(ACTION_ENTRY, { inputs, env: awsEnv(env), cwd: fixture.dir });
}

function cli(values: Partial<Record<string, string>>, env: Record<string, string> = {}, args: string[] = []) {
  return runEntry(CLI_ENTRY, { args, env: awsEnv({ ...cliEnv(values), ...env }), cwd: fixture.dir });
}

/** The one `::error::` annotation of a failed action run. */
function errorAnnotations(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
}

/** No channel shows a planted secret (the runner's own ::add-mask:: lines are not shown in a log). */
function expectNoSecret(run: ActionRun): void {
  expect(leaks(run, HOSTILE_SECRETS)).toEqual([]);
}

describe('the catalogue through the action bundle', () => {
  it.each(ROWS)('%s', async (_description, values, _input, message, options = {}) => {
    const before = aws.connections;
    const run = await action(values, options.env as Record<string, string> | undefined);
    expect(run.code).toBe(1);
    expect(errorAnnotations(run)).toEqual([`::error::${escapeData(message)}`]);
    expect(run.outputs).toMatchObject({ verdict: 'error', 'rolled-back': 'false' });
    expectNoSecret(run);
    expect(aws.connections).toBe(before);
  });
});

describe('the catalogue through the CLI bundle', () => {
  it.each(ROWS)('%s', async (_description, values, _input, message, options = {}) => {
    const before = aws.connections;
    const run = await cli(values, options.env as Record<string, string> | undefined);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expectNoSecret(run);
    expect(aws.connections).toBe(before);
  });
});

/** The CLI's one line on stderr: an input refused as it is read, or a file refused as the run begins. */
const cliLine = (message: string): string => `stack-canary: ${message}`;
const cliRunLine = (message: string): string => `error: stack-canary: ${message}`;
const stderrLines = (run: ActionRun): string[] => run.stderr.split('\n');

describe('what only a whole run checks, before any AWS call', () => {
  const rounding = (strategy: string): string =>
    `Invalid input strategy: "${strategy}" (step 1 is 100% after rounding, but a step before the last must be above 0% and below 100%). ${STRATEGY}`;
  it.each([
    [
      'canary 99.99999999% 1m',
      { functions: 'f', strategy: 'canary 99.99999999% 1m' },
      rounding('canary 99.99999999% 1m'),
    ],
    [
      'linear 99.9999999% every 1m',
      { functions: 'f', strategy: 'linear 99.9999999% every 1m' },
      rounding('linear 99.9999999% every 1m'),
    ],
    [
      'a template nested 150 deep',
      { 'stack-name': 'orders-api', template: 'nested.yaml' },
      'Input template nested.yaml is nested more than 100 levels deep (at Resources/R/Properties/A/…). Accepted: a template nested at most 100 levels.',
    ],
    [
      'a template that is not text',
      { 'stack-name': 'orders-api', template: 'binary.yaml' },
      'Input template binary.yaml is not a text template: it has the control character U+001A at offset 10. Accepted: a YAML or JSON template in UTF-8.',
    ],
  ])('%s: both bundles refuse it in one line', async (_name, values, message) => {
    const before = aws.connections;
    const fromAction = await action(values, { AWS_REGION: 'eu-west-1' });
    const fromCli = await cli(values, { AWS_REGION: 'eu-west-1' });
    expect(fromAction.code).toBe(1);
    expect(errorAnnotations(fromAction)).toEqual([`::error::${escapeData(message)}`]);
    expect(fromCli.code).toBe(2);
    const line = message.startsWith('Invalid input') ? cliLine(message) : cliRunLine(message);
    expect(stderrLines(fromCli)).toContain(line);
    expect(aws.connections).toBe(before);
  });

  it('a repeated CLI flag is refused, naming it', async () => {
    const before = aws.connections;
    const run = await cli({}, {}, ['--functions', 'f', '--dry-run', 'true', '--dry-run', 'false']);
    expect(run.code).toBe(2);
    expect(stderrLines(run)).toContain(
      cliLine(
        'Flag --dry-run is given twice. Give it once: only list inputs (such as --functions) may repeat.',
      ),
    );
    expect(aws.connections).toBe(before);
  });
});

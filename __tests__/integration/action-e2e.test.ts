/**
 * The bundled action as a workflow runs it (dist/action for the main step, then again for the
 * post step), against the emulator: inputs as INPUT_* variables, outputs, state and summary
 * through the runner's files.
 * - a first deploy of templates/sample-app.yaml judged on synthetic traffic, promoted, and a post
 *   step that then has nothing to do; planted secrets (the token, a multi-line parameter value)
 *   reach none of the channels;
 * - a deploy whose main step gets SIGTERM mid-canary: the step itself puts the alias back, says so
 *   in its outputs and summary, and leaves the post step nothing to do;
 * - a deploy whose main step is killed (SIGKILL) mid-canary: the post step, given the saved state
 *   as STATE_* variables, puts the alias back on the old version with no routing.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GetAliasCommand } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { AwsClients } from '../../src/aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';
import { resetEmulator } from '../helpers/emulator.js';
import { ACTION_ENTRY, leaks, runEntry } from '../helpers/run-action.js';

const BUCKET = 'e2e-code';
const TOKEN = 'ghp_e2ePlantedToken0123456789abcdef';
const KEY_LINES = [
  '-----BEGIN PLANTED KEY-----',
  'MIIEe2ePlantedKeyMaterial0123456789',
  '-----END PLANTED KEY-----',
];

function awsEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ['AWS_ENDPOINT_URL', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION']) {
    env[name] = process.env[name] ?? '';
  }
  return env;
}

function inputs(parameters: string, strategy: string): Record<string, string> {
  return {
    'stack-name': 'e2e-orders',
    template: 'templates/sample-app.yaml',
    'parameter-overrides': parameters,
    alias: 'live',
    strategy,
    interval: '1s',
    'synthetic-payload': '{"rawPath":"/orders"}',
    'synthetic-rate': '1200/m',
    'max-error-rate': '50%',
    'min-invocations': '5',
    monitoring: 'false',
    // The runner fills in action.yml's defaults; these are the ones this run relies on.
    capabilities: 'CAPABILITY_IAM,CAPABILITY_NAMED_IAM,CAPABILITY_AUTO_EXPAND',
    rollback: 'alias',
    'on-inconclusive': 'fail',
    'compare-baseline': 'true',
    'max-memory-utilization': '90%',
    'max-throttles': '0',
  };
}

/** Kill the main step once the alias routes canary traffic to the new version. */
const AT_CANARY = (version: string) => `alias live → v1 + v${version} at 10%`;

describe('the bundled action against the emulator', () => {
  let aws: AwsClients;
  beforeAll(async () => {
    await resetEmulator();
    aws = await createAwsClients({ region: undefined });
    await aws.s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
    for (const key of ['v1.zip', 'v2.zip', 'v3.zip']) {
      await aws.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: `code of ${key}` }));
    }
  });
  afterAll(() => destroyAwsClients(aws));

  it('deploys and promotes; SIGTERM mid-canary: the main step restores; SIGKILL: the post step does', async () => {
    // GIVEN a first deploy, judged on synthetic traffic, with a token and a multi-line secret parameter
    const parameters = join(mkdtempSync(join(tmpdir(), 'stack-canary-e2e-')), 'parameters.json');
    const release = KEY_LINES.join('\n');
    writeFileSync(parameters, JSON.stringify({ CodeBucket: BUCKET, CodeKey: 'v1.zip', Release: release }));
    const first = await runEntry(ACTION_ENTRY, {
      inputs: { ...inputs(parameters, 'canary 10% 3s'), 'github-token': TOKEN },
      env: awsEnv(),
    });
    expect(first.code).toBe(0);
    expect(first.outputs['verdict']).toBe('pass');
    expect(first.outputs['rolled-back']).toBe('false');
    const versions = JSON.parse(first.outputs['versions'] ?? '{}') as Record<string, { new?: string }>;
    const [functionName] = Object.keys(versions);
    expect(functionName).toBeDefined();
    expect(versions[functionName ?? '']?.new).toBe('1');
    expect(first.outputs['stack-id']).toContain('e2e-orders');
    expect(first.summary).toContain('stack-canary: pass');
    const report = JSON.parse(readFileSync(first.outputs['report'] ?? '', 'utf8')) as {
      verdict: string;
      tool: string;
    };
    expect(report).toMatchObject({ tool: 'stack-canary', verdict: 'pass' });
    // AND the secrets were masked (each line of the multi-line value too) and appear nowhere
    for (const secret of [TOKEN, KEY_LINES[1] ?? '']) expect(first.stdout).toContain(`::add-mask::${secret}`);
    expect(leaks(first, [TOKEN, ...KEY_LINES])).toEqual([]);
    const alias = () => aws.lambda.send(new GetAliasCommand({ FunctionName: functionName, Name: 'live' }));
    expect((await alias()).FunctionVersion).toBe('1');

    // AND its post step, after a main step that finished, leaves everything as it is
    const quiet = await runEntry(ACTION_ENTRY, { state: first.state, env: awsEnv() });
    expect(quiet.code).toBe(0);
    expect(quiet.outputs).toEqual({});
    expect((await alias()).FunctionVersion).toBe('1');

    // WHEN a second deploy gets SIGTERM (a cancelled job) right after it routed canary traffic
    const stopped = await runEntry(ACTION_ENTRY, {
      inputs: inputs(`CodeBucket=${BUCKET}\nCodeKey=v2.zip`, 'canary 10% 10m'),
      env: awsEnv(),
      killWhen: { text: AT_CANARY('2'), signal: 'SIGTERM' },
    });
    // THEN the main step itself puts the alias back on v1, then exits 128 + 15
    expect(stopped.code).toBe(143);
    const afterTerm = await alias();
    expect(afterTerm.FunctionVersion).toBe('1');
    expect(afterTerm.RoutingConfig?.AdditionalVersionWeights ?? {}).toEqual({});
    expect(stopped.outputs).toMatchObject({ verdict: 'error', 'rolled-back': 'true' });
    expect(stopped.outputs['reason']).toContain('SIGTERM');
    expect(stopped.summary).toContain('stack-canary: stopped');
    expect(stopped.summary).toMatch(/\| v1 \(restored\) \|/);
    // AND its post step finds every alias already back
    const afterStop = await runEntry(ACTION_ENTRY, { state: stopped.state, env: awsEnv() });
    expect(afterStop.code).toBe(0);
    expect((await alias()).FunctionVersion).toBe('1');

    // WHEN a third deploy is killed outright (no handler can run) at the same point
    const killed = await runEntry(ACTION_ENTRY, {
      inputs: inputs(`CodeBucket=${BUCKET}\nCodeKey=v3.zip`, 'canary 10% 10m'),
      env: awsEnv(),
      killWhen: { text: AT_CANARY('3'), signal: 'SIGKILL' },
    });
    expect(killed.signal).toBe('SIGKILL');
    expect((await alias()).RoutingConfig?.AdditionalVersionWeights).toEqual({ '3': 0.1 });

    // THEN the post step, given the saved state, puts the alias back on v1 with no routing
    const post = await runEntry(ACTION_ENTRY, { state: killed.state, env: awsEnv() });
    expect(post.code).toBe(0);
    const restored = await alias();
    expect(restored.FunctionVersion).toBe('1');
    expect(restored.RoutingConfig?.AdditionalVersionWeights ?? {}).toEqual({});
    expect(post.stdout).toContain('back on v1');
  });
});

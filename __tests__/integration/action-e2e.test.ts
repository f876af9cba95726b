/**
 * The bundled action as a workflow runs it (dist/main, then dist/post), against the emulator:
 * inputs as INPUT_* variables, outputs, state and summary through the runner's files.
 * - a first deploy of templates/sample-app.yaml judged on synthetic traffic, promoted, and a post
 *   step that then has nothing to do;
 * - a second deploy whose main step is killed mid-canary: the post step, given the saved state as
 *   STATE_* variables, puts the alias back on the old version with no routing.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GetAliasCommand } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { AwsClients } from '../../src/aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';
import { resetEmulator } from '../helpers/emulator.js';
import { runEntry } from '../helpers/run-action.js';

const BUCKET = 'e2e-code';

function awsEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ['AWS_ENDPOINT_URL', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION']) {
    env[name] = process.env[name] ?? '';
  }
  return env;
}

function inputs(codeKey: string, strategy: string): Record<string, string> {
  return {
    'stack-name': 'e2e-orders',
    template: 'templates/sample-app.yaml',
    'parameter-overrides': `CodeBucket=${BUCKET}\nCodeKey=${codeKey}`,
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

describe('the bundled action against the emulator', () => {
  let aws: AwsClients;
  beforeAll(async () => {
    await resetEmulator();
    aws = await createAwsClients({ region: undefined });
    await aws.s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
    for (const key of ['v1.zip', 'v2.zip']) {
      await aws.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: `code of ${key}` }));
    }
  });
  afterAll(() => destroyAwsClients(aws));

  it('deploys, judges and promotes; after a main step killed mid-canary, the post step restores the alias', async () => {
    // GIVEN a first deploy, judged on synthetic traffic
    const first = await runEntry('dist/main/index.js', {
      inputs: inputs('v1.zip', 'canary 10% 3s'),
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
    const alias = () => aws.lambda.send(new GetAliasCommand({ FunctionName: functionName, Name: 'live' }));
    expect((await alias()).FunctionVersion).toBe('1');

    // AND its post step, after a main step that finished, leaves everything as it is
    const quiet = await runEntry('dist/post/index.js', { state: first.state, env: awsEnv() });
    expect(quiet.code).toBe(0);
    expect((await alias()).FunctionVersion).toBe('1');

    // WHEN a second deploy is killed right after it routed canary traffic to the new version
    const killed = await runEntry('dist/main/index.js', {
      inputs: inputs('v2.zip', 'canary 10% 10m'),
      env: awsEnv(),
      killWhen: { text: 'alias live → v1 + v2 at 10%', signal: 'SIGTERM' },
    });
    expect(killed.signal).toBe('SIGTERM');
    expect((await alias()).RoutingConfig?.AdditionalVersionWeights).toEqual({ '2': 0.1 });

    // THEN the post step, given the saved state, puts the alias back on v1 with no routing
    const post = await runEntry('dist/post/index.js', { state: killed.state, env: awsEnv() });
    expect(post.code).toBe(0);
    const restored = await alias();
    expect(restored.FunctionVersion).toBe('1');
    expect(restored.RoutingConfig?.AdditionalVersionWeights ?? {}).toEqual({});
    expect(post.stdout).toContain('v1');
  });
});

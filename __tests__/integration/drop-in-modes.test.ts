/**
 * The rest of aws-cloudformation-github-deploy's inputs on the emulator, each through the action's
 * main step (from source, in this process, with the runner's INPUT_* variables and command files):
 * - `mode: create-only` on a pull_request event: the change set is made and left for review, no
 *   version is published and no alias moves; `mode: execute-only` with `execute-change-set-id`
 *   then executes that very change set, and the canary runs as usual;
 * - `http-proxy`: every AWS call goes through the proxy, and what it carries shows
 *   `include-nested-stacks-change-set` and `deployment-mode: REVERT_DRIFT` in CreateChangeSet;
 *   `s3-prefix` names the uploaded template's key; `tags` in that action's YAML form;
 * - `s3-prefix` also names the key of the guard's code the monitoring stack is made from;
 * - a stack output named like one of the action's outputs does not overwrite it;
 * - `stack-id` falls back to the stack name where there is no stack id.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateStackCommand,
  DescribeChangeSetCommand,
  DescribeStackResourcesCommand,
  DescribeStacksCommand,
  ListChangeSetsCommand,
} from '@aws-sdk/client-cloudformation';
import { GetAliasCommand, GetFunctionCommand, ListVersionsByFunctionCommand } from '@aws-sdk/client-lambda';
import {
  CreateBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import type { AwsClients } from '../../src/aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';
import type { ConnectProxy } from '../helpers/connect-proxy.js';
import { startConnectProxy } from '../helpers/connect-proxy.js';
import { emulatorEndpoint, resetEmulator } from '../helpers/emulator.js';
import { runMainStepInProcess } from '../helpers/main-step.js';

const STACK = 'orders-api';
const TEMPLATE = '__fixtures__/templates/app.yaml';
/** A canary the emulator can judge in seconds: synthetic calls to the new version, no monitoring stack. */
const CANARY = {
  name: STACK,
  capabilities: 'CAPABILITY_IAM',
  alias: 'live',
  strategy: 'canary 10% 3s',
  interval: '1s',
  'synthetic-payload': '{"ping":true}',
  'synthetic-rate': '1200/m',
  'max-error-rate': '50%',
  'min-invocations': '5',
  monitoring: 'false',
  'pr-comment': 'false',
};
const code = (key: string): string => `Greeting=hi,CodeBucket=code-bucket,CodeKey=${key}`;

describe("aws-cloudformation-github-deploy's modes and the rest of its inputs, on the emulator", () => {
  let aws: AwsClients;
  let dir: string;
  const saved = { ...process.env };
  beforeAll(async () => {
    aws = await createAwsClients({ region: undefined });
    dir = mkdtempSync(join(tmpdir(), 'stack-canary-drop-in-modes-'));
  });
  afterAll(() => {
    destroyAwsClients(aws);
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await resetEmulator();
    for (const bucket of ['code-bucket', 'templates-bucket']) {
      await aws.s3.send(new CreateBucketCommand({ Bucket: bucket }));
    }
    for (const key of ['v1.zip', 'v2.zip']) {
      await aws.s3.send(new PutObjectCommand({ Bucket: 'code-bucket', Key: key, Body: `code of ${key}` }));
    }
  });
  afterEach(() => {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
    process.exitCode = undefined;
  });

  /** One step: the inputs of an earlier step in this process are not its own. */
  const runMain = (inputs: Record<string, string>): Promise<Record<string, string>> => {
    for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_')) delete process.env[name];
    return runMainStepInProcess(dir, inputs);
  };
  const functionName = async (): Promise<string> => {
    const stack = (await aws.cloudFormation.send(new DescribeStacksCommand({ StackName: STACK })))
      .Stacks?.[0];
    const resources = await aws.cloudFormation.send(
      new (await import('@aws-sdk/client-cloudformation')).DescribeStackResourcesCommand({
        StackName: STACK,
      }),
    );
    expect(stack).toBeDefined();
    return (
      resources.StackResources?.find((r) => r.LogicalResourceId === 'OrdersFunction')?.PhysicalResourceId ??
      ''
    );
  };
  const codeKeyDeployed = async (): Promise<string | undefined> => {
    const stack = (await aws.cloudFormation.send(new DescribeStacksCommand({ StackName: STACK })))
      .Stacks?.[0];
    return stack?.Parameters?.find((p) => p.ParameterKey === 'CodeKey')?.ParameterValue;
  };

  it('mode: create-only on a pull request leaves the change set unexecuted and moves no alias; execute-only then ships it with a canary', async () => {
    // GIVEN orders-api live on v1 (a first deploy, promoted)
    const first = await runMain({ ...CANARY, template: TEMPLATE, 'parameter-overrides': code('v1.zip') });
    expect([first['verdict'], process.exitCode]).toEqual(['pass', undefined]);
    const fn = await functionName();
    const alias = () => aws.lambda.send(new GetAliasCommand({ FunctionName: fn, Name: 'live' }));
    expect((await alias()).FunctionVersion).toBe('1');

    // WHEN the pull request's workflow runs the step with mode: create-only and v2's code
    const eventPath = join(dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ number: 7, pull_request: { number: 7 } }));
    process.env['GITHUB_EVENT_NAME'] = 'pull_request';
    process.env['GITHUB_EVENT_PATH'] = eventPath;
    const review = await runMain({
      ...CANARY,
      template: TEMPLATE,
      'parameter-overrides': code('v2.zip'),
      mode: 'create-only',
      'change-set-name': 'orders-api-pr-7',
    });

    // THEN the run is skipped, saying why, and the change set waits for review, unexecuted
    expect(process.exitCode).toBeUndefined();
    expect(review['verdict']).toBe('skipped');
    expect(review['reason']).toBe(
      'mode: create-only: change set orders-api-pr-7 left for review, not executed; no canary',
    );
    const changeSetId = review['change-set-id'] ?? '';
    expect(changeSetId).toMatch(/:changeSet\/orders-api-pr-7\//);
    const pending = await aws.cloudFormation.send(
      new DescribeChangeSetCommand({ ChangeSetName: changeSetId }),
    );
    expect([pending.Status, pending.ExecutionStatus]).toEqual(['CREATE_COMPLETE', 'AVAILABLE']);
    // (the emulator gives back no change set's Tags: the next test reads them in the request)
    // AND nothing was deployed: the stack keeps v1's code, no version was published, the alias did not move
    expect(await codeKeyDeployed()).toBe('v1.zip');
    const versions = await aws.lambda.send(new ListVersionsByFunctionCommand({ FunctionName: fn }));
    expect((versions.Versions ?? []).map((v) => v.Version)).toEqual(['$LATEST', '1']);
    const untouched = await alias();
    expect(untouched.FunctionVersion).toBe('1');
    expect(untouched.RoutingConfig?.AdditionalVersionWeights ?? {}).toEqual({});
    expect(JSON.parse(review['versions'] ?? '')).toEqual({ [fn]: { previous: '1' } });

    // WHEN the merge's workflow executes the reviewed change set
    process.env['GITHUB_EVENT_NAME'] = 'push';
    delete process.env['GITHUB_EVENT_PATH'];
    const shipped = await runMain({ ...CANARY, mode: 'execute-only', 'execute-change-set-id': changeSetId });

    // THEN that change set was executed, and the canary judged v2 and promoted it
    expect([shipped['verdict'], process.exitCode]).toEqual(['pass', undefined]);
    expect(shipped['change-set-id']).toBe(changeSetId);
    expect(await codeKeyDeployed()).toBe('v2.zip');
    const executed = await aws.cloudFormation.send(
      new DescribeChangeSetCommand({ ChangeSetName: changeSetId }),
    );
    expect(executed.ExecutionStatus).toBe('EXECUTE_COMPLETE');
    expect(JSON.parse(shipped['versions'] ?? '{}')).toEqual({ [fn]: { previous: '1', new: '2' } });
    const promoted = await alias();
    expect(promoted.FunctionVersion).toBe('2');
    expect(promoted.RoutingConfig?.AdditionalVersionWeights ?? {}).toEqual({});
    expect(shipped['stack-id']).toMatch(/^arn:aws:cloudformation:[^:]+:\d+:stack\/orders-api\//);
    // (the canary against an old version waits for its last minute's metrics to settle: minutes, not seconds)
  }, 360_000);

  describe('with a proxy', () => {
    let proxy: ConnectProxy;
    beforeEach(async () => {
      proxy = await startConnectProxy();
    });
    afterEach(() => proxy.close());

    it('http-proxy carries every call; include-nested-stacks-change-set, deployment-mode and s3-prefix reach AWS; a stack output keeps off the action outputs', async () => {
      // GIVEN orders-api deployed with outputs, one of them named like the action's `report` output
      const template = readFileSync(TEMPLATE, 'utf8');
      const withReport = `${template}  Report:\n    Value: from-the-stack\n`;
      await aws.cloudFormation.send(
        new CreateStackCommand({
          StackName: STACK,
          TemplateBody: withReport,
          Parameters: [{ ParameterKey: 'CodeKey', ParameterValue: 'v1.zip' }],
          Capabilities: ['CAPABILITY_IAM'],
        }),
      );
      // AND a template over CloudFormation's 51,200 bytes inline (so it is uploaded to s3-bucket)
      const big = join(dir, 'big.yaml');
      writeFileSync(big, `${withReport}Metadata:\n  Padding: ${'x'.repeat(52_000)}\n`);

      // WHEN the step runs with an http-proxy and the change-set inputs of that action
      const outputs = await runMain({
        ...CANARY,
        template: big,
        'parameter-overrides': code('v2.zip'),
        'no-execute-changeset': '1',
        'include-nested-stacks-change-set': '1',
        'deployment-mode': 'REVERT_DRIFT',
        's3-bucket': 'templates-bucket',
        's3-prefix': 'cfn/reviews',
        tags: 'Team: payments\nService: orders',
        'http-proxy': proxy.url,
      });

      // THEN every call went through the proxy, to the emulator
      expect(outputs['verdict']).toBe('skipped');
      const emulator = new URL(emulatorEndpoint()).host;
      expect(proxy.tunnels.length).toBeGreaterThan(0);
      expect(new Set(proxy.tunnels)).toEqual(new Set([emulator]));
      const sent = proxy.sent();
      for (const call of ['DescribeStacks', 'CreateChangeSet', 'DescribeChangeSet']) {
        expect(sent).toMatch(new RegExp(`Action=${call}&|"?X-Amz-Target"?:\\s*\\S*\\.${call}\\b`, 'i'));
      }
      // AND CreateChangeSet carried IncludeNestedStacks and DeploymentMode, as the API model names them
      const create = sent.split(/(?=POST )/).find((request) => /CreateChangeSet/.test(request)) ?? '';
      expect(create).toMatch(/IncludeNestedStacks("?\s*[:=]\s*)true/);
      expect(create).toMatch(/DeploymentMode("?\s*[:=]\s*"?)REVERT_DRIFT/);
      expect(create).toMatch(
        /Tags\.member\.1\.Key=Team&Tags\.member\.1\.Value=payments|"Key":"Team","Value":"payments"/,
      );
      expect(create).toMatch(
        /Tags\.member\.2\.Key=Service&Tags\.member\.2\.Value=orders|"Key":"Service","Value":"orders"/,
      );
      // AND the template was uploaded under the s3-prefix
      const listed = await aws.s3.send(new ListObjectsV2Command({ Bucket: 'templates-bucket' }));
      const keys = (listed.Contents ?? []).map((o) => o.Key ?? '');
      expect(keys).toHaveLength(1);
      expect(keys[0]).toMatch(/^cfn\/reviews\/orders-api\/[0-9a-f]{16}\.template$/);
      expect(sent).toContain(`/templates-bucket/${keys[0]}`);
      // AND the stack output named `Report` is under stack-output-Report; `report` is the report's path
      expect(outputs['stack-output-Report']).toBe('from-the-stack');
      expect(outputs['report']).toBe(join(dir, `stack-canary-report-${STACK}.json`));
      expect(outputs['FunctionName']).toBeTruthy();
      const changeSets = await aws.cloudFormation.send(new ListChangeSetsCommand({ StackName: STACK }));
      expect((changeSets.Summaries ?? []).map((s) => s.ExecutionStatus)).toEqual(['AVAILABLE']);
    });
  });

  it("s3-prefix puts the guard's code under the prefix in s3-bucket, and the monitoring stack's guard is made from it", async () => {
    // WHEN a first deploy runs with the monitoring stack and its guard, s3-bucket and s3-prefix
    const outputs = await runMain({
      ...CANARY,
      monitoring: 'true',
      template: TEMPLATE,
      'parameter-overrides': code('v1.zip'),
      's3-bucket': 'templates-bucket',
      's3-prefix': 'cfn/orders',
    });
    expect([outputs['verdict'], process.exitCode]).toEqual(['pass', undefined]);

    // THEN the bucket holds the guard's zip under the prefix, and nothing outside it
    const listed = await aws.s3.send(new ListObjectsV2Command({ Bucket: 'templates-bucket' }));
    const keys = (listed.Contents ?? []).map((o) => o.Key ?? '');
    expect(keys).toEqual([expect.stringMatching(/^cfn\/orders\/guard\/[0-9a-f]{16}\.zip$/)]);
    // AND the guard function of the monitoring stack was made from that object
    const guard = (
      await aws.cloudFormation.send(new DescribeStackResourcesCommand({ StackName: `${STACK}-monitoring` }))
    ).StackResources?.find((r) => r.ResourceType === 'AWS::Lambda::Function');
    const made = await aws.lambda.send(
      new GetFunctionCommand({ FunctionName: guard?.PhysicalResourceId ?? '' }),
    );
    const zip = await aws.s3.send(new HeadObjectCommand({ Bucket: 'templates-bucket', Key: keys[0] }));
    expect(made.Configuration?.CodeSize).toBe(zip.ContentLength);
  }, 180_000);

  it('stack-id is the stack name where there is no stack id (a dry run of a stack not yet created)', async () => {
    const outputs = await runMain({
      ...CANARY,
      template: TEMPLATE,
      'parameter-overrides': code('v1.zip'),
      'dry-run': 'true',
    });
    expect(outputs['verdict']).toBe('skipped');
    expect(outputs['stack-id']).toBe(STACK);
    const stacks = (await aws.cloudFormation.send(new DescribeStacksCommand({}))).Stacks ?? [];
    expect(stacks.filter((s) => s.StackStatus !== 'DELETE_COMPLETE')).toEqual([]);
  });
});

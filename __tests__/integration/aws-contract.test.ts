/**
 * The contract proxy every integration test, the fault table and the demo talk to AWS through
 * (__tests__/contract/): it must refuse what the botocore model refuses, with one line, in each
 * protocol, and pass what the model accepts.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { CloudFormationClient, CreateChangeSetCommand } from '@aws-sdk/client-cloudformation';
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { InvokeCommand, LambdaClient, UpdateAliasCommand } from '@aws-sdk/client-lambda';
import { contractStats, takeViolations } from '../contract/proxy.mjs';
import { emulatorEndpoint } from '../helpers/emulator.js';

const lane = (): string => {
  const url = process.env['STACK_CANARY_CONTRACT_LANE'];
  if (!url) throw new Error('no contract lane: run through jest');
  return url;
};
const region = 'us-east-1';
const clients: { destroy(): void }[] = [];
function client<T extends { destroy(): void }>(made: T): T {
  clients.push(made);
  return made;
}
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});

/** Sends `send`, expects the proxy's refusal, and returns the lines this lane recorded (taken). */
async function refused(send: () => Promise<unknown>): Promise<{ message: string; lines: string[] }> {
  const error = await send().then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(error?.message).toMatch(/^AWS contract: /);
  return { message: error?.message ?? '', lines: await takeViolations(lane(), { expected: true }) };
}

describe('the contract proxy in front of the emulator', () => {
  it('GIVEN the tests WHEN they reach AWS THEN the endpoint they are given is the proxy, not the emulator', async () => {
    const stats = await contractStats(emulatorEndpoint());
    // The emulator has no such page; the proxy answers it with its counts.
    expect(stats).toEqual(
      expect.objectContaining({ checked: expect.any(Object), violations: expect.any(Number) }),
    );
  });

  it('GIVEN an alias weight of 1.5 (rest-json body) WHEN sent THEN the model refuses it, in one line', async () => {
    const lambda = client(new LambdaClient({ region, maxAttempts: 1 }));
    const { message, lines } = await refused(() =>
      lambda.send(
        new UpdateAliasCommand({
          FunctionName: 'orders',
          Name: 'live',
          RoutingConfig: { AdditionalVersionWeights: { '2': 1.5 } },
        }),
      ),
    );
    const line =
      'AWS contract: lambda UpdateAlias RoutingConfig.AdditionalVersionWeights.2: max value — value 1.5, limit 1';
    expect(lines).toEqual([line]);
    expect(message).toBe(line);
  });

  it('GIVEN a 200-character change-set name (query) WHEN sent THEN the model refuses it, the value cut short', async () => {
    const cfn = client(new CloudFormationClient({ region, maxAttempts: 1 }));
    const { lines } = await refused(() =>
      cfn.send(
        new CreateChangeSetCommand({
          StackName: 'orders',
          ChangeSetName: `c${'x'.repeat(199)}`,
          TemplateBody: '{}',
        }),
      ),
    );
    expect(lines).toEqual([
      `AWS contract: cloudformation CreateChangeSet ChangeSetName: max length — value "c${'x'.repeat(58)}… (202 chars), limit 128`,
    ]);
  });

  it('GIVEN an enum in a header and a number under its minimum (JSON 1.0) WHEN sent THEN each rule names its limit', async () => {
    const lambda = client(new LambdaClient({ region, maxAttempts: 1 }));
    const invoke = await refused(() =>
      lambda.send(new InvokeCommand({ FunctionName: 'orders', InvocationType: 'Sometimes' as 'Event' })),
    );
    expect(invoke.lines).toEqual([
      'AWS contract: lambda Invoke InvocationType: enum — value "Sometimes", limit Event|RequestResponse|DryRun',
    ]);
    const dynamo = client(new DynamoDBClient({ region, maxAttempts: 1 }));
    const scan = await refused(() => dynamo.send(new ScanCommand({ TableName: 'plans', Limit: 0 })));
    expect(scan.lines).toEqual(['AWS contract: dynamodb Scan Limit: min value — value 0, limit 1']);
  });

  it('GIVEN a query request with an unknown member and no required one WHEN sent THEN both are flagged', async () => {
    const res = await fetch(lane(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: 'Action=DescribeStackEvents&Version=2010-05-15&Bogus=1',
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('<Code>ValidationError</Code>');
    expect(await takeViolations(lane(), { expected: true })).toEqual([
      'AWS contract: cloudformation DescribeStackEvents Bogus: unknown member — value "1", limit a member of the input',
      'AWS contract: cloudformation DescribeStackEvents StackName: required — value (absent), limit required',
    ]);
  });

  it('GIVEN requests the model accepts WHEN sent THEN they reach the emulator, and are counted', async () => {
    const before = (await contractStats(lane())).checked['s3'] ?? 0;
    const s3 = client(new S3Client({ region, forcePathStyle: true, maxAttempts: 1 }));
    await s3.send(new CreateBucketCommand({ Bucket: 'contract-proof' }));
    expect(await takeViolations(lane())).toEqual([]);
    expect((await contractStats(lane())).checked['s3']).toBe(before + 1);
  });
});

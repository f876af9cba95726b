/**
 * A release in waves with `rollback: stack` on the emulator: the app stack (a function from S3
 * code) runs v1 in us-east-1, eu-west-1 and ap-southeast-2; the release deploys the template's
 * next version with new code, region by region (us-east-1, then the other two at once). The
 * canary's evidence is scripted: the new version fails in ap-southeast-2 alone. Every region's
 * stack goes back to its snapshot template and every alias to v1, us-east-1's promotion included.
 * And the wave bake: an alarm of us-east-1 in ALARM after its promotion stops the release before
 * the second wave starts.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  CreateStackCommand,
  DescribeStacksCommand,
  GetTemplateCommand,
} from '@aws-sdk/client-cloudformation';
import { SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { AwsClients } from '../../src/aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';
import { parseConfig } from '../../src/config/parse.js';
import type { Config } from '../../src/config/types.js';
import type { Judge } from '../../src/canary/types.js';
import { defaultParts } from '../../src/pipeline/parts.js';
import { MemoryStateStore } from '../../src/state-store.js';
import { createAlias, getAlias } from '../../src/traffic/alias.js';
import { publishVersion } from '../../src/traffic/versions.js';
import { runRelease } from '../../src/waves/release.js';
import { putErrorsAlarm } from '../helpers/alarms.js';
import { resetEmulator } from '../helpers/emulator.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { MemoryLogger } from '../helpers/memory-logger.js';
import { FakeObserver, passAtEnd, scriptedJudge } from '../helpers/pipeline-fakes.js';

const STACK = 'orders-api';
const WAVES = [['us-east-1'], ['eu-west-1', 'ap-southeast-2']];
const REGIONS = WAVES.flat();
const V1_TEMPLATE = readFileSync('__fixtures__/templates/app.yaml', 'utf8');

const clients = new Map<string, AwsClients>();
const inRegion = (region: string): AwsClients => clients.get(region) as AwsClients;
beforeAll(async () => {
  for (const region of REGIONS) clients.set(region, await createAwsClients({ region }));
});
afterAll(() => {
  for (const aws of clients.values()) destroyAwsClients(aws);
});

/** Each region's function, as its stack named it. */
const functionIn = new Map<string, string>();

beforeEach(async () => {
  await resetEmulator();
  const s3 = inRegion('us-east-1').s3;
  await s3.send(new CreateBucketCommand({ Bucket: 'code-bucket' }));
  // The emulator runs no code: the bytes only need to differ between versions.
  await s3.send(new PutObjectCommand({ Bucket: 'code-bucket', Key: 'orders.zip', Body: 'zip v1' }));
  await s3.send(new PutObjectCommand({ Bucket: 'code-bucket', Key: 'orders-v2.zip', Body: 'zip v2' }));
  for (const region of REGIONS) {
    const aws = inRegion(region);
    await aws.cloudFormation.send(
      new CreateStackCommand({
        StackName: STACK,
        TemplateBody: V1_TEMPLATE,
        Capabilities: ['CAPABILITY_IAM'],
      }),
    );
    const { Stacks } = await aws.cloudFormation.send(new DescribeStacksCommand({ StackName: STACK }));
    const name = Stacks?.[0]?.Outputs?.find((o) => o.OutputKey === 'FunctionName')?.OutputValue;
    if (!name) throw new Error(`no function in ${region}'s stack`);
    functionIn.set(region, name);
    const v1 = await publishVersion(aws.lambda, name, { clock: new FakeClock() });
    await createAlias(aws.lambda, name, 'live', { version: v1.version, weights: {} });
  }
});

const description = async (region: string): Promise<string | undefined> => {
  const { TemplateBody } = await inRegion(region).cloudFormation.send(
    new GetTemplateCommand({ StackName: STACK, TemplateStage: 'Original' }),
  );
  return /^Description: (.*)$/m.exec(TemplateBody ?? '')?.[1];
};

const releaseInputs = (extra: Record<string, string>): Record<string, string> => ({
  'stack-name': STACK,
  template: '__fixtures__/templates/app-v2.yaml',
  'parameter-overrides': 'CodeKey=orders-v2.zip',
  capabilities: 'CAPABILITY_IAM',
  monitoring: 'false',
  strategy: 'canary 10% 2m',
  ...extra,
});

/** The release with the real stack and traffic parts, the canary's evidence scripted by `judge`. */
const release = (config: Config, judge: Judge) =>
  runRelease(
    config,
    {
      logger: new MemoryLogger(),
      state: new MemoryStateStore(),
      clock: new FakeClock(Date.UTC(2026, 0, 1)),
      clientsFor: async (region) => inRegion(region as string),
    },
    { ...defaultParts(), createObserver: () => new FakeObserver([]), judge },
  );

describe('a release in waves with rollback: stack', () => {
  it('GIVEN a new version that fails in ap-southeast-2 WHEN released in two waves THEN every region has its stack and alias back', async () => {
    const inputs = releaseInputs({ rollback: 'stack' });
    const config = { ...parseConfig((name) => inputs[name as string] ?? ''), regions: WAVES };
    const failing = functionIn.get('ap-southeast-2');
    const judge = scriptedJudge((fn, input) => (fn === failing ? 'fail' : passAtEnd(fn, input)));
    const result = await release(config, judge);
    expect(result.verdict).toBe('fail');
    expect(result.reason).toMatch(/^ap-southeast-2: fail: /);
    expect(result.rolledBack).toBe(true);
    const ended = Object.fromEntries(
      result.regions?.map((r) => [r.region, r.result?.record.rollback?.stack]) ?? [],
    );
    expect(ended).toEqual({ 'us-east-1': 'restored', 'eu-west-1': 'restored', 'ap-southeast-2': 'restored' });
    for (const region of REGIONS) {
      // The new version was deployed and published there before it went back.
      const fn = functionIn.get(region) as string;
      const versions = result.regions?.find((r) => r.region === region)?.result?.versions[fn];
      expect({ region, versions }).toEqual({ region, versions: { previous: '1', new: '2' } });
      const alias = (await getAlias(inRegion(region).lambda, functionIn.get(region) as string, 'live'))
        ?.target;
      expect({ region, alias, template: await description(region) }).toEqual({
        region,
        alias: { version: '1', weights: {} },
        template: 'stack-canary integration test app',
      });
    }
  }, 120_000);

  it('GIVEN an alarm of us-east-1 in ALARM after its promotion WHEN the wave bake watches it THEN the second wave never starts and us-east-1 goes back', async () => {
    const cloudWatch = inRegion('us-east-1').cloudWatch;
    await putErrorsAlarm(cloudWatch, 'orders-errors');
    await cloudWatch.send(
      new SetAlarmStateCommand({ AlarmName: 'orders-errors', StateValue: 'ALARM', StateReason: 'errors' }),
    );
    const inputs = releaseInputs({ alarms: 'orders-errors' });
    const config = {
      ...parseConfig((name) => inputs[name as string] ?? ''),
      regions: WAVES,
      waveBakeMs: 600_000,
    };
    const result = await release(config, scriptedJudge(passAtEnd));
    expect({ verdict: result.verdict, reason: result.reason }).toEqual({
      verdict: 'fail',
      reason: 'us-east-1: alarm orders-errors fired during the wave bake',
    });
    expect(result.regions?.map((r) => [r.region, r.result?.verdict, r.result?.rolledBack])).toEqual([
      ['us-east-1', 'pass', true],
      ['eu-west-1', undefined, undefined],
      ['ap-southeast-2', undefined, undefined],
    ]);
    const alias = (
      await getAlias(inRegion('us-east-1').lambda, functionIn.get('us-east-1') as string, 'live')
    )?.target;
    expect(alias).toEqual({ version: '1', weights: {} });
  }, 120_000);
});

/**
 * The guard's handler driven against the emulator, which runs no Lambda code: the handler is
 * called in-process with real SDK clients, one scheduled invocation per simulated minute on a fake
 * clock, while Lambda's per-version metrics are played into CloudWatch minute by minute. A
 * function was promoted from v1 to v2 an hour ago; v1's half hour before the promotion is in
 * CloudWatch.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import {
  GetAliasCommand,
  GetFunctionConfigurationCommand,
  ListTagsCommand,
  TagResourceCommand,
} from '@aws-sdk/client-lambda';
import type { PublishCommandInput } from '@aws-sdk/client-sns';
import { CreateTopicCommand, PublishCommand } from '@aws-sdk/client-sns';
import type { AwsClients } from '../../src/aws/clients.js';
import { clientOptions, createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';
import { floorToMinute } from '../../src/canary/minutes.js';
import { lastPassedTagKey } from '../../src/constants.js';
import type { GuardEntry } from '../../src/guard/entry.js';
import { createHandler } from '../../src/guard/handler.js';
import { readGuardSettings } from '../../src/guard/settings.js';
import { createAlias } from '../../src/traffic/alias.js';
import { guardRolledBackTagKey, previousTagKey, promotedAtTagKey } from '../../src/traffic/tags.js';
import { publishVersion } from '../../src/traffic/versions.js';
import { resetEmulator } from '../helpers/emulator.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { createFunction, createRole, deployCode } from '../helpers/lambda-emulator.js';
import { putLambdaMinutes } from '../helpers/lambda-traffic.js';

const FN = 'orders-fn';
const MINUTE = 60_000;
const CALLS_PER_MINUTE = 300;
const SCHEDULED = {
  source: 'aws.events',
  'detail-type': 'Scheduled Event',
  resources: ['arn:aws:events:us-east-1:123456789012:rule/orders-monitoring-GuardScheduleRule-X'],
};

let aws: AwsClients;
let events: EventBridgeClient;
beforeAll(async () => {
  aws = await createAwsClients({ region: undefined });
  events = new EventBridgeClient(clientOptions({ region: undefined }));
});
afterAll(() => {
  destroyAwsClients(aws);
  events.destroy();
});

let functionArn: string;
let topicArn: string;
/** When v2 was promoted: an hour before now, on a minute. */
let promotedAt: number;

beforeEach(async () => {
  await resetEmulator();
  const role = await createRole(aws);
  await createFunction(aws, FN, role, 'v1');
  const clock = new FakeClock();
  const v1 = await publishVersion(aws.lambda, FN, { clock });
  await deployCode(aws, FN, 'v2');
  const v2 = await publishVersion(aws.lambda, FN, { clock });
  expect([v1.version, v2.version]).toEqual(['1', '2']);
  await createAlias(aws.lambda, FN, 'live', { version: '2', weights: {} });
  functionArn = (await aws.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: FN })))
    .FunctionArn as string;
  topicArn = (await aws.sns.send(new CreateTopicCommand({ Name: 'orders-ops' }))).TopicArn as string;
  promotedAt = floorToMinute(Date.now()) - 60 * MINUTE;
  // What a promotion records (fleet.recordPromotion).
  await aws.lambda.send(
    new TagResourceCommand({
      Resource: functionArn,
      Tags: {
        [lastPassedTagKey('live')]: '2',
        [previousTagKey('live')]: '1',
        [promotedAtTagKey('live')]: new Date(promotedAt).toISOString(),
      },
    }),
  );
  // v1's half hour before the promotion: one error a minute.
  const before = Array.from({ length: 30 }, (_, i) => ({
    version: '1',
    start: promotedAt - (30 - i) * MINUTE,
    invocations: CALLS_PER_MINUTE,
    errors: 1,
    memory: 0.3,
  }));
  await putLambdaMinutes(aws, FN, 'live', before);
});

interface Played {
  readonly entries: GuardEntry[];
  readonly notices: PublishCommandInput[];
}

/**
 * v2's minutes since the promotion (errors per minute, in order), each played into CloudWatch and
 * followed by one scheduled invocation a minute and a second later.
 */
async function play(errorsPerMinute: readonly number[], bakeMinutes: number): Promise<Played> {
  const clock = new FakeClock(promotedAt);
  const notices: PublishCommandInput[] = [];
  const publish = jest.spyOn(aws.sns, 'send');
  const entries: GuardEntry[] = [];
  const handler = createHandler({
    settings: readGuardSettings({
      FUNCTIONS: FN,
      ALIAS: 'live',
      FUNCTION_ARN_PREFIX: functionArn.slice(0, -FN.length),
      TOPIC_ARN: topicArn,
      ALARM_PREFIX: 'orders-monitoring-',
      WINDOW_HOURS: '24',
      ERROR_THRESHOLD: '100',
      COOLDOWN_MINUTES: '60',
      BAKE_MINUTES: String(bakeMinutes),
    }),
    clients: {
      lambda: aws.lambda,
      cloudWatch: aws.cloudWatch,
      sns: () => Promise.resolve(aws.sns),
      events: () => Promise.resolve(events),
      autoScaling: () => Promise.reject(new Error('no Auto Scaling group in these tests')),
    },
    clock,
    log: (entry) => entries.push(entry),
  });
  try {
    for (const [i, errors] of errorsPerMinute.entries()) {
      const start = promotedAt + i * MINUTE;
      await putLambdaMinutes(aws, FN, 'live', [
        { version: '2', start, invocations: CALLS_PER_MINUTE, errors, memory: 0.3 },
      ]);
      await clock.advance(start + MINUTE + 1_000 - clock.now());
      await handler(SCHEDULED);
    }
    for (const call of publish.mock.calls) {
      const command = call[0] as unknown;
      if (command instanceof PublishCommand) notices.push(command.input);
    }
  } finally {
    publish.mockRestore();
  }
  return { entries, notices };
}

async function aliasVersion(): Promise<string | undefined> {
  return (await aws.lambda.send(new GetAliasCommand({ FunctionName: FN, Name: 'live' }))).FunctionVersion;
}

async function tags(): Promise<Record<string, string>> {
  return (await aws.lambda.send(new ListTagsCommand({ Resource: functionArn }))).Tags ?? {};
}

/** The entries of the invocations that acted on the function (the error count crossed the threshold). */
const signals = (played: Played): GuardEntry[] =>
  played.entries.flatMap((entry) => (entry['results'] as GuardEntry[] | undefined) ?? []);

const HEALTHY = 1;
const BAD = 30;

describe('the guard after a promotion, minute by minute on the emulator', () => {
  it('GIVEN v2 goes bad 5 minutes after its promotion, within the bake window WHEN the error count crosses the threshold THEN the alias goes back to v1, the tags say why and the topic is told', async () => {
    const played = await play([...Array<number>(5).fill(HEALTHY), ...Array<number>(10).fill(BAD)], 24 * 60);

    expect(await aliasVersion()).toBe('1');
    // The error count crosses the threshold before enough bad minutes have settled to blame v2:
    // a notice. The comparison runs again at each signal of the cool-down, and rolls back once
    // v2's minutes show it worse; after that the cool-down holds.
    const acted = signals(played);
    const rollback = acted.findIndex((entry) => entry.guard === 'remediation');
    expect(rollback).toBeGreaterThan(-1);
    expect(acted.slice(0, rollback).map((entry) => entry.guard)).toEqual(
      acted.slice(0, rollback).map((_, i) => (i === 0 ? 'observation' : 'cool-down')),
    );
    expect(acted[0]?.['did']).toEqual([
      expect.stringMatching(/^not rolled back: v2 over \d+ min since the promotion/),
    ]);
    expect(acted[rollback]).toMatchObject({ function: FN });
    expect(String((acted[rollback]?.['did'] as string[])[0])).toMatch(
      /^rolled back orders-fn:live from v2 to v1, the version before it \(promoted \d+m ago, within the bake window\): v2 over \d+ min since the promotion against v1 over the \d+ min before it: errors: v2 .* vs v1 .*/,
    );
    expect(acted.slice(rollback + 1).map((entry) => entry.guard)).toEqual(
      acted.slice(rollback + 1).map(() => 'cool-down'),
    );
    const recorded = await tags();
    expect(recorded[lastPassedTagKey('live')]).toBe('1');
    expect(recorded[guardRolledBackTagKey('live')]).toMatch(
      /^v2 at \d{4}-\d\d-\d\dT[\d:.]+Z: v2 over \d+ min since the promotion/,
    );
    expect(played.notices.map((n) => n.Subject)).toEqual([
      `stack-canary guard: ${FN} needs attention`,
      `stack-canary guard: ${FN} remediated`,
    ]);
    expect(played.notices[1]).toMatchObject({ TopicArn: topicArn });
    expect(played.notices[1]?.Message).toContain('rolled back orders-fn:live from v2 to v1');
  });

  it('GIVEN v2 goes bad after the bake window WHEN the error count crosses the threshold THEN the topic is told and the alias stays on v2', async () => {
    const played = await play([...Array<number>(12).fill(HEALTHY), ...Array<number>(6).fill(BAD)], 10);

    expect(await aliasVersion()).toBe('2');
    const [first] = signals(played);
    expect(first).toMatchObject({ guard: 'observation', function: FN });
    expect(first?.['did']).toEqual([
      expect.stringMatching(/^v2 was promoted 1\d+m ago, after the bake window of 10m: no rollback$/),
    ]);
    expect(played.notices).toHaveLength(1);
    expect(played.notices[0]?.Subject).toBe(`stack-canary guard: ${FN} needs attention`);
    expect(await tags()).not.toHaveProperty(guardRolledBackTagKey('live'));
  });

  it('GIVEN v2 as healthy as v1 WHEN the guard runs every minute for 20 minutes THEN nothing is done and nobody is told', async () => {
    const played = await play(Array<number>(20).fill(HEALTHY), 24 * 60);

    expect(await aliasVersion()).toBe('2');
    expect(played.entries).toHaveLength(20);
    expect(played.entries.map((entry) => entry.guard)).toEqual(Array<string>(20).fill('check'));
    expect(signals(played)).toEqual([]);
    expect(played.notices).toEqual([]);
    expect(played.entries.at(-1)?.['errors']).toEqual({ [FN]: 30 + 20 });
  });
});

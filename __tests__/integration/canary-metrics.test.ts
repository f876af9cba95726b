/**
 * The canary collectors against the local emulator: metrics seeded as Lambda sends them
 * (per-version counts under FunctionName + Resource + ExecutedVersion, plus the aggregates, counts
 * omitted when zero, timestamps in past minutes), alarms set by hand, synthetic invocations of a
 * real (emulated) function. The emulator has no percentiles in GetMetricData, so latency is off
 * here; the p99 / PR(:T) path is unit-tested.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { CreateStackCommand } from '@aws-sdk/client-cloudformation';
import type { Dimension, MetricDatum } from '@aws-sdk/client-cloudwatch';
import {
  PutMetricAlarmCommand,
  PutMetricDataCommand,
  SetAlarmStateCommand,
} from '@aws-sdk/client-cloudwatch';
import {
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  PutLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { PublishVersionCommand, UpdateFunctionConfigurationCommand } from '@aws-sdk/client-lambda';
import type { AwsClients } from '../../src/aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';
import { describeAlarmStates } from '../../src/canary/alarms.js';
import { collectMetrics } from '../../src/canary/metrics.js';
import { floorToMinute } from '../../src/canary/minutes.js';
import type { CanaryObserverOptions } from '../../src/canary/observer.js';
import { createCanaryObserver } from '../../src/canary/observer.js';
import { startSyntheticTraffic } from '../../src/canary/synthetic.js';
import type { WatchTarget } from '../../src/canary/types.js';
import { MemoryLogger } from '../helpers/memory-logger.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { resetEmulator } from '../helpers/emulator.js';
import { LAMBDA_EXECUTION_ROLE } from '../helpers/lambda-emulator.js';

const FUNCTION = 'orders';
const ALIAS = 'live';

const FUNCTION_TEMPLATE = JSON.stringify({
  Resources: {
    Role: LAMBDA_EXECUTION_ROLE,
    Fn: {
      Type: 'AWS::Lambda::Function',
      Properties: {
        FunctionName: FUNCTION,
        Runtime: 'nodejs20.x',
        Handler: 'index.handler',
        Timeout: 3,
        Role: { 'Fn::GetAtt': ['Role', 'Arn'] },
        Code: { ZipFile: 'exports.handler = async (event) => event;' },
      },
    },
  },
});

/** The dimension sets Lambda publishes one alias invocation under. */
function lambdaDimensionSets(version: string): Dimension[][] {
  const fn = { Name: 'FunctionName', Value: FUNCTION };
  const resource = { Name: 'Resource', Value: `${FUNCTION}:${ALIAS}` };
  return [[fn], [fn, resource], [fn, resource, { Name: 'ExecutedVersion', Value: version }]];
}

/** Publishes per-minute counts as Lambda would: only non-zero values, at a time inside the minute. */
async function seed(
  aws: AwsClients,
  version: string,
  metric: string,
  perMinute: Record<number, number>,
): Promise<void> {
  const data: MetricDatum[] = [];
  for (const [start, value] of Object.entries(perMinute)) {
    if (value === 0) continue;
    for (const dims of lambdaDimensionSets(version)) {
      data.push({
        MetricName: metric,
        Dimensions: dims,
        Timestamp: new Date(Number(start) + 17_000),
        Value: value,
        Unit: 'Count',
      });
    }
  }
  if (data.length > 0)
    await aws.cloudWatch.send(new PutMetricDataCommand({ Namespace: 'AWS/Lambda', MetricData: data }));
}

/** Creates the function and publishes two versions: [baseline, canary]. */
async function createFunction(aws: AwsClients): Promise<[string, string]> {
  await aws.cloudFormation.send(
    new CreateStackCommand({
      StackName: 'canary-fn',
      TemplateBody: FUNCTION_TEMPLATE,
      Capabilities: ['CAPABILITY_IAM'],
    }),
  );
  const baseline = await aws.lambda.send(new PublishVersionCommand({ FunctionName: FUNCTION }));
  await aws.lambda.send(
    new UpdateFunctionConfigurationCommand({ FunctionName: FUNCTION, Description: 'the canary' }),
  );
  const canary = await aws.lambda.send(new PublishVersionCommand({ FunctionName: FUNCTION }));
  if (!baseline.Version || !canary.Version || baseline.Version === canary.Version) {
    throw new Error(`two versions expected, got ${baseline.Version} and ${canary.Version}`);
  }
  return [baseline.Version, canary.Version];
}

/** The observer as the action makes it, on a clock at `nowMs`, without latency (no percentiles here). */
function observerAt(aws: AwsClients, nowMs: number, more: Partial<CanaryObserverOptions> = {}) {
  return createCanaryObserver(aws, {
    alarms: [],
    synthetic: undefined,
    intervalMs: 60_000,
    clock: new FakeClock(nowMs),
    logger: new MemoryLogger(),
    latency: false,
    ...more,
  });
}

describe('canary collectors against the local emulator', () => {
  let aws: AwsClients;
  const now = floorToMinute(Date.now()) + 25_000;
  const minute = (n: number): number => floorToMinute(now) + n * 60_000;
  const target: WatchTarget = {
    functionName: FUNCTION,
    alias: ALIAS,
    canaryVersion: '5',
    baselineVersion: '4',
    timeoutSeconds: 3,
    memorySizeMb: 128,
  };

  beforeAll(async () => {
    aws = await createAwsClients({ region: undefined });
  });
  afterAll(() => destroyAwsClients(aws));
  beforeEach(resetEmulator);

  it('GIVEN per-version counts seeded as Lambda sends them WHEN collected THEN each version gets its own counts per minute, zeros where omitted', async () => {
    // GIVEN
    await seed(aws, '5', 'Invocations', { [minute(-6)]: 10, [minute(-5)]: 12, [minute(-3)]: 9 });
    await seed(aws, '5', 'Errors', { [minute(-5)]: 3 });
    await seed(aws, '4', 'Invocations', {
      [minute(-6)]: 90,
      [minute(-5)]: 88,
      [minute(-4)]: 91,
      [minute(-3)]: 87,
    });
    await seed(aws, '4', 'Errors', { [minute(-4)]: 1 });
    await seed(aws, '5', 'Throttles', { [minute(-3)]: 2 });
    // WHEN
    const series = await collectMetrics(
      aws.cloudWatch,
      {
        targets: [target],
        window: { fromMs: minute(-6), untilMs: minute(-2) },
        latency: false,
        lambdaInsights: new Set(),
      },
      new MemoryLogger(),
    );
    // THEN
    const orders = series.get(FUNCTION);
    const at = (map: ReadonlyMap<number, number> | undefined, n: number): number => map?.get(minute(n)) ?? 0;
    expect([-6, -5, -4, -3].map((n) => at(orders?.canary.invocations, n))).toEqual([10, 12, 0, 9]);
    expect([-6, -5, -4, -3].map((n) => at(orders?.canary.errors, n))).toEqual([0, 3, 0, 0]);
    expect([-6, -5, -4, -3].map((n) => at(orders?.canary.throttles, n))).toEqual([0, 0, 0, 2]);
    expect([-6, -5, -4, -3].map((n) => at(orders?.baseline?.invocations, n))).toEqual([90, 88, 91, 87]);
    expect([-6, -5, -4, -3].map((n) => at(orders?.baseline?.errors, n))).toEqual([0, 0, 1, 0]);
  });

  it('GIVEN a step under way WHEN the observer polls THEN settled minutes carry the counts and the newest minutes are left out', async () => {
    // GIVEN: a real (emulated) function so the observer can read its configuration.
    const [baselineVersion, canaryVersion] = await createFunction(aws);
    await seed(aws, canaryVersion, 'Invocations', { [minute(-4)]: 20, [minute(-3)]: 22, [minute(-1)]: 500 });
    await seed(aws, canaryVersion, 'Errors', { [minute(-3)]: 4 });
    await seed(aws, baselineVersion, 'Invocations', {
      [minute(-4)]: 180,
      [minute(-3)]: 178,
      [minute(0)]: 900,
    });
    const logger = new MemoryLogger();
    const observer = observerAt(aws, now, { logger });
    await observer.beginStep([{ ...target, canaryVersion, baselineVersion }], minute(-4) + 5_000);
    // WHEN
    const samples = (await observer.observe(now)).get(FUNCTION);
    // THEN
    expect(samples?.consecutiveQueryFailures).toBe(0);
    expect(samples?.settledUntilMs).toBe(minute(-2));
    // Errors were seeded only where non-zero: a minute with invocations and no Errors datapoint is
    // missing data (Lambda sends Errors, zero included, with every minute that had invocations).
    expect(samples?.canary.map((m) => [m.start, m.invocations, m.errors, m.errorsMissing, m.step])).toEqual([
      [minute(-4), 20, 0, true, 0],
      [minute(-3), 22, 4, undefined, 0],
    ]);
    expect(samples?.baseline?.map((m) => [m.invocations, m.errorsMissing])).toEqual([
      [180, true],
      [178, true],
    ]);
    // No Lambda Insights layer, no log group yet: REPORT lines are the source, with nothing read,
    // and that is said, never passed in silence.
    expect(samples?.memorySource).toBe('report-logs');
    expect(samples?.canary.every((m) => m.memoryUtilization === undefined)).toBe(true);
    expect(samples?.memoryUnavailable).toContain('log group /aws/lambda/orders does not exist');
    expect(logger.text('warning')).toContain('max-memory-utilization cannot be checked');
  });

  it("GIVEN an old version live for 3 minutes WHEN a step starts THEN the planner's traffic is every call the alias served before it, settled minutes only", async () => {
    // GIVEN: version 1 served the alias until 3 minutes before the step, the old version since.
    const [baselineVersion, canaryVersion] = await createFunction(aws);
    const earlier = Object.fromEntries([-9, -8, -7, -6].map((n) => [minute(n), 1200]));
    const since = Object.fromEntries([-5, -4, -3].map((n) => [minute(n), 1200]));
    await seed(aws, '1', 'Invocations', earlier);
    await seed(aws, baselineVersion, 'Invocations', since);
    const observer = observerAt(aws, now, { baselineHistory: true });
    // WHEN the step starts now (settle lag 2 min: minutes up to minute(-3) are settled)
    await observer.beginStep([{ ...target, canaryVersion, baselineVersion }], now);
    // THEN both versions' calls through the alias, from its own series
    const served = observer.traffic?.().get(FUNCTION)?.served ?? [];
    expect(served.filter((m) => m.invocations > 0).map((m) => [m.start, m.invocations])).toEqual(
      [-9, -8, -7, -6, -5, -4, -3].map((n) => [minute(n), 1200]),
    );
    expect(served.at(-1)?.start).toBe(minute(-3));
  });

  it('GIVEN REPORT lines in log streams named by version WHEN the observer polls THEN each version gets its memory per minute', async () => {
    // GIVEN a real (emulated) function, a few invocations, and REPORT lines as Lambda writes them
    const [baselineVersion, canaryVersion] = await createFunction(aws);
    await seed(aws, canaryVersion, 'Invocations', { [minute(-4)]: 20, [minute(-3)]: 22 });
    await seed(aws, baselineVersion, 'Invocations', { [minute(-4)]: 180, [minute(-3)]: 178 });
    const logGroupName = `/aws/lambda/${FUNCTION}`;
    await aws.logs.send(new CreateLogGroupCommand({ logGroupName }));
    const day = new Date(minute(-4)).toISOString().slice(0, 10).replace(/-/g, '/');
    const report = (used: number): string =>
      `REPORT RequestId: 0f2b Duration: 12.31 ms Billed Duration: 13 ms Memory Size: 128 MB Max Memory Used: ${used} MB`;
    const lines: [string, number, number][] = [
      [`${day}/[${canaryVersion}]8c1e`, minute(-4) + 2_000, 100],
      [`${day}/[${canaryVersion}]8c1e`, minute(-3) + 2_000, 118],
      [`${day}/[${baselineVersion}]77aa`, minute(-4) + 3_000, 64],
    ];
    for (const [logStreamName, timestamp, used] of lines) {
      await aws.logs.send(new CreateLogStreamCommand({ logGroupName, logStreamName })).catch(() => undefined); // the stream may exist already
      await aws.logs.send(
        new PutLogEventsCommand({
          logGroupName,
          logStreamName,
          logEvents: [{ timestamp, message: report(used) }],
        }),
      );
    }
    const observer = observerAt(aws, now);
    await observer.beginStep([{ ...target, canaryVersion, baselineVersion }], minute(-4) + 5_000);
    // WHEN
    const samples = (await observer.observe(now)).get(FUNCTION);
    // THEN
    expect(samples?.memorySource).toBe('report-logs');
    expect(samples?.canary.map((m) => m.memoryUtilization)).toEqual([100 / 128, 118 / 128]);
    expect(samples?.baseline?.map((m) => m.memoryUtilization)).toEqual([0.5, undefined]);
  });

  it('GIVEN two alarms, one set to ALARM WHEN described THEN only that one is in ALARM and an unknown name is missing', async () => {
    for (const name of ['orders-errors', 'orders-throttles']) {
      await aws.cloudWatch.send(
        new PutMetricAlarmCommand({
          AlarmName: name,
          Namespace: 'AWS/Lambda',
          MetricName: 'Errors',
          Dimensions: [{ Name: 'FunctionName', Value: FUNCTION }],
          Statistic: 'Sum',
          Period: 60,
          EvaluationPeriods: 1,
          Threshold: 1,
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        }),
      );
    }
    await aws.cloudWatch.send(
      new SetAlarmStateCommand({
        AlarmName: 'orders-errors',
        StateValue: 'ALARM',
        StateReason: 'seeded by the test',
      }),
    );
    const states = await describeAlarmStates(aws.cloudWatch, [
      'orders-errors',
      'orders-throttles',
      'not-created',
    ]);
    expect([...states.inAlarm]).toEqual(['orders-errors']);
    expect(states.missing).toEqual(['not-created']);
  });

  // The emulator echoes payloads and never answers with FunctionError: errors are unit-tested.
  it('GIVEN a payload WHEN synthetic traffic runs for a minute THEN the published version is invoked at the rate and counted at once', async () => {
    // GIVEN
    const [, version] = await createFunction(aws);
    const clock = FakeClock.manual(now);
    const run = startSyntheticTraffic(
      aws.lambda,
      [{ functionName: FUNCTION, version }],
      { payload: '{"orderId":"42"}', ratePerMinute: 12 },
      { clock, logger: new MemoryLogger(), startMs: now, untilMs: now + 60_000 },
    );
    // WHEN
    await clock.advance(60_000);
    await run.finished;
    // THEN
    expect(run.stats(FUNCTION)).toEqual({ invocations: 12, errors: 0, throttled: 0, failed: 0, skipped: 0 });
  });
});

import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  CloudWatchClient,
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
} from '@aws-sdk/client-cloudwatch';
import type { GetMetricDataCommandInput } from '@aws-sdk/client-cloudwatch';
import {
  CloudWatchLogsClient,
  FilterLogEventsCommand,
  GetQueryResultsCommand,
  StartQueryCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import type { StartQueryCommandInput } from '@aws-sdk/client-cloudwatch-logs';
import { GetFunctionConfigurationCommand, InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import type { CanaryObserverOptions } from '../../../src/canary/observer.js';
import { createCanaryObserver } from '../../../src/canary/observer.js';
import { checkoutFailures } from '../../helpers/judge-fixtures.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import { min } from '../../helpers/canary-time.js';
import { metricDataFrom, watchTarget as target } from '../../helpers/metric-data.js';

const cwMock = mockClient(CloudWatchClient);
const logsMock = mockClient(CloudWatchLogsClient);
const lambdaMock = mockClient(LambdaClient);
const clients = {
  cloudWatch: new CloudWatchClient({ region: 'eu-west-1' }),
  logs: new CloudWatchLogsClient({ region: 'eu-west-1' }),
  lambda: new LambdaClient({ region: 'eu-west-1' }),
};
const INSIGHTS_LAYER = 'arn:aws:lambda:eu-west-1:580247275435:layer:LambdaInsightsExtension:53';

/** What the service answers for a log group that does not exist. */
const notFound = () =>
  Object.assign(new Error('The specified log group does not exist.'), { name: 'ResourceNotFoundException' });

function options(overrides: Partial<CanaryObserverOptions> = {}): CanaryObserverOptions {
  return {
    alarms: [],
    synthetic: undefined,
    intervalMs: 60_000,
    clock: new FakeClock(min(5)),
    logger: new MemoryLogger(),
    baselineHistory: false,
    ...overrides,
  };
}

describe('canary observer', () => {
  beforeEach(() => {
    cwMock.reset();
    logsMock.reset();
    lambdaMock.reset();
    lambdaMock.on(GetFunctionConfigurationCommand).resolves({ Layers: [{ Arn: INSIGHTS_LAYER }] });
  });

  it('GIVEN three functions WHEN polled twice THEN each poll costs one GetMetricData call, and version configs are read once', async () => {
    // GIVEN
    cwMock.on(GetMetricDataCommand).callsFake(metricDataFrom({ 'a/5/Invocations/Sum': [[min(0), 10]] }));
    const observer = createCanaryObserver(clients, options());
    await observer.beginStep([target('a'), target('b'), target('c')], min(0));
    // WHEN
    await observer.observe(min(5));
    const samples = await observer.observe(min(6));
    // THEN
    expect(cwMock).toHaveReceivedCommandTimes(GetMetricDataCommand, 2);
    expect(lambdaMock).toHaveReceivedCommandTimes(GetFunctionConfigurationCommand, 6);
    expect(samples.get('a')?.canary[0]?.invocations).toBe(10);
    expect([...samples.keys()]).toEqual(['a', 'b', 'c']);
  });

  it('GIVEN a step begun mid-minute WHEN observed THEN only settled minutes are reported, later ones are not zeros', async () => {
    // GIVEN
    cwMock.on(GetMetricDataCommand).callsFake(
      metricDataFrom({
        'fast/5/Invocations/Sum': [
          [min(0), 4],
          [min(2), 6],
          [min(3), 99],
        ],
        'fast/5/Errors/Sum': [[min(2), 1]],
        'fast/4/Invocations/Sum': [
          [min(0), 40],
          [min(1), 41],
          [min(2), 39],
        ],
        'fast/5/Duration/p99': [[min(0), 120]],
      }),
    );
    const observer = createCanaryObserver(clients, options());
    await observer.beginStep([target('fast'), target('slow', { timeoutSeconds: 300 })], min(0) + 20_000);
    // WHEN: 10:05:30 → the 3 s function is settled until 10:03, the 5 min one not at all.
    const samples = await observer.observe(min(5) + 30_000);
    // THEN
    const fast = samples.get('fast');
    expect(fast?.settledUntilMs).toBe(min(3));
    expect(fast?.canary.map((m) => [m.start, m.invocations, m.errors, m.durationP99Ms])).toEqual([
      [min(0), 4, 0, 120],
      [min(1), 0, 0, undefined],
      [min(2), 6, 1, undefined],
    ]);
    expect(fast?.baseline?.map((m) => m.invocations)).toEqual([40, 41, 39]);
    expect(samples.get('slow')?.canary).toEqual([]);
    expect(samples.get('slow')?.settledUntilMs).toBe(min(0));
    const input = cwMock.commandCalls(GetMetricDataCommand)[0]?.args[0].input;
    expect(input?.StartTime).toEqual(new Date(min(0)));
    expect(input?.EndTime).toEqual(new Date(min(3)));
  });

  it('GIVEN functions with the Lambda Insights layer WHEN observed THEN memory rides in the same GetMetricData call', async () => {
    cwMock.on(GetMetricDataCommand).callsFake(
      metricDataFrom({
        'a/5/memory_utilization/Maximum': [[min(1), 81.5]],
        'a/4/memory_utilization/Maximum': [[min(1), 60]],
      }),
    );
    const logger = new MemoryLogger();
    const observer = createCanaryObserver(clients, options({ logger }));
    await observer.beginStep([target('a')], min(0));
    const a = (await observer.observe(min(5))).get('a');
    await observer.observe(min(6));
    expect(a?.memorySource).toBe('lambda-insights');
    expect(logger.text('info').match(/Memory of a: Lambda Insights/g)).toHaveLength(1);
    expect(a?.canary[1]?.memoryUtilization).toBeCloseTo(0.815);
    expect(a?.baseline?.[1]?.memoryUtilization).toBeCloseTo(0.6);
    expect(a?.canary[0]?.memoryUtilization).toBeUndefined();
    expect(cwMock).toHaveReceivedCommandTimes(GetMetricDataCommand, 2);
    expect(logsMock).toHaveReceivedCommandTimes(StartQueryCommand, 0);
  });

  it('GIVEN a busy function without the layer WHEN observed twice THEN memory comes from REPORT lines through Logs Insights, each minute read once', async () => {
    // GIVEN more invocations than are worth reading line by line
    lambdaMock.on(GetFunctionConfigurationCommand).resolves({ Layers: [] });
    cwMock.on(GetMetricDataCommand).callsFake(
      metricDataFrom({
        'a/4/Invocations/Sum': [
          [min(0), 6000],
          [min(3), 6000],
        ],
      }),
    );
    let query = 0;
    logsMock.on(StartQueryCommand).callsFake(() => ({ queryId: `q${++query}` }));
    logsMock.on(GetQueryResultsCommand, { queryId: 'q1' }).resolves({
      status: 'Complete',
      results: [
        [
          { field: 'minute', value: '2026-11-28 10:01:00.000' },
          { field: 'version', value: '5' },
          { field: 'maxMemoryUsed', value: '64000000' },
          { field: 'memorySize', value: '128000000' },
        ],
      ],
    });
    logsMock.on(GetQueryResultsCommand, { queryId: 'q2' }).resolves({
      status: 'Complete',
      results: [
        [
          { field: 'minute', value: '2026-11-28 10:03:00.000' },
          { field: 'version', value: '4' },
          { field: 'maxMemoryUsed', value: '32000000' },
          { field: 'memorySize', value: '128000000' },
        ],
      ],
    });
    const observer = createCanaryObserver(clients, options());
    await observer.beginStep([target('a')], min(0));
    // WHEN
    await observer.observe(min(5));
    const a = (await observer.observe(min(6))).get('a');
    // THEN
    expect(a?.memorySource).toBe('report-logs');
    expect(a?.canary.map((m) => m.memoryUtilization)).toEqual([undefined, 0.5, undefined, undefined]);
    expect(a?.baseline?.[3]?.memoryUtilization).toBe(0.25);
    const windows = logsMock
      .commandCalls(StartQueryCommand)
      .map((c) => [
        (c.args[0].input as StartQueryCommandInput).startTime,
        (c.args[0].input as StartQueryCommandInput).endTime,
      ]);
    expect(windows).toEqual([
      [min(0) / 1000, min(3) / 1000 - 1],
      [min(3) / 1000, min(4) / 1000 - 1],
    ]);
    const queryString = (logsMock.commandCalls(StartQueryCommand)[0]?.args[0].input as StartQueryCommandInput)
      .queryString;
    expect(queryString).toContain('filter version = "5" or version = "4"');
    // No Lambda Insights series were asked for.
    const metricNames = cwMock
      .commandCalls(GetMetricDataCommand)[0]
      ?.args[0].input.MetricDataQueries?.map((q) => q.MetricStat?.Metric?.MetricName);
    expect(metricNames).not.toContain('memory_utilization');
  });

  it('GIVEN GetMetricData failing after a good poll WHEN observed THEN nothing throws, failures count up, the last good figures stay, a good poll resets', async () => {
    // GIVEN
    const logger = new MemoryLogger();
    cwMock
      .on(GetMetricDataCommand)
      .callsFakeOnce(metricDataFrom({ 'a/5/Invocations/Sum': [[min(0), 7]] }))
      .rejectsOnce(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }))
      .rejectsOnce(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }))
      .callsFake(
        metricDataFrom({
          'a/5/Invocations/Sum': [
            [min(0), 7],
            [min(3), 2],
          ],
        }),
      );
    const observer = createCanaryObserver(clients, options({ logger }));
    await observer.beginStep([target('a')], min(0));
    // WHEN / THEN
    expect((await observer.observe(min(5))).get('a')?.consecutiveQueryFailures).toBe(0);
    const failed = (await observer.observe(min(6))).get('a');
    expect(failed?.consecutiveQueryFailures).toBe(1);
    expect(failed?.canary.map((m) => m.invocations)).toEqual([7, 0, 0]);
    expect(failed?.settledUntilMs).toBe(min(3));
    expect((await observer.observe(min(7))).get('a')?.consecutiveQueryFailures).toBe(2);
    expect(logger.text('warning')).toContain('Canary poll failed (2 in a row)');
    expect(logger.text('warning')).toContain('GetMetricData: ThrottlingException: Rate exceeded');
    const recovered = (await observer.observe(min(8))).get('a');
    expect(recovered?.consecutiveQueryFailures).toBe(0);
    expect(recovered?.canary.map((m) => m.invocations)).toEqual([7, 0, 0, 2, 0, 0]);
  });

  it('GIVEN the version configuration cannot be read WHEN observed THEN memory is "none", the poll fails, and the next poll retries', async () => {
    lambdaMock
      .on(GetFunctionConfigurationCommand)
      .rejectsOnce(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }))
      .resolves({ Layers: [] });
    cwMock.on(GetMetricDataCommand).callsFake(metricDataFrom({ 'a/5/Invocations/Sum': [[min(0), 3]] }));
    logsMock.on(FilterLogEventsCommand).resolves({ events: [] });
    const observer = createCanaryObserver(clients, options());
    await observer.beginStep([target('a', { baselineVersion: undefined })], min(0));
    const first = (await observer.observe(min(5))).get('a');
    expect(first?.memorySource).toBe('none');
    expect(first?.consecutiveQueryFailures).toBe(1);
    expect(first?.canary[0]?.invocations).toBe(3);
    expect(first?.baseline).toBeUndefined();
    const second = (await observer.observe(min(6))).get('a');
    expect(second?.memorySource).toBe('report-logs');
    expect(second?.consecutiveQueryFailures).toBe(0);
  });

  it('GIVEN shared and per-function alarms WHEN one fires and clears during the step THEN it stays reported for its function only, for the rest of the run', async () => {
    // GIVEN
    cwMock.on(GetMetricDataCommand).callsFake(metricDataFrom({}));
    cwMock
      .on(DescribeAlarmsCommand)
      .resolvesOnce({
        MetricAlarms: [
          { AlarmName: 'a-errors', StateValue: 'ALARM' },
          { AlarmName: 'b-errors', StateValue: 'OK' },
        ],
        CompositeAlarms: [{ AlarmName: 'service-health', StateValue: 'OK' }],
      })
      .resolves({
        MetricAlarms: [
          { AlarmName: 'a-errors', StateValue: 'OK' },
          { AlarmName: 'b-errors', StateValue: 'OK' },
        ],
        CompositeAlarms: [{ AlarmName: 'service-health', StateValue: 'ALARM' }],
      });
    const logger = new MemoryLogger();
    const observer = createCanaryObserver(
      clients,
      options({ alarms: ['service-health', 'typo-alarm'], logger }),
    );
    const targets = [target('a', { alarmNames: ['a-errors'] }), target('b', { alarmNames: ['b-errors'] })];
    await observer.beginStep(targets, min(0));
    // WHEN
    const first = await observer.observe(min(5));
    const second = await observer.observe(min(6));
    // THEN
    expect(first.get('a')?.alarmsInAlarm).toEqual(['a-errors']);
    expect(first.get('b')?.alarmsInAlarm).toEqual([]);
    expect(second.get('a')?.alarmsInAlarm).toEqual(['a-errors', 'service-health']);
    expect(second.get('b')?.alarmsInAlarm).toEqual(['service-health']);
    expect(cwMock).toHaveReceivedCommandWith(DescribeAlarmsCommand, {
      AlarmNames: ['service-health', 'typo-alarm', 'a-errors', 'b-errors'],
    });
    expect(logger.text('warning').match(/Alarm typo-alarm does not exist/g)).toHaveLength(1);
    // An alarm seen stays seen in the next step: the run's minutes are judged as a whole.
    await observer.beginStep(targets, min(10));
    expect((await observer.observe(min(10))).get('a')?.alarmsInAlarm).toEqual(['a-errors', 'service-health']);
  });

  it('GIVEN an alarm that fired and cleared between two polls WHEN observed THEN its history shows it, and unchanged alarms cost no history call', async () => {
    // GIVEN: at the second poll both alarms are OK; one changed state since the first poll.
    cwMock.on(GetMetricDataCommand).callsFake(metricDataFrom({}));
    cwMock
      .on(DescribeAlarmsCommand)
      .resolvesOnce({
        MetricAlarms: [
          { AlarmName: 'flaps', StateValue: 'OK', StateTransitionedTimestamp: new Date(min(-30)) },
          { AlarmName: 'calm', StateValue: 'OK', StateTransitionedTimestamp: new Date(min(-30)) },
        ],
      })
      .resolves({
        MetricAlarms: [
          { AlarmName: 'flaps', StateValue: 'OK', StateTransitionedTimestamp: new Date(min(5) + 40_000) },
          { AlarmName: 'calm', StateValue: 'OK', StateTransitionedTimestamp: new Date(min(-30)) },
        ],
      });
    cwMock.on(DescribeAlarmHistoryCommand).resolves({
      AlarmHistoryItems: [
        { HistoryItemType: 'StateUpdate', HistorySummary: 'Alarm updated from ALARM to OK' },
        { HistoryItemType: 'StateUpdate', HistorySummary: 'Alarm updated from OK to ALARM' },
      ],
    });
    const observer = createCanaryObserver(clients, options({ alarms: ['flaps', 'calm'] }));
    await observer.beginStep([target('a')], min(0));
    // WHEN
    const first = (await observer.observe(min(5))).get('a');
    const second = (await observer.observe(min(6))).get('a');
    // THEN
    expect(first?.alarmsInAlarm).toEqual([]);
    expect(second?.alarmsInAlarm).toEqual(['flaps']);
    expect(cwMock).toHaveReceivedCommandTimes(DescribeAlarmHistoryCommand, 1);
    expect(cwMock).toHaveReceivedCommandWith(DescribeAlarmHistoryCommand, {
      AlarmName: 'flaps',
      StartDate: new Date(min(5)),
      EndDate: new Date(min(6)),
    });
  });

  it('GIVEN an alarm already in ALARM before the first shift WHEN it stays, clears, then fires again THEN only the return to ALARM counts', async () => {
    // GIVEN orders-errors (AWS/Lambda Errors of function a) in ALARM since before the step began
    cwMock.on(GetMetricDataCommand).callsFake(metricDataFrom({}));
    const errorsAlarm = {
      AlarmName: 'orders-errors',
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Dimensions: [{ Name: 'FunctionName', Value: 'a' }],
    };
    cwMock
      .on(DescribeAlarmsCommand)
      .resolvesOnce({
        MetricAlarms: [
          { ...errorsAlarm, StateValue: 'ALARM', StateTransitionedTimestamp: new Date(min(-30)) },
        ],
      })
      .resolvesOnce({
        MetricAlarms: [
          { ...errorsAlarm, StateValue: 'OK', StateTransitionedTimestamp: new Date(min(5) + 20_000) },
        ],
      })
      .resolves({
        MetricAlarms: [
          { ...errorsAlarm, StateValue: 'ALARM', StateTransitionedTimestamp: new Date(min(6) + 20_000) },
        ],
      });
    cwMock.on(DescribeAlarmHistoryCommand).resolves({
      AlarmHistoryItems: [
        { HistoryItemType: 'StateUpdate', HistorySummary: 'Alarm updated from ALARM to OK' },
      ],
    });
    const logger = new MemoryLogger();
    const observer = createCanaryObserver(clients, options({ alarms: ['orders-errors'], logger }));
    await observer.beginStep([target('a')], min(0));
    // WHEN it is still firing, THEN it is reported as firing before, with its per-version metric, and fails nothing
    const still = (await observer.observe(min(5))).get('a');
    expect(still?.alarmsInAlarm).toEqual([]);
    expect(still?.alarmsFiringBefore).toEqual([
      { name: 'orders-errors', perVersion: 'AWS/Lambda Errors of a' },
    ]);
    expect(logger.text('warning')).toContain(
      'Alarm orders-errors was already in ALARM before the first shift',
    );
    // WHEN it clears (its history shows only the change out of ALARM), THEN it still fails nothing
    expect((await observer.observe(min(6))).get('a')?.alarmsInAlarm).toEqual([]);
    // WHEN it fires again, THEN it counts
    const again = (await observer.observe(min(7))).get('a');
    expect(again?.alarmsInAlarm).toEqual(['orders-errors']);
    expect(again?.alarmsFiringBefore).toEqual([
      { name: 'orders-errors', perVersion: 'AWS/Lambda Errors of a' },
    ]);
  });

  it('GIVEN an alarm that goes into ALARM after the first shift WHEN observed THEN it counts at once, firing before or not', async () => {
    cwMock.on(GetMetricDataCommand).callsFake(metricDataFrom({}));
    cwMock.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [
        { AlarmName: 'fresh', StateValue: 'ALARM', StateTransitionedTimestamp: new Date(min(1)) },
        { AlarmName: 'old', StateValue: 'ALARM', StateTransitionedTimestamp: new Date(min(-1)) },
      ],
    });
    const observer = createCanaryObserver(clients, options({ alarms: ['fresh', 'old'] }));
    await observer.beginStep([target('a')], min(0));
    const samples = (await observer.observe(min(5))).get('a');
    expect(samples?.alarmsInAlarm).toEqual(['fresh']);
    expect(samples?.alarmsFiringBefore).toEqual([{ name: 'old' }]);
  });

  it('GIVEN synthetic traffic WHEN a step holds THEN both versions get the payload, results are in the samples at once, and endStep stops it', async () => {
    // GIVEN
    cwMock.on(GetMetricDataCommand).callsFake(metricDataFrom({}));
    lambdaMock
      .on(InvokeCommand)
      .resolvesOnce({ StatusCode: 200, FunctionError: 'Unhandled' })
      .resolves({ StatusCode: 200 });
    const clock = FakeClock.manual(min(0));
    const observer = createCanaryObserver(
      clients,
      options({ clock, synthetic: { payload: '{}', ratePerMinute: 10 }, memoryQueryTimeoutMs: 1_000 }),
    );
    await observer.beginStep([target('a')], min(0), 300_000);
    // WHEN
    await clock.advance(59_000);
    const during = (await observer.observe(clock.now())).get('a');
    await observer.endStep();
    await clock.advance(120_000);
    // THEN
    expect(during?.synthetic).toEqual({ invocations: 10, errors: 1 });
    expect(during?.syntheticBaseline).toEqual({ invocations: 10, errors: 0 });
    const qualifiers = lambdaMock.commandCalls(InvokeCommand).map((c) => c.args[0].input.Qualifier);
    expect(qualifiers.filter((q) => q === '5')).toHaveLength(10);
    expect(qualifiers.filter((q) => q === '4')).toHaveLength(10);
    const after = (await observer.observe(clock.now())).get('a');
    expect(after?.synthetic).toEqual({ invocations: 10, errors: 1 });
    expect(after?.syntheticBaseline).toEqual({ invocations: 10, errors: 0 });
  });

  it('GIVEN no step yet WHEN observed THEN there is nothing to report and no call is made', async () => {
    const observer = createCanaryObserver(clients, options());
    expect((await observer.observe(min(5))).size).toBe(0);
    expect(cwMock).toHaveReceivedCommandTimes(GetMetricDataCommand, 0);
  });

  it('GIVEN latency off (an emulator without percentiles) WHEN observed THEN no Duration statistic is asked for', async () => {
    cwMock.on(GetMetricDataCommand).callsFake(metricDataFrom({}));
    const observer = createCanaryObserver(clients, options({ latency: false }));
    await observer.beginStep([target('a')], min(0));
    await observer.observe(min(5));
    const stats = cwMock
      .commandCalls(GetMetricDataCommand)[0]
      ?.args[0].input.MetricDataQueries?.map((q) => q.MetricStat?.Stat);
    expect(stats).not.toContain('p99');
    expect(stats?.some((stat) => stat?.startsWith('PR('))).toBe(false);
  });

  it("GIVEN a step with a baseline WHEN it begins THEN the old version's last 30 minutes are read once, for the judge", async () => {
    // GIVEN the old version (4) of a served 100 invocations a minute, 1 error, before the step
    const history = min(-30);
    cwMock.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => ({
      MetricDataResults: (input.MetricDataQueries ?? []).map((q) => {
        const dims = q.MetricStat?.Metric?.Dimensions ?? [];
        const version = dims.find((d) => d.Name === 'ExecutedVersion')?.Value;
        const metric = q.MetricStat?.Metric?.MetricName;
        const before = (input.StartTime?.getTime() ?? 0) === history;
        const stat = q.MetricStat?.Stat;
        const value =
          before && version === '4' && stat === 'p99'
            ? 180
            : !before || version !== '4'
              ? undefined
              : metric === 'Invocations'
                ? 100
                : metric === 'Errors'
                  ? 1
                  : undefined;
        return {
          Id: q.Id,
          StatusCode: 'Complete' as const,
          Timestamps: value === undefined ? [] : [new Date(min(-10))],
          Values: value === undefined ? [] : [value],
        };
      }),
    }));
    const observer = createCanaryObserver(clients, options({ baselineHistory: true, latency: false }));
    // WHEN
    await observer.beginStep([target('a')], min(0), 60_000 * 10);
    const samples = (await observer.observe(min(4))).get('a');
    await observer.observe(min(5));
    // THEN two calls before the step (counts; p99) plus one a poll, and both reach the samples
    expect(cwMock).toHaveReceivedCommandTimes(GetMetricDataCommand, 4);
    expect(samples?.latencyReferenceMs).toBe(180);
    const pollStats = cwMock
      .commandCalls(GetMetricDataCommand)[2]
      ?.args[0].input.MetricDataQueries?.map((q) => q.MetricStat?.Stat);
    expect(pollStats).toContain('PR(:180)');
    expect(pollStats).not.toContain('p99');
    expect(cwMock).toHaveReceivedNthCommandWith(1, GetMetricDataCommand, {
      StartTime: new Date(history),
      EndTime: new Date(min(0)),
    });
    expect(samples?.baselineHistory).toHaveLength(30);
    expect(samples?.baselineHistory?.find((m) => m.start === min(-10))).toMatchObject({
      invocations: 100,
      errors: 1,
    });
  });

  it("GIVEN a quiet function without the layer WHEN observed THEN its versions' REPORT lines are read directly, by stream prefix", async () => {
    // GIVEN a few invocations, and REPORT lines in the streams of versions 5 and 4
    lambdaMock.on(GetFunctionConfigurationCommand).resolves({ Layers: [] });
    cwMock.on(GetMetricDataCommand).callsFake(metricDataFrom({ 'a/5/Invocations/Sum': [[min(1), 20]] }));
    const report = (used: number) =>
      `REPORT RequestId: r Duration: 2.00 ms Billed Duration: 3 ms Memory Size: 128 MB Max Memory Used: ${used} MB`;
    logsMock.on(FilterLogEventsCommand).callsFake((input: { logStreamNamePrefix?: string }) => ({
      events:
        input.logStreamNamePrefix === '2026/11/28/[5]'
          ? [
              { timestamp: min(1) + 5_000, message: report(64), logStreamName: '2026/11/28/[5]abc' },
              { timestamp: min(1) + 9_000, message: report(120), logStreamName: '2026/11/28/[5]abc' },
            ]
          : input.logStreamNamePrefix === '2026/11/28/[4]'
            ? [{ timestamp: min(2), message: report(32), logStreamName: '2026/11/28/[4]def' }]
            : [],
    }));
    const observer = createCanaryObserver(clients, options());
    await observer.beginStep([target('a')], min(0));
    // WHEN
    const a = (await observer.observe(min(5))).get('a');
    // THEN the highest ratio of each minute, per version, and no Logs Insights query
    expect(a?.memorySource).toBe('report-logs');
    expect(a?.canary[1]?.memoryUtilization).toBe(120 / 128);
    expect(a?.baseline?.[2]?.memoryUtilization).toBe(0.25);
    expect(logsMock).not.toHaveReceivedCommand(StartQueryCommand);
    expect(logsMock).toHaveReceivedCommandWith(FilterLogEventsCommand, {
      logGroupName: '/aws/lambda/a',
      logStreamNamePrefix: '2026/11/28/[5]',
      startTime: min(0),
      endTime: min(3) - 1,
      filterPattern: '"REPORT RequestId"',
    });
  });

  it("GIVEN the old version's p99 cannot be read WHEN a step begins THEN slow requests are not compared, with a warning, and the counts still are", async () => {
    cwMock.on(GetMetricDataCommand).callsFake((input: GetMetricDataCommandInput) => {
      if ((input.MetricDataQueries ?? []).some((q) => q.MetricStat?.Stat === 'p99')) {
        throw Object.assign(new Error('percentiles are not supported here'), {
          name: 'InternalServiceFault',
        });
      }
      return metricDataFrom({ 'a/5/Invocations/Sum': [[min(1), 7]] })(input);
    });
    const logger = new MemoryLogger();
    const observer = createCanaryObserver(
      clients,
      options({ baselineHistory: true, latency: false, logger }),
    );
    await observer.beginStep([target('a')], min(0));
    const a = (await observer.observe(min(5))).get('a');
    expect(logger.text('warning')).toContain("The old versions' p99 could not be read");
    expect(a?.latencyReferenceMs).toBeUndefined();
    expect(a?.canary[1]?.invocations).toBe(7);
    expect(a?.consecutiveQueryFailures).toBe(0);
  });

  it("GIVEN two steps WHEN the second is observed THEN every settled minute since the first step is there, tagged with the step that served most of it, and the old version's history was read once", async () => {
    // GIVEN 10 canary calls (0 errors) in every minute
    const everyMinute = Array.from({ length: 10 }, (_, n): [number, number] => [min(n), 10]);
    cwMock.on(GetMetricDataCommand).callsFake(
      metricDataFrom({
        'a/5/Invocations/Sum': everyMinute,
        'a/5/Errors/Sum': everyMinute.map(([t]) => [t, 0]),
      }),
    );
    const observer = createCanaryObserver(clients, options({ baselineHistory: true, latency: false }));
    // WHEN step 0 from 10:00:20, step 1 from 10:05:40 (after the middle of minute 5)
    await observer.beginStep([target('a')], min(0) + 20_000, 5 * 60_000, { index: 0, weight: 0.1 });
    await observer.observe(min(5));
    await observer.beginStep([target('a')], min(5) + 40_000, 5 * 60_000, { index: 1, weight: 0.5 });
    const a = (await observer.observe(min(10))).get('a');
    // THEN minutes 0..7 (settled until 10:08), minute 5 still step 0's
    expect(a?.canary.map((m) => [m.start, m.step, m.errorsMissing])).toEqual(
      [0, 0, 0, 0, 0, 0, 1, 1].map((step, n) => [min(n), step, undefined]),
    );
    // Two calls before the first step (counts, p99), none before the second, one a poll.
    expect(cwMock).toHaveReceivedCommandTimes(GetMetricDataCommand, 4);
    expect(observer.traffic?.().get('a')?.served).toHaveLength(30 - 2 + 8);
    expect(cwMock).toHaveReceivedNthCommandWith(4, GetMetricDataCommand, {
      StartTime: new Date(min(0)),
      EndTime: new Date(min(8)),
    });
  });

  it("GIVEN a version promoted 3 minutes ago WHEN a step starts THEN the planner's traffic is every call the alias served (read in the history's own call), settled minutes only, then both versions' since", async () => {
    // GIVEN 1,200 calls a minute through the alias for 30 minutes; version 4 (now the old one) only
    // served the last 3 of them, and 1,200 a minute since; the canary 240 a minute from the step.
    const before = Array.from({ length: 30 }, (_, n): [number, number] => [min(n - 30), 1200]);
    const since = (calls: number) => Array.from({ length: 10 }, (_, n): [number, number] => [min(n), calls]);
    cwMock.on(GetMetricDataCommand).callsFake(
      metricDataFrom({
        'a/undefined/Invocations/Sum': before,
        'a/4/Invocations/Sum': [...before.slice(-3), ...since(960)],
        'a/4/Errors/Sum': since(0),
        'a/5/Invocations/Sum': since(240),
        'a/5/Errors/Sum': since(0),
      }),
    );
    const observer = createCanaryObserver(clients, options({ baselineHistory: true, latency: false }));
    // WHEN the step starts at 10:00:20 (settle lag 2 min: the history is settled until 09:58)
    await observer.beginStep([target('a')], min(0) + 20_000, 5 * 60_000, { index: 0, weight: 0.2 });
    const atStart = observer.traffic?.().get('a');
    // THEN the alias's 28 settled minutes, each with every call; no canary call yet
    expect(atStart?.served).toHaveLength(28);
    expect(atStart?.served.every((m) => m.invocations === 1200)).toBe(true);
    expect(atStart).toMatchObject({ canaryCalls: 0, syntheticCalls: 0, settledUntilMs: undefined });
    // Two calls before the step (counts with the alias's traffic, p99): no call of its own.
    expect(cwMock).toHaveReceivedCommandTimes(GetMetricDataCommand, 2);
    // WHEN a poll at 10:05 (settled until 10:03)
    await observer.observe(min(5));
    const later = observer.traffic?.().get('a');
    // THEN the minutes since the step are both versions' calls, and the canary's are counted
    expect(later?.served.slice(-3)).toEqual([0, 1, 2].map((n) => ({ start: min(n), invocations: 1200 })));
    expect(later).toMatchObject({ canaryCalls: 3 * 240, settledUntilMs: min(3) });
  });

  it("GIVEN a custom metric compared per call WHEN a step starts THEN the planner gets the old version's calls and the metric's values before it, read in the history's own call", async () => {
    // GIVEN 1,000 calls a minute of version 4 and 5 failed checkouts each, for the 30 minutes before
    const before = (value: number) =>
      Array.from({ length: 30 }, (_, n): [number, number] => [min(n - 30), value]);
    cwMock.on(GetMetricDataCommand).callsFake(
      metricDataFrom({
        'a/4/Invocations/Sum': before(1000),
        'a/4/Errors/Sum': before(0),
        'a/4/CheckoutFailed/Sum': before(5),
      }),
    );
    const checkout = checkoutFailures({}, [{ name: 'function_name', value: 'a' }]);
    const observer = createCanaryObserver(
      clients,
      options({ baselineHistory: true, latency: false, metrics: [checkout] }),
    );
    // WHEN the step starts
    await observer.beginStep([target('a')], min(0) + 20_000, 5 * 60_000, { index: 0, weight: 0.1 });
    const atStart = observer.traffic?.().get('a');
    // THEN the old version's 30 minutes and the metric's, as the judge will read them
    expect(atStart?.baselineHistory?.map((m) => m.invocations)).toEqual(Array(30).fill(1000));
    expect(atStart?.customHistory?.map((c) => c.metric.name)).toEqual(['checkout-failures']);
    expect(atStart?.customHistory?.[0]?.history).toEqual(
      before(5).map(([start, value]) => ({ start, value })),
    );
    // Two calls before the step (counts with the metric, p99): none for the plan.
    expect(cwMock).toHaveReceivedCommandTimes(GetMetricDataCommand, 2);
  });

  it.each([
    {
      case: 'no log group',
      filter: () => logsMock.on(FilterLogEventsCommand).rejects(notFound()),
      reason: 'log group /aws/lambda/a does not exist (logging off, or nothing written yet)',
      failedPoll: false,
    },
    {
      case: 'no REPORT lines',
      filter: () => logsMock.on(FilterLogEventsCommand).resolves({ events: [] }),
      reason: 'no REPORT lines of version 5, 4 in /aws/lambda/a',
      failedPoll: false,
    },
    {
      case: 'no permission',
      filter: () =>
        logsMock
          .on(FilterLogEventsCommand)
          .rejects(Object.assign(new Error('not allowed'), { name: 'AccessDeniedException' })),
      reason: 'reading the REPORT lines failed (Logs (a): AccessDeniedException: not allowed)',
      failedPoll: true,
    },
  ])(
    'GIVEN a canary serving traffic and $case WHEN observed THEN memoryUnavailable says why, with one warning',
    async ({ filter, reason, failedPoll }) => {
      lambdaMock.on(GetFunctionConfigurationCommand).resolves({ Layers: [] });
      cwMock.on(GetMetricDataCommand).callsFake(metricDataFrom({ 'a/5/Invocations/Sum': [[min(1), 20]] }));
      filter();
      const logger = new MemoryLogger();
      const observer = createCanaryObserver(clients, options({ logger }));
      await observer.beginStep([target('a')], min(0));
      const a = (await observer.observe(min(5))).get('a');
      await observer.observe(min(6));
      expect(a?.memoryUnavailable).toBe(`memory of a could not be read: ${reason}`);
      expect(a?.consecutiveQueryFailures).toBe(failedPoll ? 1 : 0);
      expect(logger.text('warning').match(/max-memory-utilization cannot be checked/g)).toHaveLength(1);
    },
  );

  it('GIVEN Lambda Insights without datapoints, or a canary without traffic WHEN observed THEN memory is unavailable only while the canary served calls', async () => {
    cwMock.on(GetMetricDataCommand).callsFake(metricDataFrom({ 'a/5/Invocations/Sum': [[min(1), 20]] }));
    const observer = createCanaryObserver(clients, options());
    await observer.beginStep([target('a'), target('quiet')], min(0));
    const samples = await observer.observe(min(5));
    expect(samples.get('a')?.memoryUnavailable).toBe(
      'memory of a could not be read: no LambdaInsights memory_utilization datapoints for version 5',
    );
    expect(samples.get('quiet')?.memoryUnavailable).toBeUndefined();
  });

  it('GIVEN a busy function whose Logs Insights query returns no memory rows WHEN observed THEN that is the reason memory is unavailable', async () => {
    lambdaMock.on(GetFunctionConfigurationCommand).resolves({ Layers: [] });
    cwMock.on(GetMetricDataCommand).callsFake(metricDataFrom({ 'a/5/Invocations/Sum': [[min(1), 9_000]] }));
    logsMock.on(StartQueryCommand).resolves({ queryId: 'q' });
    logsMock.on(GetQueryResultsCommand).resolves({
      status: 'Complete',
      results: [[{ field: '@message', value: 'START RequestId: r' }]],
    });
    const observer = createCanaryObserver(clients, options());
    await observer.beginStep([target('a')], min(0));
    const a = (await observer.observe(min(5))).get('a');
    expect(a?.memoryUnavailable).toBe(
      'memory of a could not be read: the Logs Insights query on /aws/lambda/a returned no memory rows (1 rows without memory figures)',
    );
  });
});

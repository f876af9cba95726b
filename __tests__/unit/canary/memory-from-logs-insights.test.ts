import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  CloudWatchLogsClient,
  GetQueryResultsCommand,
  ResourceNotFoundException,
  StartQueryCommand,
  StopQueryCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import type { ResultField } from '@aws-sdk/client-cloudwatch-logs';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import {
  parseInsightsTime,
  parseMemoryRows,
  queryReportMemory,
  reportMemoryQuery,
} from '../../../src/canary/memory-from-logs-insights.js';
import type { ReportQueryPlan } from '../../../src/canary/memory-source.js';
import { StackCanaryError, TimeoutError } from '../../../src/errors.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import { min } from '../../helpers/canary-time.js';

const logsMock = mockClient(CloudWatchLogsClient);
const logs = new CloudWatchLogsClient({ region: 'eu-west-1' });

const row = (cells: Record<string, string>): ResultField[] =>
  Object.entries(cells).map(([field, value]) => ({ field, value }));

describe('the Logs Insights query', () => {
  it('GIVEN text logs WHEN built THEN it reads REPORT lines, the version from the stream name, max by minute and version', () => {
    const query = reportMemoryQuery('Text', ['5', '4']);
    expect(query).toContain('filter @type = "REPORT"');
    expect(query).toContain('parse @logStream /\\[(?<version>[^\\]]+)\\]/');
    expect(query).toContain('filter version = "5" or version = "4"');
    expect(query).toContain(
      'stats max(@maxMemoryUsed) as maxMemoryUsed, max(@memorySize) as memorySize by bin(1m) as minute, version',
    );
  });

  it('GIVEN JSON logs WHEN built THEN it reads the platform.report record', () => {
    const query = reportMemoryQuery('JSON', ['$LATEST']);
    expect(query).toContain('filter type = "platform.report"');
    expect(query).toContain('max(record.metrics.maxMemoryUsedMB) as maxMemoryUsed');
    expect(query).toContain('filter version = "$LATEST"');
  });

  it('escapes quotes in a version literal', () => {
    expect(reportMemoryQuery('Text', ['a"b'])).toContain('version = "a\\"b"');
  });
});

describe('row parsing', () => {
  it('reads Logs Insights and ISO times as UTC, and epoch ms', () => {
    expect(parseInsightsTime('2026-11-28 10:03:00.000')).toBe(min(3));
    expect(parseInsightsTime('2026-11-28T10:03:00Z')).toBe(min(3));
    expect(parseInsightsTime('2026-11-28T11:03:00+01:00')).toBe(min(3));
    expect(parseInsightsTime('2026-11-28T09:03:00.5-01:00')).toBe(min(3) + 500);
    expect(parseInsightsTime(String(min(3)))).toBe(min(3));
    expect(parseInsightsTime('yesterday')).toBeUndefined();
  });

  it('GIVEN stats rows in any field order WHEN parsed THEN memory is max used / size by version and minute', () => {
    const parsed = parseMemoryRows([
      row({
        minute: '2026-11-28 10:00:00.000',
        version: '5',
        maxMemoryUsed: '96000000',
        memorySize: '128000000',
      }),
      row({
        memorySize: '128000000',
        maxMemoryUsed: '64000000',
        version: '4',
        minute: '2026-11-28 10:00:00.000',
      }),
      row({ version: '5', minute: '2026-11-28 10:01:00.000', maxMemoryUsed: '120', memorySize: '128' }),
    ]);
    expect(parsed.skipped).toBe(0);
    expect(parsed.byVersion.get('5')?.get(min(0))).toBeCloseTo(0.75);
    expect(parsed.byVersion.get('5')?.get(min(1))).toBeCloseTo(0.9375);
    expect(parsed.byVersion.get('4')?.get(min(0))).toBeCloseTo(0.5);
  });

  it('GIVEN an unaliased bin column and the version only in @logStream WHEN parsed THEN both are understood', () => {
    const parsed = parseMemoryRows([
      row({
        'bin(1m)': '2026-11-28 10:02:00.000',
        '@logStream': '2026/11/28/[7]abc',
        maxMemoryUsed: '50',
        memorySize: '100',
      }),
    ]);
    expect(parsed.byVersion.get('7')?.get(min(2))).toBe(0.5);
  });

  it('GIVEN raw events, half rows and nonsense WHEN parsed THEN they are skipped and counted, never guessed at', () => {
    const parsed = parseMemoryRows([
      row({
        '@timestamp': '2026-11-28 10:00:01.000',
        '@message': 'REPORT RequestId: x Max Memory Used: 64 MB',
        '@logStream': '2026/11/28/[5]abc',
      }),
      row({ minute: '2026-11-28 10:00:00.000', version: '5', maxMemoryUsed: '64' }),
      row({ minute: '2026-11-28 10:00:00.000', version: '5', maxMemoryUsed: '64', memorySize: '0' }),
      row({ minute: 'soon', version: '5', maxMemoryUsed: '64', memorySize: '128' }),
      row({ minute: '2026-11-28 10:00:00.000', version: '', maxMemoryUsed: '64', memorySize: '128' }),
      [{ field: 'minute' }],
    ]);
    expect(parsed.byVersion.size).toBe(0);
    expect(parsed.skipped).toBe(6);
  });

  it('GIVEN two rows for one version and minute WHEN parsed THEN the higher utilisation wins', () => {
    const parsed = parseMemoryRows([
      row({ minute: '2026-11-28 10:00:00.000', version: '5', maxMemoryUsed: '60', memorySize: '100' }),
      row({ minute: '2026-11-28 10:00:30.000', version: '5', maxMemoryUsed: '80', memorySize: '100' }),
      row({ minute: '2026-11-28 10:00:00.000', version: '5', maxMemoryUsed: '70', memorySize: '100' }),
    ]);
    expect(parsed.byVersion.get('5')?.get(min(0))).toBe(0.8);
  });
});

describe('running the query', () => {
  const plan: ReportQueryPlan = {
    logGroupName: '/aws/lambda/orders',
    logFormat: 'Text',
    versions: ['5', '4'],
  };
  const window = { fromMs: min(0), untilMs: min(3) };
  const statsRows = [
    row({
      minute: '2026-11-28 10:01:00.000',
      version: '5',
      maxMemoryUsed: '100000000',
      memorySize: '128000000',
    }),
  ];

  beforeEach(() => {
    logsMock.reset();
  });

  it('GIVEN a query that runs a while WHEN awaited THEN results are polled on the injected clock until Complete', async () => {
    // GIVEN
    logsMock.on(StartQueryCommand).resolves({ queryId: 'q-1' });
    logsMock
      .on(GetQueryResultsCommand)
      .resolvesOnce({ status: 'Scheduled' })
      .resolvesOnce({ status: 'Running', results: [] })
      .resolves({ status: 'Complete', results: statsRows });
    const clock = new FakeClock(min(5));
    // WHEN
    const parsed = await queryReportMemory(logs, plan, window, {
      clock,
      logger: new MemoryLogger(),
      timeoutMs: 30_000,
    });
    // THEN
    expect(parsed.byVersion.get('5')?.get(min(1))).toBeCloseTo(0.78125);
    expect(logsMock).toHaveReceivedCommandTimes(GetQueryResultsCommand, 3);
    expect(logsMock).toHaveReceivedCommandWith(GetQueryResultsCommand, { queryId: 'q-1' });
    expect(clock.sleeps).toEqual([500, 1000]);
    expect(logsMock).toHaveReceivedCommandWith(StartQueryCommand, {
      logGroupName: '/aws/lambda/orders',
      startTime: min(0) / 1000,
      endTime: min(3) / 1000 - 1,
      queryString: reportMemoryQuery('Text', ['5', '4']),
    });
  });

  it('GIVEN a query that fails WHEN awaited THEN it throws a typed error naming the log group', async () => {
    logsMock.on(StartQueryCommand).resolves({ queryId: 'q-2' });
    logsMock.on(GetQueryResultsCommand).resolves({ status: 'Failed' });
    const promise = queryReportMemory(logs, plan, window, {
      clock: new FakeClock(),
      logger: new MemoryLogger(),
      timeoutMs: 30_000,
    });
    await expect(promise).rejects.toThrow(StackCanaryError);
    await expect(promise).rejects.toThrow('/aws/lambda/orders ended Failed');
  });

  it('GIVEN a query still running at the bound WHEN awaited THEN it is stopped and the wait times out', async () => {
    logsMock.on(StartQueryCommand).resolves({ queryId: 'q-3' });
    logsMock.on(GetQueryResultsCommand).resolves({ status: 'Running' });
    logsMock.on(StopQueryCommand).resolves({ success: true });
    const clock = new FakeClock();
    await expect(
      queryReportMemory(logs, plan, window, { clock, logger: new MemoryLogger(), timeoutMs: 10_000 }),
    ).rejects.toThrow(TimeoutError);
    expect(logsMock).toHaveReceivedCommandWith(StopQueryCommand, { queryId: 'q-3' });
    expect(clock.now()).toBe(10_000);
  });

  it('GIVEN no log group yet (the function never logged) WHEN queried THEN there is simply no memory data', async () => {
    logsMock
      .on(StartQueryCommand)
      .rejects(new ResourceNotFoundException({ message: 'Log group does not exist', $metadata: {} }));
    const parsed = await queryReportMemory(logs, plan, window, {
      clock: new FakeClock(),
      logger: new MemoryLogger(),
      timeoutMs: 1,
    });
    expect(parsed.byVersion.size).toBe(0);
  });

  it('GIVEN an access error WHEN queried THEN it propagates (a poll failure, never "no data")', async () => {
    logsMock
      .on(StartQueryCommand)
      .rejects(Object.assign(new Error('not allowed'), { name: 'AccessDeniedException' }));
    await expect(
      queryReportMemory(logs, plan, window, {
        clock: new FakeClock(),
        logger: new MemoryLogger(),
        timeoutMs: 1,
      }),
    ).rejects.toThrow('not allowed');
  });

  it('GIVEN an empty window WHEN queried THEN nothing is started', async () => {
    const parsed = await queryReportMemory(
      logs,
      plan,
      { fromMs: min(3), untilMs: min(3) },
      {
        clock: new FakeClock(),
        logger: new MemoryLogger(),
        timeoutMs: 1,
      },
    );
    expect(parsed.byVersion.size).toBe(0);
    expect(logsMock).toHaveReceivedCommandTimes(StartQueryCommand, 0);
  });
});

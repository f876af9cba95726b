import { beforeEach, describe, expect, it } from '@jest/globals';
import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import {
  memoryRatioOfReportLine,
  readReportLines,
  streamPrefixes,
} from '../../../src/canary/memory-from-log-events.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';

const T0 = Date.UTC(2026, 10, 28, 0, 10);
const logs = mockClient(CloudWatchLogsClient);
const client = new CloudWatchLogsClient({ region: 'us-east-1' });

describe('REPORT lines read directly', () => {
  beforeEach(() => {
    logs.reset();
  });

  it('reads the memory figures of text and JSON REPORT lines, and nothing else', () => {
    expect(
      memoryRatioOfReportLine(
        'REPORT RequestId: 1 Duration: 1.5 ms Billed Duration: 2 ms Memory Size: 256 MB Max Memory Used: 64 MB Init Duration: 100 ms',
      ),
    ).toBe(0.25);
    expect(
      memoryRatioOfReportLine(
        JSON.stringify({
          type: 'platform.report',
          record: { metrics: { maxMemoryUsedMB: 96, memorySizeMB: 128 } },
        }),
      ),
    ).toBe(0.75);
    expect(memoryRatioOfReportLine(JSON.stringify({ type: 'platform.start' }))).toBeUndefined();
    expect(memoryRatioOfReportLine('{not json')).toBeUndefined();
    expect(memoryRatioOfReportLine('START RequestId: 1 Version: 3')).toBeUndefined();
    expect(memoryRatioOfReportLine('Memory Size: 0 MB Max Memory Used: 1 MB')).toBeUndefined();
  });

  it("looks in the streams of the window's days and of the day before (environments outlive midnight)", () => {
    expect(streamPrefixes('7', { fromMs: T0, untilMs: T0 + 60_000 })).toEqual([
      '2026/11/27/[7]',
      '2026/11/28/[7]',
    ]);
  });

  it('keeps the highest ratio a minute, follows pages, and stops at a bound with a warning', async () => {
    // GIVEN a stream that never ends paging
    logs
      .on(FilterLogEventsCommand)
      .callsFake((input: { nextToken?: string; logStreamNamePrefix?: string }) => ({
        events:
          input.logStreamNamePrefix === '2026/11/28/[3]'
            ? [
                { timestamp: T0 + 1_000, message: 'REPORT Memory Size: 100 MB Max Memory Used: 40 MB' },
                { timestamp: T0 + 2_000, message: 'REPORT Memory Size: 100 MB Max Memory Used: 70 MB' },
                { timestamp: T0 + 3_000, message: 'an unrelated line' },
                // A line of another version, wherever the service found it, never counts.
                {
                  timestamp: T0 + 4_000,
                  message: 'REPORT Memory Size: 100 MB Max Memory Used: 99 MB',
                  logStreamName: '2026/11/28/[4]other',
                },
              ]
            : [],
        nextToken:
          input.logStreamNamePrefix === '2026/11/28/[3]'
            ? `t${Number(input.nextToken?.slice(1) ?? 0) + 1}`
            : undefined,
      }));
    const logger = new MemoryLogger();
    // WHEN
    const parsed = await readReportLines(
      client,
      { logGroupName: '/aws/lambda/f', logFormat: 'Text', versions: ['3'] },
      { fromMs: T0, untilMs: T0 + 120_000 },
      logger,
    );
    // THEN
    expect(parsed.byVersion.get('3')?.get(T0)).toBe(0.7);
    expect(parsed.skipped).toBe(10);
    expect(logs).toHaveReceivedCommandTimes(FilterLogEventsCommand, 1 + 10);
    expect(logger.text('warning')).toContain('more than 10 pages');
  });

  it('a log group that does not exist yet is no data, not an error', async () => {
    logs
      .on(FilterLogEventsCommand)
      .rejects(Object.assign(new Error('gone'), { name: 'ResourceNotFoundException' }));
    const parsed = await readReportLines(
      client,
      { logGroupName: '/aws/lambda/f', logFormat: 'JSON', versions: ['3'] },
      { fromMs: T0, untilMs: T0 + 120_000 },
      new MemoryLogger(),
    );
    expect(parsed.skipped).toBe(0);
    expect(logs).toHaveReceivedCommandWith(FilterLogEventsCommand, {
      filterPattern: '{ $.type = "platform.report" }',
    });
  });

  it('an empty window asks nothing', async () => {
    const parsed = await readReportLines(
      client,
      { logGroupName: '/aws/lambda/f', logFormat: 'Text', versions: ['3'] },
      { fromMs: T0, untilMs: T0 + 30_000 },
      new MemoryLogger(),
    );
    expect(parsed.byVersion.size).toBe(0);
    expect(logs).not.toHaveReceivedCommand(FilterLogEventsCommand);
  });

  it('other errors are passed on', async () => {
    logs
      .on(FilterLogEventsCommand)
      .rejects(Object.assign(new Error('slow down'), { name: 'ThrottlingException' }));
    await expect(
      readReportLines(
        client,
        { logGroupName: '/aws/lambda/f', logFormat: 'Text', versions: ['3'] },
        { fromMs: T0, untilMs: T0 + 120_000 },
        new MemoryLogger(),
      ),
    ).rejects.toThrow('slow down');
  });
});

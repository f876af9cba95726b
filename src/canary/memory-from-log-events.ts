/**
 * Memory from the REPORT lines read directly (FilterLogEvents), for functions with little traffic.
 *
 * Lambda writes one REPORT line per invocation into a log stream named by the version
 * (`YYYY/MM/DD/[version]id`, the date the execution environment started), so a version's lines
 * are read by stream-name prefix: exact, no query to start and wait for, and no charge per GB
 * scanned. Logs Insights (memory-from-logs-insights.ts) stays the reader for busy functions, where
 * it aggregates on the service side instead of shipping every line.
 */
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { paginateFilterLogEvents } from '@aws-sdk/client-cloudwatch-logs';
import { awsErrorName } from '../errors.js';
import type { Logger } from '../logger.js';
import type { ParsedMemoryRows, ReportQueryPlan } from './memory-source.js';
import { versionFromLogStream } from './memory-source.js';
import type { MetricsWindow } from './metrics.js';
import { floorToMinute } from './minutes.js';

/** Below this many invocations in a poll's window, REPORT lines are read directly. */
export const DIRECT_REPORT_LINES_LIMIT = 5_000;
/** Bound on the pages one version's lines may take in one poll. */
const MAX_PAGES = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The `YYYY/MM/DD/[version]` prefixes of the streams that may hold the window's lines. */
export function streamPrefixes(version: string, window: MetricsWindow): string[] {
  // An environment started the day before may still be writing: look one day back.
  const first = Math.floor((window.fromMs - DAY_MS) / DAY_MS) * DAY_MS;
  const prefixes: string[] = [];
  for (let day = first; day < window.untilMs; day += DAY_MS) {
    const date = new Date(day).toISOString().slice(0, 10).replace(/-/g, '/');
    prefixes.push(`${date}/[${version}]`);
  }
  return prefixes;
}

/** Max memory used / memory size from one REPORT line (text or JSON format); undefined if none. */
export function memoryRatioOfReportLine(message: string): number | undefined {
  const text = /Memory Size:\s*(\d+(?:\.\d+)?)\s*MB\s+Max Memory Used:\s*(\d+(?:\.\d+)?)\s*MB/.exec(message);
  if (text) return ratio(Number(text[2]), Number(text[1]));
  if (!message.trimStart().startsWith('{')) return undefined;
  try {
    const record = JSON.parse(message) as {
      type?: unknown;
      record?: { metrics?: { maxMemoryUsedMB?: unknown; memorySizeMB?: unknown } };
    };
    if (record.type !== 'platform.report') return undefined;
    const metrics = record.record?.metrics;
    return ratio(Number(metrics?.maxMemoryUsedMB), Number(metrics?.memorySizeMB));
  } catch {
    return undefined;
  }
}

function ratio(used: number, size: number): number | undefined {
  return Number.isFinite(used) && Number.isFinite(size) && size > 0 ? used / size : undefined;
}

/** Reads the REPORT lines of the plan's versions in the window: the highest ratio per minute. */
export async function readReportLines(
  logs: CloudWatchLogsClient,
  plan: ReportQueryPlan,
  window: MetricsWindow,
  logger: Logger,
): Promise<ParsedMemoryRows> {
  const byVersion = new Map<string, Map<number, number>>();
  const startTime = floorToMinute(window.fromMs);
  const endTime = floorToMinute(window.untilMs) - 1;
  if (endTime < startTime) return { byVersion, skipped: 0 };
  const filterPattern = plan.logFormat === 'JSON' ? '{ $.type = "platform.report" }' : '"REPORT RequestId"';
  let skipped = 0;
  for (const version of plan.versions) {
    const minutes = new Map<number, number>();
    byVersion.set(version, minutes);
    for (const logStreamNamePrefix of streamPrefixes(version, window)) {
      let pages = 0;
      let more = false;
      try {
        const paginator = paginateFilterLogEvents(
          { client: logs },
          { logGroupName: plan.logGroupName, logStreamNamePrefix, startTime, endTime, filterPattern },
        );
        for await (const answer of paginator) {
          for (const event of answer.events ?? []) {
            // The stream name is the version's own word on it: a line of another version never counts.
            if (event.logStreamName !== undefined && versionFromLogStream(event.logStreamName) !== version)
              continue;
            const value = memoryRatioOfReportLine(event.message ?? '');
            if (value === undefined || event.timestamp === undefined) {
              skipped++;
              continue;
            }
            const minute = floorToMinute(event.timestamp);
            minutes.set(minute, Math.max(minutes.get(minute) ?? 0, value));
          }
          pages++;
          more = Boolean(answer.nextToken);
          if (pages >= MAX_PAGES) break;
        }
      } catch (error) {
        if (awsErrorName(error) === 'ResourceNotFoundException')
          return { byVersion, skipped, logGroupMissing: true };
        throw error;
      }
      if (more) {
        logger.warning(
          `REPORT lines of ${plan.logGroupName} version ${version}: more than ${MAX_PAGES} pages in one poll; the rest of that window is not read.`,
        );
      }
    }
  }
  return { byVersion, skipped };
}

/**
 * Memory from the REPORT lines through CloudWatch Logs Insights, for busy functions: the query
 * aggregates max memory used and memory size by minute and version on the service side (the
 * version is the `[version]` in the log stream name `YYYY/MM/DD/[version]id`).
 */
import type { CloudWatchLogsClient, ResultField } from '@aws-sdk/client-cloudwatch-logs';
import { GetQueryResultsCommand, StartQueryCommand, StopQueryCommand } from '@aws-sdk/client-cloudwatch-logs';
import { awsErrorName, errorMessage, StackCanaryError, TimeoutError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Clock } from '../util/clock.js';
import { waitFor } from '../util/wait.js';
import type { LogFormat, ParsedMemoryRows, ReportQueryPlan } from './memory-source.js';
import { versionFromLogStream } from './memory-source.js';
import type { MetricsWindow } from './metrics.js';
import { floorToMinute } from './minutes.js';
import { MINUTE_MS } from '../util/time.js';

/** A string literal for a Logs Insights query. */
function quoted(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * The Logs Insights query: REPORT lines of the given versions, max memory used and memory size
 * per minute and version. Text logs expose @maxMemoryUsed / @memorySize (bytes); JSON logs
 * carry them in the platform.report record (MB). Only their ratio is used, so units cancel.
 */
export function reportMemoryQuery(logFormat: LogFormat, versions: readonly string[]): string {
  const [filter, used, size] =
    logFormat === 'JSON'
      ? ['type = "platform.report"', 'record.metrics.maxMemoryUsedMB', 'record.metrics.memorySizeMB']
      : ['@type = "REPORT"', '@maxMemoryUsed', '@memorySize'];
  return [
    `filter ${filter}`,
    `parse @logStream /\\[(?<version>[^\\]]+)\\]/`,
    `filter ${versions.map((v) => `version = ${quoted(v)}`).join(' or ')}`,
    `stats max(${used}) as maxMemoryUsed, max(${size}) as memorySize by bin(1m) as minute, version`,
    `limit 10000`,
  ].join('\n| ');
}

/**
 * A Logs Insights time ("2026-11-28 10:03:00.000", UTC) or ISO-8601 time, or epoch ms, to epoch
 * ms; undefined when it is none of those.
 */
export function parseInsightsTime(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d{12,}$/.test(trimmed)) return Number(trimmed);
  const m =
    /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(
      trimmed,
    );
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const ms = frac === undefined ? 0 : Number(frac.slice(0, 3).padEnd(3, '0'));
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0), ms);
  if (zone === undefined || zone === 'Z') return utc;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offsetMin = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4));
  return utc - sign * offsetMin * MINUTE_MS;
}

function numberOf(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Reads the stats rows by field name, not position. A row is used only when it has a version
 * (the `version` field, or failing that the `[version]` of an @logStream field), a minute (the
 * `minute` alias or a `bin(...)` column) and both memory figures with a positive size; anything
 * else (an unaggregated event, a half-parsed row) is skipped and counted, never guessed at.
 */
export function parseMemoryRows(rows: readonly (readonly ResultField[])[] | undefined): ParsedMemoryRows {
  const byVersion = new Map<string, Map<number, number>>();
  let skipped = 0;
  for (const row of rows ?? []) {
    const fields = new Map<string, string>();
    for (const cell of row) {
      if (cell.field !== undefined && cell.value !== undefined) fields.set(cell.field, cell.value);
    }
    const binColumn = [...fields.keys()].find((name) => name.startsWith('bin('));
    const minuteText = fields.get('minute') ?? (binColumn === undefined ? undefined : fields.get(binColumn));
    const stream = fields.get('@logStream');
    const version =
      fields.get('version') || (stream === undefined ? undefined : versionFromLogStream(stream));
    const minute = minuteText === undefined ? undefined : parseInsightsTime(minuteText);
    const used = numberOf(fields.get('maxMemoryUsed'));
    const size = numberOf(fields.get('memorySize'));
    if (
      !version ||
      minute === undefined ||
      used === undefined ||
      size === undefined ||
      size <= 0 ||
      used < 0
    ) {
      skipped += 1;
      continue;
    }
    const start = floorToMinute(minute);
    const series = byVersion.get(version) ?? new Map<number, number>();
    byVersion.set(version, series);
    series.set(start, Math.max(series.get(start) ?? 0, used / size));
  }
  return { byVersion, skipped };
}

export interface InsightsQueryOptions {
  readonly clock: Clock;
  readonly logger: Logger;
  /** Bound on waiting for one query to complete. */
  readonly timeoutMs: number;
}

const FAILED_STATUSES = new Set(['Failed', 'Cancelled', 'Timeout', 'Unknown']);

/**
 * Runs one REPORT-line query over the window and waits (waitFor, injected clock) until it is
 * Complete. A log group that does not exist yet (the function never logged) is no data, not an
 * error. A query that fails or times out throws (a timed-out query is stopped first).
 */
export async function queryReportMemory(
  logs: Pick<CloudWatchLogsClient, 'send'>,
  plan: ReportQueryPlan,
  window: MetricsWindow,
  options: InsightsQueryOptions,
): Promise<ParsedMemoryRows> {
  const startTime = Math.floor(floorToMinute(window.fromMs) / 1000);
  const endTime = Math.floor(floorToMinute(window.untilMs) / 1000) - 1;
  if (endTime < startTime || plan.versions.length === 0) return { byVersion: new Map(), skipped: 0 };
  let queryId: string | undefined;
  try {
    ({ queryId } = await logs.send(
      new StartQueryCommand({
        logGroupName: plan.logGroupName,
        startTime,
        endTime,
        queryString: reportMemoryQuery(plan.logFormat, plan.versions),
        limit: 10_000,
      }),
    ));
  } catch (error) {
    if (awsErrorName(error) === 'ResourceNotFoundException') {
      options.logger.debug(`Log group ${plan.logGroupName} does not exist yet: no REPORT lines to read.`);
      return { byVersion: new Map(), skipped: 0, logGroupMissing: true };
    }
    throw error;
  }
  if (!queryId)
    throw new StackCanaryError('AWS_ERROR', `StartQuery on ${plan.logGroupName} returned no query id`);
  const id = queryId;
  try {
    const rows = await waitFor(
      async () => {
        const answer = await logs.send(new GetQueryResultsCommand({ queryId: id }));
        if (answer.status === 'Complete') return { done: true, value: answer.results ?? [] };
        if (answer.status !== undefined && FAILED_STATUSES.has(answer.status)) {
          throw new StackCanaryError(
            'AWS_ERROR',
            `Logs Insights query on ${plan.logGroupName} ended ${answer.status}`,
          );
        }
        return { done: false };
      },
      {
        clock: options.clock,
        description: `the Logs Insights memory query on ${plan.logGroupName}`,
        timeoutMs: options.timeoutMs,
        initialDelayMs: 500,
        maxDelayMs: 5_000,
        factor: 2,
      },
    );
    const parsed = parseMemoryRows(rows);
    if (parsed.skipped > 0) {
      options.logger.debug(
        `Logs Insights on ${plan.logGroupName}: ${parsed.skipped} row(s) without memory figures skipped.`,
      );
    }
    return parsed;
  } catch (error) {
    if (error instanceof TimeoutError) await stopQuietly(logs, id, options.logger);
    throw error;
  }
}

async function stopQuietly(
  logs: Pick<CloudWatchLogsClient, 'send'>,
  queryId: string,
  logger: Logger,
): Promise<void> {
  try {
    await logs.send(new StopQueryCommand({ queryId }));
  } catch (error) {
    logger.debug(`StopQuery ${queryId}: ${errorMessage(error)}`);
  }
}

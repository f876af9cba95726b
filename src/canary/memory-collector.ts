/**
 * The memory collector: max memory used / memory size, per version, per minute, for every minute
 * since the first step began.
 *
 * Each version's configuration is read once (GetFunctionConfiguration): with the Lambda Insights
 * layer on every watched version, memory rides along in the metrics collector's GetMetricData
 * call; otherwise it comes from the REPORT lines, read incrementally (each settled minute once):
 * directly (FilterLogEvents) while a poll covers few invocations, through Logs Insights above.
 *
 * Memory that cannot be read while the canary serves traffic is never silent: `samples()` says
 * why (no log group, no REPORT lines, a query that returned nothing, a failed read) in
 * `memoryUnavailable`, and the first time it is logged as a warning.
 */
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { Logger } from '../logger.js';
import type { Clock } from '../util/clock.js';
import type { Collector, RunWindow } from './collector.js';
import { attempt, describeFailure, mapWithLimit, versionsOf } from './collector.js';
import { DIRECT_REPORT_LINES_LIMIT, readReportLines } from './memory-from-log-events.js';
import { queryReportMemory } from './memory-from-logs-insights.js';
import type { VersionLogging } from './memory-source.js';
import { describeVersionLogging, reportQueryPlans } from './memory-source.js';
import { settleLagOf, settledUntil } from './minutes.js';
import type { FunctionSamples, WatchTarget } from './types.js';

/** Logs Insights queries run at once at most (the service limits concurrent queries per account). */
const MEMORY_QUERY_CONCURRENCY = 4;

export interface MemoryCollectorOptions {
  readonly clock: Clock;
  readonly logger: Logger;
  /** Bound on one Logs Insights memory query. */
  readonly queryTimeoutMs: number;
  /** Invocations of both versions in a window, from the metrics collector's last good poll. */
  readonly invocationsBetween: (target: WatchTarget, fromMs: number, untilMs: number) => number;
}

interface LogMemory {
  /** Ratio by version, by minute start. */
  readonly byVersion: Map<string, Map<number, number>>;
  /** How far the REPORT lines have been read (exclusive). */
  untilMs: number;
  /** What the last reads found wrong, if anything (for memoryUnavailable). */
  problem: string | undefined;
}

export class MemoryCollector implements Collector {
  /** Versions are immutable: what a version's configuration says is read once per run. */
  private readonly logging = new Map<string, VersionLogging>();
  private readonly logMemory = new Map<string, LogMemory>();
  private readonly announced = new Set<string>();
  private readonly warned = new Set<string>();
  private configFailure: string | undefined;

  constructor(
    private readonly clients: { readonly lambda: LambdaClient; readonly logs: CloudWatchLogsClient },
    private readonly options: MemoryCollectorOptions,
  ) {}

  source(target: WatchTarget): FunctionSamples['memorySource'] {
    const known = versionsOf(target).map((v) => this.logging.get(this.key(target.functionName, v)));
    if (known.some((k) => k === undefined)) return 'none';
    return known.every((k) => k?.lambdaInsights) ? 'lambda-insights' : 'report-logs';
  }

  /** REPORT-line memory of one version by minute; undefined when Lambda Insights is the source. */
  memoryOf(target: WatchTarget, version: string): ReadonlyMap<number, number> | undefined {
    if (this.source(target) !== 'report-logs') return undefined;
    return this.logMemory.get(target.functionName)?.byVersion.get(version) ?? new Map();
  }

  async beginStep(): Promise<void> {
    // Versions are described at the first poll, where a failure counts.
  }

  /** Each watched version's configuration, once: where its memory can be read. */
  prepare(run: RunWindow): Promise<string[]> {
    return attempt('GetFunctionConfiguration', () => this.describe(run.targets));
  }

  async poll(run: RunWindow, nowMs: number): Promise<string[]> {
    const fromLogs = run.targets.filter((t) => this.source(t) === 'report-logs');
    const read = await mapWithLimit(fromLogs, MEMORY_QUERY_CONCURRENCY, (target) =>
      attempt(`Logs (${target.functionName})`, () =>
        this.readLogs(run, target, Math.max(run.fromMs, settledUntil(nowMs, settleLagOf(target)))),
      ).then((failed) => {
        const state = this.logMemory.get(target.functionName);
        if (failed[0] !== undefined && state)
          state.problem = `reading the REPORT lines failed (${failed[0]})`;
        return failed;
      }),
    );
    return read.flat();
  }

  async endStep(): Promise<void> {
    // Reads are per poll: nothing runs between them.
  }

  samples(target: WatchTarget): Partial<FunctionSamples> {
    return { memorySource: this.source(target) };
  }

  /**
   * Why the canary's memory is unknown, given that it served traffic and no minute has a memory
   * figure; logged once per function and reason as a warning.
   */
  unavailable(target: WatchTarget): string {
    const source = this.source(target);
    const state = this.logMemory.get(target.functionName);
    const reason =
      source === 'none'
        ? `the versions' configuration could not be read${this.configFailure ? ` (${this.configFailure})` : ''}`
        : source === 'lambda-insights'
          ? `no LambdaInsights memory_utilization datapoints for version ${target.canaryVersion}`
          : (state?.problem ??
            `no REPORT lines read yet for version ${target.canaryVersion} (logging off or filtered, retention, or a query that returned nothing)`);
    const text = `memory of ${target.functionName} could not be read: ${reason}`;
    if (!this.warned.has(text)) {
      this.warned.add(text);
      this.options.logger.warning(`${text}; max-memory-utilization cannot be checked.`);
    }
    return text;
  }

  private key(functionName: string, version: string): string {
    return `${functionName}\u0000${version}`;
  }

  private async describe(targets: readonly WatchTarget[]): Promise<void> {
    for (const target of targets) {
      for (const version of versionsOf(target)) {
        const key = this.key(target.functionName, version);
        if (this.logging.has(key)) continue;
        try {
          this.logging.set(
            key,
            await describeVersionLogging(this.clients.lambda, target.functionName, version),
          );
        } catch (error) {
          this.configFailure = describeFailure('GetFunctionConfiguration', error);
          throw error;
        }
      }
      if (this.announced.has(target.functionName)) continue;
      this.announced.add(target.functionName);
      this.options.logger.info(
        this.source(target) === 'lambda-insights'
          ? `Memory of ${target.functionName}: Lambda Insights (memory_utilization per version).`
          : `Memory of ${target.functionName}: REPORT log lines (read directly while a poll covers at most ${DIRECT_REPORT_LINES_LIMIT} invocations, through Logs Insights above).`,
      );
    }
  }

  private async readLogs(run: RunWindow, target: WatchTarget, untilMs: number): Promise<void> {
    const state: LogMemory = this.logMemory.get(target.functionName) ?? {
      byVersion: new Map(),
      untilMs: run.fromMs,
      problem: undefined,
    };
    this.logMemory.set(target.functionName, state);
    const fromMs = state.untilMs;
    if (untilMs <= fromMs) return;
    const versions = new Map<string, VersionLogging>();
    for (const version of versionsOf(target)) {
      const known = this.logging.get(this.key(target.functionName, version));
      if (known) versions.set(version, known);
    }
    // Few invocations in the window: read the version's REPORT lines directly; many: let Logs
    // Insights aggregate them on the service side.
    const direct = this.options.invocationsBetween(target, fromMs, untilMs) <= DIRECT_REPORT_LINES_LIMIT;
    const window = { fromMs, untilMs };
    const problems: string[] = [];
    for (const plan of reportQueryPlans(versions)) {
      const parsed = direct
        ? await readReportLines(this.clients.logs, plan, window, this.options.logger)
        : await queryReportMemory(this.clients.logs, plan, window, {
            clock: this.options.clock,
            logger: this.options.logger,
            timeoutMs: this.options.queryTimeoutMs,
          });
      if (parsed.logGroupMissing) {
        problems.push(`log group ${plan.logGroupName} does not exist (logging off, or nothing written yet)`);
      } else if (![...parsed.byVersion.values()].some((minutes) => minutes.size > 0)) {
        problems.push(
          direct
            ? `no REPORT lines of version ${plan.versions.join(', ')} in ${plan.logGroupName}`
            : `the Logs Insights query on ${plan.logGroupName} returned no memory rows${parsed.skipped > 0 ? ` (${parsed.skipped} rows without memory figures)` : ''}`,
        );
      }
      for (const [version, minutes] of parsed.byVersion) {
        state.byVersion.set(version, new Map([...(state.byVersion.get(version) ?? []), ...minutes]));
      }
    }
    state.untilMs = untilMs;
    if (problems.length > 0) state.problem = problems.join('; ');
  }
}

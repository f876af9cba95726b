/**
 * The metrics collector: Lambda's per-version counts (and Duration, and Lambda Insights memory
 * where a function has it) for every minute since the first step began, re-read whole at each
 * poll up to the newest settled minute, so a late datapoint is picked up and the minutes of an
 * earlier step are still judged at their own split. Before the first step it reads the old
 * versions' last 30 minutes once (how noisy the service is, and its p99 as the latency reference),
 * and in the same call every call each alias served (the evidence planner's traffic).
 */
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { Logger } from '../logger.js';
import type { Collector, RunWindow, StepWindow } from './collector.js';
import { attempt, describeFailure, stepOfMinute } from './collector.js';
import type { CustomMetric } from '../config/types.js';
import type { CustomValues, FunctionSeries } from './metric-queries.js';
import { toMinuteSamples } from './metric-queries.js';
import { collectMetrics } from './metrics.js';
import { floorToMinute, minuteStarts, settleLagOf, settledUntil } from './minutes.js';
import type { TrafficMinute } from './judge/evidence-plan.js';
import type {
  CustomSamples,
  FunctionSamples,
  MetricMinute,
  MinuteSample,
  ObservedTraffic,
  WatchTarget,
} from './types.js';
import { MINUTE_MS } from '../util/time.js';

/** How far back the old version's own minutes are read before the first step. */
export const BASELINE_HISTORY_MS = 30 * MINUTE_MS;

export interface MetricsCollectorOptions {
  readonly logger: Logger;
  /** Read Duration p99 (and PR(:T) + SampleCount where a latency reference was found). */
  readonly latency: boolean;
  /** Read the old versions' minutes before the first step. */
  readonly baselineHistory: boolean;
  /** Functions whose memory comes from Lambda Insights (known once their versions were described). */
  readonly lambdaInsights: (target: WatchTarget) => boolean;
  /** Memory by minute read elsewhere (REPORT lines) for one version; undefined: use Lambda Insights'. */
  readonly memoryOf: (target: WatchTarget, version: string) => ReadonlyMap<number, number> | undefined;
  /** Your own metrics (the `metrics` input), read in the same call; default none. */
  readonly metrics?: readonly CustomMetric[];
}

/**
 * Custom metric values over the settled minutes (no datapoint: undefined, never zero), with the
 * values before the first step where they were read (the old version's; a service-wide metric's own).
 */
function customSamples(
  values: readonly CustomValues[],
  minutes: readonly number[],
  history?: readonly CustomSamples[],
): CustomSamples[] {
  const over = (series: ReadonlyMap<number, number>) =>
    minutes.map((start) => ({ start, value: series.get(start) }));
  return values.map(({ metric, canary, baseline }, i) => {
    const read = history?.[i];
    const before = read === undefined ? undefined : valuesBefore(read);
    return {
      metric,
      canary: over(canary),
      baseline: baseline === undefined ? undefined : over(baseline),
      ...(before === undefined ? {} : { history: before }),
    };
  });
}

/** A metric's values read before the first step: the old version's, or a service-wide metric's own. */
function valuesBefore(read: CustomSamples): readonly MetricMinute[] | undefined {
  return read.metric.perVersion ? read.baseline : read.canary;
}

export class MetricsCollector implements Collector {
  /** Last good series per function, and the settled end they cover. */
  private readonly series = new Map<string, { series: FunctionSeries; untilMs: number }>();
  private readonly history = new Map<string, readonly MinuteSample[]>();
  /** Every call each alias served in its settled minutes before the first step. */
  private readonly aliasTraffic = new Map<string, readonly TrafficMinute[]>();
  /** The old version's custom metrics before the first step (its `baseline` values), per function. */
  private readonly customHistory = new Map<string, readonly CustomSamples[]>();
  private readonly references = new Map<string, number>();
  private readonly warned = new Set<string>();
  private historyRead = false;
  private steps: readonly StepWindow[] = [];

  constructor(
    private readonly cloudWatch: CloudWatchClient,
    private readonly options: MetricsCollectorOptions,
  ) {}

  /**
   * What the evidence planner reads of a function when a step starts: every call its alias served by
   * settled minute (before the first step, then both versions' since) and the canary's share of them;
   * and what was read before the first step for the custom comparisons' plan (no call more).
   */
  traffic(target: WatchTarget): Omit<ObservedTraffic, 'syntheticCalls'> {
    const before = this.aliasTraffic.get(target.functionName) ?? [];
    const history = this.history.get(target.functionName);
    const custom = this.customHistory.get(target.functionName);
    const read = {
      ...(history === undefined ? {} : { baselineHistory: history }),
      ...(custom === undefined
        ? {}
        : { customHistory: custom.map((c) => ({ metric: c.metric, history: valuesBefore(c) })) }),
    };
    const known = this.series.get(target.functionName);
    const fromMs = this.steps[0] === undefined ? undefined : floorToMinute(this.steps[0].startMs);
    if (known === undefined || fromMs === undefined) {
      return { served: before, canaryCalls: 0, settledUntilMs: undefined, ...read };
    }
    const { canary, baseline } = known.series;
    const since = minuteStarts(fromMs, known.untilMs);
    const count = (series: ReadonlyMap<number, number> | undefined, start: number): number =>
      series?.get(start) ?? 0;
    return {
      served: [
        ...before.filter((m) => m.start < fromMs),
        ...since.map((start) => ({
          start,
          invocations: count(canary.invocations, start) + count(baseline?.invocations, start),
        })),
      ],
      canaryCalls: since.reduce((sum, start) => sum + count(canary.invocations, start), 0),
      settledUntilMs: known.untilMs,
      ...read,
    };
  }

  /** Invocations of both versions of a function in [fromMs, untilMs), from the last good poll. */
  invocationsBetween(target: WatchTarget, fromMs: number, untilMs: number): number {
    const known = this.series.get(target.functionName)?.series;
    let total = 0;
    for (const series of [known?.canary, known?.baseline]) {
      for (const [minute, count] of series?.invocations ?? []) {
        if (minute >= fromMs && minute < untilMs) total += count;
      }
    }
    return total;
  }

  async beginStep(run: RunWindow, step: StepWindow): Promise<void> {
    this.steps = run.steps;
    if (this.historyRead) return;
    this.historyRead = true;
    await this.readHistory(run.targets, step.startMs);
  }

  async poll(run: RunWindow, nowMs: number): Promise<string[]> {
    this.steps = run.steps;
    const untilOf = (target: WatchTarget): number =>
      Math.max(run.fromMs, settledUntil(nowMs, settleLagOf(target)));
    return attempt('GetMetricData', async () => {
      const untilMs = Math.max(run.fromMs, ...run.targets.map(untilOf));
      const series = await collectMetrics(
        this.cloudWatch,
        {
          targets: this.withReferences(run.targets),
          window: { fromMs: run.fromMs, untilMs },
          latency: this.options.latency,
          lambdaInsights: new Set(
            run.targets.filter((t) => this.options.lambdaInsights(t)).map((t) => t.functionName),
          ),
          metrics: this.options.metrics ?? [],
        },
        this.options.logger,
        this.warned,
      );
      for (const target of run.targets) {
        const found = series.get(target.functionName);
        if (found) this.series.set(target.functionName, { series: found, untilMs: untilOf(target) });
      }
    });
  }

  async endStep(): Promise<void> {
    // Nothing to stop: the next poll reads the whole run again.
  }

  samples(target: WatchTarget): Partial<FunctionSamples> {
    const name = target.functionName;
    const known = this.series.get(name);
    const fromMs = this.steps[0] === undefined ? 0 : floorToMinute(this.steps[0].startMs);
    const minutes = known === undefined ? [] : minuteStarts(fromMs, known.untilMs);
    const tag = (samples: MinuteSample[]): MinuteSample[] =>
      samples.map((sample) => {
        const step = stepOfMinute(this.steps, sample.start);
        return step === undefined ? sample : { ...sample, step };
      });
    const canary = known?.series.canary;
    const baseline = known?.series.baseline;
    const reference = this.references.get(name) ?? target.latencyReferenceMs;
    return {
      canary: canary
        ? tag(toMinuteSamples(canary, minutes, this.options.memoryOf(target, target.canaryVersion)))
        : [],
      baseline:
        target.baselineVersion === undefined
          ? undefined
          : baseline
            ? tag(toMinuteSamples(baseline, minutes, this.options.memoryOf(target, target.baselineVersion)))
            : [],
      ...(this.history.has(name) ? { baselineHistory: this.history.get(name) } : {}),
      ...(reference === undefined ? {} : { latencyReferenceMs: reference }),
      ...(known === undefined ? {} : { settledUntilMs: known.untilMs }),
      ...(known?.series.custom === undefined
        ? {}
        : { custom: customSamples(known.series.custom, minutes, this.customHistory.get(name)) }),
    };
  }

  private withReferences(targets: readonly WatchTarget[]): WatchTarget[] {
    return targets.map((t) => {
      const reference = this.references.get(t.functionName);
      return reference === undefined ? t : { ...t, latencyReferenceMs: reference };
    });
  }

  /**
   * The old versions' minutes before the first step and their median p99 over that time (T, the
   * reference for counting slow requests): two GetMetricData calls a run. Neither is health: a
   * failure only costs the judge speed (no history) or the slow-request comparison (no T).
   */
  private async readHistory(targets: readonly WatchTarget[], stepStartMs: number): Promise<void> {
    const { logger } = this.options;
    const withBaseline = this.options.baselineHistory
      ? targets.filter((t) => t.baselineVersion !== undefined)
      : [];
    if (withBaseline.length === 0) return;
    const untilMs = floorToMinute(stepStartMs);
    const fromMs = untilMs - BASELINE_HISTORY_MS;
    const read = (latency: boolean) =>
      collectMetrics(
        this.cloudWatch,
        {
          targets: withBaseline,
          window: { fromMs, untilMs },
          latency,
          lambdaInsights: new Set(),
          // The old version's own custom counts before the step: how noisy they are.
          metrics: latency ? [] : (this.options.metrics ?? []),
          // And every call the alias served, for the evidence planner: the same call, one query more.
          aliasTraffic: !latency,
        },
        logger,
        this.warned,
      );
    try {
      const series = await read(false);
      for (const target of withBaseline) {
        const baseline = series.get(target.functionName)?.baseline;
        if (baseline)
          this.history.set(target.functionName, toMinuteSamples(baseline, minuteStarts(fromMs, untilMs)));
        const custom = series.get(target.functionName)?.custom;
        if (custom)
          this.customHistory.set(target.functionName, customSamples(custom, minuteStarts(fromMs, untilMs)));
        const served = series.get(target.functionName)?.aliasInvocations;
        // Only settled minutes: the last ones before the step may not be all in yet.
        const settled = Math.min(untilMs, settledUntil(stepStartMs, settleLagOf(target)));
        if (served)
          this.aliasTraffic.set(
            target.functionName,
            minuteStarts(fromMs, settled).map((start) => ({ start, invocations: served.get(start) ?? 0 })),
          );
      }
    } catch (error) {
      logger.warning(
        `The old versions' last ${BASELINE_HISTORY_MS / MINUTE_MS} minutes could not be read (${describeFailure('GetMetricData', error)}): the comparison starts cautious.`,
      );
    }
    try {
      const series = await read(true);
      for (const target of withBaseline) {
        const p99s = [...(series.get(target.functionName)?.baseline?.durationP99?.values() ?? [])]
          .filter((v) => Number.isFinite(v) && v > 0)
          .sort((a, b) => a - b);
        const median = p99s[Math.floor(p99s.length / 2)];
        if (median !== undefined) this.references.set(target.functionName, median);
      }
    } catch (error) {
      logger.warning(
        `The old versions' p99 could not be read (${describeFailure('GetMetricData', error)}): slow requests are not compared with them.`,
      );
    }
  }
}

/**
 * The CanaryObserver the pipeline calls at each step: four collectors behind one interface
 * (metrics, memory, alarms, synthetic traffic), merged into FunctionSamples for the judge.
 *
 * The samples cover the whole run, not one step: every settled minute since the first step began,
 * each tagged with the step it was served at, so the minutes of a step that settle after it ended
 * are still judged at their own traffic split.
 *
 * A poll never throws for AWS errors (the SDK has already retried them): a collector that still
 * fails keeps its last good figures (never zeros), the poll counts as failed
 * (`consecutiveQueryFailures`, reset by the next good poll) and a warning is logged. The judge
 * fails safe after several failed polls in a row.
 */
import type { AwsClients } from '../aws/clients.js';
import type { CustomMetric, SyntheticTraffic } from '../config/types.js';
import type { Logger } from '../logger.js';
import type { Clock } from '../util/clock.js';
import { AlarmsCollector } from './alarms-collector.js';
import type { Collector, RunWindow, StepWindow } from './collector.js';
import { MemoryCollector } from './memory-collector.js';
import { MetricsCollector } from './metrics-collector.js';
import { floorToMinute } from './minutes.js';
import { SyntheticCollector } from './synthetic-collector.js';
import type { CanaryObserver, FunctionSamples, WatchTarget } from './types.js';
import { MINUTE_MS } from '../util/time.js';

export { BASELINE_HISTORY_MS } from './metrics-collector.js';

export interface CanaryObserverOptions {
  /** Alarm names watched for every function (the `alarms` input, shared monitoring alarms). */
  readonly alarms: readonly string[];
  readonly synthetic: SyntheticTraffic | undefined;
  /** The polling interval: bounds how long one Logs Insights query may take. */
  readonly intervalMs: number;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Read Duration p99 (and PR(:T) + SampleCount where a target has a latency reference). Default true. */
  readonly latency?: boolean;
  /** Read the old versions' minutes before the first step (one GetMetricData call a run). Default true. */
  readonly baselineHistory?: boolean;
  /** Bound on one Logs Insights memory query; default: the interval, within 15 s..60 s. */
  readonly memoryQueryTimeoutMs?: number;
  /** Bound on in-flight synthetic invocations per version; default 10. */
  readonly syntheticConcurrency?: number;
  /** Your own metrics (the `metrics` input), read in the same GetMetricData call; default none. */
  readonly metrics?: readonly CustomMetric[];
}

/** Synthetic traffic stops by itself after this long when the step's hold is not given. */
const SYNTHETIC_SAFETY_STOP_MS = 24 * 60 * 60 * 1000;

export function createCanaryObserver(
  clients: Pick<AwsClients, 'cloudWatch' | 'logs' | 'lambda' | 'syntheticLambda'>,
  options: CanaryObserverOptions,
): CanaryObserver {
  const { clock, logger } = options;
  const memory: MemoryCollector = new MemoryCollector(clients, {
    clock,
    logger,
    queryTimeoutMs: options.memoryQueryTimeoutMs ?? Math.min(MINUTE_MS, Math.max(15_000, options.intervalMs)),
    invocationsBetween: (target, fromMs, untilMs) => metrics.invocationsBetween(target, fromMs, untilMs),
  });
  const metrics = new MetricsCollector(clients.cloudWatch, {
    logger,
    latency: options.latency ?? true,
    baselineHistory: options.baselineHistory ?? true,
    lambdaInsights: (target) => memory.source(target) === 'lambda-insights',
    memoryOf: (target, version) => memory.memoryOf(target, version),
    metrics: options.metrics ?? [],
  });
  const alarms = new AlarmsCollector(clients.cloudWatch, options.alarms, logger);
  const synthetic =
    options.synthetic === undefined
      ? undefined
      : new SyntheticCollector(clients.syntheticLambda ?? clients.lambda, options.synthetic, {
          clock,
          logger,
          concurrency: options.syntheticConcurrency,
        });
  // Order matters: memory first learns each version's source (prepare; Lambda Insights rides along
  // in the metrics call), and reads REPORT lines after the metrics say how many invocations to expect.
  const collectors: Collector[] = [metrics, memory, alarms, ...(synthetic ? [synthetic] : [])];
  let run: RunWindow | undefined;
  let consecutiveFailures = 0;

  const samplesOf = (target: WatchTarget): FunctionSamples => {
    const merged: FunctionSamples = {
      functionName: target.functionName,
      canary: [],
      baseline: target.baselineVersion === undefined ? undefined : [],
      synthetic: { invocations: 0, errors: 0 },
      alarmsInAlarm: [],
      memorySource: 'none',
      ...Object.assign({}, ...collectors.map((c) => c.samples(target))),
      consecutiveQueryFailures: consecutiveFailures,
    };
    const served = merged.canary.filter((m) => m.invocations > 0);
    const memoryUnknown = served.length > 0 && served.every((m) => m.memoryUtilization === undefined);
    return memoryUnknown ? { ...merged, memoryUnavailable: memory.unavailable(target) } : merged;
  };

  return {
    async beginStep(targets, stepStartMs, holdMs, observed) {
      const step: StepWindow = {
        index: observed?.index ?? run?.steps.length ?? 0,
        weight: observed?.weight,
        startMs: stepStartMs,
        untilMs: stepStartMs + (holdMs ?? SYNTHETIC_SAFETY_STOP_MS),
      };
      run = {
        targets,
        fromMs: run?.fromMs ?? floorToMinute(stepStartMs),
        steps: [...(run?.steps ?? []), step],
      };
      for (const collector of collectors) await collector.beginStep(run, step);
    },

    async observe(nowMs) {
      const current = run;
      if (current === undefined) return new Map();
      const failures: string[] = [];
      for (const collector of collectors) failures.push(...((await collector.prepare?.(current)) ?? []));
      for (const collector of collectors) failures.push(...(await collector.poll(current, nowMs)));
      if (failures.length === 0) {
        consecutiveFailures = 0;
      } else {
        consecutiveFailures += 1;
        logger.warning(
          `Canary poll failed (${consecutiveFailures} in a row); last good figures kept. ${failures.join('; ')}`,
        );
      }
      return new Map(current.targets.map((target) => [target.functionName, samplesOf(target)]));
    },

    traffic() {
      const targets = run?.targets ?? [];
      return new Map(
        targets.map((target) => [
          target.functionName,
          {
            ...metrics.traffic(target),
            syntheticCalls: synthetic?.samples(target).synthetic?.invocations ?? 0,
          },
        ]),
      );
    },

    async endStep() {
      await synthetic?.endStep();
    },
  };
}

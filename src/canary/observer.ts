/**
 * The CanaryObserver the pipeline calls at each step: it wires the collectors (metrics, memory,
 * alarms, synthetic traffic) into FunctionSamples for the judge.
 *
 * A poll never throws for AWS errors (the SDK has already retried them): a part that still fails
 * keeps its last good figures (never zeros), the poll counts as failed
 * (`consecutiveQueryFailures`, reset by the next good poll) and a warning is logged. The judge
 * fails safe after several failed polls in a row.
 */
import type { AwsClients } from '../aws/clients.js';
import type { SyntheticTraffic } from '../config/types.js';
import { awsErrorName, errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Clock } from '../util/clock.js';
import { describeAlarmStates, wasInAlarmBetween } from './alarms.js';
import type { VersionLogging } from './memory.js';
import { describeVersionLogging, queryReportMemory, reportQueryPlans } from './memory.js';
import type { FunctionSeries } from './metric-queries.js';
import { toMinuteSamples } from './metric-queries.js';
import { collectMetrics } from './metrics.js';
import { DIRECT_REPORT_LINES_LIMIT, readReportLines } from './report-lines.js';
import { floorToMinute, minuteStarts, settledUntil } from './minutes.js';
import type { SyntheticRun } from './synthetic.js';
import { startSyntheticTraffic } from './synthetic.js';
import type { CanaryObserver, FunctionSamples, MinuteSample, WatchTarget } from './types.js';

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
  /** Read the old versions' minutes before each step (one GetMetricData call a step). Default true. */
  readonly baselineHistory?: boolean;
  /** Bound on one Logs Insights memory query; default: the interval, within 15 s..60 s. */
  readonly memoryQueryTimeoutMs?: number;
  /** Bound on in-flight synthetic invocations per function; default 10. */
  readonly syntheticConcurrency?: number;
}

/** Logs Insights queries run at once at most (the service limits concurrent queries per account). */
const MEMORY_QUERY_CONCURRENCY = 4;
/** Synthetic traffic stops by itself after this long when the step's hold is not given. */
const SYNTHETIC_SAFETY_STOP_MS = 24 * 60 * 60 * 1000;

type MemorySource = FunctionSamples['memorySource'];

interface StepState {
  readonly targets: readonly WatchTarget[];
  readonly fromMs: number;
  /** Last good metrics per function, and the settled end they cover. */
  readonly series: Map<string, { series: FunctionSeries; untilMs: number }>;
  /** REPORT-line memory per function: ratio by version, by minute; and how far it has been read. */
  readonly logMemory: Map<string, { byVersion: Map<string, Map<number, number>>; untilMs: number }>;
  /** Alarms seen in ALARM during the step, per function. */
  readonly alarmsSeen: Map<string, Set<string>>;
  /** Alarm state changes up to this time (epoch ms) have been looked at. */
  alarmsCheckedUntil: number;
  readonly synthetic: SyntheticRun | undefined;
  /** The old version's minutes before the step, per function (how noisy the service is). */
  readonly history: ReadonlyMap<string, readonly MinuteSample[]>;
}

/** How far back the old version's own minutes are read before a step. */
export const BASELINE_HISTORY_MS = 30 * 60_000;

async function mapWithLimit<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function describeFailure(part: string, error: unknown): string {
  const name = awsErrorName(error);
  const message = errorMessage(error);
  const prefix = name && name !== 'Error' && !message.startsWith(name) ? `${name}: ` : '';
  return `${part}: ${prefix}${message}`;
}

export function createCanaryObserver(
  clients: Pick<AwsClients, 'cloudWatch' | 'logs' | 'lambda'>,
  options: CanaryObserverOptions,
): CanaryObserver {
  const { clock, logger } = options;
  const latency = options.latency ?? true;
  const memoryTimeoutMs =
    options.memoryQueryTimeoutMs ?? Math.min(60_000, Math.max(15_000, options.intervalMs));
  /** Versions are immutable: what a version's configuration says is read once per run. */
  const logging = new Map<string, VersionLogging>();
  const loggingKey = (functionName: string, version: string): string => `${functionName}\u0000${version}`;
  const warnedMissingAlarms = new Set<string>();
  /** Functions whose memory source has been logged. */
  const announced = new Set<string>();
  let consecutiveFailures = 0;
  let step: StepState | undefined;

  const versionsOf = (target: WatchTarget): string[] =>
    target.baselineVersion === undefined
      ? [target.canaryVersion]
      : [target.canaryVersion, target.baselineVersion];

  const memorySourceOf = (target: WatchTarget): MemorySource => {
    const known = versionsOf(target).map((v) => logging.get(loggingKey(target.functionName, v)));
    if (known.some((k) => k === undefined)) return 'none';
    return known.every((k) => k?.lambdaInsights) ? 'lambda-insights' : 'report-logs';
  };

  const detectLogging = async (targets: readonly WatchTarget[]): Promise<void> => {
    for (const target of targets) {
      for (const version of versionsOf(target)) {
        const key = loggingKey(target.functionName, version);
        if (!logging.has(key))
          logging.set(key, await describeVersionLogging(clients.lambda, target.functionName, version));
      }
      if (!announced.has(target.functionName)) {
        announced.add(target.functionName);
        logger.info(
          memorySourceOf(target) === 'lambda-insights'
            ? `Memory of ${target.functionName}: Lambda Insights (memory_utilization per version).`
            : `Memory of ${target.functionName}: REPORT log lines (read directly while a poll covers at most ${DIRECT_REPORT_LINES_LIMIT} invocations, through Logs Insights above).`,
        );
      }
    }
  };

  const readLogMemory = async (state: StepState, target: WatchTarget, untilMs: number): Promise<void> => {
    const previous = state.logMemory.get(target.functionName);
    const fromMs = previous?.untilMs ?? state.fromMs;
    if (untilMs <= fromMs) return;
    const versions = new Map<string, VersionLogging>();
    for (const version of versionsOf(target)) {
      const known = logging.get(loggingKey(target.functionName, version));
      if (known) versions.set(version, known);
    }
    const byVersion = new Map(previous?.byVersion ?? []);
    // Few invocations in the window: read the version's REPORT lines directly; many: let Logs
    // Insights aggregate them on the service side.
    const known = state.series.get(target.functionName)?.series;
    const invocations = [known?.canary, known?.baseline].reduce(
      (total, series) =>
        total +
        [...(series?.invocations ?? new Map<number, number>())].reduce(
          (sum, [minute, count]) => (minute >= fromMs && minute < untilMs ? sum + count : sum),
          0,
        ),
      0,
    );
    const direct = invocations <= DIRECT_REPORT_LINES_LIMIT;
    for (const plan of reportQueryPlans(versions)) {
      const parsed = direct
        ? await readReportLines(clients.logs, plan, { fromMs, untilMs }, logger)
        : await queryReportMemory(
            clients.logs,
            plan,
            { fromMs, untilMs },
            {
              clock,
              logger,
              timeoutMs: memoryTimeoutMs,
            },
          );
      for (const [version, minutes] of parsed.byVersion) {
        byVersion.set(version, new Map([...(byVersion.get(version) ?? []), ...minutes]));
      }
    }
    state.logMemory.set(target.functionName, { byVersion, untilMs });
  };

  const samplesOf = (state: StepState, target: WatchTarget): FunctionSamples => {
    const known = state.series.get(target.functionName);
    const source = memorySourceOf(target);
    const minutes = known === undefined ? [] : minuteStarts(state.fromMs, known.untilMs);
    const logMemory = state.logMemory.get(target.functionName)?.byVersion;
    const memoryFor = (version: string): ReadonlyMap<number, number> | undefined =>
      source === 'report-logs' ? (logMemory?.get(version) ?? new Map()) : undefined;
    const alarmsSeen = state.alarmsSeen.get(target.functionName) ?? new Set<string>();
    const synthetic = state.synthetic?.stats(target.functionName) ?? { invocations: 0, errors: 0 };
    return {
      functionName: target.functionName,
      canary:
        known === undefined
          ? []
          : toMinuteSamples(known.series.canary, minutes, memoryFor(target.canaryVersion)),
      baseline:
        target.baselineVersion === undefined
          ? undefined
          : known?.series.baseline === undefined
            ? []
            : toMinuteSamples(known.series.baseline, minutes, memoryFor(target.baselineVersion)),
      synthetic: { invocations: synthetic.invocations, errors: synthetic.errors },
      ...(state.history.has(target.functionName)
        ? { baselineHistory: state.history.get(target.functionName) }
        : {}),
      ...(target.latencyReferenceMs === undefined ? {} : { latencyReferenceMs: target.latencyReferenceMs }),
      alarmsInAlarm: [...alarmsSeen].sort(),
      consecutiveQueryFailures: consecutiveFailures,
      memorySource: source,
      ...(known === undefined ? {} : { settledUntilMs: known.untilMs }),
    };
  };

  const readAlarms = async (state: StepState, nowMs: number): Promise<void> => {
    const names = [...options.alarms, ...state.targets.flatMap((t) => t.alarmNames ?? [])];
    if (names.length === 0) return;
    const { inAlarm, missing, changedAt } = await describeAlarmStates(clients.cloudWatch, names);
    for (const name of missing) {
      if (warnedMissingAlarms.has(name)) continue;
      warnedMissingAlarms.add(name);
      logger.warning(`Alarm ${name} does not exist in CloudWatch: it cannot fail the canary.`);
    }
    // Alarms that changed state since the last look but are not in ALARM now: did they pass through it?
    const since = state.alarmsCheckedUntil;
    const flapped = new Set<string>();
    for (const [name, changed] of changedAt) {
      if (
        !inAlarm.has(name) &&
        changed >= since &&
        (await wasInAlarmBetween(clients.cloudWatch, name, since, nowMs))
      ) {
        flapped.add(name);
      }
    }
    for (const target of state.targets) {
      const seen = state.alarmsSeen.get(target.functionName) ?? new Set<string>();
      state.alarmsSeen.set(target.functionName, seen);
      for (const name of [...options.alarms, ...(target.alarmNames ?? [])]) {
        if (inAlarm.has(name) || flapped.has(name)) seen.add(name);
      }
    }
    state.alarmsCheckedUntil = Math.max(since, nowMs);
  };

  /**
   * Before a step: the old versions' minutes (how noisy the service is) and their p99 over that
   * time (T, the reference for counting slow requests). Two GetMetricData calls a step. Neither is
   * health: a failure only costs the judge speed (no history) or the slow-request comparison (no T).
   */
  const readHistory = async (
    targets: readonly WatchTarget[],
    stepStartMs: number,
  ): Promise<{ history: Map<string, readonly MinuteSample[]>; references: Map<string, number> }> => {
    const withBaseline =
      options.baselineHistory === false ? [] : targets.filter((t) => t.baselineVersion !== undefined);
    const history = new Map<string, readonly MinuteSample[]>();
    const references = new Map<string, number>();
    if (withBaseline.length === 0) return { history, references };
    const untilMs = floorToMinute(stepStartMs);
    const fromMs = untilMs - BASELINE_HISTORY_MS;
    const read = (withLatency: boolean) =>
      collectMetrics(
        clients.cloudWatch,
        {
          targets: withBaseline,
          window: { fromMs, untilMs },
          latency: withLatency,
          lambdaInsights: new Set(),
        },
        logger,
      );
    try {
      const series = await read(false);
      for (const target of withBaseline) {
        const baseline = series.get(target.functionName)?.baseline;
        if (baseline)
          history.set(target.functionName, toMinuteSamples(baseline, minuteStarts(fromMs, untilMs)));
      }
    } catch (error) {
      logger.warning(
        `The old versions' last ${BASELINE_HISTORY_MS / 60_000} minutes could not be read (${describeFailure('GetMetricData', error)}): the comparison starts cautious.`,
      );
    }
    try {
      const series = await read(true);
      for (const target of withBaseline) {
        const p99s = [...(series.get(target.functionName)?.baseline?.durationP99?.values() ?? [])]
          .filter((v) => Number.isFinite(v) && v > 0)
          .sort((a, b) => a - b);
        const median = p99s[Math.floor(p99s.length / 2)];
        if (median !== undefined) references.set(target.functionName, median);
      }
    } catch (error) {
      logger.warning(
        `The old versions' p99 could not be read (${describeFailure('GetMetricData', error)}): slow requests are not compared with them this step.`,
      );
    }
    return { history, references };
  };

  const stopSynthetic = (): void => {
    step?.synthetic?.stop();
  };

  return {
    async beginStep(targets, stepStartMs, holdMs) {
      stopSynthetic();
      const before = await readHistory(targets, stepStartMs);
      const watched = targets.map((t) => {
        const reference = before.references.get(t.functionName);
        return reference === undefined ? t : { ...t, latencyReferenceMs: reference };
      });
      const synthetic =
        options.synthetic === undefined || targets.length === 0
          ? undefined
          : startSyntheticTraffic(
              clients.lambda,
              targets.map((t) => ({ functionName: t.functionName, version: t.canaryVersion })),
              options.synthetic,
              {
                clock,
                logger,
                startMs: stepStartMs,
                untilMs: stepStartMs + (holdMs ?? SYNTHETIC_SAFETY_STOP_MS),
                ...(options.syntheticConcurrency === undefined
                  ? {}
                  : { maxConcurrency: options.syntheticConcurrency }),
              },
            );
      step = {
        targets: watched,
        fromMs: floorToMinute(stepStartMs),
        series: new Map(),
        logMemory: new Map(),
        alarmsSeen: new Map(),
        alarmsCheckedUntil: stepStartMs,
        synthetic,
        history: before.history,
      };
    },

    async observe(nowMs) {
      const state = step;
      if (state === undefined) return new Map();
      const failures: string[] = [];
      const attempt = async (part: string, work: () => Promise<void>): Promise<void> => {
        try {
          await work();
        } catch (error) {
          failures.push(describeFailure(part, error));
        }
      };
      const untilOf = (target: WatchTarget): number =>
        Math.max(state.fromMs, settledUntil(nowMs, target.timeoutSeconds));

      await attempt('GetFunctionConfiguration', () => detectLogging(state.targets));
      await attempt('GetMetricData', async () => {
        const untilMs = Math.max(state.fromMs, ...state.targets.map(untilOf));
        const insights = new Set(
          state.targets.filter((t) => memorySourceOf(t) === 'lambda-insights').map((t) => t.functionName),
        );
        const series = await collectMetrics(
          clients.cloudWatch,
          {
            targets: state.targets,
            window: { fromMs: state.fromMs, untilMs },
            latency,
            lambdaInsights: insights,
          },
          logger,
        );
        for (const target of state.targets) {
          const found = series.get(target.functionName);
          if (found) state.series.set(target.functionName, { series: found, untilMs: untilOf(target) });
        }
      });
      await mapWithLimit(
        state.targets.filter((t) => memorySourceOf(t) === 'report-logs'),
        MEMORY_QUERY_CONCURRENCY,
        (target) =>
          attempt(`Logs Insights (${target.functionName})`, () =>
            readLogMemory(state, target, untilOf(target)),
          ),
      );
      await attempt('DescribeAlarms', () => readAlarms(state, nowMs));

      if (failures.length === 0) {
        consecutiveFailures = 0;
      } else {
        consecutiveFailures += 1;
        logger.warning(
          `Canary poll failed (${consecutiveFailures} in a row); last good figures kept. ${failures.join('; ')}`,
        );
      }
      return new Map(state.targets.map((target) => [target.functionName, samplesOf(state, target)]));
    },

    async endStep() {
      stopSynthetic();
    },
  };
}

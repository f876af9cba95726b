/**
 * The alarms collector: which watched alarms (the `alarms` input for every function, and each
 * function's own monitoring alarms) went into ALARM at any time since the first step began,
 * including an alarm that fired and cleared between two polls (from its state history).
 *
 * An alarm already in ALARM before the first shift (its state last changed before the canary
 * began) is not held against the canary by itself: it fails the canary only if it clears and
 * goes into ALARM again while the canary runs. It is reported to the judge, with its metric when
 * the judge reads that metric per version (the function's own AWS/Lambda Errors, Throttles or
 * Duration): then the new version's figures against the old one's decide, as for every canary.
 */
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { Logger } from '../logger.js';
import type { AlarmMetric } from './alarms.js';
import { describeAlarmStates, enteredAlarmBetween } from './alarms.js';
import type { Collector, RunWindow } from './collector.js';
import { attempt } from './collector.js';
import type { AlarmFiringBefore, FunctionSamples, WatchTarget } from './types.js';

/** The AWS/Lambda metrics the judge reads per version (by the ExecutedVersion dimension). */
const PER_VERSION_METRICS: Readonly<Record<string, string>> = {
  Errors: 'errors',
  Throttles: 'throttles',
  Duration: 'duration',
};

export class AlarmsCollector implements Collector {
  private readonly seen = new Map<string, Set<string>>();
  private readonly warnedMissing = new Set<string>();
  /** Alarms seen in ALARM since before the first shift, with the metric each watches. */
  private readonly firingBefore = new Map<string, AlarmMetric | undefined>();
  /** Alarm state changes up to this time (epoch ms) have been looked at. */
  private checkedUntil: number | undefined;
  /** When the first step began: a state older than this was there before the canary. */
  private firstStepMs: number | undefined;

  constructor(
    private readonly cloudWatch: CloudWatchClient,
    /** Alarm names watched for every function. */
    private readonly shared: readonly string[],
    private readonly logger: Logger,
    /**
     * Alarms an earlier reader of the same canary found already in ALARM before the first shift
     * (the guard reads a detached canary afresh at each tick and keeps these on its plan).
     */
    private readonly knownFiringBefore: readonly string[] = [],
  ) {}

  async beginStep(_run: RunWindow, step: { readonly startMs: number }): Promise<void> {
    this.checkedUntil ??= step.startMs;
    this.firstStepMs ??= step.startMs;
  }

  poll(run: RunWindow, nowMs: number): Promise<string[]> {
    return attempt('DescribeAlarms', () => this.read(run.targets, nowMs));
  }

  async endStep(): Promise<void> {
    // Alarms seen stay seen for the rest of the run.
  }

  samples(target: WatchTarget): Partial<FunctionSamples> {
    const watched = new Set([...this.shared, ...(target.alarmNames ?? [])]);
    const before: AlarmFiringBefore[] = [...this.firingBefore]
      .filter(([name]) => watched.has(name))
      .map(([name, metric]) => {
        const perVersion = metric && perVersionMetric(metric, target.functionName);
        return perVersion === undefined ? { name } : { name, perVersion };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
    return {
      alarmsInAlarm: [...(this.seen.get(target.functionName) ?? [])].sort(),
      ...(before.length > 0 ? { alarmsFiringBefore: before } : {}),
    };
  }

  private async read(targets: readonly WatchTarget[], nowMs: number): Promise<void> {
    const names = [...this.shared, ...targets.flatMap((t) => t.alarmNames ?? [])];
    if (names.length === 0) return;
    const { inAlarm, missing, changedAt, metrics } = await describeAlarmStates(this.cloudWatch, names);
    for (const name of missing) {
      if (this.warnedMissing.has(name)) continue;
      this.warnedMissing.add(name);
      this.logger.warning(`Alarm ${name} does not exist in CloudWatch: it cannot fail the canary.`);
    }
    const since = this.checkedUntil ?? nowMs;
    const firstStep = this.firstStepMs ?? since;
    for (const name of this.knownFiringBefore) {
      if (!this.firingBefore.has(name)) this.firingBefore.set(name, metrics.get(name));
    }
    // In ALARM now: fired during the canary, unless its state has not changed since before the first shift.
    const fired = new Set<string>();
    for (const name of inAlarm) {
      const changed = changedAt.get(name);
      if (changed !== undefined && changed < firstStep) {
        if (!this.firingBefore.has(name)) {
          this.firingBefore.set(name, metrics.get(name));
          this.logger.warning(
            `Alarm ${name} was already in ALARM before the first shift: it fails the canary only if it clears and fires again.`,
          );
        }
      } else {
        fired.add(name);
      }
    }
    // Not in ALARM now but changed since the last look: did it go into ALARM in between?
    for (const [name, changed] of changedAt) {
      if (
        !inAlarm.has(name) &&
        changed >= since &&
        (await enteredAlarmBetween(this.cloudWatch, name, since, nowMs))
      ) {
        fired.add(name);
      }
    }
    for (const target of targets) {
      const seen = this.seen.get(target.functionName) ?? new Set<string>();
      this.seen.set(target.functionName, seen);
      for (const name of [...this.shared, ...(target.alarmNames ?? [])]) {
        if (fired.has(name)) seen.add(name);
      }
    }
    this.checkedUntil = Math.max(since, nowMs);
  }
}

/** `AWS/Lambda Errors of orders` when the judge reads the alarm's metric per version for this function. */
function perVersionMetric(metric: AlarmMetric, functionName: string): string | undefined {
  if (metric.namespace !== 'AWS/Lambda' || PER_VERSION_METRICS[metric.metricName] === undefined)
    return undefined;
  const names = metric.dimensions.map((d) => d.name).sort();
  const fn = metric.dimensions.find((d) => d.name === 'FunctionName')?.value;
  const ofFunction = fn === functionName || fn?.endsWith(`:function:${functionName}`);
  const onlyFunction = names.every((n) => n === 'FunctionName' || n === 'Resource');
  return ofFunction && onlyFunction ? `AWS/Lambda ${metric.metricName} of ${functionName}` : undefined;
}

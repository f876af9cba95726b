/**
 * The alarms collector: which watched alarms (the `alarms` input for every function, and each
 * function's own monitoring alarms) were in ALARM at any time since the first step began,
 * including an alarm that fired and cleared between two polls (from its state history).
 */
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { Logger } from '../logger.js';
import { describeAlarmStates, wasInAlarmBetween } from './alarms.js';
import type { Collector, RunWindow } from './collector.js';
import { attempt } from './collector.js';
import type { FunctionSamples, WatchTarget } from './types.js';

export class AlarmsCollector implements Collector {
  private readonly seen = new Map<string, Set<string>>();
  private readonly warnedMissing = new Set<string>();
  /** Alarm state changes up to this time (epoch ms) have been looked at. */
  private checkedUntil: number | undefined;

  constructor(
    private readonly cloudWatch: CloudWatchClient,
    /** Alarm names watched for every function. */
    private readonly shared: readonly string[],
    private readonly logger: Logger,
  ) {}

  async beginStep(_run: RunWindow, step: { readonly startMs: number }): Promise<void> {
    this.checkedUntil ??= step.startMs;
  }

  poll(run: RunWindow, nowMs: number): Promise<string[]> {
    return attempt('DescribeAlarms', () => this.read(run.targets, nowMs));
  }

  async endStep(): Promise<void> {
    // Alarms seen stay seen for the rest of the run.
  }

  samples(target: WatchTarget): Partial<FunctionSamples> {
    return { alarmsInAlarm: [...(this.seen.get(target.functionName) ?? [])].sort() };
  }

  private async read(targets: readonly WatchTarget[], nowMs: number): Promise<void> {
    const names = [...this.shared, ...targets.flatMap((t) => t.alarmNames ?? [])];
    if (names.length === 0) return;
    const { inAlarm, missing, changedAt } = await describeAlarmStates(this.cloudWatch, names);
    for (const name of missing) {
      if (this.warnedMissing.has(name)) continue;
      this.warnedMissing.add(name);
      this.logger.warning(`Alarm ${name} does not exist in CloudWatch: it cannot fail the canary.`);
    }
    // Alarms that changed state since the last look but are not in ALARM now: did they pass through it?
    const since = this.checkedUntil ?? nowMs;
    const flapped = new Set<string>();
    for (const [name, changed] of changedAt) {
      if (
        !inAlarm.has(name) &&
        changed >= since &&
        (await wasInAlarmBetween(this.cloudWatch, name, since, nowMs))
      ) {
        flapped.add(name);
      }
    }
    for (const target of targets) {
      const seen = this.seen.get(target.functionName) ?? new Set<string>();
      this.seen.set(target.functionName, seen);
      for (const name of [...this.shared, ...(target.alarmNames ?? [])]) {
        if (inAlarm.has(name) || flapped.has(name)) seen.add(name);
      }
    }
    this.checkedUntil = Math.max(since, nowMs);
  }
}

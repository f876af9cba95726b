/**
 * The evidence of one detached plan at one look, read as the action reads it: Lambda's
 * per-version counts, errors and p99 (one GetMetricData call, plus the old version's half hour
 * before the first shift) and the watched alarms, through the canary/ collectors, each minute
 * tagged with the step it was served at. The guard has no log reader: memory is watched by the
 * monitoring stack's memory alarm, and the judge says so. A failed read throws (the tick counts
 * it as a guard failure): an unread minute is never health.
 */
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { AlarmsCollector } from '../canary/alarms-collector.js';
import type { Collector, RunWindow, StepWindow } from '../canary/collector.js';
import { MetricsCollector } from '../canary/metrics-collector.js';
import { floorToMinute } from '../canary/minutes.js';
import { observesP99 } from '../engine/canary-plan.js';
import type { FunctionSamples, WatchTarget } from '../canary/types.js';
import { StackCanaryError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { DetachedPlan } from './plan.js';

export const NO_MEMORY_READER =
  'the guard reads no REPORT lines for a detached canary; the monitoring stack memory alarm watches memory';

export function planTarget(plan: DetachedPlan): WatchTarget {
  return {
    functionName: plan.functionName,
    alias: plan.alias,
    canaryVersion: plan.newVersion,
    baselineVersion: plan.oldVersion,
    timeoutSeconds: plan.timeoutSeconds,
    memorySizeMb: plan.memorySizeMb,
  };
}

/** The plan's steps so far as the collectors see them. */
function stepWindows(plan: DetachedPlan): StepWindow[] {
  return plan.stepStarts.map((startMs, index) => ({
    index,
    weight: plan.strategy.steps[index]?.weight,
    startMs,
    untilMs: plan.stepStarts[index + 1] ?? plan.holdEndMs,
  }));
}

export async function observePlan(
  cloudWatch: CloudWatchClient,
  plan: DetachedPlan,
  nowMs: number,
  logger: Logger,
): Promise<FunctionSamples> {
  const target = planTarget(plan);
  const metrics = new MetricsCollector(cloudWatch, {
    logger,
    latency: observesP99(plan.judge.thresholds),
    baselineHistory: true,
    lambdaInsights: () => false,
    memoryOf: () => undefined,
    metrics: plan.judge.metrics,
  });
  const alarms = new AlarmsCollector(cloudWatch, plan.judge.alarms, logger, plan.alarmsFiringBefore);
  const collectors: Collector[] = [metrics, alarms];
  let run: RunWindow = { targets: [target], fromMs: floorToMinute(plan.stepStarts[0] ?? nowMs), steps: [] };
  for (const step of stepWindows(plan)) {
    run = { ...run, steps: [...run.steps, step] };
    for (const collector of collectors) await collector.beginStep(run, step);
  }
  const failures: string[] = [];
  for (const collector of collectors) failures.push(...(await collector.poll(run, nowMs)));
  if (failures.length > 0) {
    throw new StackCanaryError(
      'AWS_ERROR',
      `${plan.functionName}: evidence not read: ${failures.join('; ')}`,
    );
  }
  const samples: FunctionSamples = {
    functionName: plan.functionName,
    canary: [],
    baseline: [],
    synthetic: { invocations: 0, errors: 0 },
    alarmsInAlarm: [],
    memorySource: 'none',
    ...metrics.samples(target),
    ...alarms.samples(target),
    consecutiveQueryFailures: 0,
  };
  const served = samples.canary.some((m) => m.invocations > 0);
  return served ? { ...samples, memoryUnavailable: NO_MEMORY_READER } : samples;
}

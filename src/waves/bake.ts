/**
 * wave-bake: the hold between two waves. The regions already promoted keep their alarms watched
 * (the monitoring stack's and the `alarms` input, read in each region every interval); an alarm in
 * ALARM stops the release as a failed canary does. A region without alarms only waits.
 */
import { describeAlarmStates } from '../canary/alarms.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { RunCancelledError } from '../pipeline/journal.js';
import type { HeldRun } from '../pipeline/run.js';
import type { Clock } from '../util/clock.js';
import { formatDuration } from '../util/wait.js';

export interface BakeOptions {
  readonly bakeMs: number;
  readonly intervalMs: number;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly signal?: AbortSignal | undefined;
}

export interface BakedRegion {
  readonly region: string;
  readonly run: HeldRun;
}

/** Reads of an alarm that fail this many times in a row stop the release: no answer is no health. */
export const MAX_FAILED_READS = 3;

/** Holds for `bakeMs`; the reason to stop the release when an alarm fired, else undefined. */
export async function watchBake(
  regions: readonly BakedRegion[],
  options: BakeOptions,
): Promise<string | undefined> {
  const { clock, logger, bakeMs } = options;
  const watched = regions.filter((r) => r.run.result.verdict === 'pass' && r.run.alarmNames.length > 0);
  logger.info(
    `Wave bake: ${formatDuration(bakeMs)}` +
      (watched.length > 0 ? `, watching the alarms of ${watched.map((r) => r.region).join(', ')}` : ''),
  );
  const endMs = clock.now() + bakeMs;
  const failedReads = new Map<string, number>();
  for (;;) {
    const fired = await firing(watched, failedReads, logger);
    if (fired !== undefined) return fired;
    const left = endMs - clock.now();
    if (left <= 0) return undefined;
    await clock.sleep(Math.min(left, Math.max(1, options.intervalMs)));
    if (options.signal?.aborted) throw new RunCancelledError();
  }
}

async function firing(
  regions: readonly BakedRegion[],
  failedReads: Map<string, number>,
  logger: Logger,
): Promise<string | undefined> {
  for (const { region, run } of regions) {
    try {
      const states = await describeAlarmStates(run.clients.cloudWatch, run.alarmNames);
      failedReads.set(region, 0);
      if (states.inAlarm.size > 0) {
        return `${region}: alarm ${[...states.inAlarm].sort().join(', ')} fired during the wave bake`;
      }
    } catch (error) {
      const failed = (failedReads.get(region) ?? 0) + 1;
      failedReads.set(region, failed);
      logger.warning(`[${region}] reading its alarms failed (${failed} in a row): ${errorMessage(error)}`);
      if (failed >= MAX_FAILED_READS) {
        return `${region}: its alarms could not be read ${failed} times in a row during the wave bake`;
      }
    }
  }
  return undefined;
}

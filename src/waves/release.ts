/**
 * One release in waves of regions (the `regions` input): each wave's regions run the whole
 * pipeline at once (at most REGION_CONCURRENCY), each with its own clients, journal and log prefix;
 * the next wave starts only when every region of this one passed, after `wave-bake` during which
 * the finished regions' alarms are watched.
 *
 * One rollback: a region that fails (or is inconclusive, or throws) stops the regions still in
 * their canary at their next poll (they roll back as on a verdict of their own), and every region
 * that already passed is put back too (aliases; the stack per `rollback`). One verdict: the
 * regions share the judge's false-rollback budget as a run's functions do.
 *
 * The release's journal (pipeline/journal.ts, ReleaseJournal) lists every region before any
 * starts, and is finished only at the end: a main step that dies at any point leaves the post step
 * (or the signal handler) every region to put back.
 */
import type { AwsClients } from '../aws/clients.js';
import { configForRegion } from '../config/regions.js';
import type { Config } from '../config/types.js';
import { ConfigError, errorMessage, StackCanaryError } from '../errors.js';
import { prefixedLogger } from '../logger.js';
import { ReleaseJournal, RunCancelledError } from '../pipeline/journal.js';
import { settleLimited } from '../pipeline/limit.js';
import type { PipelineParts } from '../pipeline/parts.js';
import { defaultParts } from '../pipeline/parts.js';
import type { HeldRun } from '../pipeline/run.js';
import { runPipeline, startPipeline } from '../pipeline/run.js';
import type { RegionRun, RunDeps, RunResult, Verdict } from '../pipeline/types.js';
import { watchBake } from './bake.js';
import { releaseResult } from './result.js';

/** At most this many regions of a wave deploy and canary at once. */
export const REGION_CONCURRENCY = 4;

export interface ReleaseDeps extends Omit<RunDeps, 'clients'> {
  /** Each region's own clients (built lazily, once per region, by the entry point); undefined: the environment's. */
  readonly clientsFor: (region: string | undefined) => Promise<AwsClients>;
  readonly concurrency?: number;
}

interface RegionState {
  readonly wave: number;
  readonly region: string;
  held?: HeldRun;
  result?: RunResult;
  error?: unknown;
}

/** After a halted release: the region changed nothing, or is back. */
const isBack = (r: RegionRun): boolean =>
  r.error === undefined && (r.result === undefined || r.result.verdict === 'skipped' || r.result.rolledBack);

/** Good enough to go on: passed, or nothing new to canary there. */
const wentWell = (verdict: Verdict): boolean => verdict === 'pass' || verdict === 'skipped';

/** What the entry points run: a release in waves when `regions` is set, else today's one-region run. */
export function runDeployment(
  config: Config,
  deps: ReleaseDeps,
  parts: PipelineParts = defaultParts(),
): Promise<RunResult> {
  if (config.regions.length > 0) return runRelease(config, deps, parts);
  return runPipeline(config, { ...deps, clients: () => deps.clientsFor(config.region) }, parts);
}

export async function runRelease(
  config: Config,
  deps: ReleaseDeps,
  parts: PipelineParts = defaultParts(),
): Promise<RunResult> {
  const waves = config.regions;
  if (waves.length === 0) {
    throw new StackCanaryError('INTERNAL', 'A release in waves was started without regions.');
  }
  if (!config.wait) {
    // The inputs refuse it first (config/regions.ts); a detached canary watches one region.
    throw new ConfigError(
      'wait',
      'Input wait is false with several regions. Accepted: wait: true with regions.',
    );
  }
  const all = waves.flat();
  const journal = new ReleaseJournal(deps.state, deps.clock, deps.signal);
  journal.start(all);
  const states: RegionState[] = waves.flatMap((wave, w) => wave.map((region) => ({ wave: w + 1, region })));
  /** Why the release stops: the first failure, in any region. */
  let halt: string | undefined;
  const stop = (reason: string): void => {
    halt ??= reason;
  };
  const runRegion = async (state: RegionState): Promise<void> => {
    const index = all.indexOf(state.region);
    const logger = prefixedLogger(deps.logger, state.region);
    try {
      state.held = await startPipeline(
        configForRegion(config, state.region),
        {
          ...deps,
          logger,
          state: journal.region(index),
          clients: () => deps.clientsFor(state.region),
          budgetShares: all.length,
          deferPromotion: true,
          halted: () => halt && `stopped with the release: ${halt}`,
        },
        parts,
      );
      state.result = state.held.result;
      if (!wentWell(state.result.verdict))
        stop(`${state.region}: ${state.result.verdict}: ${state.result.reason}`);
    } catch (error) {
      state.error = error;
      stop(`${state.region}: error: ${errorMessage(error)}`);
    }
  };

  for (const [w, wave] of waves.entries()) {
    if (w > 0 && config.waveBakeMs > 0) {
      const finished = states.filter((s) => s.held !== undefined);
      const fired = await watchBake(
        finished.map((s) => ({ region: s.region, run: s.held as HeldRun })),
        {
          bakeMs: config.waveBakeMs,
          intervalMs: config.intervalMs,
          clock: deps.clock,
          logger: deps.logger,
          signal: deps.signal,
        },
      );
      if (fired) stop(fired);
    }
    if (halt !== undefined) break;
    deps.logger.info(`Wave ${w + 1}/${waves.length}: ${wave.join(', ')}`);
    const inWave = states.filter((s) => s.wave === w + 1);
    await settleLimited(inWave, runRegion, deps.concurrency ?? REGION_CONCURRENCY);
    if (halt !== undefined) break;
  }

  // Stopped by a signal: whoever aborted restores every region from the journal; no change here.
  const thrown = states.find((s) => s.error !== undefined)?.error;
  if (deps.signal?.aborted) throw thrown ?? new RunCancelledError();

  if (halt !== undefined) {
    const reason = `rolled back with the release: ${halt}`;
    await settleLimited(
      states.filter((s) => s.held !== undefined && s.result?.verdict === 'pass' && !s.result.rolledBack),
      async (s) => {
        s.result = await (s.held as HeldRun).undo(reason);
      },
      deps.concurrency ?? REGION_CONCURRENCY,
    );
  } else {
    await settleLimited(states, async (s) => s.held?.confirm());
  }
  const regions: RegionRun[] = states.map((s) => ({
    wave: s.wave,
    region: s.region,
    result: s.result,
    error: s.error === undefined ? undefined : errorMessage(s.error),
    dashboard: s.held?.dashboard,
  }));
  const result = releaseResult(regions, halt);
  // Left unfinished while a region may still hold an unjudged version: the post step (or a re-run)
  // then puts every region back (a region already back is left as it is).
  if (halt === undefined || config.rollback === 'none' || regions.every(isBack)) {
    journal.finish(thrown === undefined ? result.verdict : 'error');
  } else {
    deps.logger.error('Some regions could not be put back: the post step (or a re-run) will try again.');
  }
  if (thrown !== undefined) throw thrown;
  return result;
}

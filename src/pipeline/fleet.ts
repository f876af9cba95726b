/**
 * The watched functions of one run and their aliases, moved together (at most 8 calls at once):
 * snapshot and repair, publish, shift, promote, restore. Every alias change is journaled before it
 * is made; every update carries the RevisionId of our last answer from Lambda. A shifted alias
 * carries this run's lease, renewed at every poll; an alias under another run's live lease stops the
 * run before any change, and one under a lapsed lease (or an earlier attempt's) is put back on the
 * version that lease names first (traffic/lease.ts). An alias someone else changed is left alone
 * ("foreign") from then on.
 */
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { WatchTarget } from '../canary/types.js';
import { errorMessage, StackCanaryError } from '../errors.js';
import type { Logger } from '../logger.js';
import { AliasConflictError } from '../traffic/alias.js';
import type { LeaseHolder, LeaseStanding } from '../traffic/lease.js';
import {
  AliasBusyError,
  describeHolder,
  isOwnLease,
  LEASE_MARGIN_MS,
  leaseDescription,
  leaseStanding,
  readLease,
  RELEASED_DESCRIPTION,
  repairFor,
  runLeaseDescription,
} from '../traffic/lease.js';
import type { TrafficOps } from '../traffic/index.js';
import { describeTarget, hasRouting, sameTarget, soleTarget, stepTarget } from '../traffic/routing.js';
import type { AliasState, AliasTarget, PublishedVersion } from '../traffic/types.js';
import type { Clock } from '../util/clock.js';
import type { Journal } from './journal.js';
import type { AliasRestore } from './recover.js';
import { restoreAlias } from './recover.js';
import { mapLimited, settleLimited } from './limit.js';

/** canary: shifted step by step; first-deploy: no alias yet, created only after a pass; skipped: nothing new. */
export type FunctionStatus = 'canary' | 'first-deploy' | 'skipped';

export interface FunctionRun {
  readonly functionName: string;
  /** Where the alias returns to; null: it did not exist. */
  readonly snapshot: AliasTarget | null;
  /** Our last answer from Lambda about the alias. */
  alias: AliasState | undefined;
  published: PublishedVersion | undefined;
  status: FunctionStatus | undefined;
  /** Set when someone else changed the alias during the run: we no longer touch it. */
  foreign: string | undefined;
}

export interface FleetDeps {
  readonly lambda: LambdaClient;
  readonly traffic: TrafficOps;
  readonly journal: Journal;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly alias: string;
  readonly dryRun: boolean;
  /** Names this run (and its attempt) in the lease it writes on each alias it shifts (traffic/lease.ts). */
  readonly holder: LeaseHolder;
  /** How long this run's lease lasts from each renewal. */
  readonly leaseTermMs: number;
  /** settle-lag; undefined: Lambda's own, from each function's timeout. */
  readonly settleLagMs?: number | undefined;
}

/** Runs every task; marks conflicts foreign; throws the first non-conflict error, else the first conflict. */
async function settleAll(
  runs: readonly FunctionRun[],
  task: (run: FunctionRun) => Promise<void>,
): Promise<void> {
  const results = await settleLimited(runs, task);
  const errors = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  for (const error of errors) {
    if (error instanceof AliasConflictError) {
      const run = runs.find((r) => r.functionName === error.functionName);
      if (run) run.foreign = error.message;
    }
  }
  const first = errors.find((e) => !(e instanceof AliasConflictError)) ?? errors[0];
  if (first !== undefined) throw first;
}

export class Fleet {
  private readonly runs = new Map<string, FunctionRun>();

  constructor(private readonly deps: FleetDeps) {}

  all(): FunctionRun[] {
    return [...this.runs.values()];
  }

  /** This run's name (its attempt included), as a guard's lease and a detached plan carry it. */
  runId(): string {
    const { holder } = this.deps;
    return `attempt ${holder.attempt} of ${holder.run}`;
  }

  get(functionName: string): FunctionRun | undefined {
    return this.runs.get(functionName);
  }

  /** The functions the canary moves: published something new and not taken over by someone else. */
  active(): FunctionRun[] {
    return this.all().filter((r) => (r.status === 'canary' || r.status === 'first-deploy') && !r.foreign);
  }

  /**
   * Reads each new function's alias and journals its snapshot. Another run's live lease stops the
   * run here. An alias taken over from a lapsed lease (or an earlier attempt's) goes back on the
   * version that lease names; any other alias found routing part of its traffic (an earlier run was
   * interrupted) goes back on its primary version. Either is done first, and is the snapshot.
   */
  async adopt(functionNames: readonly string[]): Promise<void> {
    const { traffic, lambda, journal, logger, alias, dryRun, clock, holder } = this.deps;
    const fresh = functionNames.filter((name) => !this.runs.has(name));
    const states = await mapLimited(fresh, (name) => traffic.getAlias(lambda, name, alias));
    const now = clock.now();
    const standings = states.map((state) => leaseStanding(state?.description, holder, now));
    this.refuseHeld(states, standings);
    const repairs = new Map<FunctionRun, { to: AliasTarget; why: string }>();
    fresh.forEach((functionName, i) => {
      const state = states[i];
      const standing = standings[i] as LeaseStanding;
      const repair = state && repairFor(state.target, standing);
      if (state && standing.kind === 'taken-over') {
        logger.info(
          `${functionName}: alias ${alias}: taking over the lease of ${describeHolder(standing.lease)}.`,
        );
      }
      const snapshot = state ? (repair?.to ?? soleTarget(state.target.version)) : null;
      journal.snapshotAlias(functionName, alias, snapshot);
      const run: FunctionRun = {
        functionName,
        snapshot,
        alias: state,
        published: undefined,
        status: undefined,
        foreign: undefined,
      };
      this.runs.set(functionName, run);
      logger.info(
        `${functionName}: alias ${alias} ${state ? `is on ${describeTarget(state.target)}` : 'does not exist yet'}`,
      );
      if (repair) repairs.set(run, repair);
    });
    await settleAll([...repairs.keys()], async (run) => {
      const from = (run.alias as AliasState).target;
      const { to, why } = repairs.get(run) as { to: AliasTarget; why: string };
      const found = `${run.functionName}: alias ${alias} ${hasRouting(from) ? 'routes' : 'is on'} ${describeTarget(from)}, ${why}`;
      if (dryRun) {
        logger.warning(
          `${found}; a real run would put it back on v${to.version} first (dry run: unchanged).`,
        );
        return;
      }
      logger.warning(`${found}; putting it back on v${to.version} before anything else.`);
      journal.record(run.functionName, 'repair', from, to);
      run.alias = await traffic.updateAlias(lambda, run.alias as AliasState, to);
    });
  }

  /** Publishes a version of each function and decides its status against its alias. */
  async publish(functionNames: readonly string[]): Promise<void> {
    const { traffic, lambda, logger, alias, clock } = this.deps;
    const runs = functionNames.map((name) => this.require(name));
    await mapLimited(runs, async (run) => {
      const published = await traffic.publishVersion(lambda, run.functionName, { clock });
      run.published = published;
      if (!run.alias) {
        run.status = 'first-deploy';
        logger.info(
          `${run.functionName}: published v${published.version}; alias ${alias} does not exist yet (first deploy): ` +
            'the version is judged on its own evidence and the alias is created on it only after a pass.',
        );
      } else if (run.alias.target.version === published.version) {
        run.status = 'skipped';
        logger.info(
          `${run.functionName}: v${published.version} is already live on alias ${alias}: nothing to canary.`,
        );
      } else {
        run.status = 'canary';
        logger.info(
          `${run.functionName}: published v${published.version} (alias ${alias} is on v${run.alias.target.version}).`,
        );
      }
    });
  }

  watchTargets(): WatchTarget[] {
    return this.active().map((run) => {
      const published = run.published as PublishedVersion;
      return {
        functionName: run.functionName,
        alias: this.deps.alias,
        canaryVersion: published.version,
        baselineVersion: run.status === 'canary' ? run.snapshot?.version : undefined,
        timeoutSeconds: published.timeoutSeconds,
        ...(this.deps.settleLagMs === undefined ? {} : { settleLagMs: this.deps.settleLagMs }),
        memorySizeMb: published.memorySizeMb,
      };
    });
  }

  /**
   * Routes `weight` of every canary alias to its new version, all functions together, each with
   * this run's lease (renewed at every poll: renew()) so that another run leaves it alone meanwhile.
   * `guardHoldMs`: the canary is handed to the guard, whose lease names the run and outlasts that.
   */
  async shift(weight: number, guardHoldMs?: number): Promise<void> {
    const { traffic, lambda, journal, logger, alias, clock, holder, leaseTermMs } = this.deps;
    const now = clock.now();
    const runs = this.active().filter((r) => r.status === 'canary');
    await settleAll(runs, async (run) => {
      const current = run.alias as AliasState;
      const to = stepTarget(
        (run.snapshot as AliasTarget).version,
        (run.published as PublishedVersion).version,
        weight,
      );
      if (sameTarget(current.target, to)) return;
      journal.record(run.functionName, 'shift', current.target, to);
      const version = (run.published as PublishedVersion).version;
      const lease =
        guardHoldMs === undefined
          ? runLeaseDescription({
              holder,
              version,
              from: (run.snapshot as AliasTarget).version,
              untilMs: now + leaseTermMs,
            })
          : leaseDescription({ runId: this.runId(), version, untilMs: now + guardHoldMs + LEASE_MARGIN_MS });
      run.alias = await traffic.updateAlias(lambda, current, to, lease);
      logger.info(`${run.functionName}: alias ${alias} → ${describeTarget(to)}`);
    });
  }

  /**
   * After a pass: every alias on its new version with routing cleared. The promotion is recorded
   * on the functions only by recordPromotion(), once the post-traffic hook has passed too.
   */
  async promote(): Promise<void> {
    const { traffic, lambda, journal, logger, alias } = this.deps;
    await settleAll(this.active(), async (run) => {
      const to = soleTarget((run.published as PublishedVersion).version);
      if (run.status === 'first-deploy' && !run.alias) {
        journal.record(run.functionName, 'create', null, to);
        run.alias = await traffic.createAlias(lambda, run.functionName, alias, to);
      } else {
        const current = run.alias as AliasState;
        if (sameTarget(current.target, to)) return;
        journal.record(run.functionName, 'promote', current.target, to);
        run.alias = await traffic.updateAlias(lambda, current, to);
      }
      logger.info(`${run.functionName}: alias ${alias} promoted to ${describeTarget(to)}`);
    });
  }

  /**
   * Tags each promoted function for the guard: the version that passed, the one it replaced and
   * when (the start of the guard's bake window). Only after the aliases moved and the post-traffic
   * hook passed: the guard must never see a "last passed" version that did not pass, nor one the
   * alias is not on. A failed tag only warns (the promotion stands).
   */
  async recordPromotion(): Promise<void> {
    const { traffic, lambda, logger, alias, clock } = this.deps;
    const promotedAtMs = clock.now();
    await mapLimited(this.active(), async (run) => {
      const published = run.published as PublishedVersion;
      try {
        await traffic.tagPromotion(lambda, {
          functionArn: published.functionArn,
          alias,
          version: published.version,
          previous: run.snapshot?.version,
          promotedAtMs,
        });
      } catch (error) {
        logger.warning(
          `${run.functionName}: could not record v${published.version} as last passed: ${errorMessage(error)}`,
        );
      }
    });
  }

  /** Whether this run has journaled a change to any alias (only then is there anything to restore). */
  hasChanges(): boolean {
    return this.deps.journal.entries().some((e) => e.changes.length > 0);
  }

  /**
   * Every alias this run changed back on its snapshot, all at once, each within one UpdateAlias
   * when our last answer is still current. Aliases taken over by someone else are left alone.
   */
  async restore(): Promise<AliasRestore[]> {
    const { lambda, journal, alias } = this.deps;
    const entries = journal.entries().filter((e) => e.changes.length > 0);
    return mapLimited(entries, async (entry): Promise<AliasRestore> => {
      const run = this.runs.get(entry.functionName);
      if (run?.foreign) {
        return {
          functionName: entry.functionName,
          alias,
          action: 'left-alone',
          state: undefined,
          message: `${entry.functionName}: alias ${alias} not restored: ${run.foreign}`,
        };
      }
      const result = await restoreAlias(lambda, entry, {
        lastKnown: run?.alias,
        beforeChange: (from, to) =>
          journal.record(entry.functionName, to === null ? 'delete' : 'rollback', from, to),
      });
      if (run && result.action !== 'failed') run.alias = result.state;
      if (run && result.action === 'left-alone') run.foreign = result.message;
      return result;
    });
  }

  /**
   * Renews this run's lease on every alias it holds, without moving them: the canary loop calls it
   * at every poll, so the lease lapses soon after this run stops. A failed renewal only warns (the
   * next poll tries again); a conflict means someone else has the alias now: it is left to them.
   */
  async renew(): Promise<void> {
    const { traffic, lambda, logger, alias, clock, holder, leaseTermMs } = this.deps;
    const untilMs = clock.now() + leaseTermMs;
    const held = this.active().filter((r) => isOwnLease(r.alias?.description, holder));
    await settleAll(held, async (run) => {
      const current = run.alias as AliasState;
      const lease = runLeaseDescription({
        holder,
        version: (run.published as PublishedVersion).version,
        from: (run.snapshot as AliasTarget).version,
        untilMs,
      });
      try {
        run.alias = await traffic.updateAlias(lambda, current, current.target, lease);
      } catch (error) {
        if (error instanceof AliasConflictError) throw error;
        const lapses = readLease(current.description)?.untilMs ?? untilMs;
        logger.warning(
          `${run.functionName}: could not renew this run's lease on alias ${alias} (it lapses at ` +
            `${new Date(lapses).toISOString()}; the next poll tries again): ${errorMessage(error)}`,
        );
      }
    });
  }

  /** Stops the run before any change when another run's live lease holds one of the aliases. */
  private refuseHeld(states: readonly (AliasState | undefined)[], standings: readonly LeaseStanding[]): void {
    const { alias, dryRun, logger } = this.deps;
    states.forEach((state, i) => {
      const standing = standings[i];
      if (!state || standing?.kind !== 'held') return;
      const busy = new AliasBusyError(state.functionName, alias, standing.lease);
      if (!dryRun) throw busy;
      logger.warning(`${busy.message} (dry run: shown only)`);
    });
  }

  /**
   * rollback: none after a verdict: the aliases stay where they are, but this run's lease ends
   * with it (the Description alone changes; a conflict only warns: the alias is someone else's now).
   */
  async release(): Promise<void> {
    const { traffic, lambda, logger, holder } = this.deps;
    const held = this.active().filter((r) => isOwnLease(r.alias?.description, holder));
    await settleLimited(held, async (run) => {
      const current = run.alias as AliasState;
      try {
        run.alias = await traffic.updateAlias(lambda, current, current.target, RELEASED_DESCRIPTION);
      } catch (error) {
        logger.warning(
          `${run.functionName}: could not end this run's lease on the alias: ${errorMessage(error)}`,
        );
      }
    });
  }

  private require(functionName: string): FunctionRun {
    const run = this.runs.get(functionName);
    if (!run) throw new StackCanaryError('INTERNAL', `${functionName} was not adopted before use.`);
    return run;
  }
}

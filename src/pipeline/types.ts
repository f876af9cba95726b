/** What a run is given (RunDeps) and what it ends with (RunResult). */
import type { AwsClients } from '../aws/clients.js';
import type { Logger } from '../logger.js';
import type { ChangeSetDescription } from '../stack/types.js';
import type { StateStore } from '../state-store.js';
import type { LeaseHolder } from '../traffic/lease.js';
import type { Clock } from '../util/clock.js';
import type { RecordedDeployment } from '../schema/detached-plan.js';
import type { HandOff } from './hand-off.js';
import type { RunRecord } from './record.js';
import type { HoldPlans } from './runner-loss.js';

/** pending: handed to the guard (wait: false), which gives the verdict later. */
export type Verdict = 'pass' | 'fail' | 'inconclusive' | 'skipped' | 'pending';

export interface FunctionVersions {
  readonly previous: string | undefined;
  readonly new: string | undefined;
}

/** What a run ends with: the entry points turn it into outputs, a summary and a report. */
export interface RunResult {
  readonly verdict: Verdict;
  readonly rolledBack: boolean;
  readonly reason: string;
  readonly versions: Readonly<Record<string, FunctionVersions>>;
  readonly stackId: string | undefined;
  readonly stackOutputs: Readonly<Record<string, string>>;
  /** The app stack's change set, when one was made (the change-set outputs). */
  readonly changeSet?: ChangeSetDescription | undefined;
  /** The monitoring stack's change set, when one was made (the change-set preview on a pull request). */
  readonly monitoringChangeSet?: ChangeSetDescription | undefined;
  /** Everything the run did (steps, decisions, alias changes, timings), for the report and summary. */
  readonly record: RunRecord;
  /** A release in waves: each region as it ended, in wave order (the fields above are the release's). */
  readonly regions?: readonly RegionRun[] | undefined;
}

/** One region of a release in waves. */
export interface RegionRun {
  /** 1-based. */
  readonly wave: number;
  readonly region: string;
  /** How the region's run ended; undefined when it never started (an earlier wave failed) or threw. */
  readonly result: RunResult | undefined;
  /** Why its run threw, when it did. */
  readonly error?: string | undefined;
  /** The monitoring stack's dashboard in that region, when there is one. */
  readonly dashboard?: string | undefined;
}

/** How a run's steps end, before the record of the whole run is added. */
export type RunEnd = Omit<RunResult, 'record'>;

export type { RecordedDeployment } from '../schema/detached-plan.js';

export interface RunDeps {
  readonly logger: Logger;
  readonly state: StateStore;
  readonly clock: Clock;
  /** Built lazily, after the config is valid. */
  readonly clients: () => Promise<AwsClients>;
  /**
   * Aborted when the run must stop (CLI signal): no alias change is made after it; whoever
   * aborted restores the aliases from the journal.
   */
  readonly signal?: AbortSignal;
  /**
   * Names this run (and its attempt) in the lease it writes on the aliases it judges, so that a
   * second run of the same stack can say whom it is waiting for, and a re-run of the same workflow
   * run takes over at once (traffic/lease-holder.ts). Default: a random run of attempt 1.
   */
  readonly holder?: LeaseHolder;
  /** The lease's term from each renewal (traffic/lease.ts); set by tests only, never by an entry point. */
  readonly leaseTermMs?: number;
  /** The run's GitHub deployment: a detached canary hands it to the guard, which ends it. */
  readonly deployment?: RecordedDeployment | undefined;
  /**
   * How many regions share the run's false-rollback budget with this one (a release in waves):
   * each of its functions gets α / (functions × budgetShares). Default 1.
   */
  readonly budgetShares?: number | undefined;
  /**
   * A region of a release in waves: a pass is not yet recorded for the guard as "last passed"
   * (HeldRun.confirm does it once every region passed).
   */
  readonly deferPromotion?: boolean | undefined;
  /**
   * Read at every poll: when it gives a reason, the run fails at that poll and rolls back as on a
   * verdict of its own (another region of the release failed).
   */
  readonly halted?: (() => string | undefined) | undefined;
  /** wait: false: who takes the canary over (the entry points wire detached/hand-off.ts). */
  readonly handOff?: HandOff | undefined;
  /** on-runner-loss: guard: who keeps the run's plans (the entry points wire detached/run-held.ts). */
  readonly holdPlans?: HoldPlans | undefined;
}

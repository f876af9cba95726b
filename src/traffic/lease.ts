/**
 * The alias lease: while a run judges a new version, the alias's Description says so — which run,
 * which version, over which old one, until when. The run renews it at every poll of its canary, so
 * it lapses soon (LEASE_TERM_MS) after its holder stops: a runner lost with its job blocks no one
 * for long. Another run that finds a live lease of someone else stops before it changes anything.
 * A lapsed lease, or one left by an earlier attempt of the same workflow run, is taken over at once:
 * the alias goes back to the old version the lease names (the lapsed run's journal, kept where a
 * lost runner cannot lose it), and the new run proceeds.
 *
 * The lease is only a notice: every alias change still carries the RevisionId last read, so two
 * runs that both read the alias before either moved it cannot both move it.
 *
 * Two kinds of lease are written:
 * - a run's own, renewed at every poll, naming its holder (run, attempt, process):
 *   `stack-canary: judging v4 over v3 until <ISO time> by 9f3c1a2b, attempt 2 of <run>`;
 * - the guard's, for a canary handed to it (wait: false), lasting until the plan's deadline:
 *   `stack-canary: judging v4 until <ISO time> for <run>`.
 */
import { StackCanaryError } from '../errors.js';
import { hasRouting, sameTarget, soleTarget } from './routing.js';
import type { AliasTarget } from './types.js';

/** The Description of an alias no run is judging. */
export const RELEASED_DESCRIPTION = 'Managed by stack-canary';

/** A run's lease lapses this long after its last renewal (it renews at every poll). */
export const LEASE_TERM_MS = 2 * 60_000;

/** A guard's lease: beyond the plan's hold, the next shift, the promotion or the rollback come within this. */
export const LEASE_MARGIN_MS = 10 * 60_000;

/** Lambda's limit on an alias Description. */
const MAX_DESCRIPTION = 256;

/** A run's name is cut to this, so that its lease (and every comparison with it) keeps it whole. */
export const MAX_RUN_CHARS = 120;

/** Who holds a run's lease: the run (across its attempts), which attempt, and which process. */
export interface LeaseHolder {
  /** Names the run across its attempts: a workflow run's URL, STACK_CANARY_RUN_ID, or a random id. */
  readonly run: string;
  /** 1, 2, …: a re-run of the same workflow run has the next attempt. */
  readonly attempt: number;
  /** Tells apart two processes of the same attempt (the jobs of a matrix): 8 hex digits. */
  readonly instance: string;
}

export interface AliasLease {
  /** Names the run that holds the alias (e.g. a CI run's URL). */
  readonly runId: string;
  readonly version: string;
  /** Epoch ms: after this the lease has lapsed (its run stopped renewing it). */
  readonly untilMs: number;
  /** The version the alias returns to (the holder's journal); undefined in a guard's lease. */
  readonly from?: string | undefined;
  /** A run's own lease; undefined in a guard's lease (it names the run only). */
  readonly holder?: LeaseHolder | undefined;
}

const PATTERN =
  /^stack-canary: judging v(\S+)(?: over v(\S+))? until (\S+) (?:by ([0-9a-f]{8}), attempt (\d+) of|for) (.+)$/;

const iso = (ms: number): string => new Date(ms).toISOString();

/** The guard's lease, for a canary handed to it: names the run only. */
export function leaseDescription(lease: { runId: string; version: string; untilMs: number }): string {
  const head = `stack-canary: judging v${lease.version} until ${iso(lease.untilMs)} for `;
  return head + lease.runId.slice(0, MAX_DESCRIPTION - head.length);
}

/** A run's own lease: its holder, the version judged and the one the alias returns to. */
export function runLeaseDescription(lease: {
  holder: LeaseHolder;
  version: string;
  from: string;
  untilMs: number;
}): string {
  const { holder } = lease;
  const text =
    `stack-canary: judging v${lease.version} over v${lease.from} until ${iso(lease.untilMs)} ` +
    `by ${holder.instance}, attempt ${holder.attempt} of ${holder.run.slice(0, MAX_RUN_CHARS)}`;
  return text.slice(0, MAX_DESCRIPTION);
}

/** The lease an alias Description holds, if any. */
export function readLease(description: string | undefined): AliasLease | undefined {
  const match = PATTERN.exec(description ?? '');
  if (!match) return undefined;
  const [, version = '', from, until = '', instance, attempt, run = ''] = match;
  const untilMs = Date.parse(until);
  if (Number.isNaN(untilMs)) return undefined;
  const holder =
    instance !== undefined && attempt !== undefined ? { run, attempt: Number(attempt), instance } : undefined;
  return { runId: run, version, untilMs, from, holder };
}

/** How a lease reads in a message: "attempt 2 of <run>", or the run a guard's lease names. */
export function describeHolder(lease: AliasLease): string {
  return lease.holder ? `attempt ${lease.holder.attempt} of ${lease.holder.run}` : lease.runId;
}

function sameRun(holder: LeaseHolder, me: LeaseHolder): boolean {
  return holder.run === me.run.slice(0, MAX_RUN_CHARS);
}

/**
 * What a run may do with an alias, by the lease on it:
 * - free: no lease; ours: this very process holds it;
 * - held: another run's live lease: stop before any change;
 * - taken-over: a lapsed lease, or one of an earlier attempt of this workflow run (GitHub re-runs
 *   a workflow run only once it has ended, so that attempt's job is gone): the alias is ours now.
 */
export type LeaseStanding =
  | { readonly kind: 'free' | 'ours' }
  | { readonly kind: 'held'; readonly lease: AliasLease }
  | { readonly kind: 'taken-over'; readonly why: 'earlier-attempt' | 'lapsed'; readonly lease: AliasLease };

export function leaseStanding(
  description: string | undefined,
  me: LeaseHolder,
  nowMs: number,
): LeaseStanding {
  const lease = readLease(description);
  if (!lease) return { kind: 'free' };
  const { holder } = lease;
  if (holder && sameRun(holder, me)) {
    if (holder.attempt === me.attempt && holder.instance === me.instance) return { kind: 'ours' };
    if (holder.attempt < me.attempt) return { kind: 'taken-over', why: 'earlier-attempt', lease };
  }
  if (lease.untilMs <= nowMs) return { kind: 'taken-over', why: 'lapsed', lease };
  return { kind: 'held', lease };
}

/** Whether this Description is this process's own lease. */
export function isOwnLease(description: string | undefined, me: LeaseHolder): boolean {
  const holder = readLease(description)?.holder;
  return (
    holder !== undefined &&
    sameRun(holder, me) &&
    holder.attempt === me.attempt &&
    holder.instance === me.instance
  );
}

/**
 * Where an alias taken over from a lease's run returns to: the version that run found it on (its
 * lease names it), when the alias is still where that run could have left it: the old version
 * routing part of the traffic to the new one, or the new one alone (a held 100% step). undefined
 * when the lease names no old version (a guard's lease, an older stack-canary) or the alias was
 * moved elsewhere since: the caller then falls back to the alias's primary version.
 */
export function leftBehind(lease: AliasLease, target: AliasTarget): AliasTarget | undefined {
  if (lease.from === undefined) return undefined;
  const routed = Object.keys(target.weights);
  const shifted = target.version === lease.from && routed.every((v) => v === lease.version);
  const allNew = target.version === lease.version && routed.length === 0;
  return shifted || allNew ? soleTarget(lease.from) : undefined;
}

/** An alias to put back before anything else: where to, and why (for the warning). */
export interface AliasRepair {
  readonly to: AliasTarget;
  readonly why: string;
}

/**
 * What a run does first with an alias it found on `target`, given the lease on it. Taken over: back
 * on the version the lease names (leftBehind), else on its primary version. Otherwise an alias
 * routing part of its traffic (a run interrupted where nothing restored it) goes back on its
 * primary version. undefined: nothing to put back (and never under another run's live lease).
 */
export function repairFor(target: AliasTarget, standing: LeaseStanding): AliasRepair | undefined {
  if (standing.kind === 'held') return undefined;
  if (standing.kind === 'taken-over') {
    const { lease } = standing;
    const named = leftBehind(lease, target);
    const to = named ?? soleTarget(target.version);
    if (sameTarget(target, to)) return undefined;
    const whose =
      standing.why === 'earlier-attempt'
        ? `left by ${describeHolder(lease)}, an earlier attempt of this run`
        : `left under the lease of ${describeHolder(lease)}, which lapsed at ${iso(lease.untilMs)} (that run stopped renewing it)`;
    return { to, why: named ? `${whose}, which found it on v${to.version}` : whose };
  }
  if (!hasRouting(target)) return undefined;
  return { to: soleTarget(target.version), why: 'left by an earlier interrupted run' };
}

/**
 * How long a run's lease lasts from each renewal: LEASE_TERM_MS, or one poll interval and half a
 * term when the interval is longer, so a healthy run renews it before it lapses.
 */
export function leaseTermFor(intervalMs: number, termMs = LEASE_TERM_MS): number {
  return Math.max(termMs, intervalMs + termMs / 2);
}

/** Another run holds the alias: this run stops before it changes anything. */
export class AliasBusyError extends StackCanaryError {
  readonly functionName: string;
  readonly lease: AliasLease;
  constructor(functionName: string, alias: string, lease: AliasLease) {
    super(
      'CONFLICT',
      `Alias ${alias} of ${functionName} is being judged by another stack-canary run (${describeHolder(lease)}), ` +
        `on v${lease.version} until ${iso(lease.untilMs)}; this run stopped without changing anything. ` +
        (lease.holder
          ? `That run renews its lease at every poll: run again once it has ended, or after ${iso(lease.untilMs)} ` +
            'if it has stopped (a re-run of that workflow run takes over at once; to queue deploys of this stack, use a concurrency group).'
          : 'Run again once that run has ended (or serialize deploys of this stack with a concurrency group).'),
    );
    this.functionName = functionName;
    this.lease = lease;
  }
}

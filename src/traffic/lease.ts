/**
 * The alias lease: while a run judges a new version, the alias's Description says so — which run,
 * which version, until when. Another run that finds an unexpired lease of someone else stops
 * before it changes anything; an expired one was left by a run that died, and may be repaired.
 * The lease is only a notice: every alias change still carries the RevisionId last read, so two
 * runs that both read the alias before either moved it cannot both move it.
 */
import { StackCanaryError } from '../errors.js';

/** The Description of an alias no run is judging. */
export const RELEASED_DESCRIPTION = 'Managed by stack-canary';

/** Beyond the hold: the next shift, the promotion or the rollback come within this. */
export const LEASE_MARGIN_MS = 10 * 60_000;

/** Lambda's limit on an alias Description. */
const MAX_DESCRIPTION = 256;

export interface AliasLease {
  /** Names the run that holds the alias (e.g. a CI run's URL). */
  readonly runId: string;
  readonly version: string;
  /** Epoch ms: after this the lease is stale (its run died without releasing it). */
  readonly untilMs: number;
}

const PATTERN = /^stack-canary: judging v(\S+) until (\S+) for (.+)$/;

export function leaseDescription(lease: AliasLease): string {
  const head = `stack-canary: judging v${lease.version} until ${new Date(lease.untilMs).toISOString()} for `;
  return head + lease.runId.slice(0, MAX_DESCRIPTION - head.length);
}

/** The lease an alias Description holds, if any. */
export function readLease(description: string | undefined): AliasLease | undefined {
  const match = PATTERN.exec(description ?? '');
  if (!match) return undefined;
  const untilMs = Date.parse(match[2] ?? '');
  if (Number.isNaN(untilMs)) return undefined;
  return { version: match[1] ?? '', untilMs, runId: match[3] ?? '' };
}

/** Another run holds the alias: this run stops before it changes anything. */
export class AliasBusyError extends StackCanaryError {
  readonly functionName: string;
  readonly lease: AliasLease;
  constructor(functionName: string, alias: string, lease: AliasLease) {
    super(
      'CONFLICT',
      `Alias ${alias} of ${functionName} is being judged by another stack-canary run (${lease.runId}), ` +
        `on v${lease.version} until ${new Date(lease.untilMs).toISOString()}; this run stopped without changing anything. ` +
        'Run again once that run has ended (or serialize deploys of this stack with a concurrency group).',
    );
    this.functionName = functionName;
    this.lease = lease;
  }
}

/** What traffic/ reads and writes: alias targets (primary + weighted routing) and published versions. */

import type { AliasTarget } from '../schema/alias-journal.js';

/** Where an alias sends traffic: one zod schema (schema/alias-journal.ts), as the journal saves it. */
export type { AliasTarget } from '../schema/alias-journal.js';

/** An alias as Lambda answered last: the target and the revision that guards the next update. */
export interface AliasState {
  readonly functionName: string;
  readonly alias: string;
  readonly target: AliasTarget;
  readonly revisionId: string | undefined;
  /** The alias's ARN (its function's ARN, qualified by the alias name). */
  readonly aliasArn?: string | undefined;
  /** The alias Description: a run's lease while it judges (lease.ts). */
  readonly description?: string | undefined;
}

/** A version published for the canary, with what the watch needs to know about it. */
export interface PublishedVersion {
  readonly functionName: string;
  /** Unqualified function ARN (tags go on the function, not the version). */
  readonly functionArn: string;
  readonly version: string;
  readonly codeSha256: string;
  readonly memorySizeMb: number;
  readonly timeoutSeconds: number;
}

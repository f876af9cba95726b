/**
 * Putting aliases back on their snapshot versions: after a fail verdict (pipeline), and when the
 * main step did not finish (the action's post step, the CLI's signal handler).
 *
 * No blind force, even here: the alias is moved only while it is in a state this run journaled
 * (its snapshot, or a state before/after one of our changes), with the RevisionId just read. An alias
 * someone else has moved since is left as they set it, and said so.
 */
import type { LambdaClient } from '@aws-sdk/client-lambda';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { prefixedLogger } from '../logger.js';
import type { StateStore } from '../state-store.js';
import { AliasConflictError, deleteAlias, getAlias, updateAlias } from '../traffic/alias.js';
import { describeTarget, sameTarget, soleTarget } from '../traffic/routing.js';
import type { AliasState, AliasTarget } from '../traffic/types.js';
import type { AliasJournal } from '../schema/alias-journal.js';
import type { JournalData } from './journal.js';
import type { ReleaseData } from './journal.js';
import { readJournal, readRelease } from './journal.js';
import { mapLimited } from './limit.js';
import { guardedFunctions } from './guarded.js';

export type RestoreAction = 'restored' | 'deleted' | 'unchanged' | 'left-alone' | 'failed';

export interface AliasRestore {
  readonly functionName: string;
  readonly alias: string;
  readonly action: RestoreAction;
  /** The alias after the attempt, as far as known. */
  readonly state: AliasState | undefined;
  readonly message: string;
}

/** Where a journaled alias returns to (routing always cleared). */
export function restoreTarget(entry: AliasJournal): AliasTarget | null {
  return entry.snapshot ? soleTarget(entry.snapshot.version) : null;
}

/** Every state this run put the alias in, or found it in: the states we may move it from. */
export function journaledStates(entry: AliasJournal): (AliasTarget | null)[] {
  return [entry.snapshot, ...entry.changes.flatMap((c) => [c.from, c.to])];
}

function isJournaled(entry: AliasJournal, state: AliasState | undefined): boolean {
  return journaledStates(entry).some((t) => sameTarget(t, state?.target ?? null));
}

const MAX_ATTEMPTS = 3;

/**
 * Returns one alias to its snapshot. `lastKnown` (the pipeline's own last answer from Lambda) lets
 * the first attempt go out at once, without a read: one UpdateAlias per function of the verdict.
 * `beforeChange` journals the change just before it is made.
 */
export async function restoreAlias(
  lambda: LambdaClient,
  entry: AliasJournal,
  options: {
    lastKnown?: AliasState | undefined;
    beforeChange?: (from: AliasTarget | null, to: AliasTarget | null) => void;
  } = {},
): Promise<AliasRestore> {
  const { functionName, alias } = entry;
  const target = restoreTarget(entry);
  const result = (action: RestoreAction, state: AliasState | undefined, message: string): AliasRestore => ({
    functionName,
    alias,
    action,
    state,
    message: `${functionName}: alias ${alias} ${message}`,
  });
  let current = options.lastKnown;
  let haveRead = current !== undefined;
  for (let attempt = 1; ; attempt++) {
    if (!haveRead) {
      current = await getAlias(lambda, functionName, alias);
      haveRead = true;
    }
    if (sameTarget(current?.target ?? null, target)) {
      return result('unchanged', current, `already on ${describeTarget(target)}`);
    }
    if (!current || !isJournaled(entry, current)) {
      return result(
        'left-alone',
        current,
        `is on ${describeTarget(current?.target)}, which this run never set: someone else changed it; left as is`,
      );
    }
    try {
      options.beforeChange?.(current.target, target);
      if (target === null) {
        await deleteAlias(lambda, current);
        return result('deleted', undefined, 'deleted (it did not exist before the run)');
      }
      const after = await updateAlias(lambda, current, target);
      return result(
        'restored',
        after,
        `back on ${describeTarget(target)} (was ${describeTarget(current.target)})`,
      );
    } catch (error) {
      if (!(error instanceof AliasConflictError)) {
        return result('failed', current, `could not be restored: ${errorMessage(error)}`);
      }
      if (attempt >= MAX_ATTEMPTS) {
        return result(
          'left-alone',
          error.found,
          `kept changing under us; left on ${describeTarget(error.found?.target)}`,
        );
      }
      // The revision moved (perhaps our own in-flight change landing): decide again on what is there now.
      current = error.found;
    }
  }
}

export interface RecoveryReport {
  /** nothing-journaled: no run started; finished: the main step ended normally; recovered/incomplete: we acted. */
  readonly status: 'nothing-journaled' | 'finished' | 'nothing-changed' | 'recovered' | 'incomplete';
  readonly aliases: readonly AliasRestore[];
  readonly message: string;
}

/** Restores every alias this journal changed. Returns one line per alias. */
export async function recoverJournal(
  journal: JournalData,
  lambda: () => Promise<LambdaClient>,
  logger: Logger,
): Promise<RecoveryReport> {
  const changed = journal.aliases.filter((a) => a.changes.length > 0);
  if (changed.length === 0) {
    return {
      status: 'nothing-changed',
      aliases: [],
      message: 'The run did not finish, but it had changed no alias: nothing to restore.',
    };
  }
  const client = await lambda();
  const results = await mapLimited(changed, async (entry) => {
    try {
      return await restoreAlias(client, entry);
    } catch (error) {
      const message = `${entry.functionName}: alias ${entry.alias} could not be restored: ${errorMessage(error)}`;
      return {
        functionName: entry.functionName,
        alias: entry.alias,
        action: 'failed',
        state: undefined,
        message,
      } as const;
    }
  });
  for (const r of results) {
    if (r.action === 'failed') logger.error(r.message);
    else if (r.action === 'left-alone') logger.warning(r.message);
    else logger.info(r.message);
  }
  const incomplete = results.some((r) => r.action === 'failed' || r.action === 'left-alone');
  const restored = results.filter((r) => r.action === 'restored' || r.action === 'deleted').length;
  return {
    status: incomplete ? 'incomplete' : 'recovered',
    aliases: results,
    message: incomplete
      ? `The run did not finish; ${restored} of ${results.length} alias(es) restored, see the messages above.`
      : `The run did not finish; every alias it changed is back on its snapshot version (${restored} restored).`,
  };
}

/**
 * The post step's and the signal handler's one call: when the journal says the main step did not
 * finish, restore every alias it changed. `lambdaFor` builds a client only when one is needed.
 */
export async function recoverUnfinishedRun(
  state: StateStore,
  lambdaFor: (region: string) => Promise<LambdaClient>,
  logger: Logger,
): Promise<RecoveryReport> {
  const release = readRelease(state);
  if (release) return recoverUnfinishedRelease(release, lambdaFor, logger);
  const journal = readJournal(state);
  if (!journal) {
    return { status: 'nothing-journaled', aliases: [], message: 'No run was journaled: nothing to restore.' };
  }
  if (journal.finished) {
    return {
      status: 'finished',
      aliases: [],
      message: `The main step finished (verdict ${journal.finished.verdict}): nothing to restore.`,
    };
  }
  // on-runner-loss: guard: the plans of these functions are the guard's to finish, not ours.
  const guarded = guardedFunctions(state);
  for (const name of guarded) {
    logger.info(
      `${name}: alias ${journal.run.alias} left to the guard (on-runner-loss: guard): it takes the canary over once the run's hold on its plan lapses.`,
    );
  }
  const ours = { ...journal, aliases: journal.aliases.filter((a) => !guarded.has(a.functionName)) };
  if (ours.aliases.some((a) => a.changes.length > 0)) {
    logger.warning(
      'The main step did not finish: putting every alias it changed back on its snapshot version.',
    );
  }
  return recoverJournal(ours, () => lambdaFor(journal.run.region), logger);
}

/**
 * A release in waves that did not finish: every region it changed goes back, a region whose own
 * canary passed too (the release was never judged whole). One line per alias, prefixed with its region.
 */
async function recoverUnfinishedRelease(
  release: ReleaseData,
  lambdaFor: (region: string) => Promise<LambdaClient>,
  logger: Logger,
): Promise<RecoveryReport> {
  if (release.finished) {
    return {
      status: 'finished',
      aliases: [],
      message: `The main step finished (verdict ${release.finished.verdict}): nothing to restore.`,
    };
  }
  const journals = release.regions.flatMap(({ region, store }) => {
    const journal = readJournal(store);
    return journal && journal.aliases.some((a) => a.changes.length > 0) ? [{ region, journal }] : [];
  });
  if (journals.length === 0) {
    return {
      status: 'nothing-changed',
      aliases: [],
      message: 'The run did not finish, but it had changed no alias: nothing to restore.',
    };
  }
  logger.warning(
    `The main step did not finish: putting every alias it changed in ${journals.map((j) => j.region).join(', ')} back on its snapshot version.`,
  );
  const reports = await mapLimited(journals, async ({ region, journal }) => {
    const report = await recoverJournal(journal, () => lambdaFor(region), prefixedLogger(logger, region));
    return report.aliases.map((a) => ({ ...a, message: `${region}: ${a.message}` }));
  });
  const aliases = reports.flat();
  const incomplete = aliases.some((r) => r.action === 'failed' || r.action === 'left-alone');
  const restored = aliases.filter((r) => r.action === 'restored' || r.action === 'deleted').length;
  return {
    status: incomplete ? 'incomplete' : 'recovered',
    aliases,
    message: incomplete
      ? `The run did not finish; ${restored} of ${aliases.length} alias(es) in ${journals.length} region(s) restored, see the messages above.`
      : `The run did not finish; every alias it changed is back on its snapshot version (${restored} restored in ${journals.length} region(s)).`,
  };
}

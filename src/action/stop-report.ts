/**
 * What the main step says when it ends without a verdict (it threw, or a signal stopped it): what
 * happened, and where each alias was left, read from the journal the step kept in memory (or
 * from the recovery the signal handler just ran). Rendered for the job summary. Pure: the CLI
 * uses it too; stop-step.ts writes it through the runner.
 */
import type { JournalData } from '../pipeline/journal.js';
import type { AliasJournal } from '../schema/alias-journal.js';
import type { RecoveryReport } from '../pipeline/recover.js';
import type { FunctionVersions } from '../pipeline/types.js';
import { describeTarget } from '../traffic/routing.js';

export interface AliasLeft {
  readonly functionName: string;
  readonly alias: string;
  readonly leftOn: string;
}

export interface AliasOutcome {
  /** One sentence on the aliases as a whole. */
  readonly headline: string;
  readonly rows: readonly AliasLeft[];
  /** Every alias the run changed is back on its snapshot version (and it had changed some). */
  readonly rolledBack: boolean;
}

const lastChange = (entry: AliasJournal) => entry.changes[entry.changes.length - 1];

/** After an error: the pipeline has tried to restore; the journal tells how far it got. */
export function aliasesAfterError(journal: JournalData | undefined): AliasOutcome {
  if (!journal) {
    return {
      headline: 'No alias was changed: the run stopped before it touched any.',
      rows: [],
      rolledBack: false,
    };
  }
  const changed = journal.aliases.filter((a) => a.changes.length > 0);
  const untouched = journal.aliases
    .filter((a) => a.changes.length === 0)
    .map((a) => ({
      functionName: a.functionName,
      alias: a.alias,
      leftOn: `${describeTarget(a.snapshot)} (untouched)`,
    }));
  if (changed.length === 0) {
    return { headline: 'No alias was changed.', rows: untouched, rolledBack: false };
  }
  if (journal.finished) {
    const rows = changed.map((a) => ({
      functionName: a.functionName,
      alias: a.alias,
      leftOn: `${describeTarget(lastChange(a)?.to)} (restored)`,
    }));
    return {
      headline: 'Every alias the run changed is back on its snapshot version.',
      rows: [...rows, ...untouched],
      rolledBack: true,
    };
  }
  // A change is journaled before it is made: the last one may or may not have happened.
  const rows = changed.map((a) => {
    const last = lastChange(a);
    return {
      functionName: a.functionName,
      alias: a.alias,
      leftOn: `not confirmed (last journaled: ${last?.kind ?? 'change'} to ${describeTarget(last?.to)}); returns to ${describeTarget(a.snapshot)}`,
    };
  });
  return {
    headline: 'Not every alias could be put back yet: the post step restores them from the saved journal.',
    rows: [...rows, ...untouched],
    rolledBack: false,
  };
}

/** After a signal: the handler restored from the journal; its report says where each alias is. */
export function aliasesAfterRecovery(report: RecoveryReport): AliasOutcome {
  return {
    headline: report.message,
    rows: report.aliases.map((a) => ({
      functionName: a.functionName,
      alias: a.alias,
      leftOn: `${describeTarget(a.state?.target)} (${a.action})`,
    })),
    rolledBack:
      report.status === 'recovered' &&
      report.aliases.some((a) => a.action === 'restored' || a.action === 'deleted'),
  };
}

/** Markdown that cannot break out of a table cell or a line: entities for HTML, escapes for markup. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|#]/g, (c) => `\\${c}`)
    .replace(/[\r\n]+/g, ' ');
}

export function renderStopSummary(
  title: string,
  reason: string,
  aliases: AliasOutcome,
  problems: readonly string[] = [],
): string {
  const lines = [`## ⛔ stack-canary: ${escapeMarkdown(title)}`, '', escapeMarkdown(reason), ''];
  if (problems.length > 1) lines.push(...problems.map((p) => `- ${escapeMarkdown(p)}`), '');
  lines.push(`**Aliases:** ${escapeMarkdown(aliases.headline)}`, '');
  if (aliases.rows.length > 0) {
    lines.push('| Function | Alias | Left on |', '|---|---|---|');
    for (const row of aliases.rows) {
      lines.push(
        `| ${escapeMarkdown(row.functionName)} | ${escapeMarkdown(row.alias)} | ${escapeMarkdown(row.leftOn)} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

/**
 * The last line of a step that ended without a verdict, as a run with one ends with its verdict
 * line: `verdict error · <the aliases as a whole> · <each alias> · reason: …`, on one line.
 */
export function stopVerdictLine(title: string, reason: string, aliases: AliasOutcome): string {
  const verdict = title === 'error' ? 'verdict error' : `verdict error (${title})`;
  const rows = aliases.rows.slice(0, 3).map((r) => `${r.functionName}: alias ${r.alias} on ${r.leftOn}`);
  if (aliases.rows.length > 3) rows.push(`${aliases.rows.length - 3} more in the job summary`);
  const parts = [verdict, aliases.headline.replace(/\.$/, ''), ...rows, `reason: ${reason}`];
  return parts.join(' · ').replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/**
 * The versions of each function the journal knows: `previous` is its snapshot, `new` the first
 * other version a change routed traffic to (none when the run published nothing it shifted to).
 */
export function versionsFromJournal(journal: JournalData | undefined): Record<string, FunctionVersions> {
  return Object.fromEntries(
    (journal?.aliases ?? []).map((entry) => {
      const previous = entry.snapshot?.version;
      const routed = entry.changes.flatMap((c) => (c.to ? [c.to.version, ...Object.keys(c.to.weights)] : []));
      return [entry.functionName, { previous, new: routed.find((version) => version !== previous) }];
    }),
  );
}

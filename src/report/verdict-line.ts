/**
 * The last line of a run's log (pure): the verdict, what was done, where each alias is now, and
 * why — `verdict pass · promoted · orders: alias live on v4 (was v3) · reason: …`.
 * Both entry points print it after everything else, so a reader finds the outcome at the bottom.
 */
import type { FunctionRecord } from '../pipeline/record.js';
import type { RegionRun, RunResult } from '../pipeline/types.js';

/** What the run did to the aliases, in a few words. */
function whatWasDone(result: RunResult): string {
  const { verdict, record } = result;
  if (verdict === 'skipped') return 'nothing shifted';
  if (verdict === 'pass') {
    // A region of a release in waves, put back when a later region failed.
    if (result.rolledBack) return 'promoted, then rolled back';
    const created = record.functions.length > 0 && record.functions.every((f) => f.previous === undefined);
    return created ? 'alias created' : 'promoted';
  }
  if (result.rolledBack) return 'rolled back';
  if (record.rollbackMode === 'none') return 'not rolled back (rollback: none)';
  return record.rollback ? 'rollback incomplete' : 'nothing shifted';
}

/** One function's alias as it ends, and how that compares with the start of the run. */
function aliasEnd(alias: string, fn: FunctionRecord): string {
  const was = fn.previous === undefined ? undefined : `v${fn.previous}`;
  const fresh = fn.new === undefined ? undefined : `v${fn.new}`;
  let note = '';
  if (fn.aliasNow === fresh) note = was === undefined ? ' (created)' : ` (was ${was})`;
  else if (fn.aliasNow === was && fresh !== undefined && fresh !== was) note = ` (${fresh} rejected)`;
  const someoneElse = fn.changedBySomeoneElse ? ', changed by someone else' : '';
  return `${fn.functionName}: alias ${alias} on ${fn.aliasNow}${note}${someoneElse}`;
}

/** Functions named one by one; beyond this many the rest are counted (the report lists them all). */
const LISTED = 3;

/** A release in waves: what was done in each region, in wave order. */
function regionsDone(regions: readonly RegionRun[]): string[] {
  return regions.map(
    (r) => `${r.region}: ${r.result ? whatWasDone(r.result) : r.error ? 'error' : 'not run'}`,
  );
}

export function verdictLine(result: RunResult): string {
  const { record } = result;
  const parts = [`verdict ${result.verdict}`, whatWasDone(result)];
  if (result.regions) {
    parts.push(...regionsDone(result.regions));
  } else if (result.verdict !== 'skipped') {
    const published = record.functions.filter((f) => f.new !== undefined);
    parts.push(...published.slice(0, LISTED).map((f) => aliasEnd(record.alias, f)));
    if (published.length > LISTED) parts.push(`${published.length - LISTED} more functions in the report`);
  }
  // A pass's reason opens with "promoted: ", which the line has just said.
  const reason = result.verdict === 'pass' ? result.reason.replace(/^promoted: /, '') : result.reason;
  parts.push(`reason: ${reason}`);
  // One line whatever the reason and the names hold: it starts with "verdict", so no part of it
  // can start a workflow command on a line of its own.
  return parts.join(' · ').replace(/[\r\n\u2028\u2029]+/g, ' ');
}

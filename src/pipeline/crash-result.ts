/** The result of a run that threw, from its record. */
import type { RunRecord } from './record.js';
import type { RunResult } from './types.js';

/**
 * What the entry points report for a run that threw: a fail (never a pass), the error as the
 * reason, and rolled back only when the run restored aliases and every one is on a judged version.
 */
export function crashResult(record: RunRecord): RunResult {
  const crash = record.crash;
  const where = crash?.phase ? ` during ${crash.phase}` : '';
  const restored = record.rollback?.aliases.some((a) => a.action === 'restored' || a.action === 'deleted');
  return {
    verdict: 'fail',
    rolledBack: Boolean(restored) && (crash?.aliases ?? []).every((a) => a.onJudgedVersion),
    reason: `the run stopped on an error${where}: ${crash?.error.message ?? 'unknown'}`,
    versions: Object.fromEntries(
      record.functions.map((f) => [f.functionName, { previous: f.previous, new: f.new }]),
    ),
    stackId: record.stack?.stackId,
    stackOutputs: {},
    record,
  };
}

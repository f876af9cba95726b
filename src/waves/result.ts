/**
 * The one verdict of a release in waves (pure): fail (or inconclusive, as the region that stopped
 * it said) with that region named in the reason, else pass when every region passed or had
 * nothing new. The release's record is the deciding region's (the first that did not pass), else
 * the last region's; every region's own result stays in `regions`.
 */
import { StackCanaryError } from '../errors.js';
import type { RegionRun, RunResult, Verdict } from '../pipeline/types.js';

export function releaseResult(regions: readonly RegionRun[], halt: string | undefined): RunResult {
  const ran = regions.filter((r) => r.result !== undefined);
  // The region that stopped the release (its reason opens with its name), else the first that did not pass.
  const deciding =
    ran.find((r) => halt?.startsWith(`${r.region}:`)) ??
    ran.find((r) => r.result?.verdict !== 'pass' && r.result?.verdict !== 'skipped');
  const shown = (deciding ?? ran[ran.length - 1])?.result;
  if (shown === undefined) throw new StackCanaryError('INTERNAL', 'A release ended with no region run.');
  let verdict: Verdict;
  let reason: string;
  if (halt !== undefined) {
    verdict = deciding?.result?.verdict === 'inconclusive' ? 'inconclusive' : 'fail';
    reason = halt;
  } else if (ran.every((r) => r.result?.verdict === 'skipped')) {
    verdict = 'skipped';
    reason = ran.map((r) => `${r.region}: ${r.result?.reason ?? ''}`).join('; ');
  } else {
    verdict = 'pass';
    const waves = new Set(regions.map((r) => r.wave)).size;
    reason = `promoted in ${regions.map((r) => r.region).join(', ')} (${waves} wave${waves === 1 ? '' : 's'})`;
  }
  const changed = ran.filter((r) => r.result?.verdict !== 'skipped');
  return {
    verdict,
    rolledBack: halt !== undefined && changed.length > 0 && changed.every((r) => r.result?.rolledBack),
    reason,
    versions: shown.versions,
    stackId: shown.stackId,
    stackOutputs: {},
    record: shown.record,
    regions,
  };
}

/** The `versions` output of a release: each region's functions, old and new version. */
export function versionsByRegion(regions: readonly RegionRun[]): Record<string, RunResult['versions']> {
  return Object.fromEntries(regions.map((r) => [r.region, r.result?.versions ?? {}]));
}

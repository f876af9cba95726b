import { describe, expect, it } from '@jest/globals';
import type { RegionRun, RunResult, Verdict } from '../../../src/pipeline/types.js';
import { releaseResult, versionsByRegion } from '../../../src/waves/result.js';

function ran(wave: number, region: string, verdict: Verdict, rolledBack = false): RegionRun {
  const result = {
    verdict,
    rolledBack,
    reason: `${verdict} in ${region}`,
    versions: { 'orders-fn': { previous: '1', new: '2' } },
    stackId: `stack-${region}`,
    stackOutputs: {},
    record: { region } as unknown as RunResult['record'],
  } satisfies RunResult;
  return { wave, region, result };
}

const notRun = (wave: number, region: string): RegionRun => ({ wave, region, result: undefined });

describe("a release's one verdict", () => {
  it('GIVEN every region passed WHEN the release ends THEN it passes, naming the regions and the waves', () => {
    const result = releaseResult([ran(1, 'us-east-1', 'pass'), ran(2, 'eu-west-1', 'pass')], undefined);
    expect(result).toMatchObject({
      verdict: 'pass',
      rolledBack: false,
      reason: 'promoted in us-east-1, eu-west-1 (2 waves)',
      stackOutputs: {},
    });
    expect(result.regions).toHaveLength(2);
  });

  it("GIVEN a region that stopped the release WHEN it ends THEN the verdict and record are that region's, the reason the halt", () => {
    const regions = [
      ran(1, 'us-east-1', 'pass', true),
      ran(2, 'eu-west-1', 'fail', true),
      ran(2, 'ap-southeast-2', 'inconclusive', true),
    ];
    const result = releaseResult(regions, 'ap-southeast-2: inconclusive: too few calls');
    expect(result).toMatchObject({
      verdict: 'inconclusive',
      rolledBack: true,
      reason: 'ap-southeast-2: inconclusive: too few calls',
      stackId: 'stack-ap-southeast-2',
    });
  });

  it('GIVEN a region not put back WHEN the release stopped THEN it is not called rolled back', () => {
    const regions = [
      ran(1, 'us-east-1', 'pass', false),
      ran(2, 'eu-west-1', 'fail', true),
      notRun(3, 'sa-east-1'),
    ];
    expect(releaseResult(regions, 'eu-west-1: fail: errors').rolledBack).toBe(false);
  });

  it('GIVEN nothing new anywhere WHEN the release ends THEN it is skipped, each region saying why', () => {
    const result = releaseResult([ran(1, 'us-east-1', 'skipped'), ran(2, 'eu-west-1', 'skipped')], undefined);
    expect({ verdict: result.verdict, reason: result.reason }).toEqual({
      verdict: 'skipped',
      reason: 'us-east-1: skipped in us-east-1; eu-west-1: skipped in eu-west-1',
    });
  });

  it('GIVEN regions, one never run WHEN the versions output is written THEN each region has its own, empty when it never ran', () => {
    expect(versionsByRegion([ran(1, 'us-east-1', 'pass'), notRun(2, 'eu-west-1')])).toEqual({
      'us-east-1': { 'orders-fn': { previous: '1', new: '2' } },
      'eu-west-1': {},
    });
  });
});

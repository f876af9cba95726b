/**
 * The checked-in list of AWS regions (src/config/aws-regions.ts) held to its source, botocore's
 * endpoint data, read by scripts/aws-regions.py. When botocore knows a region the list lacks
 * (or the other way round), `npm run aws-regions` rewrites the list.
 * It is an integration test only because botocore lives in the emulator's virtualenv.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { AWS_PARTITION_REGIONS } from '../../src/config/aws-regions.js';
import { MAX_REGIONS, parseRegions } from '../../src/config/regions.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function botocorePartitions(): Record<string, string[]> {
  const out = execFileSync(`${root}.emulator/venv/bin/python`, [`${root}scripts/aws-regions.py`, '--json'], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as Record<string, string[]>;
}

describe('the list of AWS regions', () => {
  it("is botocore's, partition by partition", () => {
    const source = botocorePartitions();
    expect(Object.keys(source)).toContain('aws');
    expect(AWS_PARTITION_REGIONS).toEqual(source);
  });

  it('is what the regions input takes: every region of botocore, one partition at a time', () => {
    for (const regions of Object.values(botocorePartitions())) {
      for (let start = 0; start < regions.length; start += MAX_REGIONS) {
        const some = regions.slice(start, start + MAX_REGIONS);
        expect(parseRegions(some.join(', ')).flat()).toEqual(some);
      }
    }
  });
});

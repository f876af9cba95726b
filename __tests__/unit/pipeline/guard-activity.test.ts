/** The run reads what the guard did at its snapshot: into the record and one info line per function; a failed read never fails the run. */
import { describe, expect, it } from '@jest/globals';
import { runPipeline } from '../../../src/pipeline/run.js';
import type { GuardActivity } from '../../../src/traffic/guard-activity.js';
import { trafficOps } from '../../../src/traffic/index.js';
import { harness, testConfig } from '../../helpers/pipeline-fakes.js';
import { fnALiveOnV1PerTest, testRunDeps } from '../../helpers/run-deps.js';

const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);
const mocks = fnALiveOnV1PerTest();

const activity: GuardActivity = {
  functionName: 'fn-a',
  alias: 'live',
  promotedAt: '2026-01-01T08:00:00.000Z',
  lastPassed: '1',
  rolledBack: undefined,
  lastActionAt: '2026-01-01T11:00:00.000Z',
};

describe('the guard activity a run reads at its snapshot', () => {
  it('GIVEN the guard acted on fn-a WHEN the run takes its snapshot THEN the record holds it and one info line says it, read once', async () => {
    const h = harness(mocks.model, { functions: ['fn-a'] });
    const reads: string[] = [];
    const parts = {
      ...h.parts,
      traffic: {
        ...trafficOps,
        readGuardActivity: async (_lambda: unknown, fn: string) => {
          reads.push(fn);
          return activity;
        },
      },
    };
    const d = testRunDeps({}, T0);
    const result = await runPipeline(testConfig(), d, parts);
    expect(result.verdict).toBe('pass');
    expect(result.record.guard).toEqual([activity]);
    expect(reads).toEqual(['fn-a']);
    const lines = d.logger.lines.filter((l) => l.message.includes('the guard last acted'));
    expect(lines).toEqual([
      {
        level: 'info',
        message:
          'fn-a: the guard last acted (a notice, a scale-out or a rollback) at 2026-01-01T11:00:00.000Z (1 h ago) (since the promotion at 2026-01-01T08:00:00.000Z)',
      },
    ]);
  });

  it('GIVEN Lambda answers nothing usable to the tag read WHEN the run goes on THEN it passes, with a debug line and no guard record', async () => {
    const h = harness(mocks.model, { functions: ['fn-a'] });
    const d = testRunDeps({}, T0);
    const result = await runPipeline(testConfig(), d, h.parts);
    expect(result.verdict).toBe('pass');
    expect(result.record.guard).toEqual([]);
    expect(d.logger.text('debug')).toContain("fn-a: the guard's tags were not read");
  });
});

/** A run handed to the guard (wait: false): verdict pending in the report, the summary and the exit code. */
import { describe, expect, it } from '@jest/globals';
import { exitCodeFor } from '../../../src/cli/run.js';
import { deploymentState } from '../../../src/action/deployment.js';
import { emptyRunRecord } from '../../../src/pipeline/record.js';
import type { RunResult } from '../../../src/pipeline/types.js';
import { buildReport } from '../../../src/report/report.js';
import { renderSummary } from '../../../src/report/summary.js';
import { testConfig } from '../../helpers/pipeline-fakes.js';

const config = testConfig({ wait: false });
const pending: RunResult = {
  verdict: 'pending',
  rolledBack: false,
  reason: 'handed to the guard: OrdersFunction at 10% of "canary 10% 5m"',
  versions: { OrdersFunction: { previous: '3', new: '4' } },
  stackId: undefined,
  stackOutputs: {},
  record: emptyRunRecord(config, '2026-11-29T20:00:00.000Z'),
};

describe('verdict pending', () => {
  const times = { startedAt: new Date('2026-11-29T20:00:00Z'), finishedAt: new Date('2026-11-29T20:00:09Z') };

  it('GIVEN a run handed to the guard WHEN summarised THEN the summary says so and how to follow and gate on it', () => {
    const md = renderSummary(buildReport(config, pending, times));
    expect(md).toContain('## ⏳ stack-canary: pending — orders');
    expect(md).toContain('**Handed to the guard**');
    expect(md).toContain('`npx stack-canary wait --stack-name orders`');
    expect(md).not.toContain('Rolled back');
  });

  it('GIVEN a run handed to the guard WHEN it ends THEN the step succeeds and the deployment stays in progress', () => {
    expect(buildReport(config, pending, times).verdict).toBe('pending');
    expect(exitCodeFor(pending)).toBe(0);
    expect(deploymentState('pending')).toBe('in_progress');
  });
});

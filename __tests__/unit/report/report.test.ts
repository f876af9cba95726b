import { describe, expect, it } from '@jest/globals';
import { buildReport, redact, serializeReport } from '../../../src/report/report.js';
import { renderErrorChart, renderSummary } from '../../../src/report/summary.js';
import type { RunResult } from '../../../src/pipeline/types.js';
import { testConfig } from '../../helpers/pipeline-fakes.js';

function minute(start: number, invocations: number, errors: number, memoryUtilization?: number) {
  return {
    start,
    invocations,
    errors,
    throttles: 0,
    durationP99Ms: undefined,
    slowCount: undefined,
    memoryUtilization,
  };
}

const times = { startedAt: new Date('2026-11-28T10:00:00Z'), finishedAt: new Date('2026-11-28T10:07:00Z') };
const failed: RunResult = {
  verdict: 'fail',
  rolledBack: true,
  reason: 'OrdersFunction: canary error rate 4.1% is above 1%',
  versions: { OrdersFunction: { previous: '3', new: '4' } },
  stackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/orders-api/1',
  stackOutputs: { ApiUrl: 'https://example.test' },
  details: {
    steps: [
      {
        index: 0,
        weight: 0.1,
        holdMs: 300_000,
        outcome: 'fail',
        decisions: { OrdersFunction: { decision: 'fail', reason: 'error rate | too high' } },
        samples: {
          OrdersFunction: {
            functionName: 'OrdersFunction',
            canary: [minute(0, 100, 2), minute(60_000, 100, 4, 0.95)],
            baseline: [minute(0, 1000, 10), minute(60_000, 1000, 9)],
            synthetic: { invocations: 10, errors: 1 },
            alarmsInAlarm: ['orders-errors'],
            consecutiveQueryFailures: 0,
            memorySource: 'report-logs',
          },
        },
      },
      { index: 1, weight: 1, holdMs: 0, outcome: 'not-reached', decisions: {} },
    ],
    stack: {
      changes: [
        {
          action: 'Modify',
          logicalId: 'OrdersFunction',
          resourceType: 'AWS::Lambda::Function',
          replacement: 'False',
        },
      ],
    },
  },
};

describe('buildReport', () => {
  it('carries the verdict, versions, stack and thresholds, and no secret', () => {
    const config = testConfig({
      githubToken: 'ghs_secret_token_value',
      parameterOverrides: [{ key: 'DbPassword', value: 'hunter2-very-secret' }],
      synthetic: { payload: '{"apiKey":"k-123456"}', ratePerMinute: 60 },
    });
    const report = buildReport(config, failed, times);
    const text = serializeReport(report, ['ghs_secret_token_value']);
    expect(report).toMatchObject({
      verdict: 'fail',
      rolledBack: true,
      stack: { name: 'orders', outputs: { ApiUrl: 'https://example.test' }, parameters: ['DbPassword'] },
      versions: { OrdersFunction: { previous: '3', new: '4' } },
      synthetic: { ratePerMinute: 60, payloadBytes: 21 },
    });
    expect(text).not.toContain('ghs_secret_token_value');
    expect(text).not.toContain('hunter2-very-secret');
    expect(text).not.toContain('k-123456');
    expect(JSON.parse(text).finishedAt).toBe('2026-11-28T10:07:00.000Z');
  });
});

describe('redact', () => {
  it('replaces every secret, longest first, and ignores very short ones', () => {
    expect(redact('token abcd and abcdef', ['abcd', 'abcdef', 'ab'])).toBe('token *** and ***');
  });
});

describe('renderSummary', () => {
  it('shows the verdict, the rollback, the versions, the steps, the metrics, a chart and the change set', () => {
    const md = renderSummary(buildReport(testConfig(), failed, times));
    expect(md).toContain('## ❌ stack-canary: fail — orders');
    expect(md).toContain('**Rolled back** (mode: `alias`).');
    expect(md).toContain('| OrdersFunction | 3 | 4 |');
    expect(md).toContain('| 1 | 10.0% | 300s | fail | error rate \\| too high |');
    expect(md).toContain('| 2 | 100.0% | 0s | not-reached |  |');
    // 7 errors in 210 canary invocations (incl. 10 synthetic) = 3.33%, above 1%.
    expect(md).toContain('| OrdersFunction | error rate (canary) | 3.33% | ≤ 1.00% | ❌ |');
    expect(md).toContain('| OrdersFunction | invocations (canary) | 210 | ≥ 50 | ✅ |');
    expect(md).toContain('| OrdersFunction | error rate (baseline) | 0.95% | for comparison | ✅ |');
    expect(md).toContain('| OrdersFunction | memory, peak (report-logs) | 95.0% | < 90.0% | ❌ |');
    expect(md).toContain('| OrdersFunction | alarms in ALARM | orders-errors | none | ❌ |');
    expect(md).toContain('```mermaid');
    expect(md).toContain('line [2.00, 4.00]');
    expect(md).toContain('line [1.00, 0.90]');
    expect(md).toContain('| Modify | OrdersFunction | AWS::Lambda::Function | False |');
  });

  it('leaves out the sections it has no data for', () => {
    const md = renderSummary(
      buildReport(
        testConfig(),
        { ...failed, verdict: 'pass', rolledBack: false, versions: {}, details: {} },
        times,
      ),
    );
    expect(md).toContain('## ✅ stack-canary: pass');
    expect(md).not.toContain('Rolled back');
    expect(md).not.toContain('### Steps');
    expect(md).not.toContain('mermaid');
  });
});

describe('renderErrorChart', () => {
  it('is empty without data points', () => {
    expect(
      renderErrorChart('f', [{ start: 0, canaryErrorRate: undefined, baselineErrorRate: undefined }]),
    ).toBe('');
  });
});

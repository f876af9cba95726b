import { describe, expect, it } from '@jest/globals';
import type { Judgement } from '../../../src/canary/types.js';
import { emptyRunRecord } from '../../../src/pipeline/record.js';
import type { RunRecord } from '../../../src/pipeline/record.js';
import type { RunResult } from '../../../src/pipeline/types.js';
import { renderErrorChart } from '../../../src/report/chart.js';
import { buildReport, redact, serializeReport } from '../../../src/report/report.js';
import { renderSummary } from '../../../src/report/summary.js';
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

/** The judge's own verdict: one rule found harm, one was still watching. */
const failing: Judgement = {
  decision: 'fail',
  reason: 'error rate | too high',
  evidence: { canaryErrorRate: 0.033 },
  rules: [
    {
      name: 'errors vs baseline',
      status: 'fail',
      summary: 'e-value 41 crossed 20',
      evidence: { eValue: 41.23456, canaryErrors: 7 },
    },
    { name: 'memory', status: 'watching', summary: 'peak 95% of 1 minute', evidence: { minutes: 1 } },
  ],
};

const record: RunRecord = {
  ...emptyRunRecord(testConfig(), '2026-11-28T10:00:00.000Z'),
  functions: [
    {
      functionName: 'OrdersFunction',
      status: 'canary',
      previous: '3',
      new: '4',
      aliasNow: 'v3',
      memorySizeMb: 256,
      timeoutSeconds: 10,
      changedBySomeoneElse: undefined,
    },
  ],
  steps: [
    {
      index: 0,
      weight: 0.1,
      holdMs: 300_000,
      startedAt: '2026-11-28T10:01:00.000Z',
      endedAt: '2026-11-28T10:03:00.000Z',
      outcome: 'fail',
      decisions: { OrdersFunction: failing },
      polls: [],
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
    {
      index: 1,
      weight: 1,
      holdMs: 0,
      startedAt: '2026-11-28T10:03:00.000Z',
      endedAt: undefined,
      outcome: 'not-reached',
      decisions: {},
      polls: [],
      samples: undefined,
    },
  ],
  actions: [
    {
      functionName: 'OrdersFunction',
      alias: 'live',
      kind: 'shift',
      from: 'v3',
      to: 'v3 + v4 at 10%',
      at: '2026-11-28T10:01:00.000Z',
    },
  ],
  rollback: {
    mode: 'alias',
    trigger: 'verdict',
    aliases: [
      {
        functionName: 'OrdersFunction',
        alias: 'live',
        action: 'restored',
        message: 'OrdersFunction: alias live back on v3 (was v3 + v4 at 10%)',
      },
    ],
    stack: 'not requested',
  },
  stack: {
    stackName: 'orders',
    stackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/orders-api/1',
    outcome: 'updated',
    changes: [
      {
        action: 'Modify',
        logicalId: 'OrdersFunction',
        resourceType: 'AWS::Lambda::Function',
        replacement: 'False',
      },
    ],
  },
};

const failed: RunResult = {
  verdict: 'fail',
  rolledBack: true,
  reason: 'OrdersFunction: canary error rate 4.1% is above 1%',
  versions: { OrdersFunction: { previous: '3', new: '4' } },
  stackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/orders-api/1',
  stackOutputs: { ApiUrl: 'https://example.test' },
  record,
};

describe('buildReport', () => {
  it('carries the verdict, versions, stack, thresholds and the run record, and no secret', () => {
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
    expect(JSON.parse(text).record.steps[0].decisions.OrdersFunction.rules[0].name).toBe(
      'errors vs baseline',
    );
    expect(text).not.toContain('ghs_secret_token_value');
    expect(text).not.toContain('hunter2-very-secret');
    expect(text).not.toContain('k-123456');
    expect(JSON.parse(text).finishedAt).toBe('2026-11-28T10:07:00.000Z');
  });
});

describe('serializeReport', () => {
  it('masks a secret in the texts only: keys, counts and flags stay whole and the JSON stays valid', () => {
    // A stack parameter of `1` and one named like a report key are secrets too.
    const report = buildReport(testConfig(), failed, times);
    const text = serializeReport(report, ['1', 'rolledBack', 'OrdersFunction']);
    const parsed = JSON.parse(text) as Record<string, unknown> & typeof report;
    expect(parsed.rolledBack).toBe(true);
    expect(Object.keys(parsed.versions)).toEqual(['OrdersFunction']);
    expect(parsed.versions['OrdersFunction']).toEqual({ previous: '3', new: '4' });
    expect(parsed.thresholds).toEqual(JSON.parse(JSON.stringify(report.thresholds)));
    expect(parsed.reason).toBe('***: canary error rate 4.***% is above ***%');
    expect(parsed.stack.id).toBe('arn:aws:cloudformation:us-east-***:***234567890***2:stack/orders-api/***');
  });
});

describe('redact', () => {
  it('replaces every secret, longest first, and ignores very short ones', () => {
    expect(redact('token abcd and abcdef', ['abcd', 'abcdef', 'ab'])).toBe('token *** and ***');
  });
});

describe('renderSummary', () => {
  it('shows the verdict, the rollback, the versions, the steps, the rules, the changes, a chart and the change set', () => {
    const md = renderSummary(buildReport(testConfig(), failed, times));
    expect(md).toContain('## ❌ stack-canary: fail — orders');
    expect(md).toContain('**Rolled back** (mode: alias).');
    expect(md).toContain('| OrdersFunction | 3 | 4 | v3 |');
    expect(md).toContain('| 1 | 10.0% | 300s | fail | error rate \\| too high |');
    expect(md).toContain('| 2 | 100.0% | 0s | not-reached |  |');
    // The judge's own rule results, as it gave them: no threshold is applied again here.
    expect(md).toContain(
      '| 1 | OrdersFunction | fail | errors vs baseline | ❌ fail | e-value 41 crossed 20 | eValue 41.23, canaryErrors 7 |',
    );
    expect(md).toContain(
      '| 1 | OrdersFunction | fail | memory | ⏳ watching | peak 95% of 1 minute | minutes 1 |',
    );
    expect(md).not.toContain('Metrics against thresholds');
    expect(md).toContain('| OrdersFunction | shift | v3 | v3 + v4 at 10% | 2026-11-28T10:01:00.000Z |');
    expect(md).toContain('- OrdersFunction: alias live back on v3 (was v3 + v4 at 10%)');
    expect(md).toContain('```mermaid');
    expect(md).toContain('line [2.00, 4.00]');
    expect(md).toContain('line [1.00, 0.90]');
    expect(md).toContain('| Modify | OrdersFunction | AWS::Lambda::Function | False |');
  });

  it('leaves out the sections it has no data for', () => {
    const empty = emptyRunRecord(testConfig(), '2026-11-28T10:00:00.000Z');
    const md = renderSummary(
      buildReport(
        testConfig(),
        { ...failed, verdict: 'pass', rolledBack: false, versions: {}, record: empty },
        times,
      ),
    );
    expect(md).toContain('## ✅ stack-canary: pass');
    expect(md).not.toContain('Rolled back');
    expect(md).not.toContain('### Steps');
    expect(md).not.toContain('### Rollback');
    expect(md).not.toContain('mermaid');
  });

  it('says what threw, in which phase, and where each alias was left', () => {
    const crashed: RunRecord = {
      ...record,
      crash: {
        error: { name: 'StackCanaryError', code: 'AWS_ERROR', message: 'Rate exceeded' },
        phase: 'canary',
        aliases: [{ functionName: 'OrdersFunction', alias: 'live', now: 'v3', onJudgedVersion: true }],
      },
    };
    const md = renderSummary(buildReport(testConfig(), { ...failed, record: crashed }, times));
    expect(md).toContain('**The run stopped on an error during canary:** Rate exceeded');
    expect(md).toContain('| OrdersFunction | live | v3 | yes |');
  });
});

describe('renderErrorChart', () => {
  it('is empty without data points', () => {
    expect(
      renderErrorChart('f', [{ start: 0, canaryErrorRate: undefined, baselineErrorRate: undefined }]),
    ).toBe('');
  });
});

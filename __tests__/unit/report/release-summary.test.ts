import { describe, expect, it } from '@jest/globals';
import { emptyRunRecord } from '../../../src/pipeline/record.js';
import type { RunResult } from '../../../src/pipeline/types.js';
import { buildReport, dashboardUrl, serializeReport } from '../../../src/report/report.js';
import { renderSummary } from '../../../src/report/summary.js';
import { testConfig } from '../../helpers/pipeline-fakes.js';

const times = { startedAt: new Date('2026-11-28T10:00:00Z'), finishedAt: new Date('2026-11-28T10:20:00Z') };
const config = testConfig({ regions: [['us-east-1'], ['eu-west-1']] });

function regionResult(region: string, verdict: RunResult['verdict'], reason: string): RunResult {
  return {
    verdict,
    rolledBack: true,
    reason,
    versions: { OrdersFunction: { previous: '3', new: '4' } },
    stackId: `arn:aws:cloudformation:${region}:123456789012:stack/orders/1`,
    stackOutputs: {},
    record: emptyRunRecord(testConfig({ region, alias: `live-${region}` }), times.startedAt.toISOString()),
  };
}

const east = regionResult('us-east-1', 'pass', 'rolled back with the release: eu-west-1: fail: errors');
const west = regionResult('eu-west-1', 'fail', 'OrdersFunction: canary error rate 4.1% | above 1%');
const release: RunResult = {
  ...west,
  reason: 'eu-west-1: fail: OrdersFunction: canary error rate 4.1% | above 1%',
  regions: [
    { wave: 1, region: 'us-east-1', result: east, dashboard: 'orders-canary' },
    { wave: 2, region: 'eu-west-1', result: west },
    { wave: 3, region: 'sa-east-1', result: undefined },
  ],
};

describe('the report of a release in waves', () => {
  it('GIVEN three regions WHEN reported THEN the JSON holds each region with its own record', () => {
    const report = JSON.parse(serializeReport(buildReport(config, release, times), []));
    expect(report.verdict).toBe('fail');
    expect(report.regions.map((r: { region: string; verdict: string }) => [r.region, r.verdict])).toEqual([
      ['us-east-1', 'pass'],
      ['eu-west-1', 'fail'],
      ['sa-east-1', 'not run'],
    ]);
    expect(report.regions[0].record).toEqual(JSON.parse(JSON.stringify(east.record)));
    expect(report.regions[0].record.alias).toBe('live-us-east-1');
    expect(report.regions[0].dashboardUrl).toBe(dashboardUrl('us-east-1', 'orders-canary'));
  });

  it("GIVEN three regions WHEN summarised THEN one table (wave, region, verdict, versions, reason, dashboard) comes above each region's details", () => {
    const md = renderSummary(buildReport(config, release, times));
    expect(md).toContain('## ❌ stack-canary: fail in 3 regions');
    const table = md.indexOf('| wave | region | verdict | versions | reason | dashboard |');
    expect(table).toBeGreaterThan(0);
    expect(md).toContain(
      '| 1 | us-east-1 | pass, rolled back | OrdersFunction v3 → v4 | rolled back with the release: eu-west-1: fail: errors | [dashboard](https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#dashboards/dashboard/orders-canary) |',
    );
    // Text from AWS is escaped in the table.
    expect(md).toContain(
      '| 2 | eu-west-1 | fail, rolled back | OrdersFunction v3 → v4 | OrdersFunction: canary error rate 4.1% \\| above 1% | — |',
    );
    expect(md).toContain('| 3 | sa-east-1 | not run |  | an earlier wave stopped the release | — |');
    const details = md.indexOf('<details><summary>us-east-1: pass</summary>');
    expect(details).toBeGreaterThan(table);
    expect(md).toContain('<details><summary>eu-west-1: fail</summary>');
    expect(md).not.toContain('<details><summary>sa-east-1');
  });
});

import { describe, expect, it } from '@jest/globals';
import type { FunctionRecord, RunRecord } from '../../../src/pipeline/record.js';
import { emptyRunRecord } from '../../../src/pipeline/record.js';
import type { RunResult } from '../../../src/pipeline/types.js';
import { verdictLine } from '../../../src/report/verdict-line.js';
import { testConfig } from '../../helpers/pipeline-fakes.js';

function fn(
  name: string,
  previous: string | undefined,
  fresh: string | undefined,
  aliasNow: string,
): FunctionRecord {
  return {
    functionName: name,
    status: 'canary',
    previous,
    new: fresh,
    aliasNow,
    memorySizeMb: 128,
    timeoutSeconds: 3,
    changedBySomeoneElse: undefined,
  };
}

/** What the verdict line does not read. */
const UNREAD = { versions: {}, stackId: undefined, stackOutputs: {} };

function result(
  verdict: RunResult['verdict'],
  functions: readonly FunctionRecord[],
  extra: Partial<RunResult> = {},
  record: Partial<RunRecord> = {},
): RunResult {
  const run = { ...emptyRunRecord(testConfig(), '2026-11-29T20:00:00.000Z'), functions, ...record };
  return {
    ...UNREAD,
    verdict,
    rolledBack: false,
    reason: 'the reason',
    record: run,
    ...extra,
  };
}

describe('verdictLine', () => {
  it('a pass says it promoted, where the alias is and where it was, then why', () => {
    expect(verdictLine(result('pass', [fn('orders', '3', '4', 'v4')]))).toBe(
      'verdict pass · promoted · orders: alias live on v4 (was v3) · reason: the reason',
    );
  });

  it('does not say "promoted" twice', () => {
    const passed = result('pass', [fn('orders', '3', '4', 'v4')], {
      reason: 'promoted: every function passed',
    });
    expect(verdictLine(passed)).toBe(
      'verdict pass · promoted · orders: alias live on v4 (was v3) · reason: every function passed',
    );
  });

  it('a failed canary that was rolled back names the rejected version', () => {
    const line = verdictLine(result('fail', [fn('orders', '3', '4', 'v3')], { rolledBack: true }));
    expect(line).toBe(
      'verdict fail · rolled back · orders: alias live on v3 (v4 rejected) · reason: the reason',
    );
  });

  it('a first deploy says the alias was created', () => {
    expect(verdictLine(result('pass', [fn('orders', undefined, '1', 'v1')]))).toBe(
      'verdict pass · alias created · orders: alias live on v1 (created) · reason: the reason',
    );
  });

  it('rollback: none leaves the alias routing, and says so', () => {
    const line = verdictLine(
      result('inconclusive', [fn('orders', '3', '4', 'v3 + v4 at 10%')], {}, { rollbackMode: 'none' }),
    );
    expect(line).toBe(
      'verdict inconclusive · not rolled back (rollback: none) · orders: alias live on v3 + v4 at 10% · reason: the reason',
    );
  });

  it('a skipped run lists no alias', () => {
    expect(verdictLine(result('skipped', [fn('orders', '3', undefined, 'v3')], { reason: 'dry run' }))).toBe(
      'verdict skipped · nothing shifted · reason: dry run',
    );
  });

  it('stays one line, so no reason or name can start a workflow command', () => {
    const hostile = result('fail', [fn('orders\n::error::x', '3', '4', 'v3')], {
      rolledBack: true,
      reason: 'bad\n::set-output name=verdict::pass\r\n::stop-commands::t',
    });
    const line = verdictLine(hostile);
    expect(line.split(/[\r\n\u2028\u2029]/)).toHaveLength(1);
    expect(line.startsWith('verdict fail · ')).toBe(true);
  });

  it('names three functions and counts the rest', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((name) => fn(name, '1', '2', 'v2'));
    const line = verdictLine(result('pass', many));
    expect(line).toContain('c: alias live on v2 (was v1) · 2 more functions in the report · reason:');
    expect(line).not.toContain('d: alias');
  });
});

describe('the verdict line of a release in waves', () => {
  it('GIVEN a release stopped in its second wave WHEN its last line is written THEN it says what was done in each region', () => {
    const east = result('pass', [fn('orders', '3', '4', 'v3')], { rolledBack: true });
    const west = result('fail', [fn('orders', '7', '8', 'v7')], { rolledBack: true });
    const release = result('fail', [fn('orders', '7', '8', 'v7')], {
      rolledBack: true,
      reason: 'eu-west-1: fail: errors',
      regions: [
        { wave: 1, region: 'us-east-1', result: east },
        { wave: 2, region: 'eu-west-1', result: west },
        { wave: 3, region: 'sa-east-1', result: undefined },
      ],
    });
    expect(verdictLine(release)).toBe(
      'verdict fail · rolled back · us-east-1: promoted, then rolled back · eu-west-1: rolled back · sa-east-1: not run · reason: eu-west-1: fail: errors',
    );
  });
});

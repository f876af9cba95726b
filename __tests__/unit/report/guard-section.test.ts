/** The summary's "The guard since the last release" section and the run's log line: what, when, why, escaped. */
import { describe, expect, it } from '@jest/globals';
import { emptyRunRecord } from '../../../src/pipeline/record.js';
import type { RunResult } from '../../../src/pipeline/types.js';
import { guardSection } from '../../../src/report/guard-section.js';
import { agoText, guardActivityText } from '../../../src/traffic/guard-activity-text.js';
import { buildReport } from '../../../src/report/report.js';
import { renderSummary } from '../../../src/report/summary.js';
import type { GuardActivity } from '../../../src/traffic/guard-activity.js';
import { testConfig } from '../../helpers/pipeline-fakes.js';

const NOW = Date.parse('2026-11-29T15:30:00Z');
const rolledBack: GuardActivity = {
  functionName: 'orders',
  alias: 'live',
  promotedAt: '2026-11-29T10:00:00.000Z',
  lastPassed: '4',
  rolledBack: { version: '5', at: '2026-11-29T12:30:00.000Z', reason: 'error rate 4.1% against 0.2% before' },
  lastActionAt: '2026-11-29T12:30:00.000Z',
};
const noticed: GuardActivity = {
  functionName: 'billing',
  alias: 'live',
  promotedAt: undefined,
  lastPassed: undefined,
  rolledBack: undefined,
  lastActionAt: '2026-11-29T15:18:00.000Z',
};

describe('agoText', () => {
  it.each([
    [0, 'just now'],
    [59_999, 'just now'],
    [-120_000, 'just now'],
    [12 * 60_000, '12 min ago'],
    [3 * 3_600_000 + 59 * 60_000, '3 h ago'],
    [47 * 3_600_000, '47 h ago'],
    [3 * 86_400_000, '3 d ago'],
  ])('GIVEN %i ms before now WHEN told THEN %s', (before, text) => {
    expect(agoText(NOW - before, NOW)).toBe(text);
  });

  it('GIVEN no time at all WHEN told THEN just now, never NaN', () => {
    expect(agoText(Number.NaN, NOW)).toBe('just now');
  });
});

describe('guardActivityText', () => {
  it('GIVEN a rollback WHEN described THEN what, when (ISO and how long ago) and why', () => {
    expect(guardActivityText(rolledBack, NOW)).toBe(
      'orders: the guard rolled alias live off v5 back to v4 at 2026-11-29T12:30:00.000Z (3 h ago): ' +
        'error rate 4.1% against 0.2% before (since the promotion at 2026-11-29T10:00:00.000Z)',
    );
  });

  it('GIVEN only a later action WHEN described THEN its time, and that no promotion was recorded', () => {
    expect(guardActivityText(noticed, NOW)).toBe(
      'billing: the guard last acted (a notice, a scale-out or a rollback) at 2026-11-29T15:18:00.000Z (12 min ago) (no promotion recorded)',
    );
  });
});

describe('guardSection', () => {
  it('GIVEN no activity WHEN rendered THEN no section at all', () => {
    expect(guardSection([], NOW)).toEqual([]);
  });

  it('GIVEN hostile tag text WHEN rendered THEN no HTML, link, code span, cell break or line break gets through', () => {
    const hostile: GuardActivity = {
      ...rolledBack,
      rolledBack: {
        version: '5',
        at: '2026-11-29T12:30:00.000Z',
        reason: '<img src=x> [a](http://e) `x` | *b*\n## owned',
      },
    };
    const [heading, , line] = guardSection([hostile], NOW);
    expect(heading).toBe('### The guard since the last release');
    expect(line).toContain('&lt;img src=x&gt; \\[a\\](http://e) \\`x\\` \\| \\*b\\* ## owned');
    expect(line).not.toMatch(/[<>\n]/);
  });

  /** The summary and the report of a passed run whose record holds `guard`. */
  function rendered(guard: readonly GuardActivity[]) {
    const config = testConfig();
    const record = { ...emptyRunRecord(config, '2026-11-29T15:30:00.000Z'), guard };
    const versions = { orders: { previous: '4', new: '6' } };
    const result: RunResult = {
      verdict: 'pass',
      rolledBack: false,
      reason: 'ok',
      versions,
      stackId: undefined,
      stackOutputs: {},
      record,
    };
    const report = buildReport(config, result, {
      startedAt: new Date(NOW),
      finishedAt: new Date(NOW + 60_000),
    });
    return { report, md: renderSummary(report) };
  }

  it('GIVEN a run whose record holds guard activity WHEN summarised THEN the section shows one line per function, timed against the run start', () => {
    const { report, md } = rendered([rolledBack, noticed]);
    expect(md).toContain(
      '### The guard since the last release\n\n- orders: the guard rolled alias live off v5 back to v4',
    );
    expect(md).toContain('(3 h ago)');
    expect(md).toContain('- billing: the guard last acted');
    expect(JSON.parse(JSON.stringify(report)).record.guard).toEqual([rolledBack, noticed]);
  });

  it('GIVEN a run the guard left alone WHEN summarised THEN no guard section', () => {
    expect(rendered([]).md).not.toContain('The guard since');
  });
});

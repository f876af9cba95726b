/** The summary of a step that ended without a verdict: hostile text stays inside its cell. */
import { describe, expect, it } from '@jest/globals';
import { escapeMarkdown, renderStopSummary, stopVerdictLine } from '../../../src/action/stop-report.js';

describe('renderStopSummary', () => {
  it('escapes markup, HTML and line breaks from the reason and the table cells', () => {
    const text = renderStopSummary('error', 'Broke <img src=x> on `fn` | [link](http://x)\r\n## heading', {
      headline: 'No alias was changed.',
      rows: [{ functionName: 'fn|a', alias: 'live\nx', leftOn: 'v1 (untouched)' }],
      rolledBack: false,
    });
    expect(text).toContain('Broke &lt;img src=x&gt; on \\`fn\\` \\| \\[link\\](http://x) \\#\\# heading');
    expect(text).toContain('| fn\\|a | live x | v1 (untouched) |');
    expect(text.split('\n').filter((l) => l.startsWith('|'))).toHaveLength(3);
  });

  it('leaves out the table when no alias is known', () => {
    const text = renderStopSummary('error', 'bad input', {
      headline: 'No alias was changed.',
      rows: [],
      rolledBack: false,
    });
    expect(text).not.toContain('| Function |');
    expect(escapeMarkdown('a & b')).toBe('a &amp; b');
  });
});

describe('stopVerdictLine', () => {
  it('is one line: the aliases as a whole, three of them by name, the rest counted, then why', () => {
    const rows = ['a', 'b', 'c', 'd'].map((name) => ({
      functionName: name,
      alias: 'live',
      leftOn: 'v1 (restored)',
    }));
    const line = stopVerdictLine('stopped', 'SIGTERM\n::error::x', {
      headline: 'All back.',
      rows,
      rolledBack: true,
    });
    expect(line).toBe(
      'verdict error (stopped) · All back · a: alias live on v1 (restored) · b: alias live on v1 (restored) · ' +
        'c: alias live on v1 (restored) · 1 more in the job summary · reason: SIGTERM ::error::x',
    );
  });
});

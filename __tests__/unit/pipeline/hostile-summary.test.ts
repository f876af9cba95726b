/**
 * Hostile names through a whole run: function names, a stack name, alarm names, the judge's
 * reasons and rule findings, and a stack's status reason carry HTML, links, backticks, `\r`, a
 * closing fence and `|`. The rendered job summary must keep every one of them inert.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { FunctionSamples, Judge } from '../../../src/canary/types.js';
import { crashResult } from '../../../src/pipeline/crash-result.js';
import { crashRecordOf } from '../../../src/pipeline/record.js';
import { runPipeline } from '../../../src/pipeline/run.js';
import type { RunResult } from '../../../src/pipeline/types.js';
import { buildReport } from '../../../src/report/report.js';
import { renderSummary } from '../../../src/report/summary.js';
import { LambdaModel } from '../../helpers/lambda-mock.js';
import { harness, MINUTE, testConfig } from '../../helpers/pipeline-fakes.js';
import { testRunDeps } from '../../helpers/run-deps.js';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '[click](https://evil.test)',
  'fn`rm -rf`',
  'fn\r\n```\n# owned',
  'a|b|c',
];
const STACK = 'orders</h2><script>x</script>';
const times = { startedAt: new Date(0), finishedAt: new Date(MINUTE) };

let model: LambdaModel;
beforeEach(() => {
  model = new LambdaModel();
  for (const fn of HOSTILE) {
    model.addFunction(fn, { sha: `${fn}-sha-1`, published: [`${fn}-sha-1`] });
    model.setAlias(fn, 'live', '1');
  }
});
afterEach(() => model.restore());

const deps = () => testRunDeps();

/** Fails every function with its own name in the reason and in a rule's finding and evidence. */
const hostileJudge: Judge = (input) => ({
  decision: input.step.elapsedMs >= 2 * MINUTE ? 'fail' : 'continue',
  reason: `${input.samples.functionName} failed | see [here](https://evil.test)`,
  evidence: { name: input.samples.functionName },
  rules: [
    {
      name: 'errors `vs` <baseline>',
      status: 'fail',
      summary: `harm in ${input.samples.functionName}\r\n\`\`\``,
      evidence: { alarm: '<b>alarm</b>|x' },
    },
  ],
});

function samples(fn: string): FunctionSamples {
  const minute = (start: number, errors: number) => ({
    start,
    invocations: 100,
    errors,
    throttles: 0,
    durationP99Ms: undefined,
    slowCount: undefined,
    memoryUtilization: undefined,
  });
  return {
    functionName: fn,
    canary: [minute(0, 1), minute(MINUTE, 5)],
    baseline: [minute(0, 0), minute(MINUTE, 1)],
    synthetic: { invocations: 0, errors: 0 },
    alarmsInAlarm: ['<svg onload=x>'],
    consecutiveQueryFailures: 0,
    memorySource: 'none',
  };
}

/** What no hostile text may produce in the summary. */
function expectInert(md: string): void {
  expect(md).not.toContain('\r');
  // No HTML but our own collapsible thresholds.
  expect(md.replace(/<\/?details>|<\/?summary>/g, '')).not.toMatch(/</);
  // The only fences are the Mermaid blocks' own, each closed.
  const lines = md.split('\n');
  const fences = lines.filter((l) => l.startsWith('```'));
  expect(fences.filter((l) => l === '```mermaid').length * 2).toBe(fences.length);
  // Outside them: no link or image (every [ and ] escaped), no code span (every backtick escaped).
  const prose = md.replace(/```mermaid\n[^`]*\n```/g, '');
  expect(prose).not.toMatch(/(^|[^\\])[[\]`]/m);
  // Inside them: the Mermaid labels are quoted and hold no quote or backtick of their own.
  for (const title of lines.filter((l) => l.trimStart().startsWith('title '))) {
    expect(title).toMatch(/^ {2}title "[^"`]*"$/);
  }
  // Only our own headings.
  expect(lines.filter((l) => l.startsWith('#')).every((l) => /^#{2,3} [^#]/.test(l))).toBe(true);
  // Each table row has as many cells as its header.
  let columns = 0;
  for (const line of lines) {
    if (!line.startsWith('|')) {
      columns = 0;
      continue;
    }
    const cells = line.replace(/\\\\/g, '').split(/(?<!\\)\|/).length - 2;
    if (columns === 0) columns = cells;
    expect(cells).toBe(columns);
  }
}

describe('hostile names in the job summary', () => {
  it('a failed run: every name, reason, rule and alarm is escaped in tables, headings and the chart', async () => {
    const h = harness(model, { functions: HOSTILE });
    h.observer.observeImpl = async () => new Map(HOSTILE.map((fn) => [fn, samples(fn)]));
    const config = testConfig({
      stackName: STACK,
      strategy: {
        source: 'canary 10% 5m `x`',
        steps: [
          { weight: 0.1, holdMs: 5 * MINUTE },
          { weight: 1, holdMs: 0 },
        ],
      },
    });
    const result = await runPipeline(config, deps(), { ...h.parts, judge: hostileJudge });
    expect(result.verdict).toBe('fail');
    const md = renderSummary(buildReport(config, result, times));
    expectInert(md);
    // The names are still there, readable.
    const readable = [
      '&lt;img src=x onerror=alert(1)&gt;',
      '\\[click\\](https://evil.test)',
      'a\\|b\\|c',
      '## ❌ stack-canary: fail — orders&lt;/h2&gt;&lt;script&gt;x&lt;/script&gt;',
      'title "fn_rm -rf_: error rate (%)"',
      'errors \\`vs\\` &lt;baseline&gt;',
    ];
    for (const text of readable) expect(md).toContain(text);
  });

  it('a crash: the status reason is escaped and the aliases are shown on their judged versions', async () => {
    const reason = 'Resource handler returned message: "<a href=x>[y](z)</a> | ```"\r\n```';
    const h = harness(model, { functions: HOSTILE, deployError: new Error(reason) });
    const config = testConfig({ stackName: STACK });
    const error = await runPipeline(config, deps(), h.parts).then(
      () => undefined,
      (e: unknown) => e,
    );
    const record = crashRecordOf(error);
    expect(record?.crash?.phase).toBe('deploy');
    const result: RunResult = crashResult(record ?? fail());
    const md = renderSummary(buildReport(config, result, times));
    expectInert(md);
    expect(md).toContain('**The run stopped on an error during deploy:** Resource handler returned message');
    for (const a of record?.crash?.aliases ?? [])
      expect(a).toMatchObject({ now: 'v1', onJudgedVersion: true });
    expect(record?.crash?.aliases).toHaveLength(HOSTILE.length);
  });
});

describe('hostile names in the log', () => {
  it('no logged line can start a workflow command', async () => {
    const name = 'fn\n::set-output name=verdict::pass';
    model.addFunction(name, { sha: 'x-1', published: ['x-1'] });
    model.setAlias(name, 'live', '1');
    const h = harness(model, { functions: [name] });
    const d = testRunDeps();
    const result = await runPipeline(testConfig(), d, { ...h.parts, judge: hostileJudge });
    expect(result.verdict).toBe('fail');
    const lines = d.logger.lines.flatMap((l) => l.message.split(/\r\n|\r|\n/));
    expect(lines.some((l) => l.includes('[::]set-output name=verdict::pass'))).toBe(true);
    expect(lines.filter((l) => l.trimStart().startsWith('::'))).toEqual([]);
  });
});

function fail(): never {
  throw new Error('the run kept no crash record');
}

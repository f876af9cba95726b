/**
 * The job summary, rendered from the report and its run record only (nothing is judged here):
 * the verdict, a crash if there was one, the versions, each step, the judge's own per-rule
 * results, the alias changes and the rollback, a chart of canary against baseline error rate,
 * and the change set. Every text from inputs or AWS goes through escape.ts.
 */
import type { Judgement } from '../canary/types.js';
import type { RunRecord, StepRecord } from '../pipeline/record.js';
import { errorSeries, renderErrorChart } from './chart.js';
import { mdText } from '../util/escape.js';
import { guardSection } from './guard-section.js';
import type { RegionReport, Report } from './report.js';

const ICON: Record<Report['verdict'], string> = {
  pass: '✅',
  fail: '❌',
  inconclusive: '⚠️',
  skipped: '⏭️',
  pending: '⏳',
};

const RULE_ICON = { fail: '❌', pass: '✅', watching: '⏳' } as const;

const pct = (x: number): string => `${(x * 100).toFixed(x < 0.1 ? 2 : 1)}%`;

/** A markdown table; every cell is escaped. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  if (rows.length === 0) return [];
  const line = (cells: readonly string[]): string => `| ${cells.map(mdText).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---|').join('')}`, ...rows.map(line), ''];
}

function stepReason(step: StepRecord): string {
  const decisions = Object.entries(step.decisions);
  if (decisions.length === 1) return decisions[0]?.[1].reason ?? '';
  return decisions.map(([fn, j]) => `${fn}: ${j.reason}`).join('; ');
}

/** Evidence as the judge gave it; numbers to 4 significant digits. */
const evidenceText = (evidence: Judgement['evidence']): string =>
  Object.entries(evidence)
    .map(([k, v]) => `${k} ${typeof v === 'number' ? String(Number(v.toPrecision(4))) : String(v)}`)
    .join(', ');

/** The judge's own results: one row per rule of each decisive judgement. */
function ruleRows(steps: readonly StepRecord[]): string[][] {
  return steps.flatMap((step) =>
    Object.entries(step.decisions).flatMap(([fn, j]) =>
      j.rules.length === 0
        ? [[String(step.index + 1), fn, j.decision, '—', '', j.reason, evidenceText(j.evidence)]]
        : j.rules.map((r) => [
            String(step.index + 1),
            fn,
            j.decision,
            r.name,
            `${RULE_ICON[r.status]} ${r.status}`,
            r.summary,
            evidenceText(r.evidence),
          ]),
    ),
  );
}

/** The alias as the run last saw it, and whether someone else took it over. */
function aliasNow(record: RunRecord, functionName: string): string {
  const fn = record.functions.find((f) => f.functionName === functionName);
  if (!fn) return '—';
  return fn.changedBySomeoneElse ? `${fn.aliasNow} (changed by someone else)` : fn.aliasNow;
}

function crashLines(crash: NonNullable<RunRecord['crash']>): string[] {
  const where = crash.phase ? ` during ${crash.phase}` : '';
  return [
    `**The run stopped on an error${where}:** ${mdText(crash.error.message)}`,
    '',
    ...table(
      ['function', 'alias', 'left on', 'judged version'],
      crash.aliases.map((a) => [a.functionName, a.alias, a.now, a.onJudgedVersion ? 'yes' : 'NO']),
    ),
  ];
}

/**
 * A release in waves: one table of its regions (wave, region, verdict, versions, reason, the
 * region's dashboard) above each region's own summary.
 */
function renderRelease(report: Report, regions: readonly RegionReport[]): string {
  const out: string[] = [];
  out.push(`## ${ICON[report.verdict]} stack-canary: ${report.verdict} in ${regions.length} regions`, '');
  out.push(mdText(report.reason), '');
  if (report.rolledBack) out.push(`**Rolled back in every region** (mode: ${mdText(report.rollback)}).`, '');
  const versions = (v: RegionReport['versions']): string =>
    Object.entries(v)
      .map(([fn, { previous, new: fresh }]) => `${fn} v${previous ?? '—'} → v${fresh ?? '—'}`)
      .join(', ');
  // The dashboard's link is built here from the region and the stack's own output, not escaped text.
  const row = (cells: readonly string[], link: string): string =>
    `| ${cells.map(mdText).join(' | ')} | ${link} |`;
  out.push(
    '| wave | region | verdict | versions | reason | dashboard |',
    '|---|---|---|---|---|---|',
    ...regions.map((r) =>
      row(
        [
          String(r.wave),
          r.region,
          `${r.verdict}${r.rolledBack ? ', rolled back' : ''}`,
          versions(r.versions),
          r.reason,
        ],
        r.dashboardUrl === undefined ? '—' : `[dashboard](${r.dashboardUrl})`,
      ),
    ),
    '',
  );
  for (const r of regions) {
    if (!r.record) continue;
    out.push(`<details><summary>${mdText(r.region)}: ${mdText(r.verdict)}</summary>`, '');
    const verdict = r.verdict === 'not run' || r.verdict === 'error' ? 'skipped' : r.verdict;
    const own: Report = { ...report, ...r, verdict, record: r.record, regions: undefined };
    out.push(renderSummary(own), '</details>', '');
  }
  return `${out.join('\n')}\n`;
}

export function renderSummary(report: Report): string {
  if (report.regions) return renderRelease(report, report.regions);
  const { record } = report;
  const out: string[] = [];
  const where = report.stack.name ? ` — ${mdText(report.stack.name)}` : '';
  out.push(`## ${ICON[report.verdict]} stack-canary: ${report.verdict}${where}`, '');
  out.push(mdText(report.reason), '');
  if (report.rolledBack) out.push(`**Rolled back** (mode: ${mdText(report.rollback)}).`, '');
  if (report.dryRun) out.push('**Dry run**: change sets shown, nothing changed.', '');
  if (report.verdict === 'pending') {
    const stack = report.stack.name ? ` --stack-name ${report.stack.name}` : '';
    out.push(
      `**Handed to the guard**: it judges each minute, then promotes or rolls back. Follow it with \`npx stack-canary status${mdText(stack)}\`; gate a later job with \`npx stack-canary wait${mdText(stack)}\`.`,
      '',
    );
  }
  if (record.crash) out.push(...crashLines(record.crash));
  out.push(...guardSection(record.guard ?? [], Date.parse(record.startedAt)));

  out.push(
    ...table(
      ['function', `alias ${report.alias} was on`, 'new version', 'alias now'],
      Object.entries(report.versions).map(([fn, v]) => [
        fn,
        v.previous ?? '—',
        v.new ?? '—',
        aliasNow(record, fn),
      ]),
    ),
  );

  if (record.steps.length) {
    out.push(`### Steps (${mdText(report.strategy.source)})`, '');
    out.push(
      ...table(
        ['step', 'traffic', 'hold', 'outcome', 'reason'],
        record.steps.map((s) => [
          String(s.index + 1),
          pct(s.weight),
          `${Math.round(s.holdMs / 1000)}s`,
          s.outcome,
          stepReason(s),
        ]),
      ),
    );
  }

  const rules = ruleRows(record.steps);
  if (rules.length) {
    out.push("### The judge's rules", '');
    out.push(...table(['step', 'function', 'decision', 'rule', 'status', 'finding', 'evidence'], rules));
  }

  if (record.actions.length) {
    out.push('### Alias changes', '');
    out.push(
      ...table(
        ['function', 'change', 'from', 'to', 'at'],
        record.actions.map((a) => [a.functionName, a.kind, a.from, a.to, a.at]),
      ),
    );
  }

  const rollback = record.rollback;
  if (rollback && (rollback.aliases.length > 0 || rollback.stack !== 'not requested')) {
    out.push(`### Rollback (after ${rollback.trigger === 'error' ? 'an error' : 'the verdict'})`, '');
    out.push(...rollback.aliases.map((a) => `- ${mdText(a.message)}`));
    out.push(`- stack: ${mdText(rollback.stack)}`, '');
  }

  const watched = [...record.steps].reverse().find((s) => s.samples && Object.keys(s.samples).length > 0);
  for (const fn of Object.values(watched?.samples ?? {})) {
    const chart = renderErrorChart(fn.functionName, errorSeries(fn));
    if (chart) out.push(chart, '');
  }

  const changes = record.stack?.changes ?? [];
  if (changes.length) {
    out.push('### Change set', '');
    out.push(
      ...table(
        ['action', 'logical id', 'type', 'replacement'],
        changes.map((c) => [c.action, c.logicalId, c.resourceType, c.replacement]),
      ),
    );
  }

  const t = report.thresholds;
  out.push(
    '<details><summary>Thresholds</summary>',
    '',
    `max error rate ${pct(t.maxErrorRate)} · max memory ${pct(t.maxMemoryUtilization)} · ` +
      `max p99 ${t.maxP99DurationMs === undefined ? '—' : `${t.maxP99DurationMs} ms`} · ` +
      `max throttles ${t.maxThrottles} · min invocations ${t.minInvocations} · ` +
      `baseline comparison ${report.compareBaseline ? 'on' : 'off'}`,
    '',
    '</details>',
  );
  return `${out.join('\n')}\n`;
}

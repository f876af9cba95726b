/**
 * The job summary: the verdict, the versions, a verdict table per step, metric values against
 * their thresholds, and a chart of canary against baseline error rate over time.
 */
import type { FunctionSamples, MinuteSample } from '../canary/types.js';
import type { ChangeRow } from '../stack/types.js';
import type { Report } from './report.js';

const ICON: Record<Report['verdict'], string> = {
  pass: '✅',
  fail: '❌',
  inconclusive: '⚠️',
  skipped: '⏭️',
};

export interface StepRow {
  readonly index: number;
  readonly weight: number;
  readonly holdMs: number;
  readonly decision: string;
  readonly reason: string;
}

export interface SeriesPoint {
  readonly start: number;
  readonly canaryErrorRate: number | undefined;
  readonly baselineErrorRate: number | undefined;
}

export interface MetricRow {
  readonly functionName: string;
  readonly metric: string;
  readonly value: string;
  readonly threshold: string;
  readonly ok: boolean;
}

/** What the summary shows, derived from the run's details; anything missing is left out. */
export interface SummaryDetails {
  readonly steps: readonly StepRow[];
  readonly metrics: readonly MetricRow[];
  readonly series: Readonly<Record<string, readonly SeriesPoint[]>>;
  readonly changes: readonly ChangeRow[];
}

/** The parts of the pipeline's details (src/pipeline/run.ts) the summary reads. */
interface StepDetails {
  readonly index: number;
  readonly weight: number;
  readonly holdMs: number;
  readonly outcome: string;
  readonly decisions?: Readonly<Record<string, { readonly decision: string; readonly reason: string }>>;
  readonly samples?: Readonly<Record<string, FunctionSamples>>;
}

interface RunDetails {
  readonly steps?: readonly StepDetails[];
  readonly stack?: { readonly changes?: readonly ChangeRow[] };
}

const sum = (minutes: readonly MinuteSample[], pick: (m: MinuteSample) => number): number =>
  minutes.reduce((total, m) => total + pick(m), 0);

/** Reads the steps, the last observed samples and the change set out of the run's details. */
export function summaryDetails(report: Report): SummaryDetails {
  const details = report.details as RunDetails;
  const steps = details.steps ?? [];
  const rows: StepRow[] = steps.map((step) => {
    const decisions = Object.entries(step.decisions ?? {});
    const reason =
      decisions.length === 1
        ? (decisions[0]?.[1].reason ?? '')
        : decisions.map(([fn, j]) => `${fn}: ${j.reason}`).join('; ');
    return { index: step.index, weight: step.weight, holdMs: step.holdMs, decision: step.outcome, reason };
  });
  const watched = [...steps].reverse().find((step) => step.samples && Object.keys(step.samples).length > 0);
  const samples = Object.values(watched?.samples ?? {});
  return {
    steps: rows,
    metrics: samples.flatMap((fn) => metricRows(fn, report.thresholds)),
    series: Object.fromEntries(samples.map((fn) => [fn.functionName, errorSeries(fn)])),
    changes: details.stack?.changes ?? [],
  };
}

function metricRows(fn: FunctionSamples, t: Report['thresholds']): MetricRow[] {
  const invocations = sum(fn.canary, (m) => m.invocations) + fn.synthetic.invocations;
  const errors = sum(fn.canary, (m) => m.errors) + fn.synthetic.errors;
  const throttles = sum(fn.canary, (m) => m.throttles);
  const memory = fn.canary.flatMap((m) => (m.memoryUtilization === undefined ? [] : [m.memoryUtilization]));
  const p99 = fn.canary.flatMap((m) => (m.durationP99Ms === undefined ? [] : [m.durationP99Ms]));
  const row = (metric: string, value: string, threshold: string, ok: boolean): MetricRow => ({
    functionName: fn.functionName,
    metric,
    value,
    threshold,
    ok,
  });
  const rows = [
    row(
      'invocations (canary)',
      String(invocations),
      `≥ ${t.minInvocations}`,
      invocations >= t.minInvocations,
    ),
    row(
      'error rate (canary)',
      invocations > 0 ? pct(errors / invocations) : '—',
      `≤ ${pct(t.maxErrorRate)}`,
      invocations === 0 || errors / invocations <= t.maxErrorRate,
    ),
    row('throttles (canary)', String(throttles), `≤ ${t.maxThrottles}`, throttles <= t.maxThrottles),
  ];
  if (fn.baseline) {
    const bInv = sum(fn.baseline, (m) => m.invocations);
    const bErr = sum(fn.baseline, (m) => m.errors);
    rows.push(row('error rate (baseline)', bInv > 0 ? pct(bErr / bInv) : '—', 'for comparison', true));
  }
  if (memory.length > 0) {
    const peak = Math.max(...memory);
    rows.push(
      row(
        `memory, peak (${fn.memorySource})`,
        pct(peak),
        `< ${pct(t.maxMemoryUtilization)}`,
        peak < t.maxMemoryUtilization,
      ),
    );
  }
  if (p99.length > 0 && t.maxP99DurationMs !== undefined) {
    const peak = Math.max(...p99);
    rows.push(
      row(
        'p99 duration, peak',
        `${Math.round(peak)} ms`,
        `≤ ${t.maxP99DurationMs} ms`,
        peak <= t.maxP99DurationMs,
      ),
    );
  }
  if (fn.alarmsInAlarm.length > 0) {
    rows.push(row('alarms in ALARM', fn.alarmsInAlarm.join(', '), 'none', false));
  }
  return rows;
}

function errorSeries(fn: FunctionSamples): SeriesPoint[] {
  const rate = (m: MinuteSample | undefined): number | undefined =>
    m && m.invocations > 0 ? m.errors / m.invocations : undefined;
  const baseline = new Map((fn.baseline ?? []).map((m) => [m.start, m]));
  const starts = [...new Set([...fn.canary.map((m) => m.start), ...baseline.keys()])].sort((a, b) => a - b);
  const canary = new Map(fn.canary.map((m) => [m.start, m]));
  return starts.map((start) => ({
    start,
    canaryErrorRate: rate(canary.get(start)),
    baselineErrorRate: rate(baseline.get(start)),
  }));
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const pct = (x: number): string => `${(x * 100).toFixed(x < 0.1 ? 2 : 1)}%`;

export function renderSummary(report: Report): string {
  const details = summaryDetails(report);
  const out: string[] = [];
  const where = report.stack.name ? ` — ${report.stack.name}` : '';
  out.push(`## ${ICON[report.verdict]} stack-canary: ${report.verdict}${where}`, '');
  out.push(cell(report.reason), '');
  if (report.rolledBack) out.push(`**Rolled back** (mode: \`${report.rollback}\`).`, '');
  if (report.dryRun) out.push('**Dry run**: change sets shown, nothing changed.', '');

  const versions = Object.entries(report.versions);
  if (versions.length) {
    out.push(`| function | alias \`${cell(report.alias)}\` was on | new version |`, '|---|---|---|');
    for (const [fn, v] of versions) out.push(`| ${cell(fn)} | ${v.previous ?? '—'} | ${v.new ?? '—'} |`);
    out.push('');
  }

  if (details.steps.length) {
    out.push(
      `### Steps (${cell(report.strategy.source)})`,
      '',
      '| step | traffic | hold | verdict | reason |',
      '|---|---|---|---|---|',
    );
    for (const s of details.steps) {
      out.push(
        `| ${s.index + 1} | ${pct(s.weight)} | ${Math.round(s.holdMs / 1000)}s | ${s.decision} | ${cell(s.reason)} |`,
      );
    }
    out.push('');
  }

  if (details.metrics.length) {
    out.push(
      '### Metrics against thresholds',
      '',
      '| function | metric | value | threshold | |',
      '|---|---|---|---|---|',
    );
    for (const m of details.metrics) {
      out.push(
        `| ${cell(m.functionName)} | ${cell(m.metric)} | ${cell(m.value)} | ${cell(m.threshold)} | ${m.ok ? '✅' : '❌'} |`,
      );
    }
    out.push('');
  }

  for (const [fn, points] of Object.entries(details.series)) {
    const chart = renderErrorChart(fn, points);
    if (chart) out.push(chart, '');
  }

  if (details.changes.length) {
    out.push('### Change set', '', '| action | logical id | type | replacement |', '|---|---|---|---|');
    for (const c of details.changes) {
      out.push(
        `| ${cell(c.action)} | ${cell(c.logicalId)} | ${cell(c.resourceType)} | ${cell(c.replacement)} |`,
      );
    }
    out.push('');
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

/** A Mermaid line chart of canary and baseline error rate (%) per minute; '' without data. */
export function renderErrorChart(functionName: string, points: readonly SeriesPoint[]): string {
  const usable = points.filter((p) => p.canaryErrorRate !== undefined || p.baselineErrorRate !== undefined);
  if (usable.length === 0) return '';
  const t0 = usable[0]?.start ?? 0;
  const labels = usable.map((p) => `"${Math.round((p.start - t0) / 60_000)}m"`);
  const series = (pick: (p: SeriesPoint) => number | undefined): string =>
    usable.map((p) => ((pick(p) ?? 0) * 100).toFixed(2)).join(', ');
  const max = Math.max(
    1,
    ...usable.flatMap((p) =>
      [p.canaryErrorRate ?? 0, p.baselineErrorRate ?? 0].map((x) => Math.ceil(x * 100)),
    ),
  );
  return [
    `### Error rate, canary vs baseline — ${functionName}`,
    '',
    '```mermaid',
    'xychart-beta',
    `  title "${functionName.replace(/"/g, "'")}: error rate (%)"`,
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "errors %" 0 --> ${max}`,
    `  line [${series((p) => p.canaryErrorRate)}]`,
    `  line [${series((p) => p.baselineErrorRate)}]`,
    '```',
    '',
    'First line: canary (new version); second: baseline (old version).',
  ].join('\n');
}

/** The fault table: one row per fault, the runs it had, and whether every run kept the invariant. */
import type { ScenarioResult } from './scenario.js';

export interface Row {
  readonly fault: string;
  readonly results: readonly ScenarioResult[];
  /** Verdicts this fault must never produce (a fault read as health). */
  readonly forbidden?: readonly string[];
  /** The only verdict this row may end with (the reference run without a fault must pass). */
  readonly required?: string;
}

export function rowProblems(row: Row): string[] {
  return row.results.flatMap((r, i) => [
    ...r.problems.map((p) => `run ${i + 1}: ${p}`),
    ...(row.forbidden?.includes(r.outcome) ? [`run ${i + 1}: verdict ${r.outcome} under this fault`] : []),
    ...(row.required !== undefined && r.outcome !== row.required
      ? [`run ${i + 1}: verdict ${r.outcome}, expected ${row.required}`]
      : []),
  ]);
}

function outcomes(results: readonly ScenarioResult[]): string {
  const counts = new Map<string, number>();
  for (const r of results) {
    const key = `${r.outcome}${r.posts.length > 1 ? `, ${r.posts.length} posts` : ''} → v${r.alias.version}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => (n > 1 ? `${n}× ${k}` : k)).join('; ');
}

/** `baselineMs`: the reference run's time; without one, each row shows its own mean time. */
export function renderTable(rows: readonly Row[], baselineMs: number | undefined): string {
  const header = [
    'fault',
    'runs',
    'outcome (main → alias after post)',
    'aliases correct',
    'injected',
    baselineMs === undefined ? 'time per run' : 'time added',
  ];
  const lines = rows.map((row) => {
    const failing = new Set(rowProblems(row).map((p) => p.slice(0, p.indexOf(':'))));
    const ok = row.results.length - failing.size;
    const mean = row.results.reduce((s, r) => s + r.ms, 0) / Math.max(1, row.results.length);
    const added = (mean - (baselineMs ?? 0)) / 1000;
    return [
      row.fault,
      String(row.results.length),
      outcomes(row.results),
      `${ok}/${row.results.length}`,
      String(row.results.reduce((s, r) => s + r.injected, 0)),
      `${added >= 0 && baselineMs !== undefined ? '+' : ''}${added.toFixed(1)}s`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: readonly string[]): string =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt)].join('\n');
}

/** The change set as a plain-text table for the log. Pure. */
import type { ChangeRow } from './types.js';

const HEADINGS: ChangeRow = {
  action: 'Action',
  logicalId: 'Logical ID',
  resourceType: 'Type',
  replacement: 'Replacement',
};

export function renderChangeTable(rows: readonly ChangeRow[]): string {
  if (rows.length === 0) return '(no resource changes)';
  const all = [HEADINGS, ...rows];
  const width = (key: keyof ChangeRow): number => Math.max(...all.map((r) => r[key].length));
  const keys: (keyof ChangeRow)[] = ['action', 'logicalId', 'resourceType', 'replacement'];
  const widths = keys.map(width);
  const line = (row: ChangeRow): string =>
    keys
      .map((k, i) => row[k].padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(HEADINGS), rule, ...rows.map(line)].join('\n');
}

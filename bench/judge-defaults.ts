/**
 * The judge on the action's DEFAULT inputs (`canary 10% 5m`, max-error-rate 1%, min-invocations 50,
 * on-inconclusive fail, extend-hold 10m) and on traffic families it does not model, run through
 * the step loop of traffic.ts. "Not promoted" counts inconclusive too.
 */
import type { Thresholds } from '../src/config/types.js';
import { markdownTable, pct, quantile, seedOf, wilson } from './format.js';
import type { Family, LoopOutcome, LoopSettings } from './traffic.js';
import { runLoop } from './traffic.js';

export const DEFAULT_THRESHOLDS: Thresholds = {
  maxErrorRate: 0.01,
  maxMemoryUtilization: 0.9,
  maxP99DurationMs: undefined,
  maxThrottles: 0,
  minInvocations: 50,
};
export const DEFAULTS: LoopSettings = {
  holdMinutes: 5,
  extendMinutes: 10,
  settleMinutes: 2,
  historyMinutes: 30,
  thresholds: DEFAULT_THRESHOLDS,
};
const LONG: LoopSettings = { ...DEFAULTS, holdMinutes: 30 };
const HOUR: LoopSettings = { ...DEFAULTS, holdMinutes: 60 };
const MEMORY = { level: 0.6, warmupGap: 0, warmupMinutes: 1, leakPerMinute: 0 };

type Expect = 'promote' | 'roll back' | 'report';

interface Row {
  readonly label: string;
  readonly expect: Expect;
  readonly family: Family;
  readonly settings: LoopSettings;
  /** Key of this row in the bar summary. */
  readonly key?: string;
}

export interface Cell {
  readonly row: Row;
  readonly runs: number;
  readonly outcomes: readonly LoopOutcome[];
}

const family = (rpm: number, baselineRate: number, more: Partial<Family> = {}): Family => ({
  rpm,
  share: 0.1,
  baselineRate,
  memory: MEMORY,
  ...more,
});
const rateLabel = (rpm: number): string => (rpm >= 1000 ? `${rpm / 1000}k/min` : `${rpm}/min`);

/** An intermittent regression at 10k/min: one canary minute in `every` fails at `rate`. */
function intermittent(
  label: string,
  baselineRate: number,
  bursts: { every: number; rate: number },
  settings: LoopSettings,
  key: string,
): Row {
  return {
    label: `intermittent${label.startsWith('below') ? ' ' : ': '}${label}`,
    expect: 'roll back',
    family: family(10000, baselineRate, { bursts }),
    settings,
    key,
  };
}

export const DEFAULT_ROWS: readonly Row[] = [100, 1000, 10000].flatMap((rpm) =>
  [0, 0.001, 0.005].map((rate): Row => ({
    label: `${rateLabel(rpm)}, old version ${rate * 100}% errors`,
    expect: 'promote',
    family: family(rpm, rate),
    settings: DEFAULTS,
    key: `default@${rpm}@${rate}`,
  })),
);

export const FAMILY_ROWS: readonly Row[] = [
  ...[1000, 10000].map((rpm): Row => ({
    label: `clumped errors (mean clump 4, both versions), ${rateLabel(rpm)}, 0.5%`,
    expect: 'promote',
    family: family(rpm, 0.005, { clumpSize: 4 }),
    settings: DEFAULTS,
    key: `clumped@${rpm}`,
  })),
  {
    label: 'diurnal ramp (traffic ×3 over history and step, errors rising with load), 1k/min, 0.5%',
    expect: 'promote',
    family: family(1000, 0.005, { ramp: 3 }),
    settings: DEFAULTS,
    key: 'ramp',
  },
  {
    label: 'late datapoints (up to 4 min after settling), 1k/min, 0.5%',
    expect: 'promote',
    family: family(1000, 0.005, { lateMinutes: 4 }),
    settings: DEFAULTS,
    key: 'late',
  },
  {
    label: 'whole first minute (shift on the minute), 1k/min, 0.5%',
    expect: 'promote',
    family: family(1000, 0.005, { partialFirstMinute: false }),
    settings: DEFAULTS,
  },
  {
    label: 'account-level throttles (30% of minutes, 3% of both versions), 1k/min',
    expect: 'promote',
    family: family(1000, 0.005, { throttledMinutes: 0.3 }),
    settings: DEFAULTS,
    key: 'throttles',
  },
  {
    label: 'memory warm-up toward the old version (25 points below, τ 8 min), 1k/min',
    expect: 'promote',
    family: family(1000, 0.005, { memory: { ...MEMORY, warmupGap: 0.25, warmupMinutes: 8 } }),
    settings: DEFAULTS,
    key: 'warmup',
  },
  {
    label: 'memory warm-up, 30-min hold, 1k/min',
    expect: 'promote',
    family: family(1000, 0.005, { memory: { ...MEMORY, warmupGap: 0.25, warmupMinutes: 8 } }),
    settings: LONG,
    key: 'warmup-long',
  },
  {
    label: 'memory unreadable (max-memory-utilization set), 1k/min',
    expect: 'promote',
    family: family(1000, 0.005, { memoryUnavailable: true }),
    settings: DEFAULTS,
  },
  {
    label: 'slow leak (+1 point/min from the old level), 1k/min: warned',
    expect: 'report',
    family: family(1000, 0.005, { memory: { ...MEMORY, leakPerMinute: 0.01 } }),
    settings: DEFAULTS,
    key: 'slow-leak',
  },
  {
    label: 'bad first minute (5% errors, then healthy), 1k/min, 0.5%',
    expect: 'report',
    family: family(1000, 0.005, { firstMinuteRate: 0.05 }),
    settings: DEFAULTS,
  },
  {
    label: 'above the ceiling: 5% errors vs 0.5%, 1k/min',
    expect: 'roll back',
    family: family(1000, 0.005, { canaryRate: 0.05 }),
    settings: DEFAULTS,
    key: 'ceiling',
  },
  intermittent(
    '1 min in 3 at 4% (mean 3.3×), 10k/min, 0.5%',
    0.005,
    { every: 3, rate: 0.04 },
    DEFAULTS,
    'intermittent',
  ),
  intermittent(
    'below the ceiling: 1 min in 3 at 0.8% (mean 3.3×), 10k/min, 0.1%',
    0.001,
    { every: 3, rate: 0.008 },
    DEFAULTS,
    'intermittent-low',
  ),
  intermittent(
    '1 min in 10 at 20% (mean ~4.6×), 10k/min, 0.5%',
    0.005,
    { every: 10, rate: 0.2 },
    DEFAULTS,
    'intermittent-10',
  ),
  intermittent(
    '1 min in 10 at 20%, 30-min hold, 10k/min, 0.5%',
    0.005,
    { every: 10, rate: 0.2 },
    LONG,
    'intermittent-10-long',
  ),
];

/** Issue 21: errors in clumps of 2 to 8 (a client retrying) in both versions, and real crashes among them. */
const RETRIES = { retries: { min: 2, max: 8 } };

export const CLUMP_ROWS: readonly Row[] = [
  ...[100, 1000, 10000].map((rpm): Row => ({
    label: `healthy, clumps of 2–8 in both versions, ${rateLabel(rpm)}, 0.5%, 60-min hold`,
    expect: 'promote',
    family: family(rpm, 0.005, RETRIES),
    settings: HOUR,
    key: `retries@${rpm}`,
  })),
  ...[100, 1000, 10000].map((rpm): Row => ({
    label: `healthy, clumps of 2–8, bursty traffic (σ 0.5), ${rateLabel(rpm)}, 0.5%, 60-min hold`,
    expect: 'promote',
    family: family(rpm, 0.005, { ...RETRIES, burstiness: 0.5 }),
    settings: HOUR,
    key: `retries-bursty@${rpm}`,
  })),
  {
    label: 'healthy, clumps of 2–8, 100/min, 0.5%, defaults (5-min hold)',
    expect: 'promote',
    family: family(100, 0.005, RETRIES),
    settings: DEFAULTS,
  },
  ...[100, 1000].map((rpm): Row => ({
    label: `crash: 80% of canary calls fail, clumps of 2–8, ${rateLabel(rpm)}, 0.5%, 60-min hold`,
    expect: 'roll back',
    family: family(rpm, 0.005, { ...RETRIES, canaryRate: 0.8 }),
    settings: HOUR,
    key: `crash@${rpm}`,
  })),
  {
    label:
      'crash after a healthy first minute: 80% failing from minute 1, clumps of 2–8, 100/min, 0.5%, 60-min hold',
    expect: 'roll back',
    family: family(100, 0.005, { ...RETRIES, canaryRate: 0.8, firstMinuteRate: 0.005 }),
    settings: HOUR,
    key: 'crash-late@100',
  },
];

/**
 * Issue 21: low traffic through the step loop as the engine runs it (settled minutes, the final
 * look after the last ones settle, extend-hold), an hour's hold at 100 requests a minute.
 */
const lowRow = (label: string, expect: Expect, more: Partial<Family>, key?: string): Row => ({
  label: `${label}, 100/min, 60-min hold`,
  expect,
  family: family(100, 0.01, more),
  settings: HOUR,
  ...(key === undefined ? {} : { key }),
});

export const LOW_ROWS: readonly Row[] = [
  lowRow('healthy, 1% in both', 'promote', {}, 'low-healthy@100'),
  lowRow(
    'healthy, bursty traffic (σ 0.5), 1% in both',
    'promote',
    { burstiness: 0.5 },
    'low-healthy-bursty@100',
  ),
  lowRow('3× (3% vs 1%)', 'roll back', { canaryRate: 0.03 }, 'low-3x@100'),
  lowRow('3×, bursty traffic (σ 0.5)', 'report', { canaryRate: 0.03, burstiness: 0.5 }),
  lowRow('10× (10% vs 1%)', 'roll back', { canaryRate: 0.1 }, 'low-10x@100'),
];

/** Issue 12: a regression only your own metric sees, and a healthy one that must not add false rollbacks. */
const checkouts = (canaryRate: number, more: Partial<NonNullable<Family['custom']>> = {}) => ({
  custom: { baselineRate: 0.005, canaryRate, clumpSize: 3, lateMinutes: 2, everyCall: true, ...more },
});

export const CUSTOM_ROWS: readonly Row[] = [
  ...[1000, 10000].map((rpm): Row => ({
    label: `healthy: checkout failures 0.5% in both, ${rateLabel(rpm)}`,
    expect: 'promote',
    family: family(rpm, 0.005, checkouts(0.005)),
    settings: DEFAULTS,
    key: `custom-healthy@${rpm}`,
  })),
  {
    label: 'healthy, published only in minutes with failures (no 0s), 1k/min',
    expect: 'promote',
    family: family(1000, 0.005, checkouts(0.005, { everyCall: false })),
    settings: DEFAULTS,
    key: 'custom-healthy-sparse',
  },
  {
    label: 'checkout failures 10× (5% vs 0.5%), Lambda errors alike, 1k/min',
    expect: 'roll back',
    family: family(1000, 0.005, checkouts(0.05)),
    settings: DEFAULTS,
    key: 'custom-bad@1000',
  },
  {
    label: 'checkout failures 10×, 1k/min, datapoints on time (none late)',
    expect: 'report',
    family: family(1000, 0.005, checkouts(0.05, { lateMinutes: 0 })),
    settings: DEFAULTS,
  },
  {
    label: 'checkout failures 10×, 1k/min, 30-min hold',
    expect: 'roll back',
    family: family(1000, 0.005, checkouts(0.05)),
    settings: LONG,
    key: 'custom-bad-long@1000',
  },
  {
    label: 'checkout failures 4× (2% vs 0.5%), Lambda errors alike, 10k/min',
    expect: 'roll back',
    family: family(10000, 0.005, checkouts(0.02)),
    settings: DEFAULTS,
    key: 'custom-bad@10000',
  },
  {
    label: 'checkout failures 4×, 10k/min, 30-min hold',
    expect: 'roll back',
    family: family(10000, 0.005, checkouts(0.02)),
    settings: LONG,
    key: 'custom-bad-long@10000',
  },
];

export function runCell(title: string, row: Row, runs: number): Cell {
  const base = seedOf(`${title}/${row.label}`);
  const outcomes: LoopOutcome[] = [];
  for (let run = 0; run < runs; run++)
    outcomes.push(runLoop(row.family, row.settings, (base + run * 0x9e3779b1) >>> 0));
  return { row, runs, outcomes };
}

const count = (cell: Cell, pick: (o: LoopOutcome) => boolean): number => cell.outcomes.filter(pick).length;

function withInterval(k: number, n: number): string {
  const [lo, hi] = wilson(k, n);
  return `${pct(k / n)} [${pct(lo)}, ${pct(hi)}]`;
}

function powerCell(cell: Cell): string {
  const ratios = cell.outcomes
    .map((o) => o.power?.detectableRatio)
    .filter((r): r is number => r !== undefined);
  const rates = cell.outcomes
    .map((o) => o.power?.detectableErrorRate)
    .filter((r): r is number => r !== undefined);
  const ratio = quantile(ratios, 0.5);
  const rate = quantile(rates, 0.5);
  const calls = quantile(
    cell.outcomes.map((o) => o.power?.canaryInvocations ?? 0),
    0.5,
  );
  return `${calls ?? 0} calls: ${ratio === undefined ? '-' : `${ratio}×`}, ${rate === undefined ? '-' : pct(rate)}`;
}

/** The planner's minutes to reach min-invocations beside the minutes the canary's traffic took. */
function planCell(cell: Cell): string {
  const planned = quantile(
    cell.outcomes.map((o) => o.plannedMinutes),
    0.5,
  );
  const needed = cell.outcomes.map((o) => o.neededMinutes).filter((m): m is number => m !== undefined);
  return `${planned ?? '-'} / ${quantile(needed, 0.5) ?? '-'}, ${quantile(needed, 0.9) ?? '-'}`;
}

function caughtBy(cell: Cell): string {
  const counts = new Map<string, number>();
  for (const o of cell.outcomes)
    if (o.failedBy !== undefined) counts.set(o.failedBy, (counts.get(o.failedBy) ?? 0) + 1);
  const fails = count(cell, (o) => o.decision === 'fail');
  return (
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([name, n]) => `${name} ${Math.round((n / fails) * 100)}%`)
      .join(', ') || '-'
  );
}

export function cellTable(cells: readonly Cell[]): string {
  const header = [
    'stream',
    'expect',
    'promoted [95% CI]',
    'rolled back (fail) [95% CI]',
    'inconclusive',
    'median min to verdict',
    'caught by',
    'warned',
    'median power: calls, ratio, error rate caught 4 in 5',
    'min of traffic to min-invocations: planned / needed (median, p90)',
  ];
  const rows = cells.map((cell) => {
    const passes = count(cell, (o) => o.decision === 'pass');
    const fails = count(cell, (o) => o.decision === 'fail');
    return [
      cell.row.label,
      cell.row.expect,
      withInterval(passes, cell.runs),
      withInterval(fails, cell.runs),
      pct(count(cell, (o) => o.decision === 'inconclusive') / cell.runs),
      String(
        quantile(
          cell.outcomes.map((o) => o.minute),
          0.5,
        ) ?? '-',
      ),
      caughtBy(cell),
      pct(count(cell, (o) => o.warned) / cell.runs),
      powerCell(cell),
      planCell(cell),
    ];
  });
  return markdownTable(header, rows);
}

/** Bar rows of issue 9 from the cells measured. */
export function defaultsBar(byKey: ReadonlyMap<string, Cell>): string[][] {
  const rows: string[][] = [];
  const mark = (ok: boolean): string => (ok ? 'met' : '**not met**');
  const share = (cell: Cell, pick: (o: LoopOutcome) => boolean): number => count(cell, pick) / cell.runs;
  const promoted = (o: LoopOutcome): boolean => o.decision === 'pass';
  const failed = (o: LoopOutcome): boolean => o.decision === 'fail';
  const group = (prefix: string, rpms: readonly number[], bar: number, label: string): void => {
    const cells = [...byKey.entries()].filter(([k]) =>
      rpms.some((r) => k.startsWith(`${prefix}@${r}@`) || k === `${prefix}@${r}`),
    );
    if (cells.length === 0) return;
    const worst = cells.map(([k, c]) => ({ k, v: share(c, promoted) })).sort((a, b) => a.v - b.v)[0] as {
      k: string;
      v: number;
    };
    rows.push([label, `worst ${pct(worst.v)} promoted (${worst.k})`, mark(worst.v >= bar)]);
  };
  group(
    'default',
    [1000, 10000],
    0.98,
    'defaults, healthy, 1k and 10k/min, old version 0–0.5%: ≥ 98% promoted',
  );
  group('default', [100], 0.95, 'defaults, healthy, 100/min: ≥ 95% promoted within hold + extend-hold');
  const ceiling = byKey.get('ceiling');
  if (ceiling) {
    const within = share(
      ceiling,
      (o) => failed(o) && o.minute <= DEFAULTS.holdMinutes + DEFAULTS.settleMinutes,
    );
    rows.push([
      'defaults, 5% vs 0.5% at 1k/min: ≥ 99% rolled back within the step',
      pct(within),
      mark(within >= 0.99),
    ]);
  }
  const intermittent = byKey.get('intermittent');
  if (intermittent) {
    const v = share(intermittent, failed);
    rows.push(['intermittent regression, mean ≥ 3×, 10k/min: ≥ 90% rolled back', pct(v), mark(v >= 0.9)]);
  }
  const own = (o: LoopOutcome): boolean => failed(o) && o.failedBy === 'checkout-failures vs baseline';
  for (const key of ['custom-healthy@1000', 'custom-healthy@10000', 'custom-healthy-sparse']) {
    const cell = byKey.get(key);
    if (cell === undefined) continue;
    const v = share(cell, failed);
    rows.push([
      `your own metric, ${cell.row.label}: false rollbacks ≤ 1% (by the metric's own rule: ${pct(share(cell, own))})`,
      withInterval(count(cell, failed), cell.runs),
      mark(v <= 0.01),
    ]);
  }
  for (const key of ['custom-bad@1000', 'custom-bad@10000']) {
    const cell = byKey.get(key);
    if (cell === undefined) continue;
    const v = share(cell, own);
    rows.push([
      `your own metric, ${cell.row.label}, defaults + extend-hold 10m: ≥ 90% rolled back by it`,
      pct(v),
      mark(v >= 0.9),
    ]);
  }
  for (const key of ['custom-bad-long@1000', 'custom-bad-long@10000']) {
    const cell = byKey.get(key);
    if (cell === undefined) continue;
    const v = share(cell, own);
    rows.push([`your own metric, ${cell.row.label}: ≥ 95% rolled back by it`, pct(v), mark(v >= 0.95)]);
  }
  for (const key of ['retries@100', 'retries@1000', 'retries@10000']) {
    const cell = byKey.get(key);
    if (cell === undefined) continue;
    const v = share(cell, failed);
    rows.push([
      `clumped errors (2–8), ${cell.row.label.split(', ')[2] ?? ''}, 60-min hold: false rollbacks ≤ 1%`,
      withInterval(count(cell, failed), cell.runs),
      mark(v <= 0.01),
    ]);
  }
  for (const key of ['crash@100', 'crash@1000', 'crash-late@100']) {
    const cell = byKey.get(key);
    if (cell === undefined) continue;
    const v = share(cell, failed);
    const median = quantile(
      cell.outcomes.filter(failed).map((o) => o.minute),
      0.5,
    );
    rows.push([
      `${cell.row.label}: ≥ 99% rolled back, median ≤ 5 min`,
      `${pct(v)}, median ${median ?? '-'} min`,
      mark(v >= 0.99 && median !== undefined && median <= 5),
    ]);
  }
  for (const key of ['low-healthy@100', 'low-healthy-bursty@100']) {
    const cell = byKey.get(key);
    if (cell === undefined) continue;
    rows.push([
      `low traffic, ${cell.row.label}, step loop: false rollbacks ≤ 1%`,
      withInterval(count(cell, failed), cell.runs),
      mark(share(cell, failed) <= 0.01),
    ]);
  }
  const low3 = byKey.get('low-3x@100');
  if (low3) {
    const within = share(low3, (o) => failed(o) && o.minute <= HOUR.holdMinutes + HOUR.settleMinutes);
    rows.push([
      'low traffic, 3× at 100/min, step loop, 60-min hold: ≥ 80% rolled back within the hold (its minutes settled)',
      pct(within),
      mark(within >= 0.8),
    ]);
  }
  const low10 = byKey.get('low-10x@100');
  if (low10) {
    const median = quantile(
      low10.outcomes.filter(failed).map((o) => o.minute),
      0.5,
    );
    rows.push([
      'low traffic, 10× at 100/min, step loop: ≥ 99% rolled back',
      `${pct(share(low10, failed))}, median minute ${median ?? '-'}`,
      mark(share(low10, failed) >= 0.99),
    ]);
  }
  for (const key of ['clumped@1000', 'clumped@10000', 'warmup', 'warmup-long']) {
    const cell = byKey.get(key);
    if (cell === undefined) continue;
    const v = share(cell, failed);
    rows.push([
      `${cell.row.label}: false rollbacks ≤ 1%`,
      withInterval(count(cell, failed), cell.runs),
      mark(v <= 0.01),
    ]);
  }
  return rows;
}

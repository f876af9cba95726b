/**
 * Judge benchmark: seeded metric streams fed through the real judge every minute of a 60-minute
 * hold, beside a CodeDeploy-style fixed window and a Kayenta-style Mann-Whitney test.
 *
 *   npx tsc -p tsconfig.build.json && node lib/bench/judge.bench.js [--runs 2000] [--only text]
 *                                                                   [--write-docs docs/judge.md] [--help]
 *
 * Prints one Markdown table per scenario and the issue's bar with what was measured. With
 * --write-docs, the tables replace the text between the bench markers of that file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { judge } from '../src/canary/judge/verdict.js';
import type { FunctionSamples, Judgement } from '../src/canary/types.js';
import type { Thresholds } from '../src/config/types.js';
import { binomialUpperTail } from '../src/canary/judge/math.js';
import { ALPHA_ERROR_TOTALS, ALPHA_ERRORS } from '../src/canary/judge/constants.js';
import type { Outcome } from './baselines.js';
import { cappedMixture, fixedWindow, mannWhitneyAtHorizon } from './baselines.js';
import type { Random, StreamSpec, VersionBehaviour } from './simulate.js';
import { createRandom, MINUTE_MS, simulate } from './simulate.js';
import { markdownTable, pct, quantile, seedOf, wilson } from './format.js';
import type { Cell } from './judge-defaults.js';
import {
  cellTable,
  CLUMP_ROWS,
  CUSTOM_ROWS,
  DEFAULT_ROWS,
  defaultsBar,
  FAMILY_ROWS,
  LOW_ROWS,
  runCell,
} from './judge-defaults.js';
import { plannerSection } from './judge-planner.js';
import { customPlanSection } from './judge-custom-plan.js';

const HOLD_MINUTES = 60;
const CANARY_SHARE = 0.1;
const BASELINE_ERROR_RATE = 0.01;
const THRESHOLDS: Thresholds = {
  maxErrorRate: 0.05,
  maxMemoryUtilization: 0.9,
  maxP99DurationMs: undefined,
  maxThrottles: 0,
  minInvocations: 50,
};
const CODEDEPLOY = { windowMinutes: 5, maxErrorRate: 0.02, maxSlowShare: 0.02, maxMemory: 0.9 };
const KAYENTA = { horizonMinutes: 30, alpha: 0.01 };
const MIXTURE = { alpha: 0.05, beta: 0.05, ratios: [1.5, 2, 3, 5, 10], holdMinutes: HOLD_MINUTES };
const BENCH_MARKERS = ['<!-- bench:start -->', '<!-- bench:end -->'] as const;

type Kind = 'healthy' | 'bad' | 'no-data' | 'outage';
type Failures = 'none' | 'short-bursts' | 'outage';

interface Row {
  readonly label: string;
  readonly kind: Kind;
  readonly spec: StreamSpec;
  readonly failures: Failures;
  /** Key of this row in the bar summary. */
  readonly key?: string;
}

interface Scenario {
  readonly title: string;
  readonly note: string;
  readonly rows: readonly Row[];
}

const steady: VersionBehaviour = {
  errorRate: BASELINE_ERROR_RATE,
  errorNoise: 0,
  slowShare: 0.01,
  memoryLevel: 0.4,
  memoryLeakPerMinute: 0,
  memoryWarmup: 0,
};
/** A healthy canary: the baseline's behaviour, starting cold (memory 10 points lower, filling up). */
const fresh: VersionBehaviour = { ...steady, memoryWarmup: 0.1 };

function spec(
  rpm: number,
  canary: Partial<VersionBehaviour> = {},
  more: Partial<StreamSpec> = {},
): StreamSpec {
  return {
    rpm,
    canaryShare: CANARY_SHARE,
    minutes: HOLD_MINUTES,
    baseline: steady,
    canary: { ...fresh, ...canary },
    onsetMinute: 0,
    missingRate: 0,
    historyMinutes: 30,
    memoryNoise: 0.01,
    ...more,
  };
}

const RATES = [10, 100, 1000, 10000] as const;
const rateLabel = (rpm: number): string => (rpm >= 1000 ? `${rpm / 1000}k/min` : `${rpm}/min`);

const SCENARIOS: readonly Scenario[] = [
  {
    title: 'Healthy canary',
    note: 'canary = baseline (1% errors, 1% slow requests, memory 40% after a cold start at 30%)',
    rows: RATES.map((rpm) => ({
      label: rateLabel(rpm),
      kind: 'healthy',
      spec: spec(rpm),
      failures: 'none',
      key: `healthy@${rpm}`,
    })),
  },
  {
    title: 'Noisy baseline',
    note: "the baseline's error rate is multiplied each minute by an independent mean-one log-normal factor (σ = 0.5: typically ×0.6 to ×1.6), so the canary's share of the errors wanders too; canary healthy",
    rows: RATES.map((rpm) => ({
      label: rateLabel(rpm),
      kind: 'healthy',
      spec: { ...spec(rpm), baseline: { ...steady, errorNoise: 0.5 } },
      failures: 'none',
      key: `noisy@${rpm}`,
    })),
  },
  ...([2, 3, 10] as const).map((k): Scenario => ({
    title: `${k}× error rate`,
    note: `canary errors ${k}% vs baseline 1% from the first minute`,
    rows: RATES.map((rpm) => ({
      label: rateLabel(rpm),
      kind: 'bad',
      spec: spec(rpm, { errorRate: k * BASELINE_ERROR_RATE }),
      failures: 'none',
      key: `${k}x@${rpm}`,
    })),
  })),
  {
    title: 'Late onset',
    note: '3× error rate from minute 20 (minutes to detect counted from the onset)',
    rows: [1000, 10000].map((rpm) => ({
      label: rateLabel(rpm),
      kind: 'bad',
      spec: spec(rpm, { errorRate: 3 * BASELINE_ERROR_RATE }, { onsetMinute: 20 }),
      failures: 'none',
    })),
  },
  {
    title: 'Latency',
    note: "slow = above T, the old version's p99 before the deploy (log-normal durations, σ = 0.5): +25% on every request moves the slow share from 1% to 3.0%; a slow tail (2% of requests 5× slower) to 2.6%",
    rows: [
      { label: '+25% at 1k/min', kind: 'bad', spec: spec(1000, { slowShare: 0.0299 }), failures: 'none' },
      { label: '+25% at 10k/min', kind: 'bad', spec: spec(10000, { slowShare: 0.0299 }), failures: 'none' },
      { label: 'slow tail at 1k/min', kind: 'bad', spec: spec(1000, { slowShare: 0.026 }), failures: 'none' },
    ],
  },
  {
    title: 'Memory leak',
    note: 'canary memory +1 point of memory size a minute (40% at minute 0, after a cold start): max-memory-utilization 90% is reached at minute 50; noise ±1 point',
    rows: [100, 1000].map((rpm) => ({
      label: rateLabel(rpm),
      kind: 'bad',
      spec: spec(rpm, { memoryLeakPerMinute: 0.01 }),
      failures: 'none',
      key: `leak@${rpm}`,
    })),
  },
  {
    title: 'Zero traffic',
    note: 'no invocations at all during the hold',
    rows: [{ label: '0/min', kind: 'no-data', spec: spec(0), failures: 'none' }],
  },
  {
    title: 'Missing datapoints',
    note: "30% of minutes lose a version's datapoints (counts read as 0, no slow count or memory)",
    rows: [
      {
        label: 'healthy 1k/min',
        kind: 'healthy',
        spec: spec(1000, {}, { missingRate: 0.3 }),
        failures: 'none',
        key: 'missing-healthy',
      },
      {
        label: '3× at 1k/min',
        kind: 'bad',
        spec: spec(1000, { errorRate: 0.03 }, { missingRate: 0.3 }),
        failures: 'none',
      },
    ],
  },
  {
    title: 'API error bursts',
    note: 'failed polls keep the last good figures; 3 failed polls in a row fail safe',
    rows: [
      {
        label: 'short bursts (1-2 polls, 5% of polls), healthy 1k/min',
        kind: 'healthy',
        spec: spec(1000),
        failures: 'short-bursts',
        key: 'bursts',
      },
      {
        label: 'outage (polls 10-12 fail), healthy 1k/min',
        kind: 'outage',
        spec: spec(1000),
        failures: 'outage',
      },
    ],
  },
  {
    title: 'Stress (beyond the bar)',
    note: "harder than the scenarios above: both versions noisy; or no pre-deploy history, so the judge cannot know the baseline's noise at the start",
    rows: [
      {
        label: 'both versions noisy (σ = 0.5), 10k/min',
        kind: 'healthy',
        spec: { ...spec(10000, { errorNoise: 0.5 }), baseline: { ...steady, errorNoise: 0.5 } },
        failures: 'none',
      },
      {
        label: 'noisy baseline, no history, 10k/min',
        kind: 'healthy',
        spec: { ...spec(10000, {}, { historyMinutes: 0 }), baseline: { ...steady, errorNoise: 0.5 } },
        failures: 'none',
      },
      {
        label: '3× at 10k/min, no history',
        kind: 'bad',
        spec: spec(10000, { errorRate: 0.03 }, { historyMinutes: 0 }),
        failures: 'none',
      },
    ],
  },
];

function failureSchedule(kind: Failures, random: Random): number[] {
  const schedule = new Array<number>(HOLD_MINUTES).fill(0);
  if (kind === 'outage') {
    for (let t = 9; t < 12; t++) schedule[t] = t - 8;
  } else if (kind === 'short-bursts') {
    for (let t = 0; t < HOLD_MINUTES; t++) {
      if (random() < 0.05) {
        const length = random() < 0.5 ? 1 : 2;
        for (let k = 0; k < length && t + k < HOLD_MINUTES; k++) schedule[t + k] = k + 1;
        t += length;
      }
    }
  }
  return schedule;
}

interface JudgeOutcome extends Outcome {
  readonly failedBy: string | undefined;
}

function runJudge(stream: ReturnType<typeof simulate>, failures: readonly number[]): JudgeOutcome {
  let lastGood = 0;
  for (let t = 1; t <= HOLD_MINUTES; t++) {
    const queryFailures = failures[t - 1] ?? 0;
    if (queryFailures === 0) lastGood = t;
    const samples: FunctionSamples = {
      functionName: 'bench',
      canary: stream.canary.slice(0, lastGood),
      baseline: stream.baseline.slice(0, lastGood),
      baselineHistory: stream.history,
      synthetic: { invocations: 0, errors: 0 },
      alarmsInAlarm: [],
      consecutiveQueryFailures: queryFailures,
      memorySource: 'report-logs',
    };
    const judgement: Judgement = judge({
      samples,
      thresholds: THRESHOLDS,
      compareBaseline: true,
      onInconclusive: 'fail',
      step: {
        index: 0,
        weight: CANARY_SHARE,
        elapsedMs: t * MINUTE_MS,
        holdMs: HOLD_MINUTES * MINUTE_MS,
        final: t === HOLD_MINUTES,
      },
    });
    if (judgement.decision !== 'continue') {
      const failedBy =
        judgement.decision === 'fail'
          ? String(judgement.evidence['failedChecks'] ?? 'query failures').split(', ')[0]
          : undefined;
      return {
        decision: judgement.decision === 'inconclusive' ? 'inconclusive' : judgement.decision,
        minute: t,
        failedBy,
      };
    }
  }
  return { decision: 'inconclusive', minute: HOLD_MINUTES, failedBy: undefined };
}

/** One exact conditional test on the whole hold at α = 1%: the information limit of any valid rule. */
/** p-value of one exact test of the canary's share of all errors at the end of the hold (1 without errors). */
function fixedHorizonP(stream: ReturnType<typeof simulate>): number {
  let events = 0;
  let canaryEvents = 0;
  let expected = 0;
  for (let i = 0; i < stream.canary.length; i++) {
    const c = stream.canary[i];
    const b = stream.baseline[i];
    if (c === undefined || b === undefined || c.invocations === 0 || b.invocations === 0) continue;
    const m = c.errors + b.errors;
    events += m;
    canaryEvents += c.errors;
    expected += (m * c.invocations) / (c.invocations + b.invocations);
  }
  return events > 0 ? binomialUpperTail(canaryEvents, events, expected / events) : 1;
}

interface Tally {
  runs: number;
  fails: number[];
  passes: number[];
  inconclusive: number;
  failedBy: Map<string, number>;
}

const newTally = (): Tally => ({ runs: 0, fails: [], passes: [], inconclusive: 0, failedBy: new Map() });

function record(tally: Tally, outcome: JudgeOutcome | Outcome, onset: number): void {
  tally.runs++;
  if (outcome.decision === 'fail') {
    tally.fails.push(outcome.minute - onset);
    const by = 'failedBy' in outcome ? outcome.failedBy : undefined;
    if (by !== undefined) tally.failedBy.set(by, (tally.failedBy.get(by) ?? 0) + 1);
  } else if (outcome.decision === 'pass') tally.passes.push(outcome.minute);
  else tally.inconclusive++;
}

interface RowResult {
  readonly row: Row;
  readonly judge: Tally;
  readonly codeDeploy: Tally;
  readonly kayenta: Tally;
  readonly mixture: Tally;
  readonly fixedHorizon: number;
  /** The same test with only the α the comparison with the old version gets (sequential looks and totals). */
  readonly fixedHorizonOwnAlpha: number;
  readonly seconds: number;
}

function runRow(scenario: Scenario, row: Row, runs: number): RowResult {
  const started = Date.now();
  const result = { judge: newTally(), codeDeploy: newTally(), kayenta: newTally(), mixture: newTally() };
  let fixedHorizon = 0;
  let fixedHorizonOwnAlpha = 0;
  const base = seedOf(`${scenario.title}/${row.label}`);
  for (let run = 0; run < runs; run++) {
    const seed = (base + run * 0x9e3779b1) >>> 0;
    const stream = simulate(row.spec, seed);
    const failures = failureSchedule(row.failures, createRandom(seed ^ 0x5bd1e995));
    record(result.judge, runJudge(stream, failures), row.spec.onsetMinute);
    record(result.codeDeploy, fixedWindow(stream.canary, CODEDEPLOY), row.spec.onsetMinute);
    record(
      result.kayenta,
      mannWhitneyAtHorizon(stream.canary, stream.baseline, KAYENTA),
      row.spec.onsetMinute,
    );
    record(result.mixture, cappedMixture(stream.canary, stream.baseline, MIXTURE), row.spec.onsetMinute);
    const p = fixedHorizonP(stream);
    if (p <= 0.01) fixedHorizon++;
    if (p <= ALPHA_ERRORS + ALPHA_ERROR_TOTALS) fixedHorizonOwnAlpha++;
  }
  return {
    row,
    ...result,
    fixedHorizon: fixedHorizon / runs,
    fixedHorizonOwnAlpha: fixedHorizonOwnAlpha / runs,
    seconds: (Date.now() - started) / 1000,
  };
}

// ---- formatting ----

function minutesOf(values: readonly number[]): string {
  const med = quantile(values, 0.5);
  const p90 = quantile(values, 0.9);
  return med === undefined ? '-' : `${med} / ${p90}`;
}

function rateWithInterval(tally: Tally): string {
  const [lo, hi] = wilson(tally.fails.length, tally.runs);
  return `${pct(tally.fails.length / tally.runs)} [${pct(lo)}, ${pct(hi)}]`;
}

function caughtBy(tally: Tally): string {
  const entries = [...tally.failedBy.entries()].sort((a, b) => b[1] - a[1]);
  return entries.length === 0
    ? '-'
    : entries
        .slice(0, 2)
        .map(([name, n]) => `${name} ${Math.round((n / tally.fails.length) * 100)}%`)
        .join(', ');
}

function baselineCell(tally: Tally): string {
  const rate = pct(tally.fails.length / tally.runs);
  const inconclusive = tally.inconclusive > 0 ? `, ${pct(tally.inconclusive / tally.runs)} no data` : '';
  return `${rate}${inconclusive}`;
}

const KIND_LABEL: Record<Kind, string> = {
  healthy: 'healthy',
  bad: 'bad',
  'no-data': 'no data',
  outage: 'outage',
};

function table(scenario: Scenario, results: readonly RowResult[]): string {
  const header = [
    'stream',
    'judge: rolled back [95% CI]',
    'median / p90 min to roll back',
    'passed (median min)',
    'inconclusive',
    'caught by',
    'CodeDeploy 5-min window: rolled back (at min 5)',
    'Kayenta MW: rolled back (at min 30)',
    'capped mixture (α 5%): rolled back, median min',
  ];
  const rows = results.map((r) => [
    `${r.row.label} (${KIND_LABEL[r.row.kind]})`,
    rateWithInterval(r.judge),
    minutesOf(r.judge.fails),
    `${pct(r.judge.passes.length / r.judge.runs)} (${quantile(r.judge.passes, 0.5) ?? '-'})`,
    pct(r.judge.inconclusive / r.judge.runs),
    caughtBy(r.judge),
    baselineCell(r.codeDeploy),
    baselineCell(r.kayenta),
    `${pct(r.mixture.fails.length / r.mixture.runs)}, ${quantile(r.mixture.fails, 0.5) ?? '-'}`,
  ]);
  return [`### ${scenario.title}`, '', scenario.note, '', markdownTable(header, rows)].join('\n');
}

function barSummary(
  byKey: ReadonlyMap<string, RowResult>,
  cells: ReadonlyMap<string, Cell>,
  runs: number,
): string {
  const get = (key: string): RowResult | undefined => byKey.get(key);
  const rate = (r: RowResult): number => r.judge.fails.length / r.judge.runs;
  const med = (r: RowResult): number => quantile(r.judge.fails, 0.5) ?? Number.NaN;
  const mark = (ok: boolean): string => (ok ? 'met' : '**not met**');
  const rows: string[][] = defaultsBar(cells);
  const worst = [...byKey.entries()]
    .filter(([k]) => k.startsWith('healthy@') || k.startsWith('noisy@'))
    .map(([k, r]) => ({ k, v: rate(r) }))
    .sort((a, b) => b.v - a.v)[0];
  if (worst !== undefined) {
    const bar = '60-min hold, healthy, every rate incl. noisy baseline: false rollbacks <= 1%';
    rows.push([bar, `worst ${pct(worst.v)} (${worst.k})`, mark(worst.v <= 0.01)]);
  }
  const x1k = get('3x@1000');
  if (x1k) {
    const ok = rate(x1k) >= 0.99 && med(x1k) <= 5;
    rows.push([
      '3× at 1k/min: >= 99% detected, median <= 5 min',
      `${pct(rate(x1k))}, median ${med(x1k)} min`,
      mark(ok),
    ]);
  }
  const x10k = get('3x@10000');
  if (x10k) {
    rows.push([
      '3× at 10k/min: median <= 2 min',
      `median ${med(x10k)} min (${pct(rate(x10k))})`,
      mark(med(x10k) <= 2),
    ]);
  }
  const x100 = get('3x@100');
  if (x100) {
    const scale = `for scale: one exact test at minute 60 spending all of α = 1% detects ${pct(x100.fixedHorizon)}; with the comparison's own ${pct(ALPHA_ERRORS + ALPHA_ERROR_TOTALS)}, ${pct(x100.fixedHorizonOwnAlpha)}`;
    rows.push([
      '3× at 100/min: >= 90% detected within 60 min',
      `${pct(rate(x100))} (${scale})`,
      mark(rate(x100) >= 0.9),
    ]);
  }
  const x10 = get('10x@100');
  if (x10) {
    rows.push([
      '10× at 100/min: median <= 5 min',
      `median ${med(x10)} min (${pct(rate(x10))})`,
      mark(med(x10) <= 5),
    ]);
  }
  for (const key of ['leak@100', 'leak@1000']) {
    const leak = get(key);
    if (leak === undefined) continue;
    const before = leak.judge.fails.filter((t) => t < 50).length / leak.judge.runs;
    const bar = `memory leak +1 point/min (${key.split('@')[1]}/min): detected before the ceiling (minute 50)`;
    rows.push([bar, `${pct(before)}, median minute ${med(leak)}`, mark(before >= 0.99)]);
  }
  return [
    `### The bar (issues 5, 9, 12 and 21), ${runs} runs a cell`,
    '',
    markdownTable(['bar', 'measured', ''], rows),
  ].join('\n');
}

const HELP = `npm run bench:judge -- [--runs N] [--only TEXT] [--write-docs FILE]

  --runs N           seeded runs a cell (default 2000)
  --only TEXT        only the rows whose section title and label contain TEXT (any case), e.g.
                     "the defaults", "clumped", "your own metrics", "evidence planner",
                     "custom comparison's plan"
  --write-docs FILE  replace the text between the bench markers of FILE with the tables

Sections: the defaults; traffic the judge does not model; clumped errors at low traffic; your own
metrics; the evidence planner against the judge (its predicted minutes beside the minutes the
judge needed); the custom comparison's plan against the judge; then the 60-minute tables and the
bar.
`;

function parseArgs(argv: readonly string[]): {
  runs: number;
  only: string | undefined;
  writeDocs: string | undefined;
} {
  let runs = 2000;
  let only: string | undefined;
  let writeDocs: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--runs' && value !== undefined) {
      runs = Number(value);
      i++;
      if (!Number.isInteger(runs) || runs < 1)
        throw new Error(`--runs: "${value}" is not a positive whole number`);
    } else if (arg === '--only' && value !== undefined) {
      only = value.toLowerCase();
      i++;
    } else if (arg === '--write-docs' && value !== undefined) {
      writeDocs = value;
      i++;
    } else if (arg === '--help') {
      process.stdout.write(HELP);
      process.exit(0);
    } else {
      throw new Error(`unknown argument "${arg ?? ''}": use --runs N, --only TEXT, --write-docs FILE`);
    }
  }
  return { runs, only, writeDocs };
}

function runCells(
  title: string,
  note: string,
  rows: typeof DEFAULT_ROWS,
  runs: number,
  only: string | undefined,
  cells: Map<string, Cell>,
): string | undefined {
  const chosen = rows.filter(
    (row) => only === undefined || `${title} ${row.label}`.toLowerCase().includes(only),
  );
  if (chosen.length === 0) return undefined;
  const measured = chosen.map((row) => {
    const started = Date.now();
    const cell = runCell(title, row, runs);
    process.stderr.write(`${title} / ${row.label}: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    if (row.key !== undefined) cells.set(row.key, cell);
    return cell;
  });
  return [`### ${title}`, '', note, '', cellTable(measured)].join('\n');
}

function main(): void {
  const { runs, only, writeDocs } = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const sections: string[] = [];
  const byKey = new Map<string, RowResult>();
  const cells = new Map<string, Cell>();
  const defaults = runCells(
    'The defaults',
    "`canary 10% 5m`, max-error-rate 1%, min-invocations 50, on-inconclusive fail, extend-hold 10m; 30 minutes of the old version's history; the shift lands at a random second of minute 0; interim looks on settled minutes (2 min), the final look waits for the last minutes. Healthy: canary = old version.",
    DEFAULT_ROWS,
    runs,
    only,
    cells,
  );
  if (defaults !== undefined) sections.push(defaults);
  const families = runCells(
    'Traffic the judge does not model (defaults)',
    'Each family breaks one assumption of the judge; `expect` says what a careful operator wants; `report` rows have no bar.',
    FAMILY_ROWS,
    runs,
    only,
    cells,
  );
  if (families !== undefined) sections.push(families);
  const clumps = runCells(
    'Clumped errors at low traffic (defaults)',
    "Errors come in clumps of 2 to 8 (evenly; a client retrying a failing call) in both versions, the old version's 30 minutes of history included; a 60-minute hold unless stated, otherwise the defaults. At 100/min the canary serves about 10 calls a minute, so one clump of 5 or more fills most of a minute. Crashes: the canary fails 80% of its calls (in the same clumps), minute after minute.",
    CLUMP_ROWS,
    runs,
    only,
    cells,
  );
  if (clumps !== undefined) sections.push(clumps);
  const low = runCells(
    'Low traffic through the step loop (defaults, 60-min hold)',
    "100 requests a minute (about 10 canary calls), the old version's 30 minutes of history, a 60-minute hold run as the engine runs it: interim looks on settled minutes (2 min), the final look once the last minutes have settled, extend-hold 10m; otherwise the defaults (max-error-rate 1%). The shift lands at a random second of minute 0; bursty traffic multiplies each minute's calls by a log-normal factor (σ 0.5) in both versions. The 60-minute tables further down judge the same rates on the judge's own model, every minute, with max-error-rate 5%.",
    LOW_ROWS,
    runs,
    only,
    cells,
  );
  if (low !== undefined) sections.push(low);
  const custom = runCells(
    'Your own metrics (defaults)',
    "A `metrics` entry `checkout-failures` (`compare: true`, `rate-of: Invocations`) beside Lambda's counters, on the defaults (`canary 10% 5m`) unless a 30-min hold is named. Each version's code publishes its failed checkouts with every call (a datapoint each minute, 0 included) unless stated; failures come in clumps (1 + geometric, mean 3: φ about 5); each version's datapoint arrives up to 2 minutes after Lambda's minute settles, independently of the other's (unless stated). The judge reads the old version's 30 minutes before the step for the metric's noise. Healthy: both versions fail 0.5% of checkouts; regressions: the new version fails more, its Lambda errors as the old version's (0.5%). `report` rows have no bar; the 5-minute rows are extended (`extend-hold` 10m) while the comparison is undecided.",
    CUSTOM_ROWS,
    runs,
    only,
    cells,
  );
  if (custom !== undefined) sections.push(custom);
  const planner = plannerSection(Math.min(runs, 1000), only);
  if (planner !== undefined) sections.push(planner);
  sections.push(...customPlanSection(Math.min(runs, 1000), only));
  for (const scenario of SCENARIOS) {
    const rows = scenario.rows.filter(
      (row) => only === undefined || `${scenario.title} ${row.label}`.toLowerCase().includes(only),
    );
    if (rows.length === 0) continue;
    const results = rows.map((row) => {
      const result = runRow(scenario, row, runs);
      process.stderr.write(`${scenario.title} / ${row.label}: ${result.seconds.toFixed(1)} s\n`);
      if (row.key !== undefined) byKey.set(row.key, result);
      return result;
    });
    sections.push(table(scenario, results));
  }
  sections.push(barSummary(byKey, cells, runs));
  const elapsed = (Date.now() - started) / 1000;
  const settings = [
    `Settings of the 60-minute tables (after the two tables of the defaults): ${runs} seeded runs a cell; ${CANARY_SHARE * 100}% canary share; baseline ${BASELINE_ERROR_RATE * 100}% errors; a ${HOLD_MINUTES}-minute hold judged every minute;`,
    `max-error-rate ${THRESHOLDS.maxErrorRate * 100}%, max-memory-utilization ${THRESHOLDS.maxMemoryUtilization * 100}%, min-invocations ${THRESHOLDS.minInvocations}, on-inconclusive fail;`,
    `30 minutes of the old version's history before the step (unless stated). CodeDeploy-style: canary error rate or slow share > ${CODEDEPLOY.maxErrorRate * 100}% or memory >= 90% over the first 5 minutes.`,
    `Kayenta-style: one-sided Mann-Whitney on per-minute values at minute 30, p < 1%. A capped likelihood-ratio mixture as first designed (α = 5%, errors only).`,
    `Command: \`npm run bench:judge -- --runs ${runs}${only === undefined ? '' : ` --only "${only}"`}\`; seeds: each row's from its table and label (\`seedOf\` in bench/format.ts), the same on every machine. Run time ${elapsed.toFixed(0)} s.`,
  ].join('\n');
  const output = [settings, ...sections].join('\n\n');
  process.stdout.write(`${output}\n`);
  if (writeDocs !== undefined) {
    const text = readFileSync(writeDocs, 'utf8');
    const [open, close] = BENCH_MARKERS;
    const from = text.indexOf(open);
    const to = text.indexOf(close);
    if (from < 0 || to < from) throw new Error(`${writeDocs}: no ${open} ... ${close} section to replace`);
    writeFileSync(writeDocs, `${text.slice(0, from + open.length)}\n\n${output}\n\n${text.slice(to)}`);
  }
}

main();

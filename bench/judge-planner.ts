/**
 * The evidence planner against the judge: for seeded traffic, the minutes of settled traffic the
 * planner predicts when the watched step starts (`planEvidence`, as the action prints it) beside
 * the minutes the judge actually needed to pass a healthy canary (the first final look, with every
 * minute settled and no extension, that passes), and what the planner said before it read the
 * alias's traffic and counted earlier steps (the old version's own minutes, this step alone).
 */
import type { TrafficMinute } from '../src/canary/judge/evidence-plan.js';
import { planEvidence } from '../src/canary/judge/evidence-plan.js';
import { clearComparisonMemo } from '../src/canary/judge/sequential.js';
import { judge } from '../src/canary/judge/verdict.js';
import type { MinuteSample } from '../src/canary/types.js';
import { DEFAULT_THRESHOLDS } from './judge-defaults.js';
import { markdownTable, pct, quantile, seedOf } from './format.js';
import type { Random } from './simulate.js';
import { binomial, createRandom, MINUTE_MS, normal, poisson } from './simulate.js';

const HISTORY_MINUTES = 30;
/** Lambda's settle lag on the defaults (2 minutes): the newest minutes are not read yet. */
const SETTLE_MINUTES = 2;
const ERROR_RATE = 0.005;
/** Looks beyond this many minutes into the step count as "never". */
const HORIZON_MINUTES = 40;

interface Step {
  readonly weight: number;
  readonly holdMinutes: number;
}

export interface PlannerRow {
  readonly label: string;
  /** Calls a minute through the alias. */
  readonly rpm: number;
  /** The run's steps; the last one is the step planned and judged. */
  readonly steps: readonly Step[];
  /** The old version went live this many minutes before the first shift (a 20% canary for 5 minutes before that). */
  readonly promotedMinutesAgo?: number;
  /** Each minute's calls multiplied by a mean-one log-normal factor of this σ. */
  readonly burstiness?: number;
}

const DEFAULT_STEP: Step = { weight: 0.1, holdMinutes: 5 };

export const PLANNER_ROWS: readonly PlannerRow[] = [
  ...[100, 1000, 10000].map((rpm) => ({
    label: `${rpm}/min, \`canary 10% 5m\``,
    rpm,
    steps: [DEFAULT_STEP],
  })),
  ...[100, 1000].map((rpm) => ({
    label: `${rpm}/min, right after a promotion (old version live 3 min)`,
    rpm,
    steps: [DEFAULT_STEP],
    promotedMinutesAgo: 3,
  })),
  {
    label: '100/min, bursty traffic (σ 0.5), `canary 10% 5m`',
    rpm: 100,
    steps: [DEFAULT_STEP],
    burstiness: 0.5,
  },
  {
    label: '100/min, second step of `linear 5% every 4m` (10%)',
    rpm: 100,
    steps: [
      { weight: 0.05, holdMinutes: 4 },
      { weight: 0.1, holdMinutes: 4 },
    ],
  },
  {
    label: '300/min, second step of `canary 1% 3m` then 10% 5m',
    rpm: 300,
    steps: [
      { weight: 0.01, holdMinutes: 3 },
      { weight: 0.1, holdMinutes: 5 },
    ],
  },
];

interface Traffic {
  /** Calls through the alias by minute, from minute −HISTORY_MINUTES (index 0). */
  readonly alias: number[];
  /** The old version's own calls over the history (what the planner read before). */
  readonly oldVersion: number[];
  /** Minute 0 on: the canary's and the old version's minutes, tagged with their step. */
  readonly canary: MinuteSample[];
  readonly baseline: MinuteSample[];
  /** When each step starts, in minutes since the start of minute 0. */
  readonly starts: number[];
}

function minute(start: number, invocations: number, errors: number, step?: number): MinuteSample {
  return {
    start: start * MINUTE_MS,
    invocations,
    errors,
    throttles: 0,
    durationP99Ms: undefined,
    slowCount: undefined,
    memoryUtilization: undefined,
    ...(step === undefined ? {} : { step }),
  };
}

/** The share of minute [m, m + 1) the canary had, with the steps starting at `starts`. */
function canaryShare(steps: readonly Step[], starts: readonly number[], m: number): number {
  let share = 0;
  steps.forEach((step, k) => {
    const from = Math.max(m, starts[k] as number);
    const until = Math.min(m + 1, k + 1 < steps.length ? (starts[k + 1] as number) : Infinity);
    if (until > from) share += (until - from) * step.weight;
  });
  return share;
}

function simulateTraffic(row: PlannerRow, random: Random): Traffic {
  const first = random();
  const starts = [first];
  for (const step of row.steps.slice(0, -1)) starts.push((starts.at(-1) as number) + step.holdMinutes);
  const last = row.steps.length - 1;
  const calls = (): number => {
    const sigma = row.burstiness ?? 0;
    const factor = sigma > 0 ? Math.exp(sigma * normal(random) - (sigma * sigma) / 2) : 1;
    return poisson(random, row.rpm * factor);
  };
  const alias = Array.from({ length: HISTORY_MINUTES }, calls);
  const promoted = row.promotedMinutesAgo;
  const oldVersion = alias.map((n, i) => {
    const ago = HISTORY_MINUTES - i;
    if (promoted === undefined || ago <= promoted) return n;
    return ago <= promoted + 5 ? Math.round(n * 0.2) : 0;
  });
  const canary: MinuteSample[] = [];
  const baseline: MinuteSample[] = [];
  const end = Math.ceil(starts[last] as number) + HORIZON_MINUTES;
  for (let m = 0; m < end; m++) {
    const n = calls();
    const c = binomial(random, n, canaryShare(row.steps, starts, m));
    // The step whose split served most of the minute: the last one begun by its middle.
    const step = Math.max(0, starts.filter((s) => s <= m + 0.5).length - 1);
    canary.push(minute(m, c, binomial(random, c, ERROR_RATE), step));
    baseline.push(minute(m, n - c, binomial(random, n - c, ERROR_RATE), step));
  }
  return { alias, oldVersion, canary, baseline, starts };
}

const history = (counts: readonly number[], settledOnly: boolean): TrafficMinute[] =>
  counts
    .map((invocations, i) => ({ start: (i - HISTORY_MINUTES) * MINUTE_MS, invocations }))
    .filter((_, i) => !settledOnly || i < HISTORY_MINUTES - SETTLE_MINUTES);

interface Measured {
  readonly predicted: number;
  readonly before: number;
  readonly needed: number | undefined;
}

function measure(row: PlannerRow, random: Random): Measured {
  const traffic = simulateTraffic(row, random);
  const last = row.steps.length - 1;
  const step = row.steps[last] as Step;
  const startsAt = traffic.starts[last] as number;
  const settledUntil = Math.max(0, Math.floor(startsAt - SETTLE_MINUTES));
  const settled = traffic.canary.slice(0, settledUntil);
  const plan = (served: TrafficMinute[], earlier: boolean): number =>
    planEvidence({
      traffic: served,
      weight: step.weight,
      holdMs: step.holdMinutes * MINUTE_MS,
      extendHoldMs: 10 * MINUTE_MS,
      minInvocations: DEFAULT_THRESHOLDS.minInvocations,
      earlier:
        earlier && last > 0
          ? {
              invocations: settled.reduce((sum, m) => sum + m.invocations, 0),
              weight: (row.steps[last - 1] as Step).weight,
              unsettledMs: (startsAt - Math.max(traffic.starts[0] as number, settledUntil)) * MINUTE_MS,
            }
          : undefined,
    }).minutesNeeded;
  const served = [
    ...history(traffic.alias, true),
    ...traffic.baseline.slice(0, settledUntil).map((m, i) => ({
      start: m.start,
      invocations: m.invocations + (settled[i] as MinuteSample).invocations,
    })),
  ];
  // Before: the old version's 30 minutes, the last ones read before they settled, this step alone.
  const unread = Array.from({ length: SETTLE_MINUTES }, (_, i) => ({
    start: (i - SETTLE_MINUTES) * MINUTE_MS,
    invocations: 0,
  }));
  const before = plan([...history(traffic.oldVersion, true), ...unread], false);
  const stepMinute = Math.floor(startsAt);
  let needed: number | undefined;
  for (let t = 1; t <= HORIZON_MINUTES && needed === undefined; t++) {
    const upTo = stepMinute + t;
    const verdict = judge({
      samples: {
        functionName: 'bench',
        canary: traffic.canary.slice(0, upTo),
        baseline: traffic.baseline.slice(0, upTo),
        baselineHistory: history(traffic.alias, false).map((m) =>
          minute(m.start / MINUTE_MS, m.invocations, 0),
        ),
        synthetic: { invocations: 0, errors: 0 },
        alarmsInAlarm: [],
        consecutiveQueryFailures: 0,
        memorySource: 'none',
      },
      thresholds: DEFAULT_THRESHOLDS,
      compareBaseline: true,
      onInconclusive: 'fail',
      step: {
        index: last,
        weight: step.weight,
        elapsedMs: t * MINUTE_MS,
        holdMs: t * MINUTE_MS,
        final: true,
        extendHoldMs: 0,
        lastStep: true,
        settled: true,
        plannedMs: row.steps.reduce((sum, s) => sum + s.holdMinutes, 0) * MINUTE_MS,
        functions: 1,
      },
    });
    if (verdict.decision === 'pass') needed = t;
  }
  clearComparisonMemo();
  return { predicted: plan(served, true), before, needed };
}

const shown = (minutes: number | undefined): string =>
  minutes === undefined || !Number.isFinite(minutes) ? 'never' : String(minutes);

/** One row per traffic: the planner's minutes, the judge's, and how often the plan was enough. */
export function plannerSection(runs: number, only: string | undefined): string | undefined {
  const title = 'The evidence planner against the judge';
  const chosen = PLANNER_ROWS.filter(
    (row) => only === undefined || `${title} ${row.label}`.toLowerCase().includes(only),
  );
  if (chosen.length === 0) return undefined;
  const rows = chosen.map((row) => {
    const random = createRandom(seedOf(`${title} ${row.label}`));
    const results = Array.from({ length: runs }, () => measure(row, random));
    const needed = results.map((r) => r.needed ?? Infinity);
    const within = results.filter((r) => (r.needed ?? Infinity) <= r.predicted).length / runs;
    const q = (values: number[], p: number) => shown(quantile(values, p));
    return [
      row.label,
      q(
        results.map((r) => r.predicted),
        0.5,
      ),
      `${q(needed, 0.5)}, ${q(needed, 0.9)}`,
      pct(within),
      q(
        results.map((r) => r.before),
        0.5,
      ),
    ];
  });
  return [
    `### ${title}`,
    '',
    `${runs} seeded runs a row. The minutes of settled traffic the planner predicts when the watched step starts (median), beside the minutes the judge needed to pass a healthy canary (its first final look that passes, every minute settled, no extension; median and p90), how often those were within the prediction, and what the planner predicted before it read the alias's traffic and counted earlier steps. Defaults otherwise (min-invocations ${DEFAULT_THRESHOLDS.minInvocations}, ${ERROR_RATE * 100}% errors in both versions, 30 minutes of history, the last ${SETTLE_MINUTES} not settled when the step starts; the shift lands at a random second of minute 0). Right after a promotion, the old version served 20% for 5 minutes, then everything for the last 3.`,
    '',
    markdownTable(
      [
        'traffic',
        'predicted min',
        'needed min (median, p90)',
        'needed within predicted',
        'predicted before (old version only, this step only)',
      ],
      rows,
    ),
  ].join('\n');
}

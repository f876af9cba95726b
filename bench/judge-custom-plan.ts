/**
 * The custom comparison's plan against the judge: for checkout-failure streams like the custom
 * rows of judge-defaults.ts (failures in clumps of mean 3, or each on its own; datapoints up to 2
 * minutes late), with the canary failing 2× the old version's checkouts, the minutes the plan
 * predicts when the step starts (`planCustomComparisons`, from the old version's 30 minutes before
 * it, as the action prints it) beside the minutes the judge took to roll the canary back through
 * the step loop.
 */
import { planCustomComparisons } from '../src/canary/judge/custom-plan.js';
import type { MetricMinute } from '../src/canary/types.js';
import { markdownTable, pct, quantile, seedOf } from './format.js';
import { DEFAULTS } from './judge-defaults.js';
import type { Family, LoopOutcome, LoopSettings } from './traffic.js';
import { CHECKOUT_METRIC, runLoop, simulateFamily } from './traffic.js';
import { MINUTE_MS } from './simulate.js';

const BASELINE_RATE = 0.005;
/** Each version's custom datapoint arrives up to this many minutes after its minute settles. */
const LATE_MINUTES = 2;
/** A 60-minute hold: no regression the plan can see in time is cut off by the step's end. */
const SETTINGS: LoopSettings = { ...DEFAULTS, holdMinutes: 60 };

interface PlanRow {
  readonly label: string;
  readonly family: Family;
}

const rpmLabel = (rpm: number): string => (rpm >= 1000 ? `${rpm / 1000}k/min` : `${rpm}/min`);

/** Clumps of mean 3 as the custom rows of judge-defaults.ts; clumps of 1: each failure on its own (Poisson). */
const ROWS: readonly PlanRow[] = [3, 1].flatMap((clumpSize) =>
  [1000, 10000].map((rpm) => ({
    label: `checkout failures 2× (1% vs 0.5%), ${clumpSize > 1 ? `clumps of mean ${clumpSize}` : 'no clumps'}, ${rpmLabel(rpm)}`,
    family: {
      rpm,
      share: 0.1,
      baselineRate: BASELINE_RATE,
      custom: {
        baselineRate: BASELINE_RATE,
        canaryRate: 2 * BASELINE_RATE,
        clumpSize,
        lateMinutes: LATE_MINUTES,
        everyCall: true,
      },
    },
  })),
);

/** The plan's minutes for one seeded stream: what the action prints when the step starts. */
function predicted(family: Family, seed: number): number {
  const stream = simulateFamily(family, SETTINGS, seed);
  const history: MetricMinute[] = stream.history.map((m, i) => {
    const count = stream.custom?.history[i]?.count ?? 0;
    const published = count > 0 || (m.invocations > 0 && stream.custom?.everyCall === true);
    return { start: m.start, value: published ? count : undefined };
  });
  const [plan] = planCustomComparisons({
    metrics: [CHECKOUT_METRIC],
    customHistory: [{ metric: CHECKOUT_METRIC, history }],
    baselineHistory: stream.history,
    traffic: stream.history,
    weight: family.share,
    holdMs: SETTINGS.holdMinutes * MINUTE_MS,
    extendHoldMs: SETTINGS.extendMinutes * MINUTE_MS,
    lastStep: true,
    functions: 1,
    compared: true,
  });
  return plan?.minutesNeeded ?? Infinity;
}

const shown = (minutes: number | undefined): string =>
  minutes === undefined || !Number.isFinite(minutes) ? 'never' : String(minutes);

/** One row per traffic: the plan's minutes, the judge's, and how often the plan held (no section when `only` leaves no row). */
export function customPlanSection(runs: number, only: string | undefined): string[] {
  const title = "The custom comparison's plan against the judge";
  const chosen = ROWS.filter(
    (row) => only === undefined || `${title} ${row.label}`.toLowerCase().includes(only),
  );
  if (chosen.length === 0) return [];
  const rows = chosen.map((row) => {
    const started = Date.now();
    const base = seedOf(`${title}/${row.label}`);
    const results = Array.from({ length: runs }, (_, run) => {
      const seed = (base + run * 0x9e3779b1) >>> 0;
      const outcome: LoopOutcome = runLoop(row.family, SETTINGS, seed);
      return { predicted: predicted(row.family, seed), outcome };
    });
    process.stderr.write(`${title} / ${row.label}: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    const rolledBack = results.map((r) => (r.outcome.decision === 'fail' ? r.outcome.minute : Infinity));
    const byCustom = results.filter((r) => r.outcome.failedBy === `${CHECKOUT_METRIC.name} vs baseline`);
    // The plan counts minutes of settled traffic: its last minute closes, settles, and its datapoint may be late.
    const arrival = 1 + SETTINGS.settleMinutes + LATE_MINUTES;
    const within = results.filter(
      (r) => r.outcome.decision === 'fail' && r.outcome.minute <= r.predicted + arrival,
    );
    const q = (values: number[], p: number) => shown(quantile(values, p));
    return [
      row.label,
      q(
        results.map((r) => r.predicted),
        0.5,
      ),
      `${q(
        results.map((r) => r.predicted),
        0.1,
      )}–${q(
        results.map((r) => r.predicted),
        0.9,
      )}`,
      `${q(rolledBack, 0.5)}, ${q(rolledBack, 0.9)}`,
      pct(within.length / runs),
      pct(rolledBack.filter(Number.isFinite).length / runs),
      pct(byCustom.length / runs),
    ];
  });
  const section = [
    `### ${title}`,
    '',
    `${runs} seeded runs a row. A \`metrics\` entry \`checkout-failures\` (\`compare: true\`, \`rate-of: Invocations\`) published with every call, failures in clumps (1 + geometric, mean 3; φ about 5) or each on its own (φ 1), each version's datapoint up to ${LATE_MINUTES} minutes late; the old version fails ${pct(BASELINE_RATE)} of checkouts, the canary 2× that, its Lambda errors as the old version's. A 10% canary with a ${SETTINGS.holdMinutes}-minute hold (extend-hold ${SETTINGS.extendMinutes}m), the old version's ${SETTINGS.historyMinutes} minutes before the step read for the plan and the judge alike. Predicted: the minutes of settled traffic the plan says a 2× rise needs to be caught 4 times in 5 (median, and p10–p90 over the runs' histories). Rolled back: the poll, in minutes since the shift, at which the judge rolled the canary back (median, p90; never: not within the hold and extend-hold). Within the prediction: rolled back by the time the predicted minutes' datapoints are all in (the predicted minutes, 1 for the last to close, the ${SETTINGS.settleMinutes}-min settle lag, up to ${LATE_MINUTES} late).`,
    '',
    markdownTable(
      [
        'traffic',
        'predicted min',
        'predicted p10–p90',
        'rolled back at min (median, p90)',
        'rolled back within the prediction',
        'rolled back at all',
        'by the custom comparison',
      ],
      rows,
    ),
  ].join('\n');
  return [section];
}

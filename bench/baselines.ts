/**
 * The two rules the judge is measured against, run on the same streams:
 * - CodeDeploy-style: one fixed window (the first 5 minutes), absolute thresholds on the canary
 *   (error rate, share of slow requests, memory); fail at minute 5 if any is above, else pass.
 *   No data keeps an alarm in INSUFFICIENT_DATA: it passes.
 * - Kayenta-style: at a fixed horizon (30 minutes), a one-sided Mann-Whitney U test per metric on
 *   the per-minute values of canary vs baseline (error rate, slow share, memory); fail if any has
 *   p < 1% (Kayenta's 98% two-sided confidence). Fewer than 3 minutes with data on either side:
 *   that metric has no data; no metric with data: inconclusive.
 */
import type { MinuteSample } from '../src/canary/types.js';

export type Outcome = { readonly decision: 'pass' | 'fail' | 'inconclusive'; readonly minute: number };

export interface FixedWindowRule {
  readonly windowMinutes: number;
  readonly maxErrorRate: number;
  readonly maxSlowShare: number;
  readonly maxMemory: number;
}

export function fixedWindow(canary: readonly MinuteSample[], rule: FixedWindowRule): Outcome {
  const window = canary.slice(0, rule.windowMinutes);
  const n = window.reduce((s, m) => s + m.invocations, 0);
  const errors = window.reduce((s, m) => s + m.errors, 0);
  const slow = window.reduce((s, m) => s + (m.slowCount ?? 0), 0);
  const memory = window.reduce((top, m) => Math.max(top, m.memoryUtilization ?? 0), 0);
  const breached =
    (n > 0 && (errors / n > rule.maxErrorRate || slow / n > rule.maxSlowShare)) || memory >= rule.maxMemory;
  return { decision: breached ? 'fail' : 'pass', minute: rule.windowMinutes };
}

/** Standard normal upper tail (Abramowitz-Stegun 7.1.26 for erfc; |error| < 1.5e-7). */
export function normalUpper(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erfc =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) *
    Math.exp(-x * x);
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}

/** One-sided Mann-Whitney p-value that xs tend to exceed ys (normal approximation, tie-corrected). */
export function mannWhitneyGreater(xs: readonly number[], ys: readonly number[]): number {
  const all = [...xs.map((v) => ({ v, x: true })), ...ys.map((v) => ({ v, x: false }))].sort(
    (a, b) => a.v - b.v,
  );
  const n = all.length;
  let rankSumX = 0;
  let ties = 0;
  for (let i = 0; i < n;) {
    let j = i;
    while (j + 1 < n && (all[j + 1] as { v: number }).v === (all[i] as { v: number }).v) j++;
    const rank = (i + j) / 2 + 1;
    const t = j - i + 1;
    ties += t * t * t - t;
    for (let k = i; k <= j; k++) if ((all[k] as { x: boolean }).x) rankSumX += rank;
    i = j + 1;
  }
  const n1 = xs.length;
  const n2 = ys.length;
  const u = rankSumX - (n1 * (n1 + 1)) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - ties / (n * (n - 1)));
  if (variance <= 0) return 1;
  return normalUpper((u - (n1 * n2) / 2 - 0.5) / Math.sqrt(variance));
}

export interface HorizonRule {
  readonly horizonMinutes: number;
  readonly alpha: number;
}

export function mannWhitneyAtHorizon(
  canary: readonly MinuteSample[],
  baseline: readonly MinuteSample[],
  rule: HorizonRule,
): Outcome {
  const c = canary.slice(0, rule.horizonMinutes).filter((m) => m.invocations > 0);
  const b = baseline.slice(0, rule.horizonMinutes).filter((m) => m.invocations > 0);
  const metrics: Array<(m: MinuteSample) => number | undefined> = [
    (m) => m.errors / m.invocations,
    (m) => (m.slowCount === undefined ? undefined : m.slowCount / m.invocations),
    (m) => m.memoryUtilization,
  ];
  let withData = 0;
  for (const metric of metrics) {
    const xs = c.map(metric).filter((v): v is number => v !== undefined);
    const ys = b.map(metric).filter((v): v is number => v !== undefined);
    if (xs.length < 3 || ys.length < 3) continue;
    withData++;
    if (mannWhitneyGreater(xs, ys) < rule.alpha) return { decision: 'fail', minute: rule.horizonMinutes };
  }
  return { decision: withData > 0 ? 'pass' : 'inconclusive', minute: rule.horizonMinutes };
}

export interface CappedMixtureRule {
  readonly alpha: number;
  readonly beta: number;
  readonly ratios: readonly number[];
  readonly holdMinutes: number;
}

/**
 * A capped likelihood-ratio mixture, the prior-art design to beat: per minute, conditioning on the minute's
 * errors, ℓ(R) = e_c·ln(θ(R)/θ(1)) + e_b·ln((1−θ(R))/(1−θ(1))), θ(R) = R·s/(R·s + 1 − s);
 * each minute's ℓ capped at ln(1/α)/3 when it has >= 5 errors; roll back when the equal-weight
 * mixture over R reaches 1/α; promote when Σ −ℓ(2) reaches ln(1/β); a breaker on > 50% errors
 * with >= 5 errors in a minute. Undecided at the end of the hold: it passes.
 */
export function cappedMixture(
  canary: readonly MinuteSample[],
  baseline: readonly MinuteSample[],
  rule: CappedMixtureRule,
): Outcome {
  const sums = rule.ratios.map(() => 0);
  const cap = Math.log(1 / rule.alpha) / 3;
  let promote = 0;
  const theta = (r: number, s: number): number => (r * s) / (r * s + 1 - s);
  for (let t = 0; t < Math.min(canary.length, baseline.length, rule.holdMinutes); t++) {
    const c = canary[t] as MinuteSample;
    const b = baseline[t] as MinuteSample;
    if (c.errors >= 5 && c.invocations > 0 && c.errors / c.invocations > 0.5)
      return { decision: 'fail', minute: t + 1 };
    if (c.invocations === 0 || b.invocations === 0) continue;
    const s = c.invocations / (c.invocations + b.invocations);
    const m = c.errors + b.errors;
    const ell = (r: number): number =>
      c.errors * Math.log(theta(r, s) / s) + b.errors * Math.log((1 - theta(r, s)) / (1 - s));
    rule.ratios.forEach((r, i) => {
      const l = ell(r);
      sums[i] = (sums[i] as number) + (m >= 5 ? Math.min(l, cap) : l);
    });
    promote -= ell(2);
    const e = sums.reduce((acc, v) => acc + Math.exp(v), 0) / sums.length;
    if (e >= 1 / rule.alpha) return { decision: 'fail', minute: t + 1 };
    if (promote >= Math.log(1 / rule.beta)) return { decision: 'pass', minute: t + 1 };
  }
  return { decision: 'pass', minute: rule.holdMinutes };
}

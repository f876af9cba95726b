/**
 * Minute-to-minute noise of event counts beyond Poisson: κ in Var(count) = μ + κ·μ², estimated by
 * weighted moments, each version on its own (the old version's pre-deploy history, then both
 * versions in the step), shrunk toward a cautious prior. A noisy service then needs more evidence
 * before a rollback; a quiet one (κ ≈ 0) is judged at full speed.
 */
import {
  DISPERSION_PRIOR,
  DISPERSION_PRIOR_MINUTES_WITH_HISTORY,
  DISPERSION_PRIOR_MINUTES_WITHOUT_HISTORY,
} from './constants.js';

export interface DispersionTerms {
  /** Σ (μ/V)·(r − 1): weighted excess of the Pearson ratios r = (x − μ)²/μ over their mean. */
  readonly excess: number;
  /** Σ μ²/V: the information these minutes carry about κ. */
  readonly information: number;
  /** Minutes that contributed. */
  readonly minutes: number;
}

export const NO_TERMS: DispersionTerms = { excess: 0, information: 0, minutes: 0 };

export function addTerms(a: DispersionTerms, b: DispersionTerms): DispersionTerms {
  return {
    excess: a.excess + b.excess,
    information: a.information + b.information,
    minutes: a.minutes + b.minutes,
  };
}

/** The contribution of one count x with mean μ and Pearson ratio expected at `expectedRatio` when κ = 0. */
function term(x: number, mu: number, expectedRatio: number): DispersionTerms {
  const deviation = x - mu;
  const variance = 2 + 1 / mu;
  return {
    excess: (mu / variance) * ((deviation * deviation) / mu - expectedRatio),
    information: (mu * mu) / variance,
    minutes: 1,
  };
}

/**
 * Terms of a fixed series (the old version's history) around its pooled rate. Each Pearson ratio
 * r = (x − μ)²/μ has mean 1 + κμ and, for Poisson counts, variance 2 + 1/μ; (T−1)/T corrects for
 * the fitted rate.
 */
export function seriesTerms(ns: readonly number[], events: readonly number[]): DispersionTerms {
  let totalN = 0;
  let totalEvents = 0;
  let minutes = 0;
  ns.forEach((n, i) => {
    if (n > 0) {
      totalN += n;
      totalEvents += events[i] as number;
      minutes++;
    }
  });
  if (totalEvents === 0 || minutes < 2) return NO_TERMS;
  const rate = totalEvents / totalN;
  let sum = NO_TERMS;
  ns.forEach((n, i) => {
    if (n > 0) sum = addTerms(sum, term(events[i] as number, n * rate, (minutes - 1) / minutes));
  });
  return sum;
}

/** A series in progress: its totals so far and the terms of its minutes. */
export interface OnlineSeries {
  readonly n: number;
  readonly events: number;
  readonly terms: DispersionTerms;
}

export function startSeries(priorN = 0, priorEvents = 0): OnlineSeries {
  return { n: priorN, events: priorEvents, terms: NO_TERMS };
}

/**
 * Adds a minute to a series in progress: it is compared with the rate of the minutes before it
 * (one step ahead), so no term changes once computed. The rate's own uncertainty adds n/N_before
 * to the ratio's mean, which is taken off.
 */
export function extendSeries(series: OnlineSeries, n: number, events: number): OnlineSeries {
  if (n <= 0) return series;
  const terms =
    series.events > 0
      ? addTerms(series.terms, term(events, (n * series.events) / series.n, 1 + n / series.n))
      : series.terms;
  return { n: series.n + n, events: series.events + events, terms };
}

/** κ from the data terms and the prior (which weighs as a few minutes of the data's own information). */
export function estimateKappa(terms: DispersionTerms, withHistory: boolean): number {
  if (terms.information <= 0 || terms.minutes === 0) return DISPERSION_PRIOR;
  const priorMinutes = withHistory
    ? DISPERSION_PRIOR_MINUTES_WITH_HISTORY
    : DISPERSION_PRIOR_MINUTES_WITHOUT_HISTORY;
  const priorWeight = (priorMinutes * terms.information) / terms.minutes;
  return Math.max(0, (terms.excess + priorWeight * DISPERSION_PRIOR) / (terms.information + priorWeight));
}

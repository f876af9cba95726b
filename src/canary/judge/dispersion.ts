/**
 * Minute-to-minute noise of event counts beyond Poisson, learned from the OLD version only (its
 * history before the canary, then its minutes beside the canary), never from the canary: a
 * regression cannot excuse itself with its own noise.
 *
 * Model: quasi-Poisson, Var(count) = φ·μ. Errors that come in clumps (a retry storm, one bad
 * downstream call failing a batch) have variance growing with the mean, φ = E[K²]/E[K] for clumps
 * of size K; a rate that wanders minute to minute (Var = μ + κμ²) shows as φ ≈ 1 + κμ at the old
 * version's scale. For the canary's share of a minute's events both give a variance inflation of
 * at most φ (for the wandering rate much less), so using φ is safe under either.
 *
 * φ is the mean Pearson ratio (x − μ)²/μ, each minute against the rate of the minutes before it
 * (history: its pooled rate, with the (T−1)/T correction), shrunk toward a cautious prior.
 */
import {
  DISPERSION_PRIOR,
  DISPERSION_PRIOR_MINUTES_WITH_HISTORY,
  DISPERSION_PRIOR_MINUTES_WITHOUT_HISTORY,
} from './constants.js';

export interface DispersionTerms {
  /** Σ (x − μ)²/μ: the Pearson ratios. */
  readonly pearson: number;
  /** Σ of what each ratio's mean would be for Poisson counts (its degrees of freedom). */
  readonly df: number;
  /** Minutes that contributed. */
  readonly minutes: number;
  /** Σ of the squared ratios: how far the estimate of φ itself can be trusted. */
  readonly squares: number;
}

export const NO_TERMS: DispersionTerms = { pearson: 0, df: 0, minutes: 0, squares: 0 };

export function addTerms(a: DispersionTerms, b: DispersionTerms): DispersionTerms {
  return {
    pearson: a.pearson + b.pearson,
    df: a.df + b.df,
    minutes: a.minutes + b.minutes,
    squares: a.squares + b.squares,
  };
}

function term(x: number, mu: number, expectedRatio: number): DispersionTerms {
  const deviation = x - mu;
  const ratio = (deviation * deviation) / mu;
  return { pearson: ratio, df: expectedRatio, minutes: 1, squares: ratio * ratio };
}

/** Terms of a fixed series (the old version's history) around its pooled rate. */
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
 * (one step ahead), so no term changes once computed; that rate's own uncertainty adds n/N_before
 * to the ratio's mean.
 */
export function extendSeries(series: OnlineSeries, n: number, events: number): OnlineSeries {
  if (n <= 0) return series;
  const terms =
    series.events > 0
      ? addTerms(series.terms, term(events, (n * series.events) / series.n, 1 + n / series.n))
      : series.terms;
  return { n: series.n + n, events: series.events + events, terms };
}

/**
 * φ >= 1 from the old version's terms and the prior (which weighs as a few minutes). Only an
 * excess over Poisson that stands out of the estimate's own noise (half its standard error,
 * φ·sqrt(2/df)) is used: Poisson minutes read as φ = 1, not as the upward-biased max(1, φ̂).
 */
export function estimateDispersion(terms: DispersionTerms, withHistory: boolean): number {
  const priorMinutes = withHistory
    ? DISPERSION_PRIOR_MINUTES_WITH_HISTORY
    : DISPERSION_PRIOR_MINUTES_WITHOUT_HISTORY;
  const df = terms.df + priorMinutes;
  const phi = (terms.pearson + priorMinutes * DISPERSION_PRIOR) / df;
  const standardError = phi * Math.sqrt(2 / df);
  return Math.max(1, phi - standardError / 2);
}

export interface OldVersionNoise {
  /** φ >= 1. */
  readonly dispersion: number;
  /** The old version's pooled event rate (history and minutes beside the canary); undefined without calls. */
  readonly rate: number | undefined;
  readonly usedHistory: boolean;
}

export interface HistoryPrior {
  readonly historyTerms: DispersionTerms;
  /** The history has enough minutes with events to be used. */
  readonly usedHistory: boolean;
  /** Its calls and events (0 when not used): the rate the minutes beside the canary start from. */
  readonly priorN: number;
  readonly priorEvents: number;
}

/** What the old version's history brings before the canary's first minute. */
export function historyPrior(
  history: readonly { readonly n: number; readonly events: number }[],
  minHistoryMinutes: number,
): HistoryPrior {
  const historyTerms = seriesTerms(
    history.map((h) => h.n),
    history.map((h) => h.events),
  );
  const usedHistory = historyTerms.minutes >= minHistoryMinutes;
  let priorN = 0;
  let priorEvents = 0;
  if (usedHistory) {
    for (const h of history) {
      priorN += h.n;
      priorEvents += h.events;
    }
  }
  return { historyTerms, usedHistory, priorN, priorEvents };
}

/**
 * The old version's φ and rate from its history (used with at least `minHistoryMinutes` minutes)
 * and its minutes beside the canary, as the sequential comparison learns them.
 */
export function oldVersionNoise(
  history: readonly { readonly n: number; readonly events: number }[],
  beside: readonly { readonly n: number; readonly events: number }[],
  minHistoryMinutes: number,
): OldVersionNoise {
  const { historyTerms, usedHistory, priorN, priorEvents } = historyPrior(history, minHistoryMinutes);
  let series = startSeries(priorN, priorEvents);
  for (const b of beside) series = extendSeries(series, b.n, b.events);
  const terms = addTerms(usedHistory ? historyTerms : NO_TERMS, series.terms);
  const n = series.n;
  return {
    dispersion: estimateDispersion(terms, usedHistory),
    rate: n > 0 ? series.events / n : undefined,
    usedHistory,
  };
}

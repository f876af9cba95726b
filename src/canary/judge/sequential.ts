/**
 * The canary-vs-baseline count comparison: is the canary's event rate (errors, or slow requests)
 * higher than the baseline's? Used for errors and for latency.
 *
 * Conditioning on each minute's events m = e_c + e_b, the canary's share is Binomial(m, θ) with
 * θ = n_c/(n_c + n_b) when both versions have the same rate: the baseline's own rate, and any
 * swing it shares with the canary, drop out. The test is group-sequential over the hold: at each
 * closed minute j it may have spent α·g(f_j) in total (f_j = share of the hold elapsed; g is f^ρ,
 * or for sparse events a quarter of that and the rest late, see `spent`); the
 * boundary b_j is the smallest count whose probability of a first crossing at j, given the
 * minutes so far, fits in what is left. That probability is computed exactly, by convolving the
 * per-minute binomials (capped at MINUTE_CAP_SD, so one burst minute cannot decide alone) and
 * removing the paths that crossed earlier: P(any crossing) <= α whatever the traffic and however
 * many minutes. When the hold is over a last look spends the remainder.
 *
 * Noise beyond Poisson (φ, see dispersion.ts: learned from the old version only) widens the
 * statistic: the excess of the canary's count over its null mean is divided by sqrt(φ) before it
 * meets the boundary. At the final
 * look (design.alphaTotals) the uncapped totals are tested too, so a regression in bursts cannot
 * hide behind the caps.
 *
 * Early promotion uses a separate test martingale: the likelihood ratio of "same rate" against
 * "PROMOTE_RATIO× worse", divided by the φ known before each minute; crossing ln(1/β) shows
 * the canary is not that much worse, with error probability <= β.
 *
 * The judge sees every minute again at each poll; the state after each call is memoised by the
 * exact minute values, so a call that extends the previous one costs one minute of work. The
 * result depends only on the input.
 */
import type { CountMinute, HistoryMinute } from './counts.js';
import {
  BETA,
  MIN_HISTORY_MINUTES,
  MINUTE_CAP_SD,
  MINUTE_MS,
  PROMOTE_MINUTE_SHARE,
  PROMOTE_RATIO,
  SPARSE_EARLY_SHARE,
  SPARSE_EVENTS,
  SPARSE_SPENDING_EXPONENT,
  SPENDING_EXPONENT,
} from './constants.js';
import type { DispersionTerms, OnlineSeries } from './dispersion.js';
import {
  addTerms,
  estimateDispersion,
  extendSeries,
  NO_TERMS,
  historyPrior,
  startSeries,
} from './dispersion.js';
import { binomialUpperTail, cappedBetaBinomial, cappedBinomial } from './math.js';

export interface ComparisonDesign {
  readonly alpha: number;
  readonly holdMs: number;
  /** The hold is over: one last look spends what is left of α. */
  readonly final: boolean;
  /**
   * α of the uncapped totals, tested at the final look (0: not tested): capping single minutes
   * cannot then excuse a regression that comes in bursts.
   */
  readonly alphaTotals?: number;
  /**
   * The canary's share of the calls this step: with the old version's history, how many events the
   * canary can expect over the hold, which picks how α is spent (sparse: late). Without it, early.
   */
  readonly weight?: number;
  /**
   * The events come in clumps (a business metric: one basket, one card batch): each minute's null
   * is the beta-binomial with the old version's noise φ, capped at MINUTE_CAP_SD of its own
   * deviations, rather than the binomial capped at the binomial's and scaled down by sqrt(φ).
   */
  readonly clumped?: boolean;
}

export interface CountComparison {
  readonly rejected: boolean;
  /** Start of the minute at whose look the boundary was crossed. */
  readonly rejectedAtMinute: number | undefined;
  /** Enough evidence that the canary is not PROMOTE_RATIO× worse. */
  readonly promoteReady: boolean;
  readonly promoteLogE: number;
  /** Totals over the minutes where both versions had invocations. */
  readonly canaryN: number;
  readonly canaryEvents: number;
  readonly baselineN: number;
  readonly baselineEvents: number;
  /** Canary rate / baseline rate; undefined while either is unknown. */
  readonly ratio: number | undefined;
  /** The capped canary count, noise-adjusted, at the last look; and its mean if rates were equal. */
  readonly statistic: number;
  readonly expected: number;
  /** The last look's boundary (undefined before any look). */
  readonly boundary: number | undefined;
  readonly alphaSpent: number;
  /** φ: the old version's variance inflation (quasi-Poisson), never learned from the canary. */
  readonly dispersion: number;
  readonly informativeMinutes: number;
  /** The final look's test of the uncapped totals: its p-value (undefined when not run). */
  readonly totalsP: number | undefined;
  readonly totalsRejected: boolean;
  readonly usedHistory: boolean;
}

/** Lower-tail mass below which the null distribution is trimmed (moved up: conservative). */
const TRIM_MASS = 1e-12;
/** Kernel range below the mean, in standard deviations (the mass beyond is moved up). */
const KERNEL_LOW_SD = 7;
/** The totals test counts in units of this many φ (a margin for clumps of unequal size). */
const TOTALS_CLUMP_MARGIN = 1.5;
/** Memoised states kept (a few per watched function is enough). */
const MEMO_SIZE = 256;

/** What the test carries from one minute to the next. */
interface TestState {
  /** The null distribution of the capped canary count over paths that have not crossed: dist[i] is P(count = lo + i). */
  lo: number;
  dist: Float64Array;
  capped: number;
  nullMean: number;
  spent: number;
  phi: number;
  /** Uncapped canary events over informative minutes, and all events there (the totals test). */
  rawCanary: number;
  events: number;
  statistic: number;
  boundary: number | undefined;
  promoteLogE: number;
  informative: number;
  canaryN: number;
  canaryEvents: number;
  baselineN: number;
  baselineEvents: number;
  baselineSeries: OnlineSeries;
  firstStart: number | undefined;
  rejectedAtMinute: number | undefined;
}

/** What stays fixed during a call: the design and what the history says. */
interface Context {
  readonly alpha: number;
  readonly holdMs: number;
  readonly alphaTotals: number;
  /** How α is spent: the share of it that may be spent by fraction f of the hold. */
  readonly spending: Spending;
  readonly clumped: boolean;
  readonly historyTerms: DispersionTerms;
  readonly usedHistory: boolean;
  readonly priorN: number;
  readonly priorEvents: number;
}

const memo = new Map<string, TestState>();

/** Forgets the memoised states (tests; a long-running process that judges many steps may call it between steps). */
export function clearComparisonMemo(): void {
  memo.clear();
}

function cloneState(state: TestState): TestState {
  return { ...state, dist: state.dist.slice() };
}

function remember(key: string, state: TestState): void {
  memo.delete(key);
  memo.set(key, cloneState(state));
  if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value as string);
}

function convolve(dist: Float64Array, kernel: Float64Array): Float64Array {
  const out = new Float64Array(dist.length + kernel.length - 1);
  for (let i = 0; i < dist.length; i++) {
    const d = dist[i] as number;
    if (d === 0) continue;
    for (let k = 0; k < kernel.length; k++) out[i + k] = (out[i + k] as number) + d * (kernel[k] as number);
  }
  return out;
}

function trimLowerTail(state: TestState): void {
  const { dist } = state;
  let mass = 0;
  let cut = 0;
  while (cut < dist.length - 1 && mass + (dist[cut] as number) < TRIM_MASS) {
    mass += dist[cut] as number;
    cut++;
  }
  if (cut === 0) return;
  const kept = dist.slice(cut);
  kept[0] = (kept[0] as number) + mass;
  state.dist = kept;
  state.lo += cut;
}

function shareUnderRatio(ratio: number, share: number): number {
  return (ratio * share) / (ratio * share + 1 - share);
}

function initialState(context: Context): TestState {
  return {
    lo: 0,
    dist: Float64Array.of(1),
    capped: 0,
    nullMean: 0,
    spent: 0,
    phi: estimateDispersion(context.usedHistory ? context.historyTerms : NO_TERMS, context.usedHistory),
    rawCanary: 0,
    events: 0,
    statistic: 0,
    boundary: undefined,
    promoteLogE: 0,
    informative: 0,
    canaryN: 0,
    canaryEvents: 0,
    baselineN: 0,
    baselineEvents: 0,
    baselineSeries: startSeries(context.priorN, context.priorEvents),
    firstStart: undefined,
    rejectedAtMinute: undefined,
  };
}

/** A look at fraction f of the hold: place the boundary, spend, compare. */
function look(state: TestState, context: Context, fraction: number, at: number): void {
  const allowed = context.alpha * spent(context.spending, Math.min(1, Math.max(0, fraction))) - state.spent;
  const { dist } = state;
  let tail = 0;
  let index = dist.length;
  for (let i = dist.length - 1; i >= 0; i--) {
    const next = tail + (dist[i] as number);
    if (next > allowed) break;
    tail = next;
    index = i;
  }
  if (index < dist.length) state.dist = dist.slice(0, index);
  state.spent += tail;
  state.boundary = state.lo + index;
  state.statistic = context.clumped
    ? state.capped
    : Math.round(state.nullMean + (state.capped - state.nullMean) / Math.sqrt(state.phi));
  if (state.informative > 0 && state.statistic >= state.boundary) state.rejectedAtMinute = at;
}

/** Takes in one closed minute, then looks. */
function advance(state: TestState, context: Context, x: CountMinute): void {
  state.firstStart ??= x.start;
  const m = x.canaryEvents + x.baselineEvents;
  if (x.canaryN > 0 && x.baselineN > 0) {
    const share = x.canaryN / (x.canaryN + x.baselineN);
    state.canaryN += x.canaryN;
    state.canaryEvents += x.canaryEvents;
    state.baselineN += x.baselineN;
    state.baselineEvents += x.baselineEvents;
    if (m > 0) {
      state.informative++;
      // One minute moves the count by at most MINUTE_CAP_SD deviations; the final totals test sees it all.
      // Clumped: the noise φ known before this minute is in the kernel (at most m: all or nothing).
      const phi = context.clumped ? Math.min(state.phi, m) : 1;
      const sd = Math.sqrt(phi * m * share * (1 - share));
      const from = Math.max(0, Math.floor(m * share - KERNEL_LOW_SD * sd));
      const to = Math.min(m, Math.ceil(m * share + MINUTE_CAP_SD * sd));
      const kernel = context.clumped
        ? cappedBetaBinomial(m, share, phi, from, to)
        : cappedBinomial(m, share, from, to);
      state.dist = convolve(state.dist, kernel);
      state.lo += from;
      trimLowerTail(state);
      state.capped += Math.min(x.canaryEvents, to);
      for (let k = 0; k < kernel.length; k++) state.nullMean += (from + k) * (kernel[k] as number);
      state.rawCanary += x.canaryEvents;
      state.events += m;

      // Promotion evidence, tempered by the old version's noise known before this minute.
      const worse = shareUnderRatio(PROMOTE_RATIO, share);
      const logLr =
        x.canaryEvents * Math.log(share / worse) + x.baselineEvents * Math.log((1 - share) / (1 - worse));
      state.promoteLogE += Math.min(logLr / state.phi, Math.log(1 / BETA) * PROMOTE_MINUTE_SHARE);
    }
  }
  state.baselineSeries = extendSeries(state.baselineSeries, x.baselineN, x.baselineEvents);
  const base = context.usedHistory ? context.historyTerms : NO_TERMS;
  state.phi = estimateDispersion(addTerms(base, state.baselineSeries.terms), context.usedHistory);
  const fraction = context.holdMs > 0 ? (x.start - state.firstStart + MINUTE_MS) / context.holdMs : 1;
  look(state, context, fraction, x.start);
}

/**
 * The uncapped totals against their null, in units of TOTALS_CLUMP_MARGIN·φ: the excess of the canary's errors over
 * what equal rates give, counted as if every clump were half again the size the old version's noise
 * implies (a margin for clumps of unequal size), against a Poisson tail. p-value.
 */
function totalsPValue(state: TestState): number | undefined {
  if (state.events === 0 || state.nullMean <= 0) return undefined;
  const unit = TOTALS_CLUMP_MARGIN * state.phi;
  const mean = state.nullMean / unit;
  const observed = state.rawCanary / unit;
  const trials = Math.max(1e6, 1000 * (observed + mean));
  return binomialUpperTail(observed, trials, mean / trials);
}

/** Early (α·f^SPENDING_EXPONENT), or sparse (a share early, the rest late). */
export type Spending = 'early' | 'sparse';

/** The share of α a spending may have spent by fraction f of the hold. */
export function spent(spending: Spending, f: number): number {
  const early = Math.pow(f, SPENDING_EXPONENT);
  return spending === 'early'
    ? early
    : SPARSE_EARLY_SHARE * early + (1 - SPARSE_EARLY_SHARE) * Math.pow(f, SPARSE_SPENDING_EXPONENT);
}

/**
 * The spending, fixed by what the old version's history (never the canary) says the canary can
 * expect over the hold: sparse below SPARSE_EVENTS events, else early.
 */
export function spendingFor(
  history: readonly HistoryMinute[],
  prior: { readonly usedHistory: boolean; readonly priorEvents: number },
  weight: number | undefined,
  holdMs: number,
): Spending {
  if (weight === undefined || !prior.usedHistory || history.length === 0) return 'early';
  const expected = (prior.priorEvents / history.length) * weight * (holdMs / MINUTE_MS);
  return expected < SPARSE_EVENTS ? 'sparse' : 'early';
}

function minuteKey(x: CountMinute): string {
  return `${x.start}:${x.canaryN}:${x.canaryEvents}:${x.baselineN}:${x.baselineEvents}`;
}

export function compareCounts(
  minutes: readonly CountMinute[],
  history: readonly HistoryMinute[],
  design: ComparisonDesign,
): CountComparison {
  const { historyTerms, usedHistory, priorN, priorEvents } = historyPrior(history, MIN_HISTORY_MINUTES);
  const spending = spendingFor(history, { usedHistory, priorEvents }, design.weight, design.holdMs);
  // Sparse: a minute holds about one event, which no cap trims, so the uncapped totals would test
  // what the last look tests: their α goes to the sequential test.
  const sparse = spending === 'sparse';
  const context: Context = {
    alpha: design.alpha + (sparse ? (design.alphaTotals ?? 0) : 0),
    holdMs: design.holdMs,
    alphaTotals: sparse ? 0 : (design.alphaTotals ?? 0),
    spending,
    clumped: design.clumped === true,
    historyTerms,
    usedHistory,
    priorN,
    priorEvents,
  };

  // Resume from the state after all minutes but the last (or all of them), if an earlier call left it.
  const prefix = `${design.alpha}|${design.holdMs}|${context.spending}|${context.clumped ? 'c' : 'b'}|${usedHistory ? `${historyTerms.pearson}|${historyTerms.df}|${historyTerms.squares}|${historyTerms.minutes}|${priorN}|${priorEvents}` : '-'}|`;
  const parts = minutes.map(minuteKey);
  const fullKey = prefix + parts.join(',');
  const last = parts[parts.length - 1];
  const shorterKey =
    last === undefined
      ? undefined
      : fullKey.slice(0, fullKey.length - last.length - (parts.length > 1 ? 1 : 0));
  let state: TestState | undefined;
  let done = 0;
  const full = minutes.length > 0 ? memo.get(fullKey) : undefined;
  const shorter =
    full === undefined && minutes.length > 1 && shorterKey !== undefined ? memo.get(shorterKey) : undefined;
  if (full !== undefined) {
    state = cloneState(full);
    done = minutes.length;
  } else if (shorter !== undefined) {
    state = cloneState(shorter);
    done = minutes.length - 1;
  }
  state ??= initialState(context);
  for (let j = done; j < minutes.length && state.rejectedAtMinute === undefined; j++) {
    advance(state, context, minutes[j] as CountMinute);
  }
  if (minutes.length > 0 && done < minutes.length) remember(fullKey, state);
  let totalsP: number | undefined;
  let totalsRejected = false;
  if (state.rejectedAtMinute === undefined && design.final && minutes.length > 0) {
    state = cloneState(state);
    look(state, context, 1, (minutes[minutes.length - 1] as CountMinute).start);
    if (state.rejectedAtMinute === undefined && context.alphaTotals > 0) {
      totalsP = totalsPValue(state);
      totalsRejected = totalsP !== undefined && totalsP <= context.alphaTotals;
    }
  }

  const ratio =
    state.canaryN > 0 && state.baselineN > 0 && state.baselineEvents > 0
      ? state.canaryEvents / state.canaryN / (state.baselineEvents / state.baselineN)
      : undefined;
  const promoteThreshold = Math.log(1 / BETA);
  return {
    rejected: state.rejectedAtMinute !== undefined || totalsRejected,
    rejectedAtMinute: state.rejectedAtMinute,
    promoteReady: state.promoteLogE >= promoteThreshold,
    promoteLogE: state.promoteLogE,
    canaryN: state.canaryN,
    canaryEvents: state.canaryEvents,
    baselineN: state.baselineN,
    baselineEvents: state.baselineEvents,
    ratio,
    statistic: state.statistic,
    expected: state.nullMean,
    boundary: state.boundary,
    alphaSpent: state.spent,
    dispersion: state.phi,
    informativeMinutes: state.informative,
    totalsP,
    totalsRejected,
    usedHistory,
  };
}

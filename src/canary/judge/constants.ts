/**
 * The judge's fixed design choices, in one place. Error rates are fractions; durations are ms.
 *
 * False-rollback budget (Bonferroni): every test that can roll a healthy canary back gets a share
 * of one RUN's α = 1%, so that together they stay at or below it; several functions split it
 * (α/functions each), and each test spends its share over the planned canary duration of the
 * whole run (all steps), however many looks. The memory rules are not probabilistic tests; their
 * thresholds are set so that they stay quiet on flat, noisy series and on warm-up.
 */

import { MINUTE_MS } from '../../util/time.js';

export { MINUTE_MS };

/** Consecutive failed polls after which the judge fails safe: API errors are never read as health. */
export const MAX_CONSECUTIVE_QUERY_FAILURES = 3;

/** α of the canary-vs-baseline error comparison (group-sequential, spent over the run). */
export const ALPHA_ERRORS = 0.006;
/** α of the test of the uncapped error totals at the last step's final look. */
export const ALPHA_ERROR_TOTALS = 0.001;
/** α of the canary-vs-baseline slow-request comparison. */
export const ALPHA_LATENCY = 0.001;
/** α of the always-valid test of the canary's error rate against max-error-rate. */
export const ALPHA_ERROR_CEILING = 0.001;
/** α of the canary's throttles against the old version's (account-level throttles hit both). */
export const ALPHA_THROTTLES = 0.001;
/** A verdict's power is stated for this chance of catching ("4 times in 5"). */
export const POWER_PROBABILITY = 0.8;

/**
 * α spent by the sequential comparisons up to fraction f of the hold: α·f^ρ. ρ < 1 spends early
 * (fast at high traffic) while keeping most of it for the rest of the hold (power at low traffic).
 */
export const SPENDING_EXPONENT = 0.4;
/**
 * When the old version's history says the canary can expect fewer than SPARSE_EVENTS events over
 * the hold, the early looks keep only SPARSE_EARLY_SHARE of α (spent as α·f^SPENDING_EXPONENT:
 * enough for a large regression) and the rest is spent late (f^SPARSE_SPENDING_EXPONENT), where a
 * few events can add up to evidence; the uncapped totals' α joins it (no cap trims about one event
 * a minute). Fixed before the canary's first minute from the old version's record alone, so the
 * false-rollback chance stays <= α.
 */
export const SPARSE_EVENTS = 10;
export const SPARSE_EARLY_SHARE = 0.25;
export const SPARSE_SPENDING_EXPONENT = 4;

/**
 * One minute moves the comparison by at most this many of its own standard deviations: its canary
 * count is capped (winsorised) there, exactly accounted for in the null distribution, so a single
 * burst minute cannot decide alone.
 */
export const MINUTE_CAP_SD = 3;

/** Early promotion needs evidence that the canary is not this many times worse than the baseline. */
export const PROMOTE_RATIO = 2;
/** Chance of promoting early a canary that is PROMOTE_RATIO× worse (or above the ceiling). */
export const BETA = 0.05;
/** No single minute adds more than this share of ln(1/β) to the promotion evidence (3 minutes at least). */
export const PROMOTE_MINUTE_SHARE = 0.4;
/** An early pass needs at least this share of the hold to have passed (late regressions). */
export const EARLY_PASS_MIN_HOLD_FRACTION = 0.5;

/**
 * The old version's minute-to-minute noise of error counts, φ in Var = φμ (quasi-Poisson), assumed
 * before any data; it weighs as DISPERSION_PRIOR_MINUTES_* minutes of data. Without the old
 * version's history the prior weighs more, so a noisy service cannot roll back a healthy canary in
 * the first minutes.
 */
export const DISPERSION_PRIOR = 2;
export const DISPERSION_PRIOR_MINUTES_WITHOUT_HISTORY = 5;
export const DISPERSION_PRIOR_MINUTES_WITH_HISTORY = 2;
/** History minutes needed before the old version's history is used for the noise estimate. */
export const MIN_HISTORY_MINUTES = 10;

/** Circuit breaker: a minute with at least this many canary errors ... */
export const BREAKER_MIN_ERRORS = 5;
/** ... and an error rate above this fails at once ... */
export const BREAKER_ERROR_RATE = 0.5;
/** ... unless the old version failed at least this share of the canary's rate in the same minute. */
export const BREAKER_SHARED_SHARE = 0.5;
/** One canary minute may hold this many of the old version's worst minutes of errors (its largest, at least φ) ... */
export const BREAKER_CLUMPS = 2;
/** ... in a window of up to this many consecutive canary minutes: a crash fills such a window, a clump does not. */
export const BREAKER_WINDOW_MINUTES = 5;
/** Alternatives of the ceiling test, as multiples of max-error-rate (equal weights). */
export const CEILING_ALTERNATIVES = [1.5, 2, 3, 5, 10] as const;

/** max-p99-duration fails after this many consecutive canary minutes (with data) above it. */
export const P99_BREACH_MINUTES = 3;

/** The first canary memory minutes are skipped for the trend (fresh environments start low). */
export const MEMORY_WARMUP_MINUTES = 5;
/** Fewest memory minutes (after the warm-up) for a trend. */
export const MEMORY_TREND_MIN_POINTS = 8;
/** The trend is read over the last this many memory minutes. */
export const MEMORY_TREND_WINDOW = 20;
/** A leak fails when even its low slope estimate reaches the limit within this time. */
export const MEMORY_PROJECTION_MS = 2 * 60 * MINUTE_MS;
/** z of the one-sided confidence bound on the memory slope (Sen's rank interval). */
export const MEMORY_SLOPE_Z = 2.326;
/** A rising canary memory is a leak only above the old version's level by more than this. */
export const MEMORY_ABOVE_BASELINE = 0.02;
/** Fewest memory minutes (after the warm-up) to estimate a slope for the slow-leak warning. */
export const MEMORY_WARNING_MIN_POINTS = 4;
/** Canary memory above the baseline's by more than this (fraction of memory size) ... */
export const MEMORY_DIFF_LIMIT = 0.1;
/** ... in this many minutes in a row (with both figures) fails. */
export const MEMORY_DIFF_MINUTES = 5;

/**
 * α of the custom metrics' probabilistic tests (rate-of ceilings and comparisons), shared equally
 * among them; taken from ALPHA_ERRORS when there are any, so the run's budget stays at 1%.
 */
export const ALPHA_CUSTOM = 0.003;
/**
 * Share of each custom comparison's α spent on its uncapped totals at the last final look: a
 * business metric fails in clumps (one basket, one bad card batch), which the per-minute cap of
 * the sequential test cannot tell from noise within a short hold.
 */
export const CUSTOM_TOTALS_SHARE = 0.5;
/** A custom metric compared without rate-of fails when worse than the old version's by more than this share ... */
export const CUSTOM_COMPARE_TOLERANCE = 0.2;
/** ... in this many minutes in a row (with both figures). */
export const CUSTOM_COMPARE_MINUTES = 5;
/**
 * A rate-of metric is taken as published with every call (0 included; a minute without a
 * datapoint is then missing, never zero) when at least this share of the old version's minutes
 * with calls have one ...
 */
export const DENSE_SHARE = 0.9;
/** ... over at least this many minutes (before the step, else beside the canary) ... */
export const DENSE_MIN_MINUTES = 5;
/** ... leaving out the newest minutes beside the canary, whose datapoints may still be on their way. */
export const DENSE_RECENT_MINUTES = 3;
/** An undecided custom comparison projects its pace from the canary's calls in this many recent minutes. */
export const UNDECIDED_PACE_MINUTES = 3;
export { LATE_DATAPOINT_WAIT_MS } from '../../constants.js';

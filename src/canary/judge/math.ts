/** Small numeric helpers for the judge: log-gamma, the incomplete beta, binomial tails, medians. */

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
] as const;

/** ln Γ(x) for x > 0 (Lanczos approximation, ~15 significant digits). */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] as number) / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const TINY = 1e-300;

/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 500; m++) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + even * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + even / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + odd * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + odd / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-14) break;
  }
  return h;
}

/** The regularised incomplete beta function I_x(a, b), for a, b > 0 and 0 <= x <= 1. */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** P(X >= k) for X ~ Binomial(n, p); k and n may be non-integers (the beta-function extension). */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  return regularizedBeta(p, k, n - k + 1);
}

/** P(X <= k) for X ~ Binomial(n, p). */
export function binomialLowerTail(k: number, n: number, p: number): number {
  return 1 - binomialUpperTail(k + 1, n, p);
}

/**
 * Binomial(m, p) probabilities on [from, to], with all the mass above `to` put on `to`
 * (the distribution of min(X, to)) and the far lower tail below `from` also moved there
 * (a conservative shift up, below 1e-15 for the ranges used).
 */
export function cappedBinomial(m: number, p: number, from: number, to: number): Float64Array {
  const out = new Float64Array(to - from + 1);
  const logRatio = Math.log(p) - Math.log(1 - p);
  let logPmf =
    lnGamma(m + 1) -
    lnGamma(from + 1) -
    lnGamma(m - from + 1) +
    from * Math.log(p) +
    (m - from) * Math.log(1 - p);
  let below = 0;
  for (let k = from; k < to; k++) {
    const pmf = Math.exp(logPmf);
    out[k - from] = pmf;
    below += pmf;
    logPmf += Math.log((m - k) / (k + 1)) + logRatio;
  }
  out[to - from] = Math.max(0, 1 - below);
  return out;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Beta-binomial(m, p) with variance φ·m·p(1-p) (intra-minute correlation ρ = (φ-1)/(m-1): events
 * that come in clumps), as cappedBinomial: probabilities on [from, to], the mass above `to` and
 * the far lower tail below `from` put on `to` (a conservative shift up). φ <= 1, or m <= 1, is
 * the binomial; φ >= m is all or nothing.
 */
export function cappedBetaBinomial(
  m: number,
  p: number,
  phi: number,
  from: number,
  to: number,
): Float64Array {
  if (phi <= 1 || m <= 1) return cappedBinomial(m, p, from, to);
  const rho = Math.min((phi - 1) / (m - 1), 1 - 1e-9);
  const a = (p * (1 - rho)) / rho;
  const b = ((1 - p) * (1 - rho)) / rho;
  const out = new Float64Array(to - from + 1);
  let logPmf =
    lnGamma(m + 1) -
    lnGamma(from + 1) -
    lnGamma(m - from + 1) +
    lnGamma(from + a) +
    lnGamma(m - from + b) -
    lnGamma(m + a + b) -
    lnGamma(a) -
    lnGamma(b) +
    lnGamma(a + b);
  let below = 0;
  for (let k = from; k < to; k++) {
    const pmf = Math.exp(logPmf);
    out[k - from] = pmf;
    below += pmf;
    logPmf += Math.log(((m - k) * (k + a)) / ((k + 1) * (m - k - 1 + b)));
  }
  out[to - from] = Math.max(0, 1 - below);
  return out;
}

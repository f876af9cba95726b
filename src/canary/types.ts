/**
 * The canary/ part's contract with the pipeline: what is observed, and how it is judged.
 * The judge is pure; the observer does the I/O.
 */
import type { CustomMetric, InconclusivePolicy, Thresholds } from '../config/types.js';

/** One closed minute of one version of one function. Counts are 0 when CloudWatch had no datapoint. */
export interface MinuteSample {
  /** Start of the minute, epoch ms. */
  readonly start: number;
  readonly invocations: number;
  readonly errors: number;
  readonly throttles: number;
  /** undefined: no information (no datapoint), never "fast". */
  readonly durationP99Ms: number | undefined;
  /** Requests slower than the latency reference T (from PR(:T) and SampleCount), where read. */
  readonly slowCount: number | undefined;
  /** Max memory used / memory size (0..1) in this minute, where read. */
  readonly memoryUtilization: number | undefined;
  /**
   * The traffic step (StepContext.index) this minute was served at. The observer hands the judge
   * every settled minute since the canary's first shift, from every step; the judge judges each at
   * its own traffic split. Optional: undefined reads as the current step.
   */
  readonly step?: number;
  /**
   * The minute had invocations but its Errors figure is unknown: no Errors datapoint (Lambda
   * publishes Errors, zero included, for every minute with invocations), a late datapoint, or a
   * GetMetricData answer that came back PartialData / with Messages. Missing is never zero: the
   * judge leaves this minute out of the error evidence and will not promote on it.
   */
  readonly errorsMissing?: boolean;
}

/** One settled minute of a custom metric; value undefined: CloudWatch had no datapoint. */
export interface MetricMinute {
  readonly start: number;
  readonly value: number | undefined;
}

/** One of your own metrics (the `metrics` input) over the same minutes as the canary's samples. */
export interface CustomSamples {
  readonly metric: CustomMetric;
  /** The new version's minutes; the whole service's when the metric has no `{version}`. */
  readonly canary: readonly MetricMinute[];
  /** The old version's minutes; undefined for a service-wide metric or on a first deploy. */
  readonly baseline: readonly MetricMinute[] | undefined;
  /**
   * The old version's minutes before the canary's first shift (same minutes as
   * FunctionSamples.baselineHistory): how noisy the metric is, as for errors.
   */
  readonly history?: readonly MetricMinute[];
}

/** A custom metric's values before the canary's first shift (as CustomSamples.history), for the plan. */
export interface CustomHistory {
  readonly metric: CustomMetric;
  /** undefined: not read. */
  readonly history: readonly MetricMinute[] | undefined;
}

/** A watched alarm that was already in ALARM before the canary's first shift. */
export interface AlarmFiringBefore {
  readonly name: string;
  /**
   * Its metric when the judge reads that metric per version (such as `AWS/Lambda Errors of
   * orders`): the new version's figures against the old one's decide. Undefined: not readable per
   * version, so only the alarm firing again after it cleared fails the canary.
   */
  readonly perVersion?: string;
}

export interface FunctionSamples {
  readonly functionName: string;
  /**
   * Every settled minute of the new version since the canary's first shift (all steps, each
   * tagged with `step`), not only this step's: a minute that settles after its step ended is still
   * judged, at its own traffic split.
   */
  readonly canary: readonly MinuteSample[];
  /** The old version's minutes over the same span; undefined on a first deploy (no old version). */
  readonly baseline: readonly MinuteSample[] | undefined;
  /**
   * The old version's minutes before the canary's first shift (e.g. the 30 minutes before the
   * deploy, when it served all traffic): the judge learns from them how noisy its error counts are minute to
   * minute, so a noisy service needs more evidence and a quiet one is judged at full speed.
   * Optional: without it the judge assumes a noisy service for the first minutes.
   */
  readonly baselineHistory?: readonly MinuteSample[] | undefined;
  /** The latency reference T behind `slowCount` (the old version's p99 before the deploy), for reasons. */
  readonly latencyReferenceMs?: number | undefined;
  /** Synthetic invocations of the new version: known at once, no CloudWatch delay. */
  readonly synthetic: { readonly invocations: number; readonly errors: number };
  /**
   * Alarm names (monitoring stack + `alarms` input) that went into ALARM since the first shift
   * (an alarm already firing before it counts only once it has cleared and fired again).
   */
  readonly alarmsInAlarm: readonly string[];
  /** Watched alarms already in ALARM before the first shift: not held against the canary by themselves. */
  readonly alarmsFiringBefore?: readonly AlarmFiringBefore[];
  /** Consecutive failed polls (AWS errors); never read as health. */
  readonly consecutiveQueryFailures: number;
  /** Where memory figures came from, for the report. */
  readonly memorySource: 'lambda-insights' | 'report-logs' | 'none';
  /**
   * Why memory could not be read while max-memory-utilization is set (logs off, retention,
   * permissions, a Logs Insights query that returned nothing, ...). Set it whenever the canary had
   * invocations but no memory figure: the judge then says so in the reason and in a warning (it
   * does not block a pass; see docs/judge.md), never passes in silence.
   */
  readonly memoryUnavailable?: string;
  /**
   * The old version's answers to the same synthetic payload (invoked beside the new version), so
   * calls that both versions reject read as a bad payload, not a bad release. undefined: the old
   * version was not invoked (the judge then says so when synthetic calls fail).
   */
  readonly syntheticBaseline?: { readonly invocations: number; readonly errors: number };
  /**
   * End (epoch ms, exclusive) of the newest settled minute: the samples cover whole minutes before
   * it; later minutes are not yet judged (datapoints may still arrive), never zero.
   */
  readonly settledUntilMs?: number;
  /** Your own metrics, in the input's order; undefined or empty: none configured. */
  readonly custom?: readonly CustomSamples[];
}

export interface StepContext {
  readonly index: number;
  /** Canary traffic share in this step, 0..1. */
  readonly weight: number;
  /** Time since this step's shift (extension included). */
  readonly elapsedMs: number;
  readonly holdMs: number;
  /**
   * The hold is over: an undecided judgement now becomes inconclusive (or pass, by policy), unless
   * the step may still be extended (extendHoldMs) and more canary traffic can decide it: then the
   * judge answers `continue` with Judgement.extend set, and the loop keeps the step going.
   */
  readonly final: boolean;
  /** extend-hold: how far past holdMs the step may run when more traffic can decide it (0/undefined: never). */
  readonly extendHoldMs?: number;
  /** This is the last step before promotion: its final look also tests the uncapped totals. */
  readonly lastStep?: boolean;
  /**
   * Every minute up to the end of the hold has settled (its metrics are in). A final look on the
   * last step without it never passes: the judge answers `continue` ("waiting for the last
   * minutes"). Undefined reads as true.
   */
  readonly settled?: boolean;
  /** Planned canary duration of the whole run (sum of the step holds): α is spent over it. Default holdMs. */
  readonly plannedMs?: number;
  /**
   * How many functions are judged in this run: they share one false-rollback budget (each gets
   * α/functions, spent over plannedMs, whatever the number of steps and looks). Default 1.
   */
  readonly functions?: number;
  /** The hold's end as extended so far (epoch ms): the step's minutes start before it. */
  readonly holdEndMs?: number;
  /**
   * The hold so far, its extensions included (holdEndMs − the step's start): what extend-hold is
   * measured on. Undefined reads as elapsedMs.
   */
  readonly heldMs?: number;
  /**
   * At a final look: how long every minute of the hold has been settled. A custom metric's late
   * datapoints of the hold's minutes are waited for while this is under LATE_DATAPOINT_WAIT_MS.
   */
  readonly settledForMs?: number;
}

export interface JudgeInput {
  readonly samples: FunctionSamples;
  readonly thresholds: Thresholds;
  readonly compareBaseline: boolean;
  readonly onInconclusive: InconclusivePolicy;
  readonly step: StepContext;
}

export type Decision = 'continue' | 'pass' | 'fail' | 'inconclusive';

/** Where one rule of the judge stands: the summary and the report show these, never re-judge. */
export type RuleStatus = 'fail' | 'pass' | 'watching';

/** One rule's own result at this look (error ceiling, errors vs baseline, memory, ...). */
export interface RuleResult {
  /** Short name, e.g. `errors vs baseline`. */
  readonly name: string;
  /** fail: found harm; pass: has the evidence it needs to let the step pass; watching: not yet. */
  readonly status: RuleStatus;
  /** One phrase: why it failed, or where it stands. */
  readonly summary: string;
  readonly evidence: Readonly<Record<string, number | string | boolean>>;
}

export interface Judgement {
  readonly decision: Decision;
  /** One line, for the log, the summary and the `reason` output. */
  readonly reason: string;
  /** The numbers behind the decision (error rates, e-value, memory %, ...). */
  readonly evidence: Readonly<Record<string, number | string | boolean>>;
  /** Each rule's result at this look, in the order the judge reports them (empty when a rule of
   *  its own, e.g. failed polls or alarms, decided before the rules ran). */
  readonly rules: readonly RuleResult[];
  /** What this much data could have caught (set once the canary has invocations). */
  readonly power?: Power;
  /** Things a pass does not prove (an unprovable slow leak, memory unreadable, ...); also in the reason. */
  readonly warnings?: readonly string[];
  /**
   * Set with decision `continue` at a final look: too little exposure yet, and the plan says more
   * traffic within extend-hold can decide. The loop extends the step (up to extend-hold).
   */
  readonly extend?: { readonly needMs: number; readonly why: string };
  /**
   * At a final look (decision `continue`): the judge waits for late datapoints of the hold's own
   * minutes. The hold is not extended (no new minutes to wait for); the loop looks again.
   */
  readonly awaiting?: { readonly needMs: number; readonly why: string };
}

/** The verdict's power: the smallest regressions this much data would have caught, `probability` of the time. */
export interface Power {
  readonly canaryInvocations: number;
  /** Smallest canary/old-version error ratio caught; undefined without an old-version error rate to scale. */
  readonly detectableRatio: number | undefined;
  /** Smallest canary error rate caught by the error-rate ceiling (or the comparison, if lower). */
  readonly detectableErrorRate: number;
  /** 0.8: "4 times in 5". */
  readonly probability: number;
}

/** What a step can expect before it starts (the evidence planner's answer). */
export interface EvidencePlan {
  /** Expected canary calls a minute at this step's weight. */
  readonly canaryPerMinute: number;
  /** Minutes of settled traffic to reach min-invocations (Infinity without traffic). */
  readonly minutesNeeded: number;
  /** Decidable within the hold; within the hold plus extend-hold. */
  readonly fitsHold: boolean;
  readonly fitsExtension: boolean;
  /** The line printed when the step starts. */
  readonly message: string;
}

export type Judge = (input: JudgeInput) => Judgement;

/** What the pipeline watches for one function during a step. */
export interface WatchTarget {
  readonly functionName: string;
  readonly alias: string;
  readonly canaryVersion: string;
  /** undefined on a first deploy. */
  readonly baselineVersion: string | undefined;
  readonly timeoutSeconds: number;
  /** How long after a minute ends its datapoints may still arrive (settle-lag); undefined: Lambda's, from the timeout. */
  readonly settleLagMs?: number;
  readonly memorySizeMb: number;
  /**
   * Latency reference T in ms (e.g. the old version's p99 before the deploy): when given, the
   * observer reads PR(:T) and SampleCount per version and reports `slowCount` (requests > T).
   */
  readonly latencyReferenceMs?: number;
  /** Alarms that concern this function only (the monitoring stack's); reported for it alone. */
  readonly alarmNames?: readonly string[];
}

/** What the observer saw of a function's traffic when a step starts (the evidence planner's input). */
export interface ObservedTraffic {
  /** Every call the function's alias served, by settled minute: before the first step and since. */
  readonly served: readonly Pick<MinuteSample, 'start' | 'invocations'>[];
  /** Canary calls in the settled minutes since the first step. */
  readonly canaryCalls: number;
  /** Synthetic calls to the new version since the first step (counted as they answer). */
  readonly syntheticCalls: number;
  /** End of the newest settled minute read since the first step; undefined before any poll. */
  readonly settledUntilMs: number | undefined;
  /** The old version's own calls by minute before the first step, where they were read. */
  readonly baselineHistory?: readonly Pick<MinuteSample, 'start' | 'invocations'>[];
  /** Each custom metric's values before the first step, read in the same call (the custom comparisons' plan). */
  readonly customHistory?: readonly CustomHistory[];
}

/** Gathers evidence while a step holds: metrics, memory, alarms, synthetic traffic. */
export interface CanaryObserver {
  /**
   * A step starts (synthetic traffic, if configured, starts with it). With holdMs, synthetic
   * traffic also stops by itself at stepStartMs + holdMs should endStep never come. `step` tags
   * the minutes served from now on (default: the count of steps begun so far).
   */
  beginStep(
    targets: readonly WatchTarget[],
    stepStartMs: number,
    holdMs?: number,
    step?: ObservedStep,
  ): Promise<void>;
  /**
   * All evidence since the FIRST step began (every settled minute the canary served, each tagged
   * with its step), per function name. Never throws for AWS query errors.
   */
  observe(nowMs: number): Promise<ReadonlyMap<string, FunctionSamples>>;
  /** Each function's traffic so far (read by the first beginStep, then by every poll), by function name. */
  traffic?(): ReadonlyMap<string, ObservedTraffic>;
  /** The step ends (synthetic traffic stops). */
  endStep(): Promise<void>;
}

/** Where a step sits in the run: what the observer tags the minutes served from now on with. */
export interface ObservedStep {
  readonly index: number;
  /** Canary traffic share, 0..1. */
  readonly weight: number;
}

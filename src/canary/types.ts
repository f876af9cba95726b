/**
 * The canary/ part's contract with the pipeline: what is observed, and how it is judged.
 * The judge is pure; the observer does the I/O.
 */
import type { InconclusivePolicy, Thresholds } from '../config/types.js';

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
}

export interface FunctionSamples {
  readonly functionName: string;
  readonly canary: readonly MinuteSample[];
  /** undefined on a first deploy (no old version to compare with). */
  readonly baseline: readonly MinuteSample[] | undefined;
  /**
   * The old version's minutes before the step (e.g. the 30 minutes before the deploy, when it
   * served all traffic): the judge learns from them how noisy its error counts are minute to
   * minute, so a noisy service needs more evidence and a quiet one is judged at full speed.
   * Optional: without it the judge assumes a noisy service for the first minutes.
   */
  readonly baselineHistory?: readonly MinuteSample[] | undefined;
  /** The latency reference T behind `slowCount` (the old version's p99 before the deploy), for reasons. */
  readonly latencyReferenceMs?: number | undefined;
  /** Synthetic invocations of the new version: known at once, no CloudWatch delay. */
  readonly synthetic: { readonly invocations: number; readonly errors: number };
  /** Alarm names (monitoring stack + `alarms` input) seen in ALARM during the step. */
  readonly alarmsInAlarm: readonly string[];
  /** Consecutive failed polls (AWS errors); never read as health. */
  readonly consecutiveQueryFailures: number;
  /** Where memory figures came from, for the report. */
  readonly memorySource: 'lambda-insights' | 'report-logs' | 'none';
  /**
   * End (epoch ms, exclusive) of the newest settled minute: the samples cover whole minutes before
   * it; later minutes are not yet judged (datapoints may still arrive), never zero.
   */
  readonly settledUntilMs?: number;
}

export interface StepContext {
  readonly index: number;
  /** Canary traffic share in this step, 0..1. */
  readonly weight: number;
  readonly elapsedMs: number;
  readonly holdMs: number;
  /** The hold is over: an undecided judgement now becomes inconclusive (or pass, by policy). */
  readonly final: boolean;
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
  readonly memorySizeMb: number;
  /**
   * Latency reference T in ms (e.g. the old version's p99 before the deploy): when given, the
   * observer reads PR(:T) and SampleCount per version and reports `slowCount` (requests > T).
   */
  readonly latencyReferenceMs?: number;
  /** Alarms that concern this function only (the monitoring stack's); reported for it alone. */
  readonly alarmNames?: readonly string[];
}

/** Gathers evidence while a step holds: metrics, memory, alarms, synthetic traffic. */
export interface CanaryObserver {
  /**
   * A step starts (synthetic traffic, if configured, starts with it). With holdMs, synthetic
   * traffic also stops by itself at stepStartMs + holdMs should endStep never come.
   */
  beginStep(targets: readonly WatchTarget[], stepStartMs: number, holdMs?: number): Promise<void>;
  /** All evidence since the step began, per function name. Never throws for AWS query errors. */
  observe(nowMs: number): Promise<ReadonlyMap<string, FunctionSamples>>;
  /** The step ends (synthetic traffic stops). */
  endStep(): Promise<void>;
}

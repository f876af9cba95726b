/**
 * The run record: everything a run did, typed, filled by the pipeline as it goes. The job summary,
 * the JSON report and the CLI only render it; none of them judges again. The judge's own per-rule
 * results travel inside each step's decisions.
 *
 * A run that throws still has a record: `crashRecordOf(error)` gives it, with what threw, in which
 * phase, and where every alias was left after the restore attempt.
 */
import type { GateResult } from '../canary/pre-traffic.js';
import type { FunctionSamples, Judgement } from '../canary/types.js';
import type { Config } from '../config/types.js';
import { errorMessage, StackCanaryError } from '../errors.js';
import type { ChangeRow, DeployResult } from '../stack/types.js';
import type { GuardActivity } from '../traffic/guard-activity.js';
import { describeTarget, sameTarget, soleTarget } from '../traffic/routing.js';
import type { Clock } from '../util/clock.js';
import type { FunctionRun, FunctionStatus } from './fleet.js';
import type { ChangeKind } from '../schema/alias-journal.js';
import type { Journal } from './journal.js';
import type { AliasRestore, RestoreAction } from './recover.js';
import type { PollRecord, StepOutcomeKind } from './watch.js';

export const RUN_RECORD_FORMAT = 1;

/** The phases of a run, in order; a crash names the one it happened in. */
export type Phase =
  | 'prepare'
  | 'snapshot'
  | 'monitoring'
  | 'deploy'
  | 'publish'
  | 'pre-traffic'
  | 'canary'
  | 'promote'
  | 'post-traffic'
  | 'rollback';

export interface FunctionRecord {
  readonly functionName: string;
  readonly status: FunctionStatus | 'not published';
  /** The alias's version before the run (undefined: it did not exist). */
  readonly previous: string | undefined;
  readonly new: string | undefined;
  /** The alias as last seen: "v3", "v3 + v4 at 10%", "(no alias)". */
  readonly aliasNow: string;
  readonly memorySizeMb: number | undefined;
  readonly timeoutSeconds: number | undefined;
  /** Someone else changed the alias during the run: it was left as they set it. */
  readonly changedBySomeoneElse: string | undefined;
}

/** promotion: a last 100% step without a hold is the promotion itself. */
export type StepResult = StepOutcomeKind | 'unwatched' | 'promotion' | 'not-reached';

export interface StepRecord {
  readonly index: number;
  readonly weight: number;
  readonly holdMs: number;
  readonly startedAt: string;
  readonly endedAt: string | undefined;
  readonly outcome: StepResult;
  /** The decisive judgement of each function, with its evidence and the judge's per-rule results. */
  readonly decisions: Readonly<Record<string, Judgement>>;
  readonly polls: readonly PollRecord[];
  /** What was last observed of each function (for the chart). */
  readonly samples: Readonly<Record<string, FunctionSamples>> | undefined;
}

/** One alias change (shift, promotion, rollback, ...), journaled before it was made. */
export interface ActionRecord {
  readonly functionName: string;
  readonly alias: string;
  readonly kind: ChangeKind;
  readonly from: string;
  readonly to: string;
  readonly at: string;
}

export interface AliasRestoreRecord {
  readonly functionName: string;
  readonly alias: string;
  readonly action: RestoreAction;
  readonly message: string;
}

export interface RollbackRecord {
  readonly mode: Config['rollback'];
  readonly trigger: 'verdict' | 'error';
  readonly aliases: readonly AliasRestoreRecord[];
  /** not requested | not changed by this run | restored | failed: <why> */
  readonly stack: string;
}

export interface StackRecord {
  readonly stackName: string;
  readonly stackId: string | undefined;
  readonly outcome: DeployResult['outcome'];
  readonly changes: readonly ChangeRow[];
}

export interface PhaseTiming {
  readonly phase: Phase;
  readonly startedAt: string;
  /** undefined: the phase did not end (the run crashed in it). */
  readonly durationMs: number | undefined;
}

/** Where one alias was left when the run crashed. */
export interface AliasEndRecord {
  readonly functionName: string;
  readonly alias: string;
  readonly now: string;
  /** On its snapshot version, or on the new version only after every step passed. */
  readonly onJudgedVersion: boolean;
}

export interface CrashRecord {
  /** What threw: its class, its code when typed, and its message. */
  readonly error: { readonly name: string; readonly code: string | undefined; readonly message: string };
  readonly phase: Phase | undefined;
  readonly aliases: readonly AliasEndRecord[];
}

export interface RunRecord {
  readonly format: typeof RUN_RECORD_FORMAT;
  readonly startedAt: string;
  readonly finishedAt: string;
  /** When each phase began and how long it took. */
  readonly timings: readonly PhaseTiming[];
  /** Set when the run threw instead of reaching a verdict. */
  readonly crash: CrashRecord | undefined;
  readonly alias: string;
  /** The strategy as written. */
  readonly strategy: string;
  readonly rollbackMode: Config['rollback'];
  readonly onInconclusive: Config['onInconclusive'];
  readonly functions: readonly FunctionRecord[];
  /** Every step begun, in order; the ones never reached are not listed. */
  readonly steps: readonly StepRecord[];
  /** Every alias change: repairs, shifts, promotions, rollbacks, creations and deletions. */
  readonly actions: readonly ActionRecord[];
  readonly rollback: RollbackRecord | undefined;
  /** The app stack's deploy, when there was one. */
  readonly stack: StackRecord | undefined;
  readonly monitoring: (StackRecord & { readonly alarmNames: readonly string[] }) | undefined;
  /** The pre-traffic gate (payloads and hook) before the first shift, when configured. */
  readonly preTraffic: GateResult | undefined;
  /** The post-traffic hook after promotion, when configured. */
  readonly postTraffic: GateResult | undefined;
  /** What the monitoring stack's guard did to each function since its last promotion, read at the snapshot. */
  readonly guard: readonly GuardActivity[];
}

/** A record with nothing in it yet (a run that stopped before its first phase). */
export function emptyRunRecord(config: Config, at: string): RunRecord {
  return {
    format: RUN_RECORD_FORMAT,
    alias: config.alias,
    strategy: config.strategy.source,
    rollbackMode: config.rollback,
    onInconclusive: config.onInconclusive,
    startedAt: at,
    finishedAt: at,
    functions: [],
    steps: [],
    actions: [],
    rollback: undefined,
    stack: undefined,
    monitoring: undefined,
    preTraffic: undefined,
    postTraffic: undefined,
    timings: [],
    crash: undefined,
    guard: [],
  };
}

const crashes = new WeakMap<object, RunRecord>();

/** The record of the run that threw `error`, when it came out of runPipeline. */
export function crashRecordOf(error: unknown): RunRecord | undefined {
  return typeof error === 'object' && error !== null ? crashes.get(error) : undefined;
}

export function stackRecord(d: DeployResult): StackRecord {
  return { stackName: d.stackName, stackId: d.stackId, outcome: d.outcome, changes: d.changes };
}

export function restoreRecord(r: AliasRestore): AliasRestoreRecord {
  return { functionName: r.functionName, alias: r.alias, action: r.action, message: r.message };
}

/** What the run knows when it ends; everything else the recorder collected itself. */
export interface RecordSources {
  readonly runs: readonly FunctionRun[];
  /** undefined: the run stopped before its journal started. */
  readonly journal: Journal | undefined;
  readonly stack: StackRecord | undefined;
  readonly monitoring: RunRecord['monitoring'];
}

/** Collects the record as the run goes. */
export class RunRecorder {
  readonly steps: StepRecord[] = [];
  rollback: RollbackRecord | undefined;
  preTraffic: GateResult | undefined;
  postTraffic: GateResult | undefined;
  readonly guard: GuardActivity[] = [];
  private readonly timings: { phase: Phase; startedAt: number; durationMs: number | undefined }[] = [];
  private readonly startedAt: string;

  constructor(
    private readonly config: Config,
    private readonly clock: Clock,
  ) {
    this.startedAt = this.iso();
  }

  iso(): string {
    return new Date(this.clock.now()).toISOString();
  }

  /** The phase now running: the innermost one begun and not ended. */
  currentPhase(): Phase | undefined {
    return [...this.timings].reverse().find((t) => t.durationMs === undefined)?.phase;
  }

  /** Times `body` as `phase`; a phase that throws stays open, so a crash names it. */
  async phase<T>(phase: Phase, body: () => Promise<T>): Promise<T> {
    const timing = { phase, startedAt: this.clock.now(), durationMs: undefined as number | undefined };
    this.timings.push(timing);
    const value = await body();
    timing.durationMs = this.clock.now() - timing.startedAt;
    return value;
  }

  /** Starts a step record; the returned object is updated as the step goes. */
  beginStep(index: number, weight: number, holdMs: number): StepRecord {
    const step: StepRecord = {
      index,
      weight,
      holdMs,
      startedAt: this.iso(),
      endedAt: undefined,
      outcome: 'not-reached',
      decisions: {},
      polls: [],
      samples: undefined,
    };
    this.steps.push(step);
    return step;
  }

  /** Replaces the step's record with its new state. */
  updateStep(step: StepRecord, change: Partial<Omit<StepRecord, 'index' | 'weight' | 'holdMs'>>): StepRecord {
    const index = this.steps.indexOf(step);
    const next = { ...step, ...change };
    if (index >= 0) this.steps[index] = next;
    return next;
  }

  build(sources: RecordSources, crash?: CrashRecord): RunRecord {
    const { config } = this;
    return {
      ...emptyRunRecord(config, this.startedAt),
      finishedAt: this.iso(),
      functions: sources.runs.map(functionRecord),
      steps: [...this.steps],
      actions: (sources.journal?.entries() ?? []).flatMap((entry) =>
        entry.changes.map((c) => ({
          functionName: entry.functionName,
          alias: entry.alias,
          kind: c.kind,
          from: describeTarget(c.from),
          to: describeTarget(c.to),
          at: c.at,
        })),
      ),
      rollback: this.rollback,
      preTraffic: this.preTraffic,
      postTraffic: this.postTraffic,
      guard: [...this.guard],
      stack: sources.stack,
      monitoring: sources.monitoring,
      timings: this.timings.map((t) => ({
        phase: t.phase,
        startedAt: new Date(t.startedAt).toISOString(),
        durationMs: t.durationMs,
      })),
      crash,
    };
  }

  /** Builds the record of a run that threw, and keeps it for crashRecordOf(error). */
  crashed(error: unknown, phase: Phase | undefined, sources: RecordSources): RunRecord {
    const record = this.build(sources, {
      error: {
        name: error instanceof Error ? error.name : typeof error,
        code: error instanceof StackCanaryError ? error.code : undefined,
        message: errorMessage(error),
      },
      phase,
      aliases: sources.runs.map((run) => aliasEnd(run, this.config.alias, phase === 'promote')),
    });
    if (typeof error === 'object' && error !== null) crashes.set(error, record);
    return record;
  }
}

function functionRecord(r: FunctionRun): FunctionRecord {
  return {
    functionName: r.functionName,
    status: r.status ?? 'not published',
    previous: r.snapshot?.version,
    new: r.published?.version,
    aliasNow: describeTarget(r.alias?.target),
    memorySizeMb: r.published?.memorySizeMb,
    timeoutSeconds: r.published?.timeoutSeconds,
    changedBySomeoneElse: r.foreign,
  };
}

/** The new version counts as judged only once the run is promoting (every step passed). */
function aliasEnd(run: FunctionRun, alias: string, passed: boolean): AliasEndRecord {
  const now = run.alias?.target ?? null;
  const judged = [run.snapshot, passed && run.published ? soleTarget(run.published.version) : null];
  const onJudged =
    (now === null && run.snapshot === null) || judged.some((t) => t !== null && sameTarget(t, now));
  return {
    functionName: run.functionName,
    alias,
    now: describeTarget(now),
    onJudgedVersion: onJudged,
  };
}

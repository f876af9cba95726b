/**
 * The plan the action hands to the guard (pure): built once the first held step is shifted, from
 * the run's config, the function's versions and its alias journal.
 */
import type { Config, Strategy } from '../config/types.js';
import { StackCanaryError } from '../errors.js';
import type { AliasJournal } from '../pipeline/journal.js';
import { formatShare } from '../traffic/routing.js';
import { nextHeldStep, planDeadline } from './advance.js';
import type { DetachedPlan, PlanDeployment, PlanJudgeSettings } from './plan.js';
import { PLAN_FORMAT } from './plan.js';

export interface PlanStart {
  readonly functionName: string;
  readonly functionArn: string;
  readonly alias: string;
  readonly stackName: string | undefined;
  readonly runId: string;
  readonly strategy: Strategy;
  readonly oldVersion: string;
  readonly newVersion: string;
  readonly timeoutSeconds: number;
  readonly memorySizeMb: number;
  readonly judge: PlanJudgeSettings;
  /** When the first held step was shifted. */
  readonly startedAt: number;
  readonly journal: AliasJournal;
  readonly topicArn?: string | undefined;
  readonly deployment?: PlanDeployment | undefined;
}

/** The judge's settings of a run, for one of its `functions` functions. */
export function judgeSettings(
  config: Config,
  functions: number,
  alarms: readonly string[],
): PlanJudgeSettings {
  return {
    thresholds: config.thresholds,
    compareBaseline: config.compareBaseline,
    onInconclusive: config.onInconclusive,
    extendHoldMs: config.extendHoldMs,
    functions: Math.max(1, functions),
    alarms: [...alarms],
  };
}

/** The first step the guard watches: the first one with a hold (the ones before it are passed through). */
export function firstHeldStep(strategy: Strategy): number {
  const step = nextHeldStep(strategy.steps, 0);
  if (step === undefined) {
    throw new StackCanaryError(
      'INVALID_INPUT',
      `Strategy "${strategy.source}" holds no step: nothing to hand to the guard with wait: false.`,
    );
  }
  return step;
}

export function newPlan(start: PlanStart): DetachedPlan {
  const step = firstHeldStep(start.strategy);
  const held = start.strategy.steps[step];
  const holdEndMs = start.startedAt + (held?.holdMs ?? 0);
  return {
    format: PLAN_FORMAT,
    functionName: start.functionName,
    functionArn: start.functionArn,
    alias: start.alias,
    stackName: start.stackName,
    runId: start.runId,
    strategy: start.strategy,
    oldVersion: start.oldVersion,
    newVersion: start.newVersion,
    timeoutSeconds: start.timeoutSeconds,
    memorySizeMb: start.memorySizeMb,
    judge: start.judge,
    step,
    stepStarts: Array<number>(step + 1).fill(start.startedAt),
    holdEndMs,
    deadline: planDeadline(start.strategy.steps, step, holdEndMs, start.timeoutSeconds),
    journal: start.journal,
    decisions: [
      {
        at: start.startedAt,
        action: 'start',
        step,
        reason: `v${start.newVersion} at ${formatShare(held?.weight ?? 0)}; handed to the guard (wait: false)`,
      },
    ],
    last: undefined,
    claim: undefined,
    status: 'in-flight',
    verdict: undefined,
    revision: 0,
    guardFailures: 0,
    deployment: start.deployment,
    topicArn: start.topicArn,
    createdAt: start.startedAt,
  };
}

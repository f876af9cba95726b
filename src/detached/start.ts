/**
 * The plan the action hands to the guard (pure): built once the first held step is shifted, from
 * the run's config, the function's versions and its alias journal.
 */
import type { Config, Strategy } from '../config/types.js';
import { StackCanaryError } from '../errors.js';
import { formatShare } from '../traffic/routing.js';
import { nextHeldStep } from '../engine/canary-plan.js';
import { planDeadline } from './safety.js';
import type { DetachedPlan, PlanDeployment, PlanJudgeSettings, RecordedDeployment } from './plan.js';
import { PLAN_FORMAT } from './plan.js';

/** What the action knows of one function when it hands it over. */
export type PlanStart = Pick<
  DetachedPlan,
  | 'functionName'
  | 'functionArn'
  | 'alias'
  | 'stackName'
  | 'runId'
  | 'strategy'
  | 'oldVersion'
  | 'newVersion'
  | 'timeoutSeconds'
  | 'memorySizeMb'
  | 'judge'
  | 'journal'
> & {
  /** When the first held step was shifted. */
  readonly startedAt: number;
  readonly topicArn?: string | undefined;
  readonly deployment?: PlanDeployment | undefined;
};

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
    metrics: config.metrics,
  };
}

/** The run's GitHub deployment, for the guard to end: only with github-token-secret (its token). */
export function planDeployment(
  config: Pick<Config, 'githubTokenSecretArn'>,
  deployment: RecordedDeployment | undefined,
): PlanDeployment | undefined {
  return deployment && config.githubTokenSecretArn
    ? { ...deployment, tokenSecretArn: config.githubTokenSecretArn }
    : undefined;
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
  const { startedAt, topicArn, deployment, ...given } = start;
  return {
    format: PLAN_FORMAT,
    ...given,
    step,
    stepStarts: Array<number>(step + 1).fill(startedAt),
    holdEndMs,
    deadline: planDeadline(start.strategy.steps, step, holdEndMs, start.timeoutSeconds),
    decisions: [
      {
        at: startedAt,
        action: 'start',
        step,
        reason: `v${start.newVersion} at ${formatShare(held?.weight ?? 0)}; handed to the guard (wait: false)`,
      },
    ],
    last: undefined,
    claim: undefined,
    status: 'in-flight',
    verdict: undefined,
    accepted: undefined,
    revision: 0,
    guardFailures: 0,
    deployment,
    topicArn,
    createdAt: startedAt,
  };
}

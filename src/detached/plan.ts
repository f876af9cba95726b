/**
 * The plan of a detached canary (wait: false): everything the guard needs to go on with one
 * function's alias after the runner has gone — the strategy's steps, the old and new versions, the
 * judge's settings, when each step began, the alias journal, every decision — and its DynamoDB item.
 *
 * Pure: the item holds the plan as one JSON attribute, beside the few attributes the table's
 * conditions read (`status`, `revision`); a plan read back is validated whole before it is used.
 */
import { z } from 'zod';
import type { Config, CustomMetric, Strategy, Thresholds } from '../config/types.js';
import { StackCanaryError } from '../errors.js';
import type { AliasJournal } from '../pipeline/journal.js';
import type { AliasTarget } from '../traffic/types.js';

export const PLAN_FORMAT = 1;

/** in-flight: the guard advances it; the others are ends. */
export type PlanStatus = 'in-flight' | 'promoted' | 'rolled-back' | 'left-alone';

/** What the guard (or the action, at the start) did with a plan. */
export type PlanAction = 'start' | 'hold' | 'extend' | 'next' | 'promote' | 'rollback' | 'left-alone';

export interface PlanDecision {
  /** Epoch ms. */
  readonly at: number;
  readonly action: PlanAction;
  /** The step the decision was taken at (index into the strategy's steps). */
  readonly step: number;
  readonly reason: string;
}

/** What the pure judge needs besides the samples, as the action had it. */
export interface PlanJudgeSettings {
  readonly thresholds: Thresholds;
  readonly compareBaseline: boolean;
  readonly onInconclusive: Config['onInconclusive'];
  readonly extendHoldMs: number;
  /** How many functions the run judged: they share one false-rollback budget, as in the action. */
  readonly functions: number;
  /** Alarm names watched for this function (the `alarms` input and its monitoring alarms). */
  readonly alarms: readonly string[];
  /** Your own metrics (the `metrics` input), read and judged as the action does. */
  readonly metrics: readonly CustomMetric[];
}

/** The last judgement, kept as evidence for `stack-canary status`. */
export interface PlanEvidence {
  readonly at: number;
  readonly decision: string;
  readonly reason: string;
  readonly evidence: Readonly<Record<string, number | string | boolean>>;
}

/** An alias move the guard claimed (conditional write) and has not yet recorded as done. */
export interface PlanClaim {
  readonly at: number;
  readonly action: PlanAction;
  /** The step in force once the move is made. */
  readonly step: number;
  readonly to: AliasTarget;
  readonly reason: string;
  /** The plan's status once the move is made. */
  readonly status: PlanStatus;
  readonly verdict?: PlanVerdict;
  /** Where a stale claim this one replaced was taking the alias (it may have got there). */
  readonly replaces?: AliasTarget;
}

export type PlanVerdict = 'pass' | 'fail' | 'inconclusive';

/** The GitHub deployment the action recorded for the run (deployment-environment). */
export interface RecordedDeployment {
  readonly id: number;
  /** owner/name */
  readonly repository: string;
  /** The GitHub REST API's root, e.g. https://api.github.com. */
  readonly apiUrl: string;
}

/** The GitHub deployment the action recorded, updated by the guard when the plan ends. */
export interface PlanDeployment extends RecordedDeployment {
  /** Secrets Manager ARN of the token (github-token-secret); the token itself is never stored. */
  readonly tokenSecretArn: string;
}

export interface DetachedPlan {
  readonly format: number;
  readonly functionName: string;
  readonly functionArn: string;
  readonly alias: string;
  readonly stackName: string | undefined;
  /** The run that wrote the plan (its lease names it). */
  readonly runId: string;
  readonly strategy: Strategy;
  readonly oldVersion: string;
  readonly newVersion: string;
  readonly timeoutSeconds: number;
  readonly memorySizeMb: number;
  readonly judge: PlanJudgeSettings;
  /** Index of the step in force. */
  readonly step: number;
  /** When each step begun so far was shifted, epoch ms. */
  readonly stepStarts: readonly number[];
  /** End of the current step's hold (moved by extend-hold). */
  readonly holdEndMs: number;
  /** Past this the plan is rolled back whatever its evidence says. */
  readonly deadline: number;
  readonly journal: AliasJournal;
  readonly decisions: readonly PlanDecision[];
  readonly last: PlanEvidence | undefined;
  readonly claim: PlanClaim | undefined;
  readonly status: PlanStatus;
  readonly verdict: PlanVerdict | undefined;
  /** Why an inconclusive step was accepted (on-inconclusive: pass), for the promotion's reason. */
  readonly accepted: string | undefined;
  /** Bumped by every write; each write is conditional on the revision it read. */
  readonly revision: number;
  /** Consecutive ticks whose processing failed; reset by a good one. */
  readonly guardFailures: number;
  readonly deployment: PlanDeployment | undefined;
  readonly topicArn: string | undefined;
  readonly createdAt: number;
}

/** The plan table's key of one function's alias. */
export function planKey(functionName: string, alias: string): string {
  return `${functionName}:${alias}`;
}

/** A DynamoDB attribute value, as much of it as the plan item uses. */
export type PlanAttribute = { S: string } | { N: string };
export type PlanItem = Record<string, PlanAttribute>;

export function planToItem(plan: DetachedPlan): PlanItem {
  return {
    pk: { S: planKey(plan.functionName, plan.alias) },
    status: { S: plan.status },
    revision: { N: String(plan.revision) },
    guardFailures: { N: String(plan.guardFailures) },
    deadline: { N: String(plan.deadline) },
    plan: { S: JSON.stringify(plan) },
  };
}

const num = z.number().finite();
const target = z.object({ version: z.string().min(1), weights: z.record(z.string(), num) });
const change = z.object({
  kind: z.enum(['repair', 'shift', 'promote', 'rollback', 'create', 'delete']),
  from: target.nullable(),
  to: target.nullable(),
  at: z.string(),
});
const action = z.enum(['start', 'hold', 'extend', 'next', 'promote', 'rollback', 'left-alone']);
const status = z.enum(['in-flight', 'promoted', 'rolled-back', 'left-alone']);
const verdict = z.enum(['pass', 'fail', 'inconclusive']);
const evidence = z.record(z.string(), z.union([z.number(), z.string(), z.boolean()]));

const metricSource = z.union([
  z.object({
    kind: z.literal('metric'),
    namespace: z.string(),
    metricName: z.string(),
    dimensions: z.array(z.object({ name: z.string(), value: z.string() })),
    statistic: z.string(),
  }),
  z.object({ kind: z.literal('expression'), expression: z.string() }),
]);
const customMetric = z.object({
  name: z.string(),
  source: metricSource,
  direction: z.enum(['higher-is-worse', 'lower-is-worse']),
  max: num.optional(),
  min: num.optional(),
  compare: z.boolean(),
  rateOf: z.literal('Invocations').optional(),
  perVersion: z.boolean(),
});

const planSchema = z.object({
  format: z.literal(PLAN_FORMAT),
  functionName: z.string().min(1),
  functionArn: z.string().min(1),
  alias: z.string().min(1),
  stackName: z.string().optional(),
  runId: z.string(),
  strategy: z.object({
    source: z.string(),
    steps: z.array(z.object({ weight: num.gt(0).max(1), holdMs: num.min(0) })).min(1),
  }),
  oldVersion: z.string().min(1),
  newVersion: z.string().min(1),
  timeoutSeconds: num.min(0),
  memorySizeMb: num.min(0),
  judge: z.object({
    thresholds: z.object({
      maxErrorRate: num,
      maxMemoryUtilization: num,
      maxP99DurationMs: num.optional(),
      maxThrottles: num,
      minInvocations: num,
    }),
    compareBaseline: z.boolean(),
    onInconclusive: z.enum(['fail', 'pass']),
    extendHoldMs: num.min(0),
    functions: z.number().int().min(1),
    alarms: z.array(z.string()),
    metrics: z.array(customMetric),
  }),
  step: z.number().int().min(0),
  stepStarts: z.array(num),
  holdEndMs: num,
  deadline: num,
  journal: z.object({
    functionName: z.string(),
    alias: z.string(),
    snapshot: target.nullable(),
    changes: z.array(change),
  }),
  decisions: z.array(z.object({ at: num, action, step: z.number().int().min(0), reason: z.string() })),
  last: z.object({ at: num, decision: z.string(), reason: z.string(), evidence }).optional(),
  claim: z
    .object({
      at: num,
      action,
      step: z.number().int().min(0),
      to: target,
      reason: z.string(),
      status,
      verdict: verdict.optional(),
      replaces: target.optional(),
    })
    .optional(),
  status,
  verdict: verdict.optional(),
  accepted: z.string().optional(),
  revision: z.number().int().min(0),
  guardFailures: z.number().int().min(0),
  deployment: z
    .object({ id: z.number().int(), repository: z.string(), apiUrl: z.string(), tokenSecretArn: z.string() })
    .optional(),
  topicArn: z.string().optional(),
  createdAt: num,
});

/** A plan read back from the table, checked whole; a damaged item is an error naming its key. */
export function planFromItem(item: Readonly<Record<string, unknown>>): DetachedPlan {
  const pk = readString(item['pk']) ?? '(no key)';
  const text = readString(item['plan']);
  const bad = (why: string): StackCanaryError =>
    new StackCanaryError('INTERNAL', `Plan item ${pk} cannot be used: ${why}.`);
  if (text === undefined) throw bad('it has no plan attribute');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw bad('its plan attribute is not JSON');
  }
  const parsed = planSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw bad(`${issue?.path.join('.') || 'plan'}: ${issue?.message ?? 'invalid'}`);
  }
  const plan = parsed.data as unknown as DetachedPlan;
  if (planKey(plan.functionName, plan.alias) !== pk)
    throw bad('its key does not match its function and alias');
  if (readString(item['revision']) !== String(plan.revision))
    throw bad('its revision does not match its plan');
  if (plan.step >= plan.strategy.steps.length || plan.stepStarts.length !== plan.step + 1) {
    throw bad(`step ${plan.step} does not fit its ${plan.strategy.steps.length} steps and start times`);
  }
  return {
    ...plan,
    stackName: plan.stackName,
    last: plan.last,
    claim: plan.claim,
    verdict: plan.verdict,
    accepted: plan.accepted,
    deployment: plan.deployment,
    topicArn: plan.topicArn,
  };
}

function readString(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const attribute = value as { S?: unknown; N?: unknown };
  if (typeof attribute.S === 'string') return attribute.S;
  if (typeof attribute.N === 'string') return attribute.N;
  return undefined;
}

/** Keeps the decision list bounded (an item holds at most 400 KB): the start and the newest. */
export const MAX_DECISIONS = 200;

export function withDecision(plan: DetachedPlan, decision: PlanDecision): readonly PlanDecision[] {
  const all = [...plan.decisions, decision];
  return all.length <= MAX_DECISIONS ? all : [all[0] as PlanDecision, ...all.slice(-(MAX_DECISIONS - 1))];
}

/**
 * The plan of a detached canary (wait: false), one zod schema, the TypeScript types inferred from
 * it: everything the guard needs to go on with one function's alias after the runner has gone —
 * the strategy's steps, the old and new versions, the judge's settings, when each step began, the
 * alias journal, every decision. The action writes it, the guard advances it, `stack-canary
 * status` reads it; a plan read back is validated whole before it is used.
 */
import { z } from 'zod';
import { aliasJournalSchema, aliasTargetSchema, VERSION_PATTERN } from './alias-journal.js';
import { customMetricSchema, strategySchema, thresholdsSchema } from './canary-settings.js';

export const PLAN_FORMAT = 1;

const num = z.number().finite();
const index = z.number().int().min(0);
const version = z.string().regex(VERSION_PATTERN);

/** in-flight: the guard advances it; the others are ends. */
export const planStatusSchema = z.enum(['in-flight', 'promoted', 'rolled-back', 'left-alone']);
export type PlanStatus = z.infer<typeof planStatusSchema>;

/** What the guard (or the action, at the start) did with a plan. */
export const planActionSchema = z.enum([
  'start',
  'hold',
  'extend',
  'next',
  'promote',
  'rollback',
  'left-alone',
  'pause',
  'resume',
  'take-over',
]);
export type PlanAction = z.infer<typeof planActionSchema>;

/** What `stack-canary promote|rollback|pause|resume` asks the guard to do with a plan. */
export const controlCommandSchema = z.enum(['promote', 'rollback', 'pause', 'resume']);
export type ControlCommand = z.infer<typeof controlCommandSchema>;

/** A command written onto the plan (conditionally), carried out by the guard at its next tick. */
export const planRequestSchema = z
  .object({
    command: controlCommandSchema,
    /** Epoch ms. */
    at: num,
    /** The caller's identity (its ARN, from STS GetCallerIdentity). */
    by: z.string().min(1),
    reason: z.string(),
  })
  .readonly();
export type PlanRequest = z.infer<typeof planRequestSchema>;

/** A plan held at its step by request: no step advance until resumed; a harmful canary still rolls back. */
export const planPauseSchema = z
  .object({
    /** When the guard paused it, epoch ms. */
    at: num,
    by: z.string().min(1),
    reason: z.string(),
    /** What was left of the step's hold when it was paused: given back on resume. */
    holdLeftMs: num.min(0),
  })
  .readonly();
export type PlanPause = z.infer<typeof planPauseSchema>;

export const planVerdictSchema = z.enum(['pass', 'fail', 'inconclusive']);
export type PlanVerdict = z.infer<typeof planVerdictSchema>;

export const planDecisionSchema = z
  .object({
    /** Epoch ms. */
    at: num,
    action: planActionSchema,
    /** The step the decision was taken at (index into the strategy's steps). */
    step: index,
    reason: z.string(),
    /** Who asked for it (a request's caller), when it was not the guard's own decision. */
    by: z.string().optional(),
  })
  .readonly();
export type PlanDecision = z.infer<typeof planDecisionSchema>;

/** What the pure judge needs besides the samples, as the action had it. */
export const planJudgeSettingsSchema = z
  .object({
    thresholds: thresholdsSchema,
    compareBaseline: z.boolean(),
    onInconclusive: z.enum(['fail', 'pass']),
    extendHoldMs: num.min(0),
    /** How many functions the run judged: they share one false-rollback budget, as in the action. */
    functions: z.number().int().min(1),
    /** Alarm names watched for this function (the `alarms` input and its monitoring alarms). */
    alarms: z.array(z.string()).readonly(),
    /** Your own metrics (the `metrics` input), read and judged as the action does. */
    metrics: z.array(customMetricSchema).readonly(),
  })
  .readonly();
export type PlanJudgeSettings = z.infer<typeof planJudgeSettingsSchema>;

/** The last judgement, kept as evidence for `stack-canary status`. */
export const planEvidenceSchema = z
  .object({
    at: num,
    decision: z.string(),
    reason: z.string(),
    evidence: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])).readonly(),
  })
  .readonly();
export type PlanEvidence = z.infer<typeof planEvidenceSchema>;

/** An alias move the guard claimed (conditional write) and has not yet recorded as done. */
export const planClaimSchema = z
  .object({
    at: num,
    action: planActionSchema,
    /** The step in force once the move is made. */
    step: index,
    to: aliasTargetSchema,
    reason: z.string(),
    /** The plan's status once the move is made. */
    status: planStatusSchema,
    verdict: planVerdictSchema.optional(),
    /** Where a stale claim this one replaced was taking the alias (it may have got there). */
    replaces: aliasTargetSchema.optional(),
    /** Who asked for the move (a promote or rollback request), recorded on its decision. */
    by: z.string().optional(),
  })
  .readonly();
export type PlanClaim = z.infer<typeof planClaimSchema>;

/**
 * A waited run's plan (on-runner-loss: guard): the run drives the canary and mirrors it here,
 * renewing `untilMs` at its polls; the guard leaves it alone until then, and takes it over after.
 */
export const planHolderSchema = z
  .object({
    /** The run, as its alias lease names it. */
    run: z.string(),
    /** Epoch ms: past this the run has stopped renewing, and the guard takes the plan over. */
    untilMs: num,
  })
  .readonly();
export type PlanHolder = z.infer<typeof planHolderSchema>;

/** The GitHub deployment the action recorded for the run (deployment-environment). */
export const recordedDeploymentSchema = z
  .object({
    id: z.number().int(),
    /** owner/name */
    repository: z.string(),
    /** The GitHub REST API's root, e.g. https://api.github.com. */
    apiUrl: z.string(),
  })
  .readonly();
export type RecordedDeployment = z.infer<typeof recordedDeploymentSchema>;

/** The recorded deployment, updated by the guard when the plan ends. */
export const planDeploymentSchema = z
  .object({
    ...recordedDeploymentSchema.unwrap().shape,
    /** Secrets Manager ARN of the token (github-token-secret); the token itself is never stored. */
    tokenSecretArn: z.string(),
  })
  .readonly();
export type PlanDeployment = z.infer<typeof planDeploymentSchema>;

export const detachedPlanSchema = z
  .object({
    format: z.literal(PLAN_FORMAT),
    functionName: z.string().min(1),
    functionArn: z.string().min(1),
    alias: z.string().min(1),
    stackName: z.string().optional(),
    /** The run that wrote the plan (its lease names it). */
    runId: z.string(),
    strategy: strategySchema,
    oldVersion: version,
    newVersion: version,
    timeoutSeconds: num.min(0),
    memorySizeMb: num.min(0),
    judge: planJudgeSettingsSchema,
    /** Index of the step in force. */
    step: index,
    /** When each step begun so far was shifted, epoch ms. */
    stepStarts: z.array(num).readonly(),
    /** End of the current step's hold (moved by extend-hold). */
    holdEndMs: num,
    /** Past this the plan is rolled back whatever its evidence says. */
    deadline: num,
    journal: aliasJournalSchema,
    decisions: z.array(planDecisionSchema).readonly(),
    last: planEvidenceSchema.optional(),
    claim: planClaimSchema.optional(),
    status: planStatusSchema,
    verdict: planVerdictSchema.optional(),
    /** Why an inconclusive step was accepted (on-inconclusive: pass), for the promotion's reason. */
    accepted: z.string().optional(),
    /** A control command waiting for the guard's next tick (stack-canary promote|rollback|pause|resume). */
    request: planRequestSchema.optional(),
    /** Set while the plan is paused by request. */
    paused: planPauseSchema.optional(),
    /** Watched alarms the guard found already in ALARM before the first shift (kept across ticks). */
    alarmsFiringBefore: z.array(z.string()).readonly().optional(),
    /** Bumped by every write; each write is conditional on the revision it read. */
    revision: index,
    /** Consecutive ticks whose processing failed; reset by a good one. */
    guardFailures: index,
    deployment: planDeploymentSchema.optional(),
    topicArn: z.string().optional(),
    createdAt: num,
    /** Set while a waited run drives the plan (on-runner-loss: guard); the guard's once it is gone. */
    heldBy: planHolderSchema.optional(),
  })
  .readonly();
export type DetachedPlan = z.infer<typeof detachedPlanSchema>;

/** The plan table's key of one function's alias. */
export function planKey(functionName: string, alias: string): string {
  return `${functionName}:${alias}`;
}

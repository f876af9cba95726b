/**
 * One guard tick over every detached canary in flight: read the evidence (canary/ collectors),
 * judge it with the action's pure judge, decide (advance.ts), and move the alias (traffic/).
 *
 * Exactly once: a move is first CLAIMED by a conditional write at the revision read; only the
 * winner moves the alias, then records the move (another conditional write). A loser changes
 * nothing. A claim whose writer died before recording it is finished by a later tick (the move is
 * idempotent: the alias is read first). An alias someone else moved is left alone.
 *
 * Safety: the plan's deadline and its consecutive failures are checked before any evidence, so a
 * plan whose evidence cannot be read still ends on a judged version (its old one).
 */
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { SNSClient } from '@aws-sdk/client-sns';
import { PlanConflictError, scanPlans, updatePlan } from '../aws/plan-table.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { AliasChange } from '../schema/alias-journal.js';
import { getAlias, updateAlias } from '../traffic/alias.js';
import { leaseDescription } from '../traffic/lease.js';
import { notifyTopic } from '../traffic/notify.js';
import { describeTarget, hasRouting, sameTarget } from '../traffic/routing.js';
import { tagPromotion } from '../traffic/tags.js';
import type { GuardMove } from './guard-look.js';
import { holdStanding, takenOver } from './held-plan.js';
import { lookAt } from './guard-look.js';
import { overdue, planDeadline } from './safety.js';
import { MAX_PAUSE_MS, takeRequest, whilePaused } from './control.js';
import { observePlan } from './evidence.js';
import { deploymentStateOf, finishDeployment } from './github-status.js';
import type { DetachedPlan, PlanClaim, PlanStatus } from './plan.js';
import { lastTarget, planKey, withDecision } from './plan.js';

export interface PlanTickDeps {
  tableName: string;
  topicArn?: string;
  nowMs: number;
  clients: {
    dynamo: DynamoDBClient;
    lambda: LambdaClient;
    cloudWatch: CloudWatchClient;
    sns: SNSClient;
    secretsManager?: SecretsManagerClient;
  };
  log: (entry: Record<string, unknown>) => void;
}

export interface PlanTickResult {
  inFlight: number;
  entries: Record<string, unknown>[];
}

/** A claim younger than this belongs to a tick that may still be moving the alias: left to it. */
export const CLAIM_GRACE_MS = 90_000;

type Log = (entry: Record<string, unknown>) => void;

export async function tickPlans(deps: PlanTickDeps): Promise<PlanTickResult> {
  const entries: Record<string, unknown>[] = [];
  const log: Log = (entry) => {
    entries.push(entry);
    deps.log(entry);
  };
  // A damaged item is told and skipped: the other plans go on.
  const plans = await scanPlans(deps.clients.dynamo, deps.tableName, (error) =>
    log({ action: 'damaged', error: errorMessage(error) }),
  );
  let inFlight = 0;
  for (const plan of plans) {
    if (plan.status !== 'in-flight') continue;
    if (await tickPlan(deps, plan, log)) inFlight += 1;
  }
  return { inFlight, entries };
}

/** One plan's tick; resolves to whether it is still in flight. Never throws. */
async function tickPlan(deps: PlanTickDeps, given: DetachedPlan, log: Log): Promise<boolean> {
  const key = planKey(given.functionName, given.alias);
  let plan = given;
  try {
    // A waited run's plan (on-runner-loss: guard): its run drives it until its hold lapses.
    const standing = holdStanding(plan, deps.nowMs);
    if (standing === 'held') {
      const until = new Date(plan.heldBy?.untilMs ?? 0).toISOString();
      log({ plan: key, action: 'skip', reason: `held by its run ${plan.runId} until ${until}` });
      return true;
    }
    if (standing === 'lapsed') {
      plan = await takeOver(deps, plan, log);
      if (plan.status !== 'in-flight') return false;
    }
    const safety = overdue(plan, deps.nowMs);
    if (plan.claim) {
      if (deps.nowMs - plan.claim.at < CLAIM_GRACE_MS) {
        log({ plan: key, action: 'skip', reason: 'a move claimed by another invocation is under way' });
        return true;
      }
      // A stale step move that cannot be made (or is overdue) gives way to the safety rollback.
      if (!safety || plan.claim.status !== 'in-flight') {
        return (await applyClaim(deps, plan, log)) === 'in-flight';
      }
    }
    if (safety) return await carryOut(deps, plan, safety, undefined, log);
    // A control request (stack-canary promote|rollback|pause|resume) is taken off the plan as the
    // tick writes it: promote and rollback are the move; pause and resume change how it is judged.
    const control = takeRequest(plan, deps.nowMs);
    if (control) log(control.log);
    const controlled = control?.plan ?? plan;
    if (control?.move) return await carryOut(deps, controlled, control.move, undefined, log);
    const judged = await judgeAndMove(deps, controlled, log);
    const held = whilePaused(controlled, judged.guard, deps.nowMs);
    const seen = { ...held.plan, ...judged.remembered };
    // A move held by the pause keeps the plan's accepted step as it was.
    const accepted = held.move === judged.guard ? judged.accepted : controlled.accepted;
    const next = { ...seen, accepted };
    const inFlight = await carryOut(deps, next, held.move, judged.last, log);
    if (inFlight && next.paused && !plan.paused) await leaseThePause(deps, next, log);
    return inFlight;
  } catch (error) {
    if (error instanceof PlanConflictError) {
      log({ plan: key, action: 'skip', reason: 'another invocation advanced this plan first' });
      return true;
    }
    return recordFailure(deps, plan, error, log);
  }
}

/**
 * Takes over a plan whose run stopped renewing its hold (held-plan.ts), conditionally on the
 * revision read: a run that renewed meanwhile wins, and this tick changes nothing. An alias routing
 * a split then carries the guard's lease until the plan's deadline, as a handed-off canary's does.
 */
async function takeOver(deps: PlanTickDeps, plan: DetachedPlan, log: Log): Promise<DetachedPlan> {
  const { lambda, dynamo } = deps.clients;
  const key = planKey(plan.functionName, plan.alias);
  const current = await getAlias(lambda, plan.functionName, plan.alias);
  const next = takenOver(plan, current?.target ?? null, deps.nowMs);
  await updatePlan(dynamo, deps.tableName, plan.revision, next);
  log({ plan: key, action: 'take-over', status: next.status, reason: next.decisions.at(-1)?.reason });
  if (next.status !== 'in-flight') {
    await notifyEnd(deps, next, log);
    return next;
  }
  // A split is a canary under way: the guard's lease keeps other runs off it until the deadline.
  if (current && hasRouting(current.target)) {
    const lease = leaseDescription({ runId: plan.runId, version: plan.newVersion, untilMs: next.deadline });
    try {
      await updateAlias(lambda, current, current.target, lease);
    } catch (error) {
      log({ plan: key, warning: `the guard's lease not written on the alias: ${errorMessage(error)}` });
    }
  }
  return next;
}

interface Move {
  readonly guard: GuardMove;
  readonly last: DetachedPlan['last'];
  readonly accepted: string | undefined;
  /** What the plan keeps of the evidence for the next ticks: the alarms firing before the first shift. */
  readonly remembered: Pick<DetachedPlan, 'alarmsFiringBefore'>;
}

/** The evidence read, then the canary engine's look at it (guard-look.ts). */
async function judgeAndMove(deps: PlanTickDeps, plan: DetachedPlan, log: Log): Promise<Move> {
  const samples = await observePlan(deps.clients.cloudWatch, plan, deps.nowMs, loggerOf(plan, log));
  const firingBefore = (samples.alarmsFiringBefore ?? []).map((alarm) => alarm.name);
  const look = lookAt(plan, samples, deps.nowMs);
  const last = look.judgement && {
    at: deps.nowMs,
    decision: look.judgement.decision,
    reason: look.judgement.reason,
    evidence: look.judgement.evidence,
  };
  const remembered = firingBefore.length > 0 ? { alarmsFiringBefore: firingBefore } : {};
  return { guard: look.move, last, accepted: look.accepted, remembered };
}

/** Overdue plans carry no new evidence: `last` is undefined then, and the old one is kept. */
function carryOut(
  deps: PlanTickDeps,
  plan: DetachedPlan,
  move: GuardMove,
  last: DetachedPlan['last'] | undefined,
  log: Log,
): Promise<boolean> {
  // A safety rollback keeps the failure count it was decided on, for the record.
  const guardFailures = last ? 0 : plan.guardFailures;
  const base = {
    ...plan,
    claim: undefined,
    revision: plan.revision + 1,
    guardFailures,
    last: last ?? plan.last,
  };
  const key = planKey(plan.functionName, plan.alias);
  const write = (next: DetachedPlan): Promise<void> =>
    updatePlan(deps.clients.dynamo, deps.tableName, plan.revision, next);
  switch (move.kind) {
    case 'hold':
      log({ plan: key, action: 'hold', step: plan.step, reason: move.reason });
      return write(base).then(() => true);
    case 'extend': {
      const decision = { at: deps.nowMs, action: 'extend' as const, step: plan.step, reason: move.reason };
      const deadline = planDeadline(plan.strategy.steps, plan.step, move.holdEndMs, plan.timeoutSeconds);
      log({ plan: key, action: 'extend', step: plan.step, until: new Date(move.holdEndMs).toISOString() });
      return write({
        ...base,
        holdEndMs: move.holdEndMs,
        deadline,
        decisions: withDecision(plan, decision),
      }).then(() => true);
    }
    default: {
      const status: PlanStatus =
        move.kind === 'next' ? 'in-flight' : move.kind === 'promote' ? 'promoted' : 'rolled-back';
      const claim: PlanClaim = {
        ...(plan.claim ? { replaces: plan.claim.to } : {}),
        at: deps.nowMs,
        action: move.kind,
        step: move.kind === 'next' ? move.step : plan.step,
        to: move.to,
        reason: move.reason,
        status,
        ...(move.kind === 'next' ? {} : { verdict: move.verdict }),
        ...(move.kind !== 'next' && move.by ? { by: move.by } : {}),
      };
      const claimed = { ...base, claim };
      // The claim first: a second invocation at the same revision fails here and moves nothing.
      return write(claimed).then(async () => (await applyClaim(deps, claimed, log)) === 'in-flight');
    }
  }
}

/** Makes the claimed move (unless made already), then records it; resolves to the plan's status. */
async function applyClaim(deps: PlanTickDeps, plan: DetachedPlan, log: Log): Promise<PlanStatus> {
  const claim = plan.claim as PlanClaim;
  const { lambda } = deps.clients;
  const key = planKey(plan.functionName, plan.alias);
  const expected = lastTarget(plan);
  const current = await getAlias(lambda, plan.functionName, plan.alias);
  let change: AliasChange | undefined;
  let status = claim.status;
  let reason = claim.reason;
  if (current && sameTarget(current.target, claim.to)) {
    // Moved already (by the tick that claimed it, which died before recording it).
  } else if (
    !current ||
    !(sameTarget(current.target, expected) || sameTarget(current.target, claim.replaces))
  ) {
    status = 'left-alone';
    reason = `alias ${plan.alias} was changed by someone else (now ${describeTarget(current?.target)}); left as they set it`;
  } else {
    const until = planDeadline(
      plan.strategy.steps,
      claim.step,
      deps.nowMs + stepHold(plan, claim.step),
      plan.timeoutSeconds,
    );
    const lease =
      claim.status === 'in-flight'
        ? leaseDescription({ runId: plan.runId, version: plan.newVersion, untilMs: until })
        : undefined;
    await updateAlias(lambda, current, claim.to, lease);
    change = {
      kind: claim.action === 'next' ? 'shift' : claim.action === 'promote' ? 'promote' : 'rollback',
      from: current.target,
      to: claim.to,
      at: new Date(deps.nowMs).toISOString(),
    };
  }
  if (status === 'promoted') await tagPassed(plan, lambda, deps.nowMs, log);
  const next = recorded(plan, claim, { status, reason, change, nowMs: deps.nowMs });
  await updatePlan(deps.clients.dynamo, deps.tableName, plan.revision, next);
  log({ plan: key, action: claim.action, status, step: next.step, to: describeTarget(claim.to), reason });
  if (status !== 'in-flight') {
    await notifyEnd(deps, next, log);
    await endDeployment(deps, next, log);
  }
  return status;
}

/**
 * A pause outlasts the alias lease set at the last move (it ends at the deadline of then): the
 * lease is made to last as long as the pause may hold the plan, so no other run takes the alias
 * meanwhile. A failure only warns: the plan table still says the canary is in flight.
 */
async function leaseThePause(deps: PlanTickDeps, plan: DetachedPlan, log: Log): Promise<void> {
  const { paused } = plan;
  if (!paused) return;
  const { lambda } = deps.clients;
  try {
    const current = await getAlias(lambda, plan.functionName, plan.alias);
    // An alias someone else moved is the next tick's to see.
    if (!current || !sameTarget(current.target, lastTarget(plan))) return;
    const heldUntil = Math.max(plan.holdEndMs, paused.at + MAX_PAUSE_MS);
    const untilMs = planDeadline(plan.strategy.steps, plan.step, heldUntil, plan.timeoutSeconds);
    const lease = leaseDescription({ runId: plan.runId, version: plan.newVersion, untilMs });
    await updateAlias(lambda, current, current.target, lease);
  } catch (error) {
    log({
      plan: planKey(plan.functionName, plan.alias),
      warning: `alias lease not extended for the pause: ${errorMessage(error)}`,
    });
  }
}

function stepHold(plan: DetachedPlan, step: number): number {
  return plan.strategy.steps[step]?.holdMs ?? 0;
}

/** The plan once the claimed move is made: the claim cleared, the step, journal and decisions updated. */
function recorded(
  plan: DetachedPlan,
  claim: PlanClaim,
  made: { status: PlanStatus; reason: string; change: AliasChange | undefined; nowMs: number },
): DetachedPlan {
  const journal = made.change
    ? { ...plan.journal, changes: [...plan.journal.changes, made.change] }
    : plan.journal;
  const action = made.status === 'left-alone' ? ('left-alone' as const) : claim.action;
  const decisions = withDecision(plan, {
    at: made.nowMs,
    action,
    step: claim.step,
    reason: made.reason,
    ...(claim.by ? { by: claim.by } : {}),
  });
  const base = {
    ...plan,
    revision: plan.revision + 1,
    claim: undefined,
    journal,
    decisions,
    status: made.status,
  };
  if (made.status !== 'in-flight') {
    return { ...base, verdict: made.status === 'left-alone' ? 'fail' : claim.verdict };
  }
  const holdEndMs = made.nowMs + stepHold(plan, claim.step);
  return {
    ...base,
    step: claim.step,
    stepStarts: [...plan.stepStarts, ...Array<number>(claim.step - plan.step).fill(made.nowMs)],
    holdEndMs,
    deadline: planDeadline(plan.strategy.steps, claim.step, holdEndMs, plan.timeoutSeconds),
  };
}

/**
 * After the alias, as the action tags a promotion: the version that passed, the one it replaced and
 * when (the guard's bake window starts then). The guard must never see a tag the alias is not on.
 */
async function tagPassed(plan: DetachedPlan, lambda: LambdaClient, nowMs: number, log: Log): Promise<void> {
  const { functionArn, alias, newVersion: version, oldVersion: previous } = plan;
  try {
    await tagPromotion(lambda, { functionArn, alias, version, previous, promotedAtMs: nowMs });
  } catch (error) {
    log({
      plan: planKey(plan.functionName, alias),
      warning: `promotion tags not set: ${errorMessage(error)}`,
    });
  }
}

async function notifyEnd(deps: PlanTickDeps, plan: DetachedPlan, log: Log): Promise<void> {
  const topicArn = deps.topicArn ?? plan.topicArn;
  if (!topicArn) return;
  const last = plan.decisions[plan.decisions.length - 1];
  const verdict = plan.verdict ?? 'fail';
  const subject = `stack-canary: ${plan.functionName} ${verdict} (${plan.status}, detached)`;
  const message = [
    `${plan.functionName} alias ${plan.alias}: v${plan.oldVersion} → v${plan.newVersion}, ${plan.strategy.source}`,
    `verdict: ${verdict}; ${plan.status}`,
    `reason: ${last?.reason ?? ''}`,
  ].join('\n');
  try {
    await notifyTopic(deps.clients.sns, topicArn, subject, message);
  } catch (error) {
    log({
      plan: planKey(plan.functionName, plan.alias),
      warning: `notification not sent: ${errorMessage(error)}`,
    });
  }
}

/** Last: the GitHub deployment's final state (a failure only warns: the verdict is already in). */
async function endDeployment(deps: PlanTickDeps, plan: DetachedPlan, log: Log): Promise<void> {
  const key = planKey(plan.functionName, plan.alias);
  if (!plan.deployment) return;
  if (!deps.clients.secretsManager) {
    log({
      plan: key,
      warning: 'GitHub deployment not updated: the guard was given no Secrets Manager client',
    });
    return;
  }
  try {
    await finishDeployment(plan, deps.clients.secretsManager);
    log({ plan: key, action: 'deployment', id: plan.deployment.id, state: deploymentStateOf(plan) });
  } catch (error) {
    log({
      plan: key,
      warning: `GitHub deployment ${plan.deployment.id} not updated: ${errorMessage(error)}`,
    });
  }
}

/** A failed tick: counted on the plan (conditionally), so that MAX_GUARD_FAILURES rolls it back. */
async function recordFailure(
  deps: PlanTickDeps,
  plan: DetachedPlan,
  error: unknown,
  log: Log,
): Promise<boolean> {
  const key = planKey(plan.functionName, plan.alias);
  const failures = plan.guardFailures + 1;
  log({ plan: key, action: 'failure', guardFailures: failures, error: errorMessage(error) });
  try {
    await updatePlan(deps.clients.dynamo, deps.tableName, plan.revision, {
      ...plan,
      revision: plan.revision + 1,
      guardFailures: failures,
    });
  } catch (writeError) {
    log({ plan: key, action: 'failure', error: `failure not recorded: ${errorMessage(writeError)}` });
  }
  return true;
}

/** The collectors' logger, into the tick's structured log. */
function loggerOf(plan: DetachedPlan, log: Log): Logger {
  const key = planKey(plan.functionName, plan.alias);
  const line = (level: string) => (message: string) => log({ plan: key, level, message });
  return {
    debug: () => undefined,
    info: line('info'),
    warning: line('warning'),
    error: line('error'),
    group: (_title, body) => body(),
  };
}

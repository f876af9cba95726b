/**
 * Deploy a stack by change set, the way a careful operator would: check the request against the
 * template, settle the stack, create the change set, show it, execute it (or not, in a dry run),
 * stream events, report the outputs.
 */
import { randomUUID } from 'node:crypto';
import {
  DeleteStackCommand,
  ExecuteChangeSetCommand,
  UpdateTerminationProtectionCommand,
} from '@aws-sdk/client-cloudformation';
import { StackCanaryError, errorMessage } from '../errors.js';
import { formatDuration } from '../util/wait.js';
import { analyzeParsed } from './analyze.js';
import { createChangeSet, deleteChangeSet, waitForChangeSet } from './change-set.js';
import {
  changeSetInput,
  checkCreateParameters,
  checkRequestAgainstTemplate,
  splitRollbackTriggers,
} from './change-set-input.js';
import { StackEventStream, rootCauseSummary } from './events.js';
import type { Preparation } from './prepare.js';
import { prepareStack } from './prepare.js';
import { renderChangeTable } from './change-table.js';
import type { ExistingStack } from './describe.js';
import { describeStack, isSuccess } from './describe.js';
import type { CfnObject } from './template-parse.js';
import { parseTemplate, section } from './template-parse.js';
import { templateLocation } from './template-location.js';
import { readTemplate, templateLabel } from './template-source.js';
import type {
  ChangeRow,
  ChangeSetDescription,
  DeployRequest,
  DeployResult,
  StackClients,
  StackDeps,
} from './types.js';
import type { OperationContext } from './wait-stack.js';
import { operationContext, waitForStack } from './wait-stack.js';

export async function deployStack(
  clients: StackClients,
  request: DeployRequest,
  deps: StackDeps,
): Promise<DeployResult> {
  const { logger } = deps;
  const name = request.stackName;
  const ctx = operationContext(clients.cloudFormation, deps, request.timeoutMs);
  const started = deps.clock.now();

  const body = request.templateBody ?? (await readTemplate(request.template, { s3: clients.s3 }));
  const source = request.template;
  const template = parseTemplate(body, templateLabel(source));
  checkRequestAgainstTemplate(analyzeParsed(template), request.parameters, request.capabilities);
  const triggers = splitRollbackTriggers(request.rollbackTriggerAlarmArns);
  if (triggers.dropped.length) {
    logger.warning(
      `CloudFormation takes at most 5 rollback triggers: ${triggers.dropped.length} alarm(s) not passed to stack ${name} ` +
        `(${triggers.dropped.join(', ')}). The canary still watches them.`,
    );
  }
  const location = await templateLocation(
    {
      stackName: name,
      body,
      source: request.template,
      s3Bucket: request.s3Bucket,
      s3Prefix: request.s3Prefix,
    },
    clients.s3,
    logger,
  );

  const prep = await prepareStack(ctx, name, {
    dryRun: request.dryRun,
    roleArn: request.roleArn,
    beforeRecreate: () => checkCreateParameters(name, request.parameters),
  });
  if (prep.kind === 'blocked') return blockedDryRun(ctx, prep, template);
  const type = prep.kind === 'create' ? 'CREATE' : 'UPDATE';
  if (type === 'CREATE') checkCreateParameters(name, request.parameters);

  const options = request.changeSet;
  // The execute request's idempotency token is unique to the run, whatever the change set's name.
  const token = `stack-canary-${deps.clock.now().toString(36)}-${randomUUID().slice(0, 8)}`;
  const changeSetName = options?.name ?? token;
  logger.info(`Creating ${type} change set ${changeSetName} for stack ${name}`);
  if (type === 'CREATE' && options?.deploymentMode !== undefined) {
    logger.info(`deployment-mode ${options.deploymentMode} is for updates: stack ${name} is being created.`);
  }
  const created = await createChangeSet(
    ctx.cfn,
    changeSetInput({
      stackName: name,
      changeSetName,
      type,
      template: location,
      parameters: request.parameters,
      capabilities: request.capabilities,
      tags: request.tags,
      roleArn: request.roleArn,
      notificationArns: request.notificationArns,
      rollbackTriggers: triggers.used,
      includeNestedStacks: options?.includeNestedStacks ?? false,
      deploymentMode: options?.deploymentMode,
    }),
  );
  const current = prep.stack;
  const noChange = (changeSet: ChangeSetDescription, why: string): DeployResult => {
    if (options?.failOnEmpty) {
      throw new StackCanaryError(
        'CHANGE_SET_FAILED',
        `The change set for stack ${name} is empty (${why}), and fail-on-empty-changeset is true.`,
      );
    }
    logger.info(`No changes: stack ${name} already matches this template and these parameters (${why}).`);
    return { ...result(name, request.dryRun ? 'dry-run' : 'unchanged', current, []), changeSet };
  };
  if ('empty' in created) return noChange(refusedChangeSet(name, changeSetName), created.empty);
  // A CREATE change set makes a REVIEW_IN_PROGRESS stack; when we made it, we clean it up too.
  const discard = async (): Promise<void> => {
    await deleteChangeSet(ctx, created.changeSetId);
    if (prep.kind === 'create' && !prep.existed) await deleteReviewStack(ctx, created.stackId);
  };
  const keepOrDiscard = async (what: string): Promise<void> => {
    if (!options?.keepFailed) return discard();
    logger.info(
      `Change set ${changeSetName} (${what}) kept on stack ${name}: no-delete-failed-changeset is true.`,
    );
  };

  const outcome = await waitForChangeSet(ctx, created.changeSetId);
  const changeSet = { ...outcome.description, stackName: name, name: changeSetName };
  if (outcome.kind === 'failed') {
    await keepOrDiscard('failed');
    throw new StackCanaryError('CHANGE_SET_FAILED', `Change set for stack ${name} failed: ${outcome.reason}`);
  }
  if (outcome.kind === 'empty') {
    await keepOrDiscard('empty');
    return noChange(changeSet, 'empty change set');
  }
  logger.info(`Changes to stack ${name}:\n${renderChangeTable(outcome.changes)}`);
  if (request.dryRun) {
    await discard();
    logger.info(`Dry run: change set deleted, stack ${name} left untouched.`);
    return { ...result(name, 'dry-run', current, outcome.changes), changeSet };
  }
  if (options?.execute === false) {
    logger.info(
      `${options.leftForReviewBy}: change set ${changeSetName} left on stack ${name} for review, not executed (${changeSet.id}).`,
    );
    return { ...result(name, 'not-executed', current, outcome.changes), changeSet };
  }

  const final = await executeChangeSet(ctx, {
    stackName: name,
    stackId: created.stackId,
    changeSetId: created.changeSetId,
    changeSetName,
    type,
    token,
    disableRollback: options?.disableRollback ?? false,
    terminationProtection: request.terminationProtection,
    started,
  });
  return { ...result(name, type === 'CREATE' ? 'created' : 'updated', final, outcome.changes), changeSet };
}

/** A change set made, seen and ready, to be executed, and how. */
interface Execution {
  readonly stackName: string;
  readonly stackId: string;
  readonly changeSetId: string;
  readonly changeSetName: string;
  readonly type: 'CREATE' | 'UPDATE';
  /** ExecuteChangeSet's idempotency token. */
  readonly token: string;
  /** As aws-cloudformation-github-deploy means it: for the stack's creation only. */
  readonly disableRollback: boolean;
  /** Enabled once the stack is created. */
  readonly terminationProtection: boolean;
  /** When the deploy began (epoch ms), for the closing log line. */
  readonly started: number;
}

/** Executes the change set, streams the stack's events until it settles; throws unless it succeeded. */
async function executeChangeSet(ctx: OperationContext, run: Execution): Promise<ExistingStack> {
  const { logger } = ctx;
  const name = run.stackName;
  const events = new StackEventStream(ctx.cfn, run.stackId, logger);
  await events.prime();
  logger.info(`Executing change set ${run.changeSetName}`);
  try {
    await ctx.cfn.send(
      new ExecuteChangeSetCommand({
        ChangeSetName: run.changeSetId,
        ClientRequestToken: run.token,
        ...(run.type === 'CREATE' && run.disableRollback ? { DisableRollback: true } : {}),
      }),
    );
  } catch (error) {
    throw new StackCanaryError(
      'CHANGE_SET_FAILED',
      `Could not execute change set ${run.changeSetName} on stack ${name}: ${errorMessage(error)}`,
      { cause: error },
    );
  }
  const verb = run.type === 'CREATE' ? 'create' : 'update';
  const final = await waitForStack(ctx, run.stackId, `stack ${name} to finish its ${verb}`, { events });
  if (!final.exists || !isSuccess(final.status)) {
    const status = final.exists ? final.status : 'DELETE_COMPLETE';
    throw new StackCanaryError(
      'STACK_FAILED',
      rootCauseSummary(name, status, final.exists ? final.statusReason : undefined, events.failures()),
    );
  }
  if (run.type === 'CREATE' && run.terminationProtection) {
    await ctx.cfn.send(
      new UpdateTerminationProtectionCommand({ StackName: final.stackId, EnableTerminationProtection: true }),
    );
    logger.info(`Termination protection enabled on stack ${name}`);
  }
  logger.info(
    `Stack ${name}: ${final.status} in ${formatDuration(Math.round((ctx.clock.now() - run.started) / 1000) * 1000)}`,
  );
  return final;
}

/** mode: execute-only: the change set a create-only run left for review, and how to end it. */
export interface ReviewedChangeSet {
  readonly stackName: string;
  /** Its ARN, or its name on the stack. */
  readonly changeSetId: string;
  readonly disableRollback: boolean;
  readonly timeoutMs: number;
}

/**
 * mode: execute-only: executes a change set made and reviewed earlier, as it is (its template,
 * parameters and tags were fixed when it was made). It must belong to the stack and be AVAILABLE;
 * an empty one changes nothing.
 */
export async function executeReviewedChangeSet(
  clients: StackClients,
  request: ReviewedChangeSet,
  deps: StackDeps,
): Promise<DeployResult> {
  const name = request.stackName;
  const ctx = operationContext(clients.cloudFormation, deps, request.timeoutMs);
  const started = deps.clock.now();
  const id = request.changeSetId;
  let outcome: Awaited<ReturnType<typeof waitForChangeSet>>;
  try {
    outcome = await waitForChangeSet(ctx, id, id.startsWith('arn:') ? undefined : name);
  } catch (error) {
    throw new StackCanaryError(
      'CHANGE_SET_FAILED',
      `Could not read change set ${id} of stack ${name} (execute-change-set-id): ${errorMessage(error)}`,
      { cause: error },
    );
  }
  const changeSet = outcome.description;
  if (changeSet.stackName !== name) {
    throw new StackCanaryError(
      'CHANGE_SET_FAILED',
      `Change set ${id} (execute-change-set-id) belongs to stack ${changeSet.stackName}, not to stack ${name}.`,
    );
  }
  const current = await describeStack(ctx.cfn, name);
  const existing = current.exists ? current : undefined;
  if (outcome.kind === 'empty') {
    deps.logger.info(
      `No changes: change set ${changeSet.name} of stack ${name} is empty (${outcome.reason}).`,
    );
    return { ...result(name, 'unchanged', existing, []), changeSet };
  }
  if (outcome.kind === 'failed') {
    throw new StackCanaryError(
      'CHANGE_SET_FAILED',
      `Change set ${changeSet.name} of stack ${name} cannot be executed: ${outcome.reason}`,
    );
  }
  deps.logger.info(`Changes to stack ${name}:\n${renderChangeTable(outcome.changes)}`);
  const type = existing?.status === 'REVIEW_IN_PROGRESS' ? 'CREATE' : 'UPDATE';
  const final = await executeChangeSet(ctx, {
    stackName: name,
    stackId: existing?.stackId ?? name,
    changeSetId: changeSet.id,
    changeSetName: changeSet.name,
    type,
    token: `stack-canary-${deps.clock.now().toString(36)}-${randomUUID().slice(0, 8)}`,
    disableRollback: request.disableRollback,
    terminationProtection: false,
    started,
  });
  return { ...result(name, type === 'CREATE' ? 'created' : 'updated', final, outcome.changes), changeSet };
}

/** CloudFormation refused an identical update outright: no change set was made, and none has changes. */
function refusedChangeSet(stackName: string, name: string): ChangeSetDescription {
  const none = { status: undefined, executionStatus: undefined, creationTime: undefined };
  return { stackName, id: '', name, ...none, changes: [] };
}

function result(
  stackName: string,
  outcome: DeployResult['outcome'],
  stack: ExistingStack | undefined,
  changes: readonly ChangeRow[],
): DeployResult {
  return { stackName, stackId: stack?.stackId ?? '', outcome, outputs: stack?.outputs ?? {}, changes };
}

/**
 * A dry run on a stack that must be repaired first (a real run would delete or roll it back before
 * any change set could be made): say so, and list what the template would create.
 */
function blockedDryRun(
  ctx: OperationContext,
  prep: Extract<Preparation, { kind: 'blocked' }>,
  template: CfnObject,
): DeployResult {
  const name = prep.stack.stackName;
  ctx.logger.warning(
    `Dry run: stack ${name} is ${prep.stack.status}, so no change set can be made for it; a real run would ${prep.wouldDo}.`,
  );
  const changes: ChangeRow[] =
    prep.stack.status === 'ROLLBACK_COMPLETE'
      ? Object.entries(section(template, 'Resources')).map(([logicalId, resource]) => ({
          action: 'Add',
          logicalId,
          resourceType: String((resource as { Type?: unknown } | null)?.Type ?? ''),
          replacement: '',
        }))
      : [];
  if (changes.length) ctx.logger.info(`Resources the template would create:\n${renderChangeTable(changes)}`);
  return result(name, 'dry-run', prep.stack, changes);
}

/** The REVIEW_IN_PROGRESS stack a CREATE change set made, deleted when the change set is not executed. */
async function deleteReviewStack(ctx: OperationContext, stackId: string): Promise<void> {
  try {
    const state = await describeStack(ctx.cfn, stackId);
    if (state.exists && state.status === 'REVIEW_IN_PROGRESS') {
      await ctx.cfn.send(new DeleteStackCommand({ StackName: stackId }));
    }
  } catch (error) {
    ctx.logger.warning(
      `Could not delete the empty stack ${stackId} the change set made: ${errorMessage(error)}`,
    );
  }
}

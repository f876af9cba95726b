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
import { readTemplate } from './template-source.js';
import type { ChangeRow, DeployRequest, DeployResult, StackClients, StackDeps } from './types.js';
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
  const template = parseTemplate(body, source.kind === 'inline' ? `Template ${source.name}` : undefined);
  checkRequestAgainstTemplate(analyzeParsed(template), request.parameters, request.capabilities);
  const triggers = splitRollbackTriggers(request.rollbackTriggerAlarmArns);
  if (triggers.dropped.length) {
    logger.warning(
      `CloudFormation takes at most 5 rollback triggers: ${triggers.dropped.length} alarm(s) not passed to stack ${name} ` +
        `(${triggers.dropped.join(', ')}). The canary still watches them.`,
    );
  }
  const location = await templateLocation(
    { stackName: name, body, source: request.template, s3Bucket: request.s3Bucket },
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

  const changeSetName = `stack-canary-${deps.clock.now().toString(36)}-${randomUUID().slice(0, 8)}`;
  logger.info(`Creating ${type} change set ${changeSetName} for stack ${name}`);
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
    }),
  );
  const current = prep.stack;
  if ('empty' in created) {
    logger.info(
      `No changes: stack ${name} already matches this template and these parameters (${created.empty}).`,
    );
    return result(name, request.dryRun ? 'dry-run' : 'unchanged', current, []);
  }
  // A CREATE change set makes a REVIEW_IN_PROGRESS stack; when we made it, we clean it up too.
  const discard = async (): Promise<void> => {
    await deleteChangeSet(ctx, created.changeSetId);
    if (prep.kind === 'create' && !prep.existed) await deleteReviewStack(ctx, created.stackId);
  };

  const outcome = await waitForChangeSet(ctx, created.changeSetId);
  if (outcome.kind === 'failed') {
    await discard();
    throw new StackCanaryError('CHANGE_SET_FAILED', `Change set for stack ${name} failed: ${outcome.reason}`);
  }
  if (outcome.kind === 'empty') {
    await discard();
    logger.info(
      `No changes: stack ${name} already matches this template and these parameters, nothing to deploy (empty change set deleted).`,
    );
    return result(name, request.dryRun ? 'dry-run' : 'unchanged', current, []);
  }
  logger.info(`Changes to stack ${name}:\n${renderChangeTable(outcome.changes)}`);
  if (request.dryRun) {
    await discard();
    logger.info(`Dry run: change set deleted, stack ${name} left untouched.`);
    return result(name, 'dry-run', current, outcome.changes);
  }

  const events = new StackEventStream(ctx.cfn, created.stackId, logger);
  await events.prime();
  logger.info(`Executing change set ${changeSetName}`);
  try {
    await ctx.cfn.send(
      new ExecuteChangeSetCommand({ ChangeSetName: created.changeSetId, ClientRequestToken: changeSetName }),
    );
  } catch (error) {
    throw new StackCanaryError(
      'CHANGE_SET_FAILED',
      `Could not execute change set ${changeSetName} on stack ${name}: ${errorMessage(error)}`,
      { cause: error },
    );
  }
  const verb = type === 'CREATE' ? 'create' : 'update';
  const final = await waitForStack(ctx, created.stackId, `stack ${name} to finish its ${verb}`, { events });
  if (!final.exists || !isSuccess(final.status)) {
    const status = final.exists ? final.status : 'DELETE_COMPLETE';
    throw new StackCanaryError(
      'STACK_FAILED',
      rootCauseSummary(name, status, final.exists ? final.statusReason : undefined, events.failures()),
    );
  }
  if (type === 'CREATE' && request.terminationProtection) {
    await ctx.cfn.send(
      new UpdateTerminationProtectionCommand({ StackName: final.stackId, EnableTerminationProtection: true }),
    );
    logger.info(`Termination protection enabled on stack ${name}`);
  }
  logger.info(
    `Stack ${name}: ${final.status} in ${formatDuration(Math.round((deps.clock.now() - started) / 1000) * 1000)}`,
  );
  return result(name, type === 'CREATE' ? 'created' : 'updated', final, outcome.changes);
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

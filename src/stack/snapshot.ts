/**
 * What a stack rollback returns to: the deployed template (as written, before transforms) and its
 * parameter values, recorded before we change anything; and the way back to it.
 */
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import {
  DeleteStackCommand,
  GetTemplateCommand,
  UpdateTerminationProtectionCommand,
} from '@aws-sdk/client-cloudformation';
import { DEFAULT_STACK_TIMEOUT_MS } from '../constants.js';
import { StackCanaryError, errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Clock } from '../util/clock.js';
import { realClock } from '../util/clock.js';
import { isSamTemplate, noEchoParameterNames } from './analyze.js';
import { deployStack } from './deploy.js';
import { StackEventStream, rootCauseSummary } from './events.js';
import type { ExistingStack } from './describe.js';
import { describeStack, isBusy } from './describe.js';
import { parseTemplate } from './template-parse.js';
import type { RestoreOptions, RestoreResult, StackClients, StackDeps, StackSnapshot } from './types.js';
import { operationContext, waitForStack } from './wait-stack.js';

/** How DescribeStacks shows a NoEcho parameter's value. */
const HIDDEN = '****';

const silent: Logger = { debug() {}, info() {}, warning() {}, error() {}, group: (_t, body) => body() };

/**
 * The stack as it is now. A stack that does not exist, or has no usable template (REVIEW_IN_PROGRESS:
 * only a change set; ROLLBACK_COMPLETE: a failed first create, which a deploy deletes), is
 * `exists: false`: returning to it means deleting the stack. A stack busy with another operation is
 * waited for first (bounded), so the snapshot is of a settled stack.
 */
export async function snapshotStack(
  cfn: CloudFormationClient,
  stackName: string,
  options: { readonly clock?: Clock; readonly logger?: Logger; readonly timeoutMs?: number } = {},
): Promise<StackSnapshot> {
  const clock = options.clock ?? realClock;
  const logger = options.logger ?? silent;
  const takenAt = new Date(clock.now()).toISOString();
  let state = await describeStack(cfn, stackName);
  if (state.exists && isBusy(state.status)) {
    logger.info(
      `Stack ${stackName} is ${state.status}: waiting for it to settle before taking its snapshot.`,
    );
    const ctx = operationContext(cfn, { clock, logger }, options.timeoutMs ?? DEFAULT_STACK_TIMEOUT_MS);
    state = await waitForStack(ctx, state.stackId, `stack ${stackName} to finish ${state.status}`, {
      settled: (s) => !isBusy(s),
    });
  }
  const absent = {
    stackName,
    exists: false,
    templateBody: undefined,
    parameters: [],
    capabilities: [],
    takenAt,
  };
  if (!state.exists) return { ...absent, stackId: undefined };
  if (state.status === 'REVIEW_IN_PROGRESS' || state.status === 'ROLLBACK_COMPLETE') {
    return { ...absent, stackId: state.stackId };
  }
  const answer = await cfn.send(
    new GetTemplateCommand({ StackName: state.stackId, TemplateStage: 'Original' }),
  );
  const templateBody = answer.TemplateBody ?? '';
  const hidden = hiddenParameters(templateBody, state);
  return {
    stackName,
    exists: true,
    stackId: state.stackId,
    templateBody,
    parameters: state.parameters.map((p) => (hidden.has(p.key) ? { ...p, noEcho: true } : p)),
    capabilities: state.capabilities,
    tags: state.tags,
    takenAt,
  };
}

function hiddenParameters(templateBody: string, state: ExistingStack): Set<string> {
  try {
    return new Set(noEchoParameterNames(templateBody));
  } catch {
    return new Set(state.parameters.filter((p) => p.value === HIDDEN).map((p) => p.key));
  }
}

/**
 * Returns the stack to the snapshot: an update with the old template and parameters (a no-change
 * update is a success: CloudFormation's own rollback may have got there first), or, when the stack
 * did not exist before, its deletion.
 */
export async function restoreStack(
  clients: StackClients,
  snapshot: StackSnapshot,
  deps: StackDeps,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_STACK_TIMEOUT_MS;
  if (!snapshot.exists)
    return deleteCreatedStack(clients.cloudFormation, snapshot.stackName, deps, timeoutMs);
  const body = snapshot.templateBody ?? '';
  const hidden = snapshot.parameters.filter((p) => p.noEcho).map((p) => p.key);
  if (hidden.length) {
    deps.logger.warning(
      `NoEcho parameter(s) ${hidden.join(', ')} of stack ${snapshot.stackName} cannot be read back: they keep their current values.`,
    );
  }
  const capabilities = new Set([...snapshot.capabilities, ...(options.capabilities ?? [])]);
  if (isSamTemplate(parseTemplate(body, `The snapshot template of stack ${snapshot.stackName}`)))
    capabilities.add('CAPABILITY_AUTO_EXPAND');
  deps.logger.info(`Returning stack ${snapshot.stackName} to its snapshot of ${snapshot.takenAt}`);
  const deployed = await deployStack(
    clients,
    {
      stackName: snapshot.stackName,
      template: { kind: 'inline', name: `${snapshot.stackName} snapshot`, body },
      templateBody: body,
      parameters: snapshot.parameters.map((p) =>
        p.noEcho ? { key: p.key, usePreviousValue: true as const } : { key: p.key, value: p.value },
      ),
      capabilities: [...capabilities],
      tags: snapshot.tags ?? [],
      roleArn: undefined,
      s3Bucket: options.s3Bucket,
      s3Prefix: options.s3Prefix,
      notificationArns: [],
      // The alarms that fired are why we are here: as triggers they would undo the restore.
      rollbackTriggerAlarmArns: [],
      terminationProtection: false,
      dryRun: false,
      timeoutMs,
    },
    deps,
  );
  return { outcome: deployed.outcome === 'unchanged' ? 'unchanged' : 'restored', stackId: deployed.stackId };
}

/** Undoes a first create: deletes the stack (lifting the termination protection the deploy set). */
async function deleteCreatedStack(
  cfn: CloudFormationClient,
  stackName: string,
  deps: StackDeps,
  timeoutMs: number,
): Promise<RestoreResult> {
  const ctx = operationContext(cfn, deps, timeoutMs);
  let state = await describeStack(cfn, stackName);
  if (state.exists && isBusy(state.status)) {
    state = await waitForStack(ctx, state.stackId, `stack ${stackName} to finish ${state.status}`, {
      settled: (s) => !isBusy(s),
    });
  }
  if (!state.exists) {
    deps.logger.info(
      `Stack ${stackName} did not exist before this run and does not exist now: nothing to undo.`,
    );
    return { outcome: 'absent', stackId: undefined };
  }
  deps.logger.warning(`Stack ${stackName} did not exist before this run: deleting it.`);
  if (state.terminationProtection) {
    await cfn.send(
      new UpdateTerminationProtectionCommand({
        StackName: state.stackId,
        EnableTerminationProtection: false,
      }),
    );
    deps.logger.info(`Termination protection lifted on stack ${stackName} to delete it.`);
  }
  const events = new StackEventStream(cfn, state.stackId, deps.logger);
  await events.prime();
  try {
    await cfn.send(new DeleteStackCommand({ StackName: state.stackId }));
  } catch (error) {
    throw new StackCanaryError(
      'STACK_FAILED',
      `Could not delete stack ${stackName}: ${errorMessage(error)}`,
      {
        cause: error,
      },
    );
  }
  const final = await waitForStack(ctx, state.stackId, `stack ${stackName} to be deleted`, { events });
  if (final.exists) {
    throw new StackCanaryError(
      'STACK_FAILED',
      rootCauseSummary(stackName, final.status, final.statusReason, events.failures()),
    );
  }
  return { outcome: 'deleted', stackId: state.stackId };
}

const SNAPSHOT_VERSION = 1;

export function serializeSnapshot(snapshot: StackSnapshot): string {
  return JSON.stringify({ version: SNAPSHOT_VERSION, ...snapshot });
}

export function deserializeSnapshot(text: string): StackSnapshot {
  const fail = (why: string): never => {
    throw new StackCanaryError(
      'INTERNAL',
      `The saved stack snapshot cannot be read (${why}); the stack cannot be restored from it.`,
    );
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(errorMessage(error));
  }
  if (!value || typeof value !== 'object') return fail('not an object');
  const v = value as Record<string, unknown>;
  if (v['version'] !== SNAPSHOT_VERSION)
    return fail(`version ${String(v['version'])}, expected ${SNAPSHOT_VERSION}`);
  const str = (key: string, optional = false): string | undefined => {
    const x = v[key];
    if (typeof x === 'string') return x;
    if (optional && (x === undefined || x === null)) return undefined;
    return fail(`${key} is not a string`);
  };
  const pairs = (key: string, first: string, second: string): Record<string, unknown>[] => {
    const x = v[key] ?? [];
    if (!Array.isArray(x)) return fail(`${key} is not a list`);
    for (const item of x) {
      const it = item as Record<string, unknown> | null;
      if (!it || typeof it[first] !== 'string' || typeof it[second] !== 'string')
        return fail(`${key} has a bad entry`);
    }
    return x as Record<string, unknown>[];
  };
  if (typeof v['exists'] !== 'boolean') return fail('exists is not a boolean');
  const capabilities = v['capabilities'];
  if (!Array.isArray(capabilities) || !capabilities.every((c) => typeof c === 'string')) {
    return fail('capabilities is not a list of strings');
  }
  const exists = v['exists'];
  const templateBody = str('templateBody', !exists);
  const tags = pairs('tags', 'key', 'value').map((t) => ({
    key: String(t['key']),
    value: String(t['value']),
  }));
  return {
    stackName: str('stackName') ?? '',
    exists,
    stackId: str('stackId', true),
    templateBody,
    parameters: pairs('parameters', 'key', 'value').map((p) => ({
      key: String(p['key']),
      value: String(p['value']),
      ...(p['noEcho'] === true ? { noEcho: true } : {}),
    })),
    capabilities: capabilities as string[],
    tags,
    takenAt: str('takenAt') ?? '',
  };
}

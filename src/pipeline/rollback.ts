/**
 * Rolling a run back: every alias it changed first (all functions at once), then the app stack
 * with rollback: stack, then a notice on the monitoring topic. After a verdict, rollback: none
 * only reports; after an error, aliases are restored in every mode: the new versions were never
 * judged.
 */
import type { Config } from '../config/types.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { TrafficOps } from '../traffic/index.js';
import { describeTarget } from '../traffic/routing.js';
import type { AwsClients } from '../aws/clients.js';
import type { Fleet } from './fleet.js';
import type { RunRecorder } from './record.js';
import { restoreRecord } from './record.js';
import type { RunStacks } from './stacks.js';

export interface RollbackDeps {
  readonly config: Config;
  readonly fleet: Fleet;
  readonly stacks: RunStacks;
  readonly recorder: RunRecorder;
  readonly logger: Logger;
  readonly traffic: TrafficOps;
  readonly sns: AwsClients['sns'];
}

export interface RollbackOutcome {
  /** Every alias and (with rollback: stack) the stack are back. */
  readonly rolledBack: boolean;
  /** No alias restore failed: the journal may be closed. */
  readonly complete: boolean;
}

export async function rollBack(
  deps: RollbackDeps,
  trigger: 'verdict' | 'error',
  reason: string,
): Promise<RollbackOutcome> {
  const { config, fleet, stacks, recorder, logger } = deps;
  if (config.rollback === 'none' && trigger === 'verdict') {
    for (const run of fleet.active()) {
      logger.warning(
        `rollback: none: ${run.functionName}: alias ${config.alias} stays on ${describeTarget(run.alias?.target)}.`,
      );
    }
    await fleet.release();
    recorder.rollback = { mode: config.rollback, trigger, aliases: [], stack: 'not requested' };
    await notify(deps, `${reason} (rollback: none, nothing was rolled back)`);
    return { rolledBack: false, complete: true };
  }
  // No group (and no claim of a rollback) when the run changed no alias.
  const aliases = fleet.hasChanges() ? await logger.group('Roll back aliases', () => fleet.restore()) : [];
  for (const a of aliases) {
    if (a.action === 'failed') logger.error(a.message);
    else if (a.action === 'left-alone') logger.warning(a.message);
    else logger.info(a.message);
  }
  let stack: string;
  try {
    stack = await stacks.restoreApp();
  } catch (error) {
    stack = `failed: ${errorMessage(error)}`;
    logger.error(`Stack rollback failed: ${errorMessage(error)}`);
  }
  recorder.rollback = { mode: config.rollback, trigger, aliases: aliases.map(restoreRecord), stack };
  const moved =
    aliases.some((a) => a.action === 'restored' || a.action === 'deleted') || stack === 'restored';
  if (trigger === 'verdict' || moved) await notify(deps, reason);
  const complete = aliases.every((a) => a.action !== 'failed');
  return { rolledBack: complete && !stack.startsWith('failed'), complete };
}

/** Tells the monitoring topic what happened; a failure to notify is a warning, never a new error. */
async function notify(deps: RollbackDeps, reason: string): Promise<void> {
  const { config, stacks, recorder, logger } = deps;
  const topicArn = stacks.topicArn();
  if (!topicArn) return;
  const subject = `stack-canary: ${config.stackName ?? config.alias} rolled back`;
  const lines = [
    `stack-canary ${config.stackName ? `stack ${config.stackName}` : ''} alias ${config.alias}`,
    `Reason: ${reason}`,
    `Rollback mode: ${config.rollback}`,
    ...(recorder.rollback?.aliases ?? []).map((a) => a.message),
    `Stack: ${recorder.rollback?.stack ?? 'not requested'}`,
  ];
  try {
    await deps.traffic.notifyTopic(deps.sns, topicArn, subject, lines.join('\n'));
  } catch (error) {
    logger.warning(`Could not notify ${topicArn}: ${errorMessage(error)}`);
  }
}

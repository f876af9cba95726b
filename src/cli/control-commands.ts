/**
 * The CLI's control of detached canaries (wait: false):
 *
 *   stack-canary promote|rollback|pause|resume --stack-name X [--function F] [--reason "..."] [--region R]
 *
 * Each writes a request onto the plans in flight (all of the stack's, or those of function F) with
 * a conditional write at the revision read, recording the reason and the caller's identity (STS);
 * the guard carries it out at its next tick (control.ts). A plan that has ended or does not exist,
 * or a request the plan cannot take (pause twice, resume what is not paused), is refused in one
 * line, before anything is written.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { STSClient } from '@aws-sdk/client-sts';
import { callerArn } from '../aws/caller.js';
import { createStsClient } from '../aws/detached-clients.js';
import { getPlan, PlanConflictError, scanPlans, updatePlan } from '../aws/plan-table.js';
import { refusalOf, withRequest } from '../detached/control.js';
import type { ControlCommand, DetachedPlan, PlanRequest } from '../detached/plan.js';
import { planKey } from '../detached/plan.js';
import { ConfigError, errorMessage, StackCanaryError } from '../errors.js';
import { realClock } from '../util/clock.js';
import type { CommandOptions, PlanClients } from './plan-access.js';
import { openPlanClients, parseCommandFlags, planTableOf } from './plan-access.js';

/** Longest --reason kept on the plan (an item holds at most 400 KB, and a reason is one line). */
export const MAX_REASON_LENGTH = 500;
/** Conditional writes tried per plan while the guard keeps moving it. */
const WRITE_ATTEMPTS = 3;

interface ControlFlags {
  readonly stackName: string;
  readonly functionName: string | undefined;
  readonly reason: string;
  readonly region: string | undefined;
}

export type ControlCommandOptions = CommandOptions<PlanClients & { readonly sts: STSClient }>;

export function parseControlFlags(command: ControlCommand, argv: readonly string[]): ControlFlags {
  const flags = parseCommandFlags(command, argv, {
    values: ['--stack-name', '--function', '--reason', '--region'],
    switches: [],
  });
  const reason = flags.values.get('--reason') ?? '';
  if (reason.length > MAX_REASON_LENGTH || /[\r\n]/.test(reason)) {
    throw new ConfigError(
      'reason',
      `Flag --reason is ${reason.length} characters${/[\r\n]/.test(reason) ? ' over several lines' : ''}. Accepted: one line of at most ${MAX_REASON_LENGTH} characters.`,
    );
  }
  return {
    stackName: flags.stackName,
    functionName: flags.values.get('--function'),
    reason,
    region: flags.values.get('--region'),
  };
}

/** `stack-canary promote|rollback|pause|resume ...`: its exit code (0 written, 2 refused or failed). */
export async function runControlCommand(
  command: ControlCommand,
  argv: readonly string[],
  options: ControlCommandOptions = {},
): Promise<number> {
  const log = options.log ?? ((text: string) => console.error(text));
  const print = options.print ?? ((text: string) => console.log(text));
  let owned: (() => void) | undefined;
  try {
    const flags = parseControlFlags(command, argv);
    let clients = options.clients;
    if (!clients) {
      const opened = await openPlanClients(flags.region);
      const sts = await createStsClient({ region: flags.region });
      owned = () => {
        opened.close();
        sts.destroy();
      };
      clients = { ...opened.clients, sts };
    }
    const tableName = await planTableOf(clients.cloudFormation, flags.stackName);
    const targets = chosenPlans(await scanPlans(clients.dynamo, tableName), command, flags);
    const by = await callerArn(clients.sts);
    const request: PlanRequest = {
      command,
      at: (options.clock ?? realClock).now(),
      by,
      reason: flags.reason,
    };
    for (const plan of targets) {
      await writeRequest(clients.dynamo, tableName, plan, request);
      print(
        `${planKey(plan.functionName, plan.alias)}: ${command} requested by ${by}${flags.reason ? ` (${flags.reason})` : ''}; the guard carries it out at its next tick, within a minute.`,
      );
    }
    return 0;
  } catch (error) {
    log(`stack-canary ${command}: ${errorMessage(error)}`);
    return 2;
  } finally {
    owned?.();
  }
}

/** The plans the command is for: every one in flight, or --function's; refused when one cannot take it. */
export function chosenPlans(
  plans: readonly DetachedPlan[],
  command: ControlCommand,
  flags: Pick<ControlFlags, 'stackName' | 'functionName'>,
): DetachedPlan[] {
  const name = flags.functionName;
  const ofFunction =
    name === undefined
      ? plans.filter((p) => p.status === 'in-flight')
      : plans.filter((p) => p.functionName === name || planKey(p.functionName, p.alias) === name);
  if (ofFunction.length === 0) {
    const known = [...new Set(plans.map((p) => p.functionName))].sort().join(', ') || 'none';
    if (name === undefined) {
      throw new StackCanaryError(
        'CONFLICT',
        `no detached canary of ${flags.stackName} is in flight: there is nothing to ${command}.`,
      );
    }
    throw new ConfigError(
      'function',
      `Flag --function is "${name}", which no detached canary of ${flags.stackName} deploys. Accepted: a function of its plans (${known}).`,
    );
  }
  // The table keeps one plan per function and alias: the newest, in flight or ended.
  for (const plan of ofFunction) {
    const refusal = refusalOf(plan, command);
    if (refusal) throw new StackCanaryError('CONFLICT', refusal);
  }
  return ofFunction;
}

/** The request written at the revision read; read again and retried when the guard wrote first. */
async function writeRequest(
  dynamo: DynamoDBClient,
  tableName: string,
  read: DetachedPlan,
  request: PlanRequest,
): Promise<void> {
  const key = planKey(read.functionName, read.alias);
  let plan = read;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await updatePlan(dynamo, tableName, plan.revision, withRequest(plan, request));
      return;
    } catch (error) {
      if (!(error instanceof PlanConflictError) || attempt >= WRITE_ATTEMPTS) throw error;
    }
    const again = await getPlan(dynamo, tableName, key);
    if (!again)
      throw new StackCanaryError(
        'CONFLICT',
        `the plan of ${key} is gone: there is nothing to ${request.command}.`,
      );
    const refusal = refusalOf(again, request.command);
    if (refusal) throw new StackCanaryError('CONFLICT', refusal);
    plan = again;
  }
}

/** The guard's one alias change: back to a version, routing cleared, only if nobody changed it since it was read. */
import { updateAlias } from '../traffic/alias.js';
import { describeTarget, soleTarget } from '../traffic/routing.js';
import type { AliasState } from '../traffic/types.js';
import type { GuardClients } from '../aws/guard-clients.js';
import type { DutyResult } from './entry.js';
import { describeError } from './entry.js';

export async function moveAlias(
  clients: Pick<GuardClients, 'lambda'>,
  alias: AliasState,
  to: string,
  why: string,
): Promise<DutyResult> {
  const from = describeTarget(alias.target);
  try {
    await updateAlias(clients.lambda, alias, soleTarget(to));
    return {
      acted: true,
      line: `rolled back ${alias.functionName}:${alias.alias} from ${from} to v${to}, ${why}`,
    };
  } catch (error) {
    return { acted: false, line: `rollback to v${to} failed: ${describeError(error)}` };
  }
}

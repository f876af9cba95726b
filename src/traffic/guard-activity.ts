/**
 * What the monitoring stack's guard did to a function since its last promotion, read back from the
 * tags it writes (a rollback and its reason, the time of its last action) against the promotion
 * tags the action writes. Shown in the job so users see the guard at work; reading is
 * informational, so a failed read is a debug line and nothing more.
 */
import type { LambdaClient } from '@aws-sdk/client-lambda';
import { GetFunctionConfigurationCommand, ListTagsCommand } from '@aws-sdk/client-lambda';
import { guardCooldownTagKey, lastPassedTagKey } from '../constants.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { guardRolledBackTagKey, promotedAtTagKey } from './tags.js';
import { unqualifiedArn } from './versions.js';

export interface GuardRollback {
  /** The version the guard took the alias off. */
  readonly version: string;
  /** ISO time of the rollback. */
  readonly at: string;
  readonly reason: string;
}

export interface GuardActivity {
  readonly functionName: string;
  readonly alias: string;
  /** ISO time of the last promotion the action recorded; undefined: none recorded. */
  readonly promotedAt: string | undefined;
  /** The version the last-passed tag names now (after a guard rollback, the one it went back to). */
  readonly lastPassed: string | undefined;
  /** A rollback by the guard after that promotion. */
  readonly rolledBack: GuardRollback | undefined;
  /** ISO time of the guard's last action (a notice, a scale-out or a rollback) after that promotion. */
  readonly lastActionAt: string | undefined;
}

type Tags = Readonly<Record<string, string | undefined>>;

/** A full ISO-8601 UTC time as the guard writes it; anything else is no time at all. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const ROLLED_BACK = /^v(\d{1,10}) at (\S+): (.*)$/s;
const VERSION = /^\d{1,10}$/;

function timeOf(text: string | undefined): number | undefined {
  if (text === undefined || !ISO_TIME.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : undefined;
}

const iso = (ms: number): string => new Date(ms).toISOString();

function rollbackOf(text: string | undefined): { version: string; atMs: number; reason: string } | undefined {
  const match = ROLLED_BACK.exec(text ?? '');
  const atMs = timeOf(match?.[2]);
  if (!match || atMs === undefined) return undefined;
  // One line: the reason ends a log line and fills a summary line.
  const reason = (match[3] as string).replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();
  return { version: match[1] as string, atMs, reason };
}

/**
 * The guard's activity on `alias` from the function's tags: undefined when it did nothing since
 * the last promotion (or nothing readable). A tag whose time does not parse counts as absent.
 */
export function parseGuardActivity(
  functionName: string,
  alias: string,
  tags: Tags,
): GuardActivity | undefined {
  const promotedAtMs = timeOf(tags[promotedAtTagKey(alias)]);
  const after = (ms: number | undefined): ms is number =>
    ms !== undefined && (promotedAtMs === undefined || ms > promotedAtMs);
  const rollback = rollbackOf(tags[guardRolledBackTagKey(alias)]);
  const lastActionMs = timeOf(tags[guardCooldownTagKey(alias)]);
  const rolledBack = rollback && after(rollback.atMs) ? rollback : undefined;
  const acted = after(lastActionMs) ? lastActionMs : undefined;
  if (!rolledBack && acted === undefined) return undefined;
  const lastPassed = tags[lastPassedTagKey(alias)];
  return {
    functionName,
    alias,
    promotedAt: promotedAtMs === undefined ? undefined : iso(promotedAtMs),
    lastPassed: lastPassed !== undefined && VERSION.test(lastPassed) ? lastPassed : undefined,
    rolledBack: rolledBack && {
      version: rolledBack.version,
      at: iso(rolledBack.atMs),
      reason: rolledBack.reason,
    },
    lastActionAt: acted === undefined ? undefined : iso(acted),
  };
}

/** Tags live on the function: its unqualified ARN, asked of Lambda when only a name is known. */
async function functionArnOf(lambda: LambdaClient, functionName: string): Promise<string> {
  if (functionName.startsWith('arn:')) return unqualifiedArn(functionName);
  const config = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: functionName }));
  if (!config.FunctionArn) throw new Error('Lambda returned no function ARN');
  return unqualifiedArn(config.FunctionArn);
}

/**
 * One function's guard activity; a failed read is logged at debug and gives undefined. `knownArn`
 * (the alias's ARN, read with the alias) spares asking Lambda for the function's ARN.
 */
export async function readGuardActivity(
  lambda: LambdaClient,
  functionName: string,
  alias: string,
  logger: Logger,
  knownArn?: string,
): Promise<GuardActivity | undefined> {
  try {
    const Resource = knownArn ? unqualifiedArn(knownArn) : await functionArnOf(lambda, functionName);
    const answer = await lambda.send(new ListTagsCommand({ Resource }));
    return parseGuardActivity(functionName, alias, answer.Tags ?? {});
  } catch (error) {
    logger.debug(`${functionName}: the guard's tags were not read (${errorMessage(error)}).`);
    return undefined;
  }
}

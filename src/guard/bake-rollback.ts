/**
 * The bake window's decision for an alias on the last version that passed: within the window and
 * worse than the version it replaced, the alias goes back to that one; otherwise a line saying why not.
 */
import { sdk } from '../aws/sdk.js';
import { lastPassedTagKey } from '../constants.js';
import type { Logger } from '../logger.js';
import { guardRolledBackTagKey, previousTagKey, promotedAtTagKey, tagValue } from '../traffic/tags.js';
import type { AliasState } from '../traffic/types.js';
import type { GuardClients } from '../aws/guard-clients.js';
import { formatDuration } from '../util/wait.js';
import { moveAlias } from './alias-move.js';
import { checkBake } from './bake.js';
import type { DutyResult } from './entry.js';
import { describeError } from './entry.js';
import type { GuardSettings } from './settings.js';
import { MINUTE_MS } from '../util/time.js';

export interface BakeDeps {
  readonly settings: GuardSettings;
  readonly clients: GuardClients;
  readonly nowMs: number;
  readonly logger: Logger;
}

const VERSION = /^\d+$/;

/** `passed`: the version the alias is on, which the last-passed tag names. */
export async function bakeDecision(
  deps: BakeDeps,
  alias: AliasState,
  passed: string,
  tags: Readonly<Record<string, string>>,
  functionArn: string,
): Promise<DutyResult> {
  const { settings, nowMs } = deps;
  const previous = tags[previousTagKey(settings.alias)];
  const promotedAtMs = Date.parse(tags[promotedAtTagKey(settings.alias)] ?? '');
  if (!previous || !VERSION.test(previous) || previous === passed || !Number.isFinite(promotedAtMs)) {
    return { acted: false, line: `alias already on v${passed}, the last version that passed a canary` };
  }
  const since = formatDuration(Math.max(0, Math.round((nowMs - promotedAtMs) / MINUTE_MS)) * MINUTE_MS);
  const bakeMs = settings.bakeMinutes * MINUTE_MS;
  if (nowMs - promotedAtMs > bakeMs) {
    return {
      acted: false,
      line: `v${passed} was promoted ${since} ago, after the bake window of ${formatDuration(bakeMs)}: no rollback`,
    };
  }
  const verdict = await checkBake(
    deps.clients.cloudWatch,
    { functionName: alias.functionName, alias: settings.alias, version: passed, previous, promotedAtMs },
    nowMs,
    deps.logger,
  );
  if (!verdict.worse) return { acted: false, line: `not rolled back: ${verdict.summary}` };
  const moved = await moveAlias(
    deps.clients,
    alias,
    previous,
    `the version before it (promoted ${since} ago, within the bake window)`,
  );
  if (!moved.acted) return { acted: false, line: `${verdict.summary}; ${moved.line}` };
  // The previous version is the last one that passed now: a later signal must not move the alias
  // back to the release just rolled back.
  const Tags = {
    [lastPassedTagKey(settings.alias)]: previous,
    [guardRolledBackTagKey(settings.alias)]: tagValue(
      `v${passed} at ${new Date(nowMs).toISOString()}: ${verdict.summary}`,
    ),
  };
  const { TagResourceCommand } = await sdk.lambda();
  const recorded = await deps.clients.lambda
    .send(new TagResourceCommand({ Resource: functionArn, Tags }))
    .then(
      () => '',
      (error: unknown) => `; the rollback was not recorded in tags: ${describeError(error)}`,
    );
  return { acted: true, line: `${moved.line}: ${verdict.summary}${recorded}` };
}

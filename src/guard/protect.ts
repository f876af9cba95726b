/**
 * One signal on one function (an alarm of it in ALARM, or its error count over the window):
 * cool-down check, then the alias decision, the Auto Scaling step, the cool-down stamp, and the
 * notice. The alias decision:
 * - off the last version that passed a canary (someone moved it, or a canary is mid-way):
 *   back to that version, as the seed's guard did;
 * - on it, promoted within the bake window: the new version against the one it replaced
 *   (bake.ts); when it is worse, back to the previous version, with the reason in a tag;
 * - otherwise (after the window, not at fault, nothing recorded): a notice only.
 */
import { ListTagsCommand, TagResourceCommand } from '@aws-sdk/client-lambda';
import type { GuardClients } from '../aws/guard-clients.js';
import { lastPassedTagKey, guardCooldownTagKey } from '../constants.js';
import type { Logger } from '../logger.js';
import { getAlias, updateAlias } from '../traffic/alias.js';
import { notifyTopic } from '../traffic/notify.js';
import { describeTarget, hasRouting, soleTarget } from '../traffic/routing.js';
import { guardRolledBackTagKey, previousTagKey, promotedAtTagKey, tagValue } from '../traffic/tags.js';
import type { AliasState } from '../traffic/types.js';
import { formatDuration } from '../util/wait.js';
import { checkBake } from './bake.js';
import type { DutyResult, GuardEntry } from './entry.js';
import { describeError } from './entry.js';
import { scaleOut } from './scale.js';
import type { GuardSettings } from './settings.js';

export interface ProtectDeps {
  readonly settings: GuardSettings;
  readonly clients: GuardClients;
  readonly nowMs: number;
  readonly logger: Logger;
}

/** `alarm kind` (errors, error-rate, memory, ...) or `schedule`. */
export type Signal = string;

const VERSION = /^\d+$/;

type Tags = Readonly<Record<string, string>>;

async function moveAlias(
  deps: ProtectDeps,
  alias: AliasState,
  to: string,
  why: string,
): Promise<DutyResult & { from: string }> {
  const from = describeTarget(alias.target);
  try {
    await updateAlias(deps.clients.lambda, alias, soleTarget(to));
    return {
      acted: true,
      from,
      line: `rolled back ${alias.functionName}:${alias.alias} from ${from} to v${to}, ${why}`,
    };
  } catch (error) {
    return { acted: false, from, line: `rollback to v${to} failed: ${describeError(error)}` };
  }
}

/** The alias decision and what was done. */
async function decide(
  deps: ProtectDeps,
  alias: AliasState,
  tags: Tags,
  functionArn: string,
): Promise<DutyResult> {
  const { settings, nowMs } = deps;
  const passed = tags[lastPassedTagKey(settings.alias)];
  const live = describeTarget(alias.target);
  if (!settings.rollback) return { acted: false, line: 'alias rollback is off' };
  if (!passed || !VERSION.test(passed)) {
    return {
      acted: false,
      line: `alias left on ${live}: no version in tag ${lastPassedTagKey(settings.alias)}`,
    };
  }
  if (alias.target.version !== passed || hasRouting(alias.target)) {
    return moveAlias(deps, alias, passed, 'the last version that passed a canary');
  }
  const previous = tags[previousTagKey(settings.alias)];
  const promotedAtMs = Date.parse(tags[promotedAtTagKey(settings.alias)] ?? '');
  if (!previous || !VERSION.test(previous) || previous === passed || !Number.isFinite(promotedAtMs)) {
    return { acted: false, line: `alias already on v${passed}, the last version that passed a canary` };
  }
  const since = formatDuration(Math.max(0, Math.round((nowMs - promotedAtMs) / 60_000)) * 60_000);
  if (nowMs - promotedAtMs > settings.bakeMs) {
    return {
      acted: false,
      line: `v${passed} was promoted ${since} ago, after the bake window of ${formatDuration(settings.bakeMs)}: no rollback`,
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
    deps,
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
  const recorded = await deps.clients.lambda
    .send(new TagResourceCommand({ Resource: functionArn, Tags }))
    .then(
      () => '',
      (error: unknown) => `; the rollback was not recorded in tags: ${describeError(error)}`,
    );
  return { acted: true, line: `${moved.line}: ${verdict.summary}${recorded}` };
}

async function stampCooldown(deps: ProtectDeps, functionArn: string): Promise<string | undefined> {
  const Tags = { [guardCooldownTagKey(deps.settings.alias)]: new Date(deps.nowMs).toISOString() };
  try {
    await deps.clients.lambda.send(new TagResourceCommand({ Resource: functionArn, Tags }));
    return undefined;
  } catch (error) {
    return `cool-down not recorded: ${describeError(error)}`;
  }
}

async function notify(
  deps: ProtectDeps,
  fn: string,
  saw: string,
  acted: boolean,
  did: readonly string[],
): Promise<void> {
  const { settings, clients } = deps;
  if (!settings.topicArn) return;
  const subject = `stack-canary guard: ${fn} ${acted ? 'remediated' : 'needs attention'}`;
  const message = [`Function: ${fn}:${settings.alias}`, `Saw: ${saw}`, ...did.map((d) => `- ${d}`)].join(
    '\n',
  );
  await notifyTopic(clients.sns, settings.topicArn, subject, message);
}

/** Handles one signal on one function; the returned entry is also the invocation's log line. */
export async function protect(
  deps: ProtectDeps,
  fn: string,
  saw: string,
  signal: Signal,
): Promise<GuardEntry> {
  const { settings, clients, nowMs } = deps;
  const functionArn = `${settings.functionArnPrefix}${fn}`;
  const alias = await getAlias(clients.lambda, fn, settings.alias);
  const tags: Tags = (await clients.lambda.send(new ListTagsCommand({ Resource: functionArn }))).Tags ?? {};
  const since = tags[guardCooldownTagKey(settings.alias)];
  if (since !== undefined && nowMs - Date.parse(since) < settings.cooldownMs) {
    return { guard: 'cool-down', function: fn, saw, since };
  }
  const did: string[] = [];
  let acted = false;
  if (alias) {
    const decision = await decide(deps, alias, tags, functionArn);
    did.push(decision.line);
    acted = decision.acted;
  } else {
    did.push(`alias ${settings.alias} does not exist`);
  }
  if (settings.autoScalingGroup && /^(error|schedule)/.test(signal)) {
    const scaled = await scaleOut(clients, settings.autoScalingGroup);
    did.push(scaled.line);
    acted = scaled.acted || acted;
  }
  // After an action, or a scheduled notice that would otherwise repeat every run.
  if (acted || signal === 'schedule') {
    const problem = await stampCooldown(deps, functionArn);
    if (problem) did.push(problem);
  }
  await notify(deps, fn, saw, acted, did);
  return { guard: acted ? 'remediation' : 'observation', function: fn, alias: settings.alias, saw, did };
}

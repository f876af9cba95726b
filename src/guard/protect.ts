/**
 * One trigger on one function (an alarm of it in ALARM, or its error count over the window):
 * cool-down check, then the alias decision, the Auto Scaling step, the cool-down stamp, and the
 * notice. The alias decision:
 * - off the last version that passed a canary (someone moved it, or a canary is mid-way):
 *   back to that version, as the seed's guard did;
 * - on it, promoted within the bake window: the new version against the one it replaced
 *   (bake.ts); when it is worse, back to the previous version, with the reason in a tag;
 * - otherwise (after the window, not at fault, nothing recorded): a notice only.
 */
import { sdk } from '../aws/sdk.js';
import type { GuardClients } from '../aws/guard-clients.js';
import { guardCooldownTagKey, lastPassedTagKey } from '../constants.js';
import type { Logger } from '../logger.js';
import { getAlias } from '../traffic/alias.js';
import { notifyTopic } from '../traffic/notify.js';
import { describeTarget, hasRouting } from '../traffic/routing.js';
import type { AliasState } from '../traffic/types.js';
import { moveAlias } from './alias-move.js';
import { bakeDecision } from './bake-rollback.js';
import type { DutyResult, GuardEntry } from './entry.js';
import { describeError } from './entry.js';
import { scaleOut } from './scale.js';
import type { GuardSettings } from './settings.js';
import type { AlarmKind } from '../monitoring/alarm-kinds.js';

export interface ProtectDeps {
  readonly settings: GuardSettings;
  readonly clients: GuardClients;
  readonly nowMs: number;
  readonly logger: Logger;
}

/** What set the protection off: an alarm of the function in ALARM (its kind), or the schedule's error count. */
export type Trigger = AlarmKind | 'schedule';

const VERSION = /^\d+$/;

type Tags = Readonly<Record<string, string>>;

/** The alias decision and what was done. */
async function decide(
  deps: ProtectDeps,
  alias: AliasState,
  tags: Tags,
  functionArn: string,
): Promise<DutyResult> {
  const { settings } = deps;
  const passed = tags[lastPassedTagKey(settings.alias)];
  if (!settings.rollback) return { acted: false, line: 'alias rollback is off' };
  if (!passed || !VERSION.test(passed)) {
    return {
      acted: false,
      line: `alias left on ${describeTarget(alias.target)}: no version in tag ${lastPassedTagKey(settings.alias)}`,
    };
  }
  if (alias.target.version !== passed || hasRouting(alias.target)) {
    return moveAlias(deps.clients, alias, passed, 'the last version that passed a canary');
  }
  return bakeDecision(deps, alias, passed, tags, functionArn);
}

/**
 * During a cool-down only a bake rollback may still happen: an earlier notice (say, while too few
 * minutes had settled to blame the new version) must not keep a bad release live for the whole
 * cool-down. Undefined when there is nothing to do.
 */
async function bakeDuringCooldown(
  deps: ProtectDeps,
  alias: AliasState | undefined,
  tags: Tags,
  functionArn: string,
): Promise<DutyResult | undefined> {
  const passed = tags[lastPassedTagKey(deps.settings.alias)];
  if (!deps.settings.rollback || !alias || alias.target.version !== passed || hasRouting(alias.target)) {
    return undefined;
  }
  const result = await bakeDecision(deps, alias, passed, tags, functionArn);
  return result.acted ? result : undefined;
}

async function stampCooldown(deps: ProtectDeps, functionArn: string): Promise<string | undefined> {
  const Tags = { [guardCooldownTagKey(deps.settings.alias)]: new Date(deps.nowMs).toISOString() };
  const { TagResourceCommand } = await sdk.lambda();
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
  await notifyTopic(await clients.sns(), settings.topicArn, subject, message);
}

/** Handles one trigger on one function; the returned entry is also the invocation's log line. */
export async function protect(
  deps: ProtectDeps,
  fn: string,
  saw: string,
  trigger: Trigger,
): Promise<GuardEntry> {
  const { settings, clients, nowMs } = deps;
  const functionArn = `${settings.functionArnPrefix}${fn}`;
  const alias = await getAlias(clients.lambda, fn, settings.alias);
  const { ListTagsCommand } = await sdk.lambda();
  const tags: Tags = (await clients.lambda.send(new ListTagsCommand({ Resource: functionArn }))).Tags ?? {};
  const since = tags[guardCooldownTagKey(settings.alias)];
  const did: string[] = [];
  let acted = false;
  const cooling = since !== undefined && nowMs - Date.parse(since) < settings.cooldownMs;
  if (cooling) {
    const rolledBack = await bakeDuringCooldown(deps, alias, tags, functionArn);
    if (!rolledBack) return { guard: 'cool-down', function: fn, saw, since };
    did.push(rolledBack.line);
    acted = true;
  } else if (alias) {
    const decision = await decide(deps, alias, tags, functionArn);
    did.push(decision.line);
    acted = decision.acted;
  } else {
    did.push(`alias ${settings.alias} does not exist`);
  }
  if (settings.autoScalingGroup && !cooling && /^(error|schedule)/.test(trigger)) {
    const scaled = await scaleOut(clients, settings.autoScalingGroup);
    did.push(scaled.line);
    acted = scaled.acted || acted;
  }
  // After an action, or a scheduled notice that would otherwise repeat every run.
  if (acted || trigger === 'schedule') {
    const problem = await stampCooldown(deps, functionArn);
    if (problem) did.push(problem);
  }
  await notify(deps, fn, saw, acted, did);
  return { guard: acted ? 'remediation' : 'observation', function: fn, alias: settings.alias, saw, did };
}

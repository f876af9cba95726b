/**
 * The CLI's commands for detached canaries (wait: false), found through the monitoring stack's
 * PlanTableName output:
 *
 *   stack-canary status --stack-name X [--json] [--region R]
 *       the plans in flight, their step, deadline, and the evidence of the guard's last look;
 *   stack-canary wait --stack-name X [--timeout 2h] [--region R]
 *       blocks until no plan is in flight, then exits as a run would: 0 when every plan was
 *       promoted, 1 when one was rolled back (or left to someone else), 2 on an error or timeout.
 */
import { scanPlans } from '../aws/plan-table.js';
import { durationMsOf } from '../config/units.js';
import type { DetachedPlan } from '../detached/plan.js';
import { planKey } from '../detached/plan.js';
import { ConfigError, errorMessage } from '../errors.js';
import { describeTarget, formatShare } from '../traffic/routing.js';
import type { Clock } from '../util/clock.js';
import type { CommandOptions, PlanClients } from './plan-access.js';
import { openPlanClients, parseCommandFlags, planTableOf } from './plan-access.js';
import { realClock } from '../util/clock.js';
import { MINUTE_MS } from '../util/time.js';

export const PLAN_COMMANDS = ['status', 'wait'] as const;
export type PlanCommand = (typeof PLAN_COMMANDS)[number];

export function isPlanCommand(word: string | undefined): word is PlanCommand {
  return (PLAN_COMMANDS as readonly string[]).includes(word ?? '');
}

const DEFAULT_TIMEOUT = '2h';
/** How often `wait` reads the table. */
export const WAIT_POLL_MS = 30_000;

interface PlanFlags {
  readonly stackName: string;
  readonly json: boolean;
  readonly timeoutMs: number;
  readonly region: string | undefined;
}

export type PlanCommandOptions = CommandOptions<PlanClients>;

export function parsePlanFlags(command: PlanCommand, argv: readonly string[]): PlanFlags {
  const flags = parseCommandFlags(command, argv, {
    values: command === 'wait' ? ['--stack-name', '--timeout', '--region'] : ['--stack-name', '--region'],
    switches: command === 'wait' ? [] : ['--json'],
  });
  const timeout = flags.values.get('--timeout') ?? DEFAULT_TIMEOUT;
  const timeoutMs = durationMsOf(timeout);
  if (timeoutMs === null || timeoutMs <= 0) {
    throw new ConfigError(
      'timeout',
      `Flag --timeout is "${timeout}". Accepted: a duration such as 30m or 2h.`,
    );
  }
  return {
    stackName: flags.stackName,
    json: flags.switches.has('--json'),
    timeoutMs,
    region: flags.values.get('--region'),
  };
}

/** `stack-canary status|wait ...`: its exit code. */
export async function runDetachedCommand(
  command: PlanCommand,
  argv: readonly string[],
  options: PlanCommandOptions = {},
): Promise<number> {
  const log = options.log ?? ((text: string) => console.error(text));
  let flags: PlanFlags;
  try {
    flags = parsePlanFlags(command, argv);
  } catch (error) {
    log(`stack-canary: ${errorMessage(error)}`);
    return 2;
  }
  let owned: (() => void) | undefined;
  try {
    let clients = options.clients;
    if (!clients) {
      const opened = await openPlanClients(flags.region);
      owned = opened.close;
      clients = opened.clients;
    }
    const tableName = await planTableOf(clients.cloudFormation, flags.stackName);
    const read = async (): Promise<DetachedPlan[]> => scanPlans(clients.dynamo, tableName);
    const print = options.print ?? ((text: string) => console.log(text));
    if (command === 'status') {
      const inFlight = (await read()).filter((p) => p.status === 'in-flight');
      print(flags.json ? JSON.stringify(inFlight.map(statusOf), null, 2) : statusText(inFlight));
      return 0;
    }
    return await waitForPlans(read, flags, options.clock ?? realClock, print, log);
  } catch (error) {
    log(`stack-canary ${command}: ${errorMessage(error)}`);
    return 2;
  } finally {
    owned?.();
  }
}

/** What `status --json` shows of one plan. */
export function statusOf(plan: DetachedPlan): Record<string, unknown> {
  const step = plan.strategy.steps[plan.step];
  return {
    plan: planKey(plan.functionName, plan.alias),
    versions: { old: plan.oldVersion, new: plan.newVersion },
    strategy: plan.strategy.source,
    step: plan.step + 1,
    steps: plan.strategy.steps.length,
    weight: step?.weight,
    stepStartedAt: new Date(plan.stepStarts[plan.step] ?? 0).toISOString(),
    holdEndsAt: new Date(plan.holdEndMs).toISOString(),
    deadline: new Date(plan.deadline).toISOString(),
    guardFailures: plan.guardFailures,
    last: plan.last && { ...plan.last, at: new Date(plan.last.at).toISOString() },
    decisions: plan.decisions.map((d) => ({ ...d, at: new Date(d.at).toISOString(), step: d.step + 1 })),
    paused: plan.paused && { ...plan.paused, at: new Date(plan.paused.at).toISOString() },
    request: plan.request && { ...plan.request, at: new Date(plan.request.at).toISOString() },
    heldBy: plan.heldBy && { run: plan.heldBy.run, until: new Date(plan.heldBy.untilMs).toISOString() },
    startedBy: plan.runId,
  };
}

export function statusText(plans: readonly DetachedPlan[]): string {
  if (plans.length === 0) return 'No detached canary in flight.';
  return plans
    .map((plan) => {
      const step = plan.strategy.steps[plan.step];
      const alias = plan.journal.changes.at(-1)?.to;
      return [
        `${planKey(plan.functionName, plan.alias)}: v${plan.oldVersion} → v${plan.newVersion}, "${plan.strategy.source}"`,
        `  step ${plan.step + 1}/${plan.strategy.steps.length} at ${formatShare(step?.weight ?? 0)} (alias ${describeTarget(alias)}), hold ends ${new Date(plan.holdEndMs).toISOString()}, deadline ${new Date(plan.deadline).toISOString()}`,
        plan.last
          ? `  last look ${new Date(plan.last.at).toISOString()}: ${plan.last.decision}: ${plan.last.reason}`
          : '  not looked at by the guard yet',
        `  guard failures in a row: ${plan.guardFailures}; started by ${plan.runId}`,
        ...controlLines(plan),
      ].join('\n');
    })
    .join('\n\n');
}

/** The plan's control: its run's hold, paused, a request waiting for the guard, the requests carried out. */
function controlLines(plan: DetachedPlan): string[] {
  const at = (ms: number) => new Date(ms).toISOString();
  return [
    // on-runner-loss: guard: the run drives the canary while it renews its hold; then the guard does.
    ...(plan.heldBy
      ? [
          `  driven by run ${plan.heldBy.run}, held until ${at(plan.heldBy.untilMs)}; the guard takes it over if the run stops renewing`,
        ]
      : []),
    ...plan.decisions
      .filter((d) => d.by !== undefined)
      .map((d) => `  ${at(d.at)}: ${d.action} at step ${d.step + 1}: ${d.reason}`),
    ...(plan.paused
      ? [`  PAUSED since ${at(plan.paused.at)} by ${plan.paused.by}: held at this step until resumed`]
      : []),
    ...(plan.request
      ? [
          `  waiting for the guard's next tick: ${plan.request.command} requested ${at(plan.request.at)} by ${plan.request.by}: ${plan.request.reason || 'no reason given'}`,
        ]
      : []),
  ];
}

/** The plans of the newest run (one run writes one plan per function): the ones `wait` answers for. */
export function latestRun(plans: readonly DetachedPlan[]): DetachedPlan[] {
  const newest = plans.reduce<DetachedPlan | undefined>(
    (a, p) => (a && a.createdAt >= p.createdAt ? a : p),
    undefined,
  );
  return plans.filter((p) => p.runId === newest?.runId);
}

async function waitForPlans(
  read: () => Promise<DetachedPlan[]>,
  flags: PlanFlags,
  clock: Clock,
  print: (text: string) => void,
  log: (text: string) => void,
): Promise<number> {
  const until = clock.now() + flags.timeoutMs;
  for (;;) {
    const plans = await read();
    const inFlight = plans.filter((p) => p.status === 'in-flight');
    if (inFlight.length === 0) {
      const ended = latestRun(plans).map((p) => ({
        plan: planKey(p.functionName, p.alias),
        status: p.status,
        verdict: p.verdict,
        reason: p.decisions.at(-1)?.reason,
        ...(p.decisions.at(-1)?.by ? { by: p.decisions.at(-1)?.by } : {}),
      }));
      print(JSON.stringify({ plans: ended }, null, 2));
      const failed = latestRun(plans).some((p) => p.status !== 'promoted');
      log(
        failed
          ? 'stack-canary wait: a detached canary did not pass.'
          : 'stack-canary wait: every plan promoted.',
      );
      return failed ? 1 : 0;
    }
    if (clock.now() >= until) {
      log(
        `stack-canary wait: still in flight after ${flags.timeoutMs / MINUTE_MS} min: ${inFlight.map((p) => planKey(p.functionName, p.alias)).join(', ')}`,
      );
      return 2;
    }
    log(statusText(inFlight));
    await clock.sleep(Math.min(WAIT_POLL_MS, Math.max(1, until - clock.now())));
  }
}

/**
 * The guard's Lambda entry point (bundled to dist/guard/index.js; the monitoring stack deploys it):
 * settings from the environment, the SDK's clients, the real clock; built once per container.
 * The detached canaries' runner (and its DynamoDB and Secrets Manager clients) is built on the
 * first plan-rule event, so the other invocations never load those SDK packages.
 */
import type { GuardClients } from '../aws/guard-clients.js';
import { createGuardClients, GUARD_CLIENT_SETTINGS } from '../aws/guard-clients.js';
import { createPlanTicker } from '../detached/plan-ticker.js';
import { realClock } from '../util/clock.js';
import type { GuardEntry } from './entry.js';
import type { GuardHandler } from './handler.js';
import { createHandler } from './handler.js';
import type { PlanTick } from './plan-events.js';
import type { GuardSettings } from './settings.js';
import { readGuardSettings } from './settings.js';

let built: Promise<GuardHandler> | undefined;

/** The plan runner, built on the first tick; undefined without a plan table. */
function lazyPlanTick(settings: GuardSettings, clients: GuardClients): PlanTick | undefined {
  if (!settings.planTable) return undefined;
  let runner: ReturnType<typeof createPlanTicker> | undefined;
  return async (nowMs) => {
    runner ??= (async () => {
      const sns = await clients.sns();
      return createPlanTicker(settings, { ...clients, sns }, GUARD_CLIENT_SETTINGS);
    })();
    runner.catch(() => {
      runner = undefined;
    });
    const tick = await runner;
    // A plan table is set, so the runner exists.
    if (!tick) throw new Error('the plan runner was not built although PLAN_TABLE is set');
    return tick(nowMs);
  };
}

async function build(): Promise<GuardHandler> {
  const settings = readGuardSettings(process.env);
  const clients = await createGuardClients();
  const planTick = lazyPlanTick(settings, clients);
  return createHandler({ settings, clients, clock: realClock, ...(planTick ? { planTick } : {}) });
}

export async function handler(event: unknown): Promise<GuardEntry> {
  if (built === undefined) {
    built = build();
    // A failed build (bad settings) is not kept: the next invocation reads the environment again.
    built.catch(() => {
      built = undefined;
    });
  }
  return (await built)(event);
}

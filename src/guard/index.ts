/**
 * The guard's Lambda entry point (bundled to dist/guard/index.js; the monitoring stack deploys it):
 * settings from the environment, the SDK's clients, the real clock; built once per container.
 */
import { createGuardClients } from '../aws/guard-clients.js';
import { createPlanTicker } from '../detached/plan-ticker.js';
import { realClock } from '../util/clock.js';
import type { GuardEntry } from './entry.js';
import type { GuardHandler } from './handler.js';
import { createHandler } from './handler.js';
import { readGuardSettings } from './settings.js';

let built: Promise<GuardHandler> | undefined;

async function build(): Promise<GuardHandler> {
  const settings = readGuardSettings(process.env);
  const clients = await createGuardClients();
  const planTick = await createPlanTicker(settings, clients);
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

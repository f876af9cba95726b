/**
 * The guard's side of the plan rule (the action turns it on: aws/plan-rule.ts): the invocations
 * it makes run the detached canaries' plans only, and the guard turns it off once none is left in
 * flight.
 */
import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { sdk } from '../aws/sdk.js';

/** Advances the plans in flight (the detached canaries' runner), at `nowMs`. */
export type PlanTick = (nowMs: number) => Promise<{ inFlight: number; entries: Record<string, unknown>[] }>;

/** Whether an EventBridge event came from the rule named `ruleName` (its ARN ends in rule/<name>). */
export function fromRule(event: unknown, ruleName: string | undefined): boolean {
  if (!ruleName || typeof event !== 'object' || event === null) return false;
  const resources = (event as { resources?: unknown }).resources;
  return (
    Array.isArray(resources) && resources.some((r) => typeof r === 'string' && r.endsWith(`rule/${ruleName}`))
  );
}

export async function disablePlanRule(events: EventBridgeClient, ruleName: string): Promise<void> {
  const { DisableRuleCommand } = await sdk.eventBridge();
  await events.send(new DisableRuleCommand({ Name: ruleName }));
}

/**
 * The monitoring stack's every-minute plan rule, turned on when the action hands a detached canary
 * to the guard (the guard turns it off: guard/plan-events.ts).
 */
import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { sdk } from './sdk.js';

export async function enablePlanRule(events: EventBridgeClient, ruleName: string): Promise<void> {
  const { EnableRuleCommand } = await sdk.eventBridge();
  await events.send(new EnableRuleCommand({ Name: ruleName }));
}

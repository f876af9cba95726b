/** The monitoring stack's every-minute guard rule: enabled while a detached canary is in flight. */
import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { EnableRuleCommand } from '@aws-sdk/client-eventbridge';

export async function enablePlanRule(events: EventBridgeClient, ruleName: string): Promise<void> {
  await events.send(new EnableRuleCommand({ Name: ruleName }));
}

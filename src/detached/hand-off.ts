/**
 * wait: false — the run's end: after the pre-traffic gate, shift the first held step, write one
 * plan per function (conditional: none may be in flight for the same alias), enable the guard's
 * every-minute rule, and end `pending`. Until the plans are written a crash restores the aliases
 * as always (the journal is not finished); once they are, the journal is finished `pending` and
 * the post step leaves the aliases to the guard.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { createDynamoClient, createEventBridgeClient } from '../aws/detached-clients.js';
import { enablePlanRule } from '../aws/plan-rule.js';
import { getPlan, PlanConflictError, putNewPlan } from '../aws/plan-table.js';
import { StackCanaryError } from '../errors.js';
import { monitoringPlanStore } from '../monitoring/outputs.js';
import type { HandOffRequest } from '../pipeline/hand-off.js';
import type { AliasJournal } from '../schema/alias-journal.js';
import type { PublishedVersion } from '../traffic/types.js';
import { formatShare } from '../traffic/routing.js';
import { planDeadline } from './safety.js';
import { planKey } from './plan.js';
import { firstHeldStep, judgeSettings, newPlan, planDeployment } from './start.js';

export interface HandOffDeps extends HandOffRequest {
  /** Test seam: the clients (default: built for the run's region). */
  readonly clients?: { dynamo: DynamoDBClient; events: EventBridgeClient };
}

/** Shifts the first held step, writes the plans and enables the rule; resolves to the run's reason. */
export async function handOff(deps: HandOffDeps): Promise<string> {
  const { config, fleet, logger, clock } = deps;
  const { tableName, ruleName } = monitoringPlanStore(deps.monitoringOutputs, 'wait: false');
  const runs = fleet.active();
  const firstDeploys = runs.filter((r) => r.status !== 'canary').map((r) => r.functionName);
  if (firstDeploys.length > 0) {
    throw new StackCanaryError(
      'INVALID_INPUT',
      `wait: false has no old version to compare for ${firstDeploys.join(', ')} (first deploy): run once with wait: true.`,
    );
  }
  const clients = deps.clients ?? {
    dynamo: await createDynamoClient({ region: config.region }),
    events: await createEventBridgeClient({ region: config.region }),
  };
  try {
    // Before any shift: a plan already in flight for one of the aliases stops the run, nothing moved.
    for (const run of runs) {
      const found = await getPlan(clients.dynamo, tableName, planKey(run.functionName, config.alias));
      if (found?.status === 'in-flight') {
        throw new PlanConflictError(
          planKey(run.functionName, config.alias),
          `A detached canary is already in flight for ${planKey(run.functionName, config.alias)} ` +
            `(v${found.newVersion}, started by ${found.runId}); nothing was moved. Wait for it (stack-canary wait) before deploying again.`,
        );
      }
    }
    const step = firstHeldStep(config.strategy);
    const held = config.strategy.steps[step] as { weight: number; holdMs: number };
    const startedAt = clock.now();
    const timeout = Math.max(...runs.map((r) => (r.published as PublishedVersion).timeoutSeconds));
    const deadline = planDeadline(config.strategy.steps, step, startedAt + held.holdMs, timeout);
    // The lease covers the whole plan: another run leaves these aliases to the guard meanwhile.
    await fleet.shift(held.weight, deadline - startedAt);
    const journals = new Map(deps.journal().map((j) => [j.functionName, j]));
    for (const run of runs) {
      const published = run.published as PublishedVersion;
      const plan = newPlan({
        functionName: run.functionName,
        functionArn: published.functionArn,
        alias: config.alias,
        stackName: config.stackName,
        runId: deps.runId,
        strategy: config.strategy,
        oldVersion: run.snapshot?.version as string,
        newVersion: published.version,
        timeoutSeconds: published.timeoutSeconds,
        memorySizeMb: published.memorySizeMb,
        judge: judgeSettings(config, runs.length, [...deps.alarmNames, ...config.alarms]),
        startedAt,
        journal: journals.get(run.functionName) as AliasJournal,
        topicArn: deps.topicArn,
        deployment: planDeployment(config, deps.deployment),
      });
      await putNewPlan(clients.dynamo, tableName, plan);
      logger.info(`${run.functionName}: plan written to ${tableName}; the guard goes on from here.`);
    }
    await enablePlanRule(clients.events, ruleName);
    if (deps.deployment && !config.githubTokenSecretArn) {
      logger.warning(
        `GitHub deployment ${deps.deployment.id} stays in_progress: set github-token-secret so the guard gives it the verdict.`,
      );
    }
    const names = runs.map((r) => r.functionName).join(', ');
    return (
      `handed to the guard: ${names} at ${formatShare(held.weight)} of "${config.strategy.source}"; ` +
      `it advances, promotes or rolls back each minute (stack-canary wait --stack-name ${config.stackName ?? ''} to follow)`
    );
  } finally {
    if (!deps.clients) {
      clients.dynamo.destroy();
      clients.events.destroy();
    }
  }
}

/**
 * on-runner-loss: guard, the run's side: one plan per judged function in the monitoring stack's
 * plan table, held by the run (held-plan.ts). Written when the first held step starts (and the
 * guard's every-minute rule enabled), mirrored and renewed as the engine advances, closed with the
 * run's verdict. The functions are saved in the run's state at once, so that the post step and the
 * signal handler leave their aliases to the guard. Every write is conditional on the revision the
 * run wrote last: once the guard has taken a plan over, the run's next write fails and the run
 * stops changing aliases (PlanTakenOverError).
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { createDynamoClient, createEventBridgeClient } from '../aws/detached-clients.js';
import { enablePlanRule } from '../aws/plan-rule.js';
import { PlanConflictError, putNewPlan, updatePlan } from '../aws/plan-table.js';
import type { CanaryPlan } from '../engine/canary-plan.js';
import { errorMessage, StackCanaryError } from '../errors.js';
import { monitoringPlanStore } from '../monitoring/outputs.js';
import type { EngineMove, HoldPlansRequest, RunHeldPlans } from '../pipeline/runner-loss.js';
import { saveGuardedFunctions } from '../pipeline/guarded.js';
import { PlanTakenOverError } from '../pipeline/runner-loss.js';
import type { AliasJournal } from '../schema/alias-journal.js';
import type { PublishedVersion } from '../traffic/types.js';
import { closedPlan, heldPlan, mirrorDue, mirrorPlan } from './held-plan.js';
import type { DetachedPlan } from './plan.js';
import { planKey } from './plan.js';
import { judgeSettings, planDeployment } from './start.js';

export interface HoldPlansDeps extends HoldPlansRequest {
  /** Test seam: the clients (default: built for the run's region). */
  readonly clients?: { dynamo: DynamoDBClient; events: EventBridgeClient };
}

/** The run's plans; refused at once (no AWS call) when the monitoring stack has no plan table. */
export async function holdPlans(deps: HoldPlansDeps): Promise<RunHeldPlans> {
  const { tableName, ruleName } = monitoringPlanStore(deps.monitoringOutputs, 'on-runner-loss: guard');
  const clients = deps.clients ?? {
    dynamo: await createDynamoClient({ region: deps.config.region }),
    events: await createEventBridgeClient({ region: deps.config.region }),
  };
  return new HeldPlans(deps, tableName, ruleName, clients, deps.clients === undefined);
}

class HeldPlans implements RunHeldPlans {
  /** The plans as last written, by function; empty until the first held step starts. */
  private readonly stored = new Map<string, DetachedPlan>();
  private opened = false;

  constructor(
    private readonly deps: HoldPlansRequest,
    private readonly tableName: string,
    private readonly ruleName: string,
    private readonly clients: { dynamo: DynamoDBClient; events: EventBridgeClient },
    private readonly owned: boolean,
  ) {}

  async mirror(engine: CanaryPlan, move?: EngineMove): Promise<void> {
    const now = this.deps.clock.now();
    if (!this.opened) {
      await this.open(engine, now);
      return;
    }
    for (const [name, stored] of this.stored) {
      const next = mirrorPlan(stored, engine, this.journalOf(name), now, this.deps.holdTermMs, move);
      if (!mirrorDue(stored, next, now, this.deps.holdTermMs)) continue;
      await this.write(stored, next);
    }
  }

  async close(verdict: string, reason: string): Promise<void> {
    try {
      if (verdict !== 'pass' && verdict !== 'fail' && verdict !== 'inconclusive') return;
      const now = this.deps.clock.now();
      for (const [name, stored] of this.stored) {
        try {
          await this.write(stored, closedPlan(stored, this.journalOf(name), verdict, reason, now));
        } catch (error) {
          this.deps.logger.warning(`${planKey(name, stored.alias)}: plan not closed: ${errorMessage(error)}`);
        }
      }
    } finally {
      if (this.owned) {
        this.clients.dynamo.destroy();
        this.clients.events.destroy();
      }
    }
  }

  /** The first held step: one plan per function with an old version to go back to. */
  private async open(engine: CanaryPlan, now: number): Promise<void> {
    const { config, fleet, logger } = this.deps;
    this.opened = true;
    const active = fleet.active();
    const runs = active.filter((r) => r.snapshot?.version !== undefined && r.published !== undefined);
    for (const run of active.filter((r) => !runs.includes(r))) {
      logger.warning(
        `${run.functionName}: first deploy: no old version for the guard to go back to; if this run stops, the post step rolls it back.`,
      );
    }
    const functions = runs.length;
    for (const run of runs) {
      const published = run.published as PublishedVersion;
      const plan = heldPlan(
        {
          functionName: run.functionName,
          functionArn: published.functionArn,
          alias: config.alias,
          stackName: config.stackName,
          runId: fleet.runId(),
          strategy: config.strategy,
          oldVersion: run.snapshot?.version as string,
          newVersion: published.version,
          timeoutSeconds: published.timeoutSeconds,
          memorySizeMb: published.memorySizeMb,
          judge: judgeSettings(config, functions, [...this.deps.alarmNames, ...config.alarms]),
          startedAt: now,
          journal: this.journalOf(run.functionName),
          topicArn: this.deps.topicArn,
          deployment: planDeployment(config, this.deps.deployment),
        },
        engine,
        now,
        this.deps.holdTermMs,
      );
      await putNewPlan(this.clients.dynamo, this.tableName, plan);
      this.stored.set(run.functionName, plan);
      saveGuardedFunctions(this.deps.state, [...this.stored.keys()]);
    }
    if (this.stored.size === 0) return;
    await enablePlanRule(this.clients.events, this.ruleName);
    logger.info(
      `on-runner-loss: guard: the plans are in ${this.tableName}; if this run stops, the guard finishes the canary.`,
    );
  }

  private async write(stored: DetachedPlan, next: DetachedPlan): Promise<void> {
    const key = planKey(stored.functionName, stored.alias);
    try {
      await updatePlan(this.clients.dynamo, this.tableName, stored.revision, next);
    } catch (error) {
      if (error instanceof PlanConflictError) throw new PlanTakenOverError(key);
      throw error;
    }
    this.stored.set(stored.functionName, next);
  }

  private journalOf(functionName: string): AliasJournal {
    const entry = this.deps.journal().find((j) => j.functionName === functionName);
    if (!entry) {
      throw new StackCanaryError('INTERNAL', `No alias journal of ${functionName} to keep in its plan.`);
    }
    return entry;
  }
}

/**
 * on-runner-loss, against the emulator with the real SDK: the action's main step (a real process,
 * transpile.ts) is SIGKILLed at one phase of its canary — after the first shift, mid-hold on its
 * second step, at its promotion — and then the guard's plan tick is driven minute by minute on the
 * alias's traffic as Lambda reports it (detached-fixture.ts), until the canary is promoted
 * (healthy) or rolled back (bad), the plan table recording the outcome.
 *
 * The main step's clock runs three hours behind the wall clock, as the detached tick tests do,
 * so that the minutes it judged have datapoints the test writes before the guard reads them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DescribeRuleCommand, EventBridgeClient, PutRuleCommand } from '@aws-sdk/client-eventbridge';
import type { AwsClients } from '../../src/aws/clients.js';
import { clientOptions, createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';
import { getPlan, scanPlans } from '../../src/aws/plan-table.js';
import type { DetachedPlan } from '../../src/detached/plan.js';
import { planKey } from '../../src/detached/plan.js';
import { tickPlans } from '../../src/detached/tick.js';
import { recoverUnfinishedRun } from '../../src/pipeline/recover.js';
import { MemoryStateStore } from '../../src/state-store.js';
import { createAlias, getAlias } from '../../src/traffic/alias.js';
import { readLease } from '../../src/traffic/lease.js';
import type { AliasTarget } from '../../src/traffic/types.js';
import { publishVersion } from '../../src/traffic/versions.js';
import {
  AliasTraffic,
  createPlanTable,
  DETACHED_ALIAS,
  DETACHED_FN,
  dynamoClient,
  PLAN_TABLE,
} from '../helpers/detached-fixture.js';
import { resetEmulator } from '../helpers/emulator.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { createFunction, createRole, deployCode } from '../helpers/lambda-emulator.js';
import { MemoryLogger } from '../helpers/memory-logger.js';
import type { MainStepChild } from '../helpers/main-step-child.js';
import { savedState, startMainStep } from '../helpers/main-step-child.js';
import { templatelessConfig } from '../helpers/templateless-config.js';
import { removeTranspiled, transpileSources } from '../helpers/transpile.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MINUTE = 60_000;
const OFFSET_MS = 3 * 60 * MINUTE;
const RULE = 'orders-api-monitoring-plans-every-minute';
const KEY = planKey(DETACHED_FN, DETACHED_ALIAS);
const HEALTHY = { '1': 0.003, '2': 0.003 };
const BAD = { '1': 0.003, '2': 0.2 };

let aws: AwsClients;
let dynamo: DynamoDBClient;
let events: EventBridgeClient;
let lib: string;
let scratch: string;
beforeAll(async () => {
  aws = await createAwsClients({ region: undefined });
  dynamo = dynamoClient();
  events = new EventBridgeClient(clientOptions({ region: undefined }));
  lib = transpileSources(root);
  scratch = mkdtempSync(join(tmpdir(), 'stack-canary-runner-loss-'));
}, 120_000);
afterAll(() => {
  destroyAwsClients(aws);
  dynamo.destroy();
  events.destroy();
  removeTranspiled(lib);
  rmSync(scratch, { recursive: true, force: true });
});

/** The run's clock (behind the wall clock). */
const runNow = (): number => Date.now() - OFFSET_MS;

/** v1 live with half an hour of history, v2's code deployed; the plan table and the guard's rule (disabled). */
beforeEach(async () => {
  await resetEmulator();
  const role = await createRole(aws);
  await createFunction(aws, DETACHED_FN, role, 'v1');
  const v1 = await publishVersion(aws.lambda, DETACHED_FN, { clock: new FakeClock() });
  await createAlias(aws.lambda, DETACHED_FN, DETACHED_ALIAS, { version: v1.version, weights: {} });
  await deployCode(aws, DETACHED_FN, 'v2');
  await createPlanTable(dynamo);
  await events.send(
    new PutRuleCommand({ Name: RULE, ScheduleExpression: 'rate(1 minute)', State: 'DISABLED' }),
  );
});

const STRATEGY = [
  { weight: 0.1, holdMs: 10 * MINUTE },
  { weight: 0.5, holdMs: 10 * MINUTE },
  { weight: 1, holdMs: 0 },
];

/** The main step, polling every 100 ms, with on-runner-loss as given. */
function mainStep(
  onRunnerLoss: 'rollback' | 'guard',
  judge: 'watch' | 'pass' | 'pass-first-step',
  env: Record<string, string> = {},
): MainStepChild {
  const config = templatelessConfig(DETACHED_FN, STRATEGY, { intervalMs: 100, onRunnerLoss });
  return startMainStep({
    root,
    lib,
    scratch,
    config: JSON.stringify(config),
    runId: '42',
    attempt: 1,
    judge,
    env: {
      CHILD_CLOCK_OFFSET_MS: String(OFFSET_MS),
      CHILD_PLAN_TABLE: PLAN_TABLE,
      CHILD_PLAN_RULE: RULE,
      ...env,
    },
  });
}

/** Waits until the plan table holds the run's plan at `step`. */
async function planAt(run: MainStepChild, step: number): Promise<DetachedPlan> {
  for (let i = 0; i < 600; i++) {
    const plan = await getPlan(dynamo, PLAN_TABLE, KEY);
    if (plan?.heldBy && plan.step === step) return plan;
    if (run.child.exitCode !== null || run.child.signalCode !== null)
      throw new Error(`the child exited early (${run.child.exitCode}):\n${run.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the child never wrote its plan at step ${step}:\n${run.output()}`);
}

/** SIGKILL: no signal handler, no post step (a runner lost with its job). */
async function lose(run: MainStepChild): Promise<void> {
  run.child.kill('SIGKILL');
  await run.exited;
}

/** The alias as it is now. */
const aliasTarget = async (): Promise<AliasTarget | undefined> =>
  (await getAlias(aws.lambda, DETACHED_FN, DETACHED_ALIAS))?.target;

/** One tick of the guard over the plan table at `nowMs`. */
const guardTick = (nowMs: number) =>
  tickPlans({
    tableName: PLAN_TABLE,
    nowMs,
    clients: { dynamo, lambda: aws.lambda, cloudWatch: aws.cloudWatch, sns: aws.sns },
    log: () => undefined,
  });

/** The guard's tick once a minute from `fromMs` (the run's clock) until no plan is in flight. */
async function driveGuard(traffic: AliasTraffic, fromMs: number, maxMinutes = 45) {
  const actions: string[] = [];
  let leaseAtTakeOver: ReturnType<typeof readLease>;
  let now = fromMs;
  await traffic.serve(now);
  for (let minute = 1; minute <= maxMinutes; minute += 1) {
    now += MINUTE;
    await traffic.settle(now);
    const tick = await guardTick(now);
    for (const entry of tick.entries) if (typeof entry['action'] === 'string') actions.push(entry['action']);
    if (leaseAtTakeOver === undefined && actions.includes('take-over')) {
      leaseAtTakeOver = readLease((await getAlias(aws.lambda, DETACHED_FN, DETACHED_ALIAS))?.description);
    }
    await traffic.serve(now);
    if (tick.inFlight === 0) break;
  }
  const plan = (await getPlan(dynamo, PLAN_TABLE, KEY)) as DetachedPlan;
  return { plan, actions, leaseAtTakeOver, alias: await aliasTarget() };
}

/** What the post step and the signal handler read: the killed step's saved state. */
function stateOf(run: MainStepChild): MemoryStateStore {
  const state = new MemoryStateStore();
  for (const key of ['run', 'alias_0', 'guarded', 'finished']) {
    const value = savedState(run.files.state, key);
    if (value !== undefined) state.save(key, value);
  }
  return state;
}

describe('on-runner-loss: guard, the main step SIGKILLed', () => {
  it('GIVEN a run killed after its first shift WHEN the guard ticks THEN it waits out the hold, takes over and promotes a healthy v2; the post step leaves the alias to it', async () => {
    const traffic = new AliasTraffic(aws, 1_000, HEALTHY, runNow());
    await traffic.history('1');
    const run = mainStep('guard', 'watch');
    const held = await planAt(run, 0);
    await lose(run);
    expect(held).toMatchObject({
      status: 'in-flight',
      oldVersion: '1',
      newVersion: '2',
      runId: expect.stringContaining('runs/42'),
    });
    expect(await aliasTarget()).toEqual({ version: '1', weights: { '2': 0.1 } });
    const rule = await events.send(new DescribeRuleCommand({ Name: RULE }));
    expect(rule.State).toBe('ENABLED');

    // The post step (or the signal handler): the alias is the guard's, not restored.
    const logger = new MemoryLogger();
    const recovery = await recoverUnfinishedRun(stateOf(run), async () => aws.lambda, logger);
    expect(recovery.status).toBe('nothing-changed');
    expect(logger.text('info')).toContain(
      `${DETACHED_FN}: alias live left to the guard (on-runner-loss: guard)`,
    );
    expect(await aliasTarget()).toEqual({ version: '1', weights: { '2': 0.1 } });

    const { plan, actions, alias, leaseAtTakeOver } = await driveGuard(traffic, runNow());
    // The guard's lease (the run named, no holder to renew it) replaced the run's at the take-over.
    expect(leaseAtTakeOver).toMatchObject({ version: '2', holder: undefined });
    expect(leaseAtTakeOver?.runId).toContain('runs/42');
    // Held while the run's hold was live (at most two minutes from its last renewal), then taken over.
    const waited = actions.slice(0, actions.indexOf('take-over'));
    expect(waited.length).toBeGreaterThanOrEqual(1);
    expect(waited.length).toBeLessThanOrEqual(2);
    expect(new Set(waited)).toEqual(new Set(['skip']));
    expect(plan.decisions.map((d) => d.action)).toEqual(['start', 'take-over', 'next', 'promote']);
    expect({ status: plan.status, verdict: plan.verdict, heldBy: plan.heldBy }).toEqual({
      status: 'promoted',
      verdict: 'pass',
      heldBy: undefined,
    });
    expect(alias).toEqual({ version: '2', weights: {} });
  }, 240_000);

  it('GIVEN a run killed mid-hold on its second step WHEN the guard ticks THEN it takes over there and rolls back a bad v2', async () => {
    const traffic = new AliasTraffic(aws, 1_000, BAD, runNow());
    await traffic.history('1');
    const run = mainStep('guard', 'pass-first-step');
    const held = await planAt(run, 1);
    await lose(run);
    expect(held.journal.changes.map((c) => c.to)).toEqual([
      { version: '1', weights: { '2': 0.1 } },
      { version: '1', weights: { '2': 0.5 } },
    ]);
    const { plan, alias } = await driveGuard(traffic, runNow());
    expect(plan.decisions.map((d) => d.action)).toEqual(['start', 'take-over', 'rollback']);
    expect(plan.decisions[1]?.step).toBe(1);
    expect({ status: plan.status, verdict: plan.verdict }).toEqual({
      status: 'rolled-back',
      verdict: 'fail',
    });
    expect(alias).toEqual({ version: '1', weights: {} });
  }, 240_000);

  it('GIVEN a run killed at its promotion (the alias moved, nothing recorded) WHEN the guard ticks THEN it finishes the promotion the run claimed', async () => {
    const traffic = new AliasTraffic(aws, 1_000, HEALTHY, runNow());
    await traffic.history('1');
    const run = mainStep('guard', 'pass', { CHILD_DIE_AT: 'promote' });
    await run.exited;
    expect(run.child.signalCode).toBe('SIGKILL');
    const left = await getAlias(aws.lambda, DETACHED_FN, DETACHED_ALIAS);
    expect(left?.target).toEqual({ version: '2', weights: {} });
    // The run claimed its promotion in the plan before it moved the alias.
    expect(await getPlan(dynamo, PLAN_TABLE, KEY)).toMatchObject({
      status: 'in-flight',
      claim: { action: 'promote', to: { version: '2', weights: {} }, verdict: 'pass' },
    });

    const { plan, alias } = await driveGuard(traffic, runNow());
    expect(plan.decisions.map((d) => d.action)).toEqual(['start', 'take-over', 'promote']);
    expect(plan.decisions[1]?.reason).toContain('the guard goes on from v2');
    expect({ status: plan.status, verdict: plan.verdict }).toEqual({ status: 'promoted', verdict: 'pass' });
    expect(alias).toEqual({ version: '2', weights: {} });
    expect(readLease((await getAlias(aws.lambda, DETACHED_FN, DETACHED_ALIAS))?.description)).toBeUndefined();
  }, 240_000);
});

describe('on-runner-loss: guard, the main step ends the canary itself', () => {
  it('GIVEN a run that passes WHEN it ends THEN its plan is closed promoted, and the guard leaves it alone', async () => {
    const run = mainStep('guard', 'pass');
    expect(await run.exited).toBe(0);
    const plan = (await getPlan(dynamo, PLAN_TABLE, KEY)) as DetachedPlan;
    expect({ status: plan.status, verdict: plan.verdict, heldBy: plan.heldBy, claim: plan.claim }).toEqual({
      status: 'promoted',
      verdict: 'pass',
      heldBy: undefined,
      claim: undefined,
    });
    expect(plan.decisions.map((d) => d.action)).toEqual(['start', 'promote']);
    expect(plan.decisions[1]?.reason).toMatch(/^by the run: /);
    const tick = await guardTick(runNow() + 10 * MINUTE);
    expect(tick).toEqual({ inFlight: 0, entries: [] });
    expect((await getPlan(dynamo, PLAN_TABLE, KEY))?.revision).toBe(plan.revision);
    expect(await aliasTarget()).toEqual({ version: '2', weights: {} });
  }, 120_000);
});

describe('on-runner-loss: rollback (the default), the main step SIGKILLed', () => {
  it('GIVEN a run killed after its first shift THEN no plan was written, and the post step puts v1 back as before', async () => {
    const run = mainStep('rollback', 'watch');
    for (let i = 0; i < 600 && (await aliasTarget())?.weights['2'] !== 0.1; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    await lose(run);
    expect(await aliasTarget()).toEqual({ version: '1', weights: { '2': 0.1 } });
    expect(await scanPlans(dynamo, PLAN_TABLE)).toEqual([]);
    expect(savedState(run.files.state, 'guarded')).toBeUndefined();
    const recovery = await recoverUnfinishedRun(stateOf(run), async () => aws.lambda, new MemoryLogger());
    expect(recovery.status).toBe('recovered');
    expect(await aliasTarget()).toEqual({ version: '1', weights: {} });
  }, 120_000);
});

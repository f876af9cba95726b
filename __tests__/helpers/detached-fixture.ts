/**
 * Integration-test GIVENs for detached canaries: a function with v1 live and v2 published, its
 * alias shifted to the strategy's first step as the action leaves it, the plan table, the plan, and
 * the alias's traffic played minute by minute as Lambda reports it (per ExecutedVersion, a minute
 * or more late), so tickPlans can be driven one minute at a time on a fake clock.
 */
import { CreateStackCommand } from '@aws-sdk/client-cloudformation';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import type { AwsClients } from '../../src/aws/clients.js';
import { clientOptions, createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';
import { putNewPlan } from '../../src/aws/plan-table.js';
import { floorToMinute } from '../../src/canary/minutes.js';
import { parseConfig } from '../../src/config/parse.js';
import type { DetachedPlan } from '../../src/detached/plan.js';
import { judgeSettings, newPlan } from '../../src/detached/start.js';
import { createAlias, getAlias, updateAlias } from '../../src/traffic/alias.js';
import { stepTarget } from '../../src/traffic/routing.js';
import { publishVersion } from '../../src/traffic/versions.js';
import type { VersionMinute } from './lambda-traffic.js';
import { putLambdaMinutes } from './lambda-traffic.js';
import { resetEmulator } from './emulator.js';
import { FakeClock } from './fake-clock.js';
import { createFunction, createRole, deployCode } from './lambda-emulator.js';

export const DETACHED_FN = 'orders-fn';
export const DETACHED_ALIAS = 'live';
export const PLAN_TABLE = 'orders-api-monitoring-plans';
const MINUTE = 60_000;
/** How long after a minute ends Lambda's datapoints for it are visible. */
const LATE_MS = 70_000;

export function dynamoClient(): DynamoDBClient {
  return new DynamoDBClient(clientOptions({ region: undefined }));
}

export async function createPlanTable(dynamo: DynamoDBClient, tableName = PLAN_TABLE): Promise<void> {
  await dynamo.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    }),
  );
}

/** Calls a minute and the share of them each version fails, played on whatever the alias routes. */
export class AliasTraffic {
  private readonly split = new Map<number, Record<string, number>>();
  private readonly carry = new Map<string, number>();
  private publishedUntil: number;

  constructor(
    private readonly aws: AwsClients,
    private readonly callsPerMinute: number,
    private readonly errorRates: Readonly<Record<string, number>>,
    fromMs: number,
  ) {
    this.publishedUntil = floorToMinute(fromMs);
  }

  /** `version` alone served the half hour before `fromMs`. */
  async history(version: string): Promise<void> {
    const until = this.publishedUntil;
    for (let m = until - 30 * MINUTE; m < until; m += MINUTE) this.split.set(m, { [version]: 1 });
    await this.publish(until - 30 * MINUTE, until);
  }

  /** The minute starting at floor(nowMs) is served at the alias's split now. */
  async serve(nowMs: number): Promise<void> {
    const target = (await getAlias(this.aws.lambda, DETACHED_FN, DETACHED_ALIAS))?.target;
    if (!target) return;
    const routed = Object.values(target.weights).reduce((a, b) => a + b, 0);
    this.split.set(floorToMinute(nowMs), { [target.version]: 1 - routed, ...target.weights });
  }

  /** Publishes every served minute that ended LATE_MS before nowMs. */
  async settle(nowMs: number): Promise<void> {
    const ready = floorToMinute(nowMs - LATE_MS);
    if (ready > this.publishedUntil) await this.publish(this.publishedUntil, ready);
    this.publishedUntil = Math.max(this.publishedUntil, ready);
  }

  private async publish(fromMs: number, untilMs: number): Promise<void> {
    const minutes: VersionMinute[] = [];
    for (let start = fromMs; start < untilMs; start += MINUTE) {
      for (const [version, share] of Object.entries(this.split.get(start) ?? {})) {
        const invocations = Math.round(this.callsPerMinute * share);
        const owed = (this.carry.get(version) ?? 0) + invocations * (this.errorRates[version] ?? 0);
        const errors = Math.floor(owed);
        this.carry.set(version, owed - errors);
        minutes.push({ version, start, invocations, errors, memory: 0.4 });
      }
    }
    await putLambdaMinutes(this.aws, DETACHED_FN, DETACHED_ALIAS, minutes);
  }
}

export interface DetachedGiven {
  readonly plan: DetachedPlan;
  readonly traffic: AliasTraffic;
  readonly startedAt: number;
}

/**
 * v1 live (30 quiet minutes of history), v2 published and shifted to the strategy's first step at
 * `startedAt`, the plan written as the action writes it.
 */
export async function givenDetachedCanary(
  aws: AwsClients,
  dynamo: DynamoDBClient,
  options: { strategy?: string; errorRates: Readonly<Record<string, number>>; callsPerMinute?: number },
): Promise<DetachedGiven> {
  const startedAt = floorToMinute(Date.now()) - 3 * 60 * MINUTE + 10_000;
  const clock = new FakeClock(startedAt);
  const role = await createRole(aws);
  await createFunction(aws, DETACHED_FN, role, 'v1');
  const v1 = await publishVersion(aws.lambda, DETACHED_FN, { clock });
  const before = await createAlias(aws.lambda, DETACHED_FN, DETACHED_ALIAS, {
    version: v1.version,
    weights: {},
  });
  await deployCode(aws, DETACHED_FN, 'v2');
  const v2 = await publishVersion(aws.lambda, DETACHED_FN, { clock });
  const inputs: Record<string, string> = { functions: DETACHED_FN, monitoring: 'false' };
  if (options.strategy) inputs['strategy'] = options.strategy;
  const config = parseConfig((name) => inputs[name as string] ?? '');
  const first = config.strategy.steps[0];
  const to = stepTarget(v1.version, v2.version, first?.weight ?? 1);
  await updateAlias(aws.lambda, before, to);
  const plan = newPlan({
    functionName: DETACHED_FN,
    functionArn: v2.functionArn,
    alias: DETACHED_ALIAS,
    stackName: 'orders-api',
    runId: 'https://ci.example/run/1',
    strategy: config.strategy,
    oldVersion: v1.version,
    newVersion: v2.version,
    timeoutSeconds: v2.timeoutSeconds,
    memorySizeMb: v2.memorySizeMb,
    judge: judgeSettings(config, 1, []),
    startedAt,
    journal: {
      functionName: DETACHED_FN,
      alias: DETACHED_ALIAS,
      snapshot: { version: v1.version, weights: {} },
      changes: [{ kind: 'shift', from: before.target, to, at: new Date(startedAt).toISOString() }],
    },
  });
  await createPlanTable(dynamo);
  await putNewPlan(dynamo, PLAN_TABLE, plan);
  const traffic = new AliasTraffic(aws, options.callsPerMinute ?? 1_000, options.errorRates, startedAt);
  await traffic.history(v1.version);
  await traffic.serve(startedAt);
  return { plan, traffic, startedAt };
}

/** The clients of a detached-canary suite, built once, with the emulator reset before each test. */
export function detachedSuite(): { aws: AwsClients; dynamo: DynamoDBClient } {
  const suite = {} as { aws: AwsClients; dynamo: DynamoDBClient };
  beforeAll(async () => {
    suite.aws = await createAwsClients({ region: undefined });
    suite.dynamo = dynamoClient();
  });
  afterAll(() => {
    destroyAwsClients(suite.aws);
    suite.dynamo.destroy();
  });
  beforeEach(resetEmulator);
  return suite;
}

/** The monitoring stack of `stackName` as far as the CLI reads it: its PlanTableName output. */
export async function givenMonitoringStack(aws: AwsClients, stackName: string): Promise<void> {
  const template = {
    Resources: { Topic: { Type: 'AWS::SNS::Topic' } },
    Outputs: { PlanTableName: { Value: PLAN_TABLE } },
  };
  await aws.cloudFormation.send(
    new CreateStackCommand({ StackName: `${stackName}-monitoring`, TemplateBody: JSON.stringify(template) }),
  );
}

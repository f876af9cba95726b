/**
 * The plan table of detached canaries (the monitoring stack's PlanTable, hash key `pk`). Every
 * write is conditional: a new plan only where none is in flight for the same function and alias,
 * and every later write only at the revision its writer read — so two guard invocations at the
 * same minute cannot both advance a plan: the loser's write fails and it changes nothing.
 */
import type { AttributeValue, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { awsErrorName, StackCanaryError } from '../errors.js';
import type { DetachedPlan } from '../schema/detached-plan.js';
import { detachedPlanSchema, planKey } from '../schema/detached-plan.js';
import { sdk } from './sdk.js';

/** Another writer got there first: the write changed nothing. */
export class PlanConflictError extends StackCanaryError {
  constructor(
    readonly key: string,
    message: string,
  ) {
    super('CONFLICT', message);
  }
}

const IN_FLIGHT = 'in-flight';

/** Writes a new plan, unless one is in flight for the same alias (its run named in the error). */
export async function putNewPlan(
  dynamo: DynamoDBClient,
  tableName: string,
  plan: DetachedPlan,
): Promise<void> {
  const key = planKey(plan.functionName, plan.alias);
  const { PutItemCommand } = await sdk.dynamoDb();
  try {
    await dynamo.send(
      new PutItemCommand({
        TableName: tableName,
        Item: planToItem(plan),
        ConditionExpression: 'attribute_not_exists(pk) OR #status <> :inFlight',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':inFlight': { S: IN_FLIGHT } },
      }),
    );
  } catch (error) {
    if (awsErrorName(error) !== 'ConditionalCheckFailedException') throw error;
    const first = await getPlan(dynamo, tableName, key).catch(() => undefined);
    throw new PlanConflictError(
      key,
      `A detached canary is already in flight for ${key}` +
        (first ? ` (v${first.newVersion}, started by ${first.runId})` : '') +
        '; this run wrote no plan. Wait for it (stack-canary wait) before deploying again.',
    );
  }
}

export async function getPlan(
  dynamo: DynamoDBClient,
  tableName: string,
  key: string,
): Promise<DetachedPlan | undefined> {
  const { GetItemCommand } = await sdk.dynamoDb();
  const answer = await dynamo.send(
    new GetItemCommand({ TableName: tableName, Key: { pk: { S: key } }, ConsistentRead: true }),
  );
  return answer.Item ? planFromItem(answer.Item) : undefined;
}

/**
 * Every plan of the table (in flight and ended), each validated. An item that cannot be used is
 * told to `onDamaged` and left out, so one damaged item does not stop the others.
 */
export async function scanPlans(
  dynamo: DynamoDBClient,
  tableName: string,
  onDamaged: (error: unknown) => void = (error) => {
    throw error;
  },
): Promise<DetachedPlan[]> {
  const { ScanCommand } = await sdk.dynamoDb();
  const plans: DetachedPlan[] = [];
  let start: Record<string, AttributeValue> | undefined;
  do {
    const answer = await dynamo.send(
      new ScanCommand({ TableName: tableName, ConsistentRead: true, ExclusiveStartKey: start }),
    );
    for (const item of answer.Items ?? []) {
      try {
        plans.push(planFromItem(item));
      } catch (error) {
        onDamaged(error);
      }
    }
    start = answer.LastEvaluatedKey;
  } while (start);
  return plans;
}

/**
 * Replaces the plan with `next` (whose revision must be `expected + 1`) only while the stored one
 * is still at `expected`; a PlanConflictError when another writer moved it first.
 */
export async function updatePlan(
  dynamo: DynamoDBClient,
  tableName: string,
  expected: number,
  next: DetachedPlan,
): Promise<void> {
  const key = planKey(next.functionName, next.alias);
  if (next.revision !== expected + 1) {
    throw new StackCanaryError(
      'INTERNAL',
      `Plan ${key}: revision ${next.revision} does not follow ${expected}.`,
    );
  }
  const item = planToItem(next);
  const { UpdateItemCommand } = await sdk.dynamoDb();
  try {
    await dynamo.send(
      new UpdateItemCommand({
        TableName: tableName,
        Key: { pk: { S: key } },
        UpdateExpression:
          'SET #status = :status, revision = :next, guardFailures = :failures, deadline = :deadline, #plan = :plan',
        ConditionExpression: 'revision = :expected',
        ExpressionAttributeNames: { '#status': 'status', '#plan': 'plan' },
        ExpressionAttributeValues: {
          ':status': item['status'] as AttributeValue,
          ':next': item['revision'] as AttributeValue,
          ':failures': item['guardFailures'] as AttributeValue,
          ':deadline': item['deadline'] as AttributeValue,
          ':plan': item['plan'] as AttributeValue,
          ':expected': { N: String(expected) },
        },
      }),
    );
  } catch (error) {
    if (awsErrorName(error) !== 'ConditionalCheckFailedException') throw error;
    throw new PlanConflictError(key, `Plan ${key} moved past revision ${expected}: another writer won.`);
  }
}

/** A DynamoDB attribute value, as much of it as the plan item uses. */
export type PlanAttribute = { S: string } | { N: string };
export type PlanItem = Record<string, PlanAttribute>;

/** The item of a plan: the plan as one JSON attribute, beside the few attributes the conditions read. */
export function planToItem(plan: DetachedPlan): PlanItem {
  return {
    pk: { S: planKey(plan.functionName, plan.alias) },
    status: { S: plan.status },
    revision: { N: String(plan.revision) },
    guardFailures: { N: String(plan.guardFailures) },
    deadline: { N: String(plan.deadline) },
    plan: { S: JSON.stringify(plan) },
  };
}

/** A plan read back from the table, checked whole by its schema; a damaged item is an error naming its key. */
export function planFromItem(item: Readonly<Record<string, unknown>>): DetachedPlan {
  const pk = readString(item['pk']) ?? '(no key)';
  const text = readString(item['plan']);
  const bad = (why: string): StackCanaryError =>
    new StackCanaryError('INTERNAL', `Plan item ${pk} cannot be used: ${why}.`);
  if (text === undefined) throw bad('it has no plan attribute');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw bad('its plan attribute is not JSON');
  }
  const parsed = detachedPlanSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw bad(`${issue?.path.join('.') || 'plan'}: ${issue?.message ?? 'invalid'}`);
  }
  const plan = parsed.data;
  if (planKey(plan.functionName, plan.alias) !== pk)
    throw bad('its key does not match its function and alias');
  if (readString(item['revision']) !== String(plan.revision))
    throw bad('its revision does not match its plan');
  if (plan.step >= plan.strategy.steps.length || plan.stepStarts.length !== plan.step + 1) {
    throw bad(`step ${plan.step} does not fit its ${plan.strategy.steps.length} steps and start times`);
  }
  return plan;
}

function readString(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const attribute = value as { S?: unknown; N?: unknown };
  if (typeof attribute.S === 'string') return attribute.S;
  if (typeof attribute.N === 'string') return attribute.N;
  return undefined;
}

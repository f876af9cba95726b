export const id = 217;
export const ids = [217];
export const modules = {

/***/ 6537:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hm: () => (/* binding */ createEventBridgeClient),
/* harmony export */   yG: () => (/* binding */ createDynamoClient)
/* harmony export */ });
/* unused harmony export createSecretsManagerClient */
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9852);

async function createDynamoClient(settings) {
    const { DynamoDBClient } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4305, 19));
    return new DynamoDBClient((0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .clientOptions */ .s1)(settings));
}
async function createEventBridgeClient(settings) {
    const { EventBridgeClient } = await __webpack_require__.e(/* import() */ 612).then(__webpack_require__.t.bind(__webpack_require__, 6612, 19));
    return new EventBridgeClient((0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .clientOptions */ .s1)(settings));
}
async function createSecretsManagerClient(settings) {
    const { SecretsManagerClient } = await __webpack_require__.e(/* import() */ 994).then(__webpack_require__.t.bind(__webpack_require__, 2994, 19));
    return new SecretsManagerClient(clientOptions(settings));
}


/***/ }),

/***/ 6580:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ PlanConflictError),
/* harmony export */   PK: () => (/* binding */ putNewPlan),
/* harmony export */   QL: () => (/* binding */ scanPlans),
/* harmony export */   U7: () => (/* binding */ getPlan)
/* harmony export */ });
/* unused harmony export updatePlan */
/* harmony import */ var _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4305);
/* harmony import */ var _detached_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(414);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5071);



/** Another writer got there first: the write changed nothing. */
class PlanConflictError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StackCanaryError */ .Bt {
    key;
    constructor(key, message) {
        super('CONFLICT', message);
        this.key = key;
    }
}
const IN_FLIGHT = 'in-flight';
/** Writes a new plan, unless one is in flight for the same alias (its run named in the error). */
async function putNewPlan(dynamo, tableName, plan) {
    const key = (0,_detached_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .planKey */ .vH)(plan.functionName, plan.alias);
    try {
        await dynamo.send(new _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_2__/* .PutItemCommand */ .qnp({
            TableName: tableName,
            Item: (0,_detached_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .planToItem */ .KY)(plan),
            ConditionExpression: 'attribute_not_exists(pk) OR #status <> :inFlight',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':inFlight': { S: IN_FLIGHT } },
        }));
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorName */ .ZH)(error) !== 'ConditionalCheckFailedException')
            throw error;
        const first = await getPlan(dynamo, tableName, key).catch(() => undefined);
        throw new PlanConflictError(key, `A detached canary is already in flight for ${key}` +
            (first ? ` (v${first.newVersion}, started by ${first.runId})` : '') +
            '; this run wrote no plan. Wait for it (stack-canary wait) before deploying again.');
    }
}
async function getPlan(dynamo, tableName, key) {
    const answer = await dynamo.send(new _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_2__/* .GetItemCommand */ .ZKh({ TableName: tableName, Key: { pk: { S: key } }, ConsistentRead: true }));
    return answer.Item ? (0,_detached_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .planFromItem */ .hK)(answer.Item) : undefined;
}
/**
 * Every plan of the table (in flight and ended), each validated. An item that cannot be used is
 * told to `onDamaged` and left out, so one damaged item does not stop the others.
 */
async function scanPlans(dynamo, tableName, onDamaged = (error) => {
    throw error;
}) {
    const plans = [];
    let start;
    do {
        const answer = await dynamo.send(new _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_2__/* .ScanCommand */ .Zy5({ TableName: tableName, ConsistentRead: true, ExclusiveStartKey: start }));
        for (const item of answer.Items ?? []) {
            try {
                plans.push((0,_detached_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .planFromItem */ .hK)(item));
            }
            catch (error) {
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
async function updatePlan(dynamo, tableName, expected, next) {
    const key = planKey(next.functionName, next.alias);
    if (next.revision !== expected + 1) {
        throw new StackCanaryError('INTERNAL', `Plan ${key}: revision ${next.revision} does not follow ${expected}.`);
    }
    const item = planToItem(next);
    try {
        await dynamo.send(new UpdateItemCommand({
            TableName: tableName,
            Key: { pk: { S: key } },
            UpdateExpression: 'SET #status = :status, revision = :next, guardFailures = :failures, deadline = :deadline, #plan = :plan',
            ConditionExpression: 'revision = :expected',
            ExpressionAttributeNames: { '#status': 'status', '#plan': 'plan' },
            ExpressionAttributeValues: {
                ':status': item['status'],
                ':next': item['revision'],
                ':failures': item['guardFailures'],
                ':deadline': item['deadline'],
                ':plan': item['plan'],
                ':expected': { N: String(expected) },
            },
        }));
    }
    catch (error) {
        if (awsErrorName(error) !== 'ConditionalCheckFailedException')
            throw error;
        throw new PlanConflictError(key, `Plan ${key} moved past revision ${expected}: another writer won.`);
    }
}


/***/ }),

/***/ 8217:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  handOff: () => (/* binding */ handOff)
});

// EXTERNAL MODULE: ./lib/src/aws/detached-clients.js
var detached_clients = __webpack_require__(6537);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-eventbridge/dist-cjs/index.js
var dist_cjs = __webpack_require__(6612);
;// CONCATENATED MODULE: ./lib/src/aws/plan-rule.js

async function enablePlanRule(events, ruleName) {
    await events.send(new dist_cjs/* EnableRuleCommand */.hc6({ Name: ruleName }));
}

// EXTERNAL MODULE: ./lib/src/aws/plan-table.js
var plan_table = __webpack_require__(6580);
// EXTERNAL MODULE: ./lib/src/errors.js
var errors = __webpack_require__(5071);
// EXTERNAL MODULE: ./lib/src/monitoring/outputs.js
var outputs = __webpack_require__(6355);
// EXTERNAL MODULE: ./lib/src/traffic/routing.js
var routing = __webpack_require__(3826);
// EXTERNAL MODULE: ./lib/src/canary/minutes.js
var minutes = __webpack_require__(8478);
;// CONCATENATED MODULE: ./lib/src/detached/advance.js
/**
 * What the guard does with a detached plan at one look (pure): given the plan, the judge's answer
 * and the time, hold, extend the step, go to the next step, promote, or roll back — with the same
 * rules as the action's step loop (a final look waits for the last step's minutes to settle; an
 * undecided step runs on within extend-hold while more traffic can decide it; on-inconclusive
 * settles the rest). Before any evidence, two safety rules: a plan past its deadline, or whose
 * processing failed MAX_GUARD_FAILURES times in a row, is rolled back.
 */


/** Past the last step's end (and its minutes' settling), the plan has this long before it is rolled back. */
const PLAN_MARGIN_MS = 15 * 60_000;
/** Consecutive failed ticks after which a plan is rolled back. */
const MAX_GUARD_FAILURES = 3;
/** The first step with a hold from `index` on, or undefined when the rest only promote. */
function nextHeldStep(steps, index) {
    for (let i = index; i < steps.length; i += 1)
        if (steps[i].holdMs > 0)
            return i;
    return undefined;
}
/** When a plan whose step `step` holds until `holdEndMs` is overdue. */
function planDeadline(steps, step, holdEndMs, timeoutSeconds) {
    const rest = steps.slice(step + 1).reduce((sum, s) => sum + s.holdMs, 0);
    return (0,minutes/* ceilToMinute */.tE)(holdEndMs + rest) + (0,minutes/* settleLagMs */.aj)(timeoutSeconds) + PLAN_MARGIN_MS;
}
/** Where the judge stands at `nowMs`, as the action's step loop would tell it. */
function stepContext(plan, nowMs) {
    const steps = plan.strategy.steps;
    const step = steps[plan.step];
    const lastStep = nextHeldStep(steps, plan.step + 1) === undefined;
    const settled = nowMs >= ceilToMinute(plan.holdEndMs) + settleLagMs(plan.timeoutSeconds);
    const holdOver = nowMs >= plan.holdEndMs;
    return {
        index: plan.step,
        weight: step.weight,
        elapsedMs: nowMs - (plan.stepStarts[plan.step] ?? nowMs),
        holdMs: step.holdMs,
        final: holdOver && (settled || !lastStep),
        extendHoldMs: plan.judge.extendHoldMs,
        lastStep,
        settled,
        plannedMs: steps.reduce((sum, s) => sum + s.holdMs, 0),
        functions: plan.judge.functions,
    };
}
/** The safety rules, checked before any evidence is read: undefined when neither applies. */
function overdue(plan, nowMs) {
    const back = soleTarget(plan.oldVersion);
    if (plan.guardFailures >= MAX_GUARD_FAILURES) {
        const reason = `the guard failed ${plan.guardFailures} times in a row on this plan; rolled back rather than left routing`;
        return { kind: 'rollback', verdict: 'fail', to: back, reason };
    }
    if (nowMs > plan.deadline) {
        const reason = `expired: past ${new Date(plan.deadline).toISOString()}, the last step's end plus ${PLAN_MARGIN_MS / MINUTE_MS} min, without a verdict`;
        return { kind: 'rollback', verdict: 'inconclusive', to: back, reason };
    }
    return undefined;
}
/** The plan's next move from one judgement at `nowMs`. */
function advance(plan, judgement, nowMs) {
    const context = stepContext(plan, nowMs);
    const at = `step ${plan.step + 1} (${formatShare(context.weight)})`;
    const back = soleTarget(plan.oldVersion);
    switch (judgement.decision) {
        case 'fail':
            return { kind: 'rollback', verdict: 'fail', to: back, reason: `${at}: ${judgement.reason}` };
        case 'pass':
            return forward(plan, 'pass', `${at}: ${judgement.reason}`);
        case 'inconclusive':
            return settle(plan, `${at}: ${judgement.reason}`);
        case 'continue':
            break;
    }
    if (!context.final)
        return { kind: 'hold', reason: judgement.reason };
    const stepEnd = (plan.stepStarts[plan.step] ?? nowMs) + context.holdMs;
    const limit = stepEnd + plan.judge.extendHoldMs;
    if (judgement.extend) {
        const wanted = Math.min(limit, nowMs + Math.max(MINUTE_MS, judgement.extend.needMs));
        if (wanted > plan.holdEndMs)
            return { kind: 'extend', holdEndMs: wanted, reason: judgement.extend.why };
    }
    return settle(plan, `${at}: ${judgement.reason} (still undecided when the hold ended)`);
}
/** An undecided step, settled by on-inconclusive. */
function settle(plan, reason) {
    if (plan.judge.onInconclusive === 'fail') {
        return { kind: 'rollback', verdict: 'inconclusive', to: soleTarget(plan.oldVersion), reason };
    }
    return forward(plan, 'inconclusive', `inconclusive, accepted by on-inconclusive: pass: ${reason}`);
}
/** A step passed (or was accepted): the next held step, or promotion when none is left. */
function forward(plan, verdict, reason) {
    const steps = plan.strategy.steps;
    const next = nextHeldStep(steps, plan.step + 1);
    if (next === undefined) {
        return {
            kind: 'promote',
            verdict: 'pass',
            to: soleTarget(plan.newVersion),
            reason: `promoted: ${reason}`,
        };
    }
    const weight = steps[next].weight;
    const to = stepTarget(plan.oldVersion, plan.newVersion, weight);
    return { kind: 'next', step: next, to, reason: `${verdict === 'pass' ? 'passed' : 'accepted'} ${reason}` };
}

// EXTERNAL MODULE: ./lib/src/detached/plan.js
var plan = __webpack_require__(414);
;// CONCATENATED MODULE: ./lib/src/detached/start.js




/** The judge's settings of a run, for one of its `functions` functions. */
function judgeSettings(config, functions, alarms) {
    return {
        thresholds: config.thresholds,
        compareBaseline: config.compareBaseline,
        onInconclusive: config.onInconclusive,
        extendHoldMs: config.extendHoldMs,
        functions: Math.max(1, functions),
        alarms: [...alarms],
        metrics: config.metrics,
    };
}
/** The first step the guard watches: the first one with a hold (the ones before it are passed through). */
function firstHeldStep(strategy) {
    const step = nextHeldStep(strategy.steps, 0);
    if (step === undefined) {
        throw new errors/* StackCanaryError */.Bt('INVALID_INPUT', `Strategy "${strategy.source}" holds no step: nothing to hand to the guard with wait: false.`);
    }
    return step;
}
function newPlan(start) {
    const step = firstHeldStep(start.strategy);
    const held = start.strategy.steps[step];
    const holdEndMs = start.startedAt + (held?.holdMs ?? 0);
    const { startedAt, topicArn, deployment, ...given } = start;
    return {
        format: plan/* PLAN_FORMAT */._A,
        ...given,
        step,
        stepStarts: Array(step + 1).fill(startedAt),
        holdEndMs,
        deadline: planDeadline(start.strategy.steps, step, holdEndMs, start.timeoutSeconds),
        decisions: [
            {
                at: startedAt,
                action: 'start',
                step,
                reason: `v${start.newVersion} at ${(0,routing/* formatShare */.T1)(held?.weight ?? 0)}; handed to the guard (wait: false)`,
            },
        ],
        last: undefined,
        claim: undefined,
        status: 'in-flight',
        verdict: undefined,
        revision: 0,
        guardFailures: 0,
        deployment,
        topicArn,
        createdAt: startedAt,
    };
}

;// CONCATENATED MODULE: ./lib/src/detached/hand-off.js









/** Shifts the first held step, writes the plans and enables the rule; resolves to the run's reason. */
async function handOff(deps) {
    const { config, fleet, logger, clock } = deps;
    const tableName = (0,outputs/* monitoringPlanTableName */.ZV)(deps.monitoringOutputs);
    const ruleName = (0,outputs/* monitoringPlanRuleName */.Zw)(deps.monitoringOutputs);
    if (!tableName || !ruleName) {
        throw new errors/* StackCanaryError */.Bt('AWS_ERROR', 'wait: false needs the monitoring stack outputs PlanTableName and PlanRuleName (guard: true); none found: redeploy it with guard: true.');
    }
    const runs = fleet.active();
    const firstDeploys = runs.filter((r) => r.status !== 'canary').map((r) => r.functionName);
    if (firstDeploys.length > 0) {
        throw new errors/* StackCanaryError */.Bt('INVALID_INPUT', `wait: false has no old version to compare for ${firstDeploys.join(', ')} (first deploy): run once with wait: true.`);
    }
    const clients = deps.clients ?? {
        dynamo: await (0,detached_clients/* createDynamoClient */.yG)({ region: config.region }),
        events: await (0,detached_clients/* createEventBridgeClient */.hm)({ region: config.region }),
    };
    try {
        // Before any shift: a plan already in flight for one of the aliases stops the run, nothing moved.
        for (const run of runs) {
            const found = await (0,plan_table/* getPlan */.U7)(clients.dynamo, tableName, (0,plan/* planKey */.vH)(run.functionName, config.alias));
            if (found?.status === 'in-flight') {
                throw new plan_table/* PlanConflictError */.Eg((0,plan/* planKey */.vH)(run.functionName, config.alias), `A detached canary is already in flight for ${(0,plan/* planKey */.vH)(run.functionName, config.alias)} ` +
                    `(v${found.newVersion}, started by ${found.runId}); nothing was moved. Wait for it (stack-canary wait) before deploying again.`);
            }
        }
        const step = firstHeldStep(config.strategy);
        const held = config.strategy.steps[step];
        const startedAt = clock.now();
        const timeout = Math.max(...runs.map((r) => r.published.timeoutSeconds));
        const deadline = planDeadline(config.strategy.steps, step, startedAt + held.holdMs, timeout);
        // The lease covers the whole plan: another run leaves these aliases to the guard meanwhile.
        await fleet.shift(held.weight, deadline - startedAt);
        const journals = new Map(deps.journal().map((j) => [j.functionName, j]));
        for (const run of runs) {
            const published = run.published;
            const plan = newPlan({
                functionName: run.functionName,
                functionArn: published.functionArn,
                alias: config.alias,
                stackName: config.stackName,
                runId: deps.runId,
                strategy: config.strategy,
                oldVersion: run.snapshot?.version,
                newVersion: published.version,
                timeoutSeconds: published.timeoutSeconds,
                memorySizeMb: published.memorySizeMb,
                judge: judgeSettings(config, runs.length, [...deps.alarmNames, ...config.alarms]),
                startedAt,
                journal: journals.get(run.functionName),
                topicArn: deps.topicArn,
                deployment: deps.deployment && config.githubTokenSecretArn
                    ? { ...deps.deployment, tokenSecretArn: config.githubTokenSecretArn }
                    : undefined,
            });
            await (0,plan_table/* putNewPlan */.PK)(clients.dynamo, tableName, plan);
            logger.info(`${run.functionName}: plan written to ${tableName}; the guard goes on from here.`);
        }
        await enablePlanRule(clients.events, ruleName);
        if (deps.deployment && !config.githubTokenSecretArn) {
            logger.warning(`GitHub deployment ${deps.deployment.id} stays in_progress: set github-token-secret so the guard gives it the verdict.`);
        }
        const names = runs.map((r) => r.functionName).join(', ');
        return (`handed to the guard: ${names} at ${(0,routing/* formatShare */.T1)(held.weight)} of "${config.strategy.source}"; ` +
            `it advances, promotes or rolls back each minute (stack-canary wait --stack-name ${config.stackName ?? ''} to follow)`);
    }
    finally {
        if (!deps.clients) {
            clients.dynamo.destroy();
            clients.events.destroy();
        }
    }
}


/***/ }),

/***/ 414:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KY: () => (/* binding */ planToItem),
/* harmony export */   _A: () => (/* binding */ PLAN_FORMAT),
/* harmony export */   hK: () => (/* binding */ planFromItem),
/* harmony export */   vH: () => (/* binding */ planKey)
/* harmony export */ });
/* unused harmony exports MAX_DECISIONS, withDecision */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/**
 * The plan of a detached canary (wait: false): everything the guard needs to go on with one
 * function's alias after the runner has gone — the strategy's steps, the old and new versions, the
 * judge's settings, when each step began, the alias journal, every decision — and its DynamoDB item.
 *
 * Pure: the item holds the plan as one JSON attribute, beside the few attributes the table's
 * conditions read (`status`, `revision`); a plan read back is validated whole before it is used.
 */


const PLAN_FORMAT = 1;
/** The plan table's key of one function's alias. */
function planKey(functionName, alias) {
    return `${functionName}:${alias}`;
}
function planToItem(plan) {
    return {
        pk: { S: planKey(plan.functionName, plan.alias) },
        status: { S: plan.status },
        revision: { N: String(plan.revision) },
        guardFailures: { N: String(plan.guardFailures) },
        deadline: { N: String(plan.deadline) },
        plan: { S: JSON.stringify(plan) },
    };
}
const num = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().finite();
const target = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), weights: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), num) });
const change = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['repair', 'shift', 'promote', 'rollback', 'create', 'delete']),
    from: target.nullable(),
    to: target.nullable(),
    at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
});
const action = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['start', 'hold', 'extend', 'next', 'promote', 'rollback', 'left-alone']);
const status = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['in-flight', 'promoted', 'rolled-back', 'left-alone']);
const verdict = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pass', 'fail', 'inconclusive']);
const evidence = zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()]));
const metricSource = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('metric'),
        namespace: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        metricName: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        dimensions: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), value: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })),
        statistic: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('expression'), expression: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
]);
const customMetric = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    source: metricSource,
    direction: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['higher-is-worse', 'lower-is-worse']),
    max: num.optional(),
    min: num.optional(),
    compare: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    rateOf: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('Invocations').optional(),
    perVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
});
const planSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    format: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(PLAN_FORMAT),
    functionName: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    functionArn: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    alias: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    stackName: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    strategy: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        source: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        steps: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ weight: num.gt(0).max(1), holdMs: num.min(0) })).min(1),
    }),
    oldVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    newVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    timeoutSeconds: num.min(0),
    memorySizeMb: num.min(0),
    judge: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        thresholds: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            maxErrorRate: num,
            maxMemoryUtilization: num,
            maxP99DurationMs: num.optional(),
            maxThrottles: num,
            minInvocations: num,
        }),
        compareBaseline: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        onInconclusive: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['fail', 'pass']),
        extendHoldMs: num.min(0),
        functions: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1),
        alarms: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(customMetric),
    }),
    step: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0),
    stepStarts: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(num),
    holdEndMs: num,
    deadline: num,
    journal: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        functionName: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        alias: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        snapshot: target.nullable(),
        changes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(change),
    }),
    decisions: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ at: num, action, step: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0), reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })),
    last: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ at: num, decision: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), evidence }).optional(),
    claim: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        at: num,
        action,
        step: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0),
        to: target,
        reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        status,
        verdict: verdict.optional(),
        replaces: target.optional(),
    })
        .optional(),
    status,
    verdict: verdict.optional(),
    revision: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0),
    guardFailures: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0),
    deployment: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(), repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), apiUrl: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), tokenSecretArn: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })
        .optional(),
    topicArn: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    createdAt: num,
});
/** A plan read back from the table, checked whole; a damaged item is an error naming its key. */
function planFromItem(item) {
    const pk = readString(item['pk']) ?? '(no key)';
    const text = readString(item['plan']);
    const bad = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt('INTERNAL', `Plan item ${pk} cannot be used: ${why}.`);
    if (text === undefined)
        throw bad('it has no plan attribute');
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw bad('its plan attribute is not JSON');
    }
    const parsed = planSchema.safeParse(json);
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
    return {
        ...plan,
        stackName: plan.stackName,
        last: plan.last,
        claim: plan.claim,
        verdict: plan.verdict,
        deployment: plan.deployment,
        topicArn: plan.topicArn,
    };
}
function readString(value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const attribute = value;
    if (typeof attribute.S === 'string')
        return attribute.S;
    if (typeof attribute.N === 'string')
        return attribute.N;
    return undefined;
}
/** Keeps the decision list bounded (an item holds at most 400 KB): the start and the newest. */
const MAX_DECISIONS = 200;
function withDecision(plan, decision) {
    const all = [...plan.decisions, decision];
    return all.length <= MAX_DECISIONS ? all : [all[0], ...all.slice(-(MAX_DECISIONS - 1))];
}


/***/ })

};

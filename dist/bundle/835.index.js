export const id = 835;
export const ids = [835];
export const modules = {

/***/ 6537:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hm: () => (/* binding */ createEventBridgeClient),
/* harmony export */   yG: () => (/* binding */ createDynamoClient)
/* harmony export */ });
/* unused harmony export createSecretsManagerClient */
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9852);
/* harmony import */ var _sdk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6112);


async function createDynamoClient(settings) {
    const { DynamoDBClient } = await _sdk_js__WEBPACK_IMPORTED_MODULE_1__/* .sdk */ .x.dynamoDb();
    return new DynamoDBClient((0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .clientOptions */ .s1)(settings));
}
async function createEventBridgeClient(settings) {
    const { EventBridgeClient } = await _sdk_js__WEBPACK_IMPORTED_MODULE_1__/* .sdk */ .x.eventBridge();
    return new EventBridgeClient((0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .clientOptions */ .s1)(settings));
}
async function createSecretsManagerClient(settings) {
    const { SecretsManagerClient } = await sdk.secretsManager();
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
/* unused harmony exports updatePlan, planToItem, planFromItem */
/* harmony import */ var _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4305);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/* harmony import */ var _schema_detached_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7778);



/** Another writer got there first: the write changed nothing. */
class PlanConflictError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt {
    key;
    constructor(key, message) {
        super('CONFLICT', message);
        this.key = key;
    }
}
const IN_FLIGHT = 'in-flight';
/** Writes a new plan, unless one is in flight for the same alias (its run named in the error). */
async function putNewPlan(dynamo, tableName, plan) {
    const key = (0,_schema_detached_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .planKey */ .vH)(plan.functionName, plan.alias);
    try {
        await dynamo.send(new _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_2__.PutItemCommand({
            TableName: tableName,
            Item: planToItem(plan),
            ConditionExpression: 'attribute_not_exists(pk) OR #status <> :inFlight',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':inFlight': { S: IN_FLIGHT } },
        }));
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorName */ .ZH)(error) !== 'ConditionalCheckFailedException')
            throw error;
        const first = await getPlan(dynamo, tableName, key).catch(() => undefined);
        throw new PlanConflictError(key, `A detached canary is already in flight for ${key}` +
            (first ? ` (v${first.newVersion}, started by ${first.runId})` : '') +
            '; this run wrote no plan. Wait for it (stack-canary wait) before deploying again.');
    }
}
async function getPlan(dynamo, tableName, key) {
    const answer = await dynamo.send(new _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_2__.GetItemCommand({ TableName: tableName, Key: { pk: { S: key } }, ConsistentRead: true }));
    return answer.Item ? planFromItem(answer.Item) : undefined;
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
        const answer = await dynamo.send(new _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_2__.ScanCommand({ TableName: tableName, ConsistentRead: true, ExclusiveStartKey: start }));
        for (const item of answer.Items ?? []) {
            try {
                plans.push(planFromItem(item));
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
/** The item of a plan: the plan as one JSON attribute, beside the few attributes the conditions read. */
function planToItem(plan) {
    return {
        pk: { S: (0,_schema_detached_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .planKey */ .vH)(plan.functionName, plan.alias) },
        status: { S: plan.status },
        revision: { N: String(plan.revision) },
        guardFailures: { N: String(plan.guardFailures) },
        deadline: { N: String(plan.deadline) },
        plan: { S: JSON.stringify(plan) },
    };
}
/** A plan read back from the table, checked whole by its schema; a damaged item is an error naming its key. */
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
    const parsed = _schema_detached_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .detachedPlanSchema */ .zY.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw bad(`${issue?.path.join('.') || 'plan'}: ${issue?.message ?? 'invalid'}`);
    }
    const plan = parsed.data;
    if ((0,_schema_detached_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .planKey */ .vH)(plan.functionName, plan.alias) !== pk)
        throw bad('its key does not match its function and alias');
    if (readString(item['revision']) !== String(plan.revision))
        throw bad('its revision does not match its plan');
    if (plan.step >= plan.strategy.steps.length || plan.stepStarts.length !== plan.step + 1) {
        throw bad(`step ${plan.step} does not fit its ${plan.strategy.steps.length} steps and start times`);
    }
    return plan;
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


/***/ }),

/***/ 8478:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rb: () => (/* binding */ settleLagOf),
/* harmony export */   aj: () => (/* binding */ settleLagMs),
/* harmony export */   ei: () => (/* binding */ floorToMinute),
/* harmony export */   g: () => (/* binding */ settledUntil),
/* harmony export */   m6: () => (/* binding */ minuteStarts),
/* harmony export */   tE: () => (/* binding */ ceilToMinute)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(347);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7954);
/**
 * Minute arithmetic for the collectors: which minutes a poll may judge.
 *
 * Lambda stamps a metric with the time the invocation STARTED and sends it when it ends, and
 * CloudWatch may take a minute or more to make it visible: a minute is "settled" (safe to read
 * as complete) only once it ended more than max(2 min, timeout + 1 min) ago. Unsettled minutes
 * are not yet judged; they are never reported as zero. A backend whose metrics are in at once
 * (a local emulator) sets its own lag with the `settle-lag` input; every reader of settled
 * minutes asks `settleLagOf` for it.
 */



function floorToMinute(ms) {
    return Math.floor(ms / _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .MINUTE_MS */ .k) * _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .MINUTE_MS */ .k;
}
/** How long after a minute ends its datapoints may still arrive, for a function's timeout. */
function settleLagMs(timeoutSeconds) {
    const timeoutMs = Math.ceil(Math.max(0, timeoutSeconds)) * 1000;
    return Math.max(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .MIN_SETTLE_MS */ .gb, timeoutMs + _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .MINUTE_MS */ .k);
}
/** A watched function's settle lag: the configured one (`settle-lag`), else Lambda's for its timeout. */
function settleLagOf(target) {
    return target.settleLagMs ?? settleLagMs(target.timeoutSeconds);
}
/**
 * End (exclusive, on a minute boundary) of the newest settled minute at `nowMs`, for a settle lag
 * of `lagMs`: every minute [t, t + 1 min) with t + 1 min <= the result is settled. The minute in
 * progress never is.
 */
function settledUntil(nowMs, lagMs) {
    return floorToMinute(nowMs - Math.max(0, lagMs));
}
/** Minute starts in [fromMs, untilMs), both on minute boundaries; empty when until <= from. */
function minuteStarts(fromMs, untilMs) {
    const starts = [];
    for (let t = floorToMinute(fromMs); t < untilMs; t += _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .MINUTE_MS */ .k)
        starts.push(t);
    return starts;
}
function ceilToMinute(ms) {
    return Math.ceil(ms / _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .MINUTE_MS */ .k) * _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .MINUTE_MS */ .k;
}


/***/ }),

/***/ 7835:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  handOff: () => (/* binding */ handOff)
});

// EXTERNAL MODULE: ./lib/src/aws/detached-clients.js
var detached_clients = __webpack_require__(6537);
// EXTERNAL MODULE: ./lib/src/aws/sdk.js
var sdk = __webpack_require__(6112);
;// CONCATENATED MODULE: ./lib/src/aws/plan-rule.js

async function enablePlanRule(events, ruleName) {
    const { EnableRuleCommand } = await sdk/* sdk */.x.eventBridge();
    await events.send(new EnableRuleCommand({ Name: ruleName }));
}

// EXTERNAL MODULE: ./lib/src/aws/plan-table.js
var plan_table = __webpack_require__(6580);
// EXTERNAL MODULE: ./lib/src/errors.js
var errors = __webpack_require__(5071);
// EXTERNAL MODULE: ./lib/src/monitoring/outputs.js + 1 modules
var outputs = __webpack_require__(6883);
// EXTERNAL MODULE: ./lib/src/traffic/routing.js
var routing = __webpack_require__(3826);
// EXTERNAL MODULE: ./lib/src/util/time.js
var time = __webpack_require__(7954);
// EXTERNAL MODULE: ./lib/src/canary/minutes.js
var minutes = __webpack_require__(8478);
;// CONCATENATED MODULE: ./lib/src/detached/safety.js
/**
 * The guard's safety rules for a detached plan (pure), checked before any evidence is read: a plan
 * past its deadline, or whose processing failed MAX_GUARD_FAILURES times in a row, is rolled back,
 * so a plan whose evidence cannot be read still ends on a judged version (its old one).
 */


/** Past the last step's end (and its minutes' settling), the plan has this long before it is rolled back. */
const PLAN_MARGIN_MS = 15 * time/* MINUTE_MS */.k;
/** Consecutive failed ticks after which a plan is rolled back. */
const MAX_GUARD_FAILURES = 3;
/** When a plan whose step `step` holds until `holdEndMs` is overdue. */
function planDeadline(steps, step, holdEndMs, timeoutSeconds) {
    const rest = steps.slice(step + 1).reduce((sum, s) => sum + s.holdMs, 0);
    return (0,minutes/* ceilToMinute */.tE)(holdEndMs + rest) + (0,minutes/* settleLagMs */.aj)(timeoutSeconds) + PLAN_MARGIN_MS;
}
/** The safety rules: undefined when neither applies. */
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

// EXTERNAL MODULE: ./lib/src/detached/plan.js
var plan = __webpack_require__(414);
// EXTERNAL MODULE: ./lib/src/engine/canary-plan.js
var canary_plan = __webpack_require__(8034);
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
    const step = (0,canary_plan/* nextHeldStep */.v3)(strategy.steps, 0);
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
        accepted: undefined,
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
/* harmony export */   _A: () => (/* reexport safe */ _schema_detached_plan_js__WEBPACK_IMPORTED_MODULE_0__._A),
/* harmony export */   vH: () => (/* reexport safe */ _schema_detached_plan_js__WEBPACK_IMPORTED_MODULE_0__.vH)
/* harmony export */ });
/* unused harmony exports MAX_DECISIONS, withDecision */
/* harmony import */ var _schema_detached_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7778);

/** Keeps the decision list bounded (an item holds at most 400 KB): the start and the newest. */
const MAX_DECISIONS = 200;
function withDecision(plan, decision) {
    const all = [...plan.decisions, decision];
    return all.length <= MAX_DECISIONS ? all : [all[0], ...all.slice(-(MAX_DECISIONS - 1))];
}


/***/ }),

/***/ 8034:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iz: () => (/* binding */ extensionFloorMs),
/* harmony export */   MM: () => (/* binding */ nextLookAt),
/* harmony export */   Rx: () => (/* binding */ enterStep),
/* harmony export */   SY: () => (/* binding */ currentStep),
/* harmony export */   b0: () => (/* binding */ isLastStep),
/* harmony export */   ev: () => (/* binding */ stepContext),
/* harmony export */   fC: () => (/* binding */ settledAt),
/* harmony export */   oo: () => (/* binding */ undecided),
/* harmony export */   ou: () => (/* binding */ observesP99),
/* harmony export */   tk: () => (/* binding */ stepStart),
/* harmony export */   v3: () => (/* binding */ nextHeldStep)
/* harmony export */ });
/* harmony import */ var _canary_minutes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8478);
/* harmony import */ var _canary_minutes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7954);
/**
 * The canary engine's state (pure): where one canary stands — its strategy, the step in force and
 * when it began, the hold's end (moved by an extension), the functions judged with their versions,
 * the decisions taken at this step so far — and the arithmetic both drivers share: the judge's
 * step context, when the step's minutes have settled, and when the next look is due.
 *
 * The action keeps this plan in memory; the guard rebuilds it at each tick from its stored plan.
 */

/** The first step with a hold from `index` on, or undefined when the rest only shift or promote. */
function nextHeldStep(steps, index) {
    for (let i = index; i < steps.length; i += 1)
        if (steps[i].holdMs > 0)
            return i;
    return undefined;
}
/** The plan once step `step` is shifted at `nowMs`: its hold starts, nothing decided yet. */
function enterStep(plan, step, nowMs) {
    const starts = plan.stepStarts.slice(0, Math.min(plan.stepStarts.length, step));
    while (starts.length < step)
        starts.push(nowMs);
    return {
        ...plan,
        step,
        stepStarts: [...starts, nowMs],
        holdEndMs: nowMs + currentStep(plan, step).holdMs,
        decided: {},
    };
}
function currentStep(plan, step = plan.step) {
    return plan.strategy.steps[step] ?? { weight: 0, holdMs: 0 };
}
function stepStart(plan) {
    return plan.stepStarts[plan.step] ?? plan.holdEndMs - currentStep(plan).holdMs;
}
/** No held step after this one: its final look waits for every minute of the hold to settle. */
function isLastStep(plan) {
    return nextHeldStep(plan.strategy.steps, plan.step + 1) === undefined;
}
/** When every minute up to the hold's end has settled, for one function (its own settle lag). */
function settledAt(plan, target) {
    return (0,_canary_minutes_js__WEBPACK_IMPORTED_MODULE_0__/* .ceilToMinute */ .tE)(plan.holdEndMs) + (0,_canary_minutes_js__WEBPACK_IMPORTED_MODULE_0__/* .settleLagOf */ .Rb)(target);
}
/** Where the judge stands for `target` at `nowMs`. */
function stepContext(plan, target, nowMs) {
    const step = currentStep(plan);
    const lastStep = isLastStep(plan);
    const settled = nowMs >= settledAt(plan, target);
    const holdOver = nowMs >= plan.holdEndMs;
    return {
        index: plan.step,
        weight: step.weight,
        elapsedMs: nowMs - stepStart(plan),
        holdMs: step.holdMs,
        // The last step's final look waits for its minutes to settle: nothing is promoted on partial
        // evidence. Earlier steps do not wait: their last minutes are judged during the next step.
        final: holdOver && (settled || !lastStep),
        extendHoldMs: plan.settings.extendHoldMs,
        lastStep,
        settled,
        plannedMs: plan.strategy.steps.reduce((sum, s) => sum + s.holdMs, 0),
        functions: plan.settings.functions,
    };
}
function undecided(plan) {
    return plan.targets.filter((t) => plan.decided[t.functionName] === undefined);
}
/** The look after which an undecided function is inconclusive (or extended). */
function lastLookAt(plan) {
    if (!isLastStep(plan))
        return plan.holdEndMs;
    return Math.max(plan.holdEndMs, ...undecided(plan).map((t) => settledAt(plan, t)));
}
/** When the next look is due after a look at `nowMs`: every lookEveryMs, and at the hold's boundaries. */
function nextLookAt(plan, nowMs) {
    const interval = Math.max(1, plan.settings.lookEveryMs);
    const boundary = nowMs < plan.holdEndMs ? plan.holdEndMs : lastLookAt(plan);
    return nowMs + Math.min(interval, boundary > nowMs ? boundary - nowMs : interval);
}
/** The least an extension adds: a look interval, and never less than one minute of metrics. */
function extensionFloorMs(plan) {
    return Math.max(_canary_minutes_js__WEBPACK_IMPORTED_MODULE_1__/* .MINUTE_MS */ .k, plan.settings.lookEveryMs);
}
/** CloudWatch is asked for p99 durations only when a ceiling judges them (max-p99-duration). */
function observesP99(thresholds) {
    return thresholds.maxP99DurationMs !== undefined;
}


/***/ }),

/***/ 6883:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Yl: () => (/* binding */ monitoringAlarmNames),
  Zw: () => (/* binding */ monitoringPlanRuleName),
  ZV: () => (/* binding */ monitoringPlanTableName),
  Dt: () => (/* binding */ monitoringRollbackTriggerArns),
  PP: () => (/* binding */ monitoringTopicArn)
});

// UNUSED EXPORTS: monitoringAlarmArns

// EXTERNAL MODULE: ./lib/src/errors.js
var errors = __webpack_require__(5071);
;// CONCATENATED MODULE: ./lib/src/monitoring/alarm-kinds.js
/**
 * The kinds of alarm the monitoring stack makes for each watched function (templates/monitoring.yaml),
 * named `<stack>-<function>-<kind>` with the output `<Function><Kind>Alarm`. The run watches them
 * during the canary, and the guard protects a function when one goes to ALARM. The composite of
 * them and the latency anomaly alarm (it only notifies) are not among them.
 */
const ALARM_KINDS = ['errors', 'error-rate', 'throttles', 'p99-duration', 'memory'];
/** `error-rate` → `ErrorRate`: the kind as the template's logical ids and output keys spell it. */
function alarmKindKey(kind) {
    return kind.replace(/(^|-)([a-z0-9])/g, (_match, _dash, letter) => letter.toUpperCase());
}

;// CONCATENATED MODULE: ./lib/src/monitoring/outputs.js
/**
 * Reading the monitoring stack's outputs: which alarms to watch during the canary, which to pass
 * to the app stack's update as rollback triggers, and where to notify.
 *
 * Output keys (templates/monitoring.yaml): per function `<Fn>ErrorsAlarm`, `<Fn>ErrorRateAlarm`,
 * `<Fn>ThrottlesAlarm`, `<Fn>P99DurationAlarm` (when a p99 ceiling is set), `<Fn>MemoryAlarm`,
 * `<Fn>CompositeAlarm` (any of them), `<Fn>LatencyAnomalyAlarm` (with latency-anomaly-alarm: it
 * only notifies, it is neither watched nor a rollback trigger); and `TopicArn`, `AlarmArnPrefix`, `WatchedFunctions`,
 * `Dashboard`, `GuardFunctionName`, `GuardFailuresAlarmName`, `PlanTableName`, `PlanRuleName` (the last
 * four when the guard is on).
 */


const WATCHED_ALARM_KEY = new RegExp(`(${ALARM_KINDS.map(alarmKindKey).join('|')})Alarm$`);
const COMPOSITE_ALARM_KEY = /CompositeAlarm$/;
function valuesOf(outputs, key) {
    const names = Object.entries(outputs)
        .filter(([k, v]) => key.test(k) && v !== '')
        .map(([, v]) => v);
    return [...new Set(names)].sort();
}
function toArns(outputs, names) {
    if (names.length === 0)
        return [];
    const prefix = outputs['AlarmArnPrefix'];
    if (!prefix) {
        throw new errors/* StackCanaryError */.Bt('AWS_ERROR', 'The monitoring stack has alarm outputs but no AlarmArnPrefix output: redeploy it.');
    }
    return names.map((name) => `${prefix}${name}`);
}
/** Every per-function alarm of the monitoring stack (not the composites): watched during the canary. */
function monitoringAlarmNames(outputs) {
    return valuesOf(outputs, WATCHED_ALARM_KEY);
}
function monitoringAlarmArns(outputs) {
    return toArns(outputs, monitoringAlarmNames(outputs));
}
/**
 * One composite alarm per function (ALARM when any of its alarms is): the app stack update's
 * rollback triggers. CloudFormation takes at most 5; the canary watches every alarm anyway.
 */
function monitoringRollbackTriggerArns(outputs) {
    return toArns(outputs, valuesOf(outputs, COMPOSITE_ALARM_KEY));
}
/** The topic every alarm and the guard notify (the action's own notifications can go there too). */
function monitoringTopicArn(outputs) {
    return outputs['TopicArn'] || undefined;
}
/** The table of detached canaries (wait: false) the guard advances; only when the guard is on. */
function monitoringPlanTableName(outputs) {
    return outputs['PlanTableName'] || undefined;
}
/** The every-minute guard rule the action enables while a detached canary is in flight. */
function monitoringPlanRuleName(outputs) {
    return outputs['PlanRuleName'] || undefined;
}


/***/ }),

/***/ 7778:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _A: () => (/* binding */ PLAN_FORMAT),
  zY: () => (/* binding */ detachedPlanSchema),
  vH: () => (/* binding */ planKey)
});

// UNUSED EXPORTS: planActionSchema, planClaimSchema, planDecisionSchema, planDeploymentSchema, planEvidenceSchema, planJudgeSettingsSchema, planStatusSchema, planVerdictSchema, recordedDeploymentSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./lib/src/schema/alias-journal.js
var alias_journal = __webpack_require__(4382);
;// CONCATENATED MODULE: ./lib/src/schema/canary-settings.js
/**
 * The canary's settings as they are persisted (a detached plan carries them to the guard), one
 * zod schema each, the TypeScript types inferred from them: the strategy, the thresholds, your
 * own metrics. The config's parser produces values of these types.
 */

const num = schemas/* number */.aig().finite();
const trafficStepSchema = schemas/* object */.Ikc({
    /** Canary share, 0..1. */
    weight: num.gt(0).max(1),
    holdMs: num.min(0),
})
    .readonly();
const strategySchema = schemas/* object */.Ikc({
    /** The input as written, for the report. */
    source: schemas/* string */.YjP(),
    steps: schemas/* array */.YOg(trafficStepSchema).min(1).readonly(),
})
    .readonly();
const thresholdsSchema = schemas/* object */.Ikc({
    /** Fraction, 0.01 = 1%. */
    maxErrorRate: num.min(0),
    /** Fraction of memory size, 0.9 = 90%. */
    maxMemoryUtilization: num.min(0),
    /** Milliseconds; undefined = no ceiling. */
    maxP99DurationMs: num.min(0).optional(),
    maxThrottles: num.min(0),
    minInvocations: num.min(0),
})
    .readonly();
const metricSourceSchema = schemas/* union */.KCZ([
    schemas/* object */.Ikc({
        kind: schemas/* literal */.euz('metric'),
        namespace: schemas/* string */.YjP().min(1),
        metricName: schemas/* string */.YjP().min(1),
        /** Values may hold `{version}`, replaced by the version judged. */
        dimensions: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), value: schemas/* string */.YjP() }).readonly()).readonly(),
        /** Sum, Average, Maximum, Minimum, SampleCount or pNN. */
        statistic: schemas/* string */.YjP().min(1),
    })
        .readonly(),
    /** Metric math (may hold `{version}`); it must give one series. */
    schemas/* object */.Ikc({ kind: schemas/* literal */.euz('expression'), expression: schemas/* string */.YjP().min(1) }).readonly(),
]);
const metricDirectionSchema = schemas/* enum */.k5n(['higher-is-worse', 'lower-is-worse']);
/** One entry of the `metrics` input: your own CloudWatch metric, judged per version or service-wide. */
const customMetricSchema = schemas/* object */.Ikc({
    /** Shown in logs, the summary and the reason. */
    name: schemas/* string */.YjP().min(1),
    source: metricSourceSchema,
    direction: metricDirectionSchema,
    /** Ceiling on the canary's value in any settled minute (higher-is-worse); a rate with rateOf. */
    max: num.optional(),
    /** Floor on the canary's value in any settled minute (lower-is-worse); a rate with rateOf. */
    min: num.optional(),
    /** Judged against the old version's value (needs `{version}`). */
    compare: schemas/* boolean */.zMY(),
    /** A count divided by the version's invocations, judged with the error-rate tests. */
    rateOf: schemas/* literal */.euz('Invocations').optional(),
    /** `{version}` appears in the dimensions or the expression: read once per version. */
    perVersion: schemas/* boolean */.zMY(),
})
    .readonly();

;// CONCATENATED MODULE: ./lib/src/schema/detached-plan.js
/**
 * The plan of a detached canary (wait: false), one zod schema, the TypeScript types inferred from
 * it: everything the guard needs to go on with one function's alias after the runner has gone —
 * the strategy's steps, the old and new versions, the judge's settings, when each step began, the
 * alias journal, every decision. The action writes it, the guard advances it, `stack-canary
 * status` reads it; a plan read back is validated whole before it is used.
 */



const PLAN_FORMAT = 1;
const detached_plan_num = schemas/* number */.aig().finite();
const index = schemas/* number */.aig().int().min(0);
const version = schemas/* string */.YjP().regex(alias_journal/* VERSION_PATTERN */.Q6);
/** in-flight: the guard advances it; the others are ends. */
const planStatusSchema = schemas/* enum */.k5n(['in-flight', 'promoted', 'rolled-back', 'left-alone']);
/** What the guard (or the action, at the start) did with a plan. */
const planActionSchema = schemas/* enum */.k5n([
    'start',
    'hold',
    'extend',
    'next',
    'promote',
    'rollback',
    'left-alone',
]);
const planVerdictSchema = schemas/* enum */.k5n(['pass', 'fail', 'inconclusive']);
const planDecisionSchema = schemas/* object */.Ikc({
    /** Epoch ms. */
    at: detached_plan_num,
    action: planActionSchema,
    /** The step the decision was taken at (index into the strategy's steps). */
    step: index,
    reason: schemas/* string */.YjP(),
})
    .readonly();
/** What the pure judge needs besides the samples, as the action had it. */
const planJudgeSettingsSchema = schemas/* object */.Ikc({
    thresholds: thresholdsSchema,
    compareBaseline: schemas/* boolean */.zMY(),
    onInconclusive: schemas/* enum */.k5n(['fail', 'pass']),
    extendHoldMs: detached_plan_num.min(0),
    /** How many functions the run judged: they share one false-rollback budget, as in the action. */
    functions: schemas/* number */.aig().int().min(1),
    /** Alarm names watched for this function (the `alarms` input and its monitoring alarms). */
    alarms: schemas/* array */.YOg(schemas/* string */.YjP()).readonly(),
    /** Your own metrics (the `metrics` input), read and judged as the action does. */
    metrics: schemas/* array */.YOg(customMetricSchema).readonly(),
})
    .readonly();
/** The last judgement, kept as evidence for `stack-canary status`. */
const planEvidenceSchema = schemas/* object */.Ikc({
    at: detached_plan_num,
    decision: schemas/* string */.YjP(),
    reason: schemas/* string */.YjP(),
    evidence: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP(), schemas/* boolean */.zMY()])).readonly(),
})
    .readonly();
/** An alias move the guard claimed (conditional write) and has not yet recorded as done. */
const planClaimSchema = schemas/* object */.Ikc({
    at: detached_plan_num,
    action: planActionSchema,
    /** The step in force once the move is made. */
    step: index,
    to: alias_journal/* aliasTargetSchema */.ZQ,
    reason: schemas/* string */.YjP(),
    /** The plan's status once the move is made. */
    status: planStatusSchema,
    verdict: planVerdictSchema.optional(),
    /** Where a stale claim this one replaced was taking the alias (it may have got there). */
    replaces: alias_journal/* aliasTargetSchema */.ZQ.optional(),
})
    .readonly();
/** The GitHub deployment the action recorded for the run (deployment-environment). */
const recordedDeploymentSchema = schemas/* object */.Ikc({
    id: schemas/* number */.aig().int(),
    /** owner/name */
    repository: schemas/* string */.YjP(),
    /** The GitHub REST API's root, e.g. https://api.github.com. */
    apiUrl: schemas/* string */.YjP(),
})
    .readonly();
/** The recorded deployment, updated by the guard when the plan ends. */
const planDeploymentSchema = schemas/* object */.Ikc({
    ...recordedDeploymentSchema.unwrap().shape,
    /** Secrets Manager ARN of the token (github-token-secret); the token itself is never stored. */
    tokenSecretArn: schemas/* string */.YjP(),
})
    .readonly();
const detachedPlanSchema = schemas/* object */.Ikc({
    format: schemas/* literal */.euz(PLAN_FORMAT),
    functionName: schemas/* string */.YjP().min(1),
    functionArn: schemas/* string */.YjP().min(1),
    alias: schemas/* string */.YjP().min(1),
    stackName: schemas/* string */.YjP().optional(),
    /** The run that wrote the plan (its lease names it). */
    runId: schemas/* string */.YjP(),
    strategy: strategySchema,
    oldVersion: version,
    newVersion: version,
    timeoutSeconds: detached_plan_num.min(0),
    memorySizeMb: detached_plan_num.min(0),
    judge: planJudgeSettingsSchema,
    /** Index of the step in force. */
    step: index,
    /** When each step begun so far was shifted, epoch ms. */
    stepStarts: schemas/* array */.YOg(detached_plan_num).readonly(),
    /** End of the current step's hold (moved by extend-hold). */
    holdEndMs: detached_plan_num,
    /** Past this the plan is rolled back whatever its evidence says. */
    deadline: detached_plan_num,
    journal: alias_journal/* aliasJournalSchema */.PJ,
    decisions: schemas/* array */.YOg(planDecisionSchema).readonly(),
    last: planEvidenceSchema.optional(),
    claim: planClaimSchema.optional(),
    status: planStatusSchema,
    verdict: planVerdictSchema.optional(),
    /** Why an inconclusive step was accepted (on-inconclusive: pass), for the promotion's reason. */
    accepted: schemas/* string */.YjP().optional(),
    /** Bumped by every write; each write is conditional on the revision it read. */
    revision: index,
    /** Consecutive ticks whose processing failed; reset by a good one. */
    guardFailures: index,
    deployment: planDeploymentSchema.optional(),
    topicArn: schemas/* string */.YjP().optional(),
    createdAt: detached_plan_num,
})
    .readonly();
/** The plan table's key of one function's alias. */
function planKey(functionName, alias) {
    return `${functionName}:${alias}`;
}


/***/ })

};

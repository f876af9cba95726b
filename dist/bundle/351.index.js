export const id = 351;
export const ids = [351];
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

/***/ 3351:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPlanCommand: () => (/* binding */ runPlanCommand)
/* harmony export */ });
/* unused harmony exports PLAN_COMMANDS, isPlanCommand, WAIT_POLL_MS, parsePlanFlags, statusOf, statusText, latestRun */
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9852);
/* harmony import */ var _aws_detached_clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6537);
/* harmony import */ var _aws_plan_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6580);
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6070);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(347);
/* harmony import */ var _detached_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(414);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5071);
/* harmony import */ var _monitoring_outputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6355);
/* harmony import */ var _stack_describe_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6116);
/* harmony import */ var _traffic_routing_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3826);
/* harmony import */ var _util_clock_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2401);











const PLAN_COMMANDS = (/* unused pure expression or super */ null && (['status', 'wait']));
function isPlanCommand(word) {
    return PLAN_COMMANDS.includes(word ?? '');
}
const DEFAULT_TIMEOUT = '2h';
/** How often `wait` reads the table. */
const WAIT_POLL_MS = 30_000;
function parsePlanFlags(command, argv) {
    let stackName;
    let json = false;
    let timeout = DEFAULT_TIMEOUT;
    let region;
    for (let i = 0; i < argv.length; i += 1) {
        const [flag, inline] = (argv[i] ?? '').split(/=(.*)/s, 2);
        const value = () => {
            const found = inline ?? argv[++i];
            if (found === undefined || found === '') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL(flag ?? '', `Flag ${flag} needs a value: ${flag} <value>.`);
            }
            return found;
        };
        if (flag === '--stack-name')
            stackName = value();
        else if (flag === '--region')
            region = value();
        else if (flag === '--json' && inline === undefined)
            json = true;
        else if (flag === '--timeout' && command === 'wait')
            timeout = value();
        else {
            const accepted = command === 'wait' ? '--stack-name, --timeout, --region' : '--stack-name, --json, --region';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL('arguments', `Unexpected argument "${argv[i]}" for ${command}. Accepted: ${accepted}.`);
        }
    }
    if (!stackName) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL('stack-name', `stack-canary ${command} needs --stack-name (the app stack's name).`);
    }
    const timeoutMs = (0,_config_units_js__WEBPACK_IMPORTED_MODULE_3__/* .durationMsOf */ .aw)(timeout);
    if (timeoutMs === null || timeoutMs <= 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL('timeout', `Flag --timeout is "${timeout}". Accepted: a duration such as 30m or 2h.`);
    }
    return { stackName, json, timeoutMs, region };
}
/** `stack-canary status|wait ...`: its exit code. */
async function runPlanCommand(command, argv, options = {}) {
    const log = options.log ?? ((text) => console.error(text));
    let flags;
    try {
        flags = parsePlanFlags(command, argv);
    }
    catch (error) {
        log(`stack-canary: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}`);
        return 2;
    }
    let owned;
    try {
        let clients = options.clients;
        if (!clients) {
            const aws = await (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .createAwsClients */ .Gv)({ region: flags.region });
            const dynamo = await (0,_aws_detached_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .createDynamoClient */ .yG)({ region: flags.region });
            owned = () => {
                (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .destroyAwsClients */ .QI)(aws);
                dynamo.destroy();
            };
            clients = { cloudFormation: aws.cloudFormation, dynamo };
        }
        const tableName = await planTableOf(clients.cloudFormation, flags.stackName);
        const read = async () => (0,_aws_plan_table_js__WEBPACK_IMPORTED_MODULE_2__/* .scanPlans */ .QL)(clients.dynamo, tableName);
        const print = options.print ?? ((text) => console.log(text));
        if (command === 'status') {
            const inFlight = (await read()).filter((p) => p.status === 'in-flight');
            print(flags.json ? JSON.stringify(inFlight.map(statusOf), null, 2) : statusText(inFlight));
            return 0;
        }
        return await waitForPlans(read, flags, options.clock ?? _util_clock_js__WEBPACK_IMPORTED_MODULE_9__/* .realClock */ .d, print, log);
    }
    catch (error) {
        log(`stack-canary ${command}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}`);
        return 2;
    }
    finally {
        owned?.();
    }
}
async function planTableOf(cloudFormation, stackName) {
    const name = (0,_constants_js__WEBPACK_IMPORTED_MODULE_10__/* .monitoringStackName */ .cg)(stackName);
    const stack = await (0,_stack_describe_js__WEBPACK_IMPORTED_MODULE_7__/* .describeStack */ .GO)(cloudFormation, name);
    const table = stack.exists ? (0,_monitoring_outputs_js__WEBPACK_IMPORTED_MODULE_6__/* .monitoringPlanTableName */ .ZV)(stack.outputs) : undefined;
    if (!table) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .StackCanaryError */ .Bt('AWS_ERROR', stack.exists
            ? `Monitoring stack ${name} has no PlanTableName output: deploy it with guard: true.`
            : `Monitoring stack ${name} does not exist: deploy ${stackName} with monitoring: true and guard: true.`);
    }
    return table;
}
/** What `status --json` shows of one plan. */
function statusOf(plan) {
    const step = plan.strategy.steps[plan.step];
    return {
        plan: (0,_detached_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .planKey */ .vH)(plan.functionName, plan.alias),
        versions: { old: plan.oldVersion, new: plan.newVersion },
        strategy: plan.strategy.source,
        step: plan.step + 1,
        steps: plan.strategy.steps.length,
        weight: step?.weight,
        stepStartedAt: new Date(plan.stepStarts[plan.step] ?? 0).toISOString(),
        holdEndsAt: new Date(plan.holdEndMs).toISOString(),
        deadline: new Date(plan.deadline).toISOString(),
        guardFailures: plan.guardFailures,
        last: plan.last && { ...plan.last, at: new Date(plan.last.at).toISOString() },
        decisions: plan.decisions.map((d) => ({ ...d, at: new Date(d.at).toISOString(), step: d.step + 1 })),
        startedBy: plan.runId,
    };
}
function statusText(plans) {
    if (plans.length === 0)
        return 'No detached canary in flight.';
    return plans
        .map((plan) => {
        const step = plan.strategy.steps[plan.step];
        const alias = plan.journal.changes.at(-1)?.to;
        return [
            `${(0,_detached_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .planKey */ .vH)(plan.functionName, plan.alias)}: v${plan.oldVersion} → v${plan.newVersion}, "${plan.strategy.source}"`,
            `  step ${plan.step + 1}/${plan.strategy.steps.length} at ${(0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_8__/* .formatShare */ .T1)(step?.weight ?? 0)} (alias ${(0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_8__/* .describeTarget */ .ff)(alias)}), hold ends ${new Date(plan.holdEndMs).toISOString()}, deadline ${new Date(plan.deadline).toISOString()}`,
            plan.last
                ? `  last look ${new Date(plan.last.at).toISOString()}: ${plan.last.decision}: ${plan.last.reason}`
                : '  not looked at by the guard yet',
            `  guard failures in a row: ${plan.guardFailures}; started by ${plan.runId}`,
        ].join('\n');
    })
        .join('\n\n');
}
/** The plans of the newest run (one run writes one plan per function): the ones `wait` answers for. */
function latestRun(plans) {
    const newest = plans.reduce((a, p) => (a && a.createdAt >= p.createdAt ? a : p), undefined);
    return plans.filter((p) => p.runId === newest?.runId);
}
async function waitForPlans(read, flags, clock, print, log) {
    const until = clock.now() + flags.timeoutMs;
    for (;;) {
        const plans = await read();
        const inFlight = plans.filter((p) => p.status === 'in-flight');
        if (inFlight.length === 0) {
            const ended = latestRun(plans).map((p) => ({
                plan: (0,_detached_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .planKey */ .vH)(p.functionName, p.alias),
                status: p.status,
                verdict: p.verdict,
                reason: p.decisions.at(-1)?.reason,
            }));
            print(JSON.stringify({ plans: ended }, null, 2));
            const failed = latestRun(plans).some((p) => p.status !== 'promoted');
            log(failed
                ? 'stack-canary wait: a detached canary did not pass.'
                : 'stack-canary wait: every plan promoted.');
            return failed ? 1 : 0;
        }
        if (clock.now() >= until) {
            log(`stack-canary wait: still in flight after ${flags.timeoutMs / 60_000} min: ${inFlight.map((p) => (0,_detached_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .planKey */ .vH)(p.functionName, p.alias)).join(', ')}`);
            return 2;
        }
        log(statusText(inFlight));
        await clock.sleep(Math.min(WAIT_POLL_MS, Math.max(1, until - clock.now())));
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


/***/ }),

/***/ 6355:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dt: () => (/* binding */ monitoringRollbackTriggerArns),
/* harmony export */   PP: () => (/* binding */ monitoringTopicArn),
/* harmony export */   Yl: () => (/* binding */ monitoringAlarmNames),
/* harmony export */   ZV: () => (/* binding */ monitoringPlanTableName),
/* harmony export */   Zw: () => (/* binding */ monitoringPlanRuleName)
/* harmony export */ });
/* unused harmony export monitoringAlarmArns */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
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

const WATCHED_ALARM_KEY = /(Errors|ErrorRate|Throttles|P99Duration|Memory)Alarm$/;
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt('AWS_ERROR', 'The monitoring stack has alarm outputs but no AlarmArnPrefix output: redeploy it.');
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

/***/ 6116:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ isStackMissingError),
/* harmony export */   A5: () => (/* binding */ isBusy),
/* harmony export */   GO: () => (/* binding */ describeStack),
/* harmony export */   oJ: () => (/* binding */ isSuccess)
/* harmony export */ });
/* unused harmony export needsCreate */
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3805);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);


/**
 * DescribeStacks answers a missing stack with a `ValidationError` whose message says it
 * "does not exist": the name alone is shared with other validation failures, so this is one of the
 * two places where the API leaves us only its message to go by (the other: empty change sets).
 */
function isStackMissingError(error) {
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorName */ .ZH)(error) === 'ValidationError' && /does not exist/.test(String(error.message));
}
/** The stack's state by name or id. A deleted stack looked up by id is `exists: false` too. */
async function describeStack(cfn, stackNameOrId) {
    let stack;
    try {
        const answer = await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.DescribeStacksCommand({ StackName: stackNameOrId }));
        stack = answer.Stacks?.[0];
    }
    catch (error) {
        if (isStackMissingError(error))
            return { exists: false };
        throw error;
    }
    if (!stack || stack.StackStatus === 'DELETE_COMPLETE')
        return { exists: false };
    return toState(stack);
}
function toState(stack) {
    const outputs = {};
    for (const o of stack.Outputs ?? []) {
        if (o.OutputKey)
            outputs[o.OutputKey] = o.OutputValue ?? '';
    }
    return {
        exists: true,
        stackId: stack.StackId ?? stack.StackName ?? '',
        stackName: stack.StackName ?? '',
        status: stack.StackStatus ?? 'UNKNOWN',
        statusReason: stack.StackStatusReason,
        outputs,
        parameters: (stack.Parameters ?? []).map((p) => ({
            key: p.ParameterKey ?? '',
            value: p.ParameterValue ?? '',
        })),
        capabilities: stack.Capabilities ?? [],
        tags: (stack.Tags ?? []).map((t) => ({ key: t.Key ?? '', value: t.Value ?? '' })),
        terminationProtection: stack.EnableTerminationProtection ?? false,
    };
}
/**
 * Busy: CloudFormation is working on the stack. REVIEW_IN_PROGRESS is not busy: it is the
 * resting state of a stack that only has a CREATE change set (nothing is running).
 */
function isBusy(status) {
    return status.endsWith('_IN_PROGRESS') && status !== 'REVIEW_IN_PROGRESS';
}
/** The states a stack operation may end in that mean it did what was asked. */
const SUCCESS = new Set(['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'IMPORT_COMPLETE', 'DELETE_COMPLETE']);
function isSuccess(status) {
    return SUCCESS.has(status);
}
/** The stack has no usable template to update: a change set must CREATE it. */
function needsCreate(state) {
    return !state.exists || state.status === 'REVIEW_IN_PROGRESS';
}


/***/ })

};

export const id = 387;
export const ids = [387];
export const modules = {

/***/ 6537:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hm: () => (/* binding */ createEventBridgeClient),
/* harmony export */   uW: () => (/* binding */ createStsClient),
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
async function createStsClient(settings) {
    const { STSClient } = await _sdk_js__WEBPACK_IMPORTED_MODULE_1__/* .sdk */ .x.sts();
    return new STSClient((0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .clientOptions */ .s1)(settings));
}


/***/ }),

/***/ 6580:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ PlanConflictError),
/* harmony export */   PK: () => (/* binding */ putNewPlan),
/* harmony export */   QL: () => (/* binding */ scanPlans),
/* harmony export */   U7: () => (/* binding */ getPlan),
/* harmony export */   td: () => (/* binding */ updatePlan)
/* harmony export */ });
/* unused harmony exports planToItem, planFromItem */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/* harmony import */ var _schema_detached_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7778);
/* harmony import */ var _sdk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6112);



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
    const { PutItemCommand } = await _sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sdk */ .x.dynamoDb();
    try {
        await dynamo.send(new PutItemCommand({
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
    const { GetItemCommand } = await _sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sdk */ .x.dynamoDb();
    const answer = await dynamo.send(new GetItemCommand({ TableName: tableName, Key: { pk: { S: key } }, ConsistentRead: true }));
    return answer.Item ? planFromItem(answer.Item) : undefined;
}
/**
 * Every plan of the table (in flight and ended), each validated. An item that cannot be used is
 * told to `onDamaged` and left out, so one damaged item does not stop the others.
 */
async function scanPlans(dynamo, tableName, onDamaged = (error) => {
    throw error;
}) {
    const { ScanCommand } = await _sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sdk */ .x.dynamoDb();
    const plans = [];
    let start;
    do {
        const answer = await dynamo.send(new ScanCommand({ TableName: tableName, ConsistentRead: true, ExclusiveStartKey: start }));
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
    const key = (0,_schema_detached_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .planKey */ .vH)(next.functionName, next.alias);
    if (next.revision !== expected + 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt('INTERNAL', `Plan ${key}: revision ${next.revision} does not follow ${expected}.`);
    }
    const item = planToItem(next);
    const { UpdateItemCommand } = await _sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sdk */ .x.dynamoDb();
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
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorName */ .ZH)(error) !== 'ConditionalCheckFailedException')
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

/***/ 414:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _A: () => (/* reexport safe */ _schema_detached_plan_js__WEBPACK_IMPORTED_MODULE_0__._A),
/* harmony export */   pz: () => (/* binding */ withDecision),
/* harmony export */   vH: () => (/* reexport safe */ _schema_detached_plan_js__WEBPACK_IMPORTED_MODULE_0__.vH)
/* harmony export */ });
/* unused harmony exports MAX_DECISIONS, lastTarget */
/* harmony import */ var _schema_detached_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7778);

/** Keeps the decision list bounded (an item holds at most 400 KB): the start and the newest. */
const MAX_DECISIONS = 200;
function withDecision(plan, decision) {
    const all = [...plan.decisions, decision];
    return all.length <= MAX_DECISIONS ? all : [all[0], ...all.slice(-(MAX_DECISIONS - 1))];
}
/** Where the plan left the alias last: its journal's last change, else where it started. */
function lastTarget(plan) {
    const changes = plan.journal.changes;
    return changes.length > 0 ? changes[changes.length - 1].to : plan.journal.snapshot;
}


/***/ }),

/***/ 6883:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Yl: () => (/* binding */ monitoringAlarmNames),
  N6: () => (/* binding */ monitoringPlanStore),
  ZV: () => (/* binding */ monitoringPlanTableName),
  Dt: () => (/* binding */ monitoringRollbackTriggerArns),
  PP: () => (/* binding */ monitoringTopicArn)
});

// UNUSED EXPORTS: monitoringAlarmArns, monitoringPlanRuleName

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
/** The plan table and the guard's rule, which `needs` (an input's setting) cannot do without. */
function monitoringPlanStore(outputs, needs) {
    const tableName = monitoringPlanTableName(outputs);
    const ruleName = monitoringPlanRuleName(outputs);
    if (!tableName || !ruleName) {
        throw new errors/* StackCanaryError */.Bt('AWS_ERROR', `${needs} needs the monitoring stack outputs PlanTableName and PlanRuleName (guard: true); none found: redeploy it with guard: true.`);
    }
    return { tableName, ruleName };
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

// UNUSED EXPORTS: controlCommandSchema, planActionSchema, planClaimSchema, planDecisionSchema, planDeploymentSchema, planEvidenceSchema, planHolderSchema, planJudgeSettingsSchema, planPauseSchema, planRequestSchema, planStatusSchema, planVerdictSchema, recordedDeploymentSchema

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
    'pause',
    'resume',
    'take-over',
]);
/** What `stack-canary promote|rollback|pause|resume` asks the guard to do with a plan. */
const controlCommandSchema = schemas/* enum */.k5n(['promote', 'rollback', 'pause', 'resume']);
/** A command written onto the plan (conditionally), carried out by the guard at its next tick. */
const planRequestSchema = schemas/* object */.Ikc({
    command: controlCommandSchema,
    /** Epoch ms. */
    at: detached_plan_num,
    /** The caller's identity (its ARN, from STS GetCallerIdentity). */
    by: schemas/* string */.YjP().min(1),
    reason: schemas/* string */.YjP(),
})
    .readonly();
/** A plan held at its step by request: no step advance until resumed; a harmful canary still rolls back. */
const planPauseSchema = schemas/* object */.Ikc({
    /** When the guard paused it, epoch ms. */
    at: detached_plan_num,
    by: schemas/* string */.YjP().min(1),
    reason: schemas/* string */.YjP(),
    /** What was left of the step's hold when it was paused: given back on resume. */
    holdLeftMs: detached_plan_num.min(0),
})
    .readonly();
const planVerdictSchema = schemas/* enum */.k5n(['pass', 'fail', 'inconclusive']);
const planDecisionSchema = schemas/* object */.Ikc({
    /** Epoch ms. */
    at: detached_plan_num,
    action: planActionSchema,
    /** The step the decision was taken at (index into the strategy's steps). */
    step: index,
    reason: schemas/* string */.YjP(),
    /** Who asked for it (a request's caller), when it was not the guard's own decision. */
    by: schemas/* string */.YjP().optional(),
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
    /** Who asked for the move (a promote or rollback request), recorded on its decision. */
    by: schemas/* string */.YjP().optional(),
})
    .readonly();
/**
 * A waited run's plan (on-runner-loss: guard): the run drives the canary and mirrors it here,
 * renewing `untilMs` at its polls; the guard leaves it alone until then, and takes it over after.
 */
const planHolderSchema = schemas/* object */.Ikc({
    /** The run, as its alias lease names it. */
    run: schemas/* string */.YjP(),
    /** Epoch ms: past this the run has stopped renewing, and the guard takes the plan over. */
    untilMs: detached_plan_num,
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
    /** A control command waiting for the guard's next tick (stack-canary promote|rollback|pause|resume). */
    request: planRequestSchema.optional(),
    /** Set while the plan is paused by request. */
    paused: planPauseSchema.optional(),
    /** Watched alarms the guard found already in ALARM before the first shift (kept across ticks). */
    alarmsFiringBefore: schemas/* array */.YOg(schemas/* string */.YjP()).readonly().optional(),
    /** Bumped by every write; each write is conditional on the revision it read. */
    revision: index,
    /** Consecutive ticks whose processing failed; reset by a good one. */
    guardFailures: index,
    deployment: planDeploymentSchema.optional(),
    topicArn: schemas/* string */.YjP().optional(),
    createdAt: detached_plan_num,
    /** Set while a waited run drives the plan (on-runner-loss: guard); the guard's once it is gone. */
    heldBy: planHolderSchema.optional(),
})
    .readonly();
/** The plan table's key of one function's alias. */
function planKey(functionName, alias) {
    return `${functionName}:${alias}`;
}


/***/ })

};

export const id = 236;
export const ids = [236];
export const modules = {

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

/***/ 7236:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runControlCommand: () => (/* binding */ runControlCommand)
});

// UNUSED EXPORTS: MAX_REASON_LENGTH, chosenPlans, parseControlFlags

// EXTERNAL MODULE: ./lib/src/errors.js
var errors = __webpack_require__(5071);
// EXTERNAL MODULE: ./lib/src/aws/sdk.js
var sdk = __webpack_require__(6112);
;// CONCATENATED MODULE: ./lib/src/aws/caller.js


async function callerArn(sts) {
    const { GetCallerIdentityCommand } = await sdk/* sdk */.x.sts();
    const answer = await sts.send(new GetCallerIdentityCommand({}));
    if (!answer.Arn)
        throw new errors/* StackCanaryError */.Bt('AWS_ERROR', 'STS GetCallerIdentity answered without an ARN.');
    return answer.Arn;
}

// EXTERNAL MODULE: ./lib/src/aws/detached-clients.js
var detached_clients = __webpack_require__(6537);
// EXTERNAL MODULE: ./lib/src/aws/plan-table.js
var plan_table = __webpack_require__(6580);
// EXTERNAL MODULE: ./lib/src/util/time.js
var time = __webpack_require__(7954);
// EXTERNAL MODULE: ./lib/src/traffic/routing.js
var routing = __webpack_require__(3826);
// EXTERNAL MODULE: ./lib/src/detached/plan.js
var detached_plan = __webpack_require__(414);
// EXTERNAL MODULE: ./lib/src/detached/safety.js
var safety = __webpack_require__(8195);
;// CONCATENATED MODULE: ./lib/src/detached/control.js
/**
 * Control of a detached canary (pure): `stack-canary promote|rollback|pause|resume` writes a
 * request onto the plan; the guard carries it out at its next tick, after the safety rules.
 *
 * - promote: the alias goes to the new version (verdict pass, promoted by request);
 * - rollback: the alias goes back to the old version (verdict fail, rolled back by request);
 * - pause: the canary is held at its step and weight: the judge still looks every minute and a
 *   canary it fails is still rolled back, but no step is taken and no promotion made; the
 *   deadline moves with the clock for at most MAX_PAUSE_MS, after which the plan expires;
 * - resume: the step goes on with the hold it had left when paused.
 *
 * Every request is recorded among the plan's decisions with the caller's identity and reason.
 */




/** How long a pause can hold a plan: past it the deadline stops moving and the plan expires. */
const MAX_PAUSE_MS = 24 * 60 * time/* MINUTE_MS */.k;
/** Why `command` cannot be asked of the plan now (one line), or undefined when it can. */
function refusalOf(plan, command) {
    const key = (0,detached_plan/* planKey */.vH)(plan.functionName, plan.alias);
    if (plan.status !== 'in-flight') {
        return `the detached canary of ${key} has ended (${plan.status}, verdict ${plan.verdict ?? 'none'}): there is nothing to ${command}.`;
    }
    const pausing = plan.request?.command === 'pause';
    if (command === 'pause' && (plan.paused || pausing)) {
        const by = plan.paused ?? plan.request;
        return `the detached canary of ${key} is already ${plan.paused ? 'paused' : 'to be paused'} (by ${by?.by}): resume it, promote it or roll it back.`;
    }
    if (command === 'resume' && !plan.paused && !pausing) {
        return `the detached canary of ${key} is not paused: there is nothing to resume.`;
    }
    return undefined;
}
/** The plan with `request` written on it (replacing one still waiting), at the next revision. */
function withRequest(plan, request) {
    return { ...plan, request, revision: plan.revision + 1 };
}
/** The waiting request taken off the plan and carried out on it; undefined when none waits. */
function takeRequest(plan, nowMs) {
    const request = plan.request;
    if (!request)
        return undefined;
    const { command, by } = request;
    const why = request.reason === '' ? 'no reason given' : request.reason;
    const log = { plan: planKey(plan.functionName, plan.alias), request: command, by, reason: why };
    const taken = { ...plan, request: undefined };
    const decided = (action, reason) => withDecision(plan, { at: nowMs, action, step: plan.step, reason, by });
    switch (command) {
        case 'promote':
        case 'rollback': {
            const promote = command === 'promote';
            const move = {
                kind: command,
                verdict: promote ? 'pass' : 'fail',
                to: soleTarget(promote ? plan.newVersion : plan.oldVersion),
                reason: `${promote ? 'promoted' : 'rolled back'} by request of ${by}: ${why}`,
                by,
            };
            return { plan: { ...taken, paused: undefined }, move, log };
        }
        case 'pause': {
            if (plan.paused)
                return { plan: taken, log };
            const paused = { at: nowMs, by, reason: why, holdLeftMs: Math.max(0, plan.holdEndMs - nowMs) };
            const reason = `paused by request of ${by}: ${why}`;
            return { plan: { ...taken, paused, decisions: decided('pause', reason) }, log };
        }
        case 'resume': {
            // A pause still waiting is called off; a plan not paused has nothing to resume.
            if (!plan.paused)
                return { plan: taken, log };
            const holdEndMs = Math.max(plan.holdEndMs, nowMs + plan.paused.holdLeftMs);
            const reason = `resumed by request of ${by}: ${why} (paused ${Math.round((nowMs - plan.paused.at) / MINUTE_MS)} min)`;
            return {
                plan: {
                    ...taken,
                    paused: undefined,
                    holdEndMs,
                    deadline: planDeadline(plan.strategy.steps, plan.step, holdEndMs, plan.timeoutSeconds),
                    decisions: decided('resume', reason),
                },
                log,
            };
        }
    }
}
/**
 * The engine's move on a paused plan: a rollback for harm (verdict fail) is made; anything else is
 * held at the step, with the deadline moved on (at most MAX_PAUSE_MS past the pause).
 */
function whilePaused(plan, move, nowMs) {
    const paused = plan.paused;
    if (!paused || (move.kind === 'rollback' && move.verdict === 'fail'))
        return { plan, move };
    const heldUntil = Math.max(plan.holdEndMs, Math.min(nowMs, paused.at + MAX_PAUSE_MS));
    const deadline = planDeadline(plan.strategy.steps, plan.step, heldUntil, plan.timeoutSeconds);
    const judged = move.kind === 'hold' ? move.reason : `the judge would ${move.kind}: ${move.reason}`;
    return {
        plan: { ...plan, deadline: Math.max(plan.deadline, deadline) },
        move: { kind: 'hold', reason: `paused by ${paused.by} (${paused.reason}); ${judged}` },
    };
}

// EXTERNAL MODULE: ./lib/src/util/clock.js
var clock = __webpack_require__(2401);
// EXTERNAL MODULE: ./lib/src/cli/plan-access.js
var plan_access = __webpack_require__(9963);
;// CONCATENATED MODULE: ./lib/src/cli/control-commands.js








/** Longest --reason kept on the plan (an item holds at most 400 KB, and a reason is one line). */
const MAX_REASON_LENGTH = 500;
/** Conditional writes tried per plan while the guard keeps moving it. */
const WRITE_ATTEMPTS = 3;
function parseControlFlags(command, argv) {
    const flags = (0,plan_access/* parseCommandFlags */.iI)(command, argv, {
        values: ['--stack-name', '--function', '--reason', '--region'],
        switches: [],
    });
    const reason = flags.values.get('--reason') ?? '';
    if (reason.length > MAX_REASON_LENGTH || /[\r\n]/.test(reason)) {
        throw new errors/* ConfigError */.xL('reason', `Flag --reason is ${reason.length} characters${/[\r\n]/.test(reason) ? ' over several lines' : ''}. Accepted: one line of at most ${MAX_REASON_LENGTH} characters.`);
    }
    return {
        stackName: flags.stackName,
        functionName: flags.values.get('--function'),
        reason,
        region: flags.values.get('--region'),
    };
}
/** `stack-canary promote|rollback|pause|resume ...`: its exit code (0 written, 2 refused or failed). */
async function runControlCommand(command, argv, options = {}) {
    const log = options.log ?? ((text) => console.error(text));
    const print = options.print ?? ((text) => console.log(text));
    let owned;
    try {
        const flags = parseControlFlags(command, argv);
        let clients = options.clients;
        if (!clients) {
            const opened = await (0,plan_access/* openPlanClients */.wW)(flags.region);
            const sts = await (0,detached_clients/* createStsClient */.uW)({ region: flags.region });
            owned = () => {
                opened.close();
                sts.destroy();
            };
            clients = { ...opened.clients, sts };
        }
        const tableName = await (0,plan_access/* planTableOf */.vi)(clients.cloudFormation, flags.stackName);
        const targets = chosenPlans(await (0,plan_table/* scanPlans */.QL)(clients.dynamo, tableName), command, flags);
        const by = await callerArn(clients.sts);
        const request = {
            command,
            at: (options.clock ?? clock/* realClock */.d).now(),
            by,
            reason: flags.reason,
        };
        for (const plan of targets) {
            await writeRequest(clients.dynamo, tableName, plan, request);
            print(`${(0,detached_plan/* planKey */.vH)(plan.functionName, plan.alias)}: ${command} requested by ${by}${flags.reason ? ` (${flags.reason})` : ''}; the guard carries it out at its next tick, within a minute.`);
        }
        return 0;
    }
    catch (error) {
        log(`stack-canary ${command}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return 2;
    }
    finally {
        owned?.();
    }
}
/** The plans the command is for: every one in flight, or --function's; refused when one cannot take it. */
function chosenPlans(plans, command, flags) {
    const name = flags.functionName;
    const ofFunction = name === undefined
        ? plans.filter((p) => p.status === 'in-flight')
        : plans.filter((p) => p.functionName === name || (0,detached_plan/* planKey */.vH)(p.functionName, p.alias) === name);
    if (ofFunction.length === 0) {
        const known = [...new Set(plans.map((p) => p.functionName))].sort().join(', ') || 'none';
        if (name === undefined) {
            throw new errors/* StackCanaryError */.Bt('CONFLICT', `no detached canary of ${flags.stackName} is in flight: there is nothing to ${command}.`);
        }
        throw new errors/* ConfigError */.xL('function', `Flag --function is "${name}", which no detached canary of ${flags.stackName} deploys. Accepted: a function of its plans (${known}).`);
    }
    // The table keeps one plan per function and alias: the newest, in flight or ended.
    for (const plan of ofFunction) {
        const refusal = refusalOf(plan, command);
        if (refusal)
            throw new errors/* StackCanaryError */.Bt('CONFLICT', refusal);
    }
    return ofFunction;
}
/** The request written at the revision read; read again and retried when the guard wrote first. */
async function writeRequest(dynamo, tableName, read, request) {
    const key = (0,detached_plan/* planKey */.vH)(read.functionName, read.alias);
    let plan = read;
    for (let attempt = 1;; attempt += 1) {
        try {
            await (0,plan_table/* updatePlan */.td)(dynamo, tableName, plan.revision, withRequest(plan, request));
            return;
        }
        catch (error) {
            if (!(error instanceof plan_table/* PlanConflictError */.Eg) || attempt >= WRITE_ATTEMPTS)
                throw error;
        }
        const again = await (0,plan_table/* getPlan */.U7)(dynamo, tableName, key);
        if (!again)
            throw new errors/* StackCanaryError */.Bt('CONFLICT', `the plan of ${key} is gone: there is nothing to ${request.command}.`);
        const refusal = refusalOf(again, request.command);
        if (refusal)
            throw new errors/* StackCanaryError */.Bt('CONFLICT', refusal);
        plan = again;
    }
}


/***/ }),

/***/ 9963:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iI: () => (/* binding */ parseCommandFlags),
/* harmony export */   vi: () => (/* binding */ planTableOf),
/* harmony export */   wW: () => (/* binding */ openPlanClients)
/* harmony export */ });
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9852);
/* harmony import */ var _aws_detached_clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6537);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(347);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5071);
/* harmony import */ var _monitoring_outputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6883);
/* harmony import */ var _stack_describe_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6116);






/** The clients to read plans with, built for the region; `close` destroys them. */
async function openPlanClients(region) {
    const aws = await (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .createAwsClients */ .Gv)({ region });
    const dynamo = await (0,_aws_detached_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .createDynamoClient */ .yG)({ region });
    return {
        clients: { cloudFormation: aws.cloudFormation, dynamo },
        close: () => {
            (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .destroyAwsClients */ .QI)(aws);
            dynamo.destroy();
        },
    };
}
/** `stack-canary <command>`'s flags; a ConfigError naming the flag for anything else. */
function parseCommandFlags(command, argv, spec) {
    const values = new Map();
    const switches = new Set();
    for (let i = 0; i < argv.length; i += 1) {
        const [flag = '', inline] = (argv[i] ?? '').split(/=(.*)/s, 2);
        if (values.has(flag) || switches.has(flag)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(flag, `Flag ${flag} is given twice for ${command}. Give it once.`);
        }
        if (spec.values.includes(flag)) {
            const found = inline ?? argv[++i];
            if (found === undefined || found === '') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(flag, `Flag ${flag} needs a value: ${flag} <value>.`);
            }
            values.set(flag, found);
        }
        else if (spec.switches.includes(flag) && inline === undefined) {
            switches.add(flag);
        }
        else {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('arguments', `Unexpected argument "${argv[i]}" for ${command}. Accepted: ${[...spec.values, ...spec.switches].join(', ')}.`);
        }
    }
    const stackName = values.get('--stack-name');
    if (!stackName) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('stack-name', `stack-canary ${command} needs --stack-name (the app stack's name).`);
    }
    return { stackName, values, switches };
}
/** The plan table of `stackName`'s monitoring stack; an error saying what to deploy when there is none. */
async function planTableOf(cloudFormation, stackName) {
    const name = (0,_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .monitoringStackName */ .cg)(stackName);
    const stack = await (0,_stack_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .describeStack */ .GO)(cloudFormation, name);
    const table = stack.exists ? (0,_monitoring_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .monitoringPlanTableName */ .ZV)(stack.outputs) : undefined;
    if (!table) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .StackCanaryError */ .Bt('AWS_ERROR', stack.exists
            ? `Monitoring stack ${name} has no PlanTableName output: deploy it with guard: true.`
            : `Monitoring stack ${name} does not exist: deploy ${stackName} with monitoring: true and guard: true.`);
    }
    return table;
}


/***/ }),

/***/ 8195:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ planDeadline)
/* harmony export */ });
/* unused harmony exports PLAN_MARGIN_MS, MAX_GUARD_FAILURES, overdue */
/* harmony import */ var _canary_minutes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7954);
/* harmony import */ var _canary_minutes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8478);
/* harmony import */ var _traffic_routing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3826);
/**
 * The guard's safety rules for a detached plan (pure), checked before any evidence is read: a plan
 * past its deadline, or whose processing failed MAX_GUARD_FAILURES times in a row, is rolled back,
 * so a plan whose evidence cannot be read still ends on a judged version (its old one).
 */


/** Past the last step's end (and its minutes' settling), the plan has this long before it is rolled back. */
const PLAN_MARGIN_MS = 15 * _canary_minutes_js__WEBPACK_IMPORTED_MODULE_1__/* .MINUTE_MS */ .k;
/** Consecutive failed ticks after which a plan is rolled back. */
const MAX_GUARD_FAILURES = 3;
/** When a plan whose step `step` holds until `holdEndMs` is overdue. */
function planDeadline(steps, step, holdEndMs, timeoutSeconds) {
    const rest = steps.slice(step + 1).reduce((sum, s) => sum + s.holdMs, 0);
    return (0,_canary_minutes_js__WEBPACK_IMPORTED_MODULE_2__/* .ceilToMinute */ .tE)(holdEndMs + rest) + (0,_canary_minutes_js__WEBPACK_IMPORTED_MODULE_2__/* .settleLagMs */ .aj)(timeoutSeconds) + PLAN_MARGIN_MS;
}
/** The safety rules: undefined when neither applies. */
function overdue(plan, nowMs) {
    const back = soleTarget(plan.oldVersion);
    if (plan.guardFailures >= MAX_GUARD_FAILURES) {
        const reason = `the guard failed ${plan.guardFailures} times in a row on this plan; rolled back rather than left routing`;
        return { kind: 'rollback', verdict: 'fail', to: back, reason };
    }
    if (nowMs > plan.deadline) {
        const paused = plan.paused
            ? ` (paused since ${new Date(plan.paused.at).toISOString()} by ${plan.paused.by}, longer than a pause may hold it)`
            : '';
        const reason = `expired: past ${new Date(plan.deadline).toISOString()}, the last step's end plus ${PLAN_MARGIN_MS / MINUTE_MS} min, without a verdict${paused}`;
        return { kind: 'rollback', verdict: 'inconclusive', to: back, reason };
    }
    return undefined;
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

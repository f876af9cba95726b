export const id = 580;
export const ids = [580];
export const modules = {

/***/ 7128:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ enablePlanRule)
/* harmony export */ });
/* harmony import */ var _sdk_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6112);

async function enablePlanRule(events, ruleName) {
    const { EnableRuleCommand } = await _sdk_js__WEBPACK_IMPORTED_MODULE_0__/* .sdk */ .x.eventBridge();
    await events.send(new EnableRuleCommand({ Name: ruleName }));
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

/***/ 3580:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   handOff: () => (/* binding */ handOff)
/* harmony export */ });
/* harmony import */ var _aws_detached_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6537);
/* harmony import */ var _aws_plan_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7128);
/* harmony import */ var _aws_plan_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6580);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5071);
/* harmony import */ var _monitoring_outputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6883);
/* harmony import */ var _traffic_routing_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3826);
/* harmony import */ var _safety_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8195);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(414);
/* harmony import */ var _start_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6361);









/** Shifts the first held step, writes the plans and enables the rule; resolves to the run's reason. */
async function handOff(deps) {
    const { config, fleet, logger, clock } = deps;
    const { tableName, ruleName } = (0,_monitoring_outputs_js__WEBPACK_IMPORTED_MODULE_4__/* .monitoringPlanStore */ .N6)(deps.monitoringOutputs, 'wait: false');
    const runs = fleet.active();
    const firstDeploys = runs.filter((r) => r.status !== 'canary').map((r) => r.functionName);
    if (firstDeploys.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .StackCanaryError */ .Bt('INVALID_INPUT', `wait: false has no old version to compare for ${firstDeploys.join(', ')} (first deploy): run once with wait: true.`);
    }
    const clients = deps.clients ?? {
        dynamo: await (0,_aws_detached_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .createDynamoClient */ .yG)({ region: config.region }),
        events: await (0,_aws_detached_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .createEventBridgeClient */ .hm)({ region: config.region }),
    };
    try {
        // Before any shift: a plan already in flight for one of the aliases stops the run, nothing moved.
        for (const run of runs) {
            const found = await (0,_aws_plan_table_js__WEBPACK_IMPORTED_MODULE_2__/* .getPlan */ .U7)(clients.dynamo, tableName, (0,_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .planKey */ .vH)(run.functionName, config.alias));
            if (found?.status === 'in-flight') {
                throw new _aws_plan_table_js__WEBPACK_IMPORTED_MODULE_2__/* .PlanConflictError */ .Eg((0,_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .planKey */ .vH)(run.functionName, config.alias), `A detached canary is already in flight for ${(0,_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .planKey */ .vH)(run.functionName, config.alias)} ` +
                    `(v${found.newVersion}, started by ${found.runId}); nothing was moved. Wait for it (stack-canary wait) before deploying again.`);
            }
        }
        const step = (0,_start_js__WEBPACK_IMPORTED_MODULE_8__/* .firstHeldStep */ .KY)(config.strategy);
        const held = config.strategy.steps[step];
        const startedAt = clock.now();
        const timeout = Math.max(...runs.map((r) => r.published.timeoutSeconds));
        const deadline = (0,_safety_js__WEBPACK_IMPORTED_MODULE_6__/* .planDeadline */ .C3)(config.strategy.steps, step, startedAt + held.holdMs, timeout);
        // The lease covers the whole plan: another run leaves these aliases to the guard meanwhile.
        await fleet.shift(held.weight, deadline - startedAt);
        const journals = new Map(deps.journal().map((j) => [j.functionName, j]));
        for (const run of runs) {
            const published = run.published;
            const plan = (0,_start_js__WEBPACK_IMPORTED_MODULE_8__/* .newPlan */ .EI)({
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
                judge: (0,_start_js__WEBPACK_IMPORTED_MODULE_8__/* .judgeSettings */ .$z)(config, runs.length, [...deps.alarmNames, ...config.alarms]),
                startedAt,
                journal: journals.get(run.functionName),
                topicArn: deps.topicArn,
                deployment: (0,_start_js__WEBPACK_IMPORTED_MODULE_8__/* .planDeployment */ .HN)(config, deps.deployment),
            });
            await (0,_aws_plan_table_js__WEBPACK_IMPORTED_MODULE_2__/* .putNewPlan */ .PK)(clients.dynamo, tableName, plan);
            logger.info(`${run.functionName}: plan written to ${tableName}; the guard goes on from here.`);
        }
        await (0,_aws_plan_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .enablePlanRule */ .X)(clients.events, ruleName);
        if (deps.deployment && !config.githubTokenSecretArn) {
            logger.warning(`GitHub deployment ${deps.deployment.id} stays in_progress: set github-token-secret so the guard gives it the verdict.`);
        }
        const names = runs.map((r) => r.functionName).join(', ');
        return (`handed to the guard: ${names} at ${(0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_5__/* .formatShare */ .T1)(held.weight)} of "${config.strategy.source}"; ` +
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

/***/ 6361:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ judgeSettings),
/* harmony export */   EI: () => (/* binding */ newPlan),
/* harmony export */   HN: () => (/* binding */ planDeployment),
/* harmony export */   KY: () => (/* binding */ firstHeldStep)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/* harmony import */ var _traffic_routing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3826);
/* harmony import */ var _engine_canary_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8034);
/* harmony import */ var _safety_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8195);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(414);





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
/** The run's GitHub deployment, for the guard to end: only with github-token-secret (its token). */
function planDeployment(config, deployment) {
    return deployment && config.githubTokenSecretArn
        ? { ...deployment, tokenSecretArn: config.githubTokenSecretArn }
        : undefined;
}
/** The first step the guard watches: the first one with a hold (the ones before it are passed through). */
function firstHeldStep(strategy) {
    const step = (0,_engine_canary_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .nextHeldStep */ .v3)(strategy.steps, 0);
    if (step === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt('INVALID_INPUT', `Strategy "${strategy.source}" holds no step: nothing to hand to the guard with wait: false.`);
    }
    return step;
}
function newPlan(start) {
    const step = firstHeldStep(start.strategy);
    const held = start.strategy.steps[step];
    const holdEndMs = start.startedAt + (held?.holdMs ?? 0);
    const { startedAt, topicArn, deployment, ...given } = start;
    return {
        format: _plan_js__WEBPACK_IMPORTED_MODULE_3__/* .PLAN_FORMAT */ ._A,
        ...given,
        step,
        stepStarts: Array(step + 1).fill(startedAt),
        holdEndMs,
        deadline: (0,_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .planDeadline */ .C3)(start.strategy.steps, step, holdEndMs, start.timeoutSeconds),
        decisions: [
            {
                at: startedAt,
                action: 'start',
                step,
                reason: `v${start.newVersion} at ${(0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_1__/* .formatShare */ .T1)(held?.weight ?? 0)}; handed to the guard (wait: false)`,
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
        holdEndMs: plan.holdEndMs,
        heldMs: plan.holdEndMs - stepStart(plan),
        settledForMs: Math.max(0, nowMs - settledAt(plan, target)),
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


/***/ })

};

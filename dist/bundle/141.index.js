export const id = 141;
export const ids = [141];
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

/***/ 2141:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  holdPlans: () => (/* binding */ holdPlans)
});

// EXTERNAL MODULE: ./lib/src/aws/detached-clients.js
var detached_clients = __webpack_require__(6537);
// EXTERNAL MODULE: ./lib/src/aws/plan-rule.js
var plan_rule = __webpack_require__(7128);
// EXTERNAL MODULE: ./lib/src/aws/plan-table.js
var plan_table = __webpack_require__(6580);
// EXTERNAL MODULE: ./lib/src/errors.js
var errors = __webpack_require__(5071);
// EXTERNAL MODULE: ./lib/src/monitoring/outputs.js + 1 modules
var outputs = __webpack_require__(6883);
// EXTERNAL MODULE: ./lib/src/pipeline/guarded.js
var guarded = __webpack_require__(4097);
// EXTERNAL MODULE: ./lib/src/pipeline/runner-loss.js
var runner_loss = __webpack_require__(2799);
// EXTERNAL MODULE: ./lib/src/traffic/routing.js
var routing = __webpack_require__(3826);
// EXTERNAL MODULE: ./lib/src/detached/start.js
var detached_start = __webpack_require__(6361);
// EXTERNAL MODULE: ./lib/src/detached/plan.js
var detached_plan = __webpack_require__(414);
// EXTERNAL MODULE: ./lib/src/detached/safety.js
var safety = __webpack_require__(8195);
;// CONCATENATED MODULE: ./lib/src/detached/held-plan.js




const iso = (ms) => new Date(ms).toISOString();
/**
 * The engine's move at a step's end, as the claim of a guard's move (tick.ts): written before the
 * run moves the alias, so that a guard taking over a run that died mid-move finishes that move.
 */
function claimOf(plan, step, move, nowMs) {
    const to = move.to[plan.functionName];
    if (!to)
        return undefined;
    const { reason } = move;
    if (move.kind === 'shift')
        return { at: nowMs, action: 'next', step: move.step, to, reason, status: 'in-flight' };
    const status = move.kind === 'promote' ? 'promoted' : 'rolled-back';
    return { at: nowMs, action: move.kind, step, to, reason, status, verdict: move.verdict };
}
/**
 * The stored plan with the engine's step, hold and journal (and its move, when a step ended),
 * held by the run until `nowMs + termMs`.
 */
function mirrorPlan(plan, engine, journal, nowMs, termMs, move) {
    return {
        ...plan,
        claim: move ? claimOf(plan, engine.step, move, nowMs) : undefined,
        step: engine.step,
        stepStarts: [...engine.stepStarts],
        holdEndMs: engine.holdEndMs,
        deadline: (0,safety/* planDeadline */.C3)(plan.strategy.steps, engine.step, engine.holdEndMs, plan.timeoutSeconds),
        accepted: engine.accepted,
        journal,
        heldBy: { run: plan.runId, untilMs: nowMs + termMs },
        revision: plan.revision + 1,
    };
}
/** The run's plan when it first writes it: the plan a hand-off writes, held by the run. */
function heldPlan(start, engine, nowMs, termMs) {
    const plan = (0,detached_start/* newPlan */.EI)(start);
    const decision = {
        at: nowMs,
        action: 'start',
        step: engine.step,
        reason: `v${start.newVersion} judged by the run ${start.runId}; the guard takes it over if the run stops (on-runner-loss: guard)`,
    };
    const mirrored = mirrorPlan({ ...plan, decisions: [decision] }, engine, start.journal, nowMs, termMs);
    return { ...mirrored, revision: 0 };
}
/**
 * Whether the mirror must be written now: the engine moved (a step, an extension, an accepted
 * inconclusive, a claimed move), the alias changed, or half the hold has gone since the last
 * renewal. The hold's term is the alias lease's (at least one look interval and half a lease term),
 * so the first look past half of it renews the hold at least half a lease term before it lapses.
 */
function mirrorDue(stored, next, nowMs, termMs) {
    const untilMs = stored.heldBy?.untilMs ?? 0;
    return (stored.step !== next.step ||
        stored.holdEndMs !== next.holdEndMs ||
        stored.accepted !== next.accepted ||
        stored.claim?.action !== next.claim?.action ||
        stored.journal.changes.length !== next.journal.changes.length ||
        untilMs - nowMs <= termMs / 2);
}
/** The plan once the run ends the canary itself: no longer held, ended with its verdict. */
function closedPlan(plan, journal, verdict, reason, nowMs) {
    const promoted = verdict === 'pass';
    const action = promoted ? 'promote' : 'rollback';
    return {
        ...plan,
        journal,
        heldBy: undefined,
        claim: undefined,
        status: promoted ? 'promoted' : 'rolled-back',
        verdict,
        decisions: (0,detached_plan/* withDecision */.pz)(plan, { at: nowMs, action, step: plan.step, reason: `by the run: ${reason}` }),
        revision: plan.revision + 1,
    };
}
/** held: the run drives it; lapsed: its run stopped renewing; undefined: not a run's plan (or the guard's now). */
function holdStanding(plan, nowMs) {
    if (!plan.heldBy)
        return undefined;
    return nowMs < plan.heldBy.untilMs ? 'held' : 'lapsed';
}
/** Whether `target` routes only the plan's two versions, with some traffic on the new one. */
function routesTheCanary(plan, target) {
    const routed = Object.keys(target.weights);
    if (target.version === plan.newVersion)
        return routed.length === 0;
    return (target.version === plan.oldVersion && routed.length > 0 && routed.every((v) => v === plan.newVersion));
}
/**
 * The plan once the guard takes it over from its lapsed run, given the alias as it is now:
 * - where the plan says the run left it (or was moving it: its claim): the guard goes on from there;
 * - on a split of the two versions the run was moving it to (it died between the move and its
 *   mirror): adopted as the run left it, and the guard goes on from there;
 * - back on the old version alone (put back before the take-over): nothing to finish;
 * - anywhere else: someone else moved it, and it is left as they set it.
 */
function takenOver(plan, current, nowMs) {
    const lapsedAt = plan.heldBy?.untilMs ?? nowMs;
    const whose = `the run ${plan.runId} stopped renewing its hold (lapsed ${iso(lapsedAt)})`;
    const expected = lastTarget(plan);
    const base = { ...plan, heldBy: undefined, revision: plan.revision + 1 };
    const decide = (action, reason) => ({
        decisions: withDecision(plan, { at: nowMs, action, step: plan.step, reason }),
    });
    // Where the run's claimed move (if any) was taking it counts as where the plan says: tick.ts finishes it.
    if (current && (sameTarget(current, expected) || sameTarget(current, plan.claim?.to))) {
        return { ...base, ...decide('take-over', `${whose}; the guard goes on from ${describeTarget(current)}`) };
    }
    if (current && routesTheCanary(plan, current)) {
        const change = { kind: 'shift', from: expected, to: current, at: iso(nowMs) };
        return {
            ...base,
            journal: { ...plan.journal, changes: [...plan.journal.changes, change] },
            ...decide('take-over', `${whose}; the guard goes on from ${describeTarget(current)}, where the run left it`),
        };
    }
    const back = current !== null && sameTarget(current, { version: plan.oldVersion, weights: {} });
    const reason = back
        ? `${whose}; alias ${plan.alias} is back on v${plan.oldVersion}: nothing left to finish`
        : `${whose}; alias ${plan.alias} was changed by someone else (now ${describeTarget(current)}); left as they set it`;
    return { ...base, status: 'left-alone', verdict: 'fail', ...decide('left-alone', reason) };
}

;// CONCATENATED MODULE: ./lib/src/detached/run-held.js










/** The run's plans; refused at once (no AWS call) when the monitoring stack has no plan table. */
async function holdPlans(deps) {
    const { tableName, ruleName } = (0,outputs/* monitoringPlanStore */.N6)(deps.monitoringOutputs, 'on-runner-loss: guard');
    const clients = deps.clients ?? {
        dynamo: await (0,detached_clients/* createDynamoClient */.yG)({ region: deps.config.region }),
        events: await (0,detached_clients/* createEventBridgeClient */.hm)({ region: deps.config.region }),
    };
    return new HeldPlans(deps, tableName, ruleName, clients, deps.clients === undefined);
}
class HeldPlans {
    deps;
    tableName;
    ruleName;
    clients;
    owned;
    /** The plans as last written, by function; empty until the first held step starts. */
    stored = new Map();
    opened = false;
    constructor(deps, tableName, ruleName, clients, owned) {
        this.deps = deps;
        this.tableName = tableName;
        this.ruleName = ruleName;
        this.clients = clients;
        this.owned = owned;
    }
    async mirror(engine, move) {
        const now = this.deps.clock.now();
        if (!this.opened) {
            await this.open(engine, now);
            return;
        }
        for (const [name, stored] of this.stored) {
            const next = mirrorPlan(stored, engine, this.journalOf(name), now, this.deps.holdTermMs, move);
            if (!mirrorDue(stored, next, now, this.deps.holdTermMs))
                continue;
            await this.write(stored, next);
        }
    }
    async close(verdict, reason) {
        try {
            if (verdict !== 'pass' && verdict !== 'fail' && verdict !== 'inconclusive')
                return;
            const now = this.deps.clock.now();
            for (const [name, stored] of this.stored) {
                try {
                    await this.write(stored, closedPlan(stored, this.journalOf(name), verdict, reason, now));
                }
                catch (error) {
                    this.deps.logger.warning(`${(0,detached_plan/* planKey */.vH)(name, stored.alias)}: plan not closed: ${(0,errors/* errorMessage */.gJ)(error)}`);
                }
            }
        }
        finally {
            if (this.owned) {
                this.clients.dynamo.destroy();
                this.clients.events.destroy();
            }
        }
    }
    /** The first held step: one plan per function with an old version to go back to. */
    async open(engine, now) {
        const { config, fleet, logger } = this.deps;
        this.opened = true;
        const active = fleet.active();
        const runs = active.filter((r) => r.snapshot?.version !== undefined && r.published !== undefined);
        for (const run of active.filter((r) => !runs.includes(r))) {
            logger.warning(`${run.functionName}: first deploy: no old version for the guard to go back to; if this run stops, the post step rolls it back.`);
        }
        const functions = runs.length;
        for (const run of runs) {
            const published = run.published;
            const plan = heldPlan({
                functionName: run.functionName,
                functionArn: published.functionArn,
                alias: config.alias,
                stackName: config.stackName,
                runId: fleet.runId(),
                strategy: config.strategy,
                oldVersion: run.snapshot?.version,
                newVersion: published.version,
                timeoutSeconds: published.timeoutSeconds,
                memorySizeMb: published.memorySizeMb,
                judge: (0,detached_start/* judgeSettings */.$z)(config, functions, [...this.deps.alarmNames, ...config.alarms]),
                startedAt: now,
                journal: this.journalOf(run.functionName),
                topicArn: this.deps.topicArn,
                deployment: (0,detached_start/* planDeployment */.HN)(config, this.deps.deployment),
            }, engine, now, this.deps.holdTermMs);
            await (0,plan_table/* putNewPlan */.PK)(this.clients.dynamo, this.tableName, plan);
            this.stored.set(run.functionName, plan);
            (0,guarded/* saveGuardedFunctions */.z1)(this.deps.state, [...this.stored.keys()]);
        }
        if (this.stored.size === 0)
            return;
        await (0,plan_rule/* enablePlanRule */.X)(this.clients.events, this.ruleName);
        logger.info(`on-runner-loss: guard: the plans are in ${this.tableName}; if this run stops, the guard finishes the canary.`);
    }
    async write(stored, next) {
        const key = (0,detached_plan/* planKey */.vH)(stored.functionName, stored.alias);
        try {
            await (0,plan_table/* updatePlan */.td)(this.clients.dynamo, this.tableName, stored.revision, next);
        }
        catch (error) {
            if (error instanceof plan_table/* PlanConflictError */.Eg)
                throw new runner_loss/* PlanTakenOverError */.n(key);
            throw error;
        }
        this.stored.set(stored.functionName, next);
    }
    journalOf(functionName) {
        const entry = this.deps.journal().find((j) => j.functionName === functionName);
        if (!entry) {
            throw new errors/* StackCanaryError */.Bt('INTERNAL', `No alias journal of ${functionName} to keep in its plan.`);
        }
        return entry;
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


/***/ }),

/***/ 4097:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ guardedFunctions),
/* harmony export */   z1: () => (/* binding */ saveGuardedFunctions)
/* harmony export */ });
/* unused harmony export GUARDED_STATE_KEY */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/**
 * on-runner-loss: guard, in the run's saved state: the functions whose plans the guard finishes if
 * the main step does not. The post step and the signal handler leave their aliases to the guard.
 */

/** The state key naming the functions whose plans the guard finishes if the main step does not. */
const GUARDED_STATE_KEY = 'guarded';
/** The functions the post step and the signal handler leave to the guard (on-runner-loss: guard). */
function guardedFunctions(state) {
    const text = state.get(GUARDED_STATE_KEY);
    if (!text)
        return new Set();
    try {
        const names = JSON.parse(text);
        return new Set(Array.isArray(names) ? names.filter((n) => typeof n === 'string') : []);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt('INTERNAL', `Saved state ${GUARDED_STATE_KEY} is not valid JSON.`, {
            cause: error,
        });
    }
}
function saveGuardedFunctions(state, names) {
    state.save(GUARDED_STATE_KEY, JSON.stringify([...names]));
}


/***/ }),

/***/ 2799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ PlanTakenOverError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/**
 * on-runner-loss: guard — a waited run keeps its canary in the monitoring stack's plan table, held
 * by the run: written when the first held step is shifted, renewed and mirrored from the engine's
 * plan as it advances, closed when the run ends the canary itself. A run that dies leaves the
 * plan to the guard, which takes it over once the run's hold lapses. The keeping is
 * detached/run-held.ts; the entry points wire it into RunDeps, so the pipeline never imports the
 * detached canaries' code that sits above it.
 */

/** The guard took the canary over (this run had stopped renewing its hold): the run lets it finish. */
class PlanTakenOverError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt {
    key;
    constructor(key) {
        super('CONFLICT', `Plan ${key} was taken over by the guard (this run's hold on it lapsed); the guard finishes the canary.`);
        this.key = key;
    }
}


/***/ })

};

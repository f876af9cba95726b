export const id = 313;
export const ids = [313,653];
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

/***/ 5648:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ prefixedLogger)
/* harmony export */ });
/**
 * A logger whose every line starts with `[prefix] ` (one region of a release in waves). Regions run
 * at once, so a group would mix their lines: its title becomes a line of its own instead.
 */
function prefixedLogger(logger, prefix) {
    const tag = (message) => `[${prefix}] ${message}`;
    return {
        debug: (message) => logger.debug(tag(message)),
        info: (message) => logger.info(tag(message)),
        warning: (message) => logger.warning(tag(message)),
        error: (message) => logger.error(tag(message)),
        group: (title, body) => {
            logger.info(tag(title));
            return body();
        },
    };
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

/***/ 7630:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IL: () => (/* binding */ settleLimited),
/* harmony export */   bB: () => (/* binding */ mapLimited)
/* harmony export */ });
/* unused harmony export FUNCTION_CONCURRENCY */
/**
 * Bounded concurrency for per-function AWS calls: a run of many functions sends at most
 * FUNCTION_CONCURRENCY requests at once, instead of one per function all together.
 */
/** At most this many per-function calls in flight at once. */
const FUNCTION_CONCURRENCY = 8;
/** Runs `task` on every item, at most `limit` at a time; every task settles; results in input order. */
async function settleLimited(items, task, limit = FUNCTION_CONCURRENCY) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            try {
                results[index] = { status: 'fulfilled', value: await task(items[index], index) };
            }
            catch (reason) {
                results[index] = { status: 'rejected', reason };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
    return results;
}
/** Like Promise.all over `items`, at most `limit` at a time; when tasks fail, the first error is thrown once all have settled. */
async function mapLimited(items, task, limit = FUNCTION_CONCURRENCY) {
    const results = await settleLimited(items, task, limit);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed)
        throw failed.reason;
    return results.map((r) => r.value);
}


/***/ }),

/***/ 3000:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gl: () => (/* binding */ stackRecord),
/* harmony export */   KS: () => (/* binding */ RunRecorder),
/* harmony export */   sT: () => (/* binding */ crashRecordOf),
/* harmony export */   wp: () => (/* binding */ restoreRecord)
/* harmony export */ });
/* unused harmony exports RUN_RECORD_FORMAT, emptyRunRecord */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/* harmony import */ var _traffic_routing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3826);


const RUN_RECORD_FORMAT = 1;
/** A record with nothing in it yet (a run that stopped before its first phase). */
function emptyRunRecord(config, at) {
    return {
        format: RUN_RECORD_FORMAT,
        alias: config.alias,
        strategy: config.strategy.source,
        rollbackMode: config.rollback,
        onInconclusive: config.onInconclusive,
        startedAt: at,
        finishedAt: at,
        functions: [],
        steps: [],
        actions: [],
        rollback: undefined,
        stack: undefined,
        monitoring: undefined,
        preTraffic: undefined,
        postTraffic: undefined,
        timings: [],
        crash: undefined,
        guard: [],
    };
}
const crashes = new WeakMap();
/** The record of the run that threw `error`, when it came out of runPipeline. */
function crashRecordOf(error) {
    return typeof error === 'object' && error !== null ? crashes.get(error) : undefined;
}
function stackRecord(d) {
    return { stackName: d.stackName, stackId: d.stackId, outcome: d.outcome, changes: d.changes };
}
function restoreRecord(r) {
    return { functionName: r.functionName, alias: r.alias, action: r.action, message: r.message };
}
/** Collects the record as the run goes. */
class RunRecorder {
    config;
    clock;
    steps = [];
    rollback;
    preTraffic;
    postTraffic;
    guard = [];
    timings = [];
    startedAt;
    constructor(config, clock) {
        this.config = config;
        this.clock = clock;
        this.startedAt = this.iso();
    }
    iso() {
        return new Date(this.clock.now()).toISOString();
    }
    /** The phase now running: the innermost one begun and not ended. */
    currentPhase() {
        return [...this.timings].reverse().find((t) => t.durationMs === undefined)?.phase;
    }
    /** Times `body` as `phase`; a phase that throws stays open, so a crash names it. */
    async phase(phase, body) {
        const timing = { phase, startedAt: this.clock.now(), durationMs: undefined };
        this.timings.push(timing);
        const value = await body();
        timing.durationMs = this.clock.now() - timing.startedAt;
        return value;
    }
    /** Starts a step record; the returned object is updated as the step goes. */
    beginStep(index, weight, holdMs) {
        const step = {
            index,
            weight,
            holdMs,
            startedAt: this.iso(),
            endedAt: undefined,
            outcome: 'not-reached',
            decisions: {},
            polls: [],
            samples: undefined,
        };
        this.steps.push(step);
        return step;
    }
    /** Replaces the step's record with its new state. */
    updateStep(step, change) {
        const index = this.steps.indexOf(step);
        const next = { ...step, ...change };
        if (index >= 0)
            this.steps[index] = next;
        return next;
    }
    build(sources, crash) {
        const { config } = this;
        return {
            ...emptyRunRecord(config, this.startedAt),
            finishedAt: this.iso(),
            functions: sources.runs.map(functionRecord),
            steps: [...this.steps],
            actions: (sources.journal?.entries() ?? []).flatMap((entry) => entry.changes.map((c) => ({
                functionName: entry.functionName,
                alias: entry.alias,
                kind: c.kind,
                from: (0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_1__/* .describeTarget */ .ff)(c.from),
                to: (0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_1__/* .describeTarget */ .ff)(c.to),
                at: c.at,
            }))),
            rollback: this.rollback,
            preTraffic: this.preTraffic,
            postTraffic: this.postTraffic,
            guard: [...this.guard],
            stack: sources.stack,
            monitoring: sources.monitoring,
            timings: this.timings.map((t) => ({
                phase: t.phase,
                startedAt: new Date(t.startedAt).toISOString(),
                durationMs: t.durationMs,
            })),
            crash,
        };
    }
    /** Builds the record of a run that threw, and keeps it for crashRecordOf(error). */
    crashed(error, phase, sources) {
        const record = this.build(sources, {
            error: {
                name: error instanceof Error ? error.name : typeof error,
                code: error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt ? error.code : undefined,
                message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error),
            },
            phase,
            aliases: sources.runs.map((run) => aliasEnd(run, this.config.alias, phase === 'promote')),
        });
        if (typeof error === 'object' && error !== null)
            crashes.set(error, record);
        return record;
    }
}
function functionRecord(r) {
    return {
        functionName: r.functionName,
        status: r.status ?? 'not published',
        previous: r.snapshot?.version,
        new: r.published?.version,
        aliasNow: (0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_1__/* .describeTarget */ .ff)(r.alias?.target),
        memorySizeMb: r.published?.memorySizeMb,
        timeoutSeconds: r.published?.timeoutSeconds,
        changedBySomeoneElse: r.foreign,
    };
}
/** The new version counts as judged only once the run is promoting (every step passed). */
function aliasEnd(run, alias, passed) {
    const now = run.alias?.target ?? null;
    const judged = [run.snapshot, passed && run.published ? (0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_1__/* .soleTarget */ .Ro)(run.published.version) : null];
    const onJudged = (now === null && run.snapshot === null) || judged.some((t) => t !== null && (0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_1__/* .sameTarget */ .cS)(t, now));
    return {
        functionName: run.functionName,
        alias,
        now: (0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_1__/* .describeTarget */ .ff)(now),
        onJudgedVersion: onJudged,
    };
}


/***/ }),

/***/ 5653:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recoverUnfinishedRun: () => (/* binding */ recoverUnfinishedRun),
/* harmony export */   tP: () => (/* binding */ restoreAlias)
/* harmony export */ });
/* unused harmony exports restoreTarget, journaledStates, recoverJournal */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5648);
/* harmony import */ var _traffic_alias_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9236);
/* harmony import */ var _traffic_routing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3826);
/* harmony import */ var _journal_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6570);
/* harmony import */ var _limit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7630);
/* harmony import */ var _guarded_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4097);







/** Where a journaled alias returns to (routing always cleared). */
function restoreTarget(entry) {
    return entry.snapshot ? (0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_2__/* .soleTarget */ .Ro)(entry.snapshot.version) : null;
}
/** Every state this run put the alias in, or found it in: the states we may move it from. */
function journaledStates(entry) {
    return [entry.snapshot, ...entry.changes.flatMap((c) => [c.from, c.to])];
}
function isJournaled(entry, state) {
    return journaledStates(entry).some((t) => (0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_2__/* .sameTarget */ .cS)(t, state?.target ?? null));
}
const MAX_ATTEMPTS = 3;
/**
 * Returns one alias to its snapshot. `lastKnown` (the pipeline's own last answer from Lambda) lets
 * the first attempt go out at once, without a read: one UpdateAlias per function of the verdict.
 * `beforeChange` journals the change just before it is made.
 */
async function restoreAlias(lambda, entry, options = {}) {
    const { functionName, alias } = entry;
    const target = restoreTarget(entry);
    const result = (action, state, message) => ({
        functionName,
        alias,
        action,
        state,
        message: `${functionName}: alias ${alias} ${message}`,
    });
    let current = options.lastKnown;
    let haveRead = current !== undefined;
    for (let attempt = 1;; attempt++) {
        if (!haveRead) {
            current = await (0,_traffic_alias_js__WEBPACK_IMPORTED_MODULE_1__/* .getAlias */ .bd)(lambda, functionName, alias);
            haveRead = true;
        }
        if ((0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_2__/* .sameTarget */ .cS)(current?.target ?? null, target)) {
            return result('unchanged', current, `already on ${(0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_2__/* .describeTarget */ .ff)(target)}`);
        }
        if (!current || !isJournaled(entry, current)) {
            return result('left-alone', current, `is on ${(0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_2__/* .describeTarget */ .ff)(current?.target)}, which this run never set: someone else changed it; left as is`);
        }
        try {
            options.beforeChange?.(current.target, target);
            if (target === null) {
                await (0,_traffic_alias_js__WEBPACK_IMPORTED_MODULE_1__/* .deleteAlias */ .Gd)(lambda, current);
                return result('deleted', undefined, 'deleted (it did not exist before the run)');
            }
            const after = await (0,_traffic_alias_js__WEBPACK_IMPORTED_MODULE_1__/* .updateAlias */ .GG)(lambda, current, target);
            return result('restored', after, `back on ${(0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_2__/* .describeTarget */ .ff)(target)} (was ${(0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_2__/* .describeTarget */ .ff)(current.target)})`);
        }
        catch (error) {
            if (!(error instanceof _traffic_alias_js__WEBPACK_IMPORTED_MODULE_1__/* .AliasConflictError */ .Xl)) {
                return result('failed', current, `could not be restored: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
            }
            if (attempt >= MAX_ATTEMPTS) {
                return result('left-alone', error.found, `kept changing under us; left on ${(0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_2__/* .describeTarget */ .ff)(error.found?.target)}`);
            }
            // The revision moved (perhaps our own in-flight change landing): decide again on what is there now.
            current = error.found;
        }
    }
}
/** Restores every alias this journal changed. Returns one line per alias. */
async function recoverJournal(journal, lambda, logger) {
    const changed = journal.aliases.filter((a) => a.changes.length > 0);
    if (changed.length === 0) {
        return {
            status: 'nothing-changed',
            aliases: [],
            message: 'The run did not finish, but it had changed no alias: nothing to restore.',
        };
    }
    const client = await lambda();
    const results = await (0,_limit_js__WEBPACK_IMPORTED_MODULE_5__/* .mapLimited */ .bB)(changed, async (entry) => {
        try {
            return await restoreAlias(client, entry);
        }
        catch (error) {
            const message = `${entry.functionName}: alias ${entry.alias} could not be restored: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`;
            return {
                functionName: entry.functionName,
                alias: entry.alias,
                action: 'failed',
                state: undefined,
                message,
            };
        }
    });
    for (const r of results) {
        if (r.action === 'failed')
            logger.error(r.message);
        else if (r.action === 'left-alone')
            logger.warning(r.message);
        else
            logger.info(r.message);
    }
    const incomplete = results.some((r) => r.action === 'failed' || r.action === 'left-alone');
    const restored = results.filter((r) => r.action === 'restored' || r.action === 'deleted').length;
    return {
        status: incomplete ? 'incomplete' : 'recovered',
        aliases: results,
        message: incomplete
            ? `The run did not finish; ${restored} of ${results.length} alias(es) restored, see the messages above.`
            : `The run did not finish; every alias it changed is back on its snapshot version (${restored} restored).`,
    };
}
/**
 * The post step's and the signal handler's one call: when the journal says the main step did not
 * finish, restore every alias it changed. `lambdaFor` builds a client only when one is needed.
 */
async function recoverUnfinishedRun(state, lambdaFor, logger) {
    const release = (0,_journal_js__WEBPACK_IMPORTED_MODULE_3__/* .readRelease */ .iJ)(state);
    if (release)
        return recoverUnfinishedRelease(release, lambdaFor, logger);
    const journal = (0,_journal_js__WEBPACK_IMPORTED_MODULE_3__/* .readJournal */ .a0)(state);
    if (!journal) {
        return { status: 'nothing-journaled', aliases: [], message: 'No run was journaled: nothing to restore.' };
    }
    if (journal.finished) {
        return {
            status: 'finished',
            aliases: [],
            message: `The main step finished (verdict ${journal.finished.verdict}): nothing to restore.`,
        };
    }
    // on-runner-loss: guard: the plans of these functions are the guard's to finish, not ours.
    const guarded = (0,_guarded_js__WEBPACK_IMPORTED_MODULE_4__/* .guardedFunctions */ .Cy)(state);
    for (const name of guarded) {
        logger.info(`${name}: alias ${journal.run.alias} left to the guard (on-runner-loss: guard): it takes the canary over once the run's hold on its plan lapses.`);
    }
    const ours = { ...journal, aliases: journal.aliases.filter((a) => !guarded.has(a.functionName)) };
    if (ours.aliases.some((a) => a.changes.length > 0)) {
        logger.warning('The main step did not finish: putting every alias it changed back on its snapshot version.');
    }
    return recoverJournal(ours, () => lambdaFor(journal.run.region), logger);
}
/**
 * A release in waves that did not finish: every region it changed goes back, a region whose own
 * canary passed too (the release was never judged whole). One line per alias, prefixed with its region.
 */
async function recoverUnfinishedRelease(release, lambdaFor, logger) {
    if (release.finished) {
        return {
            status: 'finished',
            aliases: [],
            message: `The main step finished (verdict ${release.finished.verdict}): nothing to restore.`,
        };
    }
    const journals = release.regions.flatMap(({ region, store }) => {
        const journal = (0,_journal_js__WEBPACK_IMPORTED_MODULE_3__/* .readJournal */ .a0)(store);
        return journal && journal.aliases.some((a) => a.changes.length > 0) ? [{ region, journal }] : [];
    });
    if (journals.length === 0) {
        return {
            status: 'nothing-changed',
            aliases: [],
            message: 'The run did not finish, but it had changed no alias: nothing to restore.',
        };
    }
    logger.warning(`The main step did not finish: putting every alias it changed in ${journals.map((j) => j.region).join(', ')} back on its snapshot version.`);
    const reports = await (0,_limit_js__WEBPACK_IMPORTED_MODULE_5__/* .mapLimited */ .bB)(journals, async ({ region, journal }) => {
        const report = await recoverJournal(journal, () => lambdaFor(region), (0,_logger_js__WEBPACK_IMPORTED_MODULE_6__/* .prefixedLogger */ .g)(logger, region));
        return report.aliases.map((a) => ({ ...a, message: `${region}: ${a.message}` }));
    });
    const aliases = reports.flat();
    const incomplete = aliases.some((r) => r.action === 'failed' || r.action === 'left-alone');
    const restored = aliases.filter((r) => r.action === 'restored' || r.action === 'deleted').length;
    return {
        status: incomplete ? 'incomplete' : 'recovered',
        aliases,
        message: incomplete
            ? `The run did not finish; ${restored} of ${aliases.length} alias(es) in ${journals.length} region(s) restored, see the messages above.`
            : `The run did not finish; every alias it changed is back on its snapshot version (${restored} restored in ${journals.length} region(s)).`,
    };
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


/***/ }),

/***/ 9236:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GG: () => (/* binding */ updateAlias),
/* harmony export */   Gd: () => (/* binding */ deleteAlias),
/* harmony export */   Xl: () => (/* binding */ AliasConflictError),
/* harmony export */   bd: () => (/* binding */ getAlias),
/* harmony export */   lB: () => (/* binding */ createAlias)
/* harmony export */ });
/* harmony import */ var _aws_sdk_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6112);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5071);
/* harmony import */ var _routing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3826);
/* harmony import */ var _lease_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9586);




/** The alias was changed by someone else: we leave it as they set it. */
class AliasConflictError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StackCanaryError */ .Bt {
    functionName;
    alias;
    /** What the alias looked like when the conflict was found (undefined: it no longer exists). */
    found;
    constructor(functionName, alias, found, cause) {
        super('CONFLICT', `Alias ${alias} of ${functionName} was changed by someone else (now ${(0,_routing_js__WEBPACK_IMPORTED_MODULE_2__/* .describeTarget */ .ff)(found?.target)}); ` +
            'stack-canary left it as they set it.', { cause });
        this.functionName = functionName;
        this.alias = alias;
        this.found = found;
    }
}
function toState(functionName, alias, answer) {
    if (!answer.FunctionVersion) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StackCanaryError */ .Bt('AWS_ERROR', `Lambda returned alias ${alias} of ${functionName} without a version.`);
    }
    return {
        functionName,
        alias,
        target: {
            version: answer.FunctionVersion,
            weights: { ...(answer.RoutingConfig?.AdditionalVersionWeights ?? {}) },
        },
        revisionId: answer.RevisionId,
        aliasArn: answer.AliasArn,
        description: answer.Description,
    };
}
function routingConfig(target) {
    for (const [version, weight] of Object.entries(target.weights))
        (0,_routing_js__WEBPACK_IMPORTED_MODULE_2__/* .assertRoutingWeight */ .JN)(version, weight);
    return { AdditionalVersionWeights: { ...target.weights } };
}
/** The alias as it is now; undefined when it does not exist (a normal answer, not an error). */
async function getAlias(lambda, functionName, alias) {
    const { GetAliasCommand } = await _aws_sdk_js__WEBPACK_IMPORTED_MODULE_0__/* .sdk */ .x.lambda();
    try {
        const answer = await lambda.send(new GetAliasCommand({ FunctionName: functionName, Name: alias }));
        return toState(functionName, alias, answer);
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorName */ .ZH)(error) === 'ResourceNotFoundException')
            return undefined;
        throw error;
    }
}
async function createAlias(lambda, functionName, alias, target, description = _lease_js__WEBPACK_IMPORTED_MODULE_3__/* .RELEASED_DESCRIPTION */ .PQ) {
    const routing = routingConfig(target);
    const { CreateAliasCommand } = await _aws_sdk_js__WEBPACK_IMPORTED_MODULE_0__/* .sdk */ .x.lambda();
    try {
        const answer = await lambda.send(new CreateAliasCommand({
            FunctionName: functionName,
            Name: alias,
            FunctionVersion: target.version,
            ...(Object.keys(target.weights).length ? { RoutingConfig: routing } : {}),
            Description: description,
        }));
        return toState(functionName, alias, answer);
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorName */ .ZH)(error) === 'ResourceConflictException') {
            // Someone created it since we looked: theirs now.
            throw new AliasConflictError(functionName, alias, await getAlias(lambda, functionName, alias), error);
        }
        throw error;
    }
}
/**
 * Moves the alias to `to` if it is still at `current.revisionId`, with `description` (a lease, or
 * the released text). When the revision no longer matches, the alias is read again: if it already
 * is at `to` (our own request, retried by the SDK after it had landed), that is success, unless it
 * carries a lease other than ours (another run that took the alias over put it there); otherwise
 * an AliasConflictError says what it is now.
 */
async function updateAlias(lambda, current, to, description = _lease_js__WEBPACK_IMPORTED_MODULE_3__/* .RELEASED_DESCRIPTION */ .PQ) {
    const { functionName, alias } = current;
    const routing = routingConfig(to);
    const { UpdateAliasCommand } = await _aws_sdk_js__WEBPACK_IMPORTED_MODULE_0__/* .sdk */ .x.lambda();
    try {
        const answer = await lambda.send(new UpdateAliasCommand({
            FunctionName: functionName,
            Name: alias,
            FunctionVersion: to.version,
            RoutingConfig: routing,
            Description: description,
            ...(current.revisionId ? { RevisionId: current.revisionId } : {}),
        }));
        return toState(functionName, alias, answer);
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorName */ .ZH)(error) !== 'PreconditionFailedException')
            throw error;
        const found = await getAlias(lambda, functionName, alias);
        const othersLease = (0,_lease_js__WEBPACK_IMPORTED_MODULE_3__/* .readLease */ .zR)(found?.description) !== undefined && found?.description !== description;
        if (found && (0,_routing_js__WEBPACK_IMPORTED_MODULE_2__/* .sameTarget */ .cS)(found.target, to) && !othersLease)
            return found;
        throw new AliasConflictError(functionName, alias, found, error);
    }
}
/**
 * Deletes the alias (a first deploy returned to "no alias"). DeleteAlias takes no RevisionId, so
 * the alias is read first and deleted only while it still is as we left it.
 */
async function deleteAlias(lambda, current) {
    const { functionName, alias } = current;
    const found = await getAlias(lambda, functionName, alias);
    if (!found)
        return;
    if (!(0,_routing_js__WEBPACK_IMPORTED_MODULE_2__/* .sameTarget */ .cS)(found.target, current.target) ||
        (current.revisionId && found.revisionId !== current.revisionId)) {
        throw new AliasConflictError(functionName, alias, found);
    }
    const { DeleteAliasCommand } = await _aws_sdk_js__WEBPACK_IMPORTED_MODULE_0__/* .sdk */ .x.lambda();
    await lambda.send(new DeleteAliasCommand({ FunctionName: functionName, Name: alias }));
}


/***/ }),

/***/ 6823:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ guardActivityText)
/* harmony export */ });
/* unused harmony export agoText */
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7954);

/** "just now", "12 min ago", "3 h ago", "2 d ago"; a time after `nowMs` (clock skew) is "just now". */
function agoText(atMs, nowMs) {
    const minutes = Math.floor((nowMs - atMs) / _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .MINUTE_MS */ .k);
    if (!(minutes >= 1))
        return 'just now';
    if (minutes < 60)
        return `${minutes} min ago`;
    const hours = Math.floor(minutes / 60);
    return hours < 48 ? `${hours} h ago` : `${Math.floor(hours / 24)} d ago`;
}
const when = (at, nowMs) => `at ${at} (${agoText(Date.parse(at), nowMs)})`;
/** One plain line: what the guard did to `alias`, when and why, since the last promotion. */
function guardActivityText(activity, nowMs) {
    const parts = [];
    const { rolledBack, lastActionAt } = activity;
    if (rolledBack) {
        const to = activity.lastPassed ? ` back to v${activity.lastPassed}` : '';
        parts.push(`rolled alias ${activity.alias} off v${rolledBack.version}${to} ${when(rolledBack.at, nowMs)}: ${rolledBack.reason}`);
    }
    if (lastActionAt && lastActionAt !== rolledBack?.at) {
        parts.push(`last acted (a notice, a scale-out or a rollback) ${when(lastActionAt, nowMs)}`);
    }
    const since = activity.promotedAt
        ? `since the promotion at ${activity.promotedAt}`
        : 'no promotion recorded';
    return `${activity.functionName}: the guard ${parts.join('; ')} (${since})`;
}


/***/ }),

/***/ 6313:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDeployment: () => (/* binding */ runDeployment)
});

// UNUSED EXPORTS: REGION_CONCURRENCY, runRelease

// EXTERNAL MODULE: ./lib/src/config/regions.js + 1 modules
var config_regions = __webpack_require__(3697);
// EXTERNAL MODULE: ./lib/src/errors.js
var errors = __webpack_require__(5071);
// EXTERNAL MODULE: ./lib/src/logger.js
var src_logger = __webpack_require__(5648);
// EXTERNAL MODULE: ./lib/src/pipeline/journal.js
var pipeline_journal = __webpack_require__(6570);
// EXTERNAL MODULE: ./lib/src/pipeline/limit.js
var limit = __webpack_require__(7630);
// EXTERNAL MODULE: ./lib/src/traffic/alias.js
var traffic_alias = __webpack_require__(9236);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-lambda/dist-cjs/index.js
var dist_cjs = __webpack_require__(1696);
// EXTERNAL MODULE: ./lib/src/constants.js
var constants = __webpack_require__(347);
// EXTERNAL MODULE: ./lib/src/aws/sdk.js
var aws_sdk = __webpack_require__(6112);
;// CONCATENATED MODULE: ./lib/src/traffic/tags.js


const previousTagKey = (alias) => `stack-canary:previous:${alias}`;
const promotedAtTagKey = (alias) => `stack-canary:promoted-at:${alias}`;
const guardRolledBackTagKey = (alias) => `stack-canary:guard-rolled-back:${alias}`;
/** Lambda's limit on a tag value. */
const MAX_TAG_VALUE = 256;
/** A tag value Lambda accepts: letters, digits, spaces and + - = . _ : / @ only, at most 256 characters. */
function tagValue(text) {
    return text.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, ' ').slice(0, MAX_TAG_VALUE);
}
async function tagLastPassed(lambda, functionArn, alias, version) {
    const { TagResourceCommand } = await sdk.lambda();
    await lambda.send(new TagResourceCommand({ Resource: functionArn, Tags: { [lastPassedTagKey(alias)]: version } }));
}
/** One TagResource: last passed, and (with an old version) the previous version and the time. */
async function tagPromotion(lambda, promotion) {
    const { alias } = promotion;
    const Tags = { [(0,constants/* lastPassedTagKey */.ks)(alias)]: promotion.version };
    if (promotion.previous !== undefined && promotion.previous !== promotion.version) {
        Tags[previousTagKey(alias)] = promotion.previous;
        Tags[promotedAtTagKey(alias)] = new Date(promotion.promotedAtMs).toISOString();
    }
    const { TagResourceCommand } = await aws_sdk/* sdk */.x.lambda();
    await lambda.send(new TagResourceCommand({ Resource: promotion.functionArn, Tags }));
}

// EXTERNAL MODULE: ./lib/src/util/wait.js
var wait = __webpack_require__(2978);
// EXTERNAL MODULE: ./lib/src/util/time.js
var time = __webpack_require__(7954);
;// CONCATENATED MODULE: ./lib/src/traffic/versions.js




const DEFAULT_READY_TIMEOUT_MS = 5 * time/* MINUTE_MS */.k;
/** arn:aws:lambda:region:account:function:name[:qualifier] → without the qualifier. */
function unqualifiedArn(arn) {
    const parts = arn.split(':');
    return parts.length > 7 ? parts.slice(0, 7).join(':') : arn;
}
/** Waits until the function is Active and no update is in progress (PublishVersion would refuse). */
async function waitUntilUpdatable(lambda, functionName, options) {
    return (0,wait/* waitFor */.f)(async () => {
        const config = await lambda.send(new dist_cjs.GetFunctionConfigurationCommand({ FunctionName: functionName }));
        if (config.State === 'Failed' || config.LastUpdateStatus === 'Failed') {
            const why = config.LastUpdateStatusReason ?? config.StateReason ?? 'no reason given';
            throw new errors/* StackCanaryError */.Bt('AWS_ERROR', `Function ${functionName} is in a failed state: ${why}`);
        }
        if (config.State === 'Pending' || config.LastUpdateStatus === 'InProgress')
            return { done: false };
        return { done: true, value: config };
    }, {
        clock: options.clock,
        description: `function ${functionName} to finish its update`,
        timeoutMs: options.timeoutMs ?? DEFAULT_READY_TIMEOUT_MS,
        initialDelayMs: 1_000,
        maxDelayMs: 5_000,
    });
}
/**
 * Publishes the function's current code as a version. Lambda returns the latest version instead of
 * a new one when nothing changed since it was published: the caller compares it with the alias.
 */
async function publishVersion(lambda, functionName, options) {
    const config = await waitUntilUpdatable(lambda, functionName, options);
    const codeSha256 = config.CodeSha256;
    if (!codeSha256 || !config.FunctionArn) {
        throw new errors/* StackCanaryError */.Bt('AWS_ERROR', `Lambda returned no code hash or ARN for function ${functionName}.`);
    }
    let published;
    try {
        published = await lambda.send(new dist_cjs.PublishVersionCommand({
            FunctionName: functionName,
            CodeSha256: codeSha256,
            ...(config.RevisionId ? { RevisionId: config.RevisionId } : {}),
        }));
    }
    catch (error) {
        if ((0,errors/* awsErrorName */.ZH)(error) === 'PreconditionFailedException') {
            throw new errors/* StackCanaryError */.Bt('CONFLICT', `Function ${functionName} changed while its version was being published (someone else is updating it); nothing was shifted.`, { cause: error });
        }
        throw error;
    }
    if (!published.Version || published.Version === '$LATEST') {
        throw new errors/* StackCanaryError */.Bt('AWS_ERROR', `PublishVersion returned no version number for function ${functionName}.`);
    }
    if (published.CodeSha256 && published.CodeSha256 !== codeSha256) {
        throw new errors/* StackCanaryError */.Bt('CONFLICT', `Function ${functionName}: version ${published.Version} has code ${published.CodeSha256}, not the deployed ${codeSha256}; someone else changed the code.`);
    }
    return {
        functionName,
        functionArn: unqualifiedArn(config.FunctionArn),
        version: published.Version,
        codeSha256,
        memorySizeMb: published.MemorySize ?? config.MemorySize ?? 128,
        timeoutSeconds: published.Timeout ?? config.Timeout ?? 3,
    };
}

;// CONCATENATED MODULE: ./lib/src/traffic/guard-activity.js





/** A full ISO-8601 UTC time as the guard writes it; anything else is no time at all. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const ROLLED_BACK = /^v(\d{1,10}) at (\S+): (.*)$/s;
const VERSION = /^\d{1,10}$/;
function timeOf(text) {
    if (text === undefined || !ISO_TIME.test(text))
        return undefined;
    const ms = Date.parse(text);
    return Number.isFinite(ms) ? ms : undefined;
}
const iso = (ms) => new Date(ms).toISOString();
function rollbackOf(text) {
    const match = ROLLED_BACK.exec(text ?? '');
    const atMs = timeOf(match?.[2]);
    if (!match || atMs === undefined)
        return undefined;
    // One line: the reason ends a log line and fills a summary line.
    const reason = match[3].replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();
    return { version: match[1], atMs, reason };
}
/**
 * The guard's activity on `alias` from the function's tags: undefined when it did nothing since
 * the last promotion (or nothing readable). A tag whose time does not parse counts as absent.
 */
function parseGuardActivity(functionName, alias, tags) {
    const promotedAtMs = timeOf(tags[promotedAtTagKey(alias)]);
    const after = (ms) => ms !== undefined && (promotedAtMs === undefined || ms > promotedAtMs);
    const rollback = rollbackOf(tags[guardRolledBackTagKey(alias)]);
    const lastActionMs = timeOf(tags[(0,constants/* guardCooldownTagKey */.wj)(alias)]);
    const rolledBack = rollback && after(rollback.atMs) ? rollback : undefined;
    const acted = after(lastActionMs) ? lastActionMs : undefined;
    if (!rolledBack && acted === undefined)
        return undefined;
    const lastPassed = tags[(0,constants/* lastPassedTagKey */.ks)(alias)];
    return {
        functionName,
        alias,
        promotedAt: promotedAtMs === undefined ? undefined : iso(promotedAtMs),
        lastPassed: lastPassed !== undefined && VERSION.test(lastPassed) ? lastPassed : undefined,
        rolledBack: rolledBack && {
            version: rolledBack.version,
            at: iso(rolledBack.atMs),
            reason: rolledBack.reason,
        },
        lastActionAt: acted === undefined ? undefined : iso(acted),
    };
}
/** Tags live on the function: its unqualified ARN, asked of Lambda when only a name is known. */
async function functionArnOf(lambda, functionName) {
    if (functionName.startsWith('arn:'))
        return unqualifiedArn(functionName);
    const config = await lambda.send(new dist_cjs.GetFunctionConfigurationCommand({ FunctionName: functionName }));
    if (!config.FunctionArn)
        throw new Error('Lambda returned no function ARN');
    return unqualifiedArn(config.FunctionArn);
}
/**
 * One function's guard activity; a failed read is logged at debug and gives undefined. `knownArn`
 * (the alias's ARN, read with the alias) spares asking Lambda for the function's ARN.
 */
async function readGuardActivity(lambda, functionName, alias, logger, knownArn) {
    try {
        const Resource = knownArn ? unqualifiedArn(knownArn) : await functionArnOf(lambda, functionName);
        const answer = await lambda.send(new dist_cjs.ListTagsCommand({ Resource }));
        return parseGuardActivity(functionName, alias, answer.Tags ?? {});
    }
    catch (error) {
        logger.debug(`${functionName}: the guard's tags were not read (${(0,errors/* errorMessage */.gJ)(error)}).`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/src/traffic/notify.js

/** SNS subjects: printable ASCII, no line breaks, at most 100 characters. */
function snsSubject(text) {
    const clean = text
        .replace(/[^\x20-\x7e]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return (clean.length > 100 ? `${clean.slice(0, 97)}...` : clean) || 'stack-canary';
}
async function notifyTopic(sns, topicArn, subject, message) {
    const { PublishCommand } = await aws_sdk/* sdk */.x.sns();
    await sns.send(new PublishCommand({ TopicArn: topicArn, Subject: snsSubject(subject), Message: message }));
}

// EXTERNAL MODULE: ./lib/src/traffic/routing.js
var routing = __webpack_require__(3826);
// EXTERNAL MODULE: ./lib/src/traffic/lease.js
var traffic_lease = __webpack_require__(9586);
;// CONCATENATED MODULE: ./lib/src/traffic/index.js
/**
 * traffic/: every Lambda call of a run (versions, alias weights and leases, promote, restore) and
 * the SNS notice.
 */












/** The traffic operations the pipeline calls, as one object (PipelineParts.traffic). */
const trafficOps = {
    publishVersion: publishVersion,
    getAlias: traffic_alias/* getAlias */.bd,
    createAlias: traffic_alias/* createAlias */.lB,
    updateAlias: traffic_alias/* updateAlias */.GG,
    deleteAlias: traffic_alias/* deleteAlias */.Gd,
    tagPromotion: tagPromotion,
    notifyTopic: notifyTopic,
    readGuardActivity: readGuardActivity,
};

;// CONCATENATED MODULE: ./lib/src/canary/judge/check.js
/** The rule's result as the judge's output shows it. */
function ruleResult(check) {
    return {
        name: check.name,
        status: check.failed ? 'fail' : check.readyToPass ? 'pass' : 'watching',
        summary: check.summary,
        evidence: check.evidence,
    };
}
/** Formats a fraction as a percentage with up to 2 significant decimals: 0.0123 -> "1.23%". */
function percent(fraction) {
    if (!Number.isFinite(fraction))
        return String(fraction);
    const value = fraction * 100;
    const digits = Math.abs(value) >= 10 ? 1 : 2;
    return `${Number(value.toFixed(digits))}%`;
}
/** Rounds for evidence: numbers stay numbers, with a sensible number of significant digits. */
function round(value, significant = 4) {
    if (!Number.isFinite(value) || value === 0)
        return value;
    return Number(value.toPrecision(significant));
}
/** Minute start as HH:MM UTC, for reasons. */
function clockTime(ms) {
    return new Date(ms).toISOString().slice(11, 16);
}

;// CONCATENATED MODULE: ./lib/src/canary/judge/constants.js
/**
 * The judge's fixed design choices, in one place. Error rates are fractions; durations are ms.
 *
 * False-rollback budget (Bonferroni): every test that can roll a healthy canary back gets a share
 * of one RUN's α = 1%, so that together they stay at or below it; several functions split it
 * (α/functions each), and each test spends its share over the planned canary duration of the
 * whole run (all steps), however many looks. The memory rules are not probabilistic tests; their
 * thresholds are set so that they stay quiet on flat, noisy series and on warm-up.
 */


/** Consecutive failed polls after which the judge fails safe: API errors are never read as health. */
const MAX_CONSECUTIVE_QUERY_FAILURES = 3;
/** α of the canary-vs-baseline error comparison (group-sequential, spent over the run). */
const ALPHA_ERRORS = 0.006;
/** α of the test of the uncapped error totals at the last step's final look. */
const ALPHA_ERROR_TOTALS = 0.001;
/** α of the canary-vs-baseline slow-request comparison. */
const ALPHA_LATENCY = 0.001;
/** α of the always-valid test of the canary's error rate against max-error-rate. */
const ALPHA_ERROR_CEILING = 0.001;
/** α of the canary's throttles against the old version's (account-level throttles hit both). */
const ALPHA_THROTTLES = 0.001;
/** A verdict's power is stated for this chance of catching ("4 times in 5"). */
const POWER_PROBABILITY = 0.8;
/**
 * α spent by the sequential comparisons up to fraction f of the hold: α·f^ρ. ρ < 1 spends early
 * (fast at high traffic) while keeping most of it for the rest of the hold (power at low traffic).
 */
const SPENDING_EXPONENT = 0.4;
/**
 * When the old version's history says the canary can expect fewer than SPARSE_EVENTS events over
 * the hold, the early looks keep only SPARSE_EARLY_SHARE of α (spent as α·f^SPENDING_EXPONENT:
 * enough for a large regression) and the rest is spent late (f^SPARSE_SPENDING_EXPONENT), where a
 * few events can add up to evidence; the uncapped totals' α joins it (no cap trims about one event
 * a minute). Fixed before the canary's first minute from the old version's record alone, so the
 * false-rollback chance stays <= α.
 */
const SPARSE_EVENTS = 10;
const SPARSE_EARLY_SHARE = 0.25;
const SPARSE_SPENDING_EXPONENT = 4;
/**
 * One minute moves the comparison by at most this many of its own standard deviations: its canary
 * count is capped (winsorised) there, exactly accounted for in the null distribution, so a single
 * burst minute cannot decide alone.
 */
const MINUTE_CAP_SD = 3;
/** Early promotion needs evidence that the canary is not this many times worse than the baseline. */
const PROMOTE_RATIO = 2;
/** Chance of promoting early a canary that is PROMOTE_RATIO× worse (or above the ceiling). */
const BETA = 0.05;
/** No single minute adds more than this share of ln(1/β) to the promotion evidence (3 minutes at least). */
const PROMOTE_MINUTE_SHARE = 0.4;
/** An early pass needs at least this share of the hold to have passed (late regressions). */
const EARLY_PASS_MIN_HOLD_FRACTION = 0.5;
/**
 * The old version's minute-to-minute noise of error counts, φ in Var = φμ (quasi-Poisson), assumed
 * before any data; it weighs as DISPERSION_PRIOR_MINUTES_* minutes of data. Without the old
 * version's history the prior weighs more, so a noisy service cannot roll back a healthy canary in
 * the first minutes.
 */
const DISPERSION_PRIOR = 2;
const DISPERSION_PRIOR_MINUTES_WITHOUT_HISTORY = 5;
const DISPERSION_PRIOR_MINUTES_WITH_HISTORY = 2;
/** History minutes needed before the old version's history is used for the noise estimate. */
const MIN_HISTORY_MINUTES = 10;
/** Circuit breaker: a minute with at least this many canary errors ... */
const BREAKER_MIN_ERRORS = 5;
/** ... and an error rate above this fails at once ... */
const BREAKER_ERROR_RATE = 0.5;
/** ... unless the old version failed at least this share of the canary's rate in the same minute. */
const BREAKER_SHARED_SHARE = 0.5;
/** One canary minute may hold this many of the old version's worst minutes of errors (its largest, at least φ) ... */
const BREAKER_CLUMPS = 2;
/** ... in a window of up to this many consecutive canary minutes: a crash fills such a window, a clump does not. */
const BREAKER_WINDOW_MINUTES = 5;
/** Alternatives of the ceiling test, as multiples of max-error-rate (equal weights). */
const CEILING_ALTERNATIVES = [1.5, 2, 3, 5, 10];
/** max-p99-duration fails after this many consecutive canary minutes (with data) above it. */
const P99_BREACH_MINUTES = 3;
/** The first canary memory minutes are skipped for the trend (fresh environments start low). */
const MEMORY_WARMUP_MINUTES = 5;
/** Fewest memory minutes (after the warm-up) for a trend. */
const MEMORY_TREND_MIN_POINTS = 8;
/** The trend is read over the last this many memory minutes. */
const MEMORY_TREND_WINDOW = 20;
/** A leak fails when even its low slope estimate reaches the limit within this time. */
const MEMORY_PROJECTION_MS = 2 * 60 * time/* MINUTE_MS */.k;
/** z of the one-sided confidence bound on the memory slope (Sen's rank interval). */
const MEMORY_SLOPE_Z = 2.326;
/** A rising canary memory is a leak only above the old version's level by more than this. */
const MEMORY_ABOVE_BASELINE = 0.02;
/** Fewest memory minutes (after the warm-up) to estimate a slope for the slow-leak warning. */
const MEMORY_WARNING_MIN_POINTS = 4;
/** Canary memory above the baseline's by more than this (fraction of memory size) ... */
const MEMORY_DIFF_LIMIT = 0.1;
/** ... in this many minutes in a row (with both figures) fails. */
const MEMORY_DIFF_MINUTES = 5;
/**
 * α of the custom metrics' probabilistic tests (rate-of ceilings and comparisons), shared equally
 * among them; taken from ALPHA_ERRORS when there are any, so the run's budget stays at 1%.
 */
const ALPHA_CUSTOM = 0.003;
/**
 * Share of each custom comparison's α spent on its uncapped totals at the last final look: a
 * business metric fails in clumps (one basket, one bad card batch), which the per-minute cap of
 * the sequential test cannot tell from noise within a short hold.
 */
const CUSTOM_TOTALS_SHARE = 0.5;
/** A custom metric compared without rate-of fails when worse than the old version's by more than this share ... */
const CUSTOM_COMPARE_TOLERANCE = 0.2;
/** ... in this many minutes in a row (with both figures). */
const CUSTOM_COMPARE_MINUTES = 5;
/**
 * A rate-of metric is taken as published with every call (0 included; a minute without a
 * datapoint is then missing, never zero) when at least this share of the old version's minutes
 * with calls have one ...
 */
const DENSE_SHARE = 0.9;
/** ... over at least this many minutes (before the step, else beside the canary) ... */
const DENSE_MIN_MINUTES = 5;
/** ... leaving out the newest minutes beside the canary, whose datapoints may still be on their way. */
const DENSE_RECENT_MINUTES = 3;
/** An undecided custom comparison projects its pace from the canary's calls in this many recent minutes. */
const UNDECIDED_PACE_MINUTES = 3;


;// CONCATENATED MODULE: ./lib/src/canary/judge/math.js
/** Small numeric helpers for the judge: log-gamma, the incomplete beta, binomial tails, medians. */
const LANCZOS_G = 7;
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
/** ln Γ(x) for x > 0 (Lanczos approximation, ~15 significant digits). */
function lnGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
    const z = x - 1;
    let sum = LANCZOS[0];
    for (let i = 1; i < LANCZOS.length; i++)
        sum += LANCZOS[i] / (z + i);
    const t = z + LANCZOS_G + 0.5;
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
const TINY = 1e-300;
/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a, b, x) {
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    if (Math.abs(d) < TINY)
        d = TINY;
    d = 1 / d;
    let h = d;
    for (let m = 1; m <= 500; m++) {
        const m2 = 2 * m;
        const even = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
        d = 1 + even * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + even / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        h *= d * c;
        const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
        d = 1 + odd * d;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = 1 + odd / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const step = d * c;
        h *= step;
        if (Math.abs(step - 1) < 1e-14)
            break;
    }
    return h;
}
/** The regularised incomplete beta function I_x(a, b), for a, b > 0 and 0 <= x <= 1. */
function regularizedBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
    if (x < (a + 1) / (a + b + 2))
        return (front * betaContinuedFraction(a, b, x)) / a;
    return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}
/** P(X >= k) for X ~ Binomial(n, p); k and n may be non-integers (the beta-function extension). */
function binomialUpperTail(k, n, p) {
    if (k <= 0)
        return 1;
    if (k > n)
        return 0;
    return regularizedBeta(p, k, n - k + 1);
}
/** P(X <= k) for X ~ Binomial(n, p). */
function binomialLowerTail(k, n, p) {
    return 1 - binomialUpperTail(k + 1, n, p);
}
/**
 * Binomial(m, p) probabilities on [from, to], with all the mass above `to` put on `to`
 * (the distribution of min(X, to)) and the far lower tail below `from` also moved there
 * (a conservative shift up, below 1e-15 for the ranges used).
 */
function cappedBinomial(m, p, from, to) {
    const out = new Float64Array(to - from + 1);
    const logRatio = Math.log(p) - Math.log(1 - p);
    let logPmf = lnGamma(m + 1) -
        lnGamma(from + 1) -
        lnGamma(m - from + 1) +
        from * Math.log(p) +
        (m - from) * Math.log(1 - p);
    let below = 0;
    for (let k = from; k < to; k++) {
        const pmf = Math.exp(logPmf);
        out[k - from] = pmf;
        below += pmf;
        logPmf += Math.log((m - k) / (k + 1)) + logRatio;
    }
    out[to - from] = Math.max(0, 1 - below);
    return out;
}
function median(values) {
    if (values.length === 0)
        return Number.NaN;
    const sorted = [...values].sort((x, y) => x - y);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1
        ? sorted[mid]
        : (sorted[mid - 1] + sorted[mid]) / 2;
}
/**
 * Beta-binomial(m, p) with variance φ·m·p(1-p) (intra-minute correlation ρ = (φ-1)/(m-1): events
 * that come in clumps), as cappedBinomial: probabilities on [from, to], the mass above `to` and
 * the far lower tail below `from` put on `to` (a conservative shift up). φ <= 1, or m <= 1, is
 * the binomial; φ >= m is all or nothing.
 */
function cappedBetaBinomial(m, p, phi, from, to) {
    if (phi <= 1 || m <= 1)
        return cappedBinomial(m, p, from, to);
    const rho = Math.min((phi - 1) / (m - 1), 1 - 1e-9);
    const a = (p * (1 - rho)) / rho;
    const b = ((1 - p) * (1 - rho)) / rho;
    const out = new Float64Array(to - from + 1);
    let logPmf = lnGamma(m + 1) -
        lnGamma(from + 1) -
        lnGamma(m - from + 1) +
        lnGamma(from + a) +
        lnGamma(m - from + b) -
        lnGamma(m + a + b) -
        lnGamma(a) -
        lnGamma(b) +
        lnGamma(a + b);
    let below = 0;
    for (let k = from; k < to; k++) {
        const pmf = Math.exp(logPmf);
        out[k - from] = pmf;
        below += pmf;
        logPmf += Math.log(((m - k) * (k + a)) / ((k + 1) * (m - k - 1 + b)));
    }
    out[to - from] = Math.max(0, 1 - below);
    return out;
}

;// CONCATENATED MODULE: ./lib/src/canary/judge/ceilings.js



function logLikelihoodRatio(errors, trials, p1, p0) {
    const fromErrors = errors > 0 ? errors * Math.log(p1 / p0) : 0;
    const fromSuccesses = trials - errors > 0 ? (trials - errors) * Math.log((1 - p1) / (1 - p0)) : 0;
    return fromErrors + fromSuccesses;
}
function logSumExp(values) {
    const top = Math.max(...values);
    if (!Number.isFinite(top))
        return top;
    return top + Math.log(values.reduce((sum, v) => sum + Math.exp(v - top), 0));
}
function count(value) {
    return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}
function rateOf(errors, invocations) {
    return invocations > 0 ? errors / invocations : 0;
}
/** A minute (or the synthetic totals) that trips the breaker: >= 5 errors and most calls failing. */
function tripsBreaker(errors, invocations) {
    return errors >= BREAKER_MIN_ERRORS && invocations > 0 && errors / invocations > BREAKER_ERROR_RATE;
}
/** The old version failed about as often in the same minute (or to the same payload): shared, not the canary's. */
function shared(canaryRate, old) {
    if (old === undefined || count(old.invocations) === 0)
        return false;
    return (rateOf(Math.min(count(old.errors), count(old.invocations)), count(old.invocations)) >=
        BREAKER_SHARED_SHARE * canaryRate);
}
/**
 * The old version's worst minute of errors, by its own record: the largest count among its minutes
 * (before the deploy and beside the canary), and at least a clump of φ errors (φ ≈ E[K²]/E[K] for
 * clumps of size K). Errors that come in clumps (one client retrying a failing call five times)
 * land whole in a minute whatever the traffic, so at about 10 canary calls a minute one clump fills
 * most of it: such a minute is what the old version's minutes look like, not a crash. 0 when the
 * old version showed no errors: then the breaker lets nothing through.
 */
function breakerAllowance(old, dispersion) {
    let largest = 0;
    for (const series of old)
        for (const m of series ?? [])
            if (m.errorsMissing !== true)
                largest = Math.max(largest, Math.min(count(m.invocations), count(m.errors)));
    return largest === 0 ? 0 : Math.max(largest, Math.ceil(Math.max(1, dispersion)));
}
/**
 * The first window of 1 to BREAKER_WINDOW_MINUTES consecutive canary minutes that trips the
 * breaker (>= 5 errors, most calls failing) with more errors than the old version's worst minute
 * allows: one minute may hold BREAKER_CLUMPS of them (a few clumps in half an hour rarely show the
 * largest size), a longer window with errors in two minutes or more one (two clumps in minutes
 * next to each other are beyond the old version's record). A crash (most calls failing, minute after minute) fills such a window within
 * a few minutes; one clump does not. A window the old version failed as much in is never the canary's.
 */
function breakerWindow(canary, baselineByStart, worst, evidence) {
    const minutes = canary.filter((m) => m.errorsMissing !== true).sort((a, b) => a.start - b.start);
    for (let last = 0; last < minutes.length; last++) {
        let invocations = 0;
        let errors = 0;
        let minutesWithErrors = 0;
        let oldCalls = { invocations: 0, errors: 0 };
        for (let first = last; first >= 0 && last - first < BREAKER_WINDOW_MINUTES; first--) {
            const minute = minutes[first];
            if (minute.start !== minutes[last].start - (last - first) * time/* MINUTE_MS */.k)
                break;
            const n = count(minute.invocations);
            invocations += n;
            const e = Math.min(n, count(minute.errors));
            errors += e;
            if (e > 0)
                minutesWithErrors++;
            const old = baselineByStart.get(minute.start);
            oldCalls =
                oldCalls === undefined || old === undefined || old.errorsMissing === true
                    ? undefined
                    : {
                        invocations: oldCalls.invocations + count(old.invocations),
                        errors: oldCalls.errors + Math.min(count(old.invocations), count(old.errors)),
                    };
            if (!tripsBreaker(errors, invocations))
                continue;
            if (shared(errors / invocations, oldCalls)) {
                evidence['breakerSharedWithBaseline'] = clockTime(minute.start);
                continue;
            }
            // A longer window is a crash only with errors in more than one of its minutes: one clump
            // beside a minute of few calls is still one clump.
            if (first !== last && minutesWithErrors < 2)
                continue;
            const allowance = first === last ? BREAKER_CLUMPS * worst : worst;
            if (errors > allowance)
                return { fromMs: minute.start, minutes: last - first + 1, errors, invocations };
            evidence['breakerAllowedClump'] = clockTime(minute.start);
        }
    }
    return undefined;
}
/**
 * The canary's error rate (CloudWatch minutes plus synthetic invocations) against max-error-rate p0.
 * Fails when a mixture of likelihood ratios (p1 = k·p0 against p0), each divided by φ (the old
 * version's noise, so clumped errors do not count as many independent ones), reaches 1/α: a test
 * martingale for every p <= p0, so looking every minute keeps the false-failure chance <= α. The
 * totals are not capped per minute: one overwhelming minute (360 errors in 1,200 calls against a
 * 2% ceiling) fails at once, while one error in three calls at 1% is an e-value of about 4.
 */
function errorCeiling(input) {
    const { canary, maxErrorRate } = input;
    const name = 'error rate';
    const baselineByStart = new Map((input.baseline ?? []).map((m) => [m.start, m]));
    const syntheticInvocations = count(input.synthetic.invocations);
    const syntheticErrors = Math.min(syntheticInvocations, count(input.synthetic.errors));
    const syntheticRate = rateOf(syntheticErrors, syntheticInvocations);
    const badPayload = syntheticErrors > 0 && shared(syntheticRate, input.syntheticBaseline);
    let invocations = badPayload ? 0 : syntheticInvocations;
    let errors = badPayload ? 0 : syntheticErrors;
    let missing = 0;
    for (const minute of canary) {
        if (minute.errorsMissing === true) {
            missing++;
            continue;
        }
        const n = count(minute.invocations);
        invocations += n;
        errors += Math.min(n, count(minute.errors));
    }
    const rate = rateOf(errors, invocations);
    const evidence = {
        canaryInvocations: invocations,
        canaryErrors: errors,
        canaryErrorRate: round(rate),
        maxErrorRate,
        syntheticInvocations,
        syntheticErrors,
        errorDispersion: round(input.dispersion, 3),
    };
    if (missing > 0)
        evidence['canaryMinutesMissingErrors'] = missing;
    let payloadNote = '';
    if (badPayload) {
        evidence['syntheticBadPayload'] = true;
        payloadNote = `; synthetic calls left out: the old version rejects the payload too (${count(input.syntheticBaseline?.errors ?? 0)}/${count(input.syntheticBaseline?.invocations ?? 0)})`;
    }
    else if (syntheticErrors > 0 && input.syntheticBaseline === undefined) {
        payloadNote =
            '; the old version was not invoked with the synthetic payload, so a bad payload cannot be told from a bad release';
    }
    const result = (failed, summary, readyToPass) => ({
        name,
        failed,
        summary: `${summary}${payloadNote}`,
        readyToPass,
        evidence,
        invocations,
        errors,
    });
    const worst = breakerAllowance([input.history, input.baseline], input.dispersion);
    evidence['breakerOldWorstMinute'] = worst;
    const tripped = breakerWindow(canary, baselineByStart, worst, evidence);
    if (tripped !== undefined) {
        const { errors: e, invocations: n } = tripped;
        const when = tripped.minutes === 1
            ? `in the minute of ${clockTime(tripped.fromMs)} UTC`
            : `in the ${tripped.minutes} minutes from ${clockTime(tripped.fromMs)} UTC`;
        const why = worst > 0 ? `; the old version's worst minute had ${worst}` : '';
        return result(true, `circuit breaker: ${e} of ${n} canary invocations failed ${when}${why}`, false);
    }
    if (!badPayload && tripsBreaker(syntheticErrors, syntheticInvocations)) {
        return result(true, `circuit breaker: ${syntheticErrors} of ${syntheticInvocations} synthetic invocations failed`, false);
    }
    const observed = `canary error rate ${percent(rate)} (${errors}/${invocations})`;
    if (maxErrorRate >= 1)
        return result(false, `${observed}, no ceiling`, true);
    if (maxErrorRate <= 0) {
        return errors > 0
            ? result(true, `${observed} with max-error-rate 0%`, false)
            : result(false, `${observed}, none allowed`, invocations > 0);
    }
    const threshold = Math.log(1 / input.alpha);
    const phi = Math.max(1, input.dispersion);
    const alternatives = CEILING_ALTERNATIVES.map((k) => Math.min(k * maxErrorRate, (1 + maxErrorRate) / 2));
    const sums = alternatives.map((p1) => logLikelihoodRatio(errors, invocations, p1, maxErrorRate) / phi);
    const logE = logSumExp(sums) - Math.log(alternatives.length);
    const acceptLogE = logLikelihoodRatio(errors, invocations, maxErrorRate / 2, maxErrorRate) / phi;
    evidence['ceilingLogE'] = round(logE);
    evidence['ceilingAcceptLogE'] = round(acceptLogE);
    if (logE >= threshold) {
        return result(true, `${observed} above max-error-rate ${percent(maxErrorRate)} (always-valid test: e-value ${round(Math.exp(logE), 3)} >= ${round(1 / input.alpha)})`, false);
    }
    const below = acceptLogE >= Math.log(1 / BETA);
    return result(false, `${observed}${below ? ` below max-error-rate ${percent(maxErrorRate)}` : `, max-error-rate ${percent(maxErrorRate)}`}`, below);
}
function sumOf(series, read) {
    return (series ?? []).reduce((sum, m) => sum + count(read(m)), 0);
}
/**
 * Canary throttles above max-throttles fail, unless the old version is throttled too (in the step
 * or in its history): then throttles are the account's concurrency limit, and the canary fails
 * only when its share of the throttles is significantly above its share of the calls.
 */
function throttles(canary, baseline, history, maxThrottles, alpha) {
    const total = sumOf(canary, (m) => m.throttles);
    const evidence = { canaryThrottles: total, maxThrottles };
    const name = 'throttles';
    if (total <= maxThrottles) {
        return { name, failed: false, summary: `${total} canary throttles`, readyToPass: true, evidence };
    }
    const oldThrottles = sumOf(baseline, (m) => m.throttles);
    const oldHistory = sumOf(history, (m) => m.throttles);
    const over = `${total} canary throttles > max-throttles ${maxThrottles}`;
    if (baseline === undefined || oldThrottles + oldHistory === 0) {
        return { name, failed: true, summary: over, readyToPass: false, evidence };
    }
    const canaryCalls = sumOf(canary, (m) => m.invocations) + total;
    const oldCalls = sumOf(baseline, (m) => m.invocations) + oldThrottles;
    const share = canaryCalls + oldCalls > 0 ? canaryCalls / (canaryCalls + oldCalls) : 0.5;
    const p = binomialUpperTail(total, total + oldThrottles, share);
    evidence['baselineThrottles'] = oldThrottles;
    evidence['throttlesP'] = round(p, 3);
    const failed = p <= alpha;
    return {
        name,
        failed,
        summary: failed
            ? `${over}, more than its share beside the old version's ${oldThrottles} (p ${round(p, 2)})`
            : `${over}, but the old version is throttled too (${oldThrottles} in the step, ${oldHistory} before): the account's concurrency limit, not the canary`,
        readyToPass: !failed,
        evidence,
    };
}
/** max-p99-duration: P99_BREACH_MINUTES canary minutes in a row (among those with a p99) above it. */
function p99Ceiling(canary, maxP99DurationMs) {
    const withData = canary.filter((m) => m.durationP99Ms !== undefined);
    const worst = withData.reduce((top, m) => Math.max(top, m.durationP99Ms), 0);
    const evidence = { canaryP99MaxMs: round(worst) };
    if (maxP99DurationMs === undefined) {
        return { name: 'p99 duration', failed: false, summary: 'no p99 ceiling', readyToPass: true, evidence };
    }
    evidence['maxP99DurationMs'] = maxP99DurationMs;
    let run = 0;
    for (const minute of withData) {
        run = minute.durationP99Ms > maxP99DurationMs ? run + 1 : 0;
        if (run >= P99_BREACH_MINUTES) {
            return {
                name: 'p99 duration',
                failed: true,
                summary: `canary p99 above max-p99-duration ${maxP99DurationMs} ms for ${P99_BREACH_MINUTES} minutes in a row (to ${clockTime(minute.start)} UTC, ${round(minute.durationP99Ms)} ms)`,
                readyToPass: false,
                evidence,
            };
        }
    }
    return {
        name: 'p99 duration',
        failed: false,
        summary: `canary p99 at most ${round(worst)} ms (max-p99-duration ${maxP99DurationMs} ms)`,
        readyToPass: true,
        evidence,
    };
}

;// CONCATENATED MODULE: ./lib/src/canary/judge/counts.js
/** A minute whose Errors figure is missing is no data, never zero errors. */
const readErrors = (sample) => sample.errorsMissing === true ? undefined : sample.errors;
const readSlow = (sample) => sample.slowCount;
function clampCount(value) {
    return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}
/** Invocations and events of one sample; a sample without the event figure counts as no data. */
function countsOf(sample, read) {
    if (sample === undefined)
        return { n: 0, events: 0 };
    const events = read(sample);
    if (events === undefined)
        return { n: 0, events: 0 };
    const n = clampCount(sample.invocations);
    return { n, events: Math.min(n, clampCount(events)) };
}
function countMinute(start, canary, baseline, read) {
    const c = countsOf(canary, read);
    const b = countsOf(baseline, read);
    return { start, canaryN: c.n, canaryEvents: c.events, baselineN: b.n, baselineEvents: b.events };
}
/** Both series joined on minute start (a minute missing on one side has no invocations there). */
function alignCounts(canary, baseline, read) {
    if (canary.length === baseline.length &&
        canary.every((m, i) => m.start === baseline[i]?.start && (i === 0 || m.start > canary[i - 1].start))) {
        return canary.map((m, i) => countMinute(m.start, m, baseline[i], read));
    }
    const canaryByStart = new Map(canary.map((m) => [m.start, m]));
    const baselineByStart = new Map(baseline.map((m) => [m.start, m]));
    const starts = [...new Set([...canaryByStart.keys(), ...baselineByStart.keys()])].sort((a, b) => a - b);
    return starts.map((start) => countMinute(start, canaryByStart.get(start), baselineByStart.get(start), read));
}
function historyCounts(history, read) {
    if (history === undefined)
        return [];
    return history.map((sample) => {
        const { n, events } = countsOf(sample, read);
        return { n, events };
    });
}

;// CONCATENATED MODULE: ./lib/src/canary/judge/dispersion.js
/**
 * Minute-to-minute noise of event counts beyond Poisson, learned from the OLD version only (its
 * history before the canary, then its minutes beside the canary), never from the canary: a
 * regression cannot excuse itself with its own noise.
 *
 * Model: quasi-Poisson, Var(count) = φ·μ. Errors that come in clumps (a retry storm, one bad
 * downstream call failing a batch) have variance growing with the mean, φ = E[K²]/E[K] for clumps
 * of size K; a rate that wanders minute to minute (Var = μ + κμ²) shows as φ ≈ 1 + κμ at the old
 * version's scale. For the canary's share of a minute's events both give a variance inflation of
 * at most φ (for the wandering rate much less), so using φ is safe under either.
 *
 * φ is the mean Pearson ratio (x − μ)²/μ, each minute against the rate of the minutes before it
 * (history: its pooled rate, with the (T−1)/T correction), shrunk toward a cautious prior.
 */

const NO_TERMS = { pearson: 0, df: 0, minutes: 0, squares: 0 };
function addTerms(a, b) {
    return {
        pearson: a.pearson + b.pearson,
        df: a.df + b.df,
        minutes: a.minutes + b.minutes,
        squares: a.squares + b.squares,
    };
}
function term(x, mu, expectedRatio) {
    const deviation = x - mu;
    const ratio = (deviation * deviation) / mu;
    return { pearson: ratio, df: expectedRatio, minutes: 1, squares: ratio * ratio };
}
/** Terms of a fixed series (the old version's history) around its pooled rate. */
function seriesTerms(ns, events) {
    let totalN = 0;
    let totalEvents = 0;
    let minutes = 0;
    ns.forEach((n, i) => {
        if (n > 0) {
            totalN += n;
            totalEvents += events[i];
            minutes++;
        }
    });
    if (totalEvents === 0 || minutes < 2)
        return NO_TERMS;
    const rate = totalEvents / totalN;
    let sum = NO_TERMS;
    ns.forEach((n, i) => {
        if (n > 0)
            sum = addTerms(sum, term(events[i], n * rate, (minutes - 1) / minutes));
    });
    return sum;
}
function startSeries(priorN = 0, priorEvents = 0) {
    return { n: priorN, events: priorEvents, terms: NO_TERMS };
}
/**
 * Adds a minute to a series in progress: it is compared with the rate of the minutes before it
 * (one step ahead), so no term changes once computed; that rate's own uncertainty adds n/N_before
 * to the ratio's mean.
 */
function extendSeries(series, n, events) {
    if (n <= 0)
        return series;
    const terms = series.events > 0
        ? addTerms(series.terms, term(events, (n * series.events) / series.n, 1 + n / series.n))
        : series.terms;
    return { n: series.n + n, events: series.events + events, terms };
}
/**
 * φ >= 1 from the old version's terms and the prior (which weighs as a few minutes). Only an
 * excess over Poisson that stands out of the estimate's own noise (half its standard error,
 * φ·sqrt(2/df)) is used: Poisson minutes read as φ = 1, not as the upward-biased max(1, φ̂).
 */
function estimateDispersion(terms, withHistory) {
    const priorMinutes = withHistory
        ? DISPERSION_PRIOR_MINUTES_WITH_HISTORY
        : DISPERSION_PRIOR_MINUTES_WITHOUT_HISTORY;
    const df = terms.df + priorMinutes;
    const phi = (terms.pearson + priorMinutes * DISPERSION_PRIOR) / df;
    const standardError = phi * Math.sqrt(2 / df);
    return Math.max(1, phi - standardError / 2);
}
/** What the old version's history brings before the canary's first minute. */
function historyPrior(history, minHistoryMinutes) {
    const historyTerms = seriesTerms(history.map((h) => h.n), history.map((h) => h.events));
    const usedHistory = historyTerms.minutes >= minHistoryMinutes;
    let priorN = 0;
    let priorEvents = 0;
    if (usedHistory) {
        for (const h of history) {
            priorN += h.n;
            priorEvents += h.events;
        }
    }
    return { historyTerms, usedHistory, priorN, priorEvents };
}
/**
 * The old version's φ and rate from its history (used with at least `minHistoryMinutes` minutes)
 * and its minutes beside the canary, as the sequential comparison learns them.
 */
function oldVersionNoise(history, beside, minHistoryMinutes) {
    const { historyTerms, usedHistory, priorN, priorEvents } = historyPrior(history, minHistoryMinutes);
    let series = startSeries(priorN, priorEvents);
    for (const b of beside)
        series = extendSeries(series, b.n, b.events);
    const terms = addTerms(usedHistory ? historyTerms : NO_TERMS, series.terms);
    const n = series.n;
    return {
        dispersion: estimateDispersion(terms, usedHistory),
        rate: n > 0 ? series.events / n : undefined,
        usedHistory,
    };
}

;// CONCATENATED MODULE: ./lib/src/canary/judge/sequential.js



/** Lower-tail mass below which the null distribution is trimmed (moved up: conservative). */
const TRIM_MASS = 1e-12;
/** Kernel range below the mean, in standard deviations (the mass beyond is moved up). */
const KERNEL_LOW_SD = 7;
/** The totals test counts in units of this many φ (a margin for clumps of unequal size). */
const TOTALS_CLUMP_MARGIN = 1.5;
/** Memoised states kept (a few per watched function is enough). */
const MEMO_SIZE = 256;
const memo = new Map();
/** Forgets the memoised states (tests; a long-running process that judges many steps may call it between steps). */
function clearComparisonMemo() {
    memo.clear();
}
function cloneState(state) {
    return { ...state, dist: state.dist.slice() };
}
function remember(key, state) {
    memo.delete(key);
    memo.set(key, cloneState(state));
    if (memo.size > MEMO_SIZE)
        memo.delete(memo.keys().next().value);
}
function convolve(dist, kernel) {
    const out = new Float64Array(dist.length + kernel.length - 1);
    for (let i = 0; i < dist.length; i++) {
        const d = dist[i];
        if (d === 0)
            continue;
        for (let k = 0; k < kernel.length; k++)
            out[i + k] = out[i + k] + d * kernel[k];
    }
    return out;
}
function trimLowerTail(state) {
    const { dist } = state;
    let mass = 0;
    let cut = 0;
    while (cut < dist.length - 1 && mass + dist[cut] < TRIM_MASS) {
        mass += dist[cut];
        cut++;
    }
    if (cut === 0)
        return;
    const kept = dist.slice(cut);
    kept[0] = kept[0] + mass;
    state.dist = kept;
    state.lo += cut;
}
function shareUnderRatio(ratio, share) {
    return (ratio * share) / (ratio * share + 1 - share);
}
function initialState(context) {
    return {
        lo: 0,
        dist: Float64Array.of(1),
        capped: 0,
        nullMean: 0,
        spent: 0,
        phi: estimateDispersion(context.usedHistory ? context.historyTerms : NO_TERMS, context.usedHistory),
        rawCanary: 0,
        events: 0,
        statistic: 0,
        boundary: undefined,
        promoteLogE: 0,
        informative: 0,
        canaryN: 0,
        canaryEvents: 0,
        baselineN: 0,
        baselineEvents: 0,
        baselineSeries: startSeries(context.priorN, context.priorEvents),
        firstStart: undefined,
        rejectedAtMinute: undefined,
    };
}
/** A look at fraction f of the hold: place the boundary, spend, compare. */
function look(state, context, fraction, at) {
    const allowed = context.alpha * spent(context.spending, Math.min(1, Math.max(0, fraction))) - state.spent;
    const { dist } = state;
    let tail = 0;
    let index = dist.length;
    for (let i = dist.length - 1; i >= 0; i--) {
        const next = tail + dist[i];
        if (next > allowed)
            break;
        tail = next;
        index = i;
    }
    if (index < dist.length)
        state.dist = dist.slice(0, index);
    state.spent += tail;
    state.boundary = state.lo + index;
    state.statistic = context.clumped
        ? state.capped
        : Math.round(state.nullMean + (state.capped - state.nullMean) / Math.sqrt(state.phi));
    if (state.informative > 0 && state.statistic >= state.boundary)
        state.rejectedAtMinute = at;
}
/** Takes in one closed minute, then looks. */
function advance(state, context, x) {
    state.firstStart ??= x.start;
    const m = x.canaryEvents + x.baselineEvents;
    if (x.canaryN > 0 && x.baselineN > 0) {
        const share = x.canaryN / (x.canaryN + x.baselineN);
        state.canaryN += x.canaryN;
        state.canaryEvents += x.canaryEvents;
        state.baselineN += x.baselineN;
        state.baselineEvents += x.baselineEvents;
        if (m > 0) {
            state.informative++;
            // One minute moves the count by at most MINUTE_CAP_SD deviations; the final totals test sees it all.
            // Clumped: the noise φ known before this minute is in the kernel (at most m: all or nothing).
            const phi = context.clumped ? Math.min(state.phi, m) : 1;
            const sd = Math.sqrt(phi * m * share * (1 - share));
            const from = Math.max(0, Math.floor(m * share - KERNEL_LOW_SD * sd));
            const to = Math.min(m, Math.ceil(m * share + MINUTE_CAP_SD * sd));
            const kernel = context.clumped
                ? cappedBetaBinomial(m, share, phi, from, to)
                : cappedBinomial(m, share, from, to);
            state.dist = convolve(state.dist, kernel);
            state.lo += from;
            trimLowerTail(state);
            state.capped += Math.min(x.canaryEvents, to);
            for (let k = 0; k < kernel.length; k++)
                state.nullMean += (from + k) * kernel[k];
            state.rawCanary += x.canaryEvents;
            state.events += m;
            // Promotion evidence, tempered by the old version's noise known before this minute.
            const worse = shareUnderRatio(PROMOTE_RATIO, share);
            const logLr = x.canaryEvents * Math.log(share / worse) + x.baselineEvents * Math.log((1 - share) / (1 - worse));
            state.promoteLogE += Math.min(logLr / state.phi, Math.log(1 / BETA) * PROMOTE_MINUTE_SHARE);
        }
    }
    state.baselineSeries = extendSeries(state.baselineSeries, x.baselineN, x.baselineEvents);
    const base = context.usedHistory ? context.historyTerms : NO_TERMS;
    state.phi = estimateDispersion(addTerms(base, state.baselineSeries.terms), context.usedHistory);
    const fraction = context.holdMs > 0 ? (x.start - state.firstStart + time/* MINUTE_MS */.k) / context.holdMs : 1;
    look(state, context, fraction, x.start);
}
/**
 * The uncapped totals against their null, in units of TOTALS_CLUMP_MARGIN·φ: the excess of the canary's errors over
 * what equal rates give, counted as if every clump were half again the size the old version's noise
 * implies (a margin for clumps of unequal size), against a Poisson tail. p-value.
 */
function totalsPValue(state) {
    if (state.events === 0 || state.nullMean <= 0)
        return undefined;
    const unit = TOTALS_CLUMP_MARGIN * state.phi;
    const mean = state.nullMean / unit;
    const observed = state.rawCanary / unit;
    const trials = Math.max(1e6, 1000 * (observed + mean));
    return binomialUpperTail(observed, trials, mean / trials);
}
/** The share of α a spending may have spent by fraction f of the hold. */
function spent(spending, f) {
    const early = Math.pow(f, SPENDING_EXPONENT);
    return spending === 'early'
        ? early
        : SPARSE_EARLY_SHARE * early + (1 - SPARSE_EARLY_SHARE) * Math.pow(f, SPARSE_SPENDING_EXPONENT);
}
/**
 * The spending, fixed by what the old version's history (never the canary) says the canary can
 * expect over the hold: sparse below SPARSE_EVENTS events, else early.
 */
function spendingFor(history, prior, weight, holdMs) {
    if (weight === undefined || !prior.usedHistory || history.length === 0)
        return 'early';
    const expected = (prior.priorEvents / history.length) * weight * (holdMs / time/* MINUTE_MS */.k);
    return expected < SPARSE_EVENTS ? 'sparse' : 'early';
}
function minuteKey(x) {
    return `${x.start}:${x.canaryN}:${x.canaryEvents}:${x.baselineN}:${x.baselineEvents}`;
}
function compareCounts(minutes, history, design) {
    const { historyTerms, usedHistory, priorN, priorEvents } = historyPrior(history, MIN_HISTORY_MINUTES);
    const spending = spendingFor(history, { usedHistory, priorEvents }, design.weight, design.holdMs);
    // Sparse: a minute holds about one event, which no cap trims, so the uncapped totals would test
    // what the last look tests: their α goes to the sequential test.
    const sparse = spending === 'sparse';
    const context = {
        alpha: design.alpha + (sparse ? (design.alphaTotals ?? 0) : 0),
        holdMs: design.holdMs,
        alphaTotals: sparse ? 0 : (design.alphaTotals ?? 0),
        spending,
        clumped: design.clumped === true,
        historyTerms,
        usedHistory,
        priorN,
        priorEvents,
    };
    // Resume from the state after all minutes but the last (or all of them), if an earlier call left it.
    const prefix = `${design.alpha}|${design.holdMs}|${context.spending}|${context.clumped ? 'c' : 'b'}|${usedHistory ? `${historyTerms.pearson}|${historyTerms.df}|${historyTerms.squares}|${historyTerms.minutes}|${priorN}|${priorEvents}` : '-'}|`;
    const parts = minutes.map(minuteKey);
    const fullKey = prefix + parts.join(',');
    const last = parts[parts.length - 1];
    const shorterKey = last === undefined
        ? undefined
        : fullKey.slice(0, fullKey.length - last.length - (parts.length > 1 ? 1 : 0));
    let state;
    let done = 0;
    const full = minutes.length > 0 ? memo.get(fullKey) : undefined;
    const shorter = full === undefined && minutes.length > 1 && shorterKey !== undefined ? memo.get(shorterKey) : undefined;
    if (full !== undefined) {
        state = cloneState(full);
        done = minutes.length;
    }
    else if (shorter !== undefined) {
        state = cloneState(shorter);
        done = minutes.length - 1;
    }
    state ??= initialState(context);
    for (let j = done; j < minutes.length && state.rejectedAtMinute === undefined; j++) {
        advance(state, context, minutes[j]);
    }
    if (minutes.length > 0 && done < minutes.length)
        remember(fullKey, state);
    let totalsP;
    let totalsRejected = false;
    if (state.rejectedAtMinute === undefined && design.final && minutes.length > 0) {
        state = cloneState(state);
        look(state, context, 1, minutes[minutes.length - 1].start);
        if (state.rejectedAtMinute === undefined && context.alphaTotals > 0) {
            totalsP = totalsPValue(state);
            totalsRejected = totalsP !== undefined && totalsP <= context.alphaTotals;
        }
    }
    const ratio = state.canaryN > 0 && state.baselineN > 0 && state.baselineEvents > 0
        ? state.canaryEvents / state.canaryN / (state.baselineEvents / state.baselineN)
        : undefined;
    const promoteThreshold = Math.log(1 / BETA);
    return {
        rejected: state.rejectedAtMinute !== undefined || totalsRejected,
        rejectedAtMinute: state.rejectedAtMinute,
        promoteReady: state.promoteLogE >= promoteThreshold,
        promoteLogE: state.promoteLogE,
        canaryN: state.canaryN,
        canaryEvents: state.canaryEvents,
        baselineN: state.baselineN,
        baselineEvents: state.baselineEvents,
        ratio,
        statistic: state.statistic,
        expected: state.nullMean,
        boundary: state.boundary,
        alphaSpent: state.spent,
        dispersion: state.phi,
        informativeMinutes: state.informative,
        totalsP,
        totalsRejected,
        usedHistory,
    };
}

;// CONCATENATED MODULE: ./lib/src/canary/judge/comparison.js




function describeRate(events, n) {
    return `${percent(n > 0 ? events / n : 0)} (${events}/${n})`;
}
/** The sequential count test of `kind`, canary against baseline, as a check with its numbers. */
function countComparison(kind, samples, baseline, design) {
    const minutes = alignCounts(samples.canary, baseline, kind.read);
    const result = compareCounts(minutes, historyCounts(samples.baselineHistory, kind.read), design);
    const k = kind.key;
    const evidence = {
        [`${k}CanaryRate`]: round(result.canaryN > 0 ? result.canaryEvents / result.canaryN : 0),
        [`${k}BaselineRate`]: round(result.baselineN > 0 ? result.baselineEvents / result.baselineN : 0),
        [`${k}Statistic`]: result.statistic,
        [`${k}Expected`]: round(result.expected),
        [`${k}AlphaSpent`]: round(result.alphaSpent, 3),
        [`${k}Alpha`]: design.alpha,
        [`${k}Dispersion`]: round(result.dispersion, 3),
        [`${k}Calls`]: result.canaryN,
        [`${k}BaselineCalls`]: result.baselineN,
        [`${k}PromoteLogE`]: round(result.promoteLogE, 3),
        [`${k}InformativeMinutes`]: result.informativeMinutes,
        [`${k}NoiseFromHistory`]: result.usedHistory,
    };
    if (result.ratio !== undefined)
        evidence[`${k}Ratio`] = round(result.ratio, 3);
    if (result.boundary !== undefined)
        evidence[`${k}Boundary`] = result.boundary;
    if (result.totalsP !== undefined)
        evidence[`${k}TotalsP`] = round(result.totalsP, 3);
    const counts = { canaryN: result.canaryN, baselineN: result.baselineN };
    const rates = `canary ${describeRate(result.canaryEvents, result.canaryN)} vs baseline ${describeRate(result.baselineEvents, result.baselineN)}`;
    const ratio = result.ratio === undefined ? '' : `, ${round(result.ratio, 2)}× the baseline's rate`;
    if (result.rejected && result.rejectedAtMinute === undefined) {
        return {
            ...counts,
            name: kind.name,
            failed: true,
            summary: `${kind.what}: ${rates}${ratio}; the uncapped totals at the final look are above the old version's rate beyond its own noise (p ${round(result.totalsP ?? 0, 2)} <= ${design.alphaTotals ?? 0}, φ ${round(result.dispersion, 2)})`,
            readyToPass: false,
            evidence,
        };
    }
    if (result.rejected) {
        return {
            ...counts,
            name: kind.name,
            failed: true,
            summary: `${kind.what}: ${rates}${ratio}; the sequential test crossed its boundary at ${clockTime(result.rejectedAtMinute)} UTC (count ${result.statistic} >= ${result.boundary}, expected ${round(result.expected, 3)}, α ${percent(design.alpha)} over the hold)`,
            readyToPass: false,
            evidence,
        };
    }
    if (result.informativeMinutes === 0) {
        return {
            ...counts,
            name: kind.name,
            failed: false,
            summary: `${kind.what}: nothing to compare yet (${rates})`,
            readyToPass: kind.optional,
            evidence,
        };
    }
    return {
        ...counts,
        name: kind.name,
        failed: false,
        summary: result.promoteReady
            ? `${kind.what}: ${rates}${ratio}, shown not ${PROMOTE_RATIO}× worse`
            : `${kind.what}: ${rates}${ratio}, not significantly higher`,
        readyToPass: result.promoteReady,
        evidence,
    };
}
function errorComparison(samples, baseline, design) {
    return countComparison({ name: 'errors vs baseline', key: 'errors', what: 'errors', read: readErrors, optional: false }, samples, baseline, design);
}
function latencyComparison(samples, baseline, design) {
    const reference = samples.latencyReferenceMs;
    const what = reference === undefined ? 'slow requests' : `requests slower than ${round(reference)} ms`;
    return countComparison({ name: 'latency vs baseline', key: 'slow', what, read: readSlow, optional: true }, samples, baseline, design);
}

;// CONCATENATED MODULE: ./lib/src/canary/judge/power.js


/** Standard normal upper tail (the Chebyshev fit of erfc, fractional error < 1.2e-7). */
function normalTail(z) {
    const x = Math.abs(z) / Math.SQRT2;
    const t = 1 / (1 + 0.5 * x);
    const poly = -x * x -
        1.26551223 +
        t *
            (1.00002368 +
                t *
                    (0.37409196 +
                        t *
                            (0.09678418 +
                                t *
                                    (-0.18628806 +
                                        t *
                                            (0.27886807 +
                                                t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
    const erfc = t * Math.exp(poly);
    return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}
/** z with normalTail(z) = p, 0 < p < 1 (bisection; the judge needs a handful per call). */
function normalQuantileUpper(p) {
    let lo = -40;
    let hi = 40;
    for (let i = 0; i < 80; i++) {
        const mid = (lo + hi) / 2;
        if (normalTail(mid) > p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
/**
 * The smallest mean count x (of Poisson-like counts with variance φ·mean) that a one-sided level-α
 * test of "mean <= null" detects with probability `probability`: x − z_β·sqrt(φx) = null + z_α·sqrt(φ·null).
 */
function detectableMean(nullMean, phi, alpha, probability) {
    const zAlpha = normalQuantileUpper(alpha);
    const zBeta = normalQuantileUpper(1 - probability);
    const bound = nullMean + zAlpha * Math.sqrt(phi * nullMean);
    // At least one event, and a margin the discreteness of small counts needs.
    const b = Math.max(bound, 1);
    const root = (zBeta * Math.sqrt(phi) + Math.sqrt(zBeta * zBeta * phi + 4 * b)) / 2;
    return root * root;
}
function verdictPower(input) {
    const n = input.canaryInvocations;
    const phi = Math.max(1, input.dispersion);
    let detectableErrorRate = 1;
    if (n > 0) {
        if (input.maxErrorRate <= 0) {
            detectableErrorRate = 1 - Math.pow(1 - POWER_PROBABILITY, 1 / n);
        }
        else if (input.maxErrorRate < 1) {
            // The mixture over 5 alternatives costs about ln 5 in the threshold.
            const alpha = input.alphaCeiling / 5;
            detectableErrorRate = Math.min(1, detectableMean(n * input.maxErrorRate, phi, alpha, POWER_PROBABILITY) / n);
        }
    }
    let detectableRatio;
    const rate = input.baselineRate;
    if (n > 0 && rate !== undefined && rate > 0) {
        const expected = n * rate;
        detectableRatio = detectableMean(expected, phi, input.alphaComparison, POWER_PROBABILITY) / expected;
        detectableErrorRate = Math.min(detectableErrorRate, Math.min(1, detectableRatio * rate));
    }
    return {
        canaryInvocations: n,
        detectableRatio: detectableRatio === undefined ? undefined : round(detectableRatio, 3),
        detectableErrorRate: round(detectableErrorRate, 3),
        probability: POWER_PROBABILITY,
    };
}
/** A chance of catching, as the summaries say it: `4 times in 5`. */
function chanceWords(probability) {
    return probability === 0.8 ? '4 times in 5' : `${percent(probability)} of the time`;
}
/** `with 512 canary calls: would have caught >= 2.6× the old version's errors, or >= 2.1% errors, 4 times in 5`. */
function describePower(power) {
    const ratio = power.detectableRatio === undefined
        ? ''
        : `≥ ${round(power.detectableRatio, 2)}× the old version's errors, or `;
    return `with ${power.canaryInvocations} canary calls: would have caught ${ratio}≥ ${percent(power.detectableErrorRate)} errors, ${chanceWords(power.probability)}`;
}

;// CONCATENATED MODULE: ./lib/src/canary/judge/custom.js






const SERVICE_WIDE = 'service-wide: every version together, so it cannot tell the canary from the old version';
/** How many custom tests spend α (the rate-of comparisons): they share ALPHA_CUSTOM. */
function customTestCount(custom, compared) {
    if (!compared)
        return 0;
    return (custom ?? []).filter(({ metric }) => metric.rateOf !== undefined && metric.compare).length;
}
function prefixed(name, evidence) {
    return Object.fromEntries(Object.entries(evidence).map(([key, value]) => [`${name}.${key}`, value]));
}
/**
 * Whether the code publishes the count with every call (0 included): the old version's minutes
 * with calls before the step (or, without them, beside the canary but for the newest, whose
 * datapoints may still be on their way) nearly all have a datapoint.
 */
function publishedWithEveryCall(series, samples) {
    const pick = (minutes, values) => {
        const known = new Set((values ?? []).filter((v) => v.value !== undefined).map((v) => v.start));
        const served = minutes.filter((m) => count(m.invocations) > 0);
        return { served: served.length, covered: served.filter((m) => known.has(m.start)).length };
    };
    let seen = pick(samples.baselineHistory ?? [], series.history);
    if (seen.served < DENSE_MIN_MINUTES) {
        seen = pick((samples.baseline ?? []).slice(0, -DENSE_RECENT_MINUTES), series.baseline);
    }
    return seen.served >= DENSE_MIN_MINUTES && seen.covered >= DENSE_SHARE * seen.served;
}
/**
 * The version's minutes with the metric as their failure count: its value (higher-is-worse) or
 * the calls without it (lower-is-worse). A minute with calls but no datapoint is missing when the
 * code publishes the count with every call (left out, as a minute without Lambda's Errors figure
 * is, and counted in once its datapoint arrives); otherwise it counted no failure, once it is
 * older than `pendingFrom` (a newer one's datapoint may still be on its way: left out until then,
 * never read as zero first and as failures later).
 */
function asFailures(minutes, values, metric, dense, pendingFrom = Number.POSITIVE_INFINITY) {
    const byStart = new Map(values.map((v) => [v.start, v.value]));
    const higher = metric.direction === 'higher-is-worse';
    return minutes.map(({ errorsMissing: _missing, ...minute }) => {
        const value = byStart.get(minute.start);
        const n = count(minute.invocations);
        if (value === undefined && n > 0 && (dense || minute.start >= pendingFrom)) {
            return { ...minute, errors: 0, errorsMissing: true };
        }
        const failures = higher ? count(value ?? 0) : Math.max(0, n - count(value ?? 0));
        return { ...minute, errors: failures };
    });
}
/** The canary's value in any settled minute against max (or min). */
function valueLimit(series) {
    const { metric } = series;
    const higher = metric.direction === 'higher-is-worse';
    const limit = (higher ? metric.max : metric.min);
    const word = higher ? 'max' : 'min';
    const known = series.canary.filter((m) => m.value !== undefined);
    const breach = known.find((m) => (higher ? m.value > limit : m.value < limit));
    const worst = known.reduce((top, m) => (top === undefined ? m.value : higher ? Math.max(top, m.value) : Math.min(top, m.value)), undefined);
    const who = metric.perVersion ? `${metric.name}: canary` : `${metric.name} (${SERVICE_WIDE}):`;
    const evidence = { [word]: limit, minutes: known.length };
    if (worst !== undefined)
        evidence['worst'] = round(worst);
    return {
        name: metric.name,
        failed: breach !== undefined,
        summary: breach !== undefined
            ? `${who} ${round(breach.value)} ${higher ? '>' : '<'} ${word} ${limit} in the minute of ${clockTime(breach.start)} UTC`
            : worst === undefined
                ? `${who} no datapoint yet (${word} ${limit})`
                : `${who} ${higher ? 'at most' : 'at least'} ${round(worst)} (${word} ${limit})`,
        readyToPass: breach === undefined,
        evidence: prefixed(metric.name, evidence),
    };
}
/** Worse than the old version by more than the tolerance, judged on the metric's own scale. */
function worseThan(metric, canary, old) {
    const margin = CUSTOM_COMPARE_TOLERANCE * Math.abs(old);
    return metric.direction === 'higher-is-worse' ? canary > old + margin : canary < old - margin;
}
/** The first run of CUSTOM_COMPARE_MINUTES minutes worse than the reference, and what was compared. */
function worseRun(metric, minutes, reference) {
    let run = 0;
    let both = 0;
    let failedAt;
    let last;
    for (const minute of minutes) {
        const o = reference(minute.start);
        if (minute.value === undefined || o === undefined)
            continue;
        both += 1;
        last = { canary: minute.value, old: o };
        run = worseThan(metric, minute.value, o) ? run + 1 : 0;
        if (run >= CUSTOM_COMPARE_MINUTES && failedAt === undefined)
            failedAt = { start: minute.start, ...last };
    }
    return { both, failedAt, last };
}
const worseWord = (metric) => metric.direction === 'higher-is-worse' ? 'above' : 'below';
/** The canary's value against the old version's, minute by minute (no rate-of). */
function valueComparison(series, baseline) {
    const { metric } = series;
    const old = new Map(baseline.map((m) => [m.start, m.value]));
    const { both, failedAt, last } = worseRun(metric, series.canary, (start) => old.get(start));
    const evidence = { comparedMinutes: both };
    if (last !== undefined)
        Object.assign(evidence, { canaryLast: round(last.canary), baselineLast: round(last.old) });
    const tolerance = percent(CUSTOM_COMPARE_TOLERANCE);
    return {
        name: `${metric.name} vs baseline`,
        failed: failedAt !== undefined,
        summary: failedAt !== undefined
            ? `${metric.name}: canary ${worseWord(metric)} the old version's by more than ${tolerance} for ${CUSTOM_COMPARE_MINUTES} minutes in a row (${round(failedAt.canary)} vs ${round(failedAt.old)} at ${clockTime(failedAt.start)} UTC)`
            : last === undefined
                ? `${metric.name}: nothing to compare with the old version yet`
                : `${metric.name}: canary ${round(last.canary)} vs the old version's ${round(last.old)}`,
        readyToPass: failedAt === undefined && both >= CUSTOM_COMPARE_MINUTES,
        evidence: prefixed(`${metric.name} vs baseline`, evidence),
    };
}
/**
 * A service-wide metric against its own values before the first shift: the whole service now
 * (the canary's share in it) against the worst minute it had while the old version served alone.
 * A real shift puts every minute beyond that record; noise rarely does so five minutes in a row.
 */
function beforeShiftComparison(series) {
    const { metric } = series;
    const name = `${metric.name} vs before`;
    const higher = metric.direction === 'higher-is-worse';
    const before = (series.history ?? []).flatMap((m) => (m.value === undefined ? [] : [m.value]));
    if (before.length < MIN_HISTORY_MINUTES) {
        return {
            name,
            failed: false,
            summary: `${metric.name} (${SERVICE_WIDE}): ${before.length} minute${before.length === 1 ? '' : 's'} of values before the first shift, fewer than ${MIN_HISTORY_MINUTES}: not compared`,
            readyToPass: true,
            evidence: prefixed(name, { minutesBefore: before.length }),
        };
    }
    const worst = higher ? Math.max(...before) : Math.min(...before);
    const { both, failedAt, last } = worseRun(metric, series.canary, () => worst);
    const evidence = {
        minutesBefore: before.length,
        worstBefore: round(worst),
        comparedMinutes: both,
    };
    if (last !== undefined)
        evidence['last'] = round(last.canary);
    const record = `its ${higher ? 'highest' : 'lowest'} minute in the ${before.length} before the first shift (${round(worst)})`;
    return {
        name,
        failed: failedAt !== undefined,
        summary: failedAt !== undefined
            ? `${metric.name} (${SERVICE_WIDE}): ${worseWord(metric)} ${record} by more than ${percent(CUSTOM_COMPARE_TOLERANCE)} for ${CUSTOM_COMPARE_MINUTES} minutes in a row (${round(failedAt.canary)} at ${clockTime(failedAt.start)} UTC)`
            : last === undefined
                ? `${metric.name} (${SERVICE_WIDE}): no datapoint yet to compare with ${record}`
                : `${metric.name} (${SERVICE_WIDE}): ${round(last.canary)}, against ${record}`,
        readyToPass: failedAt === undefined && both >= CUSTOM_COMPARE_MINUTES,
        evidence: prefixed(name, evidence),
    };
}
/** The canary's count per call against the old version's, by the sequential count test. */
function rateComparison(series, samples, baseline, design) {
    const { metric } = series;
    const dense = publishedWithEveryCall(series, samples);
    // The newest minutes' datapoints may still be on their way, but for a final look done waiting.
    const newest = samples.canary[samples.canary.length - 1]?.start;
    const pendingFrom = newest === undefined || design.lateWaitOver === true
        ? Number.POSITIVE_INFINITY
        : newest + time/* MINUTE_MS */.k - constants/* LATE_DATAPOINT_WAIT_MS */.XD;
    const canary = asFailures(samples.canary, series.canary, metric, dense, pendingFrom);
    const old = asFailures(samples.baseline ?? [], baseline, metric, dense, pendingFrom);
    const what = metric.direction === 'higher-is-worse' ? `${metric.name} per call` : `calls without ${metric.name}`;
    const result = countComparison({ name: `${metric.name} vs baseline`, key: `${metric.name}.`, what, read: readErrors, optional: true }, {
        ...samples,
        canary,
        baselineHistory: series.history === undefined || samples.baselineHistory === undefined
            ? undefined
            : asFailures(samples.baselineHistory, series.history, metric, dense),
    }, old, design);
    const missingMinutes = canary.filter((m) => m.errorsMissing === true);
    const missing = missingMinutes.length;
    const undecided = undecidedComparison(result, metric.name, canaryPerMinute(canary), design);
    if (missing === 0)
        return undecided === undefined ? result : { ...result, undecided };
    const left = `${missing} canary minute${missing > 1 ? 's' : ''} with calls but no ${metric.name} datapoint left out`;
    // A late datapoint of the hold's own minutes is waited for a while; one of a minute after the
    // hold is not (each wait would bring new minutes to wait for).
    const before = design.awaitLateBefore;
    const awaited = before !== undefined && missingMinutes.some((m) => m.start < before);
    return {
        ...result,
        summary: `${result.summary} (${left})`,
        evidence: { ...result.evidence, [`${metric.name}.MissingMinutes`]: missing },
        // Missing is never zero: once no longer waited for, say that the comparison went without them.
        ...(awaited
            ? { awaiting: { why: `${left}: waiting for them`, needMs: time/* MINUTE_MS */.k } }
            : design.finalLook === true
                ? { warning: left }
                : {}),
        ...(undecided === undefined ? {} : { undecided }),
    };
}
/** The canary's calls a minute lately (its last minutes with calls): the pace more data comes at. */
function canaryPerMinute(canary) {
    const recent = canary.filter((m) => count(m.invocations) > 0).slice(-UNDECIDED_PACE_MINUTES);
    return recent.length === 0 ? 0 : recent.reduce((sum, m) => sum + count(m.invocations), 0) / recent.length;
}
/**
 * A comparison more data can decide within extend-hold: no harm found, not shown 2× worse either,
 * and the excess more data could show (the count's excess over its expected, one of the count's
 * own deviations higher) would cross a boundary in the time left. The excess grows with the calls,
 * the boundary's distance from the null mean (z of the α still unspent, the old version's noise φ)
 * with their square root: crossing takes k = z²·φ·expected / excess² times the calls seen. A count
 * at or below its expected, or one that needs longer than extend-hold leaves, does not hold the
 * step: a healthy canary's count is rarely far enough above.
 */
function undecidedComparison(result, name, perMinute, design) {
    if (result.failed || result.readyToPass)
        return undefined;
    const statistic = Number(result.evidence[`${name}.Statistic`] ?? 0);
    const expected = Number(result.evidence[`${name}.Expected`] ?? 0);
    const calls = Number(result.evidence[`${name}.Calls`] ?? 0);
    const phi = Math.max(1, Number(result.evidence[`${name}.Dispersion`] ?? 1));
    const unspent = Number(result.evidence[`${name}.Alpha`] ?? 0) - Number(result.evidence[`${name}.AlphaSpent`] ?? 0);
    const leftMs = design.extendLeftMs ?? 0;
    if (!(statistic > expected) || unspent <= 0 || perMinute <= 0 || leftMs <= 0)
        return undefined;
    const z = normalQuantileUpper(unspent);
    // The excess more data could show: the count so far, one of its own deviations higher.
    const excess = statistic - expected + Math.sqrt(phi * statistic);
    const k = (z * z * phi * expected) / Math.pow(excess, 2);
    const needMs = Math.max(1, Math.ceil((calls * (k - 1)) / perMinute)) * time/* MINUTE_MS */.k;
    if (needMs > leftMs)
        return undefined;
    return {
        why: `${name}: the canary's count (${statistic}) is above its expected ${round(expected, 3)}, not yet significant; at this excess about ${Math.round(needMs / time/* MINUTE_MS */.k)} min more traffic can decide`,
        needMs,
    };
}
/** Every custom metric's rules, in the input's order. */
function customChecks(samples, design, alphaEach) {
    return (samples.custom ?? []).flatMap((series) => {
        const { metric } = series;
        const checks = [];
        if (metric.max !== undefined || metric.min !== undefined) {
            checks.push(valueLimit(series));
        }
        if (metric.compare && !metric.perVersion) {
            if (design.compared)
                checks.push(beforeShiftComparison(series));
        }
        else if (metric.compare) {
            if (design.compared && series.baseline !== undefined) {
                checks.push(metric.rateOf === undefined
                    ? valueComparison(series, series.baseline)
                    : rateComparison(series, samples, series.baseline, {
                        ...design,
                        clumped: true,
                        alpha: alphaEach * (1 - CUSTOM_TOTALS_SHARE),
                        alphaTotals: alphaEach * CUSTOM_TOTALS_SHARE,
                    }));
            }
            else {
                checks.push({
                    name: `${metric.name} vs baseline`,
                    failed: false,
                    summary: `${metric.name}: no old version to compare with`,
                    readyToPass: true,
                    evidence: {},
                });
            }
        }
        return checks;
    });
}

;// CONCATENATED MODULE: ./lib/src/canary/judge/memory.js



/** Sen's slope with the lower bound of its rank interval (Kendall's S variance, no ties term). */
function senTrend(points) {
    const slopes = [];
    for (let i = 0; i < points.length; i++) {
        for (let j = i + 1; j < points.length; j++) {
            const a = points[i];
            const b = points[j];
            if (b.minute !== a.minute)
                slopes.push((b.value - a.value) / (b.minute - a.minute));
        }
    }
    slopes.sort((x, y) => x - y);
    const n = points.length;
    const slope = slopes.length > 0 ? median(slopes) : 0;
    const spread = MEMORY_SLOPE_Z * Math.sqrt((n * (n - 1) * (2 * n + 5)) / 18);
    const rank = Math.floor((slopes.length - spread) / 2);
    const lowSlope = rank >= 1 ? slopes[rank - 1] : undefined;
    const last = points[points.length - 1];
    const level = last === undefined ? 0 : median(points.map((p) => p.value - slope * (p.minute - last.minute)));
    return { slope, lowSlope, level, points: n };
}
function warningOf(warning) {
    return warning === undefined ? {} : { warning };
}
function memoryPoints(series) {
    return series
        .filter((m) => m.memoryUtilization !== undefined)
        .map((m) => ({ minute: m.start / time/* MINUTE_MS */.k, value: m.memoryUtilization }));
}
/** The old version's memory level: the median of its figures over the trend window. */
function baselineLevel(baseline) {
    const points = memoryPoints(baseline ?? []).slice(-MEMORY_TREND_WINDOW);
    return points.length === 0 ? undefined : median(points.map((p) => p.value));
}
/** The canary's memory now: the median of its last few figures. */
function recentLevel(points) {
    return median(points.slice(-MEMORY_WARNING_MIN_POINTS).map((p) => p.value));
}
/** A rise above the old version's level the hold cannot prove or rule out: a warning, never a silent pass. */
function slowLeakWarning(points, oldLevel) {
    const window = (oldLevel === undefined ? points.slice(MEMORY_WARMUP_MINUTES) : points).slice(-MEMORY_TREND_WINDOW);
    if (window.length < MEMORY_WARNING_MIN_POINTS)
        return undefined;
    const trend = senTrend(window);
    if (trend.slope <= 0)
        return undefined;
    const above = oldLevel === undefined ? (trend.lowSlope ?? 0) > 0 : trend.level > oldLevel + MEMORY_ABOVE_BASELINE;
    if (!above)
        return undefined;
    const where = oldLevel === undefined ? '' : ` above the old version's ${percent(oldLevel)}`;
    return `canary memory rising +${percent(trend.slope * 60)} of memory size an hour (${percent(trend.level)} now${where}): too few minutes to prove or rule out a slow leak`;
}
function memoryChecks(input) {
    const { canary, baseline, limit } = input;
    const points = memoryPoints(canary);
    if (points.length === 0) {
        const calls = canary.some((m) => m.invocations > 0);
        const why = input.unavailable ?? (calls ? 'no memory figure for any canary minute' : undefined);
        if (why === undefined || limit >= 1) {
            return [
                { name: 'memory', failed: false, summary: 'no memory figures', readyToPass: true, evidence: {} },
            ];
        }
        const summary = `memory not read (${why}): max-memory-utilization ${percent(limit)} not checked`;
        return [
            {
                name: 'memory',
                failed: false,
                summary,
                readyToPass: true,
                evidence: { memoryUnavailable: why },
                warning: summary,
            },
        ];
    }
    const peak = points.reduce((top, p) => (p.value > top.value ? p : top));
    const evidence = { canaryMemoryMax: round(peak.value), maxMemoryUtilization: limit };
    const results = [];
    const oldLevel = baselineLevel(baseline);
    if (oldLevel !== undefined)
        evidence['baselineMemoryLevel'] = round(oldLevel);
    const breach = points.find((p) => p.value >= limit);
    results.push({
        name: 'memory ceiling',
        failed: breach !== undefined,
        summary: breach === undefined
            ? `canary memory at most ${percent(peak.value)} (max-memory-utilization ${percent(limit)})`
            : `canary memory ${percent(breach.value)} >= max-memory-utilization ${percent(limit)} at ${clockTime(breach.minute * time/* MINUTE_MS */.k)} UTC`,
        readyToPass: breach === undefined,
        evidence,
    });
    const window = points.slice(MEMORY_WARMUP_MINUTES).slice(-MEMORY_TREND_WINDOW);
    if (window.length < MEMORY_TREND_MIN_POINTS) {
        results.push({
            name: 'memory trend',
            failed: false,
            summary: `memory trend needs ${MEMORY_TREND_MIN_POINTS} minutes after a ${MEMORY_WARMUP_MINUTES}-minute warm-up (has ${window.length})`,
            readyToPass: false,
            evidence: {},
            ...warningOf(slowLeakWarning(points, oldLevel)),
        });
    }
    else {
        const trend = senTrend(window);
        const horizon = MEMORY_PROJECTION_MS / time/* MINUTE_MS */.k;
        const projected = trend.level + trend.slope * horizon;
        const trendEvidence = {
            memorySlopePerHour: round(trend.slope * 60),
            memoryProjected: round(projected),
        };
        if (trend.lowSlope !== undefined)
            trendEvidence['memoryLowSlopePerHour'] = round(trend.lowSlope * 60);
        // Warm-up rises toward the old version's level: only a rise above it can be a leak (read on
        // the last minutes' figures: a straight line through a saturating curve overshoots its end).
        const aboveOld = oldLevel === undefined || recentLevel(points) > oldLevel + MEMORY_ABOVE_BASELINE;
        const leaking = aboveOld &&
            trend.lowSlope !== undefined &&
            trend.lowSlope > 0 &&
            trend.level + trend.lowSlope * horizon >= limit;
        const minutesLeft = trend.slope > 0 ? Math.max(0, (limit - trend.level) / trend.slope) : Infinity;
        results.push({
            name: 'memory trend',
            failed: leaking,
            summary: leaking
                ? `canary memory leak: +${percent(trend.slope * 60)} of memory size an hour (at least +${percent(trend.lowSlope * 60)}), ${percent(trend.level)} now, max-memory-utilization ${percent(limit)} in about ${Math.round(minutesLeft)} min`
                : `canary memory trend ${trend.slope >= 0 ? '+' : ''}${percent(trend.slope * 60)} an hour`,
            readyToPass: !leaking && (projected < limit || !aboveOld),
            evidence: trendEvidence,
            ...(leaking ? {} : warningOf(slowLeakWarning(points, oldLevel))),
        });
    }
    if (baseline !== undefined) {
        const baselineByMinute = new Map(memoryPoints(baseline).map((p) => [p.minute, p.value]));
        const gaps = points
            .filter((p) => baselineByMinute.has(p.minute))
            .map((p) => ({ minute: p.minute, gap: p.value - baselineByMinute.get(p.minute) }));
        let run = 0;
        let runEnd;
        for (const g of gaps) {
            run = g.gap > MEMORY_DIFF_LIMIT ? run + 1 : 0;
            if (run >= MEMORY_DIFF_MINUTES && runEnd === undefined)
                runEnd = g;
        }
        const failed = runEnd !== undefined;
        const lastGap = gaps[gaps.length - 1];
        results.push({
            name: 'memory vs baseline',
            failed,
            summary: failed
                ? `canary memory above the baseline's by more than ${percent(MEMORY_DIFF_LIMIT)} of memory size for ${MEMORY_DIFF_MINUTES} minutes in a row (${percent(runEnd.gap)} at ${clockTime(runEnd.minute * time/* MINUTE_MS */.k)} UTC)`
                : lastGap === undefined
                    ? 'no baseline memory figures'
                    : `canary memory ${percent(lastGap.gap)} from the baseline's`,
            readyToPass: !failed,
            evidence: lastGap === undefined ? {} : { memoryGapToBaseline: round(lastGap.gap) },
        });
    }
    return results;
}

;// CONCATENATED MODULE: ./lib/src/canary/judge/evidence-plan.js

/** `4.5 min`, `12 min`, `never`. */
function formatMinutes(minutes) {
    if (!Number.isFinite(minutes))
        return 'never';
    return minutes < 10 ? `${Math.round(minutes * 10) / 10} min` : `${Math.round(minutes)} min`;
}
/**
 * Calls a minute the function serves. The minutes before it served anything are not its traffic
 * (an alias created minutes ago), nor is its first minute with calls when later ones follow (it
 * went live part-way through it).
 */
function servedPerMinute(traffic) {
    const minutes = (traffic ?? [])
        .filter((m) => Number.isFinite(m.invocations) && m.invocations >= 0)
        .sort((a, b) => a.start - b.start);
    const first = minutes.findIndex((m) => m.invocations > 0);
    if (first < 0)
        return 0;
    const live = minutes.slice(first + 1 < minutes.length ? first + 1 : first);
    return live.reduce((sum, m) => sum + m.invocations, 0) / live.length;
}
/** Minutes of canary traffic needed to reach `needed` more invocations at `rate` a minute. */
function minutesToReach(needed, rate) {
    if (needed <= 0)
        return 0;
    return rate > 0 ? Math.ceil(needed / rate) : Infinity;
}
/**
 * Canary calls counted toward min-invocations when the step starts: those counted already, and the
 * alias's calls at the earlier weight still settling (synthetic calls are counted as they answer).
 */
function callsSoFar(earlier, servedPerMin) {
    if (earlier === undefined)
        return 0;
    const settling = (Math.max(0, earlier.unsettledMs) / time/* MINUTE_MS */.k) * servedPerMin * earlier.weight;
    return Math.max(0, earlier.invocations) + settling;
}
function planEvidence(input) {
    const synthetic = Math.max(0, input.syntheticPerMinute ?? 0);
    const served = servedPerMinute(input.traffic);
    const canaryPerMinute = served * input.weight + synthetic;
    const soFar = Math.floor(callsSoFar(input.earlier, served));
    const needed = Math.max(0, input.minInvocations - soFar);
    // One more minute than the count alone: the minute of the shift is partial.
    const minutesNeeded = needed === 0 ? 0 : minutesToReach(needed, canaryPerMinute) + 1;
    const holdMinutes = input.holdMs / time/* MINUTE_MS */.k;
    const extendMinutes = Math.max(0, input.extendHoldMs) / time/* MINUTE_MS */.k;
    const fitsHold = minutesNeeded <= holdMinutes;
    const fitsExtension = minutesNeeded <= holdMinutes + extendMinutes;
    const earlier = soFar > 0 ? ` (~${soFar} from earlier steps count toward min-invocations ${input.minInvocations})` : '';
    const calls = `~${Math.round(canaryPerMinute)} canary calls/min at ${Math.round(input.weight * 1000) / 10}%${earlier}`;
    let message;
    if (needed === 0) {
        message = `${calls}: min-invocations is reached already`;
    }
    else if (fitsHold) {
        message = `${calls}; deciding needs ~${formatMinutes(minutesNeeded)} of settled traffic`;
    }
    else if (fitsExtension) {
        message = `${calls}; deciding needs ~${formatMinutes(minutesNeeded)} of settled traffic, more than the ${formatMinutes(holdMinutes)} hold: the step may be extended by up to ${formatMinutes(extendMinutes)} (extend-hold)`;
    }
    else {
        const reachable = Math.round(soFar + canaryPerMinute * (holdMinutes + extendMinutes));
        message = `${calls}; even with extend-hold the canary would get only ~${reachable} of min-invocations ${input.minInvocations} calls: the step will end inconclusive unless traffic rises; consider synthetic-payload or a larger weight`;
    }
    return { canaryPerMinute, minutesNeeded, fitsHold, fitsExtension, message };
}

;// CONCATENATED MODULE: ./lib/src/canary/judge/verdict.js











function minutes(ms) {
    return `${Math.round((ms / time/* MINUTE_MS */.k) * 10) / 10} min`;
}
function mergeEvidence(checks, extra) {
    const merged = {};
    for (const check of checks)
        Object.assign(merged, check.evidence);
    return Object.assign(merged, extra);
}
function verdict(decision, reason, extras, more = {}) {
    const warned = extras.warnings.length > 0 ? `; warning: ${extras.warnings.join('; ')}` : '';
    return {
        decision,
        reason: `${reason}${warned}`,
        evidence: { ...extras.evidence, ...more },
        rules: extras.rules,
        ...(extras.power === undefined ? {} : { power: extras.power }),
        ...(extras.warnings.length > 0 ? { warnings: extras.warnings } : {}),
    };
}
/** `; with N canary calls: would have caught ...`, or nothing before any canary call. */
function powerNote(extras) {
    return extras.power === undefined ? '' : `; ${describePower(extras.power)}`;
}
function inconclusive(input, why, extras) {
    const promote = input.onInconclusive === 'pass';
    return verdict(promote ? 'pass' : 'inconclusive', `inconclusive: ${why}${powerNote(extras)}; on-inconclusive=${input.onInconclusive} ${promote ? 'promotes' : 'rolls back'}`, extras, { inconclusive: true, onInconclusive: input.onInconclusive });
}
function stepExposure(samples, index) {
    const counted = samples.canary.filter((m) => (m.step ?? index) <= index && m.errorsMissing !== true);
    const own = counted.filter((m) => (m.step ?? index) === index);
    const sum = (minutes) => minutes.reduce((total, m) => total + count(m.invocations), 0);
    const synthetic = count(samples.synthetic.invocations);
    return { calls: sum(counted) + synthetic, stepCalls: sum(own) + synthetic, stepMinutes: own.length };
}
function missingMinutes(series) {
    return (series ?? []).filter((m) => m.errorsMissing === true).length;
}
/** Alarms that went into ALARM during the canary; those already firing before it fired again. */
function alarmReason(names, firingBefore) {
    const before = new Set(firingBefore.map((a) => a.name));
    const fresh = names.filter((n) => !before.has(n));
    const again = names.filter((n) => before.has(n));
    const parts = [
        ...(fresh.length > 0 ? [`alarm${fresh.length > 1 ? 's' : ''} in ALARM: ${fresh.join(', ')}`] : []),
        ...(again.length > 0
            ? [
                `alarm${again.length > 1 ? 's' : ''} ${again.join(', ')} went into ALARM again after clearing during the canary (already firing before the first shift)`,
            ]
            : []),
    ];
    return parts.join('; ');
}
/** What the reason says of an alarm that was already firing and has not fired again. */
function firingBeforeNote(alarm) {
    const judged = alarm.perVersion
        ? `its metric, ${alarm.perVersion}, is judged per version`
        : 'its metric cannot be read per version: it fails the canary only if it clears and fires again';
    return `alarm ${alarm.name} was already in ALARM before the first shift, not held against the canary (${judged})`;
}
/**
 * How long the step has held so far (its extensions included): extend-hold is measured on the hold,
 * not on the clock, whose final looks come a settle lag after the hold's end.
 */
function heldMs(step) {
    return step.heldMs ?? step.elapsedMs;
}
/**
 * Custom comparisons may run on past the hold (extend-hold) while more data can decide them: they
 * spend their α over the longest the run can last, and their last look (the remainder of α, the
 * uncapped totals) is the one after which the step can no longer be extended. At a final look of
 * the last step, a late datapoint of one of the hold's minutes is waited for a while.
 */
function customDesign(input, design) {
    const { step } = input;
    const lastStep = step.lastStep ?? true;
    const extendMs = lastStep ? Math.max(0, step.extendHoldMs ?? 0) : 0;
    const extendLeftMs = Math.max(0, step.holdMs + extendMs - heldMs(step));
    const awaiting = step.final && lastStep && (step.settledForMs ?? 0) < constants/* LATE_DATAPOINT_WAIT_MS */.XD;
    return {
        holdMs: design.holdMs + extendMs,
        final: design.final && extendLeftMs <= 0,
        finalLook: step.final,
        extendLeftMs: step.final ? extendLeftMs : 0,
        // Without the hold's end (a caller outside the engine), every minute is the hold's.
        awaitLateBefore: awaiting ? (step.holdEndMs ?? Number.POSITIVE_INFINITY) : undefined,
        lateWaitOver: step.final && (step.settledForMs ?? 0) >= constants/* LATE_DATAPOINT_WAIT_MS */.XD,
    };
}
const verdict_judge = (input) => {
    const { samples, thresholds, step } = input;
    const progress = `${minutes(step.elapsedMs)} of ${minutes(step.holdMs)}`;
    const functions = Math.max(1, Math.floor(step.functions ?? 1));
    const lastStep = step.lastStep ?? true;
    const base = {
        function: samples.functionName,
        step: step.index,
        weight: step.weight,
        elapsedMs: step.elapsedMs,
        holdMs: step.holdMs,
        canaryMinutes: samples.canary.length,
        consecutiveQueryFailures: samples.consecutiveQueryFailures,
        memorySource: samples.memorySource,
        budgetShare: functions,
    };
    const bare = { evidence: base, rules: [], power: undefined, warnings: [] };
    if (samples.consecutiveQueryFailures >= MAX_CONSECUTIVE_QUERY_FAILURES) {
        return verdict('fail', `${samples.consecutiveQueryFailures} polls in a row failed (limit ${MAX_CONSECUTIVE_QUERY_FAILURES}): failing safe, API errors are never read as health`, bare);
    }
    const firingBefore = samples.alarmsFiringBefore ?? [];
    if (samples.alarmsInAlarm.length > 0) {
        const names = [...samples.alarmsInAlarm].sort();
        return verdict('fail', alarmReason(names, firingBefore), bare, { alarms: names.join(', ') });
    }
    const baseline = input.compareBaseline ? samples.baseline : undefined;
    const noise = oldVersionNoise(historyCounts(samples.baselineHistory, readErrors), alignCounts(samples.canary, samples.baseline ?? [], readErrors).map((m) => ({
        n: m.baselineN,
        events: m.baselineEvents,
    })), MIN_HISTORY_MINUTES);
    const design = {
        holdMs: Math.max(step.plannedMs ?? step.holdMs, step.holdMs),
        final: step.final && lastStep,
    };
    const ceiling = errorCeiling({
        canary: samples.canary,
        baseline: samples.baseline,
        history: samples.baselineHistory,
        synthetic: samples.synthetic,
        syntheticBaseline: samples.syntheticBaseline,
        maxErrorRate: thresholds.maxErrorRate,
        dispersion: noise.dispersion,
        alpha: ALPHA_ERROR_CEILING / functions,
    });
    const memory = memoryChecks({
        canary: samples.canary,
        baseline: samples.baseline,
        limit: thresholds.maxMemoryUtilization,
        unavailable: samples.memoryUnavailable,
    });
    const memoryCeiling = memory.filter((c) => c.name === 'memory ceiling' || c.name === 'memory');
    const memoryOther = memory.filter((c) => !memoryCeiling.includes(c));
    // Custom metrics' tests take their α from the error comparison's: the run's budget stays 1%.
    const customTests = customTestCount(samples.custom, baseline !== undefined);
    const alphaErrors = (ALPHA_ERRORS - (customTests > 0 ? ALPHA_CUSTOM : 0)) / functions;
    const comparison = baseline === undefined
        ? undefined
        : errorComparison(samples, baseline, {
            ...design,
            weight: step.weight,
            alpha: alphaErrors,
            alphaTotals: ALPHA_ERROR_TOTALS / functions,
        });
    const checks = [
        ceiling,
        throttles(samples.canary, samples.baseline, samples.baselineHistory, thresholds.maxThrottles, ALPHA_THROTTLES / functions),
        ...memoryCeiling,
        ...(comparison === undefined ? [] : [comparison]),
        p99Ceiling(samples.canary, thresholds.maxP99DurationMs),
        ...(baseline === undefined
            ? []
            : [latencyComparison(samples, baseline, { ...design, alpha: ALPHA_LATENCY / functions })]),
        ...memoryOther,
        ...customChecks(samples, { ...customDesign(input, design), alpha: 0, compared: baseline !== undefined }, ALPHA_CUSTOM / Math.max(1, customTests) / functions),
    ];
    const power = ceiling.invocations > 0
        ? verdictPower({
            canaryInvocations: ceiling.invocations,
            baselineRate: baseline === undefined ? undefined : noise.rate,
            maxErrorRate: thresholds.maxErrorRate,
            dispersion: noise.dispersion,
            alphaComparison: alphaErrors,
            alphaCeiling: ALPHA_ERROR_CEILING / functions,
        })
        : undefined;
    const extras = {
        evidence: mergeEvidence(checks, { ...base, comparedWithBaseline: baseline !== undefined }),
        rules: checks.map(ruleResult),
        power,
        warnings: [
            ...firingBefore.map(firingBeforeNote),
            ...checks.map((c) => c.warning).filter((w) => w !== undefined),
        ],
    };
    const failed = checks.filter((c) => c.failed);
    const first = failed[0];
    if (first !== undefined) {
        const also = failed.length > 1
            ? ` (also failing: ${failed
                .slice(1)
                .map((c) => c.name)
                .join(', ')})`
            : '';
        return verdict('fail', `${first.summary}${also}`, extras, {
            failedChecks: failed.map((c) => c.name).join(', '),
        });
    }
    const scope = baseline === undefined
        ? samples.baseline === undefined
            ? 'first deploy: absolute thresholds only; '
            : 'no baseline comparison; '
        : '';
    const status = checks
        .filter((c) => c.name !== 'throttles' || c.evidence['canaryThrottles'] !== 0)
        .map((c) => c.summary)
        .join('; ');
    const exposure = stepExposure(samples, step.index);
    const enoughInvocations = exposure.calls >= thresholds.minInvocations;
    if (!step.final) {
        const earlyPass = samples.consecutiveQueryFailures === 0 &&
            step.elapsedMs >= EARLY_PASS_MIN_HOLD_FRACTION * step.holdMs &&
            enoughInvocations &&
            checks.every((c) => c.readyToPass);
        if (earlyPass) {
            return verdict('pass', `enough evidence at ${progress}: ${scope}${status}${powerNote(extras)}`, extras, {
                earlyPass: true,
            });
        }
        return verdict('continue', `watching (${progress}): ${scope}${status}`, extras);
    }
    const undecided = checks.flatMap((c) => (c.undecided === undefined ? [] : [c.undecided]));
    const awaiting = checks.flatMap((c) => (c.awaiting === undefined ? [] : [c.awaiting]));
    return finalLook(input, { extras, exposure, comparison, scope, status, progress, undecided, awaiting });
};
/** The hold is over and no rule found harm: pass with enough exposure, else extend or inconclusive. */
function finalLook(input, state) {
    const { samples, thresholds, step } = input;
    const { extras, exposure } = state;
    const lastStep = step.lastStep ?? true;
    if (samples.consecutiveQueryFailures > 0) {
        return inconclusive(input, `the last poll failed (${samples.consecutiveQueryFailures} in a row): API errors are never read as health`, extras);
    }
    if (lastStep && step.settled === false) {
        return verdict('continue', `hold over (${state.progress}); waiting for the last minutes' metrics`, extras, {
            waitingToSettle: true,
        });
    }
    const missing = lastStep ? missingMinutes(samples.canary) : 0;
    if (missing > 0) {
        return inconclusive(input, `${missing} canary minute${missing > 1 ? 's' : ''} had invocations but no Errors datapoint (missing, never read as zero errors)`, extras);
    }
    const extendLeftMs = step.holdMs + Math.max(0, step.extendHoldMs ?? 0) - heldMs(step);
    if (exposure.calls < thresholds.minInvocations) {
        const rate = exposure.stepMinutes > 0 ? exposure.stepCalls / exposure.stepMinutes : 0;
        const needMs = minutesToReach(thresholds.minInvocations - exposure.calls, rate) * time/* MINUTE_MS */.k;
        const short = `${exposure.calls} canary invocations < min-invocations ${thresholds.minInvocations}`;
        if (extendLeftMs > 0 && needMs <= extendLeftMs) {
            const why = `${short}; ~${Math.round(rate)} a minute, about ${minutes(needMs)} more traffic can decide (extend-hold leaves ${minutes(extendLeftMs)})`;
            return {
                ...verdict('continue', `extending the step: ${why}`, extras, { extend: true }),
                extend: { needMs, why },
            };
        }
        const extended = (step.extendHoldMs ?? 0) > 0 ? ' (extend-hold used or too short for this traffic)' : '';
        return inconclusive(input, exposure.calls === 0 ? `no canary invocations during the hold${extended}` : `${short}${extended}`, extras);
    }
    if (lastStep && state.awaiting.length > 0) {
        const needMs = Math.max(...state.awaiting.map((a) => a.needMs));
        const why = state.awaiting.map((a) => a.why).join('; ');
        return {
            ...verdict('continue', `hold over (${state.progress}); ${why}`, extras, { awaiting: true }),
            awaiting: { needMs, why },
        };
    }
    if (lastStep && state.undecided.length > 0 && extendLeftMs > 0) {
        // Run on (to the end of extend-hold for an undecided comparison): every look meanwhile may decide.
        const needMs = Math.min(extendLeftMs, Math.max(...state.undecided.map((u) => u.needMs ?? extendLeftMs)));
        const why = `${state.undecided.map((u) => u.why).join('; ')} (extend-hold leaves ${minutes(extendLeftMs)})`;
        return {
            ...verdict('continue', `extending the step: ${why}`, extras, { extend: true }),
            extend: { needMs, why },
        };
    }
    const comparison = state.comparison;
    const syntheticCompared = count(samples.syntheticBaseline?.invocations ?? 0) > 0;
    if (comparison !== undefined && comparison.baselineN === 0 && !syntheticCompared) {
        return inconclusive(input, 'the old version served no calls beside the canary (or its metrics are missing): the canary was never compared with it', extras);
    }
    return verdict('pass', `hold over (${state.progress}): no rule found harm: ${state.scope}${state.status}${powerNote(extras)}`, extras);
}

// EXTERNAL MODULE: ./lib/src/canary/minutes.js
var canary_minutes = __webpack_require__(8478);
;// CONCATENATED MODULE: ./lib/src/canary/metric-queries.js

/** The one period every query uses: minutes, to match the judge's MinuteSample. */
const PERIOD_SECONDS = 60;
const LAMBDA_NAMESPACE = 'AWS/Lambda';
const INSIGHTS_NAMESPACE = 'LambdaInsights';
/** A function name from a name or an ARN (`arn:aws:lambda:r:a:function:name[:qualifier]`). */
function plainFunctionName(nameOrArn) {
    const parts = nameOrArn.split(':');
    if (parts[0] === 'arn' && parts[5] === 'function' && parts[6])
        return parts[6];
    return nameOrArn;
}
/** The dimensions Lambda publishes an alias's metrics under (all its versions together). */
function lambdaAliasDimensions(functionName, alias) {
    return [
        { Name: 'FunctionName', Value: functionName },
        { Name: 'Resource', Value: `${functionName}:${alias}` },
    ];
}
/** The dimensions Lambda publishes per-version metrics of an alias under. */
function lambdaVersionDimensions(functionName, alias, version) {
    return [...lambdaAliasDimensions(functionName, alias), { Name: 'ExecutedVersion', Value: version }];
}
/** An alias's errors, all its versions together (the guard's longer window). */
function aliasErrorsSpec(functionName, alias) {
    const dimensions = lambdaAliasDimensions(plainFunctionName(functionName), alias);
    return { namespace: LAMBDA_NAMESPACE, metricName: 'Errors', dimensions, stat: 'Sum' };
}
/** One GetMetricData query of a metric, at `periodSeconds` (default: the canary's minutes). */
function metricQuery(id, spec, periodSeconds = PERIOD_SECONDS) {
    return {
        Id: id,
        MetricStat: {
            Metric: { Namespace: spec.namespace, MetricName: spec.metricName, Dimensions: [...spec.dimensions] },
            Period: periodSeconds,
            Stat: spec.stat,
        },
        ReturnData: true,
    };
}
/** `PR(:T)` with T in ms, as CloudWatch spells percentile-rank statistics. */
function percentileRankStat(referenceMs) {
    const t = Math.round(referenceMs * 1000) / 1000;
    return `PR(:${t})`;
}
function versionsOf(target) {
    const list = [{ role: 'canary', version: target.canaryVersion }];
    if (target.baselineVersion !== undefined)
        list.push({ role: 'baseline', version: target.baselineVersion });
    return list;
}
/** Every series one target needs for both versions. */
function seriesFor(target, options) {
    const functionName = plainFunctionName(target.functionName);
    const specs = [];
    if (options.aliasTraffic === true) {
        specs.push({
            key: {
                functionName: target.functionName,
                version: target.alias,
                role: 'baseline',
                field: 'aliasInvocations',
            },
            namespace: LAMBDA_NAMESPACE,
            metricName: 'Invocations',
            dimensions: lambdaAliasDimensions(functionName, target.alias),
            stat: 'Sum',
        });
    }
    for (const { role, version } of versionsOf(target)) {
        const dimensions = lambdaVersionDimensions(functionName, target.alias, version);
        const lambda = (field, metricName, stat) => ({
            key: { functionName: target.functionName, version, role, field },
            namespace: LAMBDA_NAMESPACE,
            metricName,
            dimensions,
            stat,
        });
        specs.push(lambda('invocations', 'Invocations', 'Sum'));
        specs.push(lambda('errors', 'Errors', 'Sum'));
        specs.push(lambda('throttles', 'Throttles', 'Sum'));
        if (options.latency)
            specs.push(lambda('durationP99', 'Duration', 'p99'));
        // The slow-request comparison reads PR(:T) wherever a reference T was found for the step.
        if (target.latencyReferenceMs !== undefined) {
            specs.push(lambda('durationAtOrBelowRef', 'Duration', percentileRankStat(target.latencyReferenceMs)));
            specs.push(lambda('durationCount', 'Duration', 'SampleCount'));
        }
        if (options.lambdaInsights) {
            specs.push({
                key: { functionName: target.functionName, version, role, field: 'memoryUtilization' },
                namespace: INSIGHTS_NAMESPACE,
                metricName: 'memory_utilization',
                dimensions: [
                    { Name: 'function_name', Value: functionName },
                    { Name: 'version', Value: version },
                ],
                stat: 'Maximum',
            });
        }
    }
    return specs;
}
/** A valid query id: starts lowercase, then [a-zA-Z0-9_] only. */
const QUERY_ID_PATTERN = /^[a-z][a-zA-Z0-9_]*$/;
/**
 * GetMetricData queries for the specs, with ids `s<index>_<field>` (valid whatever the function
 * is called) and the map id → series that folding needs.
 */
function buildQueries(specs) {
    const queries = [];
    const keys = new Map();
    specs.forEach((spec, index) => {
        const id = `s${index}_${spec.key.field}`;
        keys.set(id, spec.key);
        if (spec.expression !== undefined) {
            queries.push({ Id: id, Expression: spec.expression, Period: PERIOD_SECONDS, ReturnData: true });
            return;
        }
        queries.push(metricQuery(id, spec));
    });
    return { queries, keys };
}
function chunk(items, size) {
    const chunks = [];
    for (let i = 0; i < items.length; i += size)
        chunks.push(items.slice(i, i + size));
    return chunks;
}
/**
 * Adds one page of results to `into` (pages of one query id are merged: PartialData spreads a
 * series over NextToken pages).
 */
function foldResults(results, into) {
    const page = { problems: [], notes: [], statuses: new Map() };
    for (const result of results ?? []) {
        const id = result.Id;
        if (id === undefined)
            continue;
        const detail = (result.Messages ?? []).map((m) => `${m.Code ?? ''} ${m.Value ?? ''}`.trim()).join('; ');
        if (result.StatusCode === 'InternalError' || result.StatusCode === 'Forbidden') {
            page.problems.push(`${id}: ${result.StatusCode}${detail ? ` (${detail})` : ''}`);
            continue;
        }
        if (detail)
            page.notes.push(`${id}: ${detail}`);
        page.statuses.set(id, result.StatusCode ?? 'Complete');
        const series = into.get(id) ?? new Map();
        into.set(id, series);
        const timestamps = result.Timestamps ?? [];
        const values = result.Values ?? [];
        timestamps.forEach((timestamp, i) => {
            const value = values[i];
            if (value === undefined || !Number.isFinite(value))
                return;
            series.set((0,canary_minutes/* floorToMinute */.ei)(new Date(timestamp).getTime()), value);
        });
    }
    return page;
}
/**
 * Regroups folded values by function and version. A series that was asked for but came back
 * without values is an empty map (counts: zero; the rest: no information).
 */
function groupSeries(fetched, keys, targets) {
    const { folded } = fetched;
    const byVersion = new Map();
    const counts = ['invocations', 'errors', 'throttles'];
    const slot = (functionName, role) => `${role}\u0000${functionName}`;
    const aliasTraffic = new Map();
    for (const [id, key] of keys) {
        if (key.field === 'custom')
            continue;
        if (key.field === 'aliasInvocations') {
            aliasTraffic.set(key.functionName, folded.get(id) ?? new Map());
            continue;
        }
        const fields = byVersion.get(slot(key.functionName, key.role)) ?? {};
        byVersion.set(slot(key.functionName, key.role), fields);
        const values = folded.get(id) ?? new Map();
        if (fetched.partial.has(id) && counts.includes(key.field))
            fields.partial = true;
        fields[key.field] =
            key.field === 'memoryUtilization' ? new Map([...values].map(([t, v]) => [t, v / 100])) : values;
    }
    const toSeries = (fields) => ({
        invocations: fields?.invocations ?? new Map(),
        errors: fields?.errors ?? new Map(),
        throttles: fields?.throttles ?? new Map(),
        durationP99: fields?.durationP99,
        durationAtOrBelowRef: fields?.durationAtOrBelowRef,
        durationCount: fields?.durationCount,
        memoryUtilization: fields?.memoryUtilization,
        partial: fields?.partial ?? false,
    });
    const grouped = new Map();
    for (const target of targets) {
        const traffic = aliasTraffic.get(target.functionName);
        grouped.set(target.functionName, {
            canary: toSeries(byVersion.get(slot(target.functionName, 'canary'))),
            baseline: target.baselineVersion === undefined
                ? undefined
                : toSeries(byVersion.get(slot(target.functionName, 'baseline'))),
            ...(traffic === undefined ? {} : { aliasInvocations: traffic }),
        });
    }
    return grouped;
}
/** Requests slower than T from PR(:T) (percent at or below T) and SampleCount; undefined without both. */
function slowCountOf(atOrBelowPercent, sampleCount) {
    if (atOrBelowPercent === undefined || sampleCount === undefined)
        return undefined;
    const fractionAbove = Math.min(1, Math.max(0, 1 - atOrBelowPercent / 100));
    return Math.round(sampleCount * fractionAbove);
}
/**
 * One MinuteSample per settled minute. Absent counts are 0 here, and `errorsMissing` tells a
 * minute with no traffic from one with missing data; missing Duration, PR and memory are undefined. `memory` (ratio by minute) overrides the series' own,
 * for memory read from the REPORT log lines.
 */
function toMinuteSamples(series, minutes, memory) {
    const memoryByMinute = memory ?? series.memoryUtilization;
    return minutes.map((start) => ({
        start,
        invocations: series.invocations.get(start) ?? 0,
        errors: series.errors.get(start) ?? 0,
        throttles: series.throttles.get(start) ?? 0,
        durationP99Ms: series.durationP99?.get(start),
        slowCount: slowCountOf(series.durationAtOrBelowRef?.get(start), series.durationCount?.get(start)),
        memoryUtilization: memoryByMinute?.get(start),
        ...(errorsMissingAt(series, start) ? { errorsMissing: true } : {}),
    }));
}
/**
 * Whether one minute's Errors figure is missing rather than zero: Invocations without Errors or
 * Errors without Invocations (Lambda publishes both with every minute that had invocations), or,
 * when CloudWatch's answer stayed PartialData, no Errors datapoint at all.
 */
function errorsMissingAt(series, start) {
    const invocations = series.invocations.get(start);
    const errors = series.errors.get(start);
    if (errors === undefined)
        return (invocations ?? 0) > 0 || series.partial;
    return errors > 0 && invocations === undefined;
}

;// CONCATENATED MODULE: ./lib/src/canary/alarms.js


const MAX_ALARM_NAMES_PER_CALL = 100;
const ALARM_TYPES = ['MetricAlarm', 'CompositeAlarm'];
async function describeAlarmStates(cloudWatch, names) {
    const unique = [...new Set(names)];
    const inAlarm = new Set();
    const changedAt = new Map();
    const metrics = new Map();
    const found = new Set();
    const { paginateDescribeAlarms } = await aws_sdk/* sdk */.x.cloudWatch();
    for (const batch of chunk(unique, MAX_ALARM_NAMES_PER_CALL)) {
        const pages = paginateDescribeAlarms({ client: cloudWatch }, { AlarmNames: batch, AlarmTypes: [...ALARM_TYPES] });
        for await (const page of pages) {
            for (const alarm of [...(page.MetricAlarms ?? []), ...(page.CompositeAlarms ?? [])]) {
                if (alarm.AlarmName === undefined)
                    continue;
                found.add(alarm.AlarmName);
                if (alarm.StateValue === 'ALARM')
                    inAlarm.add(alarm.AlarmName);
                const changed = alarm.StateTransitionedTimestamp ?? alarm.StateUpdatedTimestamp;
                if (changed !== undefined)
                    changedAt.set(alarm.AlarmName, new Date(changed).getTime());
            }
            for (const alarm of page.MetricAlarms ?? []) {
                if (alarm.AlarmName === undefined || !alarm.Namespace || !alarm.MetricName)
                    continue;
                const dimensions = (alarm.Dimensions ?? []).map((d) => ({
                    name: d.Name ?? '',
                    value: d.Value ?? '',
                }));
                metrics.set(alarm.AlarmName, {
                    namespace: alarm.Namespace,
                    metricName: alarm.MetricName,
                    dimensions,
                });
            }
        }
    }
    return { inAlarm, missing: unique.filter((name) => !found.has(name)), changedAt, metrics };
}
/**
 * Whether a state-update history item shows the alarm going into ALARM (HistoryData JSON, else
 * the summary "Alarm updated from OK to ALARM").
 */
function enteredAlarm(item) {
    if (item.HistoryData) {
        try {
            const data = JSON.parse(item.HistoryData);
            const state = data.newState?.stateValue;
            if (typeof state === 'string')
                return state === 'ALARM' && data.oldState?.stateValue !== 'ALARM';
        }
        catch {
            // not JSON: fall back to the summary
        }
    }
    return /\bfrom (?!ALARM\b)\S+ to ALARM\b/.test(item.HistorySummary ?? '');
}
/** Whether the alarm went into ALARM at some time in [fromMs, untilMs], from its state history. */
async function enteredAlarmBetween(cloudWatch, alarmName, fromMs, untilMs) {
    const { paginateDescribeAlarmHistory } = await aws_sdk/* sdk */.x.cloudWatch();
    const pages = paginateDescribeAlarmHistory({ client: cloudWatch }, {
        AlarmName: alarmName,
        AlarmTypes: [...ALARM_TYPES],
        HistoryItemType: 'StateUpdate',
        StartDate: new Date(fromMs),
        EndDate: new Date(untilMs),
    });
    for await (const page of pages) {
        if ((page.AlarmHistoryItems ?? []).some(enteredAlarm))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./lib/src/canary/collector.js
/**
 * The one interface every canary collector (metrics, memory, alarms, synthetic traffic) shows the
 * observer: told when a step begins and ends, asked to read at each poll, and asked for its part
 * of a function's samples. A collector never throws for AWS errors in a poll: it keeps its last
 * good figures and returns what failed, so the observer can count failed polls.
 */


/** `part: ErrorName: message`, for a failed poll's warning. */
function describeFailure(part, error) {
    const name = (0,errors/* awsErrorName */.ZH)(error);
    const message = (0,errors/* errorMessage */.gJ)(error);
    const prefix = name && name !== 'Error' && !message.startsWith(name) ? `${name}: ` : '';
    return `${part}: ${prefix}${message}`;
}
/** Runs `work`, turning a thrown error into a described failure. */
async function attempt(part, work) {
    try {
        await work();
        return [];
    }
    catch (error) {
        return [describeFailure(part, error)];
    }
}
async function mapWithLimit(items, limit, work) {
    const results = [];
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
/** The versions a target watches: the canary, and the old version where there is one. */
function collector_versionsOf(target) {
    return target.baselineVersion === undefined
        ? [target.canaryVersion]
        : [target.canaryVersion, target.baselineVersion];
}
/**
 * The step whose traffic split served most of the minute starting at `minuteStart`: the last
 * step begun by the minute's middle (the first step for earlier minutes).
 */
function stepOfMinute(steps, minuteStart) {
    let found = steps[0]?.index;
    for (const step of steps)
        if (step.startMs <= minuteStart + time/* MINUTE_MS */.k / 2)
            found = step.index;
    return found;
}

;// CONCATENATED MODULE: ./lib/src/canary/alarms-collector.js


/** The AWS/Lambda metrics the judge reads per version (by the ExecutedVersion dimension). */
const PER_VERSION_METRICS = {
    Errors: 'errors',
    Throttles: 'throttles',
    Duration: 'duration',
};
class AlarmsCollector {
    cloudWatch;
    shared;
    logger;
    knownFiringBefore;
    seen = new Map();
    warnedMissing = new Set();
    /** Alarms seen in ALARM since before the first shift, with the metric each watches. */
    firingBefore = new Map();
    /** Alarm state changes up to this time (epoch ms) have been looked at. */
    checkedUntil;
    /** When the first step began: a state older than this was there before the canary. */
    firstStepMs;
    constructor(cloudWatch, 
    /** Alarm names watched for every function. */
    shared, logger, 
    /**
     * Alarms an earlier reader of the same canary found already in ALARM before the first shift
     * (the guard reads a detached canary afresh at each tick and keeps these on its plan).
     */
    knownFiringBefore = []) {
        this.cloudWatch = cloudWatch;
        this.shared = shared;
        this.logger = logger;
        this.knownFiringBefore = knownFiringBefore;
    }
    async beginStep(_run, step) {
        this.checkedUntil ??= step.startMs;
        this.firstStepMs ??= step.startMs;
    }
    poll(run, nowMs) {
        return attempt('DescribeAlarms', () => this.read(run.targets, nowMs));
    }
    async endStep() {
        // Alarms seen stay seen for the rest of the run.
    }
    samples(target) {
        const watched = new Set([...this.shared, ...(target.alarmNames ?? [])]);
        const before = [...this.firingBefore]
            .filter(([name]) => watched.has(name))
            .map(([name, metric]) => {
            const perVersion = metric && perVersionMetric(metric, target.functionName);
            return perVersion === undefined ? { name } : { name, perVersion };
        })
            .sort((a, b) => a.name.localeCompare(b.name));
        return {
            alarmsInAlarm: [...(this.seen.get(target.functionName) ?? [])].sort(),
            ...(before.length > 0 ? { alarmsFiringBefore: before } : {}),
        };
    }
    async read(targets, nowMs) {
        const names = [...this.shared, ...targets.flatMap((t) => t.alarmNames ?? [])];
        if (names.length === 0)
            return;
        const { inAlarm, missing, changedAt, metrics } = await describeAlarmStates(this.cloudWatch, names);
        for (const name of missing) {
            if (this.warnedMissing.has(name))
                continue;
            this.warnedMissing.add(name);
            this.logger.warning(`Alarm ${name} does not exist in CloudWatch: it cannot fail the canary.`);
        }
        const since = this.checkedUntil ?? nowMs;
        const firstStep = this.firstStepMs ?? since;
        for (const name of this.knownFiringBefore) {
            if (!this.firingBefore.has(name))
                this.firingBefore.set(name, metrics.get(name));
        }
        // In ALARM now: fired during the canary, unless its state has not changed since before the first shift.
        const fired = new Set();
        for (const name of inAlarm) {
            const changed = changedAt.get(name);
            if (changed !== undefined && changed < firstStep) {
                if (!this.firingBefore.has(name)) {
                    this.firingBefore.set(name, metrics.get(name));
                    this.logger.warning(`Alarm ${name} was already in ALARM before the first shift: it fails the canary only if it clears and fires again.`);
                }
            }
            else {
                fired.add(name);
            }
        }
        // Not in ALARM now but changed since the last look: did it go into ALARM in between?
        for (const [name, changed] of changedAt) {
            if (!inAlarm.has(name) &&
                changed >= since &&
                (await enteredAlarmBetween(this.cloudWatch, name, since, nowMs))) {
                fired.add(name);
            }
        }
        for (const target of targets) {
            const seen = this.seen.get(target.functionName) ?? new Set();
            this.seen.set(target.functionName, seen);
            for (const name of [...this.shared, ...(target.alarmNames ?? [])]) {
                if (fired.has(name))
                    seen.add(name);
            }
        }
        this.checkedUntil = Math.max(since, nowMs);
    }
}
/** `AWS/Lambda Errors of orders` when the judge reads the alarm's metric per version for this function. */
function perVersionMetric(metric, functionName) {
    if (metric.namespace !== 'AWS/Lambda' || PER_VERSION_METRICS[metric.metricName] === undefined)
        return undefined;
    const names = metric.dimensions.map((d) => d.name).sort();
    const fn = metric.dimensions.find((d) => d.name === 'FunctionName')?.value;
    const ofFunction = fn === functionName || fn?.endsWith(`:function:${functionName}`);
    const onlyFunction = names.every((n) => n === 'FunctionName' || n === 'Resource');
    return ofFunction && onlyFunction ? `AWS/Lambda ${metric.metricName} of ${functionName}` : undefined;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var client_cloudwatch_logs_dist_cjs = __webpack_require__(2684);
;// CONCATENATED MODULE: ./lib/src/canary/memory-source.js



/** A layer ARN of the Lambda Insights extension (x86 or Arm64 build). */
function isLambdaInsightsLayer(arn) {
    return arn !== undefined && /:layer:LambdaInsightsExtension(?:-[A-Za-z0-9]+)?(?::\d+)?$/.test(arn);
}
/** Reads one version's configuration: the Insights layer, the log group and the log format. */
async function describeVersionLogging(lambda, functionName, version) {
    const config = await lambda.send(new dist_cjs.GetFunctionConfigurationCommand({ FunctionName: functionName, Qualifier: version }));
    return {
        lambdaInsights: (config.Layers ?? []).some((layer) => isLambdaInsightsLayer(layer.Arn)),
        logGroupName: config.LoggingConfig?.LogGroup || `/aws/lambda/${plainFunctionName(functionName)}`,
        logFormat: config.LoggingConfig?.LogFormat === 'JSON' ? 'JSON' : 'Text',
    };
}
/** Whether the log group exists (a function never invoked has none yet). */
async function logGroupExists(logs, name) {
    const answer = await logs.send(new client_cloudwatch_logs_dist_cjs.DescribeLogGroupsCommand({ logGroupNamePrefix: name, limit: 1 }));
    return (answer.logGroups ?? []).some((group) => group.logGroupName === name);
}
/**
 * Where a function's memory can be read from, for the monitoring stack's memory alarm: the Lambda
 * Insights layer on its latest configuration, or the REPORT lines in its log group (if it exists).
 */
async function describeMemorySource(lambda, logs, functionName) {
    const logging = await describeVersionLogging(lambda, functionName, '$LATEST');
    return {
        name: plainFunctionName(functionName),
        hasLambdaInsights: logging.lambdaInsights,
        logGroupExists: logging.lambdaInsights ? true : await logGroupExists(logs, logging.logGroupName),
    };
}
/** Groups versions by (log group, format): usually one query per function. */
function reportQueryPlans(versions) {
    const plans = new Map();
    for (const [version, logging] of versions) {
        const key = `${logging.logFormat}\u0000${logging.logGroupName}`;
        const plan = plans.get(key) ?? {
            logGroupName: logging.logGroupName,
            logFormat: logging.logFormat,
            versions: [],
        };
        plan.versions.push(version);
        plans.set(key, plan);
    }
    return [...plans.values()];
}
/** The version in a Lambda log stream name `YYYY/MM/DD/[version]id`; undefined if not one. */
function versionFromLogStream(logStream) {
    return /^\d{4}\/\d{2}\/\d{2}\/\[([^\]]+)\]/.exec(logStream)?.[1];
}

;// CONCATENATED MODULE: ./lib/src/canary/memory-from-log-events.js




/** Below this many invocations in a poll's window, REPORT lines are read directly. */
const DIRECT_REPORT_LINES_LIMIT = 5_000;
/** Bound on the pages one version's lines may take in one poll. */
const MAX_PAGES = 10;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The `YYYY/MM/DD/[version]` prefixes of the streams that may hold the window's lines. */
function streamPrefixes(version, window) {
    // An environment started the day before may still be writing: look one day back.
    const first = Math.floor((window.fromMs - DAY_MS) / DAY_MS) * DAY_MS;
    const prefixes = [];
    for (let day = first; day < window.untilMs; day += DAY_MS) {
        const date = new Date(day).toISOString().slice(0, 10).replace(/-/g, '/');
        prefixes.push(`${date}/[${version}]`);
    }
    return prefixes;
}
/** Max memory used / memory size from one REPORT line (text or JSON format); undefined if none. */
function memoryRatioOfReportLine(message) {
    const text = /Memory Size:\s*(\d+(?:\.\d+)?)\s*MB\s+Max Memory Used:\s*(\d+(?:\.\d+)?)\s*MB/.exec(message);
    if (text)
        return ratio(Number(text[2]), Number(text[1]));
    if (!message.trimStart().startsWith('{'))
        return undefined;
    try {
        const record = JSON.parse(message);
        if (record.type !== 'platform.report')
            return undefined;
        const metrics = record.record?.metrics;
        return ratio(Number(metrics?.maxMemoryUsedMB), Number(metrics?.memorySizeMB));
    }
    catch {
        return undefined;
    }
}
function ratio(used, size) {
    return Number.isFinite(used) && Number.isFinite(size) && size > 0 ? used / size : undefined;
}
/** Reads the REPORT lines of the plan's versions in the window: the highest ratio per minute. */
async function readReportLines(logs, plan, window, logger) {
    const byVersion = new Map();
    const startTime = (0,canary_minutes/* floorToMinute */.ei)(window.fromMs);
    const endTime = (0,canary_minutes/* floorToMinute */.ei)(window.untilMs) - 1;
    if (endTime < startTime)
        return { byVersion, skipped: 0 };
    const filterPattern = plan.logFormat === 'JSON' ? '{ $.type = "platform.report" }' : '"REPORT RequestId"';
    let skipped = 0;
    for (const version of plan.versions) {
        const minutes = new Map();
        byVersion.set(version, minutes);
        for (const logStreamNamePrefix of streamPrefixes(version, window)) {
            let pages = 0;
            let more = false;
            try {
                const paginator = (0,client_cloudwatch_logs_dist_cjs.paginateFilterLogEvents)({ client: logs }, { logGroupName: plan.logGroupName, logStreamNamePrefix, startTime, endTime, filterPattern });
                for await (const answer of paginator) {
                    for (const event of answer.events ?? []) {
                        // The stream name is the version's own word on it: a line of another version never counts.
                        if (event.logStreamName !== undefined && versionFromLogStream(event.logStreamName) !== version)
                            continue;
                        const value = memoryRatioOfReportLine(event.message ?? '');
                        if (value === undefined || event.timestamp === undefined) {
                            skipped++;
                            continue;
                        }
                        const minute = (0,canary_minutes/* floorToMinute */.ei)(event.timestamp);
                        minutes.set(minute, Math.max(minutes.get(minute) ?? 0, value));
                    }
                    pages++;
                    more = Boolean(answer.nextToken);
                    if (pages >= MAX_PAGES)
                        break;
                }
            }
            catch (error) {
                if ((0,errors/* awsErrorName */.ZH)(error) === 'ResourceNotFoundException')
                    return { byVersion, skipped, logGroupMissing: true };
                throw error;
            }
            if (more) {
                logger.warning(`REPORT lines of ${plan.logGroupName} version ${version}: more than ${MAX_PAGES} pages in one poll; the rest of that window is not read.`);
            }
        }
    }
    return { byVersion, skipped };
}

;// CONCATENATED MODULE: ./lib/src/canary/memory-from-logs-insights.js






/** A string literal for a Logs Insights query. */
function quoted(value) {
    return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
/**
 * The Logs Insights query: REPORT lines of the given versions, max memory used and memory size
 * per minute and version. Text logs expose @maxMemoryUsed / @memorySize (bytes); JSON logs
 * carry them in the platform.report record (MB). Only their ratio is used, so units cancel.
 */
function reportMemoryQuery(logFormat, versions) {
    const [filter, used, size] = logFormat === 'JSON'
        ? ['type = "platform.report"', 'record.metrics.maxMemoryUsedMB', 'record.metrics.memorySizeMB']
        : ['@type = "REPORT"', '@maxMemoryUsed', '@memorySize'];
    return [
        `filter ${filter}`,
        `parse @logStream /\\[(?<version>[^\\]]+)\\]/`,
        `filter ${versions.map((v) => `version = ${quoted(v)}`).join(' or ')}`,
        `stats max(${used}) as maxMemoryUsed, max(${size}) as memorySize by bin(1m) as minute, version`,
        `limit 10000`,
    ].join('\n| ');
}
/**
 * A Logs Insights time ("2026-11-28 10:03:00.000", UTC) or ISO-8601 time, or epoch ms, to epoch
 * ms; undefined when it is none of those.
 */
function parseInsightsTime(text) {
    const trimmed = text.trim();
    if (/^\d{12,}$/.test(trimmed))
        return Number(trimmed);
    const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(trimmed);
    if (!m)
        return undefined;
    const [, y, mo, d, h, mi, s, frac, zone] = m;
    const ms = frac === undefined ? 0 : Number(frac.slice(0, 3).padEnd(3, '0'));
    const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0), ms);
    if (zone === undefined || zone === 'Z')
        return utc;
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offsetMin = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4));
    return utc - sign * offsetMin * time/* MINUTE_MS */.k;
}
function numberOf(text) {
    if (text === undefined || text.trim() === '')
        return undefined;
    const value = Number(text);
    return Number.isFinite(value) ? value : undefined;
}
/**
 * Reads the stats rows by field name, not position. A row is used only when it has a version
 * (the `version` field, or failing that the `[version]` of an @logStream field), a minute (the
 * `minute` alias or a `bin(...)` column) and both memory figures with a positive size; anything
 * else (an unaggregated event, a half-parsed row) is skipped and counted, never guessed at.
 */
function parseMemoryRows(rows) {
    const byVersion = new Map();
    let skipped = 0;
    for (const row of rows ?? []) {
        const fields = new Map();
        for (const cell of row) {
            if (cell.field !== undefined && cell.value !== undefined)
                fields.set(cell.field, cell.value);
        }
        const binColumn = [...fields.keys()].find((name) => name.startsWith('bin('));
        const minuteText = fields.get('minute') ?? (binColumn === undefined ? undefined : fields.get(binColumn));
        const stream = fields.get('@logStream');
        const version = fields.get('version') || (stream === undefined ? undefined : versionFromLogStream(stream));
        const minute = minuteText === undefined ? undefined : parseInsightsTime(minuteText);
        const used = numberOf(fields.get('maxMemoryUsed'));
        const size = numberOf(fields.get('memorySize'));
        if (!version ||
            minute === undefined ||
            used === undefined ||
            size === undefined ||
            size <= 0 ||
            used < 0) {
            skipped += 1;
            continue;
        }
        const start = (0,canary_minutes/* floorToMinute */.ei)(minute);
        const series = byVersion.get(version) ?? new Map();
        byVersion.set(version, series);
        series.set(start, Math.max(series.get(start) ?? 0, used / size));
    }
    return { byVersion, skipped };
}
const FAILED_STATUSES = new Set(['Failed', 'Cancelled', 'Timeout', 'Unknown']);
/**
 * Runs one REPORT-line query over the window and waits (waitFor, injected clock) until it is
 * Complete. A log group that does not exist yet (the function never logged) is no data, not an
 * error. A query that fails or times out throws (a timed-out query is stopped first).
 */
async function queryReportMemory(logs, plan, window, options) {
    const startTime = Math.floor((0,canary_minutes/* floorToMinute */.ei)(window.fromMs) / 1000);
    const endTime = Math.floor((0,canary_minutes/* floorToMinute */.ei)(window.untilMs) / 1000) - 1;
    if (endTime < startTime || plan.versions.length === 0)
        return { byVersion: new Map(), skipped: 0 };
    let queryId;
    try {
        ({ queryId } = await logs.send(new client_cloudwatch_logs_dist_cjs.StartQueryCommand({
            logGroupName: plan.logGroupName,
            startTime,
            endTime,
            queryString: reportMemoryQuery(plan.logFormat, plan.versions),
            limit: 10_000,
        })));
    }
    catch (error) {
        if ((0,errors/* awsErrorName */.ZH)(error) === 'ResourceNotFoundException') {
            options.logger.debug(`Log group ${plan.logGroupName} does not exist yet: no REPORT lines to read.`);
            return { byVersion: new Map(), skipped: 0, logGroupMissing: true };
        }
        throw error;
    }
    if (!queryId)
        throw new errors/* StackCanaryError */.Bt('AWS_ERROR', `StartQuery on ${plan.logGroupName} returned no query id`);
    const id = queryId;
    try {
        const rows = await (0,wait/* waitFor */.f)(async () => {
            const answer = await logs.send(new client_cloudwatch_logs_dist_cjs.GetQueryResultsCommand({ queryId: id }));
            if (answer.status === 'Complete')
                return { done: true, value: answer.results ?? [] };
            if (answer.status !== undefined && FAILED_STATUSES.has(answer.status)) {
                throw new errors/* StackCanaryError */.Bt('AWS_ERROR', `Logs Insights query on ${plan.logGroupName} ended ${answer.status}`);
            }
            return { done: false };
        }, {
            clock: options.clock,
            description: `the Logs Insights memory query on ${plan.logGroupName}`,
            timeoutMs: options.timeoutMs,
            initialDelayMs: 500,
            maxDelayMs: 5_000,
            factor: 2,
        });
        const parsed = parseMemoryRows(rows);
        if (parsed.skipped > 0) {
            options.logger.debug(`Logs Insights on ${plan.logGroupName}: ${parsed.skipped} row(s) without memory figures skipped.`);
        }
        return parsed;
    }
    catch (error) {
        if (error instanceof errors/* TimeoutError */.MU)
            await stopQuietly(logs, id, options.logger);
        throw error;
    }
}
async function stopQuietly(logs, queryId, logger) {
    try {
        await logs.send(new client_cloudwatch_logs_dist_cjs.StopQueryCommand({ queryId }));
    }
    catch (error) {
        logger.debug(`StopQuery ${queryId}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}

;// CONCATENATED MODULE: ./lib/src/canary/memory-collector.js





/** Logs Insights queries run at once at most (the service limits concurrent queries per account). */
const MEMORY_QUERY_CONCURRENCY = 4;
class MemoryCollector {
    clients;
    options;
    /** Versions are immutable: what a version's configuration says is read once per run. */
    logging = new Map();
    logMemory = new Map();
    announced = new Set();
    warned = new Set();
    configFailure;
    constructor(clients, options) {
        this.clients = clients;
        this.options = options;
    }
    source(target) {
        const known = collector_versionsOf(target).map((v) => this.logging.get(this.key(target.functionName, v)));
        if (known.some((k) => k === undefined))
            return 'none';
        return known.every((k) => k?.lambdaInsights) ? 'lambda-insights' : 'report-logs';
    }
    /** REPORT-line memory of one version by minute; undefined when Lambda Insights is the source. */
    memoryOf(target, version) {
        if (this.source(target) !== 'report-logs')
            return undefined;
        return this.logMemory.get(target.functionName)?.byVersion.get(version) ?? new Map();
    }
    async beginStep() {
        // Versions are described at the first poll, where a failure counts.
    }
    /** Each watched version's configuration, once: where its memory can be read. */
    prepare(run) {
        return attempt('GetFunctionConfiguration', () => this.describe(run.targets));
    }
    async poll(run, nowMs) {
        const fromLogs = run.targets.filter((t) => this.source(t) === 'report-logs');
        const read = await mapWithLimit(fromLogs, MEMORY_QUERY_CONCURRENCY, (target) => attempt(`Logs (${target.functionName})`, () => this.readLogs(run, target, Math.max(run.fromMs, (0,canary_minutes/* settledUntil */.g)(nowMs, (0,canary_minutes/* settleLagOf */.Rb)(target))))).then((failed) => {
            const state = this.logMemory.get(target.functionName);
            if (failed[0] !== undefined && state)
                state.problem = `reading the REPORT lines failed (${failed[0]})`;
            return failed;
        }));
        return read.flat();
    }
    async endStep() {
        // Reads are per poll: nothing runs between them.
    }
    samples(target) {
        return { memorySource: this.source(target) };
    }
    /**
     * Why the canary's memory is unknown, given that it served traffic and no minute has a memory
     * figure; logged once per function and reason as a warning.
     */
    unavailable(target) {
        const source = this.source(target);
        const state = this.logMemory.get(target.functionName);
        const reason = source === 'none'
            ? `the versions' configuration could not be read${this.configFailure ? ` (${this.configFailure})` : ''}`
            : source === 'lambda-insights'
                ? `no LambdaInsights memory_utilization datapoints for version ${target.canaryVersion}`
                : (state?.problem ??
                    `no REPORT lines read yet for version ${target.canaryVersion} (logging off or filtered, retention, or a query that returned nothing)`);
        const text = `memory of ${target.functionName} could not be read: ${reason}`;
        if (!this.warned.has(text)) {
            this.warned.add(text);
            this.options.logger.warning(`${text}; max-memory-utilization cannot be checked.`);
        }
        return text;
    }
    key(functionName, version) {
        return `${functionName}\u0000${version}`;
    }
    async describe(targets) {
        for (const target of targets) {
            for (const version of collector_versionsOf(target)) {
                const key = this.key(target.functionName, version);
                if (this.logging.has(key))
                    continue;
                try {
                    this.logging.set(key, await describeVersionLogging(this.clients.lambda, target.functionName, version));
                }
                catch (error) {
                    this.configFailure = describeFailure('GetFunctionConfiguration', error);
                    throw error;
                }
            }
            if (this.announced.has(target.functionName))
                continue;
            this.announced.add(target.functionName);
            this.options.logger.info(this.source(target) === 'lambda-insights'
                ? `Memory of ${target.functionName}: Lambda Insights (memory_utilization per version).`
                : `Memory of ${target.functionName}: REPORT log lines (read directly while a poll covers at most ${DIRECT_REPORT_LINES_LIMIT} invocations, through Logs Insights above).`);
        }
    }
    async readLogs(run, target, untilMs) {
        const state = this.logMemory.get(target.functionName) ?? {
            byVersion: new Map(),
            untilMs: run.fromMs,
            problem: undefined,
        };
        this.logMemory.set(target.functionName, state);
        const fromMs = state.untilMs;
        if (untilMs <= fromMs)
            return;
        const versions = new Map();
        for (const version of collector_versionsOf(target)) {
            const known = this.logging.get(this.key(target.functionName, version));
            if (known)
                versions.set(version, known);
        }
        // Few invocations in the window: read the version's REPORT lines directly; many: let Logs
        // Insights aggregate them on the service side.
        const direct = this.options.invocationsBetween(target, fromMs, untilMs) <= DIRECT_REPORT_LINES_LIMIT;
        const window = { fromMs, untilMs };
        const problems = [];
        for (const plan of reportQueryPlans(versions)) {
            const parsed = direct
                ? await readReportLines(this.clients.logs, plan, window, this.options.logger)
                : await queryReportMemory(this.clients.logs, plan, window, {
                    clock: this.options.clock,
                    logger: this.options.logger,
                    timeoutMs: this.options.queryTimeoutMs,
                });
            if (parsed.logGroupMissing) {
                problems.push(`log group ${plan.logGroupName} does not exist (logging off, or nothing written yet)`);
            }
            else if (![...parsed.byVersion.values()].some((minutes) => minutes.size > 0)) {
                problems.push(direct
                    ? `no REPORT lines of version ${plan.versions.join(', ')} in ${plan.logGroupName}`
                    : `the Logs Insights query on ${plan.logGroupName} returned no memory rows${parsed.skipped > 0 ? ` (${parsed.skipped} rows without memory figures)` : ''}`);
            }
            for (const [version, minutes] of parsed.byVersion) {
                state.byVersion.set(version, new Map([...(state.byVersion.get(version) ?? []), ...minutes]));
            }
        }
        state.untilMs = untilMs;
        if (problems.length > 0)
            state.problem = problems.join('; ');
    }
}

// EXTERNAL MODULE: ./lib/src/config/metrics-input.js
var metrics_input = __webpack_require__(333);
;// CONCATENATED MODULE: ./lib/src/canary/custom-metric-queries.js
/**
 * Your own metrics (the `metrics` input) in the poll's one GetMetricData call: a metric with
 * `{version}` is read for each version of each watched function (`{version}` replaced by it, and
 * `{function}` by the function's name), a service-wide one once a poll for the whole run. Pure: query specs in, values by minute out.
 */


/** The function name of a service-wide metric's key: it belongs to no one function. */
const SERVICE = '';
/** The text with `{version}` (and, for one function's series, `{function}`) filled in. */
function withVersion(text, key) {
    const versioned = text.split(metrics_input/* VERSION_PLACEHOLDER */.TV).join(key.version);
    return key.functionName === SERVICE
        ? versioned
        : versioned.split(metrics_input/* FUNCTION_PLACEHOLDER */.X2).join(plainFunctionName(key.functionName));
}
function specOf(metric, key) {
    const { source } = metric;
    if (source.kind === 'expression') {
        return {
            key,
            namespace: '',
            metricName: '',
            dimensions: [],
            stat: '',
            expression: withVersion(source.expression, key),
        };
    }
    return {
        key,
        namespace: source.namespace,
        metricName: source.metricName,
        dimensions: source.dimensions.map((d) => ({ Name: d.name, Value: withVersion(d.value, key) })),
        stat: source.statistic,
    };
}
/** The per-version metrics of one function, for each of its versions. */
function customSeriesFor(target, metrics) {
    return metrics
        .filter((m) => m.perVersion)
        .flatMap((metric) => versionsOf(target).map(({ role, version }) => specOf(metric, {
        functionName: target.functionName,
        version,
        role,
        field: 'custom',
        metric: metric.name,
    })));
}
/** The service-wide metrics, once for the whole run. */
function serviceSeriesFor(metrics) {
    return metrics
        .filter((m) => !m.perVersion)
        .map((metric) => specOf(metric, {
        functionName: SERVICE,
        version: '',
        role: 'canary',
        field: 'custom',
        metric: metric.name,
    }));
}
const slot = (functionName, role, metric) => `${role}\u0000${functionName}\u0000${metric}`;
/** Each function's custom metrics, in the input's order (a service-wide one is the same for all). */
function groupCustom(fetched, keys, targets, metrics) {
    const bySlot = new Map();
    for (const [id, key] of keys) {
        if (key.field !== 'custom' || key.metric === undefined)
            continue;
        bySlot.set(slot(key.functionName, key.role, key.metric), fetched.folded.get(id) ?? new Map());
    }
    const grouped = new Map();
    for (const target of targets) {
        grouped.set(target.functionName, metrics.map((metric) => {
            const owner = metric.perVersion ? target.functionName : SERVICE;
            const canary = bySlot.get(slot(owner, 'canary', metric.name)) ?? new Map();
            const baseline = metric.perVersion && target.baselineVersion !== undefined
                ? (bySlot.get(slot(owner, 'baseline', metric.name)) ?? new Map())
                : undefined;
            return { metric, canary, baseline };
        }));
    }
    return grouped;
}

;// CONCATENATED MODULE: ./lib/src/canary/metrics.js





/** GetMetricData's limit on queries per call. */
const MAX_QUERIES_PER_CALL = 500;
/** Bound on pages for one batch: a guard against a service that never stops paging. */
const metrics_MAX_PAGES = 100;
/**
 * Runs the queries over the window: batches of up to 500, each followed through its pages (the
 * SDK's paginator). Throws a StackCanaryError when CloudWatch reports a series as InternalError
 * or Forbidden: a poll with holes must not be read as health. The answer's Messages (for the call
 * and per series) are logged once each as warnings.
 */
async function fetchMetricData(cloudWatch, queries, window, logger, warned = new Set()) {
    const folded = new Map();
    const partial = new Set();
    const warnOnce = (text) => {
        if (warned.has(text))
            return;
        warned.add(text);
        logger.warning(`GetMetricData: ${text}`);
    };
    const { paginateGetMetricData } = await aws_sdk/* sdk */.x.cloudWatch();
    for (const batch of chunk(queries, MAX_QUERIES_PER_CALL)) {
        let pages = 0;
        let more = false;
        const paginator = paginateGetMetricData({ client: cloudWatch }, {
            MetricDataQueries: batch,
            StartTime: new Date((0,canary_minutes/* floorToMinute */.ei)(window.fromMs)),
            EndTime: new Date((0,canary_minutes/* floorToMinute */.ei)(window.untilMs)),
            ScanBy: 'TimestampAscending',
        });
        for await (const page of paginator) {
            for (const message of page.Messages ?? [])
                warnOnce(`${message.Code ?? ''} ${message.Value ?? ''}`.trim());
            const { problems, notes, statuses } = foldResults(page.MetricDataResults, folded);
            if (problems.length > 0) {
                throw new errors/* StackCanaryError */.Bt('AWS_ERROR', `GetMetricData could not read ${problems.join(', ')}`);
            }
            for (const note of notes)
                warnOnce(note);
            for (const [id, status] of statuses) {
                if (status === 'PartialData')
                    partial.add(id);
                else
                    partial.delete(id);
            }
            pages += 1;
            more = Boolean(page.NextToken);
            if (pages >= metrics_MAX_PAGES)
                break;
        }
        if (more) {
            throw new errors/* StackCanaryError */.Bt('AWS_ERROR', `GetMetricData was still paging after ${metrics_MAX_PAGES} pages`);
        }
    }
    return { folded, partial };
}
/** Per-function, per-version series over the window (no call at all when the window is empty). */
async function collectMetrics(cloudWatch, request, logger, warned) {
    const metrics = request.metrics ?? [];
    const specs = [
        ...request.targets.flatMap((target) => [
            ...seriesFor(target, {
                latency: request.latency,
                lambdaInsights: request.lambdaInsights.has(target.functionName),
                aliasTraffic: request.aliasTraffic === true,
            }),
            ...customSeriesFor(target, metrics),
        ]),
        ...(request.targets.length > 0 ? serviceSeriesFor(metrics) : []),
    ];
    const { queries, keys } = buildQueries(specs);
    const empty = (0,canary_minutes/* floorToMinute */.ei)(request.window.untilMs) <= (0,canary_minutes/* floorToMinute */.ei)(request.window.fromMs);
    const fetched = empty || queries.length === 0
        ? { folded: new Map(), partial: new Set() }
        : await fetchMetricData(cloudWatch, queries, request.window, logger, warned);
    const grouped = groupSeries(fetched, keys, request.targets);
    if (metrics.length === 0)
        return grouped;
    const custom = groupCustom(fetched, keys, request.targets, metrics);
    for (const [name, series] of grouped)
        grouped.set(name, { ...series, custom: custom.get(name) ?? [] });
    return grouped;
}

;// CONCATENATED MODULE: ./lib/src/canary/metrics-collector.js





/** How far back the old version's own minutes are read before the first step. */
const BASELINE_HISTORY_MS = 30 * time/* MINUTE_MS */.k;
/**
 * Custom metric values over the settled minutes (no datapoint: undefined, never zero), with the
 * values before the first step where they were read (the old version's; a service-wide metric's own).
 */
function customSamples(values, minutes, history) {
    const over = (series) => minutes.map((start) => ({ start, value: series.get(start) }));
    return values.map(({ metric, canary, baseline }, i) => {
        const read = history?.[i];
        const before = read === undefined ? undefined : valuesBefore(read);
        return {
            metric,
            canary: over(canary),
            baseline: baseline === undefined ? undefined : over(baseline),
            ...(before === undefined ? {} : { history: before }),
        };
    });
}
/** A metric's values read before the first step: the old version's, or a service-wide metric's own. */
function valuesBefore(read) {
    return read.metric.perVersion ? read.baseline : read.canary;
}
class MetricsCollector {
    cloudWatch;
    options;
    /** Last good series per function, and the settled end they cover. */
    series = new Map();
    history = new Map();
    /** Every call each alias served in its settled minutes before the first step. */
    aliasTraffic = new Map();
    /** The old version's custom metrics before the first step (its `baseline` values), per function. */
    customHistory = new Map();
    references = new Map();
    warned = new Set();
    historyRead = false;
    steps = [];
    constructor(cloudWatch, options) {
        this.cloudWatch = cloudWatch;
        this.options = options;
    }
    /**
     * What the evidence planner reads of a function when a step starts: every call its alias served by
     * settled minute (before the first step, then both versions' since) and the canary's share of them;
     * and what was read before the first step for the custom comparisons' plan (no call more).
     */
    traffic(target) {
        const before = this.aliasTraffic.get(target.functionName) ?? [];
        const history = this.history.get(target.functionName);
        const custom = this.customHistory.get(target.functionName);
        const read = {
            ...(history === undefined ? {} : { baselineHistory: history }),
            ...(custom === undefined
                ? {}
                : { customHistory: custom.map((c) => ({ metric: c.metric, history: valuesBefore(c) })) }),
        };
        const known = this.series.get(target.functionName);
        const fromMs = this.steps[0] === undefined ? undefined : (0,canary_minutes/* floorToMinute */.ei)(this.steps[0].startMs);
        if (known === undefined || fromMs === undefined) {
            return { served: before, canaryCalls: 0, settledUntilMs: undefined, ...read };
        }
        const { canary, baseline } = known.series;
        const since = (0,canary_minutes/* minuteStarts */.m6)(fromMs, known.untilMs);
        const count = (series, start) => series?.get(start) ?? 0;
        return {
            served: [
                ...before.filter((m) => m.start < fromMs),
                ...since.map((start) => ({
                    start,
                    invocations: count(canary.invocations, start) + count(baseline?.invocations, start),
                })),
            ],
            canaryCalls: since.reduce((sum, start) => sum + count(canary.invocations, start), 0),
            settledUntilMs: known.untilMs,
            ...read,
        };
    }
    /** Invocations of both versions of a function in [fromMs, untilMs), from the last good poll. */
    invocationsBetween(target, fromMs, untilMs) {
        const known = this.series.get(target.functionName)?.series;
        let total = 0;
        for (const series of [known?.canary, known?.baseline]) {
            for (const [minute, count] of series?.invocations ?? []) {
                if (minute >= fromMs && minute < untilMs)
                    total += count;
            }
        }
        return total;
    }
    async beginStep(run, step) {
        this.steps = run.steps;
        if (this.historyRead)
            return;
        this.historyRead = true;
        await this.readHistory(run.targets, step.startMs);
    }
    async poll(run, nowMs) {
        this.steps = run.steps;
        const untilOf = (target) => Math.max(run.fromMs, (0,canary_minutes/* settledUntil */.g)(nowMs, (0,canary_minutes/* settleLagOf */.Rb)(target)));
        return attempt('GetMetricData', async () => {
            const untilMs = Math.max(run.fromMs, ...run.targets.map(untilOf));
            const series = await collectMetrics(this.cloudWatch, {
                targets: this.withReferences(run.targets),
                window: { fromMs: run.fromMs, untilMs },
                latency: this.options.latency,
                lambdaInsights: new Set(run.targets.filter((t) => this.options.lambdaInsights(t)).map((t) => t.functionName)),
                metrics: this.options.metrics ?? [],
            }, this.options.logger, this.warned);
            for (const target of run.targets) {
                const found = series.get(target.functionName);
                if (found)
                    this.series.set(target.functionName, { series: found, untilMs: untilOf(target) });
            }
        });
    }
    async endStep() {
        // Nothing to stop: the next poll reads the whole run again.
    }
    samples(target) {
        const name = target.functionName;
        const known = this.series.get(name);
        const fromMs = this.steps[0] === undefined ? 0 : (0,canary_minutes/* floorToMinute */.ei)(this.steps[0].startMs);
        const minutes = known === undefined ? [] : (0,canary_minutes/* minuteStarts */.m6)(fromMs, known.untilMs);
        const tag = (samples) => samples.map((sample) => {
            const step = stepOfMinute(this.steps, sample.start);
            return step === undefined ? sample : { ...sample, step };
        });
        const canary = known?.series.canary;
        const baseline = known?.series.baseline;
        const reference = this.references.get(name) ?? target.latencyReferenceMs;
        return {
            canary: canary
                ? tag(toMinuteSamples(canary, minutes, this.options.memoryOf(target, target.canaryVersion)))
                : [],
            baseline: target.baselineVersion === undefined
                ? undefined
                : baseline
                    ? tag(toMinuteSamples(baseline, minutes, this.options.memoryOf(target, target.baselineVersion)))
                    : [],
            ...(this.history.has(name) ? { baselineHistory: this.history.get(name) } : {}),
            ...(reference === undefined ? {} : { latencyReferenceMs: reference }),
            ...(known === undefined ? {} : { settledUntilMs: known.untilMs }),
            ...(known?.series.custom === undefined
                ? {}
                : { custom: customSamples(known.series.custom, minutes, this.customHistory.get(name)) }),
        };
    }
    withReferences(targets) {
        return targets.map((t) => {
            const reference = this.references.get(t.functionName);
            return reference === undefined ? t : { ...t, latencyReferenceMs: reference };
        });
    }
    /**
     * The old versions' minutes before the first step and their median p99 over that time (T, the
     * reference for counting slow requests): two GetMetricData calls a run. Neither is health: a
     * failure only costs the judge speed (no history) or the slow-request comparison (no T).
     */
    async readHistory(targets, stepStartMs) {
        const { logger } = this.options;
        const withBaseline = this.options.baselineHistory
            ? targets.filter((t) => t.baselineVersion !== undefined)
            : [];
        if (withBaseline.length === 0)
            return;
        const untilMs = (0,canary_minutes/* floorToMinute */.ei)(stepStartMs);
        const fromMs = untilMs - BASELINE_HISTORY_MS;
        const read = (latency) => collectMetrics(this.cloudWatch, {
            targets: withBaseline,
            window: { fromMs, untilMs },
            latency,
            lambdaInsights: new Set(),
            // The old version's own custom counts before the step: how noisy they are.
            metrics: latency ? [] : (this.options.metrics ?? []),
            // And every call the alias served, for the evidence planner: the same call, one query more.
            aliasTraffic: !latency,
        }, logger, this.warned);
        try {
            const series = await read(false);
            for (const target of withBaseline) {
                const baseline = series.get(target.functionName)?.baseline;
                if (baseline)
                    this.history.set(target.functionName, toMinuteSamples(baseline, (0,canary_minutes/* minuteStarts */.m6)(fromMs, untilMs)));
                const custom = series.get(target.functionName)?.custom;
                if (custom)
                    this.customHistory.set(target.functionName, customSamples(custom, (0,canary_minutes/* minuteStarts */.m6)(fromMs, untilMs)));
                const served = series.get(target.functionName)?.aliasInvocations;
                // Only settled minutes: the last ones before the step may not be all in yet.
                const settled = Math.min(untilMs, (0,canary_minutes/* settledUntil */.g)(stepStartMs, (0,canary_minutes/* settleLagOf */.Rb)(target)));
                if (served)
                    this.aliasTraffic.set(target.functionName, (0,canary_minutes/* minuteStarts */.m6)(fromMs, settled).map((start) => ({ start, invocations: served.get(start) ?? 0 })));
            }
        }
        catch (error) {
            logger.warning(`The old versions' last ${BASELINE_HISTORY_MS / time/* MINUTE_MS */.k} minutes could not be read (${describeFailure('GetMetricData', error)}): the comparison starts cautious.`);
        }
        try {
            const series = await read(true);
            for (const target of withBaseline) {
                const p99s = [...(series.get(target.functionName)?.baseline?.durationP99?.values() ?? [])]
                    .filter((v) => Number.isFinite(v) && v > 0)
                    .sort((a, b) => a - b);
                const median = p99s[Math.floor(p99s.length / 2)];
                if (median !== undefined)
                    this.references.set(target.functionName, median);
            }
        }
        catch (error) {
            logger.warning(`The old versions' p99 could not be read (${describeFailure('GetMetricData', error)}): slow requests are not compared with them.`);
        }
    }
}

;// CONCATENATED MODULE: ./lib/src/canary/synthetic.js



const DEFAULT_SYNTHETIC_CONCURRENCY = 10;
const zero = () => ({ invocations: 0, errors: 0, throttled: 0, failed: 0, skipped: 0 });
/** The fault side of an SDK error: "server" when the service (the version) failed. */
function faultOf(error) {
    if (error && typeof error === 'object' && '$fault' in error && typeof error.$fault === 'string')
        return error.$fault;
    return undefined;
}
function httpStatusOf(error) {
    if (error && typeof error === 'object' && '$metadata' in error) {
        const metadata = error.$metadata;
        if (typeof metadata?.httpStatusCode === 'number')
            return metadata.httpStatusCode;
    }
    return undefined;
}
function startSyntheticTraffic(lambda, targets, traffic, options) {
    const { clock, logger } = options;
    const spacingMs = time/* MINUTE_MS */.k / traffic.ratePerMinute;
    const maxConcurrency = options.maxConcurrency ?? DEFAULT_SYNTHETIC_CONCURRENCY;
    const maxSleepMs = options.maxSleepMs ?? 1_000;
    const payload = new TextEncoder().encode(traffic.payload);
    const stats = new Map();
    const controllers = new Set();
    const warned = new Set();
    let stopped = false;
    let wakeOnStop = () => undefined;
    const stoppedSignal = new Promise((resolve) => (wakeOnStop = resolve));
    const warnOnce = (key, message) => {
        if (warned.has(key))
            return;
        warned.add(key);
        logger.warning(message);
    };
    const invoke = async (target, counts) => {
        const controller = new AbortController();
        controllers.add(controller);
        try {
            const response = await lambda.send(new dist_cjs.InvokeCommand({
                FunctionName: target.functionName,
                Qualifier: target.version,
                InvocationType: 'RequestResponse',
                Payload: payload,
            }), { abortSignal: controller.signal });
            if (stopped)
                return;
            counts.invocations += 1;
            if (response.FunctionError)
                counts.errors += 1;
        }
        catch (error) {
            if (stopped)
                return;
            const name = (0,errors/* awsErrorName */.ZH)(error) ?? 'Error';
            if (httpStatusOf(error) === 429 || name === 'TooManyRequestsException') {
                counts.throttled += 1;
                warnOnce(`throttle:${target.functionName}`, `Synthetic invocations of ${target.functionName}:${target.version} are throttled (${name}); throttled calls are not counted.`);
            }
            else if (faultOf(error) === 'server') {
                counts.invocations += 1;
                counts.errors += 1;
                logger.debug(`Synthetic invocation of ${target.functionName}:${target.version} failed on the service side: ${name}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
            else {
                counts.failed += 1;
                warnOnce(`failed:${target.functionName}:${name}`, `Synthetic invocation of ${target.functionName}:${target.version} failed (${name}: ${(0,errors/* errorMessage */.gJ)(error)}); not counted.`);
            }
        }
        finally {
            controllers.delete(controller);
        }
    };
    const keyOf = (functionName, version) => `${functionName}\u0000${version}`;
    const drive = async (target) => {
        const counts = zero();
        stats.set(keyOf(target.functionName, target.version), counts);
        if (!(spacingMs > 0 && Number.isFinite(spacingMs)))
            return;
        const inFlight = new Set();
        const firstMs = Math.max(options.startMs, clock.now());
        for (let slot = 0; !stopped; slot += 1) {
            let dueMs = firstMs + slot * spacingMs;
            // Fell behind (a blocked event loop, a slow clock): resume at the current slot, no burst.
            const behind = Math.floor((clock.now() - dueMs) / spacingMs);
            if (behind > 0) {
                slot += behind;
                dueMs = firstMs + slot * spacingMs;
            }
            if (dueMs >= options.untilMs)
                break;
            for (let wait = dueMs - clock.now(); wait > 0 && !stopped; wait = dueMs - clock.now()) {
                await Promise.race([clock.sleep(Math.min(wait, maxSleepMs)), stoppedSignal]);
            }
            if (stopped)
                break;
            if (inFlight.size >= maxConcurrency) {
                counts.skipped += 1;
                continue;
            }
            const call = invoke(target, counts).finally(() => inFlight.delete(call));
            inFlight.add(call);
        }
        await Promise.allSettled([...inFlight]);
    };
    const finished = Promise.all(targets.map((target) => drive(target))).then(() => {
        for (const target of targets) {
            const counts = stats.get(keyOf(target.functionName, target.version));
            if (counts && counts.skipped > 0) {
                logger.warning(`Synthetic traffic to ${target.functionName}:${target.version}: ${counts.skipped} invocation(s) skipped, ${maxConcurrency} were still running.`);
            }
        }
    });
    return {
        stats: (functionName, version) => {
            const first = targets.find((t) => t.functionName === functionName);
            const key = keyOf(functionName, version ?? first?.version ?? '');
            return { ...(stats.get(key) ?? zero()) };
        },
        stop: () => {
            stopped = true;
            wakeOnStop();
            for (const controller of controllers)
                controller.abort();
        },
        finished,
    };
}

;// CONCATENATED MODULE: ./lib/src/canary/synthetic-collector.js

const key = (functionName, version) => `${functionName}\u0000${version}`;
class SyntheticCollector {
    lambda;
    traffic;
    options;
    /** Counts of the steps already ended, per function and version. */
    ended = new Map();
    run;
    constructor(lambda, traffic, options) {
        this.lambda = lambda;
        this.traffic = traffic;
        this.options = options;
    }
    async beginStep(run, step) {
        await this.endStep();
        if (run.targets.length === 0)
            return;
        const { clock, logger, concurrency } = this.options;
        const traffic = startSyntheticTraffic(this.lambda, run.targets.flatMap((t) => [
            { functionName: t.functionName, version: t.canaryVersion },
            ...(t.baselineVersion === undefined
                ? []
                : [{ functionName: t.functionName, version: t.baselineVersion }]),
        ]), this.traffic, {
            clock,
            logger,
            startMs: step.startMs,
            untilMs: step.untilMs,
            ...(concurrency === undefined ? {} : { maxConcurrency: concurrency }),
        });
        this.run = { traffic, targets: run.targets };
    }
    async poll() {
        return [];
    }
    async endStep() {
        const current = this.run;
        if (current === undefined)
            return;
        this.run = undefined;
        current.traffic.stop();
        for (const target of current.targets) {
            for (const version of [target.canaryVersion, target.baselineVersion]) {
                if (version === undefined)
                    continue;
                const counts = current.traffic.stats(target.functionName, version);
                const before = this.ended.get(key(target.functionName, version));
                this.ended.set(key(target.functionName, version), {
                    invocations: (before?.invocations ?? 0) + counts.invocations,
                    errors: (before?.errors ?? 0) + counts.errors,
                });
            }
        }
    }
    samples(target) {
        const total = (version) => {
            const before = this.ended.get(key(target.functionName, version));
            const now = this.run?.traffic.stats(target.functionName, version);
            return {
                invocations: (before?.invocations ?? 0) + (now?.invocations ?? 0),
                errors: (before?.errors ?? 0) + (now?.errors ?? 0),
            };
        };
        return {
            synthetic: total(target.canaryVersion),
            ...(target.baselineVersion === undefined ? {} : { syntheticBaseline: total(target.baselineVersion) }),
        };
    }
}

;// CONCATENATED MODULE: ./lib/src/canary/observer.js







/** Synthetic traffic stops by itself after this long when the step's hold is not given. */
const SYNTHETIC_SAFETY_STOP_MS = 24 * 60 * 60 * 1000;
function createCanaryObserver(clients, options) {
    const { clock, logger } = options;
    const memory = new MemoryCollector(clients, {
        clock,
        logger,
        queryTimeoutMs: options.memoryQueryTimeoutMs ?? Math.min(time/* MINUTE_MS */.k, Math.max(15_000, options.intervalMs)),
        invocationsBetween: (target, fromMs, untilMs) => metrics.invocationsBetween(target, fromMs, untilMs),
    });
    const metrics = new MetricsCollector(clients.cloudWatch, {
        logger,
        latency: options.latency ?? true,
        baselineHistory: options.baselineHistory ?? true,
        lambdaInsights: (target) => memory.source(target) === 'lambda-insights',
        memoryOf: (target, version) => memory.memoryOf(target, version),
        metrics: options.metrics ?? [],
    });
    const alarms = new AlarmsCollector(clients.cloudWatch, options.alarms, logger);
    const synthetic = options.synthetic === undefined
        ? undefined
        : new SyntheticCollector(clients.syntheticLambda ?? clients.lambda, options.synthetic, {
            clock,
            logger,
            concurrency: options.syntheticConcurrency,
        });
    // Order matters: memory first learns each version's source (prepare; Lambda Insights rides along
    // in the metrics call), and reads REPORT lines after the metrics say how many invocations to expect.
    const collectors = [metrics, memory, alarms, ...(synthetic ? [synthetic] : [])];
    let run;
    let consecutiveFailures = 0;
    const samplesOf = (target) => {
        const merged = {
            functionName: target.functionName,
            canary: [],
            baseline: target.baselineVersion === undefined ? undefined : [],
            synthetic: { invocations: 0, errors: 0 },
            alarmsInAlarm: [],
            memorySource: 'none',
            ...Object.assign({}, ...collectors.map((c) => c.samples(target))),
            consecutiveQueryFailures: consecutiveFailures,
        };
        const served = merged.canary.filter((m) => m.invocations > 0);
        const memoryUnknown = served.length > 0 && served.every((m) => m.memoryUtilization === undefined);
        return memoryUnknown ? { ...merged, memoryUnavailable: memory.unavailable(target) } : merged;
    };
    return {
        async beginStep(targets, stepStartMs, holdMs, observed) {
            const step = {
                index: observed?.index ?? run?.steps.length ?? 0,
                weight: observed?.weight,
                startMs: stepStartMs,
                untilMs: stepStartMs + (holdMs ?? SYNTHETIC_SAFETY_STOP_MS),
            };
            run = {
                targets,
                fromMs: run?.fromMs ?? (0,canary_minutes/* floorToMinute */.ei)(stepStartMs),
                steps: [...(run?.steps ?? []), step],
            };
            for (const collector of collectors)
                await collector.beginStep(run, step);
        },
        async observe(nowMs) {
            const current = run;
            if (current === undefined)
                return new Map();
            const failures = [];
            for (const collector of collectors)
                failures.push(...((await collector.prepare?.(current)) ?? []));
            for (const collector of collectors)
                failures.push(...(await collector.poll(current, nowMs)));
            if (failures.length === 0) {
                consecutiveFailures = 0;
            }
            else {
                consecutiveFailures += 1;
                logger.warning(`Canary poll failed (${consecutiveFailures} in a row); last good figures kept. ${failures.join('; ')}`);
            }
            return new Map(current.targets.map((target) => [target.functionName, samplesOf(target)]));
        },
        traffic() {
            const targets = run?.targets ?? [];
            return new Map(targets.map((target) => [
                target.functionName,
                {
                    ...metrics.traffic(target),
                    syntheticCalls: synthetic?.samples(target).synthetic?.invocations ?? 0,
                },
            ]));
        },
        async endStep() {
            await synthetic?.endStep();
        },
    };
}

// EXTERNAL MODULE: ./lib/src/engine/canary-plan.js
var canary_plan = __webpack_require__(8034);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./lib/src/stack/template-parse.js


/** Deeper than any real template; far below what the parser and the walkers over it can take. */
const MAX_TEMPLATE_DEPTH = 100;
/**
 * Every short-form tag CloudFormation accepts, with its long form's key: the intrinsic functions,
 * the condition functions, the AWS::LanguageExtensions functions and the rule functions.
 * `!Ref` and `!Condition` are not `Fn::` functions.
 */
const SHORT_FORMS = [
    ['!Ref', 'Ref'],
    ['!Condition', 'Condition'],
    ...[
        'Base64',
        'Cidr',
        'FindInMap',
        'GetAZs',
        'ImportValue',
        'Join',
        'Select',
        'Split',
        'Sub',
        'Transform',
        'And',
        'Equals',
        'If',
        'Not',
        'Or',
        'Length',
        'ToJsonString',
        'Contains',
        'EachMemberEquals',
        'EachMemberIn',
        'RefAll',
        'ValueOf',
        'ValueOfAll',
    ].map((name) => [`!${name}`, `Fn::${name}`]),
];
/** `!GetAtt Resource.Attribute` (the dotted scalar form) splits at the first dot only. */
function getAttScalar(value) {
    const dot = value.indexOf('.');
    return { 'Fn::GetAtt': dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
}
function tagsFor(tag, key, scalar) {
    const collection = (node) => ({
        [key]: node.toJSON(),
    });
    return [
        { tag, resolve: scalar },
        { tag, collection: 'seq', resolve: collection },
        { tag, collection: 'map', resolve: collection },
    ];
}
const CLOUDFORMATION_TAGS = [
    ...SHORT_FORMS.flatMap(([tag, key]) => tagsFor(tag, key, (value) => ({ [key]: value }))),
    ...tagsFor('!GetAtt', 'Fn::GetAtt', getAttScalar),
];
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A section (Resources, Parameters, Globals, ...) as a mapping; {} when absent or not a mapping. */
function section(object, key) {
    const value = isObject(object) ? object[key] : undefined;
    return isObject(value) ? value : {};
}
function invalid(message) {
    return new errors/* StackCanaryError */.Bt('TEMPLATE_INVALID', message);
}
const ACCEPTED_TEXT = 'Accepted: a YAML or JSON template in UTF-8.';
/** The first control character YAML does not allow (tab, line feed and carriage return are fine). */
function controlCharacterAt(body) {
    for (let i = 0; i < body.length; i++) {
        const code = body.charCodeAt(i);
        if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f)
            return i;
    }
    return -1;
}
function checkText(body, name) {
    const at = controlCharacterAt(body);
    if (at < 0)
        return;
    const code = body.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
    throw invalid(`${name} is not a text template: it has the control character U+${code} at offset ${at}. ${ACCEPTED_TEXT}`);
}
/** The first line of a parser message, without its context snippet, cut to a readable length. */
function parserMessage(message) {
    const line = message.split('\n')[0] ?? '';
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
function tooDeep(name, where) {
    return invalid(`${name} is nested more than ${MAX_TEMPLATE_DEPTH} levels deep${where}. Accepted: a template nested at most ${MAX_TEMPLATE_DEPTH} levels.`);
}
/** Throws when a value nests deeper than MAX_TEMPLATE_DEPTH (walked without recursion). */
function checkDepth(root, name) {
    const stack = [{ value: root, depth: 0, key: '', parent: undefined }];
    for (let entry = stack.pop(); entry; entry = stack.pop()) {
        if (entry.value === null || typeof entry.value !== 'object')
            continue;
        if (entry.depth >= MAX_TEMPLATE_DEPTH) {
            const keys = [];
            for (let e = entry; e?.parent; e = e.parent)
                keys.unshift(e.key);
            throw tooDeep(name, ` (at ${keys.slice(0, 4).join('/')}/…)`);
        }
        for (const [key, value] of Object.entries(entry.value)) {
            stack.push({ value, depth: entry.depth + 1, key, parent: entry });
        }
    }
}
function isStackOverflow(error) {
    return error instanceof RangeError || /Maximum call stack size exceeded/.test(String(error));
}
function parseBody(body, name) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(body, {
        customTags: CLOUDFORMATION_TAGS,
        uniqueKeys: true,
        logLevel: 'silent',
        lineCounter,
    });
    const [first] = doc.errors;
    if (first) {
        if (isStackOverflow(first.message))
            throw tooDeep(name, '');
        const json = body.trimStart().startsWith('{');
        throw invalid(`${name} is not valid ${json ? 'JSON' : 'YAML'}: ${parserMessage(first.message)}`);
    }
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            const { line, col } = lineCounter.linePos(node.range?.[0] ?? 0);
            throw invalid(`${name} uses the YAML alias *${node.source} (line ${line}, column ${col}): CloudFormation does not accept aliases. ` +
                'Accepted: the value written out in full, or a template expanded first (aws cloudformation package).');
        },
    });
    return doc.toJS();
}
/**
 * Parses a template body, YAML or JSON (JSON is read by the same parser, so a duplicate key is an
 * error there too). `name` starts every message: the input ("Input template") or the file.
 */
function parseTemplate(body, name = 'Input template') {
    checkText(body, name);
    let parsed;
    try {
        parsed = parseBody(body, name);
    }
    catch (error) {
        if (error instanceof errors/* StackCanaryError */.Bt)
            throw error;
        if (isStackOverflow(error))
            throw tooDeep(name, '');
        throw invalid(`${name} could not be read: ${parserMessage(String(error))}`);
    }
    if (!isObject(parsed)) {
        throw invalid(`${name} is not a CloudFormation template: its top level is not a mapping of sections (Resources, Parameters, ...).`);
    }
    checkDepth(parsed, name);
    return parsed;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/src/stack/template-source.js
/**
 * Where a template comes from: a local file, an https URL (an S3 URL is read with the S3 client), or
 * a body the action rendered itself. Every read is capped at MAX_TEMPLATE_BYTES while it streams
 * (never read whole, then measured) and must be UTF-8; a download never leaves https.
 */




/** CloudFormation's limit for a template (in S3; inline bodies are limited to 51,200 bytes). */
const MAX_TEMPLATE_BYTES = 1_000_000;
/** Redirects a download may follow (each one to https). */
const MAX_REDIRECTS = 5;
/** Bound on a whole download. */
const DOWNLOAD_TIMEOUT_MS = 30_000;
const ACCEPTED = 'Accepted: a path to a YAML or JSON template file, or an https URL.';
class TooLarge extends Error {
}
class NotUtf8 extends Error {
}
function fail(why) {
    return new errors/* ConfigError */.xL('template', `Input template: ${why}. ${ACCEPTED}`);
}
/**
 * How messages name a template: the input with where it is (a file relative to the working
 * directory; a URL without its query, which may hold a signature), or the rendered template's name.
 */
function templateLabel(source) {
    switch (source.kind) {
        case 'inline':
            return `Template ${source.name}`;
        case 'file': {
            const shown = (0,external_node_path_.relative)(process.cwd(), source.path);
            return `Input template ${shown === '' || shown.startsWith('..') || (0,external_node_path_.isAbsolute)(shown) ? source.path : shown}`;
        }
        case 'url':
            return `Input template ${redactUrl(source.url)}`;
    }
}
async function readTemplate(source, deps = {}) {
    switch (source.kind) {
        case 'inline':
            return source.body;
        case 'file':
            return readLocal(source.path, deps.openFile ?? ((p) => (0,external_node_fs_.createReadStream)(p)));
        case 'url':
            return readUrl(source.url, deps);
    }
}
/** The text of a byte stream, stopped as soon as it passes the cap. */
async function readCapped(chunks) {
    const parts = [];
    let bytes = 0;
    for await (const chunk of chunks) {
        bytes += chunk.byteLength;
        if (bytes > MAX_TEMPLATE_BYTES)
            throw new TooLarge();
        parts.push(chunk);
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(parts));
    }
    catch {
        throw new NotUtf8();
    }
}
/** The one-line reason for a failed read: over the cap, not UTF-8, or the error's own words. */
function why(error, describe) {
    if (error instanceof TooLarge)
        return `over ${MAX_TEMPLATE_BYTES} bytes, CloudFormation's limit for a template`;
    if (error instanceof NotUtf8)
        return 'not UTF-8 text (a binary file?)';
    return describe(error);
}
async function readLocal(path, open) {
    try {
        return await readCapped(open(path));
    }
    catch (error) {
        const code = error.code;
        const reason = why(error, () => code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (0,errors/* errorMessage */.gJ)(error));
        throw fail(`cannot read '${path}' (${reason})`);
    }
}
async function readUrl(url, deps) {
    const s3 = parseS3Url(url);
    if (s3 && deps.s3)
        return readS3(url, s3, deps.s3);
    const fetchImpl = deps.fetch ?? ((u, init) => fetch(u, init));
    const signal = AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS);
    let current = url;
    for (let redirects = 0;; redirects++) {
        const shown = redactUrl(current);
        let response;
        try {
            response = await fetchImpl(current, { redirect: 'manual', signal });
        }
        catch (error) {
            throw fail(`cannot download ${shown} (${(0,errors/* errorMessage */.gJ)(error)})`);
        }
        if (response.status >= 300 && response.status < 400) {
            current = nextLocation(shown, current, response, redirects);
            continue;
        }
        if (response.status < 200 || response.status >= 300) {
            throw fail(`downloading ${shown} answered HTTP ${response.status}`);
        }
        const length = Number(response.headers.get('content-length') ?? Number.NaN);
        if (length > MAX_TEMPLATE_BYTES)
            throw fail(`${shown} is ${length} bytes, over ${MAX_TEMPLATE_BYTES}, CloudFormation's limit for a template`);
        try {
            return await readCapped(response.body ?? []);
        }
        catch (error) {
            throw fail(`cannot download ${shown} (${why(error, errors/* errorMessage */.gJ)})`);
        }
    }
}
/** Where a redirect leads: only ever https, and only so many times. */
function nextLocation(shown, current, response, redirects) {
    const location = response.headers.get('location');
    if (location === null)
        throw fail(`downloading ${shown} answered HTTP ${response.status} without a Location`);
    if (redirects >= MAX_REDIRECTS)
        throw fail(`downloading ${shown} was redirected more than ${MAX_REDIRECTS} times`);
    const next = URL.canParse(location, current) ? new URL(location, current) : undefined;
    if (next?.protocol !== 'https:') {
        throw fail(`downloading ${shown} was redirected to ${next ? redactUrl(next.href) : 'an invalid URL'}, which is not https`);
    }
    return next.href;
}
async function readS3(url, s3, client) {
    const shown = redactUrl(url);
    try {
        // Loaded here, not at start-up: reading a local template must not load the SDK.
        const { GetObjectCommand } = await aws_sdk/* sdk */.x.s3();
        const object = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: s3.key }));
        if ((object.ContentLength ?? 0) > MAX_TEMPLATE_BYTES)
            throw new TooLarge();
        if (!object.Body)
            throw new Error('empty object');
        const body = object.Body;
        const chunks = body[Symbol.asyncIterator]
            ? body
            : body.transformToWebStream();
        return await readCapped(chunks);
    }
    catch (error) {
        throw fail(`cannot read ${shown} from S3 (${why(error, (e) => (0,errors/* awsErrorName */.ZH)(e) ?? (0,errors/* errorMessage */.gJ)(e))})`);
    }
}
/** The URL without its user info, query and fragment (a presigned URL's signature is a secret). */
function redactUrl(url) {
    const cut = url.search(/[?#]/);
    const shown = cut < 0 ? url : `${url.slice(0, cut)}${url[cut] ?? ''}…`;
    return shown.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, '$1…@');
}
/**
 * Bucket and key of an S3 https URL (virtual-hosted `bucket.s3[.-]region.amazonaws.com/key` or
 * path-style `s3[.-]region.amazonaws.com/bucket/key`); undefined for any other URL.
 */
function parseS3Url(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:')
        return undefined;
    const host = parsed.hostname;
    const path = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    const s3Host = /^s3([.-][a-z0-9-]+)?\.amazonaws\.com(\.cn)?$/;
    const virtual = /^(.+)\.s3([.-][a-z0-9-]+)?\.amazonaws\.com(\.cn)?$/.exec(host);
    if (virtual?.[1] && path)
        return { bucket: virtual[1], key: path };
    if (s3Host.test(host)) {
        const slash = path.indexOf('/');
        if (slash > 0 && slash < path.length - 1)
            return { bucket: path.slice(0, slash), key: path.slice(slash + 1) };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/src/stack/template-location.js
/**
 * How CloudFormation gets the template: inline (TemplateBody, up to 51,200 bytes), or by URL from
 * S3 (up to 1 MB): a template given as an S3 URL is passed as it is; a large one is uploaded first.
 */




/** CloudFormation's limit for a template passed inline (TemplateBody); larger ones go through S3. */
const MAX_TEMPLATE_BODY_BYTES = 51_200;
async function templateLocation(request, s3, logger) {
    const bytes = Buffer.byteLength(request.body, 'utf8');
    const source = request.source;
    if (source?.kind === 'url' && parseS3Url(source.url))
        return { TemplateURL: source.url };
    if (bytes <= MAX_TEMPLATE_BODY_BYTES)
        return { TemplateBody: request.body };
    if (bytes > MAX_TEMPLATE_BYTES) {
        throw new errors/* StackCanaryError */.Bt('TEMPLATE_INVALID', `Template for stack ${request.stackName} is ${bytes} bytes, over CloudFormation's limit of 1 MB for a template in S3.`);
    }
    if (!request.s3Bucket) {
        throw new errors/* ConfigError */.xL('s3-bucket', `Template for stack ${request.stackName} is ${bytes} bytes, over CloudFormation's 51,200-byte limit for an inline template: ` +
            'set input s3-bucket to a bucket in the stack’s region, and it is uploaded there first.');
    }
    const key = `${request.s3Prefix ?? 'stack-canary'}/${request.stackName}/${(0,external_node_crypto_.createHash)('sha256').update(request.body).digest('hex').slice(0, 16)}.template`;
    const { PutObjectCommand } = await aws_sdk/* sdk */.x.s3();
    await s3.send(new PutObjectCommand({ Bucket: request.s3Bucket, Key: key, Body: request.body }));
    const region = await s3.config.region();
    const domain = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
    const url = `https://${request.s3Bucket}.s3.${region}.${domain}/${key}`;
    logger.info(`Template is ${bytes} bytes (over 51,200): uploaded to s3://${request.s3Bucket}/${key}`);
    return { TemplateURL: url };
}

;// CONCATENATED MODULE: ./lib/src/monitoring/for-each.js
/**
 * Client-side expansion of `Fn::ForEach` (the AWS::LanguageExtensions transform), so the monitoring
 * template, written with loops, deploys as a plain template: no transform to run and no
 * CAPABILITY_AUTO_EXPAND to grant, the quotas on resources and outputs checked before any AWS
 * call, and the deployed stack shows exactly what was rendered.
 *
 * Semantics follow CloudFormation's: in the Resources, Outputs and Conditions sections (and inside
 * resource properties), `Fn::ForEach::Name: [Identifier, Collection, {OutputKey: OutputValue}]`
 * repeats the fragment for each item of the collection, with `${Identifier}` replaced by the item
 * and `&{Identifier}` by the item without its non-alphanumeric characters, in keys and in every
 * string, and `{Ref: Identifier}` replaced by the item. Loops nest. A collection is a literal list
 * or a `Ref` to a list parameter whose value the caller provides (such parameters are then dropped
 * and every other `Ref` to them becomes the literal list). An `Fn::Sub` with nothing left to
 * substitute becomes its plain string, so `{Ref: {'Fn::Sub': '&{Id}Name'}}` names a resource.
 * Other language extensions (Fn::Length, Fn::ToJsonString, ...) are not supported: they are
 * reported, never left half-done.
 */


const LOOP_PREFIX = 'Fn::ForEach::';
const LOOP_SECTIONS = ['Conditions', 'Resources', 'Outputs'];
const UNSUPPORTED = ['Fn::Length', 'Fn::ToJsonString'];
function for_each_fail(message) {
    throw new errors/* StackCanaryError */.Bt('TEMPLATE_INVALID', message);
}
const alphanumeric = (value) => value.replace(/[^0-9a-zA-Z]/g, '');
function substituteString(text, identifier, item) {
    return text.split(`\${${identifier}}`).join(item).split(`&{${identifier}}`).join(alphanumeric(item));
}
function substitute(value, identifier, item) {
    if (typeof value === 'string')
        return substituteString(value, identifier, item);
    if (Array.isArray(value))
        return value.map((v) => substitute(v, identifier, item));
    if (isObject(value)) {
        const keys = Object.keys(value);
        if (keys.length === 1 && keys[0] === 'Ref' && value['Ref'] === identifier)
            return item;
        const out = {};
        for (const [key, v] of Object.entries(value))
            out[substituteString(key, identifier, item)] = substitute(v, identifier, item);
        return out;
    }
    return value;
}
function resolveCollection(loop, collection, collections) {
    if (Array.isArray(collection)) {
        return collection.map((item) => typeof item === 'string'
            ? item
            : for_each_fail(`${loop}: collection items must be strings, got ${JSON.stringify(item)}.`));
    }
    if (isObject(collection) && typeof collection['Ref'] === 'string' && Object.keys(collection).length === 1) {
        const name = collection['Ref'];
        return Object.hasOwn(collections, name)
            ? collections[name]
            : for_each_fail(`${loop}: no values given for the collection parameter ${name}.`);
    }
    return for_each_fail(`${loop}: the collection must be a list or a Ref to a list parameter, got ${JSON.stringify(collection)}.`);
}
function expandLoop(loop, spec, collections) {
    if (!Array.isArray(spec) || spec.length !== 3)
        for_each_fail(`${loop} must be [Identifier, Collection, Fragment].`);
    const [identifier, collection, fragment] = spec;
    if (typeof identifier !== 'string' || !/^[A-Za-z0-9]+$/.test(identifier)) {
        for_each_fail(`${loop}: the identifier must be an alphanumeric string, got ${JSON.stringify(identifier)}.`);
    }
    if (!isObject(fragment))
        for_each_fail(`${loop}: the fragment must be a mapping of output keys.`);
    const out = {};
    for (const item of resolveCollection(loop, collection, collections)) {
        const expanded = expandValue(substitute(fragment, identifier, item), collections);
        mergeInto(out, expanded, loop);
    }
    return out;
}
function mergeInto(target, source, where) {
    for (const [key, value] of Object.entries(source)) {
        if (key in target)
            for_each_fail(`${where} produces the key ${key} twice.`);
        target[key] = value;
    }
}
function expandValue(value, collections) {
    if (Array.isArray(value))
        return value.map((v) => expandValue(v, collections));
    if (!isObject(value))
        return value;
    const out = {};
    for (const [key, v] of Object.entries(value)) {
        if (key.startsWith(LOOP_PREFIX))
            mergeInto(out, expandLoop(key, v, collections), key);
        else if (key in out)
            for_each_fail(`The key ${key} is produced twice (a loop output clashes with it).`);
        else
            out[key] = expandValue(v, collections);
    }
    return out;
}
/**
 * What a loop leaves behind: `{'Fn::Sub': 'text'}` with nothing left to substitute becomes the
 * plain string, which also turns `{Ref: {'Fn::Sub': 'Name'}}` into `{Ref: 'Name'}` (and the same
 * for the Fn::GetAtt target), as the transform does.
 */
function collapseSubs(value) {
    if (Array.isArray(value))
        return value.map(collapseSubs);
    if (!isObject(value))
        return value;
    const sub = value['Fn::Sub'];
    if (Object.keys(value).length === 1 && typeof sub === 'string' && !sub.includes('${'))
        return sub;
    const out = {};
    for (const [key, v] of Object.entries(value))
        out[key] = collapseSubs(v);
    return out;
}
function replaceRefs(value, collections) {
    if (Array.isArray(value))
        return value.map((v) => replaceRefs(v, collections));
    if (!isObject(value))
        return value;
    const ref = value['Ref'];
    if (typeof ref === 'string' && Object.keys(value).length === 1 && Object.hasOwn(collections, ref)) {
        return [...collections[ref]];
    }
    const out = {};
    for (const [key, v] of Object.entries(value))
        out[key] = replaceRefs(v, collections);
    return out;
}
function findKeys(value, test, path = '') {
    if (Array.isArray(value))
        return value.flatMap((v, i) => findKeys(v, test, `${path}/${i}`));
    if (!isObject(value))
        return [];
    return Object.entries(value).flatMap(([key, v]) => [
        ...(test(key) ? [`${path}/${key}`] : []),
        ...findKeys(v, test, `${path}/${key}`),
    ]);
}
/**
 * The template with every Fn::ForEach expanded, the collection parameters dropped and the
 * AWS::LanguageExtensions transform removed. Pure: the input is not modified.
 */
function expandForEach(template, collections) {
    const out = {};
    for (const [section, value] of Object.entries(template)) {
        const loopSection = LOOP_SECTIONS.includes(section);
        out[section] = loopSection ? collapseSubs(expandValue(value, collections)) : value;
    }
    const misplaced = findKeys(out, (key) => key.startsWith(LOOP_PREFIX));
    if (misplaced.length)
        for_each_fail(`Fn::ForEach is only expanded in ${LOOP_SECTIONS.join(', ')}: found at ${misplaced.join(', ')}.`);
    const unsupported = findKeys(out, (key) => UNSUPPORTED.includes(key));
    if (unsupported.length)
        for_each_fail(`Language extensions other than Fn::ForEach are not expanded: ${unsupported.join(', ')}.`);
    const parameters = isObject(out['Parameters']) ? { ...out['Parameters'] } : undefined;
    if (parameters) {
        for (const name of Object.keys(collections))
            delete parameters[name];
        out['Parameters'] = parameters;
    }
    for (const section of LOOP_SECTIONS) {
        if (out[section] !== undefined)
            out[section] = replaceRefs(out[section], collections);
    }
    const transform = out['Transform'];
    const transforms = transform === undefined ? [] : Array.isArray(transform) ? transform : [transform];
    const remaining = transforms.filter((t) => t !== 'AWS::LanguageExtensions');
    if (remaining.length === 0)
        delete out['Transform'];
    else
        out['Transform'] = remaining.length === 1 ? remaining[0] : remaining;
    return out;
}

;// CONCATENATED MODULE: ./lib/src/monitoring/template.js
/**
 * Renders templates/monitoring.yaml for the watched functions: expands its Fn::ForEach loops
 * (see for-each.ts), checks every parameter value against the template's own constraints before
 * any AWS call, and returns the body (JSON) with its parameters, ready for a TemplateSource of
 * kind 'inline'.
 *
 * The template is read at run time from the repository's templates/, found relative to this
 * module: src/monitoring/ (sources, tests) and dist/<entry>/ (the bundled action and CLI) sit two
 * levels below the root, lib/src/monitoring/ (tsc output, benchmarks) three.
 */






/**
 * Where templates/monitoring.yaml may be. The relative paths are built at run time on purpose:
 * given a string literal, `new URL(path, import.meta.url)` makes the bundler (ncc, i.e. webpack)
 * replace the file with an asset stub; built like this, import.meta.url stays the bundle's own
 * location.
 */
function monitoringTemplateCandidates() {
    return [2, 3].map((levels) => (0,external_node_url_.fileURLToPath)(new URL([...Array(levels).fill('..'), 'templates', 'monitoring.yaml'].join('/'), import.meta.url)));
}
/** CloudFormation's quotas on the rendered template. */
const MAX_RESOURCES = 500;
const MAX_OUTPUTS = 200;
/** Which input each parameter comes from, for error messages. */
const PARAMETER_INPUTS = {
    Alias: 'alias',
    ErrorRateThresholdPercent: 'max-error-rate',
    MemoryThresholdPercent: 'max-memory-utilization',
    P99DurationThresholdMs: 'max-p99-duration',
    LatencyAnomalyAlarm: 'latency-anomaly-alarm',
    ThrottlesThreshold: 'max-throttles',
    NotificationEmail: 'notification-email',
    ExistingTopicArn: 'notification-topic-arn',
    GuardEnabled: 'guard',
    GuardRollback: 'guard-rollback',
    AutoScalingGroupName: 'guard-auto-scaling-group',
    GuardBakeMinutes: 'guard-bake',
    GuardCodeBucket: 's3-bucket',
};
let cachedTemplate;
/** The text of templates/monitoring.yaml (read once). */
function loadMonitoringTemplate() {
    if (cachedTemplate === undefined) {
        const candidates = monitoringTemplateCandidates();
        const path = candidates.find((candidate) => (0,external_node_fs_.existsSync)(candidate));
        if (path === undefined) {
            throw new errors/* StackCanaryError */.Bt('INTERNAL', `The monitoring template is missing: templates/ must sit beside dist/ (looked for ${candidates.join(', ')}).`);
        }
        cachedTemplate = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    return cachedTemplate;
}
/** A number as CloudFormation gets it: no float noise (0.1 * 100 → "10", not "10.000000000000002"). */
function formatNumber(value) {
    return String(Number(value.toFixed(6)));
}
function checkFunctions(functions) {
    if (functions.length === 0) {
        throw new errors/* ConfigError */.xL('functions', 'The monitoring stack needs at least one function to watch; none was found.');
    }
    const byLogicalId = new Map();
    for (const { name } of functions) {
        if (!/^[A-Za-z0-9_-]{1,64}$/.test(name)) {
            throw new errors/* ConfigError */.xL('functions', `Function name "${name}" cannot be watched: the monitoring stack takes function names (1-64 letters, digits, - and _), not ARNs or logical ids.`);
        }
        const logicalId = name.replace(/[^0-9a-zA-Z]/g, '');
        const other = byLogicalId.get(logicalId);
        if (other !== undefined) {
            throw new errors/* ConfigError */.xL('functions', other === name
                ? `Function "${name}" is listed twice.`
                : `Functions "${other}" and "${name}" would share CloudFormation logical ids (${logicalId}...): watch them from separate stacks.`);
        }
        byLogicalId.set(logicalId, name);
    }
}
function parameterValues(options) {
    const { thresholds, guard } = options;
    const values = {
        Alias: options.alias,
        ErrorRateThresholdPercent: formatNumber(thresholds.maxErrorRate * 100),
        MemoryThresholdPercent: formatNumber(thresholds.maxMemoryUtilization * 100),
        P99DurationThresholdMs: formatNumber(thresholds.maxP99DurationMs ?? 0),
        ThrottlesThreshold: formatNumber(thresholds.maxThrottles),
        NotificationEmail: options.notificationEmail ?? '',
        ExistingTopicArn: options.existingTopicArn ?? '',
        GuardEnabled: String(guard?.enabled ?? true),
        LatencyAnomalyAlarm: String(options.latencyAnomalyAlarm ?? false),
    };
    if (guard?.rollback !== undefined)
        values['GuardRollback'] = String(guard.rollback);
    if (guard?.autoScalingGroupName !== undefined)
        values['AutoScalingGroupName'] = guard.autoScalingGroupName;
    if (guard?.bakeMinutes !== undefined)
        values['GuardBakeMinutes'] = formatNumber(guard.bakeMinutes);
    if (options.guardCode !== undefined) {
        values['GuardCodeBucket'] = options.guardCode.bucket;
        values['GuardCodeKey'] = options.guardCode.key;
    }
    return values;
}
/** Checks a value against the parameter's declaration (what CloudFormation would reject later). */
function checkParameter(key, value, declaration) {
    const input = PARAMETER_INPUTS[key] ?? key;
    const reject = (accepted) => {
        throw new errors/* ConfigError */.xL(input, `Input ${input} has the value "${value}", which the monitoring stack does not accept. Accepted: ${accepted}.`);
    };
    if (!declaration)
        throw new errors/* StackCanaryError */.Bt('INTERNAL', `templates/monitoring.yaml declares no parameter ${key}.`);
    const { Type, AllowedValues, AllowedPattern, MinValue, MaxValue, MaxLength } = declaration;
    if (Array.isArray(AllowedValues) && !AllowedValues.map(String).includes(value))
        reject(AllowedValues.map(String).join(', '));
    if (typeof AllowedPattern === 'string' && !new RegExp(`^(?:${AllowedPattern})$`).test(value))
        reject(`a value matching ${AllowedPattern}`);
    if (typeof MaxLength === 'number' && value.length > MaxLength)
        reject(`at most ${MaxLength} characters`);
    if (Type === 'Number') {
        const number = Number(value);
        const range = `a number${typeof MinValue === 'number' ? ` from ${MinValue}` : ''}${typeof MaxValue === 'number' ? ` up to ${MaxValue}` : ''}`;
        if (value.trim() === '' || !Number.isFinite(number))
            reject(range);
        if (typeof MinValue === 'number' && number < MinValue)
            reject(range);
        if (typeof MaxValue === 'number' && number > MaxValue)
            reject(range);
    }
}
/**
 * The monitoring template for these functions, with its parameters. Pure apart from reading the
 * template file once (pass `templateText` to render another copy). Throws ConfigError (naming the
 * input) for values the stack would reject, before anything is deployed.
 */
function renderMonitoringTemplate(options, templateText) {
    checkFunctions(options.functions);
    const template = parseTemplate(templateText ?? loadMonitoringTemplate(), 'templates/monitoring.yaml');
    const declared = isObject(template['Parameters']) ? template['Parameters'] : {};
    const values = parameterValues(options);
    for (const [key, value] of Object.entries(values)) {
        const declaration = declared[key];
        checkParameter(key, value, isObject(declaration) ? declaration : undefined);
    }
    const reportLogFunctions = options.functions.filter((f) => !f.hasLambdaInsights && f.logGroupExists !== false);
    const warnings = options.functions
        .filter((f) => !f.hasLambdaInsights && f.logGroupExists === false)
        .map((f) => `${f.name}: its memory alarm has no data yet: the log group /aws/lambda/${f.name} does not exist (never invoked?), so the REPORT-line metric filters are added on the next deploy.`);
    const expanded = expandForEach(template, {
        FunctionNames: options.functions.map((f) => f.name),
        ReportLogFunctionNames: reportLogFunctions.map((f) => f.name),
    });
    const count = (section) => {
        const value = expanded[section];
        return isObject(value) ? Object.keys(value).length : 0;
    };
    if (count('Resources') > MAX_RESOURCES || count('Outputs') > MAX_OUTPUTS) {
        throw new errors/* ConfigError */.xL('functions', `Watching ${options.functions.length} functions needs ${count('Resources')} resources and ${count('Outputs')} outputs in the monitoring stack; CloudFormation allows ${MAX_RESOURCES} and ${MAX_OUTPUTS}. Watch fewer functions per stack.`);
    }
    const body = JSON.stringify(expanded);
    const bytes = Buffer.byteLength(body);
    if (bytes > MAX_TEMPLATE_BODY_BYTES) {
        warnings.push(`The monitoring template for ${options.functions.length} functions is ${bytes} bytes, over the ${MAX_TEMPLATE_BODY_BYTES} CloudFormation takes inline: it deploys only through S3 (set s3-bucket).`);
    }
    return { body, parameters: Object.entries(values).map(([key, value]) => ({ key, value })), warnings };
}

// EXTERNAL MODULE: ./lib/src/monitoring/outputs.js + 1 modules
var monitoring_outputs = __webpack_require__(6883);
;// CONCATENATED MODULE: ./lib/src/monitoring/index.js



;// CONCATENATED MODULE: ./lib/src/monitoring/guard-code.js
/**
 * The guard's code for the monitoring stack: dist/guard/code.zip (the bundle of src/guard/, built
 * by scripts/build.mjs), uploaded to S3 under a key named by its content hash, so an unchanged
 * guard is not uploaded again and a changed one updates the function. Inline code (ZipFile) is not
 * an option: CloudFormation writes it as index.js, which Lambda loads as CommonJS, and the bundle
 * (about 47 KB) would push the template past the 51,200 bytes a TemplateBody may have.
 *
 * The key is `<s3-prefix>/guard/<hash>.zip`, under the same prefix as the app's uploaded templates
 * (`stack-canary` when s3-prefix is not given). The bucket is the s3-bucket input's when given; otherwise one stack-canary manages per account
 * and region, `stack-canary-<account>-<region>` (as SAM's managed bucket), created on first use
 * with public access blocked and default encryption, and checked to belong to this account.
 */





/**
 * Where dist/guard/code.zip may be, from this module: dist/bundle/ (the bundled action and CLI),
 * src/monitoring/ (sources, tests), lib/src/monitoring/ (tsc output). Built at run time so that
 * the bundler leaves the file alone (see monitoringTemplateCandidates).
 */
function guardCodeCandidates() {
    const up = (levels, path) => (0,external_node_url_.fileURLToPath)(new URL([...Array(levels).fill('..'), ...path].join('/'), import.meta.url));
    return [
        up(1, ['guard', 'code.zip']),
        up(2, ['dist', 'guard', 'code.zip']),
        up(3, ['dist', 'guard', 'code.zip']),
    ];
}
function readGuardCode() {
    const candidates = guardCodeCandidates();
    const path = candidates.find((candidate) => (0,external_node_fs_.existsSync)(candidate));
    if (path === undefined) {
        throw new errors/* StackCanaryError */.Bt('INTERNAL', `The guard's code is missing: dist/guard/code.zip must sit beside the bundle (looked for ${candidates.join(', ')}); run npm run build.`);
    }
    return (0,external_node_fs_.readFileSync)(path);
}
/** `stack-canary-<account>-<region>`: the bucket stack-canary manages when s3-bucket is not given. */
function managedBucketName(account, region) {
    return `stack-canary-${account}-${region}`;
}
/** The account a watched function lives in, from its ARN (the action reads its configuration anyway). */
async function accountOf(lambda, functionName) {
    const { GetFunctionConfigurationCommand } = await aws_sdk/* sdk */.x.lambda();
    const answer = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: functionName }));
    const account = answer.FunctionArn?.split(':')[4];
    if (!account || !/^\d{12}$/.test(account)) {
        throw new errors/* StackCanaryError */.Bt('AWS_ERROR', `Lambda returned ${functionName} without an account in its ARN.`);
    }
    return account;
}
const missing = (error) => ['NotFound', 'NoSuchBucket', 'NoSuchKey'].includes((0,errors/* awsErrorName */.ZH)(error) ?? '') ||
    error.$metadata?.httpStatusCode === 404;
async function ensureManagedBucket(s3, bucket, account, logger) {
    const s3sdk = await aws_sdk/* sdk */.x.s3();
    try {
        await s3.send(new s3sdk.HeadBucketCommand({ Bucket: bucket, ExpectedBucketOwner: account }));
        return;
    }
    catch (error) {
        if (!missing(error)) {
            throw new errors/* ConfigError */.xL('s3-bucket', `Bucket ${bucket} for the guard's code cannot be used (${(0,errors/* awsErrorName */.ZH)(error) ?? 'error'}: it may belong to another account). Accepted: set s3-bucket to a bucket of yours in this region.`);
        }
    }
    const region = await s3.config.region();
    await s3.send(new s3sdk.CreateBucketCommand({
        Bucket: bucket,
        ...(region === 'us-east-1'
            ? {}
            : { CreateBucketConfiguration: { LocationConstraint: region } }),
    }));
    await s3.send(new s3sdk.PutPublicAccessBlockCommand({
        Bucket: bucket,
        PublicAccessBlockConfiguration: {
            BlockPublicAcls: true,
            IgnorePublicAcls: true,
            BlockPublicPolicy: true,
            RestrictPublicBuckets: true,
        },
    }));
    await s3.send(new s3sdk.PutBucketEncryptionCommand({
        Bucket: bucket,
        ServerSideEncryptionConfiguration: {
            Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
    }));
    logger.info(`Created bucket ${bucket} for the guard's code (public access blocked, encrypted).`);
}
/** Uploads the guard's code unless that very zip is there already; returns where it is. */
async function stageGuardCode(clients, request, logger) {
    const code = request.code ?? readGuardCode();
    const key = `${request.s3Prefix ?? 'stack-canary'}/guard/${(0,external_node_crypto_.createHash)('sha256').update(code).digest('hex').slice(0, 16)}.zip`;
    let bucket = request.s3Bucket;
    if (bucket === undefined) {
        const account = await accountOf(clients.lambda, request.functionName);
        bucket = managedBucketName(account, await clients.s3.config.region());
        await ensureManagedBucket(clients.s3, bucket, account, logger);
    }
    const { HeadObjectCommand, PutObjectCommand } = await aws_sdk/* sdk */.x.s3();
    try {
        await clients.s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        logger.debug(`The guard's code is already at s3://${bucket}/${key}.`);
    }
    catch (error) {
        if (!missing(error))
            throw error;
        await clients.s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: code, ContentType: 'application/zip' }));
        logger.info(`Uploaded the guard's code (${code.length} bytes) to s3://${bucket}/${key}.`);
    }
    return { bucket, key };
}

;// CONCATENATED MODULE: ./lib/src/stack/types.js
/** The resource types that are Lambda functions (a SAM function becomes an AWS::Lambda::Function). */
const FUNCTION_RESOURCE_TYPES = ['AWS::Lambda::Function', 'AWS::Serverless::Function'];

;// CONCATENATED MODULE: ./lib/src/stack/analyze.js
/**
 * Template analysis, pure: which Lambda functions a template declares (the default set of watched
 * functions), which aliases the template itself manages on them, whether it is a SAM template,
 * which parameters it declares NoEcho (their values must never be shown).
 */



const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';
const FUNCTION_TYPES = FUNCTION_RESOURCE_TYPES;
/** `name` starts any error message: the input ("Input template") or the file. */
function analyzeTemplate(body, name) {
    return analyzeParsed(parseTemplate(body, name));
}
function analyzeParsed(template) {
    const resources = section(template, 'Resources');
    if (Object.keys(resources).length === 0) {
        throw new errors/* StackCanaryError */.Bt('TEMPLATE_INVALID', 'Template has no Resources: CloudFormation needs at least one.');
    }
    const parameters = section(template, 'Parameters');
    const globalAlias = section(section(template, 'Globals'), 'Function')['AutoPublishAlias'];
    const aliases = new Map();
    const functionIds = Object.keys(resources).filter((id) => FUNCTION_TYPES.includes(typeOf(resources[id])));
    for (const resource of Object.values(resources)) {
        if (typeOf(resource) !== 'AWS::Lambda::Alias')
            continue;
        const props = section(resource, 'Properties');
        const name = literal(props['Name'], parameters);
        if (name === undefined)
            continue;
        for (const target of referencedFunctions(props['FunctionName'], functionIds, resources)) {
            aliases.set(target, [...(aliases.get(target) ?? []), name]);
        }
    }
    const functions = functionIds.map((logicalId) => {
        const resource = resources[logicalId];
        const type = typeOf(resource);
        const declared = [...(aliases.get(logicalId) ?? [])];
        if (type === 'AWS::Serverless::Function') {
            const own = section(resource, 'Properties')['AutoPublishAlias'];
            const samAlias = literal(own ?? globalAlias, parameters);
            if (samAlias !== undefined)
                declared.push(samAlias);
        }
        return { logicalId, type, declaredAliases: [...new Set(declared)] };
    });
    return { isSam: isSamTemplate(template), functions, parameterNames: Object.keys(parameters) };
}
/**
 * Stops a run whose template manages the very alias the canary shifts: deploying it would point
 * the alias at the new version for all traffic at once, before the canary had a say.
 * An empty `watchedLogicalIds` means every function in the template (the default watched set).
 */
function assertAliasNotManaged(analysis, alias, watchedLogicalIds) {
    const watched = (f) => watchedLogicalIds.length === 0 || watchedLogicalIds.includes(f.logicalId);
    const clashes = analysis.functions.filter((f) => watched(f) && f.declaredAliases.includes(alias));
    if (clashes.length === 0)
        return;
    const ids = clashes.map((f) => f.logicalId).join(', ');
    throw new errors/* StackCanaryError */.Bt('TEMPLATE_INVALID', `The template itself manages alias '${alias}' on ${ids} (an AWS::Lambda::Alias or a SAM AutoPublishAlias). ` +
        `The stack update would move all of that alias's traffic to the new version at once and defeat the canary. ` +
        `Remove that alias from the template (stack-canary creates and shifts it), or set input alias to a name the template does not use.`);
}
function isSamTemplate(template) {
    const transform = template['Transform'];
    const names = Array.isArray(transform) ? transform : [transform];
    return names.some((t) => t === SAM_TRANSFORM || (isObject(t) && t['Name'] === SAM_TRANSFORM));
}
/**
 * The names of the parameters a template declares NoEcho (`NoEcho: true`, or the string "true" in
 * any case), from its body or its parsed form: their values are secrets, masked wherever a value
 * could be shown, and DescribeStacks shows them as asterisks.
 */
function noEchoParameterNames(template) {
    const parameters = section(typeof template === 'string' ? parseTemplate(template) : template, 'Parameters');
    return Object.keys(parameters).filter((k) => String(section(parameters, k)['NoEcho']).toLowerCase() === 'true');
}
function typeOf(resource) {
    return isObject(resource) && typeof resource['Type'] === 'string' ? resource['Type'] : '';
}
/** A literal string, or a `!Ref` to a parameter with a string default; undefined otherwise. */
function literal(value, parameters) {
    if (typeof value === 'string')
        return value;
    if (isObject(value) && typeof value['Ref'] === 'string') {
        const fallback = section(parameters, value['Ref'])['Default'];
        return typeof fallback === 'string' ? fallback : undefined;
    }
    return undefined;
}
/**
 * The functions an alias's FunctionName points at: logical ids reached through Ref, GetAtt or a
 * Sub placeholder anywhere in the expression, or a literal equal to a function's FunctionName.
 */
function referencedFunctions(expression, functionIds, resources) {
    const found = new Set();
    const visit = (node) => {
        if (typeof node === 'string') {
            for (const id of functionIds) {
                if (section(resources[id], 'Properties')['FunctionName'] === node)
                    found.add(id);
            }
            return;
        }
        if (Array.isArray(node)) {
            node.forEach(visit);
            return;
        }
        if (!isObject(node))
            return;
        for (const [key, value] of Object.entries(node)) {
            if (key === 'Ref' && typeof value === 'string')
                found.add(value);
            else if (key === 'Fn::GetAtt') {
                const target = Array.isArray(value)
                    ? value[0]
                    : typeof value === 'string'
                        ? value.split('.')[0]
                        : undefined;
                if (typeof target === 'string')
                    found.add(target);
            }
            else if (key === 'Fn::Sub') {
                const text = Array.isArray(value) ? value[0] : value;
                if (typeof text === 'string') {
                    for (const match of text.matchAll(/\$\{([A-Za-z0-9]+)(?:\.[^}]*)?\}/g))
                        found.add(match[1] ?? '');
                }
                if (Array.isArray(value))
                    visit(value[1]);
            }
            else
                visit(value);
        }
    };
    visit(expression);
    return [...found].filter((id) => functionIds.includes(id));
}

;// CONCATENATED MODULE: ./lib/src/stack/change-table.js
const HEADINGS = {
    action: 'Action',
    logicalId: 'Logical ID',
    resourceType: 'Type',
    replacement: 'Replacement',
};
function renderChangeTable(rows) {
    if (rows.length === 0)
        return '(no resource changes)';
    const all = [HEADINGS, ...rows];
    const width = (key) => Math.max(...all.map((r) => r[key].length));
    const keys = ['action', 'logicalId', 'resourceType', 'replacement'];
    const widths = keys.map(width);
    const line = (row) => keys
        .map((k, i) => row[k].padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd();
    const rule = widths.map((w) => '-'.repeat(w)).join('  ');
    return [line(HEADINGS), rule, ...rows.map(line)].join('\n');
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var client_cloudformation_dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./lib/src/stack/describe.js
var describe = __webpack_require__(6116);
;// CONCATENATED MODULE: ./lib/src/stack/wait-stack.js



const POLL = {
    initialDelayMs: 1_000,
    factor: 1.5,
    maxDelayMs: 30_000,
    progressDelayMs: 2_000,
};
function operationContext(cfn, deps, timeoutMs) {
    return { cfn, logger: deps.logger, clock: deps.clock, deadline: deps.clock.now() + timeoutMs, timeoutMs };
}
/**
 * Polls `probe` on the stack schedule until the operation's deadline. A timeout becomes one that
 * names the whole bound and `what`, then `detail()` (read when it fires).
 */
async function waitWithinDeadline(ctx, what, probe, detail = () => '.') {
    try {
        return await (0,wait/* waitFor */.f)(probe, {
            ...POLL,
            clock: ctx.clock,
            description: what,
            timeoutMs: Math.max(0, ctx.deadline - ctx.clock.now()),
        });
    }
    catch (error) {
        if (error instanceof errors/* TimeoutError */.MU) {
            throw new errors/* TimeoutError */.MU(`Timed out after ${(0,wait/* formatDuration */.a)(ctx.timeoutMs)} waiting for ${what}${detail()}`);
        }
        throw error;
    }
}
/** Any settled state, REVIEW_IN_PROGRESS included. */
const notInProgress = (status) => !status.endsWith('_IN_PROGRESS');
/**
 * Waits until the stack (by id, so a deleted stack still answers) is settled, streaming its events.
 * Returns the final state; `exists: false` when the stack is gone (deleted).
 */
async function waitForStack(ctx, stackId, what, options = {}) {
    const settled = options.settled ?? notInProgress;
    let last = 'unknown';
    return waitWithinDeadline(ctx, what, async () => {
        const state = await (0,describe/* describeStack */.GO)(ctx.cfn, stackId);
        const fresh = options.events ? await options.events.poll() : 0;
        if (!state.exists)
            return { done: true, value: state };
        if (state.status !== last)
            ctx.logger.debug(`${what}: ${state.status}`);
        last = state.status;
        if (settled(state.status))
            return { done: true, value: state };
        return { done: false, progressed: fresh > 0 };
    }, () => ` (last status ${last}). CloudFormation carries on with the operation: follow it in the stack events.`);
}

;// CONCATENATED MODULE: ./lib/src/stack/change-set.js



/**
 * CloudFormation reports "nothing to change" only as a FAILED change set whose StatusReason says
 * so: this and "stack does not exist" are the two answers the API gives only as text. The match is
 * kept to the two phrasings AWS uses for it.
 */
function isEmptyChangeSetReason(reason) {
    return /didn't contain changes|No updates are to be performed/.test(reason ?? '');
}
/**
 * Creates the change set. CloudFormation may also refuse an identical update outright, with a
 * ValidationError saying "No updates are to be performed" (UpdateStack's wording for the same
 * answer); that is the same no-op, not a failure.
 */
async function createChangeSet(cfn, input) {
    try {
        const answer = await cfn.send(new client_cloudformation_dist_cjs.CreateChangeSetCommand(input));
        return {
            changeSetId: answer.Id ?? input.ChangeSetName ?? '',
            stackId: answer.StackId ?? input.StackName ?? '',
        };
    }
    catch (error) {
        if ((0,errors/* awsErrorName */.ZH)(error) === 'ValidationError' && isEmptyChangeSetReason((0,errors/* errorMessage */.gJ)(error))) {
            return { empty: (0,errors/* errorMessage */.gJ)(error) };
        }
        const taken = (0,errors/* awsErrorName */.ZH)(error) === 'AlreadyExistsException'
            ? ` (delete change set ${input.ChangeSetName ?? ''} first, or give another change-set-name)`
            : '';
        throw new errors/* StackCanaryError */.Bt('CHANGE_SET_FAILED', `CloudFormation refused the ${input.ChangeSetType} change set for stack ${input.StackName}: ${(0,errors/* errorMessage */.gJ)(error)}${taken}`, { cause: error });
    }
}
/** Waits for the change set to be worked out; reads all of its changes (paginated) when ready. */
async function waitForChangeSet(ctx, changeSetId, 
/** Needed when changeSetId is a name rather than an ARN. */
stackName) {
    const what = 'the change set to be ready';
    const named = stackName === undefined ? {} : { StackName: stackName };
    const last = await waitWithinDeadline(ctx, what, async () => {
        const answer = await ctx.cfn.send(new client_cloudformation_dist_cjs.DescribeChangeSetCommand({ ChangeSetName: changeSetId, ...named, IncludePropertyValues: true }));
        const status = answer.Status ?? '';
        return status === 'CREATE_PENDING' || status === 'CREATE_IN_PROGRESS'
            ? { done: false }
            : { done: true, value: answer };
    });
    const describe = (changes = []) => ({
        stackName: last.StackName ?? '',
        id: last.ChangeSetId ?? changeSetId,
        name: last.ChangeSetName ?? '',
        status: last.Status,
        executionStatus: last.ExecutionStatus,
        creationTime: last.CreationTime?.toISOString(),
        changes,
    });
    if (last.Status === 'FAILED') {
        const reason = last.StatusReason ?? 'no reason given';
        const kind = isEmptyChangeSetReason(reason) ? 'empty' : 'failed';
        return { kind, reason, description: describe() };
    }
    if (last.Status !== 'CREATE_COMPLETE' || (last.ExecutionStatus && last.ExecutionStatus !== 'AVAILABLE')) {
        return {
            kind: 'failed',
            reason: `change set is ${last.Status ?? '?'} / ${last.ExecutionStatus ?? '?'}${last.StatusReason ? `: ${last.StatusReason}` : ''}`,
            description: describe(),
        };
    }
    const changes = [...(last.Changes ?? [])];
    if (last.NextToken) {
        const rest = { client: ctx.cfn, startingToken: last.NextToken };
        const query = { ChangeSetName: changeSetId, ...named, IncludePropertyValues: true };
        for await (const page of (0,client_cloudformation_dist_cjs.paginateDescribeChangeSet)(rest, query)) {
            changes.push(...(page.Changes ?? []));
        }
    }
    return { kind: 'ready', changes: changes.map(toRow), description: describe(changes) };
}
function toRow(change) {
    const r = change.ResourceChange;
    return {
        action: r?.Action ?? change.Type ?? '',
        logicalId: r?.LogicalResourceId ?? '',
        resourceType: r?.ResourceType ?? '',
        replacement: r?.Replacement ?? '',
    };
}
/** Best effort: a change set that cannot be deleted is left with a warning, never masks the real outcome. */
async function deleteChangeSet(ctx, changeSetId) {
    try {
        await ctx.cfn.send(new client_cloudformation_dist_cjs.DeleteChangeSetCommand({ ChangeSetName: changeSetId }));
    }
    catch (error) {
        if ((0,errors/* awsErrorName */.ZH)(error) === 'ChangeSetNotFoundException')
            return;
        ctx.logger.warning(`Could not delete change set ${changeSetId}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}

// EXTERNAL MODULE: ./lib/src/version.js
var version = __webpack_require__(1294);
;// CONCATENATED MODULE: ./lib/src/stack/change-set-input.js


/** CloudFormation accepts at most this many rollback triggers per stack operation. */
const MAX_ROLLBACK_TRIGGERS = 5;
function changeSetInput(spec) {
    return {
        StackName: spec.stackName,
        ChangeSetName: spec.changeSetName,
        ChangeSetType: spec.type,
        Description: `stack-canary ${version/* VERSION */.x}`,
        ...spec.template,
        // Empty lists are left out: an empty Tags or NotificationARNs list would clear the stack's own.
        ...(spec.parameters.length ? { Parameters: toCfnParameters(spec.parameters) } : {}),
        ...(spec.capabilities.length
            ? { Capabilities: [...spec.capabilities] }
            : {}),
        ...(spec.tags.length ? { Tags: spec.tags.map((t) => ({ Key: t.key, Value: t.value })) } : {}),
        ...(spec.roleArn ? { RoleARN: spec.roleArn } : {}),
        ...(spec.notificationArns.length ? { NotificationARNs: [...spec.notificationArns] } : {}),
        ...(spec.rollbackTriggers.length
            ? { RollbackConfiguration: rollbackConfiguration(spec.rollbackTriggers) }
            : {}),
        ...(spec.includeNestedStacks ? { IncludeNestedStacks: true } : {}),
        ...(spec.deploymentMode !== undefined && spec.type === 'UPDATE'
            ? { DeploymentMode: spec.deploymentMode }
            : {}),
    };
}
function toCfnParameters(overrides) {
    return overrides.map((p) => 'usePreviousValue' in p
        ? { ParameterKey: p.key, UsePreviousValue: true }
        : { ParameterKey: p.key, ParameterValue: p.value });
}
function rollbackConfiguration(alarmArns) {
    return { RollbackTriggers: alarmArns.map((Arn) => ({ Arn, Type: 'AWS::CloudWatch::Alarm' })) };
}
/** The triggers CloudFormation will take (distinct, at most 5) and the ones left out. */
function splitRollbackTriggers(alarmArns) {
    const distinct = [...new Set(alarmArns)];
    return { used: distinct.slice(0, MAX_ROLLBACK_TRIGGERS), dropped: distinct.slice(MAX_ROLLBACK_TRIGGERS) };
}
/** Checks of the request against the template, before any AWS call. */
function checkRequestAgainstTemplate(analysis, parameters, capabilities) {
    if (analysis.isSam && !capabilities.includes('CAPABILITY_AUTO_EXPAND')) {
        throw new errors/* ConfigError */.xL('capabilities', `Input capabilities (${capabilities.join(',') || 'empty'}) lacks CAPABILITY_AUTO_EXPAND, which the template's ` +
            'AWS::Serverless-2016-10-31 transform needs. Accepted: a comma-separated list such as CAPABILITY_IAM,CAPABILITY_AUTO_EXPAND.');
    }
    const unknown = parameters.map((p) => p.key).filter((k) => !analysis.parameterNames.includes(k));
    if (unknown.length) {
        const declared = analysis.parameterNames.join(', ') || 'none';
        throw new errors/* ConfigError */.xL('parameter-overrides', `Input parameter-overrides names ${unknown.join(', ')}, which the template does not declare (declared: ${declared}).`);
    }
}
/** UsePreviousValue needs a previous value: a stack being created has none. */
function checkCreateParameters(stackName, parameters) {
    const previous = parameters.filter((p) => 'usePreviousValue' in p).map((p) => p.key);
    if (previous.length) {
        throw new errors/* ConfigError */.xL('parameter-overrides', `Input parameter-overrides keeps the previous value of ${previous.join(', ')} (Key=@previous), ` +
            `but stack ${stackName} is being created and has no previous values. Give those parameters a value.`);
    }
}

;// CONCATENATED MODULE: ./lib/src/stack/events.js


/** Pages read per look at most (100 events a page): enough for any burst between two looks. */
const events_MAX_PAGES = 20;
class StackEventStream {
    cfn;
    stackId;
    logger;
    seen = new Set();
    failed = [];
    constructor(cfn, stackId, logger) {
        this.cfn = cfn;
        this.stackId = stackId;
        this.logger = logger;
    }
    /** Marks every event that already exists as seen: only what happens from now on is shown. */
    async prime() {
        for await (const events of this.pages(1))
            for (const event of events)
                this.seen.add(event.EventId ?? '');
    }
    /** Logs the events new since the last look; returns how many there were. */
    async poll() {
        const fresh = [];
        const ids = new Set();
        pages: for await (const events of this.pages(events_MAX_PAGES)) {
            for (const event of events) {
                const id = event.EventId ?? '';
                if (this.seen.has(id))
                    break pages;
                if (!ids.has(id)) {
                    ids.add(id);
                    fresh.push(event);
                }
            }
        }
        // The API lists newest first: reverse, then a stable sort by time keeps same-instant events in order.
        const chronological = fresh.reverse().sort((a, b) => events_time(a) - events_time(b));
        for (const event of chronological) {
            this.seen.add(event.EventId ?? '');
            this.show(event);
        }
        return chronological.length;
    }
    /** Resource failures seen so far, first one first (the stack's own status events excluded). */
    failures() {
        return this.failed;
    }
    /** The events newest first, a page at a time, at most `limit` pages; none once the stack is gone. */
    async *pages(limit) {
        let read = 0;
        try {
            for await (const page of (0,client_cloudformation_dist_cjs.paginateDescribeStackEvents)({ client: this.cfn }, { StackName: this.stackId })) {
                yield page.StackEvents ?? [];
                if (++read >= limit)
                    return;
            }
        }
        catch (error) {
            if (!(0,describe/* isStackMissingError */.$j)(error))
                throw error;
        }
    }
    show(event) {
        const status = event.ResourceStatus ?? '';
        const line = formatEvent(event);
        if (status.endsWith('_FAILED')) {
            if (!this.isStackItself(event))
                this.failed.push(event);
            this.logger.error(line);
        }
        else if (status.includes('ROLLBACK')) {
            this.logger.warning(line);
        }
        else {
            this.logger.info(line);
        }
    }
    isStackItself(event) {
        return event.ResourceType === 'AWS::CloudFormation::Stack' && event.PhysicalResourceId === this.stackId;
    }
}
function events_time(event) {
    return event.Timestamp ? new Date(event.Timestamp).getTime() : 0;
}
/** `12:03:04  UPDATE_FAILED  AWS::Lambda::Function  OrdersFunction  Resource handler returned ...` */
function formatEvent(event) {
    const at = event.Timestamp ? new Date(event.Timestamp).toISOString().slice(11, 19) : '--:--:--';
    const parts = [at, event.ResourceStatus ?? '', event.ResourceType ?? '', event.LogicalResourceId ?? ''];
    const reason = event.ResourceStatusReason;
    return parts.join('  ') + (reason ? `  ${reason}` : '');
}
/**
 * The short story of a failed operation: the final status, then the first resource that failed
 * and why (later failures are mostly "cancelled" consequences of that one).
 */
function rootCauseSummary(stackName, finalStatus, statusReason, failures) {
    const first = failures[0];
    const head = `Stack ${stackName} ended in ${finalStatus}.`;
    if (first) {
        const what = `${first.LogicalResourceId ?? '?'} (${first.ResourceType ?? '?'}) ${first.ResourceStatus ?? ''}`;
        return `${head} Root cause: ${what}: ${first.ResourceStatusReason ?? 'no reason given'}`;
    }
    return statusReason ? `${head} Reason: ${statusReason}` : head;
}

;// CONCATENATED MODULE: ./lib/src/stack/prepare.js
/**
 * Bring the stack to a state a change set can start from: wait out an operation in progress,
 * finish a failed update rollback, delete a stack whose first create failed. Says what it does.
 */





const UNUSABLE = new Set(['ROLLBACK_FAILED', 'DELETE_FAILED']);
async function prepareStack(ctx, stackName, options) {
    for (;;) {
        const state = await (0,describe/* describeStack */.GO)(ctx.cfn, stackName);
        if (!state.exists)
            return { kind: 'create', existed: false, stack: undefined };
        const { status } = state;
        if ((0,describe/* isBusy */.A5)(status)) {
            ctx.logger.info(`Stack ${stackName} is ${status}: waiting for that operation to finish before deploying.`);
            await waitForStack(ctx, state.stackId, `stack ${stackName} to finish ${status}`, {
                settled: (s) => !(0,describe/* isBusy */.A5)(s),
            });
            continue;
        }
        if (status === 'REVIEW_IN_PROGRESS')
            return { kind: 'create', existed: true, stack: state };
        if (UNUSABLE.has(status)) {
            throw new errors/* StackCanaryError */.Bt('STACK_FAILED', `Stack ${stackName} is ${status}${state.statusReason ? ` (${state.statusReason})` : ''}: CloudFormation cannot update it. ` +
                'Delete it (retaining the resources that cannot be deleted) and run again.');
        }
        if (status === 'ROLLBACK_COMPLETE') {
            if (options.dryRun)
                return {
                    kind: 'blocked',
                    stack: state,
                    wouldDo: 'delete it (its first create failed) and create it again',
                };
            options.beforeRecreate();
            await recreateFromScratch(ctx, state, options.roleArn);
            continue;
        }
        if (status === 'UPDATE_ROLLBACK_FAILED') {
            if (options.dryRun)
                return { kind: 'blocked', stack: state, wouldDo: 'continue its failed update rollback first' };
            await continueRollback(ctx, state, options.roleArn);
            continue;
        }
        return { kind: 'update', stack: state };
    }
}
async function recreateFromScratch(ctx, stack, roleArn) {
    ctx.logger.warning(`Stack ${stack.stackName} is ROLLBACK_COMPLETE: its first create failed and it cannot be updated. Deleting it to create it again.`);
    const events = new StackEventStream(ctx.cfn, stack.stackId, ctx.logger);
    await events.prime();
    try {
        await ctx.cfn.send(new client_cloudformation_dist_cjs.DeleteStackCommand({ StackName: stack.stackId, ...(roleArn ? { RoleARN: roleArn } : {}) }));
    }
    catch (error) {
        throw new errors/* StackCanaryError */.Bt('STACK_FAILED', `Could not delete ROLLBACK_COMPLETE stack ${stack.stackName} to create it again: ${(0,errors/* errorMessage */.gJ)(error)}`, { cause: error });
    }
    const final = await waitForStack(ctx, stack.stackId, `stack ${stack.stackName} to be deleted`, { events });
    if (final.exists) {
        throw new errors/* StackCanaryError */.Bt('STACK_FAILED', rootCauseSummary(stack.stackName, final.status, final.statusReason, events.failures()) +
            ' It must be deleted before it can be created again.');
    }
}
async function continueRollback(ctx, stack, roleArn) {
    ctx.logger.warning(`Stack ${stack.stackName} is UPDATE_ROLLBACK_FAILED: continuing its rollback (ContinueUpdateRollback) before deploying.`);
    const events = new StackEventStream(ctx.cfn, stack.stackId, ctx.logger);
    await events.prime();
    try {
        await ctx.cfn.send(new client_cloudformation_dist_cjs.ContinueUpdateRollbackCommand({
            StackName: stack.stackId,
            ...(roleArn ? { RoleARN: roleArn } : {}),
        }));
    }
    catch (error) {
        throw new errors/* StackCanaryError */.Bt('STACK_FAILED', `Could not continue the failed update rollback of stack ${stack.stackName}: ${(0,errors/* errorMessage */.gJ)(error)}`, { cause: error });
    }
    const final = await waitForStack(ctx, stack.stackId, `stack ${stack.stackName} to finish its rollback`, {
        events,
    });
    if (!final.exists || final.status !== 'UPDATE_ROLLBACK_COMPLETE') {
        const status = final.exists ? final.status : 'DELETE_COMPLETE';
        throw new errors/* StackCanaryError */.Bt('STACK_FAILED', rootCauseSummary(stack.stackName, status, final.exists ? final.statusReason : undefined, events.failures()) + ' Fix the resource that cannot roll back (or continue the rollback skipping it), then run again.');
    }
}

;// CONCATENATED MODULE: ./lib/src/stack/deploy.js
/**
 * Deploy a stack by change set, the way a careful operator would: check the request against the
 * template, settle the stack, create the change set, show it, execute it (or not, in a dry run),
 * stream events, report the outputs.
 */















async function deployStack(clients, request, deps) {
    const { logger } = deps;
    const name = request.stackName;
    const ctx = operationContext(clients.cloudFormation, deps, request.timeoutMs);
    const started = deps.clock.now();
    const body = request.templateBody ?? (await readTemplate(request.template, { s3: clients.s3 }));
    const source = request.template;
    const template = parseTemplate(body, templateLabel(source));
    checkRequestAgainstTemplate(analyzeParsed(template), request.parameters, request.capabilities);
    const triggers = splitRollbackTriggers(request.rollbackTriggerAlarmArns);
    if (triggers.dropped.length) {
        logger.warning(`CloudFormation takes at most 5 rollback triggers: ${triggers.dropped.length} alarm(s) not passed to stack ${name} ` +
            `(${triggers.dropped.join(', ')}). The canary still watches them.`);
    }
    const location = await templateLocation({
        stackName: name,
        body,
        source: request.template,
        s3Bucket: request.s3Bucket,
        s3Prefix: request.s3Prefix,
    }, clients.s3, logger);
    const prep = await prepareStack(ctx, name, {
        dryRun: request.dryRun,
        roleArn: request.roleArn,
        beforeRecreate: () => checkCreateParameters(name, request.parameters),
    });
    if (prep.kind === 'blocked')
        return blockedDryRun(ctx, prep, template);
    const type = prep.kind === 'create' ? 'CREATE' : 'UPDATE';
    if (type === 'CREATE')
        checkCreateParameters(name, request.parameters);
    const options = request.changeSet;
    // The execute request's idempotency token is unique to the run, whatever the change set's name.
    const token = `stack-canary-${deps.clock.now().toString(36)}-${(0,external_node_crypto_.randomUUID)().slice(0, 8)}`;
    const changeSetName = options?.name ?? token;
    logger.info(`Creating ${type} change set ${changeSetName} for stack ${name}`);
    if (type === 'CREATE' && options?.deploymentMode !== undefined) {
        logger.info(`deployment-mode ${options.deploymentMode} is for updates: stack ${name} is being created.`);
    }
    const created = await createChangeSet(ctx.cfn, changeSetInput({
        stackName: name,
        changeSetName,
        type,
        template: location,
        parameters: request.parameters,
        capabilities: request.capabilities,
        tags: request.tags,
        roleArn: request.roleArn,
        notificationArns: request.notificationArns,
        rollbackTriggers: triggers.used,
        includeNestedStacks: options?.includeNestedStacks ?? false,
        deploymentMode: options?.deploymentMode,
    }));
    const current = prep.stack;
    const noChange = (changeSet, why) => {
        if (options?.failOnEmpty) {
            throw new errors/* StackCanaryError */.Bt('CHANGE_SET_FAILED', `The change set for stack ${name} is empty (${why}), and fail-on-empty-changeset is true.`);
        }
        logger.info(`No changes: stack ${name} already matches this template and these parameters (${why}).`);
        return { ...result(name, request.dryRun ? 'dry-run' : 'unchanged', current, []), changeSet };
    };
    if ('empty' in created)
        return noChange(refusedChangeSet(name, changeSetName), created.empty);
    // A CREATE change set makes a REVIEW_IN_PROGRESS stack; when we made it, we clean it up too.
    const discard = async () => {
        await deleteChangeSet(ctx, created.changeSetId);
        if (prep.kind === 'create' && !prep.existed)
            await deleteReviewStack(ctx, created.stackId);
    };
    const keepOrDiscard = async (what) => {
        if (!options?.keepFailed)
            return discard();
        logger.info(`Change set ${changeSetName} (${what}) kept on stack ${name}: no-delete-failed-changeset is true.`);
    };
    const outcome = await waitForChangeSet(ctx, created.changeSetId);
    const changeSet = { ...outcome.description, stackName: name, name: changeSetName };
    if (outcome.kind === 'failed') {
        await keepOrDiscard('failed');
        throw new errors/* StackCanaryError */.Bt('CHANGE_SET_FAILED', `Change set for stack ${name} failed: ${outcome.reason}`);
    }
    if (outcome.kind === 'empty') {
        await keepOrDiscard('empty');
        return noChange(changeSet, 'empty change set');
    }
    logger.info(`Changes to stack ${name}:\n${renderChangeTable(outcome.changes)}`);
    if (request.dryRun) {
        await discard();
        logger.info(`Dry run: change set deleted, stack ${name} left untouched.`);
        return { ...result(name, 'dry-run', current, outcome.changes), changeSet };
    }
    if (options?.execute === false) {
        logger.info(`${options.leftForReviewBy}: change set ${changeSetName} left on stack ${name} for review, not executed (${changeSet.id}).`);
        return { ...result(name, 'not-executed', current, outcome.changes), changeSet };
    }
    const final = await executeChangeSet(ctx, {
        stackName: name,
        stackId: created.stackId,
        changeSetId: created.changeSetId,
        changeSetName,
        type,
        token,
        disableRollback: options?.disableRollback ?? false,
        terminationProtection: request.terminationProtection,
        started,
    });
    return { ...result(name, type === 'CREATE' ? 'created' : 'updated', final, outcome.changes), changeSet };
}
/** Executes the change set, streams the stack's events until it settles; throws unless it succeeded. */
async function executeChangeSet(ctx, run) {
    const { logger } = ctx;
    const name = run.stackName;
    const events = new StackEventStream(ctx.cfn, run.stackId, logger);
    await events.prime();
    logger.info(`Executing change set ${run.changeSetName}`);
    try {
        await ctx.cfn.send(new client_cloudformation_dist_cjs.ExecuteChangeSetCommand({
            ChangeSetName: run.changeSetId,
            ClientRequestToken: run.token,
            ...(run.type === 'CREATE' && run.disableRollback ? { DisableRollback: true } : {}),
        }));
    }
    catch (error) {
        throw new errors/* StackCanaryError */.Bt('CHANGE_SET_FAILED', `Could not execute change set ${run.changeSetName} on stack ${name}: ${(0,errors/* errorMessage */.gJ)(error)}`, { cause: error });
    }
    const verb = run.type === 'CREATE' ? 'create' : 'update';
    const final = await waitForStack(ctx, run.stackId, `stack ${name} to finish its ${verb}`, { events });
    if (!final.exists || !(0,describe/* isSuccess */.oJ)(final.status)) {
        const status = final.exists ? final.status : 'DELETE_COMPLETE';
        throw new errors/* StackCanaryError */.Bt('STACK_FAILED', rootCauseSummary(name, status, final.exists ? final.statusReason : undefined, events.failures()));
    }
    if (run.type === 'CREATE' && run.terminationProtection) {
        await ctx.cfn.send(new client_cloudformation_dist_cjs.UpdateTerminationProtectionCommand({ StackName: final.stackId, EnableTerminationProtection: true }));
        logger.info(`Termination protection enabled on stack ${name}`);
    }
    logger.info(`Stack ${name}: ${final.status} in ${(0,wait/* formatDuration */.a)(Math.round((ctx.clock.now() - run.started) / 1000) * 1000)}`);
    return final;
}
/**
 * mode: execute-only: executes a change set made and reviewed earlier, as it is (its template,
 * parameters and tags were fixed when it was made). It must belong to the stack and be AVAILABLE;
 * an empty one changes nothing.
 */
async function executeReviewedChangeSet(clients, request, deps) {
    const name = request.stackName;
    const ctx = operationContext(clients.cloudFormation, deps, request.timeoutMs);
    const started = deps.clock.now();
    const id = request.changeSetId;
    let outcome;
    try {
        outcome = await waitForChangeSet(ctx, id, id.startsWith('arn:') ? undefined : name);
    }
    catch (error) {
        throw new errors/* StackCanaryError */.Bt('CHANGE_SET_FAILED', `Could not read change set ${id} of stack ${name} (execute-change-set-id): ${(0,errors/* errorMessage */.gJ)(error)}`, { cause: error });
    }
    const changeSet = outcome.description;
    if (changeSet.stackName !== name) {
        throw new errors/* StackCanaryError */.Bt('CHANGE_SET_FAILED', `Change set ${id} (execute-change-set-id) belongs to stack ${changeSet.stackName}, not to stack ${name}.`);
    }
    const current = await (0,describe/* describeStack */.GO)(ctx.cfn, name);
    const existing = current.exists ? current : undefined;
    if (outcome.kind === 'empty') {
        deps.logger.info(`No changes: change set ${changeSet.name} of stack ${name} is empty (${outcome.reason}).`);
        return { ...result(name, 'unchanged', existing, []), changeSet };
    }
    if (outcome.kind === 'failed') {
        throw new errors/* StackCanaryError */.Bt('CHANGE_SET_FAILED', `Change set ${changeSet.name} of stack ${name} cannot be executed: ${outcome.reason}`);
    }
    deps.logger.info(`Changes to stack ${name}:\n${renderChangeTable(outcome.changes)}`);
    const type = existing?.status === 'REVIEW_IN_PROGRESS' ? 'CREATE' : 'UPDATE';
    const final = await executeChangeSet(ctx, {
        stackName: name,
        stackId: existing?.stackId ?? name,
        changeSetId: changeSet.id,
        changeSetName: changeSet.name,
        type,
        token: `stack-canary-${deps.clock.now().toString(36)}-${(0,external_node_crypto_.randomUUID)().slice(0, 8)}`,
        disableRollback: request.disableRollback,
        terminationProtection: false,
        started,
    });
    return { ...result(name, type === 'CREATE' ? 'created' : 'updated', final, outcome.changes), changeSet };
}
/** CloudFormation refused an identical update outright: no change set was made, and none has changes. */
function refusedChangeSet(stackName, name) {
    const none = { status: undefined, executionStatus: undefined, creationTime: undefined };
    return { stackName, id: '', name, ...none, changes: [] };
}
function result(stackName, outcome, stack, changes) {
    return { stackName, stackId: stack?.stackId ?? '', outcome, outputs: stack?.outputs ?? {}, changes };
}
/**
 * A dry run on a stack that must be repaired first (a real run would delete or roll it back before
 * any change set could be made): say so, and list what the template would create.
 */
function blockedDryRun(ctx, prep, template) {
    const name = prep.stack.stackName;
    ctx.logger.warning(`Dry run: stack ${name} is ${prep.stack.status}, so no change set can be made for it; a real run would ${prep.wouldDo}.`);
    const changes = prep.stack.status === 'ROLLBACK_COMPLETE'
        ? Object.entries(section(template, 'Resources')).map(([logicalId, resource]) => ({
            action: 'Add',
            logicalId,
            resourceType: String(resource?.Type ?? ''),
            replacement: '',
        }))
        : [];
    if (changes.length)
        ctx.logger.info(`Resources the template would create:\n${renderChangeTable(changes)}`);
    return result(name, 'dry-run', prep.stack, changes);
}
/** The REVIEW_IN_PROGRESS stack a CREATE change set made, deleted when the change set is not executed. */
async function deleteReviewStack(ctx, stackId) {
    try {
        const state = await (0,describe/* describeStack */.GO)(ctx.cfn, stackId);
        if (state.exists && state.status === 'REVIEW_IN_PROGRESS') {
            await ctx.cfn.send(new client_cloudformation_dist_cjs.DeleteStackCommand({ StackName: stackId }));
        }
    }
    catch (error) {
        ctx.logger.warning(`Could not delete the empty stack ${stackId} the change set made: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}

// EXTERNAL MODULE: ./lib/src/util/clock.js
var util_clock = __webpack_require__(2401);
;// CONCATENATED MODULE: ./lib/src/stack/snapshot.js










/** How DescribeStacks shows a NoEcho parameter's value. */
const HIDDEN = '****';
const silent = { debug() { }, info() { }, warning() { }, error() { }, group: (_t, body) => body() };
/**
 * The stack as it is now. A stack that does not exist, or has no usable template (REVIEW_IN_PROGRESS:
 * only a change set; ROLLBACK_COMPLETE: a failed first create, which a deploy deletes), is
 * `exists: false`: returning to it means deleting the stack. A stack busy with another operation is
 * waited for first (bounded), so the snapshot is of a settled stack.
 */
async function snapshotStack(cfn, stackName, options = {}) {
    const clock = options.clock ?? util_clock/* realClock */.d;
    const logger = options.logger ?? silent;
    const takenAt = new Date(clock.now()).toISOString();
    let state = await (0,describe/* describeStack */.GO)(cfn, stackName);
    if (state.exists && (0,describe/* isBusy */.A5)(state.status)) {
        logger.info(`Stack ${stackName} is ${state.status}: waiting for it to settle before taking its snapshot.`);
        const ctx = operationContext(cfn, { clock, logger }, options.timeoutMs ?? constants/* DEFAULT_STACK_TIMEOUT_MS */.aD);
        state = await waitForStack(ctx, state.stackId, `stack ${stackName} to finish ${state.status}`, {
            settled: (s) => !(0,describe/* isBusy */.A5)(s),
        });
    }
    const absent = {
        stackName,
        exists: false,
        templateBody: undefined,
        parameters: [],
        capabilities: [],
        takenAt,
    };
    if (!state.exists)
        return { ...absent, stackId: undefined };
    if (state.status === 'REVIEW_IN_PROGRESS' || state.status === 'ROLLBACK_COMPLETE') {
        return { ...absent, stackId: state.stackId };
    }
    const answer = await cfn.send(new client_cloudformation_dist_cjs.GetTemplateCommand({ StackName: state.stackId, TemplateStage: 'Original' }));
    const templateBody = answer.TemplateBody ?? '';
    const hidden = hiddenParameters(templateBody, state);
    return {
        stackName,
        exists: true,
        stackId: state.stackId,
        templateBody,
        parameters: state.parameters.map((p) => (hidden.has(p.key) ? { ...p, noEcho: true } : p)),
        capabilities: state.capabilities,
        tags: state.tags,
        takenAt,
    };
}
function hiddenParameters(templateBody, state) {
    try {
        return new Set(noEchoParameterNames(templateBody));
    }
    catch {
        return new Set(state.parameters.filter((p) => p.value === HIDDEN).map((p) => p.key));
    }
}
/**
 * Returns the stack to the snapshot: an update with the old template and parameters (a no-change
 * update is a success: CloudFormation's own rollback may have got there first), or, when the stack
 * did not exist before, its deletion.
 */
async function restoreStack(clients, snapshot, deps, options = {}) {
    const timeoutMs = options.timeoutMs ?? constants/* DEFAULT_STACK_TIMEOUT_MS */.aD;
    if (!snapshot.exists)
        return deleteCreatedStack(clients.cloudFormation, snapshot.stackName, deps, timeoutMs);
    const body = snapshot.templateBody ?? '';
    const hidden = snapshot.parameters.filter((p) => p.noEcho).map((p) => p.key);
    if (hidden.length) {
        deps.logger.warning(`NoEcho parameter(s) ${hidden.join(', ')} of stack ${snapshot.stackName} cannot be read back: they keep their current values.`);
    }
    const capabilities = new Set([...snapshot.capabilities, ...(options.capabilities ?? [])]);
    if (isSamTemplate(parseTemplate(body, `The snapshot template of stack ${snapshot.stackName}`)))
        capabilities.add('CAPABILITY_AUTO_EXPAND');
    deps.logger.info(`Returning stack ${snapshot.stackName} to its snapshot of ${snapshot.takenAt}`);
    const deployed = await deployStack(clients, {
        stackName: snapshot.stackName,
        template: { kind: 'inline', name: `${snapshot.stackName} snapshot`, body },
        templateBody: body,
        parameters: snapshot.parameters.map((p) => p.noEcho ? { key: p.key, usePreviousValue: true } : { key: p.key, value: p.value }),
        capabilities: [...capabilities],
        tags: snapshot.tags ?? [],
        roleArn: undefined,
        s3Bucket: options.s3Bucket,
        s3Prefix: options.s3Prefix,
        notificationArns: [],
        // The alarms that fired are why we are here: as triggers they would undo the restore.
        rollbackTriggerAlarmArns: [],
        terminationProtection: false,
        dryRun: false,
        timeoutMs,
    }, deps);
    return { outcome: deployed.outcome === 'unchanged' ? 'unchanged' : 'restored', stackId: deployed.stackId };
}
/** Undoes a first create: deletes the stack (lifting the termination protection the deploy set). */
async function deleteCreatedStack(cfn, stackName, deps, timeoutMs) {
    const ctx = operationContext(cfn, deps, timeoutMs);
    let state = await (0,describe/* describeStack */.GO)(cfn, stackName);
    if (state.exists && (0,describe/* isBusy */.A5)(state.status)) {
        state = await waitForStack(ctx, state.stackId, `stack ${stackName} to finish ${state.status}`, {
            settled: (s) => !(0,describe/* isBusy */.A5)(s),
        });
    }
    if (!state.exists) {
        deps.logger.info(`Stack ${stackName} did not exist before this run and does not exist now: nothing to undo.`);
        return { outcome: 'absent', stackId: undefined };
    }
    deps.logger.warning(`Stack ${stackName} did not exist before this run: deleting it.`);
    if (state.terminationProtection) {
        await cfn.send(new client_cloudformation_dist_cjs.UpdateTerminationProtectionCommand({
            StackName: state.stackId,
            EnableTerminationProtection: false,
        }));
        deps.logger.info(`Termination protection lifted on stack ${stackName} to delete it.`);
    }
    const events = new StackEventStream(cfn, state.stackId, deps.logger);
    await events.prime();
    try {
        await cfn.send(new client_cloudformation_dist_cjs.DeleteStackCommand({ StackName: state.stackId }));
    }
    catch (error) {
        throw new errors/* StackCanaryError */.Bt('STACK_FAILED', `Could not delete stack ${stackName}: ${(0,errors/* errorMessage */.gJ)(error)}`, {
            cause: error,
        });
    }
    const final = await waitForStack(ctx, state.stackId, `stack ${stackName} to be deleted`, { events });
    if (final.exists) {
        throw new errors/* StackCanaryError */.Bt('STACK_FAILED', rootCauseSummary(stackName, final.status, final.statusReason, events.failures()));
    }
    return { outcome: 'deleted', stackId: state.stackId };
}
const SNAPSHOT_VERSION = 1;
function serializeSnapshot(snapshot) {
    return JSON.stringify({ version: SNAPSHOT_VERSION, ...snapshot });
}
function deserializeSnapshot(text) {
    const fail = (why) => {
        throw new StackCanaryError('INTERNAL', `The saved stack snapshot cannot be read (${why}); the stack cannot be restored from it.`);
    };
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return fail(errorMessage(error));
    }
    if (!value || typeof value !== 'object')
        return fail('not an object');
    const v = value;
    if (v['version'] !== SNAPSHOT_VERSION)
        return fail(`version ${String(v['version'])}, expected ${SNAPSHOT_VERSION}`);
    const str = (key, optional = false) => {
        const x = v[key];
        if (typeof x === 'string')
            return x;
        if (optional && (x === undefined || x === null))
            return undefined;
        return fail(`${key} is not a string`);
    };
    const pairs = (key, first, second) => {
        const x = v[key] ?? [];
        if (!Array.isArray(x))
            return fail(`${key} is not a list`);
        for (const item of x) {
            const it = item;
            if (!it || typeof it[first] !== 'string' || typeof it[second] !== 'string')
                return fail(`${key} has a bad entry`);
        }
        return x;
    };
    if (typeof v['exists'] !== 'boolean')
        return fail('exists is not a boolean');
    const capabilities = v['capabilities'];
    if (!Array.isArray(capabilities) || !capabilities.every((c) => typeof c === 'string')) {
        return fail('capabilities is not a list of strings');
    }
    const exists = v['exists'];
    const templateBody = str('templateBody', !exists);
    const tags = pairs('tags', 'key', 'value').map((t) => ({
        key: String(t['key']),
        value: String(t['value']),
    }));
    return {
        stackName: str('stackName') ?? '',
        exists,
        stackId: str('stackId', true),
        templateBody,
        parameters: pairs('parameters', 'key', 'value').map((p) => ({
            key: String(p['key']),
            value: String(p['value']),
            ...(p['noEcho'] === true ? { noEcho: true } : {}),
        })),
        capabilities: capabilities,
        tags,
        takenAt: str('takenAt') ?? '',
    };
}

;// CONCATENATED MODULE: ./lib/src/stack/resources.js



/** Every resource of the stack (ListStackResources, paginated: DescribeStackResources stops at 100). */
async function listStackResources(cfn, stackName) {
    const resources = [];
    for await (const page of (0,client_cloudformation_dist_cjs.paginateListStackResources)({ client: cfn }, { StackName: stackName })) {
        for (const r of page.StackResourceSummaries ?? []) {
            resources.push({
                logicalId: r.LogicalResourceId ?? '',
                physicalId: r.PhysicalResourceId ?? '',
                type: r.ResourceType ?? '',
            });
        }
    }
    return resources;
}
/** A SAM function is an AWS::Lambda::Function once deployed; both are accepted. */
const isFunction = (r) => FUNCTION_RESOURCE_TYPES.includes(r.type) && r.physicalId !== '';
/** The function name in a Lambda ARN (`arn:aws:lambda:eu-west-1:123:function:orders[:alias]`). */
function functionNameFromArn(value) {
    const match = /^arn:aws[a-z-]*:lambda:[^:]*:[^:]*:function:([^:]+)(?::[^:]+)?$/.exec(value);
    return match?.[1];
}
/**
 * Maps each requested function (logical id, name or ARN) to its physical name. An empty request
 * means every Lambda function in the stack. Names that are not in the stack pass through as names
 * (a function deployed elsewhere); a logical id of a resource that is not a function is refused.
 */
function resolveFunctionNames(resources, requested) {
    const functions = resources.filter(isFunction);
    const chosen = requested.length === 0
        ? functions.map((r) => ({ logicalId: r.logicalId, functionName: r.physicalId }))
        : requested.map((item) => resolveOne(item, functions, resources));
    const seen = new Set();
    return chosen.filter((f) => !seen.has(f.functionName) && seen.add(f.functionName));
}
function resolveOne(item, functions, resources) {
    const byLogicalId = functions.find((r) => r.logicalId === item);
    if (byLogicalId)
        return { logicalId: byLogicalId.logicalId, functionName: byLogicalId.physicalId };
    const name = functionNameFromArn(item) ?? item;
    const byName = functions.find((r) => r.physicalId === name || functionNameFromArn(r.physicalId) === name);
    if (byName)
        return { logicalId: byName.logicalId, functionName: name };
    const other = resources.find((r) => r.logicalId === item);
    if (other) {
        throw new errors/* ConfigError */.xL('functions', `Invalid input functions: "${item}" (a ${other.type} in the stack, not a Lambda function). ` +
            `Expected logical ids, names or ARNs of Lambda functions (in the stack: ${functions.map((f) => f.logicalId).join(', ') || 'none'}).`);
    }
    return { functionName: name };
}

;// CONCATENATED MODULE: ./lib/src/stack/index.js
/** The stack part's public API: reading and analysing templates, and everything stack-canary does with CloudFormation. */









;// CONCATENATED MODULE: ./lib/src/pipeline/parts.js









/** The real modules. */
function defaultParts() {
    return {
        stack: {
            readTemplate: (source, clients) => readTemplate(source, { s3: clients.s3 }),
            analyzeTemplate: analyzeTemplate,
            assertAliasNotManaged: assertAliasNotManaged,
            snapshotStack: (ctx, stackName) => snapshotStack(ctx.clients.cloudFormation, stackName, { clock: ctx.clock, logger: ctx.logger }),
            deployStack: (ctx, request) => deployStack(ctx.clients, request, ctx),
            executeChangeSet: (ctx, request) => executeReviewedChangeSet(ctx.clients, request, ctx),
            restoreStack: async (ctx, snapshot, options) => {
                await restoreStack(ctx.clients, snapshot, ctx, options);
            },
            resolveFunctions: async (ctx, { stackName, functions }) => {
                const resources = stackName ? await listStackResources(ctx.clients.cloudFormation, stackName) : [];
                return resolveFunctionNames(resources, functions).map((f) => f.functionName);
            },
        },
        monitoring: {
            render: async (ctx, request) => {
                const { lambda, logs } = ctx.clients;
                const functions = await (0,limit/* mapLimited */.bB)(request.functionNames, (name) => describeMemorySource(lambda, logs, name));
                const guardCode = request.config.guard.enabled && request.functionNames[0] !== undefined
                    ? await stageGuardCode(ctx.clients, {
                        s3Bucket: request.config.s3Bucket,
                        s3Prefix: request.config.s3Prefix,
                        functionName: request.functionNames[0],
                    }, ctx.logger)
                    : undefined;
                const rendered = renderMonitoringTemplate({
                    functions,
                    alias: request.alias,
                    thresholds: request.config.thresholds,
                    notificationEmail: request.config.notificationEmail,
                    existingTopicArn: request.config.notificationTopicArn,
                    // Schedule, window, error threshold and cool-down keep the template's defaults.
                    guard: request.config.guard,
                    latencyAnomalyAlarm: request.config.latencyAnomalyAlarm,
                    guardCode,
                });
                for (const warning of rendered.warnings)
                    ctx.logger.warning(warning);
                return {
                    template: { kind: 'inline', name: 'monitoring', body: rendered.body },
                    parameters: rendered.parameters,
                    capabilities: ['CAPABILITY_IAM'],
                };
            },
            readOutputs: (outputs) => ({
                alarmNames: (0,monitoring_outputs/* monitoringAlarmNames */.Yl)(outputs),
                alarmArns: (0,monitoring_outputs/* monitoringRollbackTriggerArns */.Dt)(outputs),
                topicArn: (0,monitoring_outputs/* monitoringTopicArn */.PP)(outputs),
            }),
        },
        createObserver: (ctx, { config, alarmNames }) => createCanaryObserver(ctx.clients, {
            alarms: alarmNames,
            synthetic: config.synthetic,
            intervalMs: config.intervalMs,
            clock: ctx.clock,
            logger: ctx.logger,
            // Duration percentiles are read only when a latency ceiling uses them: each costs a query.
            latency: (0,canary_plan/* observesP99 */.ou)(config.thresholds),
            metrics: config.metrics,
        }),
        judge: verdict_judge,
        traffic: trafficOps,
    };
}

// EXTERNAL MODULE: ./lib/src/util/escape.js
var util_escape = __webpack_require__(1744);
// EXTERNAL MODULE: ./lib/src/traffic/guard-activity-text.js
var guard_activity_text = __webpack_require__(6823);
// EXTERNAL MODULE: ./lib/src/traffic/lease-holder.js
var lease_holder = __webpack_require__(9213);
// EXTERNAL MODULE: ./lib/src/pipeline/recover.js
var recover = __webpack_require__(5653);
;// CONCATENATED MODULE: ./lib/src/pipeline/fleet.js






/** Runs every task; marks conflicts foreign; throws the first non-conflict error, else the first conflict. */
async function settleAll(runs, task) {
    const results = await (0,limit/* settleLimited */.IL)(runs, task);
    const errors = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    for (const error of errors) {
        if (error instanceof traffic_alias/* AliasConflictError */.Xl) {
            const run = runs.find((r) => r.functionName === error.functionName);
            if (run)
                run.foreign = error.message;
        }
    }
    const first = errors.find((e) => !(e instanceof traffic_alias/* AliasConflictError */.Xl)) ?? errors[0];
    if (first !== undefined)
        throw first;
}
class Fleet {
    deps;
    runs = new Map();
    constructor(deps) {
        this.deps = deps;
    }
    all() {
        return [...this.runs.values()];
    }
    /** This run's name (its attempt included), as a guard's lease and a detached plan carry it. */
    runId() {
        const { holder } = this.deps;
        return `attempt ${holder.attempt} of ${holder.run}`;
    }
    get(functionName) {
        return this.runs.get(functionName);
    }
    /** The functions the canary moves: published something new and not taken over by someone else. */
    active() {
        return this.all().filter((r) => (r.status === 'canary' || r.status === 'first-deploy') && !r.foreign);
    }
    /**
     * Reads each new function's alias and journals its snapshot. Another run's live lease stops the
     * run here. An alias taken over from a lapsed lease (or an earlier attempt's) goes back on the
     * version that lease names; any other alias found routing part of its traffic (an earlier run was
     * interrupted) goes back on its primary version. Either is done first, and is the snapshot.
     */
    async adopt(functionNames) {
        const { traffic, lambda, journal, logger, alias, dryRun, clock, holder } = this.deps;
        const fresh = functionNames.filter((name) => !this.runs.has(name));
        const states = await (0,limit/* mapLimited */.bB)(fresh, (name) => traffic.getAlias(lambda, name, alias));
        const now = clock.now();
        const standings = states.map((state) => (0,traffic_lease/* leaseStanding */.vn)(state?.description, holder, now));
        this.refuseHeld(states, standings);
        const repairs = new Map();
        fresh.forEach((functionName, i) => {
            const state = states[i];
            const standing = standings[i];
            const repair = state && (0,traffic_lease/* repairFor */.x$)(state.target, standing);
            if (state && standing.kind === 'taken-over') {
                logger.info(`${functionName}: alias ${alias}: taking over the lease of ${(0,traffic_lease/* describeHolder */.sG)(standing.lease)}.`);
            }
            const snapshot = state ? (repair?.to ?? (0,routing/* soleTarget */.Ro)(state.target.version)) : null;
            journal.snapshotAlias(functionName, alias, snapshot);
            const run = {
                functionName,
                snapshot,
                alias: state,
                published: undefined,
                status: undefined,
                foreign: undefined,
            };
            this.runs.set(functionName, run);
            logger.info(`${functionName}: alias ${alias} ${state ? `is on ${(0,routing/* describeTarget */.ff)(state.target)}` : 'does not exist yet'}`);
            if (repair)
                repairs.set(run, repair);
        });
        await settleAll([...repairs.keys()], async (run) => {
            const from = run.alias.target;
            const { to, why } = repairs.get(run);
            const found = `${run.functionName}: alias ${alias} ${(0,routing/* hasRouting */.Nx)(from) ? 'routes' : 'is on'} ${(0,routing/* describeTarget */.ff)(from)}, ${why}`;
            if (dryRun) {
                logger.warning(`${found}; a real run would put it back on v${to.version} first (dry run: unchanged).`);
                return;
            }
            logger.warning(`${found}; putting it back on v${to.version} before anything else.`);
            journal.record(run.functionName, 'repair', from, to);
            run.alias = await traffic.updateAlias(lambda, run.alias, to);
        });
    }
    /** Publishes a version of each function and decides its status against its alias. */
    async publish(functionNames) {
        const { traffic, lambda, logger, alias, clock } = this.deps;
        const runs = functionNames.map((name) => this.require(name));
        await (0,limit/* mapLimited */.bB)(runs, async (run) => {
            const published = await traffic.publishVersion(lambda, run.functionName, { clock });
            run.published = published;
            if (!run.alias) {
                run.status = 'first-deploy';
                logger.info(`${run.functionName}: published v${published.version}; alias ${alias} does not exist yet (first deploy): ` +
                    'the version is judged on its own evidence and the alias is created on it only after a pass.');
            }
            else if (run.alias.target.version === published.version) {
                run.status = 'skipped';
                logger.info(`${run.functionName}: v${published.version} is already live on alias ${alias}: nothing to canary.`);
            }
            else {
                run.status = 'canary';
                logger.info(`${run.functionName}: published v${published.version} (alias ${alias} is on v${run.alias.target.version}).`);
            }
        });
    }
    watchTargets() {
        return this.active().map((run) => {
            const published = run.published;
            return {
                functionName: run.functionName,
                alias: this.deps.alias,
                canaryVersion: published.version,
                baselineVersion: run.status === 'canary' ? run.snapshot?.version : undefined,
                timeoutSeconds: published.timeoutSeconds,
                ...(this.deps.settleLagMs === undefined ? {} : { settleLagMs: this.deps.settleLagMs }),
                memorySizeMb: published.memorySizeMb,
            };
        });
    }
    /**
     * Routes `weight` of every canary alias to its new version, all functions together, each with
     * this run's lease (renewed at every poll: renew()) so that another run leaves it alone meanwhile.
     * `guardHoldMs`: the canary is handed to the guard, whose lease names the run and outlasts that.
     */
    async shift(weight, guardHoldMs) {
        const { traffic, lambda, journal, logger, alias, clock, holder, leaseTermMs } = this.deps;
        const now = clock.now();
        const runs = this.active().filter((r) => r.status === 'canary');
        await settleAll(runs, async (run) => {
            const current = run.alias;
            const to = (0,routing/* stepTarget */.aP)(run.snapshot.version, run.published.version, weight);
            if ((0,routing/* sameTarget */.cS)(current.target, to))
                return;
            journal.record(run.functionName, 'shift', current.target, to);
            const version = run.published.version;
            const lease = guardHoldMs === undefined
                ? (0,traffic_lease/* runLeaseDescription */.AA)({
                    holder,
                    version,
                    from: run.snapshot.version,
                    untilMs: now + leaseTermMs,
                })
                : (0,traffic_lease/* leaseDescription */.d2)({ runId: this.runId(), version, untilMs: now + guardHoldMs + traffic_lease/* LEASE_MARGIN_MS */.lo });
            run.alias = await traffic.updateAlias(lambda, current, to, lease);
            logger.info(`${run.functionName}: alias ${alias} → ${(0,routing/* describeTarget */.ff)(to)}`);
        });
    }
    /**
     * After a pass: every alias on its new version with routing cleared. The promotion is recorded
     * on the functions only by recordPromotion(), once the post-traffic hook has passed too.
     */
    async promote() {
        const { traffic, lambda, journal, logger, alias } = this.deps;
        await settleAll(this.active(), async (run) => {
            const to = (0,routing/* soleTarget */.Ro)(run.published.version);
            if (run.status === 'first-deploy' && !run.alias) {
                journal.record(run.functionName, 'create', null, to);
                run.alias = await traffic.createAlias(lambda, run.functionName, alias, to);
            }
            else {
                const current = run.alias;
                if ((0,routing/* sameTarget */.cS)(current.target, to))
                    return;
                journal.record(run.functionName, 'promote', current.target, to);
                run.alias = await traffic.updateAlias(lambda, current, to);
            }
            logger.info(`${run.functionName}: alias ${alias} promoted to ${(0,routing/* describeTarget */.ff)(to)}`);
        });
    }
    /**
     * Tags each promoted function for the guard: the version that passed, the one it replaced and
     * when (the start of the guard's bake window). Only after the aliases moved and the post-traffic
     * hook passed: the guard must never see a "last passed" version that did not pass, nor one the
     * alias is not on. A failed tag only warns (the promotion stands).
     */
    async recordPromotion() {
        const { traffic, lambda, logger, alias, clock } = this.deps;
        const promotedAtMs = clock.now();
        await (0,limit/* mapLimited */.bB)(this.active(), async (run) => {
            const published = run.published;
            try {
                await traffic.tagPromotion(lambda, {
                    functionArn: published.functionArn,
                    alias,
                    version: published.version,
                    previous: run.snapshot?.version,
                    promotedAtMs,
                });
            }
            catch (error) {
                logger.warning(`${run.functionName}: could not record v${published.version} as last passed: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        });
    }
    /** Whether this run has journaled a change to any alias (only then is there anything to restore). */
    hasChanges() {
        return this.deps.journal.entries().some((e) => e.changes.length > 0);
    }
    /**
     * Every alias this run changed back on its snapshot, all at once, each within one UpdateAlias
     * when our last answer is still current. Aliases taken over by someone else are left alone.
     */
    async restore() {
        const { lambda, journal, alias } = this.deps;
        const entries = journal.entries().filter((e) => e.changes.length > 0);
        return (0,limit/* mapLimited */.bB)(entries, async (entry) => {
            const run = this.runs.get(entry.functionName);
            if (run?.foreign) {
                return {
                    functionName: entry.functionName,
                    alias,
                    action: 'left-alone',
                    state: undefined,
                    message: `${entry.functionName}: alias ${alias} not restored: ${run.foreign}`,
                };
            }
            const result = await (0,recover/* restoreAlias */.tP)(lambda, entry, {
                lastKnown: run?.alias,
                beforeChange: (from, to) => journal.record(entry.functionName, to === null ? 'delete' : 'rollback', from, to),
            });
            if (run && result.action !== 'failed')
                run.alias = result.state;
            if (run && result.action === 'left-alone')
                run.foreign = result.message;
            return result;
        });
    }
    /**
     * Renews this run's lease on every alias it holds, without moving them: the canary loop calls it
     * at every poll, so the lease lapses soon after this run stops. A failed renewal only warns (the
     * next poll tries again); a conflict means someone else has the alias now: it is left to them.
     */
    async renew() {
        const { traffic, lambda, logger, alias, clock, holder, leaseTermMs } = this.deps;
        const untilMs = clock.now() + leaseTermMs;
        const held = this.active().filter((r) => (0,traffic_lease/* isOwnLease */.jG)(r.alias?.description, holder));
        await settleAll(held, async (run) => {
            const current = run.alias;
            const lease = (0,traffic_lease/* runLeaseDescription */.AA)({
                holder,
                version: run.published.version,
                from: run.snapshot.version,
                untilMs,
            });
            try {
                run.alias = await traffic.updateAlias(lambda, current, current.target, lease);
            }
            catch (error) {
                if (error instanceof traffic_alias/* AliasConflictError */.Xl)
                    throw error;
                const lapses = (0,traffic_lease/* readLease */.zR)(current.description)?.untilMs ?? untilMs;
                logger.warning(`${run.functionName}: could not renew this run's lease on alias ${alias} (it lapses at ` +
                    `${new Date(lapses).toISOString()}; the next poll tries again): ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        });
    }
    /** Stops the run before any change when another run's live lease holds one of the aliases. */
    refuseHeld(states, standings) {
        const { alias, dryRun, logger } = this.deps;
        states.forEach((state, i) => {
            const standing = standings[i];
            if (!state || standing?.kind !== 'held')
                return;
            const busy = new traffic_lease/* AliasBusyError */.IZ(state.functionName, alias, standing.lease);
            if (!dryRun)
                throw busy;
            logger.warning(`${busy.message} (dry run: shown only)`);
        });
    }
    /**
     * rollback: none after a verdict: the aliases stay where they are, but this run's lease ends
     * with it (the Description alone changes; a conflict only warns: the alias is someone else's now).
     */
    async release() {
        const { traffic, lambda, logger, holder } = this.deps;
        const held = this.active().filter((r) => (0,traffic_lease/* isOwnLease */.jG)(r.alias?.description, holder));
        await (0,limit/* settleLimited */.IL)(held, async (run) => {
            const current = run.alias;
            try {
                run.alias = await traffic.updateAlias(lambda, current, current.target, traffic_lease/* RELEASED_DESCRIPTION */.PQ);
            }
            catch (error) {
                logger.warning(`${run.functionName}: could not end this run's lease on the alias: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        });
    }
    require(functionName) {
        const run = this.runs.get(functionName);
        if (!run)
            throw new errors/* StackCanaryError */.Bt('INTERNAL', `${functionName} was not adopted before use.`);
        return run;
    }
}

// EXTERNAL MODULE: ./lib/src/pipeline/record.js
var record = __webpack_require__(3000);
;// CONCATENATED MODULE: ./lib/src/pipeline/rollback.js



async function rollBack(deps, trigger, reason) {
    const { config, fleet, stacks, recorder, logger } = deps;
    if (config.rollback === 'none' && trigger === 'verdict') {
        for (const run of fleet.active()) {
            logger.warning(`rollback: none: ${run.functionName}: alias ${config.alias} stays on ${(0,routing/* describeTarget */.ff)(run.alias?.target)}.`);
        }
        await fleet.release();
        recorder.rollback = { mode: config.rollback, trigger, aliases: [], stack: 'not requested' };
        await notify(deps, `${reason} (rollback: none, nothing was rolled back)`);
        return { rolledBack: false, complete: true };
    }
    // No group (and no claim of a rollback) when the run changed no alias.
    const aliases = fleet.hasChanges() ? await logger.group('Roll back aliases', () => fleet.restore()) : [];
    for (const a of aliases) {
        if (a.action === 'failed')
            logger.error(a.message);
        else if (a.action === 'left-alone')
            logger.warning(a.message);
        else
            logger.info(a.message);
    }
    let stack;
    try {
        stack = await stacks.restoreApp();
    }
    catch (error) {
        stack = `failed: ${(0,errors/* errorMessage */.gJ)(error)}`;
        logger.error(`Stack rollback failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    recorder.rollback = { mode: config.rollback, trigger, aliases: aliases.map(record/* restoreRecord */.wp), stack };
    const moved = aliases.some((a) => a.action === 'restored' || a.action === 'deleted') || stack === 'restored';
    if (trigger === 'verdict' || moved)
        await notify(deps, reason);
    const complete = aliases.every((a) => a.action !== 'failed');
    return { rolledBack: complete && !stack.startsWith('failed'), complete };
}
/** Tells the monitoring topic what happened; a failure to notify is a warning, never a new error. */
async function notify(deps, reason) {
    const { config, stacks, recorder, logger } = deps;
    const topicArn = stacks.topicArn();
    if (!topicArn)
        return;
    const subject = `stack-canary: ${config.stackName ?? config.alias} rolled back`;
    const lines = [
        `stack-canary ${config.stackName ? `stack ${config.stackName}` : ''} alias ${config.alias}`,
        `Reason: ${reason}`,
        `Rollback mode: ${config.rollback}`,
        ...(recorder.rollback?.aliases ?? []).map((a) => a.message),
        `Stack: ${recorder.rollback?.stack ?? 'not requested'}`,
    ];
    try {
        await deps.traffic.notifyTopic(deps.sns, topicArn, subject, lines.join('\n'));
    }
    catch (error) {
        logger.warning(`Could not notify ${topicArn}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}

;// CONCATENATED MODULE: ./lib/src/pipeline/stacks.js



class RunStacks {
    config;
    parts;
    ctx;
    templateBody;
    snapshot;
    app;
    monitoring;
    monitoringOutputs;
    monitoredNames = [];
    constructor(config, parts, ctx, 
    /** The app template, read and checked before the run. */
    templateBody) {
        this.config = config;
        this.parts = parts;
        this.ctx = ctx;
        this.templateBody = templateBody;
    }
    /** The app stack's name: the config gives one whenever there is a template or a monitoring stack. */
    appStackName() {
        const name = this.config.stackName;
        if (!name)
            throw new errors/* StackCanaryError */.Bt('INTERNAL', 'A template reached the run without a stack name.');
        return name;
    }
    async takeSnapshot() {
        this.snapshot = await this.parts.stack.snapshotStack(this.ctx, this.appStackName());
        return this.snapshot;
    }
    /** A monitoring stack needs a stack name to derive its own from. */
    monitoringWanted() {
        if (!this.config.monitoring)
            return false;
        if (this.config.stackName)
            return true;
        this.ctx.logger.debug('monitoring: no stack-name, so no monitoring stack is deployed.');
        return false;
    }
    /** Whether the monitoring stack still has to be deployed (again) for these functions. */
    monitoringDue(functionNames) {
        return (this.monitoringWanted() && functionNames.length > 0 && !sameNames(functionNames, this.monitoredNames));
    }
    /** Alarm names to watch: the monitoring stack's. */
    alarmNames() {
        return this.monitoringOutputs?.alarmNames ?? [];
    }
    /** Where rollbacks are announced. */
    topicArn() {
        return this.monitoringOutputs?.topicArn;
    }
    async deployMonitoring(functionNames) {
        const { config, parts, ctx } = this;
        const appStack = this.appStackName();
        const stackName = (0,constants/* monitoringStackName */.cg)(appStack);
        const rendered = await parts.monitoring.render(ctx, {
            stackName: appStack,
            functionNames,
            alias: config.alias,
            config,
        });
        const request = this.request(stackName, {
            template: rendered.template,
            parameters: rendered.parameters,
            capabilities: rendered.capabilities,
            rollbackTriggerAlarmArns: [],
            // The stack-event topics and the termination protection are the app stack's.
            notificationArns: [],
            terminationProtection: false,
        });
        // With no-execute-changeset nothing is changed: the monitoring stack's change set is only shown.
        const shown = { ...request, dryRun: request.dryRun || !config.changeSet.execute };
        this.monitoring = await ctx.logger.group(`Monitoring stack ${stackName}`, () => parts.stack.deployStack(ctx, shown));
        this.monitoredNames = functionNames;
        if (!shown.dryRun)
            this.monitoringOutputs = parts.monitoring.readOutputs(this.monitoring.outputs);
    }
    /** The run changes the app stack: a template to deploy, or (mode: execute-only) a reviewed change set. */
    deploysApp() {
        return this.config.template !== undefined || this.config.changeSet.executeId !== undefined;
    }
    async deployApp() {
        const { config, parts, ctx } = this;
        const template = config.template;
        const executeId = config.changeSet.executeId;
        if (executeId !== undefined) {
            const stackName = this.appStackName();
            this.app = await ctx.logger.group(`Stack ${stackName}: change set ${executeId}`, () => parts.stack.executeChangeSet(ctx, {
                stackName,
                changeSetId: executeId,
                disableRollback: config.changeSet.disableRollback,
                timeoutMs: config.stackTimeoutMs,
            }));
            return;
        }
        if (!template)
            return;
        const stackName = this.appStackName();
        const request = this.request(stackName, {
            template,
            ...(this.templateBody === undefined ? {} : { templateBody: this.templateBody }),
            parameters: config.parameterOverrides,
            capabilities: config.capabilities,
            rollbackTriggerAlarmArns: this.monitoringOutputs?.alarmArns ?? [],
            notificationArns: config.notificationArns,
            terminationProtection: config.terminationProtection,
        });
        this.app = await ctx.logger.group(`Stack ${stackName}`, () => parts.stack.deployStack(ctx, { ...request, changeSet: config.changeSet }));
    }
    /** rollback: stack: returns the app stack to its snapshot when this run changed it. */
    async restoreApp() {
        const { config, parts, ctx } = this;
        const snapshot = this.snapshot;
        if (config.rollback !== 'stack' || !snapshot)
            return 'not requested';
        const changed = this.app && (this.app.outcome === 'created' || this.app.outcome === 'updated');
        if (!changed)
            return 'not changed by this run';
        await ctx.logger.group(`Roll back stack ${snapshot.stackName}`, () => parts.stack.restoreStack(ctx, snapshot, {
            s3Bucket: config.s3Bucket,
            s3Prefix: config.s3Prefix,
            capabilities: config.capabilities,
            timeoutMs: config.stackTimeoutMs,
        }));
        return 'restored';
    }
    /** The change set's name when no-execute-changeset or mode: create-only left it for review; undefined otherwise. */
    changeSetLeftForReview() {
        return this.app?.outcome === 'not-executed' ? (this.app.changeSet?.name ?? '') : undefined;
    }
    changeSet() {
        return this.app?.changeSet;
    }
    monitoringChangeSet() {
        return this.monitoring?.changeSet;
    }
    /** As aws-cloudformation-github-deploy sets stack-id: the stack's id, else its name (undefined without a stack). */
    stackId() {
        return this.app?.stackId || this.snapshot?.stackId || this.config.stackName;
    }
    outputs() {
        return this.app?.outputs ?? {};
    }
    appRecord() {
        return this.app && (0,record/* stackRecord */.Gl)(this.app);
    }
    /** The monitoring stack's outputs as deployed (empty without it). */
    monitoringStackOutputs() {
        return this.monitoring?.outputs ?? {};
    }
    monitoringRecord() {
        return this.monitoring && { ...(0,record/* stackRecord */.Gl)(this.monitoring), alarmNames: this.alarmNames() };
    }
    request(stackName, fields) {
        const { config } = this;
        return {
            stackName,
            ...fields,
            tags: config.tags,
            roleArn: config.roleArn,
            s3Bucket: config.s3Bucket,
            s3Prefix: config.s3Prefix,
            dryRun: config.dryRun,
            timeoutMs: config.stackTimeoutMs,
        };
    }
}
function sameNames(a, b) {
    return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

;// CONCATENATED MODULE: ./lib/src/canary/pre-traffic.js


/** In-flight invocations of the gate, over every function. */
const PRE_TRAFFIC_CONCURRENCY = 4;
/** Shown values are cut to this many characters. */
const MAX_SHOWN_VALUE = 200;
/** A value as compact JSON, cut to MAX_SHOWN_VALUE characters. */
function shown(value) {
    const text = value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
    return text.length > MAX_SHOWN_VALUE ? `${text.slice(0, MAX_SHOWN_VALUE)}…` : text;
}
function parsed(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch {
        return { ok: false };
    }
}
/**
 * The value at a dotted path (`body.id`). A string met on the way that holds JSON is read as JSON:
 * an API Gateway response's `body` is such a string.
 */
function valueAt(root, path) {
    let value = root;
    for (const key of path.split('.')) {
        if (typeof value === 'string') {
            const inner = parsed(value);
            if (!inner.ok)
                return undefined;
            value = inner.value;
        }
        if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key))
            return undefined;
        value = value[key];
    }
    return value;
}
function sameJson(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.length !== keysB.length)
        return false;
    return keysA.every((key) => Object.hasOwn(b, key) &&
        sameJson(a[key], b[key]));
}
/** The expectations `response` breaks, in words; empty when it meets them all. */
function checkExpectation(expect, response) {
    const problems = [];
    const wantError = expect?.error ?? false;
    if (wantError && response.functionError === undefined) {
        problems.push(`expected a FunctionError, got a response: ${shown(response.body)}`);
    }
    else if (!wantError && response.functionError !== undefined) {
        problems.push(`expected no FunctionError, got ${response.functionError}: ${shown(response.body)}`);
    }
    const body = expect?.body ?? {};
    if (Object.keys(body).length > 0) {
        const json = parsed(response.body);
        for (const [path, want] of Object.entries(body)) {
            const got = json.ok ? valueAt(json.value, path) : undefined;
            if (!sameJson(got, want)) {
                const came = json.ok ? shown(got) : `a body that is not JSON: ${shown(response.body)}`;
                problems.push(`expected ${path} = ${shown(want)}, got ${came}`);
            }
        }
    }
    const maxMs = expect?.maxDurationMs;
    if (maxMs !== undefined && response.durationMs > maxMs) {
        problems.push(`expected at most ${maxMs} ms, took ${Math.round(response.durationMs)} ms`);
    }
    return problems;
}
async function invoke(lambda, functionName, qualifier, payload, clock) {
    const started = clock.now();
    const response = await lambda.send(new dist_cjs.InvokeCommand({
        FunctionName: functionName,
        ...(qualifier === undefined ? {} : { Qualifier: qualifier }),
        InvocationType: 'RequestResponse',
        Payload: new TextEncoder().encode(payload),
    }));
    return {
        functionError: response.FunctionError || undefined,
        body: response.Payload ? new TextDecoder().decode(response.Payload) : '',
        durationMs: clock.now() - started,
    };
}
/** Runs `jobs` with at most `limit` at a time; results in the jobs' order. */
async function bounded(jobs, limit) {
    const results = new Array(jobs.length);
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < jobs.length; i = next++)
            results[i] = await jobs[i]();
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, jobs.length)) }, worker));
    return results;
}
async function checkPayload(lambda, target, entry, clock) {
    const base = { functionName: target.functionName, version: target.version, payload: entry.name };
    try {
        const response = await invoke(lambda, target.functionName, target.version, entry.payload, clock);
        const problems = checkExpectation(entry.expect, response);
        return { ...base, passed: problems.length === 0, durationMs: response.durationMs, problems };
    }
    catch (error) {
        const why = `could not invoke: ${(0,errors/* awsErrorName */.ZH)(error) ?? 'Error'}: ${(0,errors/* errorMessage */.gJ)(error)}`;
        return { ...base, passed: false, durationMs: undefined, problems: [why] };
    }
}
/** Asks `hook` about one new version: it must answer { "status": "Succeeded" }. */
async function askHook(lambda, hook, target, alias, clock) {
    const base = { hook, functionName: target.functionName, version: target.version };
    const event = JSON.stringify({ functionName: target.functionName, version: target.version, alias });
    try {
        const response = await invoke(lambda, hook, undefined, event, clock);
        const json = parsed(response.body);
        const status = json.ok ? valueAt(json.value, 'status') : undefined;
        const passed = response.functionError === undefined && status === 'Succeeded';
        const answer = response.functionError === undefined
            ? shown(response.body)
            : `${response.functionError}: ${shown(response.body)}`;
        return { ...base, passed, answer };
    }
    catch (error) {
        return {
            ...base,
            passed: false,
            answer: `could not invoke: ${(0,errors/* awsErrorName */.ZH)(error) ?? 'Error'}: ${(0,errors/* errorMessage */.gJ)(error)}`,
        };
    }
}
function reasonOf(payloads, hooks, when) {
    const failed = payloads.filter((r) => !r.passed);
    const failedHooks = hooks.filter((r) => !r.passed);
    const parts = [
        ...failed.map((r) => `${r.functionName} v${r.version}: payload "${r.payload}": ${r.problems.join('; ')}`),
        ...failedHooks.map((r) => `${r.functionName} v${r.version}: hook ${r.hook} did not answer {"status":"Succeeded"}, got ${r.answer}`),
    ];
    if (parts.length === 0)
        return undefined;
    const more = parts.length > 3 ? ` (and ${parts.length - 3} more)` : '';
    return `${when} failed: ${parts.slice(0, 3).join('; ')}${more}`;
}
function logResults(logger, payloads, hooks) {
    for (const r of payloads) {
        const took = r.durationMs === undefined ? '' : ` in ${Math.round(r.durationMs)} ms`;
        const line = `${r.functionName} v${r.version}: payload "${r.payload}"${took}: ${r.passed ? 'passed' : r.problems.join('; ')}`;
        if (r.passed)
            logger.info(line);
        else
            logger.error(line);
    }
    for (const r of hooks) {
        const line = `${r.functionName} v${r.version}: hook ${r.hook}: ${r.passed ? 'Succeeded' : r.answer}`;
        if (r.passed)
            logger.info(line);
        else
            logger.error(line);
    }
}
/** The gate before the first shift; undefined when no payload and no hook is configured. */
async function runPreTrafficGate(lambda, targets, alias, config, options) {
    const { hook, payloads: entries } = config;
    if (entries.length === 0 && hook === undefined)
        return undefined;
    const { logger, clock } = options;
    return logger.group('Pre-traffic gate (0% of traffic)', async () => {
        const jobs = targets.flatMap((t) => entries.map((e) => () => checkPayload(lambda, t, e, clock)));
        const payloads = await bounded(jobs, options.concurrency ?? PRE_TRAFFIC_CONCURRENCY);
        const hooks = hook === undefined ? [] : await Promise.all(targets.map((t) => askHook(lambda, hook, t, alias, clock)));
        logResults(logger, payloads, hooks);
        const reason = reasonOf(payloads, hooks, 'pre-traffic gate');
        return { passed: reason === undefined, reason, payloads, hooks };
    });
}
/** The post-traffic hook after promotion; undefined when none is configured. */
async function runPostTrafficHook(lambda, targets, alias, hook, options) {
    if (hook === undefined)
        return undefined;
    const { logger, clock } = options;
    return logger.group('Post-traffic hook', async () => {
        const hooks = await Promise.all(targets.map((t) => askHook(lambda, hook, t, alias, clock)));
        logResults(logger, [], hooks);
        const reason = reasonOf([], hooks, 'post-traffic hook');
        return { passed: reason === undefined, reason, payloads: [], hooks };
    });
}

;// CONCATENATED MODULE: ./lib/src/engine/advance.js
/**
 * The canary engine (pure): one look at one canary. Given the plan, what was observed of each
 * function, and the time, it judges every function still undecided at this step and says what to
 * do next — wait for the next look, shift to the next held step, promote, or roll back — with the
 * plan as it stands after the look. The action's step loop and the guard's tick both drive it;
 * only where the plan is kept (memory, or DynamoDB with conditional writes) and the clock differ.
 *
 * The step rules, once:
 * - a fail of any function ends the step at once (roll back); the step also ends when every
 *   function has decided;
 * - at a final look (the hold is over; on the last step, every minute of the hold has also
 *   settled, per function), a function the judge cannot decide yet is extended when more traffic
 *   can decide it, up to extend-hold and by at least extensionFloorMs; a function whose late
 *   datapoints of the hold's own minutes the judge awaits is looked at again (the hold's end
 *   stays, so no new minutes join what is awaited); otherwise it is inconclusive;
 * - an inconclusive step is settled by on-inconclusive: rolled back, or accepted and gone past;
 * - the judge is told the run's planned duration and how many functions share its false-rollback
 *   budget, the same at every look of either driver.
 */



/** No datapoint yet for this function: counts are unknown, never "healthy". */
function emptySamples(target) {
    return {
        functionName: target.functionName,
        canary: [],
        baseline: target.baselineVersion === undefined ? undefined : [],
        synthetic: { invocations: 0, errors: 0 },
        alarmsInAlarm: [],
        consecutiveQueryFailures: 0,
        memorySource: 'none',
    };
}
/** `2m30s`, `2m`, `40s`: a wait, in whole seconds. */
function formatWait(ms) {
    const seconds = Math.max(0, Math.ceil(ms / 1000));
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    return minutes === 0 ? `${rest}s` : rest === 0 ? `${minutes}m` : `${minutes}m${rest}s`;
}
/** One look at the canary at `nowMs`. */
function advance_advance(plan, observations, nowMs, judge = verdict_judge) {
    const { settings } = plan;
    const start = (0,canary_plan/* stepStart */.tk)(plan);
    const extendLimit = start + (0,canary_plan/* currentStep */.SY)(plan).holdMs + Math.max(0, settings.extendHoldMs);
    const decided = { ...plan.decided };
    const judgements = {};
    const events = [];
    let extendTo = plan.holdEndMs;
    for (const target of (0,canary_plan/* undecided */.oo)(plan)) {
        const name = target.functionName;
        const context = (0,canary_plan/* stepContext */.ev)(plan, target, nowMs);
        let judgement = judge({
            samples: observations.samples.get(name) ?? emptySamples(target),
            thresholds: settings.thresholds,
            compareBaseline: settings.compareBaseline && target.baselineVersion !== undefined,
            onInconclusive: settings.onInconclusive,
            step: context,
        });
        if (judgement.decision === 'continue' && context.final) {
            const wanted = judgement.extend
                ? Math.min(extendLimit, nowMs + Math.max((0,canary_plan/* extensionFloorMs */.Iz)(plan), judgement.extend.needMs))
                : nowMs;
            if (judgement.extend && wanted > plan.holdEndMs) {
                extendTo = Math.max(extendTo, wanted);
                events.push({ kind: 'extended', functionName: name, untilMs: wanted, why: judgement.extend.why });
            }
            else if (judgement.awaiting !== undefined) {
                const untilMs = nowMs + judgement.awaiting.needMs;
                events.push({ kind: 'awaiting', functionName: name, untilMs, why: judgement.awaiting.why });
            }
            else {
                judgement = {
                    ...judgement,
                    decision: 'inconclusive',
                    reason: `${judgement.reason} (still undecided when the ${formatWait(plan.holdEndMs - start)} hold ended)`,
                };
            }
        }
        judgements[name] = judgement;
        if (judgement.decision !== 'continue')
            decided[name] = judgement;
    }
    const next = { ...plan, holdEndMs: extendTo, decided };
    const settling = settlingUntil(next, nowMs);
    if (settling !== undefined)
        events.push({ kind: 'settling', untilMs: settling });
    const end = stepEnd(next);
    if (!end) {
        return {
            plan: next,
            actions: [{ kind: 'wait-until', atMs: (0,canary_plan/* nextLookAt */.MM)(next, nowMs) }],
            judgements,
            events,
            stepEnd: undefined,
        };
    }
    const { plan: after, action } = conclude(next, end);
    return { plan: after, actions: [action], judgements, events, stepEnd: end };
}
/** On the last step, past the hold: when the undecided functions' minutes will all have settled. */
function settlingUntil(plan, nowMs) {
    if (!(0,canary_plan/* isLastStep */.b0)(plan) || nowMs < plan.holdEndMs)
        return undefined;
    const waiting = (0,canary_plan/* undecided */.oo)(plan)
        .map((t) => (0,canary_plan/* settledAt */.fC)(plan, t))
        .filter((at) => at > nowMs);
    return waiting.length > 0 ? Math.max(...waiting) : undefined;
}
/** The step's end when this look ended it: a fail, or every function decided. */
function stepEnd(plan) {
    const entries = Object.entries(plan.decided);
    const failed = entries.filter(([, j]) => j.decision === 'fail').map(([n]) => n);
    const inconclusive = entries.filter(([, j]) => j.decision === 'inconclusive').map(([n]) => n);
    let verdict;
    if (failed.length > 0)
        verdict = 'fail';
    else if (entries.length < plan.targets.length)
        return undefined;
    else
        verdict = inconclusive.length > 0 ? 'inconclusive' : 'pass';
    const named = verdict === 'fail' ? failed : verdict === 'inconclusive' ? inconclusive : entries.map(([n]) => n);
    return { verdict, decisions: plan.decided, failed, inconclusive, reason: stepReason(plan, named, verdict) };
}
/** `step 2 (50%): fn-a: why; fn-b: why` — a first deploy's inconclusive says what would decide it. */
function stepReason(plan, names, verdict) {
    const why = names.map((name) => {
        const base = `${name}: ${plan.decided[name]?.reason ?? verdict}`;
        const firstDeploy = plan.targets.find((t) => t.functionName === name)?.baselineVersion === undefined;
        return firstDeploy && verdict === 'inconclusive'
            ? `${base} (first deploy: judged on synthetic traffic only; raise synthetic-rate or the hold, or set on-inconclusive: pass)`
            : base;
    });
    return `step ${plan.step + 1} (${(0,routing/* formatShare */.T1)((0,canary_plan/* currentStep */.SY)(plan).weight)}): ${why.join('; ')}`;
}
/** The promotion's reason: every step passed, or an inconclusive accepted on the way. */
function promotionReason(plan) {
    return plan.accepted
        ? `promoted: inconclusive accepted by on-inconclusive: pass (${plan.accepted})`
        : `promoted: every function passed every step of "${plan.strategy.source}"`;
}
/** An ended step's move: roll back (a fail, or an inconclusive by policy), or go forward. */
function conclude(plan, end) {
    if (end.verdict === 'fail' || (end.verdict === 'inconclusive' && plan.settings.onInconclusive === 'fail')) {
        const to = targetsOf(plan, (t) => t.baselineVersion === undefined ? null : (0,routing/* soleTarget */.Ro)(t.baselineVersion));
        return { plan, action: { kind: 'rollback', verdict: end.verdict, to, reason: end.reason } };
    }
    const next = end.verdict === 'inconclusive' ? { ...plan, accepted: end.reason } : plan;
    const held = (0,canary_plan/* nextHeldStep */.v3)(plan.strategy.steps, plan.step + 1);
    if (held === undefined) {
        const to = targetsOf(next, (t) => (0,routing/* soleTarget */.Ro)(t.canaryVersion));
        return { plan: next, action: { kind: 'promote', verdict: 'pass', to, reason: promotionReason(next) } };
    }
    const weight = (0,canary_plan/* currentStep */.SY)(plan, held).weight;
    const to = targetsOf(next, (t) => t.baselineVersion === undefined
        ? (0,routing/* soleTarget */.Ro)(t.canaryVersion)
        : (0,routing/* stepTarget */.aP)(t.baselineVersion, t.canaryVersion, weight));
    const said = end.verdict === 'pass' ? `passed ${end.reason}` : `accepted by on-inconclusive: pass: ${end.reason}`;
    return { plan: next, action: { kind: 'shift', step: held, weight, to, reason: said } };
}
function targetsOf(plan, pick) {
    return Object.fromEntries(plan.targets.map((t) => [t.functionName, pick(t)]));
}

;// CONCATENATED MODULE: ./lib/src/pipeline/poll-line.js



/** Whole minutes and seconds, as a person reads a clock: `3m`, `2m30s`, `45s`. */
function clockDuration(ms) {
    const seconds = Math.max(0, Math.round(ms / 1000));
    const m = Math.floor(seconds / 60);
    const s = seconds % 60;
    if (m === 0)
        return `${s}s`;
    return s === 0 ? `${m}m` : `${m}m${s}s`;
}
function poll_line_numberOf(judgement, key) {
    const value = judgement.evidence[key];
    return typeof value === 'number' ? value : undefined;
}
const STATES = {
    continue: 'deciding',
    pass: 'pass',
    fail: 'fail',
    inconclusive: 'inconclusive',
};
function pollLine(functionName, at, judgement) {
    const parts = [
        functionName,
        `step ${at.index + 1}/${at.steps}`,
        (0,routing/* formatShare */.T1)(at.weight),
        at.elapsedMs > at.holdMs
            ? `${clockDuration(at.elapsedMs)}, past the ${clockDuration(at.holdMs)} hold`
            : `${clockDuration(at.elapsedMs)} of ${clockDuration(at.holdMs)}`,
    ];
    const calls = poll_line_numberOf(judgement, 'canaryInvocations');
    const rate = poll_line_numberOf(judgement, 'canaryErrorRate');
    parts.push(calls === undefined || calls === 0
        ? 'no canary calls settled yet'
        : `canary ${calls} calls${rate === undefined ? '' : `, ${percent(rate)} errors`}`);
    const baselineCalls = poll_line_numberOf(judgement, 'errorsBaselineCalls');
    const baselineRate = poll_line_numberOf(judgement, 'errorsBaselineRate');
    if (baselineCalls !== undefined && baselineCalls > 0 && baselineRate !== undefined) {
        parts.push(`baseline ${percent(baselineRate)}`);
    }
    const memory = poll_line_numberOf(judgement, 'canaryMemoryMax');
    if (memory !== undefined)
        parts.push(`memory ${percent(memory)}`);
    const failing = judgement.rules.filter((r) => r.status === 'fail').map((r) => r.name);
    parts.push(failing.length > 0 ? `failing: ${failing.join(', ')}` : STATES[judgement.decision]);
    return parts.join(' · ');
}
/**
 * Tells whether a poll line says something new: a function's line that repeats its last one, the
 * clock aside, is left out until a minute has passed since it was shown (waiting for late metrics,
 * a 10-second interval would otherwise print the same figures six times a minute).
 */
class RepeatedPollLines {
    everyMs;
    shown = new Map();
    constructor(everyMs = time/* MINUTE_MS */.k) {
        this.everyMs = everyMs;
    }
    isNew(functionName, at, judgement) {
        const text = pollLine(functionName, { ...at, elapsedMs: 0 }, judgement);
        const last = this.shown.get(functionName);
        if (last && last.text === text && at.elapsedMs - last.elapsedMs < this.everyMs)
            return false;
        this.shown.set(functionName, { text, elapsedMs: at.elapsedMs });
        return true;
    }
}

;// CONCATENATED MODULE: ./lib/src/canary/judge/custom-plan.js







/** Plans longer than this many minutes of settled traffic read as "never". */
const LONGEST_PLAN_MINUTES = 7 * 24 * 60;
/**
 * The old version's minutes before the step with the metric as their failure count (higher-is-worse:
 * its value; lower-is-worse: the calls without it), as the judge counts them: when the code publishes
 * the count with every call (nearly every minute with calls has a datapoint), a minute without one
 * is left out; otherwise it counted no failure.
 */
function failuresBefore(metric, calls, values) {
    const byStart = new Map(values.flatMap((v) => (v.value === undefined ? [] : [[v.start, v.value]])));
    const served = calls.filter((m) => Number.isFinite(m.invocations) && m.invocations > 0);
    const covered = served.filter((m) => byStart.has(m.start)).length;
    const dense = served.length >= DENSE_MIN_MINUTES && covered >= DENSE_SHARE * served.length;
    const higher = metric.direction === 'higher-is-worse';
    return served.flatMap((m) => {
        const n = Math.floor(m.invocations);
        const value = byStart.get(m.start);
        if (value === undefined && dense)
            return [];
        const count = Math.max(0, Math.floor(value ?? 0));
        return [{ n, events: Math.min(n, higher ? count : Math.max(0, n - count)) }];
    });
}
/** r0 and φ from the old version's minutes before the step: the judge's history prior. */
function oldVersionRate(history) {
    const prior = historyPrior(history, MIN_HISTORY_MINUTES);
    const minutes = history.filter((h) => h.n > 0).length;
    if (!prior.usedHistory || prior.priorN <= 0 || prior.priorEvents <= 0)
        return { rate: undefined, minutes };
    return {
        rate: prior.priorEvents / prior.priorN,
        dispersion: estimateDispersion(prior.historyTerms, true),
        minutes,
    };
}
/**
 * The smallest ratio R the count test catches with `expected` canary failures at the old rate. The
 * test is conditional on each minute's failures of both versions: with the canary's share `share`
 * of the calls, its count's null mean is share·(all failures), which a worse canary raises too
 * (expected·(share·R + 1 − share)), with variance φ·mean·(1 − share); R is caught when R·expected
 * reaches detectableMean of that. share 0: the canary against a fixed rate.
 */
function catchableRatio(expected, dispersion, alpha, share = 0) {
    if (!(alpha > 0) || !(expected > 0))
        return Infinity;
    const caught = (ratio) => ratio * expected >=
        detectableMean(expected * (share * ratio + 1 - share), dispersion * (1 - share), alpha, POWER_PROBABILITY);
    if (share <= 0)
        return detectableMean(expected, dispersion, alpha, POWER_PROBABILITY) / expected;
    let hi = 2;
    while (!caught(hi)) {
        if (hi > 1e9)
            return Infinity;
        hi *= 2;
    }
    let lo = 1;
    for (let i = 0; i < 50; i++) {
        const mid = (lo + hi) / 2;
        if (caught(mid))
            hi = mid;
        else
            lo = mid;
    }
    return hi;
}
/**
 * The smallest whole number of minutes t at which `perMinute` expected failures a minute (after
 * `already` from earlier steps) make a PROMOTE_RATIO× rise catchable (Infinity beyond
 * LONGEST_PLAN_MINUTES). The catchable ratio falls as t grows: doubling, then bisection.
 */
function minutesToCatch(perMinute, dispersion, alpha, already = 0, share = 0) {
    const alphaAt = typeof alpha === 'number' ? () => alpha : alpha;
    const caught = (t) => catchableRatio(already + perMinute * t, dispersion, alphaAt(t), share) <= PROMOTE_RATIO;
    if (caught(0))
        return 0;
    if (!(perMinute > 0))
        return Infinity;
    let hi = 1;
    while (!caught(hi)) {
        if (hi >= LONGEST_PLAN_MINUTES)
            return Infinity;
        hi = Math.min(LONGEST_PLAN_MINUTES, hi * 2);
    }
    let lo = Math.floor(hi / 2);
    while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (caught(mid))
            hi = mid;
        else
            lo = mid;
    }
    return hi;
}
/**
 * α the comparison's sequential test may have spent after `minutes` of a window of `spanMinutes`
 * (the hold plus extend-hold): its share of the comparison's α (the rest is the uncapped totals' at
 * the very end), spent as sequential.ts spends it.
 */
function sequentialAlpha(alpha, spanMinutes) {
    // Its first look comes after a minute at the earliest.
    return (minutes) => alpha *
        (1 - CUSTOM_TOTALS_SHARE) *
        spent('early', spanMinutes > 0 ? Math.min(1, Math.max(1, minutes) / spanMinutes) : 1);
}
function rateComparisonPlan(metric, input, values, alpha, window) {
    const name = `${metric.name} vs baseline`;
    const what = metric.direction === 'higher-is-worse' ? `${metric.name} per call` : `calls without ${metric.name}`;
    const old = oldVersionRate(failuresBefore(metric, input.baselineHistory ?? [], values ?? []));
    if (old.rate === undefined) {
        const why = old.minutes < MIN_HISTORY_MINUTES
            ? `${old.minutes} minute${old.minutes === 1 ? '' : 's'} of the old version's ${metric.name} before the first step, fewer than ${MIN_HISTORY_MINUTES}`
            : `the old version had no ${what} in its ${old.minutes} minutes before the first step`;
        return {
            name,
            minutesNeeded: undefined,
            fitsHold: true,
            fitsExtension: true,
            message: `${name}: ${why}: no estimate of how long it needs`,
        };
    }
    const served = servedPerMinute(input.traffic);
    const canaryPerMinute = served * input.weight;
    const soFar = Math.floor(callsSoFar(input.earlier, served));
    const ratio = `a ${PROMOTE_RATIO}× rise`;
    const chance = chanceWords(POWER_PROBABILITY);
    const earlier = soFar > 0 ? ` (and ~${soFar} from earlier steps)` : '';
    const head = `${name}: the old version's ${percent(old.rate)} ${what} (φ ${round(old.dispersion, 2)}), ~${Math.round(canaryPerMinute)} canary calls/min${earlier}`;
    const { holdMinutes, extendMinutes, lastStep } = window;
    const alphaAt = sequentialAlpha(alpha, holdMinutes + extendMinutes);
    const minutesNeeded = minutesToCatch(old.rate * canaryPerMinute, old.dispersion, alphaAt, old.rate * soFar, input.weight);
    const fitsHold = minutesNeeded <= holdMinutes;
    const fitsExtension = minutesNeeded <= holdMinutes + extendMinutes;
    const hold = `the ${formatMinutes(holdMinutes)} hold`;
    let message;
    if (minutesNeeded === 0) {
        message = `${head}: the earlier steps' calls are enough to catch ${ratio} ${chance}`;
    }
    else if (!Number.isFinite(minutesNeeded) && canaryPerMinute <= 0) {
        message = `${head}: nothing to judge it on unless traffic comes`;
    }
    else if (fitsHold) {
        message = `${head}: ${ratio} is caught ${chance} after ~${formatMinutes(minutesNeeded)} of settled traffic`;
    }
    else if (fitsExtension) {
        message = `${head}: ${ratio} is caught ${chance} after ~${formatMinutes(minutesNeeded)} of settled traffic, more than ${hold}: the step may run on by up to ${formatMinutes(extendMinutes)} (extend-hold) while the comparison is undecided`;
    }
    else {
        const within = holdMinutes + extendMinutes;
        const best = catchableRatio(old.rate * (soFar + canaryPerMinute * within), old.dispersion, alphaAt(within), input.weight);
        const span = extendMinutes > 0 ? `${hold} plus ${formatMinutes(extendMinutes)} of extend-hold` : hold;
        const needs = Number.isFinite(minutesNeeded)
            ? `needs ~${formatMinutes(minutesNeeded)} of settled traffic`
            : 'needs more traffic than a week brings';
        const caught = Number.isFinite(best)
            ? `in ${formatMinutes(within)} it catches a ≥ ${Math.ceil(best * 100) / 100}× rise ${chance}`
            : `in ${formatMinutes(within)} it catches no rise`;
        message = `${head}: ${ratio} ${needs}, more than ${span}: ${caught}; a smaller rise will not be told apart${lastStep ? '' : ' in this step'}`;
    }
    return { name, minutesNeeded, fitsHold, fitsExtension, message };
}
/** A service-wide metric against its own minutes before the first shift (worseRun in custom.ts). */
function beforeShiftPlan(metric, values, window) {
    const name = `${metric.name} vs before`;
    const who = `${name} (service-wide, it cannot tell the canary from the old version)`;
    const before = (values ?? []).filter((m) => m.value !== undefined).length;
    if (before < MIN_HISTORY_MINUTES) {
        return {
            name,
            minutesNeeded: undefined,
            fitsHold: true,
            fitsExtension: true,
            message: `${who}: ${before} minute${before === 1 ? '' : 's'} of values before the first shift, fewer than ${MIN_HISTORY_MINUTES}: not compared`,
        };
    }
    const minutesNeeded = CUSTOM_COMPARE_MINUTES;
    const fitsHold = minutesNeeded <= window.holdMinutes;
    const worst = metric.direction === 'higher-is-worse' ? 'highest' : 'lowest';
    const judged = `judged against its ${worst} minute in the ${before} before the first shift: worse by more than ${percent(CUSTOM_COMPARE_TOLERANCE)} for ${CUSTOM_COMPARE_MINUTES} minutes in a row fails; needs ≥ ${formatMinutes(minutesNeeded)} of settled traffic`;
    const short = window.lastStep
        ? `, more than the ${formatMinutes(window.holdMinutes)} hold: it cannot fail within it`
        : `, more than the ${formatMinutes(window.holdMinutes)} hold: the next steps continue the count`;
    return {
        name,
        minutesNeeded,
        fitsHold,
        // Earlier steps' minutes are judged with the later ones: only the last step can run out.
        fitsExtension: fitsHold || !window.lastStep,
        message: `${who}: ${judged}${fitsHold ? '' : short}`,
    };
}
/** One plan per custom comparison the judge will run for this function, in the input's order. */
function planCustomComparisons(input) {
    if (!input.compared)
        return [];
    const tests = customTestCount(input.metrics.map((metric) => ({ metric, canary: [], baseline: undefined })), input.compared);
    const alpha = ALPHA_CUSTOM / Math.max(1, tests) / Math.max(1, Math.floor(input.functions));
    const window = {
        holdMinutes: input.holdMs / time/* MINUTE_MS */.k,
        // extend-hold runs a custom comparison on at the last step only (customDesign in verdict.ts).
        extendMinutes: input.lastStep ? Math.max(0, input.extendHoldMs) / time/* MINUTE_MS */.k : 0,
        lastStep: input.lastStep,
    };
    const valuesOf = (metric) => input.customHistory?.find((h) => h.metric.name === metric.name)?.history;
    return input.metrics.flatMap((metric) => {
        if (!metric.compare)
            return [];
        if (!metric.perVersion)
            return [beforeShiftPlan(metric, valuesOf(metric), window)];
        if (metric.rateOf === undefined)
            return [];
        return [rateComparisonPlan(metric, input, valuesOf(metric), alpha, window)];
    });
}

;// CONCATENATED MODULE: ./lib/src/pipeline/watch.js







/** Another region of the release failed: this run stops its canary and rolls back. */
class ReleaseHaltedError extends errors/* StackCanaryError */.Bt {
    constructor(reason) {
        super('CANCELLED', reason);
    }
}
/**
 * The canary calls of the steps before this one: those counted already, and the time since the
 * newest settled minute at the weight of the step before (its calls are still settling).
 */
function earlierCalls(plan, traffic, nowMs) {
    const firstStart = plan.stepStarts[0];
    if (plan.step === 0 || firstStart === undefined)
        return undefined;
    const before = plan.strategy.steps[plan.step - 1];
    return {
        invocations: (traffic?.canaryCalls ?? 0) + (traffic?.syntheticCalls ?? 0),
        weight: before?.weight ?? 0,
        unsettledMs: nowMs - Math.max(firstStart, traffic?.settledUntilMs ?? firstStart),
    };
}
/**
 * Logs each function's evidence plan for the step, then one line per custom comparison (how long it
 * needs to catch a 2× rise); a warning when even extend-hold cannot be enough.
 */
function announcePlan(input, engine, nowMs) {
    const { logger, observer, step, targets, config } = input;
    if (logger === undefined)
        return;
    const traffic = observer.traffic?.();
    for (const target of targets) {
        const observed = traffic?.get(target.functionName);
        const earlier = earlierCalls(engine, observed, nowMs);
        const plan = planEvidence({
            traffic: observed?.served,
            weight: step.weight,
            holdMs: step.holdMs,
            extendHoldMs: engine.settings.extendHoldMs,
            minInvocations: config.thresholds.minInvocations,
            syntheticPerMinute: config.synthetic?.ratePerMinute ?? 0,
            earlier,
        });
        const custom = planCustomComparisons({
            metrics: config.metrics,
            customHistory: observed?.customHistory,
            baselineHistory: observed?.baselineHistory,
            traffic: observed?.served,
            earlier,
            weight: step.weight,
            holdMs: step.holdMs,
            extendHoldMs: engine.settings.extendHoldMs,
            lastStep: (0,canary_plan/* isLastStep */.b0)(engine),
            functions: engine.settings.functions,
            compared: config.compareBaseline && target.baselineVersion !== undefined,
        });
        for (const line of [plan, ...custom]) {
            const text = `${target.functionName}: ${line.message}`;
            if (line.fitsExtension)
                logger.info(text);
            else
                logger.warning(text);
        }
    }
}
/** The engine's plan of a run the action watches in memory, before its first watched step. */
function actionCanaryPlan(config, targets, budgetShares = 1) {
    return {
        strategy: config.strategy,
        settings: {
            thresholds: config.thresholds,
            compareBaseline: config.compareBaseline,
            onInconclusive: config.onInconclusive,
            extendHoldMs: Math.max(0, config.extendHoldMs),
            // A release in waves: its regions share the budget as a run's functions do.
            functions: targets.length * Math.max(1, Math.floor(budgetShares)),
            lookEveryMs: Math.max(1, config.intervalMs),
        },
        targets: targets.map((t) => ({
            functionName: t.functionName,
            canaryVersion: t.canaryVersion,
            baselineVersion: t.baselineVersion,
            timeoutSeconds: t.timeoutSeconds,
            settleLagMs: t.settleLagMs,
        })),
        step: 0,
        stepStarts: [],
        holdEndMs: 0,
        decided: {},
        accepted: undefined,
    };
}
/**
 * Watches one step whose hold is > 0 (the caller shifts the aliases and begins and ends the
 * observer's step around it): the engine looks at every due time on the injected clock until it
 * ends the step; the outcome carries its move (shift, promote or roll back) and the plan after it.
 */
async function watchStep(input) {
    const { targets, observer, judge, config, clock, signal, logger } = input;
    let plan = (0,canary_plan/* enterStep */.Rx)(input.plan ?? actionCanaryPlan(config, targets, input.budgetShares), input.index, clock.now());
    announcePlan(input, plan, clock.now());
    await input.onPlan?.(plan);
    const start = clock.now();
    const polls = [];
    const lastSamples = {};
    let toldSettling;
    const toldAwaiting = new Set();
    for (;;) {
        await clock.sleep((0,canary_plan/* nextLookAt */.MM)(plan, clock.now()) - clock.now());
        if (signal?.aborted)
            throw new pipeline_journal/* RunCancelledError */.Bi();
        const halt = input.halted?.();
        if (halt !== undefined)
            throw new ReleaseHaltedError(halt);
        await input.renewLease?.();
        const now = clock.now();
        const samples = await observer.observe(now);
        for (const [name, observed] of samples)
            lastSamples[name] = observed;
        const look = advance_advance(plan, { samples }, now, judge);
        plan = look.plan;
        const [move] = look.actions;
        const ended = look.stepEnd && move && move.kind !== 'wait-until' ? move : undefined;
        await input.onPlan?.(plan, ended);
        for (const event of look.events) {
            if (event.kind === 'extended') {
                logger?.info(`${event.functionName}: extending the step to ${formatWait(event.untilMs - start)}: ${event.why}`);
            }
            else if (event.kind === 'awaiting') {
                const told = `${event.functionName}@${plan.holdEndMs}`;
                if (!toldAwaiting.has(told))
                    logger?.info(`${event.functionName}: hold over; ${event.why}`);
                toldAwaiting.add(told);
            }
            else if (toldSettling !== plan.holdEndMs) {
                toldSettling = plan.holdEndMs;
                logger?.info(`hold over; waiting ${formatWait(event.untilMs - now)} for the last minutes' metrics`);
            }
        }
        const poll = { at: now, elapsedMs: now - start, judgements: look.judgements };
        polls.push(poll);
        input.onPoll?.(poll);
        if (look.stepEnd && ended) {
            const { verdict, decisions, failed, inconclusive } = look.stepEnd;
            return {
                kind: verdict,
                decisions,
                failed,
                inconclusive,
                polls,
                samples: lastSamples,
                plan,
                move: ended,
            };
        }
    }
}

;// CONCATENATED MODULE: ./lib/src/pipeline/steps.js
/**
 * The canary itself: for each strategy step, shift every alias, watch and judge (watch.ts; the
 * run's alias lease is renewed at every poll), and after the last step promote. A fail (or an
 * inconclusive with on-inconclusive: fail) ends the loop at once through `finish.conclude`, which
 * rolls back before the observer's step ends.
 */








async function runSteps(deps, finish) {
    const { config, fleet, parts, ctx, recorder } = deps;
    const { logger } = ctx;
    const steps = config.strategy.steps;
    if (!steps.some((s) => s.holdMs > 0)) {
        logger.warning(`Strategy "${config.strategy.source}" holds no step: the new versions are promoted without a canary watch.`);
    }
    const observer = parts.createObserver(ctx, {
        config,
        alarmNames: [...deps.alarmNames, ...config.alarms],
    });
    // The pre-traffic gate: the new versions, invoked directly, before any alias moves.
    const gateTargets = fleet
        .watchTargets()
        .map((t) => ({ functionName: t.functionName, version: t.canaryVersion }));
    const gate = await recorder.phase('pre-traffic', () => runPreTrafficGate(ctx.clients.lambda, gateTargets, config.alias, config.preTraffic, ctx));
    recorder.preTraffic = gate;
    if (gate && !gate.passed)
        return finish.conclude('fail', gate.reason ?? 'pre-traffic gate failed');
    const unwatched = firstDeploysWithoutTraffic(deps);
    if (unwatched.size > 0 && unwatched.size === fleet.active().length) {
        return promote(deps, finish, undefined, unwatched);
    }
    if (finish.detach)
        return finish.detach();
    let plan;
    for (const [index, step] of steps.entries()) {
        let record = recorder.beginStep(index, step.weight, step.holdMs);
        if (step.weight === 1 && step.holdMs === 0 && index === steps.length - 1) {
            recorder.updateStep(record, { outcome: 'promotion' });
            break;
        }
        const halt = deps.halted?.();
        if (halt !== undefined) {
            recorder.updateStep(record, { outcome: 'fail', endedAt: recorder.iso() });
            return finish.conclude('fail', halt);
        }
        try {
            await fleet.shift(step.weight);
        }
        catch (error) {
            if (!(error instanceof traffic_alias/* AliasConflictError */.Xl))
                throw error;
            recorder.updateStep(record, { outcome: 'fail', endedAt: recorder.iso() });
            return finish.conclude('fail', error.message);
        }
        if (step.holdMs === 0) {
            recorder.updateStep(record, { outcome: 'unwatched', endedAt: recorder.iso() });
            continue;
        }
        let outcome;
        try {
            outcome = await watch(deps, observer, index, step, unwatched, plan);
        }
        catch (error) {
            // A lease renewal found the alias changed by someone else (as a conflicting shift does), or
            // another region of the release failed.
            if (!(error instanceof traffic_alias/* AliasConflictError */.Xl) && !(error instanceof ReleaseHaltedError))
                throw error;
            recorder.updateStep(record, { outcome: 'fail', endedAt: recorder.iso() });
            return finish.conclude('fail', error.message);
        }
        const accepted = outcome.plan.accepted !== plan?.accepted;
        plan = outcome.plan;
        record = recorder.updateStep(record, {
            outcome: outcome.kind,
            decisions: outcome.decisions,
            polls: outcome.polls,
            samples: outcome.samples,
            endedAt: recorder.iso(),
        });
        if (outcome.move.kind === 'rollback') {
            // Aliases first, at once; the observer's step ends after.
            const result = await finish.conclude(outcome.move.verdict, outcome.move.reason);
            await endStep(deps, observer);
            return result;
        }
        await endStep(deps, observer);
        if (accepted)
            logger.warning(`Inconclusive, accepted by on-inconclusive: pass: ${plan.accepted ?? ''}`);
    }
    return promote(deps, finish, plan, unwatched);
}
async function watch(deps, observer, index, step, unwatched, plan) {
    const { config, fleet, parts, ctx } = deps;
    const { logger, clock } = ctx;
    const steps = config.strategy.steps;
    const targets = fleet.watchTargets().filter((t) => !unwatched.has(t.functionName));
    const label = `Step ${index + 1}/${steps.length}: ${(0,routing/* formatShare */.T1)(step.weight)} for ${(0,wait/* formatDuration */.a)(step.holdMs)}`;
    const at = { index, steps: steps.length, weight: step.weight, holdMs: step.holdMs };
    // A poll line that only repeats the last one is left out (the debug log keeps every poll).
    const repeats = new RepeatedPollLines();
    await observer.beginStep(targets, clock.now(), step.holdMs, { index, weight: step.weight });
    try {
        return await logger.group(label, async () => {
            const outcome = await watchStep({
                index,
                step,
                targets,
                observer,
                judge: parts.judge,
                config,
                clock,
                plan,
                signal: deps.signal,
                logger,
                renewLease: () => fleet.renew(),
                halted: deps.halted,
                budgetShares: deps.budgetShares,
                onPlan: deps.onPlan,
                onPoll: (poll) => {
                    for (const [name, j] of Object.entries(poll.judgements)) {
                        if (j.decision !== 'continue')
                            continue;
                        const now = { ...at, elapsedMs: poll.elapsedMs };
                        if (repeats.isNew(name, now, j))
                            logger.info(pollLine(name, now, j));
                        logger.debug(`${name}: ${j.reason}`);
                    }
                },
            });
            // Each function's decisive judgement, as a poll line; its full reason in the debug log.
            const elapsedMs = outcome.polls[outcome.polls.length - 1]?.elapsedMs ?? 0;
            for (const [name, j] of Object.entries(outcome.decisions)) {
                logger.info(pollLine(name, { ...at, elapsedMs }, j));
                logger.debug(`${name}: ${j.decision}: ${j.reason}`);
            }
            return outcome;
        });
    }
    catch (error) {
        await endStep(deps, observer);
        throw error;
    }
}
/**
 * A first deploy without synthetic-payload has no traffic to judge: its alias does not exist yet, so
 * no request reaches the new version. As CodeDeploy does, its alias is created on the new version
 * at promotion (after the pre-traffic gate, when one is set), with a warning; with synthetic-payload
 * the version is judged on that traffic first and the alias is created only after a pass.
 */
function firstDeploysWithoutTraffic(deps) {
    const { config, fleet, ctx } = deps;
    if (config.synthetic)
        return new Set();
    const names = fleet
        .active()
        .filter((run) => run.status === 'first-deploy')
        .map((run) => run.functionName);
    for (const name of names) {
        ctx.logger.warning(`${name}: first deploy: no old version to compare and no synthetic-payload, so nothing can be judged ` +
            `before alias ${config.alias} exists; it is created on the new version at promotion.`);
    }
    return new Set(names);
}
async function promote(deps, finish, plan, unwatched) {
    const { config, fleet, ctx, recorder } = deps;
    try {
        await recorder.phase('promote', () => ctx.logger.group('Promote', () => fleet.promote()));
        const last = recorder.steps[recorder.steps.length - 1];
        if (last?.outcome === 'promotion')
            recorder.updateStep(last, { endedAt: recorder.iso() });
    }
    catch (error) {
        if (error instanceof traffic_alias/* AliasConflictError */.Xl)
            return finish.conclude('fail', error.message);
        throw error;
    }
    // The post-traffic hook, as CodeDeploy's AfterAllowTraffic: a failure rolls the aliases back.
    const gateTargets = fleet
        .watchTargets()
        .map((t) => ({ functionName: t.functionName, version: t.canaryVersion }));
    const hook = await recorder.phase('post-traffic', () => runPostTrafficHook(ctx.clients.lambda, gateTargets, config.alias, config.preTraffic.postHook, ctx));
    recorder.postTraffic = hook;
    if (hook && !hook.passed)
        return finish.conclude('fail', hook.reason ?? 'post-traffic hook failed');
    if (!deps.deferPromotion)
        await fleet.recordPromotion();
    const watched = config.strategy.steps.some((s) => s.holdMs > 0);
    const firstOnly = unwatched.size > 0 && unwatched.size === fleet.active().length;
    return finish.pass(firstOnly
        ? `promoted: first deploy: no old version to compare; alias ${config.alias} created on the new version of ${[...unwatched].join(', ')}`
        : !watched || !plan
            ? `promoted without a canary watch: strategy "${config.strategy.source}" holds no step`
            : promotionReason(plan));
}
async function endStep(deps, observer) {
    try {
        await observer.endStep();
    }
    catch (error) {
        deps.ctx.logger.warning(`Ending the observer's step failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}

// EXTERNAL MODULE: ./lib/src/pipeline/runner-loss.js
var runner_loss = __webpack_require__(2799);
;// CONCATENATED MODULE: ./lib/src/pipeline/run.js
















async function runPipeline(config, deps, parts = defaultParts()) {
    return (await startPipeline(config, deps, parts)).result;
}
/** runPipeline, keeping the run at hand (see HeldRun). */
async function startPipeline(config, deps, parts = defaultParts()) {
    // The inputs were checked by config/parse.ts; this guards the planner's steps before any AWS call.
    (0,routing/* assertStrategy */.UY)(config.strategy);
    const recorder = new record/* RunRecorder */.KS(config, deps.clock);
    let clients;
    let templateBody;
    try {
        // Building the clients calls nothing; the template is read once (an S3 URL with the S3 client).
        [clients, templateBody] = await recorder.phase('prepare', async () => {
            const built = await deps.clients();
            if (!config.template)
                return [built, undefined];
            const body = await parts.stack.readTemplate(config.template, built);
            const analysis = parts.stack.analyzeTemplate(body, templateLabel(config.template));
            parts.stack.assertAliasNotManaged(analysis, config.alias, config.functions);
            return [built, body];
        });
    }
    catch (error) {
        recorder.crashed(error, 'prepare', {
            runs: [],
            journal: undefined,
            stack: undefined,
            monitoring: undefined,
        });
        throw error;
    }
    // Names and reasons from AWS reach the log: none may start a workflow command.
    const logger = (0,util_escape/* commandSafeLogger */.zg)(deps.logger);
    const ctx = { clients, logger, clock: deps.clock };
    const run = new PipelineRun(config, { ...deps, logger }, parts, ctx, recorder, templateBody);
    const result = await run.execute();
    return {
        result,
        alarmNames: [...run.alarmNames(), ...config.alarms],
        clients,
        dashboard: run.dashboard(),
        confirm: () => run.confirm(result),
        undo: (reason) => run.undo(result, reason),
    };
}
class PipelineRun {
    config;
    deps;
    parts;
    ctx;
    recorder;
    journal;
    fleet;
    stacks;
    /** Functions whose guard tags this run has read (each once). */
    guardRead = new Set();
    /** on-runner-loss: guard: the run's plans in the plan table. */
    held;
    constructor(config, deps, parts, ctx, recorder, templateBody) {
        this.config = config;
        this.deps = deps;
        this.parts = parts;
        this.ctx = ctx;
        this.recorder = recorder;
        this.journal = new pipeline_journal/* Journal */.CQ(deps.state, deps.clock, deps.signal);
        this.fleet = new Fleet({
            lambda: ctx.clients.lambda,
            traffic: parts.traffic,
            journal: this.journal,
            logger: deps.logger,
            clock: deps.clock,
            alias: config.alias,
            dryRun: config.dryRun,
            holder: deps.holder ?? (0,lease_holder/* runHolder */.C2)({}),
            leaseTermMs: (0,traffic_lease/* leaseTermFor */.Eo)(config.intervalMs, deps.leaseTermMs),
            settleLagMs: config.settleLagMs,
        });
        this.stacks = new RunStacks(config, parts, ctx, templateBody);
    }
    async execute() {
        this.journal.start({
            region: this.ctx.clients.region,
            alias: this.config.alias,
            stackName: this.config.stackName,
        });
        try {
            const end = await this.main();
            // Built once every phase has ended, so the record's timings are whole.
            return { ...end, record: this.recorder.build(this.sources()) };
        }
        catch (error) {
            if (error instanceof runner_loss/* PlanTakenOverError */.n) {
                // The guard has the canary now: this run changes no alias, and ends as a hand-off does.
                this.ctx.logger.warning(error.message);
                const end = this.end('pending', error.message, false);
                return { ...end, record: this.recorder.build(this.sources()) };
            }
            const phase = this.recorder.currentPhase();
            // Stopped by a signal: whoever aborted restores from the journal; we make no further change.
            if (!this.deps.signal?.aborted)
                await this.restoreAfterError(error);
            this.recorder.crashed(error, phase, this.sources());
            throw error;
        }
    }
    async main() {
        const { config, fleet, stacks, recorder, ctx } = this;
        // Snapshot what we may return to; put back an alias an interrupted run left routing.
        const early = await recorder.phase('snapshot', async () => {
            if (stacks.deploysApp())
                this.journal.saveStackSnapshot(await stacks.takeSnapshot());
            const names = await this.resolveEarly();
            await fleet.adopt(names);
            await this.readGuardActivity();
            return names;
        });
        // Monitoring first (its alarms become the app stack's rollback triggers), then the app.
        if (stacks.monitoringDue(early))
            await recorder.phase('monitoring', () => stacks.deployMonitoring(early));
        if (stacks.deploysApp())
            await recorder.phase('deploy', () => stacks.deployApp());
        if (config.dryRun)
            return this.end('skipped', 'dry run: change sets created and shown; nothing was changed', false);
        const notExecuted = stacks.changeSetLeftForReview();
        if (notExecuted !== undefined) {
            return this.end('skipped', `${config.changeSet.leftForReviewBy}: change set ${notExecuted} left for review, not executed; no canary`, false);
        }
        // The functions as deployed: aliases not seen before the deploy are snapshot now.
        const names = await recorder.phase('snapshot', async () => {
            const all = stacks.deploysApp() ? await this.resolveFunctions() : early;
            await fleet.adopt(all);
            await this.readGuardActivity();
            return all;
        });
        if (stacks.monitoringDue(names))
            await recorder.phase('monitoring', () => stacks.deployMonitoring(names));
        if (names.length === 0)
            return this.end('skipped', 'no Lambda function to watch', false);
        await recorder.phase('publish', () => ctx.logger.group('Publish versions', () => fleet.publish(names)));
        if (fleet.active().length === 0) {
            const live = fleet.all().map((r) => `${r.functionName} v${r.published?.version ?? '?'}`);
            return this.end('skipped', `nothing new to canary: ${live.join(', ')} already live`, false);
        }
        const steps = {
            config,
            fleet,
            parts: this.parts,
            ctx,
            recorder,
            alarmNames: stacks.alarmNames(),
            signal: this.deps.signal,
            budgetShares: this.deps.budgetShares ?? 1,
            deferPromotion: this.deps.deferPromotion ?? false,
            halted: this.deps.halted,
            onPlan: await this.holdPlans(),
        };
        const end = await recorder.phase('canary', () => runSteps(steps, {
            conclude: (verdict, reason) => this.conclude(verdict, reason),
            pass: (reason) => this.end('pass', reason, false),
            detach: config.wait ? undefined : () => this.detach(),
        }));
        await this.held?.close(end.verdict, end.reason);
        return end;
    }
    /**
     * on-runner-loss: guard with a waited run: the run's plans, kept as the engine advances (the
     * first write at the first held step); undefined otherwise (rollback: nothing is written).
     */
    async holdPlans() {
        const { config, deps } = this;
        if (config.onRunnerLoss !== 'guard' || !config.wait || config.dryRun)
            return undefined;
        if (!deps.holdPlans) {
            throw new errors/* StackCanaryError */.Bt('INTERNAL', 'on-runner-loss: guard: this run was given no plan keeper.');
        }
        const held = await deps.holdPlans({
            ...this.handOffRequest(),
            state: deps.state,
            holdTermMs: (0,traffic_lease/* leaseTermFor */.Eo)(config.intervalMs, deps.leaseTermMs),
        });
        this.held = held;
        return (plan, move) => held.mirror(plan, move);
    }
    /**
     * What the monitoring stack's guard did since each alias's last promotion (its tags): one log
     * line per function and the run record. Informational: a failed read is a debug line.
     */
    dashboard() {
        return this.stacks.monitoringStackOutputs()['Dashboard'] || undefined;
    }
    alarmNames() {
        return this.stacks.alarmNames();
    }
    /** The release passed: the promotion is recorded for the guard now (deferred by deps.deferPromotion). */
    async confirm(result) {
        if (result.verdict === 'pass' && this.deps.deferPromotion)
            await this.fleet.recordPromotion();
    }
    /**
     * Another region of the release failed after this one passed: every alias this run changed goes
     * back (and the stack, with rollback: stack), as after a verdict of its own. Its verdict stays
     * its own; the result says it was rolled back and why.
     */
    async undo(result, reason) {
        if (result.verdict !== 'pass')
            return result;
        this.ctx.logger.info(`Rolling back: ${reason}`);
        const { rolledBack, complete } = await this.recorder.phase('rollback', () => rollBack(this.rollbackDeps(), 'verdict', reason));
        if (!complete) {
            this.ctx.logger.error('Some aliases could not be restored: the post step (or a re-run) will try again.');
        }
        return { ...result, rolledBack, reason, record: this.recorder.build(this.sources()) };
    }
    async readGuardActivity() {
        const { recorder, ctx, config } = this;
        const fresh = this.fleet
            .all()
            .filter((r) => r.alias !== undefined && !this.guardRead.has(r.functionName));
        for (const run of fresh)
            this.guardRead.add(run.functionName);
        const found = await (0,limit/* mapLimited */.bB)(fresh, (run) => this.parts.traffic.readGuardActivity(ctx.clients.lambda, run.functionName, config.alias, ctx.logger, run.alias?.aliasArn));
        for (const activity of found) {
            if (!activity)
                continue;
            recorder.guard.push(activity);
            ctx.logger.info((0,guard_activity_text/* guardActivityText */.k)(activity, ctx.clock.now()));
        }
    }
    resolveFunctions() {
        const { config } = this;
        return this.parts.stack.resolveFunctions(this.ctx, {
            stackName: config.stackName,
            functions: config.functions,
        });
    }
    /** Functions known before the deploy: their aliases are snapshot (and repaired) before anything changes. */
    async resolveEarly() {
        if (!this.stacks.deploysApp())
            return this.resolveFunctions();
        if (!this.stacks.snapshot?.exists)
            return [];
        try {
            return await this.resolveFunctions();
        }
        catch (error) {
            this.ctx.logger.debug(`Functions not resolvable before the deploy (${(0,errors/* errorMessage */.gJ)(error)}); resolved after it.`);
            return [];
        }
    }
    rollbackDeps() {
        return {
            config: this.config,
            fleet: this.fleet,
            stacks: this.stacks,
            recorder: this.recorder,
            logger: this.ctx.logger,
            traffic: this.parts.traffic,
            sns: this.ctx.clients.sns,
        };
    }
    /** A fail or inconclusive-fail verdict: roll back (per mode), then end. */
    async conclude(verdict, reason) {
        this.ctx.logger.debug(`${verdict}: ${reason}`);
        const { rolledBack, complete } = await this.recorder.phase('rollback', () => rollBack(this.rollbackDeps(), 'verdict', `${verdict}: ${reason}`));
        return this.end(verdict, reason, rolledBack, complete);
    }
    /** wait: false: the first step shifted, the plans written; the guard gives the verdict. */
    async detach() {
        const handOff = this.deps.handOff;
        if (!handOff) {
            throw new errors/* StackCanaryError */.Bt('INTERNAL', 'wait: false: this run was given no hand-off to the guard.');
        }
        const reason = await handOff(this.handOffRequest());
        this.ctx.logger.info(`pending: ${reason}`);
        return this.end('pending', reason, false);
    }
    /** What the guard is handed: a detached canary (wait: false), or a run's plans to keep. */
    handOffRequest() {
        return {
            config: this.config,
            fleet: this.fleet,
            journal: () => this.journal.entries(),
            logger: this.ctx.logger,
            clock: this.ctx.clock,
            runId: this.fleet.runId(),
            monitoringOutputs: this.stacks.monitoringStackOutputs(),
            alarmNames: this.stacks.alarmNames(),
            topicArn: this.stacks.topicArn(),
            deployment: this.deps.deployment,
        };
    }
    async restoreAfterError(error) {
        // The error itself is reported once, where it is caught (the action's one error annotation).
        const cause = (0,errors/* errorMessage */.gJ)(error).replace(/[.\s]+$/, '');
        if (this.fleet.hasChanges()) {
            this.ctx.logger.info(`The run stopped on an error (${cause}): restoring every alias it changed.`);
        }
        else {
            this.ctx.logger.debug(`The run stopped on an error (${cause}): it had changed no alias.`);
        }
        try {
            const { complete } = await this.recorder.phase('rollback', () => rollBack(this.rollbackDeps(), 'error', `error: ${(0,errors/* errorMessage */.gJ)(error)}`));
            if (complete) {
                this.journal.finish('error');
                await this.held?.close('fail', `error: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
        catch (restoreError) {
            this.ctx.logger.error(`Restoring after the error failed too: ${(0,errors/* errorMessage */.gJ)(restoreError)}`);
        }
    }
    sources() {
        return {
            runs: this.fleet.all(),
            journal: this.journal,
            stack: this.stacks.appRecord(),
            monitoring: this.stacks.monitoringRecord(),
        };
    }
    end(verdict, reason, rolledBack, complete = true) {
        if (complete) {
            this.journal.finish(verdict);
        }
        else {
            this.ctx.logger.error('Some aliases could not be restored: the post step (or a re-run) will try again.');
        }
        const runs = this.fleet.all();
        return {
            verdict,
            rolledBack,
            reason,
            versions: Object.fromEntries(runs.map((r) => [r.functionName, { previous: r.snapshot?.version, new: r.published?.version }])),
            stackId: this.stacks.stackId(),
            stackOutputs: this.stacks.outputs(),
            changeSet: this.stacks.changeSet(),
            monitoringChangeSet: this.stacks.monitoringChangeSet(),
        };
    }
}

;// CONCATENATED MODULE: ./lib/src/waves/bake.js
/**
 * wave-bake: the hold between two waves. The regions already promoted keep their alarms watched
 * (the monitoring stack's and the `alarms` input, read in each region every interval); an alarm in
 * ALARM stops the release as a failed canary does. A region without alarms only waits.
 */




/** Reads of an alarm that fail this many times in a row stop the release: no answer is no health. */
const MAX_FAILED_READS = 3;
/** Holds for `bakeMs`; the reason to stop the release when an alarm fired, else undefined. */
async function watchBake(regions, options) {
    const { clock, logger, bakeMs } = options;
    const watched = regions.filter((r) => r.run.result.verdict === 'pass' && r.run.alarmNames.length > 0);
    logger.info(`Wave bake: ${(0,wait/* formatDuration */.a)(bakeMs)}` +
        (watched.length > 0 ? `, watching the alarms of ${watched.map((r) => r.region).join(', ')}` : ''));
    const endMs = clock.now() + bakeMs;
    const failedReads = new Map();
    for (;;) {
        const fired = await firing(watched, failedReads, logger);
        if (fired !== undefined)
            return fired;
        const left = endMs - clock.now();
        if (left <= 0)
            return undefined;
        await clock.sleep(Math.min(left, Math.max(1, options.intervalMs)));
        if (options.signal?.aborted)
            throw new pipeline_journal/* RunCancelledError */.Bi();
    }
}
async function firing(regions, failedReads, logger) {
    for (const { region, run } of regions) {
        try {
            const states = await describeAlarmStates(run.clients.cloudWatch, run.alarmNames);
            failedReads.set(region, 0);
            if (states.inAlarm.size > 0) {
                return `${region}: alarm ${[...states.inAlarm].sort().join(', ')} fired during the wave bake`;
            }
        }
        catch (error) {
            const failed = (failedReads.get(region) ?? 0) + 1;
            failedReads.set(region, failed);
            logger.warning(`[${region}] reading its alarms failed (${failed} in a row): ${(0,errors/* errorMessage */.gJ)(error)}`);
            if (failed >= MAX_FAILED_READS) {
                return `${region}: its alarms could not be read ${failed} times in a row during the wave bake`;
            }
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./lib/src/waves/result.js
var waves_result = __webpack_require__(806);
;// CONCATENATED MODULE: ./lib/src/waves/release.js









/** At most this many regions of a wave deploy and canary at once. */
const REGION_CONCURRENCY = 4;
/** After a halted release: the region changed nothing, or is back. */
const isBack = (r) => r.error === undefined && (r.result === undefined || r.result.verdict === 'skipped' || r.result.rolledBack);
/** Good enough to go on: passed, or nothing new to canary there. */
const wentWell = (verdict) => verdict === 'pass' || verdict === 'skipped';
/** What the entry points run: a release in waves when `regions` is set, else today's one-region run. */
function runDeployment(config, deps, parts = defaultParts()) {
    if (config.regions.length > 0)
        return runRelease(config, deps, parts);
    return runPipeline(config, { ...deps, clients: () => deps.clientsFor(config.region) }, parts);
}
async function runRelease(config, deps, parts = defaultParts()) {
    const waves = config.regions;
    if (waves.length === 0) {
        throw new errors/* StackCanaryError */.Bt('INTERNAL', 'A release in waves was started without regions.');
    }
    if (!config.wait) {
        // The inputs refuse it first (config/regions.ts); a detached canary watches one region.
        throw new errors/* ConfigError */.xL('wait', 'Input wait is false with several regions. Accepted: wait: true with regions.');
    }
    const all = waves.flat();
    const journal = new pipeline_journal/* ReleaseJournal */.J8(deps.state, deps.clock, deps.signal);
    journal.start(all);
    const states = waves.flatMap((wave, w) => wave.map((region) => ({ wave: w + 1, region })));
    /** Why the release stops: the first failure, in any region. */
    let halt;
    const stop = (reason) => {
        halt ??= reason;
    };
    const runRegion = async (state) => {
        const index = all.indexOf(state.region);
        const logger = (0,src_logger/* prefixedLogger */.g)(deps.logger, state.region);
        try {
            state.held = await startPipeline((0,config_regions/* configForRegion */.m1)(config, state.region), {
                ...deps,
                logger,
                state: journal.region(index),
                clients: () => deps.clientsFor(state.region),
                budgetShares: all.length,
                deferPromotion: true,
                halted: () => halt && `stopped with the release: ${halt}`,
            }, parts);
            state.result = state.held.result;
            if (!wentWell(state.result.verdict))
                stop(`${state.region}: ${state.result.verdict}: ${state.result.reason}`);
        }
        catch (error) {
            state.error = error;
            stop(`${state.region}: error: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    };
    for (const [w, wave] of waves.entries()) {
        if (w > 0 && config.waveBakeMs > 0) {
            const finished = states.filter((s) => s.held !== undefined);
            const fired = await watchBake(finished.map((s) => ({ region: s.region, run: s.held })), {
                bakeMs: config.waveBakeMs,
                intervalMs: config.intervalMs,
                clock: deps.clock,
                logger: deps.logger,
                signal: deps.signal,
            });
            if (fired)
                stop(fired);
        }
        if (halt !== undefined)
            break;
        deps.logger.info(`Wave ${w + 1}/${waves.length}: ${wave.join(', ')}`);
        const inWave = states.filter((s) => s.wave === w + 1);
        await (0,limit/* settleLimited */.IL)(inWave, runRegion, deps.concurrency ?? REGION_CONCURRENCY);
        if (halt !== undefined)
            break;
    }
    // Stopped by a signal: whoever aborted restores every region from the journal; no change here.
    const thrown = states.find((s) => s.error !== undefined)?.error;
    if (deps.signal?.aborted)
        throw thrown ?? new pipeline_journal/* RunCancelledError */.Bi();
    if (halt !== undefined) {
        const reason = `rolled back with the release: ${halt}`;
        await (0,limit/* settleLimited */.IL)(states.filter((s) => s.held !== undefined && s.result?.verdict === 'pass' && !s.result.rolledBack), async (s) => {
            s.result = await s.held.undo(reason);
        }, deps.concurrency ?? REGION_CONCURRENCY);
    }
    else {
        await (0,limit/* settleLimited */.IL)(states, async (s) => s.held?.confirm());
    }
    const regions = states.map((s) => ({
        wave: s.wave,
        region: s.region,
        result: s.result,
        error: s.error === undefined ? undefined : (0,errors/* errorMessage */.gJ)(s.error),
        dashboard: s.held?.dashboard,
    }));
    const result = (0,waves_result/* releaseResult */.L)(regions, halt);
    // Left unfinished while a region may still hold an unjudged version: the post step (or a re-run)
    // then puts every region back (a region already back is left as it is).
    if (halt === undefined || config.rollback === 'none' || regions.every(isBack)) {
        journal.finish(thrown === undefined ? result.verdict : 'error');
    }
    else {
        deps.logger.error('Some regions could not be put back: the post step (or a re-run) will try again.');
    }
    if (thrown !== undefined)
        throw thrown;
    return result;
}


/***/ }),

/***/ 806:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ versionsByRegion),
/* harmony export */   L: () => (/* binding */ releaseResult)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/**
 * The one verdict of a release in waves (pure): fail (or inconclusive, as the region that stopped
 * it said) with that region named in the reason, else pass when every region passed or had
 * nothing new. The release's record is the deciding region's (the first that did not pass), else
 * the last region's; every region's own result stays in `regions`.
 */

function releaseResult(regions, halt) {
    const ran = regions.filter((r) => r.result !== undefined);
    // The region that stopped the release (its reason opens with its name), else the first that did not pass.
    const deciding = ran.find((r) => halt?.startsWith(`${r.region}:`)) ??
        ran.find((r) => r.result?.verdict !== 'pass' && r.result?.verdict !== 'skipped');
    const shown = (deciding ?? ran[ran.length - 1])?.result;
    if (shown === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt('INTERNAL', 'A release ended with no region run.');
    let verdict;
    let reason;
    if (halt !== undefined) {
        verdict = deciding?.result?.verdict === 'inconclusive' ? 'inconclusive' : 'fail';
        reason = halt;
    }
    else if (ran.every((r) => r.result?.verdict === 'skipped')) {
        verdict = 'skipped';
        reason = ran.map((r) => `${r.region}: ${r.result?.reason ?? ''}`).join('; ');
    }
    else {
        verdict = 'pass';
        const waves = new Set(regions.map((r) => r.wave)).size;
        reason = `promoted in ${regions.map((r) => r.region).join(', ')} (${waves} wave${waves === 1 ? '' : 's'})`;
    }
    const changed = ran.filter((r) => r.result?.verdict !== 'skipped');
    return {
        verdict,
        rolledBack: halt !== undefined && changed.length > 0 && changed.every((r) => r.result?.rolledBack),
        reason,
        versions: shown.versions,
        stackId: shown.stackId,
        stackOutputs: {},
        record: shown.record,
        regions,
    };
}
/** The `versions` output of a release: each region's functions, old and new version. */
function versionsByRegion(regions) {
    return Object.fromEntries(regions.map((r) => [r.region, r.result?.versions ?? {}]));
}


/***/ })

};

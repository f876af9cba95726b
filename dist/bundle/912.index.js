export const id = 912;
export const ids = [912];
export const modules = {

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


/***/ })

};

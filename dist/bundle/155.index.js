export const id = 155;
export const ids = [155];
export const modules = {

/***/ 6570:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ RunCancelledError),
/* harmony export */   CQ: () => (/* binding */ Journal),
/* harmony export */   LU: () => (/* binding */ STATE_KEYS),
/* harmony export */   MW: () => (/* binding */ JOURNAL_FORMAT),
/* harmony export */   Vj: () => (/* binding */ aliasStateKey),
/* harmony export */   a0: () => (/* binding */ readJournal)
/* harmony export */ });
/* unused harmony exports MAX_SNAPSHOT_STATE_CHARS, describeChange */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/* harmony import */ var _traffic_routing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3826);
/**
 * The state journal: every alias change a run makes is written here BEFORE it is made, with the
 * snapshot each alias returns to. The action keeps it with core.saveState (the post step reads it
 * as STATE_* variables); the CLI keeps it in memory for its signal handler. Either way it is what
 * puts every alias back when the run stops before its end.
 *
 * Each function has its own key, so no one value outgrows an environment variable.
 */


/** Every state key the run writes, in one place. */
const STATE_KEYS = {
    /** JournalHeader: region, alias, stack, functions in key order. */
    run: 'run',
    /** The stack part's snapshot (template body left out when large). */
    stackSnapshot: 'stack_snapshot',
    /** Set at the end of the main step: the post step then has nothing to do. */
    finished: 'finished',
};
/** AliasJournal of the n-th function of the run. */
const aliasStateKey = (index) => `alias_${index}`;
const JOURNAL_FORMAT = 1;
/** Beyond this, the stack snapshot is saved without its template body (environment variable limits). */
const MAX_SNAPSHOT_STATE_CHARS = 60_000;
/** Raised when a change is attempted after the run was told to stop. */
class RunCancelledError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt {
    constructor() {
        super('CANCELLED', 'The run was stopped; no further alias change is made.');
    }
}
class Journal {
    store;
    clock;
    signal;
    run;
    aliases = new Map();
    constructor(store, clock, signal) {
        this.store = store;
        this.clock = clock;
        this.signal = signal;
    }
    start(info) {
        this.run = {
            format: JOURNAL_FORMAT,
            ...info,
            startedAt: new Date(this.clock.now()).toISOString(),
            functions: [],
        };
        this.store.save(STATE_KEYS.run, JSON.stringify(this.run));
    }
    saveStackSnapshot(snapshot) {
        let text = JSON.stringify(snapshot);
        if (text.length > MAX_SNAPSHOT_STATE_CHARS) {
            // JSON drops the undefined body: the post step never needs it, and it may be megabytes.
            text = JSON.stringify({ ...snapshot, templateBody: undefined, templateBodyOmitted: true });
        }
        this.store.save(STATE_KEYS.stackSnapshot, text);
    }
    /** Records where the alias returns to. The first snapshot of a function wins. */
    snapshotAlias(functionName, alias, snapshot) {
        if (this.aliases.has(functionName))
            return;
        const run = this.requireRun();
        const index = run.functions.length;
        const entry = { functionName, alias, snapshot, changes: [] };
        this.aliases.set(functionName, { index, entry });
        this.store.save(aliasStateKey(index), JSON.stringify(entry));
        this.run = { ...run, functions: [...run.functions, functionName] };
        this.store.save(STATE_KEYS.run, JSON.stringify(this.run));
    }
    snapshotOf(functionName) {
        return this.aliases.get(functionName)?.entry.snapshot;
    }
    /** Journals a change about to be made. Refuses once the run has been told to stop. */
    record(functionName, kind, from, to) {
        if (this.signal?.aborted)
            throw new RunCancelledError();
        const known = this.aliases.get(functionName);
        if (!known) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt('INTERNAL', `No snapshot of the alias of ${functionName} was journaled before changing it.`);
        }
        const change = { kind, from, to, at: new Date(this.clock.now()).toISOString() };
        const entry = { ...known.entry, changes: [...known.entry.changes, change] };
        this.aliases.set(functionName, { index: known.index, entry });
        this.store.save(aliasStateKey(known.index), JSON.stringify(entry));
        return change;
    }
    finish(verdict) {
        const record = { verdict, at: new Date(this.clock.now()).toISOString() };
        this.store.save(STATE_KEYS.finished, JSON.stringify(record));
    }
    entries() {
        return [...this.aliases.values()].sort((a, b) => a.index - b.index).map((a) => a.entry);
    }
    requireRun() {
        if (!this.run)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt('INTERNAL', 'The journal was used before the run was started.');
        return this.run;
    }
}
/** One line per change: "orders-fn: live v3 → v3 + v4 at 10% (shift)". */
function describeChange(entry, change) {
    return `${entry.functionName}: ${entry.alias} ${describeTarget(change.from)} → ${describeTarget(change.to)} (${change.kind})`;
}
function parse(store, key) {
    const text = store.get(key);
    if (!text)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt('INTERNAL', `Saved state ${key} is not valid JSON.`, { cause: error });
    }
}
/** What a run journaled; undefined when no run started (nothing to restore). */
function readJournal(store) {
    const run = parse(store, STATE_KEYS.run);
    if (!run)
        return undefined;
    if (run.format !== JOURNAL_FORMAT) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt('INTERNAL', `Saved state run has format ${String(run.format)}; this version reads ${JOURNAL_FORMAT}.`);
    }
    const aliases = [];
    run.functions.forEach((_name, index) => {
        const entry = parse(store, aliasStateKey(index));
        if (entry)
            aliases.push(entry);
    });
    return {
        run,
        stackSnapshot: parse(store, STATE_KEYS.stackSnapshot),
        aliases,
        finished: parse(store, STATE_KEYS.finished),
    };
}


/***/ }),

/***/ 3330:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hg: () => (/* binding */ mermaidText),
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   zg: () => (/* binding */ commandSafeLogger)
/* harmony export */ });
/* unused harmony export logText */
/** Line breaks and other control characters (incl. U+2028/U+2029) that would end a line or a cell. */
const LINE_BREAKS = /[\p{Cc}\u2028\u2029]+/gu;
const MARKDOWN = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '\\': '\\\\',
    '[': '\\[',
    ']': '\\]',
    '`': '\\`',
    '|': '\\|',
    '*': '\\*',
    _: '\\_',
    '~': '\\~',
};
/**
 * One line of inline markdown text, safe in a paragraph, a heading or a table cell: no HTML, no
 * link or image, no code span or fence, no emphasis, no cell break, no line break.
 */
function mdText(text) {
    return text.replace(LINE_BREAKS, ' ').replace(/[&<>\\[\]`|*_~]/g, (c) => MARKDOWN[c] ?? c);
}
/** Text inside a Mermaid quoted label: letters, digits and a few separators; anything else becomes `_`. */
function mermaidText(text) {
    return text.replace(/[^\p{L}\p{N} .:/@+=(),-]/gu, '_');
}
/**
 * A plain log line that the runner must not read as a workflow command (`::set-output`,
 * `::add-mask::`, `::stop-commands::`): every line that would start with `::` is prefixed.
 */
function logText(text) {
    return text.replace(/(^|[\r\n\u2028\u2029])(\s*)::/g, '$1$2[::]');
}
/** The logger with every message and group title through logText (the pipeline logs through it). */
function commandSafeLogger(logger) {
    return {
        debug: (m) => logger.debug(logText(m)),
        info: (m) => logger.info(logText(m)),
        warning: (m) => logger.warning(logText(m)),
        error: (m) => logger.error(logText(m)),
        group: (title, body) => logger.group(logText(title), body),
    };
}


/***/ }),

/***/ 3826:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JN: () => (/* binding */ assertRoutingWeight),
/* harmony export */   Nx: () => (/* binding */ hasRouting),
/* harmony export */   Ro: () => (/* binding */ soleTarget),
/* harmony export */   T1: () => (/* binding */ formatShare),
/* harmony export */   UY: () => (/* binding */ assertStrategy),
/* harmony export */   aP: () => (/* binding */ stepTarget),
/* harmony export */   cS: () => (/* binding */ sameTarget),
/* harmony export */   ff: () => (/* binding */ describeTarget)
/* harmony export */ });
/* harmony import */ var _config_strategy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8592);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5071);


/** Refuses a routing weight Lambda would refuse (or that means "no canary"/"all canary"): (0, 1) only. */
function assertRoutingWeight(version, weight) {
    if (!Number.isFinite(weight) || weight <= 0 || weight >= 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StackCanaryError */ .Bt('INVALID_INPUT', `Alias weight ${String(weight)} for version ${version} is outside (0, 1); refused before calling Lambda. ` +
            'Accepted: a share strictly between 0 and 1 (a 100% step moves the primary version instead).');
    }
}
/**
 * The strategy's own check (config/strategy.ts), for a plan that did not come through parseConfig.
 * parseConfig already runs it on every strategy, so a Config's plan always passes.
 */
function assertStrategy(strategy) {
    (0,_config_strategy_js__WEBPACK_IMPORTED_MODULE_0__/* .assertStrategySteps */ .hi)(strategy);
}
/** The alias target for a step: `weight` of the traffic to `canary`, the rest to `baseline`. */
function stepTarget(baseline, canary, weight) {
    if (weight === 1 || baseline === canary)
        return { version: canary, weights: {} };
    assertRoutingWeight(canary, weight);
    return { version: baseline, weights: { [canary]: weight } };
}
/** All traffic on one version, routing cleared: promotion and rollback both end here. */
function soleTarget(version) {
    return { version, weights: {} };
}
function hasRouting(target) {
    return Object.keys(target.weights).length > 0;
}
const WEIGHT_TOLERANCE = 1e-9;
function sameTarget(a, b) {
    if (a === null || a === undefined || b === null || b === undefined)
        return (a ?? null) === (b ?? null);
    if (a.version !== b.version)
        return false;
    const keysA = Object.keys(a.weights);
    const keysB = Object.keys(b.weights);
    if (keysA.length !== keysB.length)
        return false;
    return keysA.every((k) => {
        const wb = b.weights[k];
        const wa = a.weights[k];
        return wa !== undefined && wb !== undefined && Math.abs(wa - wb) < WEIGHT_TOLERANCE;
    });
}
function formatShare(weight) {
    return `${Number((weight * 100).toFixed(2))}%`;
}
/** "v3", or "v3 + v4 at 10%"; "(no alias)" for null. */
function describeTarget(target) {
    if (!target)
        return '(no alias)';
    const routed = Object.entries(target.weights).map(([v, w]) => ` + v${v} at ${formatShare(w)}`);
    return `v${target.version}${routed.join('')}`;
}


/***/ })

};

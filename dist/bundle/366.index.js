export const id = 366;
export const ids = [366,570];
export const modules = {

/***/ 4489:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ redactingActionLogger),
/* harmony export */   v: () => (/* binding */ actionLogger)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2859);

/**
 * The engine's Logger on the runner's log: warnings and errors become annotations. Every message
 * passes through `redact` first (the runner masks what it was told to as well; this is the second
 * line of defence, and the only one for what is written before a mask is registered).
 */
function redactingActionLogger(redact) {
    return {
        debug: (message) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(redact(message)),
        info: (message) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(redact(message)),
        warning: (message) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(redact(message)),
        error: (message) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(redact(message)),
        group: (title, body) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(redact(title), body),
    };
}
/** For callers with nothing to redact (the post step knows no secret value). */
const actionLogger = redactingActionLogger((text) => text);


/***/ }),

/***/ 1366:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPost: () => (/* binding */ runPost)
});

// EXTERNAL MODULE: ./lib/src/aws/clients.js
var clients = __webpack_require__(9852);
;// CONCATENATED MODULE: ./lib/src/aws/lambda-client.js

async function createLambdaClient(settings) {
    const { LambdaClient } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19));
    return new LambdaClient({
        region: (0,clients/* resolveRegion */.Zv)(settings.region),
        retryMode: 'adaptive',
        maxAttempts: settings.maxAttempts ?? 6,
        customUserAgent: clients/* USER_AGENT */._O,
    });
}

// EXTERNAL MODULE: ./lib/src/errors.js
var errors = __webpack_require__(5071);
// EXTERNAL MODULE: ./lib/src/pipeline/journal.js
var pipeline_journal = __webpack_require__(6570);
// EXTERNAL MODULE: ./lib/src/action/logger.js
var logger = __webpack_require__(4489);
// EXTERNAL MODULE: ./lib/src/action/runner.js
var runner = __webpack_require__(2859);
;// CONCATENATED MODULE: ./lib/src/action/saved-journal.js
/**
 * The post step's check of the state it was handed, before it moves anything: every key of the
 * journal must be there and have the shape this version writes. A malformed or foreign state
 * (hand-edited, another version's, cut short) stops the post step with a message naming the key
 * and what is wrong, and no alias is touched: restoring some aliases from a journal that cannot
 * be trusted for the others would leave a half-restored fleet that looks deliberate.
 */


class SavedStateError extends errors/* StackCanaryError */.Bt {
    constructor(key, problem, functions) {
        const who = functions.length > 0 ? ` Check the aliases of ${functions.join(', ')} by hand.` : '';
        super('INTERNAL', `The saved state cannot be used to restore aliases: ${key} ${problem}. No alias was changed.${who}`);
    }
}
const CHANGE_KINDS = new Set(['repair', 'shift', 'promote', 'rollback', 'create', 'delete']);
const VERSION = /^(\d+|\$LATEST)$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value) => typeof value === 'string' && value !== '';
/** An alias target as the journal writes it: a version, and weights between 0 and 1 by version. */
function isTarget(value) {
    if (value === null)
        return true;
    if (!isObject(value) || typeof value['version'] !== 'string' || !VERSION.test(value['version'])) {
        return false;
    }
    const weights = value['weights'];
    return (isObject(weights) &&
        Object.entries(weights).every(([v, w]) => /^\d+$/.test(v) && typeof w === 'number' && w >= 0 && w <= 1));
}
function isChange(value) {
    return (isObject(value) &&
        CHANGE_KINDS.has(String(value['kind'])) &&
        isTarget(value['from'] ?? null) &&
        isTarget(value['to'] ?? null) &&
        isText(value['at']));
}
/** Checks the whole journal in `store`; throws SavedStateError at the first thing wrong. */
function checkSavedJournal(store) {
    let functions = [];
    const read = (key) => {
        const text = store.get(key);
        if (text === '')
            return undefined;
        try {
            return JSON.parse(text);
        }
        catch {
            throw new SavedStateError(key, 'is not valid JSON', functions);
        }
    };
    const demand = (ok, key, problem) => {
        if (!ok)
            throw new SavedStateError(key, problem, functions);
    };
    const run = read(pipeline_journal/* STATE_KEYS */.LU.run);
    if (run === undefined)
        return;
    demand(isObject(run), pipeline_journal/* STATE_KEYS */.LU.run, 'is not a JSON object');
    const record = run;
    demand(record['format'] === pipeline_journal/* JOURNAL_FORMAT */.MW, pipeline_journal/* STATE_KEYS */.LU.run, `has format ${JSON.stringify(record['format'])}; this version reads ${pipeline_journal/* JOURNAL_FORMAT */.MW}`);
    const listed = record['functions'];
    demand(Array.isArray(listed) && listed.every(isText) && new Set(listed).size === listed.length, pipeline_journal/* STATE_KEYS */.LU.run, 'has no list of distinct function names');
    functions = listed;
    demand(typeof record['region'] === 'string' && REGION.test(record['region']), pipeline_journal/* STATE_KEYS */.LU.run, 'names no AWS region');
    demand(isText(record['alias']), pipeline_journal/* STATE_KEYS */.LU.run, 'names no alias');
    functions.forEach((name, index) => {
        const key = (0,pipeline_journal/* aliasStateKey */.Vj)(index);
        const entry = read(key);
        demand(entry !== undefined, key, `is missing (${pipeline_journal/* STATE_KEYS */.LU.run} lists ${functions.length} function(s))`);
        demand(isObject(entry), key, 'is not a JSON object');
        const journal = entry;
        demand(journal['functionName'] === name, key, `is not the journal of ${name}`);
        demand(journal['alias'] === record['alias'], key, `is not about alias ${String(record['alias'])}`);
        demand(isTarget(journal['snapshot'] ?? null), key, 'has a snapshot that is not an alias target');
        const changes = journal['changes'];
        demand(Array.isArray(changes) && changes.every(isChange), key, 'has a change list this version cannot read');
    });
    const finished = read(pipeline_journal/* STATE_KEYS */.LU.finished);
    demand(finished === undefined || (isObject(finished) && isText(finished['verdict'])), pipeline_journal/* STATE_KEYS */.LU.finished, 'has no verdict');
    read(pipeline_journal/* STATE_KEYS */.LU.stackSnapshot);
}

// EXTERNAL MODULE: ./lib/src/action/state.js
var state = __webpack_require__(1020);
;// CONCATENATED MODULE: ./lib/src/action/post.js







/**
 * The action's post step: runs always. When the main step did not finish (cancelled, crashed,
 * killed), every alias it changed goes back to its snapshot version; otherwise nothing happens.
 * It needs Lambda alone, so it builds (and loads) no other AWS client, and loads none at all when
 * the journal says there is nothing to do. A saved state it cannot trust in full fails the step
 * before any alias is touched.
 */
async function runPost() {
    let lambda;
    try {
        checkSavedJournal(state/* actionState */.M3);
        const journal = (0,pipeline_journal/* readJournal */.a0)(state/* actionState */.M3);
        if (!journal || journal.finished) {
            runner/* debug */.Yz(journal ? 'The main step finished: nothing to restore.' : 'No run was journaled: nothing to restore.');
            return;
        }
        const { recoverUnfinishedRun } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(696), __webpack_require__.e(34)]).then(__webpack_require__.bind(__webpack_require__, 5653));
        const report = await recoverUnfinishedRun(state/* actionState */.M3, async (region) => (lambda = await createLambdaClient({ region })), logger/* actionLogger */.v);
        if (report.status === 'nothing-journaled' ||
            report.status === 'finished' ||
            report.status === 'nothing-changed') {
            runner/* info */.pq(report.message);
        }
        else if (report.aliases.some((a) => a.action === 'failed')) {
            runner/* fail */.fJ(report.message);
        }
        else if (report.status === 'incomplete') {
            runner/* warning */.$e(report.message);
        }
        else {
            runner/* notice */.lm(report.message);
        }
    }
    catch (error) {
        runner/* fail */.fJ(`stack-canary post step: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    finally {
        lambda?.destroy();
    }
}


/***/ }),

/***/ 9852:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ createAwsClients),
/* harmony export */   QI: () => (/* binding */ destroyAwsClients),
/* harmony export */   Zv: () => (/* binding */ resolveRegion),
/* harmony export */   _O: () => (/* binding */ USER_AGENT)
/* harmony export */ });
/* unused harmony export clientsConstructed */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1294);


const USER_AGENT = `stack-canary/${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x}`;
/** How many clients this process has built: lets a test prove bad input built none. */
let constructed = 0;
function clientsConstructed() {
    return constructed;
}
function resolveRegion(region, env = process.env) {
    const resolved = region || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'];
    if (!resolved) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('region', 'Input region is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set. Accepted: an AWS region such as eu-west-1.');
    }
    return resolved;
}
async function createAwsClients(settings) {
    const region = resolveRegion(settings.region);
    const common = {
        region,
        retryMode: 'adaptive',
        maxAttempts: settings.maxAttempts ?? 6,
        customUserAgent: USER_AGENT,
    };
    const [cfn, lambda, cw, logs, sns, s3] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(85)]).then(__webpack_require__.t.bind(__webpack_require__, 4085, 19)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(303)]).then(__webpack_require__.t.bind(__webpack_require__, 303, 19)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(797)]).then(__webpack_require__.t.bind(__webpack_require__, 8797, 19)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19)),
    ]);
    constructed += 6;
    return {
        region,
        cloudFormation: new cfn.CloudFormationClient(common),
        lambda: new lambda.LambdaClient(common),
        cloudWatch: new cw.CloudWatchClient(common),
        logs: new logs.CloudWatchLogsClient(common),
        sns: new sns.SNSClient(common),
        // Path-style keeps bucket names out of the host, which local emulators need.
        s3: new s3.S3Client({ ...common, forcePathStyle: Boolean(process.env['AWS_ENDPOINT_URL']) }),
    };
}
function destroyAwsClients(clients) {
    for (const client of [
        clients.cloudFormation,
        clients.lambda,
        clients.cloudWatch,
        clients.logs,
        clients.sns,
        clients.s3,
    ]) {
        client.destroy();
    }
}


/***/ }),

/***/ 6570:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ RunCancelledError),
/* harmony export */   CQ: () => (/* binding */ Journal),
/* harmony export */   LU: () => (/* binding */ STATE_KEYS),
/* harmony export */   MW: () => (/* binding */ JOURNAL_FORMAT),
/* harmony export */   Vj: () => (/* binding */ aliasStateKey),
/* harmony export */   a0: () => (/* binding */ readJournal),
/* harmony export */   uQ: () => (/* binding */ describeChange)
/* harmony export */ });
/* unused harmony export MAX_SNAPSHOT_STATE_CHARS */
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
    /** RunRecord: region, alias, stack, functions in key order. */
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
    return `${entry.functionName}: ${entry.alias} ${(0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_1__/* .describeTarget */ .ff)(change.from)} → ${(0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_1__/* .describeTarget */ .ff)(change.to)} (${change.kind})`;
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);

/** Refuses a routing weight Lambda would refuse (or that means "no canary"/"all canary"): (0, 1) only. */
function assertRoutingWeight(version, weight) {
    if (!Number.isFinite(weight) || weight <= 0 || weight >= 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt('INVALID_INPUT', `Alias weight ${String(weight)} for version ${version} is outside (0, 1); refused before calling Lambda. ` +
            'Accepted: a share strictly between 0 and 1 (a 100% step moves the primary version instead).');
    }
}
/** Every step weight in (0, 1] and every hold >= 0; checked before the first AWS call. */
function assertStrategy(strategy) {
    if (strategy.steps.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('strategy', `Input strategy "${strategy.source}" has no steps. Accepted: e.g. canary 10% 5m.`);
    }
    for (const step of strategy.steps) {
        if (!Number.isFinite(step.weight) || step.weight <= 0 || step.weight > 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('strategy', `Input strategy "${strategy.source}" has a step weight ${String(step.weight)} outside (0, 1]. Accepted: percentages above 0% up to 100%.`);
        }
        if (!Number.isFinite(step.holdMs) || step.holdMs < 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('strategy', `Input strategy "${strategy.source}" has a hold of ${String(step.holdMs)} ms. Accepted: a duration of 0 or more.`);
        }
    }
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


/***/ }),

/***/ 1294:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The action's version, for the AWS user agent and the report. Kept in step with package.json by a test. */
const VERSION = '0.1.0';


/***/ })

};

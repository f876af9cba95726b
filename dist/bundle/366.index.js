export const id = 366;
export const ids = [366];
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
    return new LambdaClient((0,clients/* clientOptions */.s1)(settings));
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
        const { recoverUnfinishedRun } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(696), __webpack_require__.e(653)]).then(__webpack_require__.bind(__webpack_require__, 5653));
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
/* harmony export */   s1: () => (/* binding */ clientOptions)
/* harmony export */ });
/* unused harmony exports DEFAULT_TIMEOUTS, DEFAULT_MAX_ATTEMPTS, TIMEOUT_ENV, resolveTimeouts, requestHandlerOptions, USER_AGENT, clientsConstructed, resolveRegion */
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6070);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5071);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1294);



const DEFAULT_TIMEOUTS = { connectionMs: 5_000, requestMs: 30_000 };
const DEFAULT_MAX_ATTEMPTS = 6;
/** Environment variables that tighten or relax the bounds (a duration such as `10s` or `0.5s`). */
const TIMEOUT_ENV = {
    connectionMs: 'STACK_CANARY_CONNECTION_TIMEOUT',
    requestMs: 'STACK_CANARY_REQUEST_TIMEOUT',
};
const MAX_TIMEOUT_MS = 15 * 60_000;
/** The bounds every request gets: explicit settings, then the environment, then the defaults. */
function resolveTimeouts(settings = {}, env = process.env) {
    const pick = (key) => {
        const explicit = settings[key];
        if (explicit !== undefined)
            return explicit;
        const name = TIMEOUT_ENV[key];
        const text = env[name];
        if (text === undefined || text.trim() === '')
            return DEFAULT_TIMEOUTS[key];
        const ms = (0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .durationMsOf */ .aw)(text);
        if (ms === null || ms < 100 || ms > MAX_TIMEOUT_MS) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(name, `Environment variable ${name} is "${text.slice(0, 40)}". Accepted: a duration from 0.1s to 15m, such as 10s or 1m.`);
        }
        return ms;
    };
    return { connectionMs: pick('connectionMs'), requestMs: pick('requestMs') };
}
/** The NodeHttpHandler options of every client (passed as options, so the handler loads with the SDK). */
function requestHandlerOptions(timeouts) {
    return {
        connectionTimeout: timeouts.connectionMs,
        requestTimeout: timeouts.requestMs,
        // Without it the SDK only logs a warning when requestTimeout passes, and keeps waiting.
        throwOnRequestTimeout: true,
        socketTimeout: timeouts.requestMs,
    };
}
const USER_AGENT = `stack-canary/${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x}`;
/** How many clients this process has built: lets a test prove bad input built none. */
let constructed = 0;
function clientsConstructed() {
    return constructed;
}
function resolveRegion(region, env = process.env) {
    const resolved = region || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'];
    if (!resolved) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('region', 'Input region is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set. Accepted: an AWS region such as eu-west-1.');
    }
    return resolved;
}
/** The settings every client gets (the full set here, and the post step's Lambda-only client). */
function clientOptions(settings) {
    const timeouts = resolveTimeouts(settings.timeouts);
    return {
        region: resolveRegion(settings.region),
        // Standard, not adaptive: adaptive mode's client-side rate limiter is shared by every call of a
        // client, so throttled synthetic Invokes held back the run's own alias changes and polls (under
        // 30% throttling: a 6 s hold took 24 s and 90% of the synthetic traffic never went out).
        retryMode: 'standard',
        maxAttempts: settings.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        customUserAgent: USER_AGENT,
        requestHandler: requestHandlerOptions(timeouts),
    };
}
async function createAwsClients(settings) {
    const common = clientOptions(settings);
    const region = common.region;
    const [cfn, lambda, cw, logs, sns, s3] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(85)]).then(__webpack_require__.t.bind(__webpack_require__, 4085, 19)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(303)]).then(__webpack_require__.t.bind(__webpack_require__, 2684, 19)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(797)]).then(__webpack_require__.t.bind(__webpack_require__, 8797, 19)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19)),
    ]);
    constructed += 7;
    return {
        region,
        cloudFormation: new cfn.CloudFormationClient(common),
        lambda: new lambda.LambdaClient(common),
        syntheticLambda: new lambda.LambdaClient(common),
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
        ...(clients.syntheticLambda ? [clients.syntheticLambda] : []),
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
    /**
     * Marks the run finished, unless it was told to stop: the signal handler's recovery then owns
     * the aliases (it may be putting them back right now), and the post step must not read "finished".
     */
    finish(verdict) {
        if (this.signal?.aborted)
            return;
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

/***/ 1294:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The action's version, for the AWS user agent and the report. Kept in step with package.json by a test. */
const VERSION = '0.1.0';


/***/ })

};

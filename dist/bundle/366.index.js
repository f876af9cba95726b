export const id = 366;
export const ids = [366,859];
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
// EXTERNAL MODULE: ./lib/src/aws/sdk.js
var sdk = __webpack_require__(6112);
;// CONCATENATED MODULE: ./lib/src/aws/lambda-client.js


async function createLambdaClient(settings) {
    const { LambdaClient } = await sdk/* sdk */.x.lambda();
    return new LambdaClient({
        ...(0,clients/* clientOptions */.s1)(settings),
        requestHandler: await (0,clients/* requestHandlerWithProxy */.QY)(settings),
    });
}

// EXTERNAL MODULE: ./lib/src/config/drop-in-inputs.js
var drop_in_inputs = __webpack_require__(5274);
// EXTERNAL MODULE: ./lib/src/errors.js
var errors = __webpack_require__(5071);
// EXTERNAL MODULE: ./lib/src/pipeline/journal.js
var journal = __webpack_require__(6570);
// EXTERNAL MODULE: ./lib/src/action/logger.js
var logger = __webpack_require__(4489);
// EXTERNAL MODULE: ./lib/src/action/runner.js
var runner = __webpack_require__(2859);
// EXTERNAL MODULE: ./lib/src/schema/alias-journal.js
var alias_journal = __webpack_require__(4382);
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
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The one schema of each part, as the main step writes it (schema/alias-journal.ts). */
const fits = (schema, value) => schema.safeParse(value).success;
const header = alias_journal/* journalHeaderSchema */.oI.unwrap().shape;
const saved_journal_journal = alias_journal/* aliasJournalSchema */.PJ.unwrap().shape;
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
    const run = read(journal/* STATE_KEYS */.LU.run);
    if (run === undefined)
        return;
    demand(isObject(run), journal/* STATE_KEYS */.LU.run, 'is not a JSON object');
    const record = run;
    demand(record['format'] === alias_journal/* JOURNAL_FORMAT */.MW, journal/* STATE_KEYS */.LU.run, `has format ${JSON.stringify(record['format'])}; this version reads ${alias_journal/* JOURNAL_FORMAT */.MW}`);
    const listed = record['functions'];
    demand(fits(header.functions, listed), journal/* STATE_KEYS */.LU.run, 'has no list of distinct function names');
    functions = listed;
    demand(fits(header.region, record['region']), journal/* STATE_KEYS */.LU.run, 'names no AWS region');
    demand(fits(header.alias, record['alias']), journal/* STATE_KEYS */.LU.run, 'names no alias');
    demand(fits(alias_journal/* journalHeaderSchema */.oI, record), journal/* STATE_KEYS */.LU.run, 'is not a run header this version can read');
    functions.forEach((name, index) => {
        const key = (0,journal/* aliasStateKey */.Vj)(index);
        const entry = read(key);
        demand(entry !== undefined, key, `is missing (${journal/* STATE_KEYS */.LU.run} lists ${functions.length} function(s))`);
        if (!isObject(entry))
            throw new SavedStateError(key, 'is not a JSON object', functions);
        demand(entry['functionName'] === name, key, `is not the journal of ${name}`);
        demand(entry['alias'] === record['alias'], key, `is not about alias ${String(record['alias'])}`);
        demand(fits(saved_journal_journal.snapshot, entry['snapshot'] ?? null), key, 'has a snapshot that is not an alias target');
        demand(fits(saved_journal_journal.changes, entry['changes']), key, 'has a change list this version cannot read');
        demand(fits(alias_journal/* aliasJournalSchema */.PJ, entry), key, 'is not an alias journal this version can read');
    });
    const finished = read(journal/* STATE_KEYS */.LU.finished);
    demand(finished === undefined || fits(alias_journal/* finishedRecordSchema */.pS, finished), journal/* STATE_KEYS */.LU.finished, 'has no verdict');
    read(journal/* STATE_KEYS */.LU.stackSnapshot);
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
    const lambdas = [];
    try {
        // A release in waves keeps one journal per region: each is checked before any alias moves.
        for (const store of (0,journal/* journalStores */.Sn)(state/* actionState */.M))
            checkSavedJournal(store);
        const status = (0,journal/* journalStatus */.ir)(state/* actionState */.M);
        if (status !== 'unfinished') {
            runner/* debug */.Yz(status === 'finished'
                ? 'The main step finished: nothing to restore.'
                : 'No run was journaled: nothing to restore.');
            return;
        }
        const { recoverUnfinishedRun } = await __webpack_require__.e(/* import() */ 34).then(__webpack_require__.bind(__webpack_require__, 5653));
        const report = await recoverUnfinishedRun(state/* actionState */.M, async (region) => {
            const lambda = await createLambdaClient({ region, proxy: proxyInput() });
            lambdas.push(lambda);
            return lambda;
        }, logger/* actionLogger */.v);
        if (report.status === 'nothing-journaled' ||
            report.status === 'finished' ||
            report.status === 'nothing-changed') {
            runner/* info */.pq(report.message);
        }
        else if (report.aliases.some((a) => a.action === 'failed')) {
            runner.fail(report.message);
        }
        else if (report.status === 'incomplete') {
            runner/* warning */.$e(report.message);
        }
        else {
            runner/* notice */.lm(report.message);
        }
    }
    catch (error) {
        runner.fail(`stack-canary post step: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    finally {
        for (const lambda of lambdas)
            lambda.destroy();
    }
}
/** The http-proxy input, as the main step took it (a value it refused changed no alias: none here). */
function proxyInput() {
    try {
        return (0,drop_in_inputs/* parseHttpProxy */.MT)(runner/* getInput */.V4('http-proxy').trim());
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 2859:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   dK: () => (/* binding */ mask),
/* harmony export */   fail: () => (/* binding */ fail),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   getState: () => (/* binding */ getState),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   saveState: () => (/* binding */ saveState),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/**
 * The GitHub runner's protocol, the only place the action speaks it, through @actions/core (the
 * toolkit follows GitHub's changes to the protocol: the file commands that replaced `::set-output`,
 * and whatever comes next). Inputs and saved state, outputs and state, masks, groups, annotations
 * and the job summary all go through it; this module only keeps the action's few habits on top:
 * a blank value is never registered as a mask (the runner refuses it with a warning), outputs and
 * state are never printed to the log off a runner, and a job summary is skipped there.
 */

/** An input as the runner hands it over: INPUT_<NAME> (spaces as `_`), trimmed; '' when unset. */
function getInput(name) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
}
/** What the main step saved under this key, as the post step sees it; '' when nothing was saved. */
function getState(key) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(key);
}
/** Tells the runner to replace the value with *** wherever it appears in the log from now on. */
function mask(value) {
    if (value.trim() !== '')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
}
/**
 * Off a runner the toolkit falls back to the `::set-output`/`::save-state` commands that GitHub
 * retired; the action refuses instead, with one line that says why.
 */
function requireFile(variable) {
    if (!process.env[variable])
        throw new Error(`${variable} is not set: not running as a GitHub Actions step?`);
}
function setOutput(name, value) {
    requireFile('GITHUB_OUTPUT');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
}
function saveState(key, value) {
    requireFile('GITHUB_STATE');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(key, value);
}
/** Appends markdown to the job summary; without GITHUB_STEP_SUMMARY (not on a runner) it is skipped. */
async function appendSummary(markdown) {
    if (!process.env['GITHUB_STEP_SUMMARY']) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz('GITHUB_STEP_SUMMARY is not set: no job summary written.');
        return;
    }
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown, true).write();
}
function debug(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message);
}
function info(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message);
}
/** A warning annotation. */
function warning(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message);
}
/** An error annotation. */
function error(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message);
}
/** A notice annotation. */
function notice(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(message);
}
/** An error annotation, and the step fails (exit code 1) when the process ends. */
function fail(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
}
/** A collapsible group in the log around the body. */
function group(title, body) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, body);
}


/***/ }),

/***/ 1020:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IS_POST_KEY: () => (/* binding */ IS_POST_KEY),
/* harmony export */   M: () => (/* binding */ actionState),
/* harmony export */   r: () => (/* binding */ MainStepState)
/* harmony export */ });
/* harmony import */ var _state_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6627);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2859);


/**
 * Set by the main step before anything else: the post step runs the same bundle and tells itself
 * apart by finding it (the runner hands the main step's state to the post step only).
 */
const IS_POST_KEY = 'isPost';
/** The post step's view: what the main step saved, as STATE_* variables. */
const actionState = {
    save: (key, value) => (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__.saveState)(key, value),
    get: (key) => (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__.getState)(key),
};
/**
 * The main step's store: saved for the post step, and kept in memory too, because the runner
 * hands saved state to the next step only; the main step's own signal handler and crash report
 * read it from here.
 */
class MainStepState {
    memory = new _state_store_js__WEBPACK_IMPORTED_MODULE_1__/* .MemoryStateStore */ .k();
    save(key, value) {
        (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__.saveState)(key, value);
        this.memory.save(key, value);
    }
    get(key) {
        return this.memory.get(key);
    }
}


/***/ })

};

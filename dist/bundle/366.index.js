export const id = 366;
export const ids = [366,859,20];
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
var pipeline_journal = __webpack_require__(6570);
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
const journal = alias_journal/* aliasJournalSchema */.PJ.unwrap().shape;
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
    demand(record['format'] === alias_journal/* JOURNAL_FORMAT */.MW, pipeline_journal/* STATE_KEYS */.LU.run, `has format ${JSON.stringify(record['format'])}; this version reads ${alias_journal/* JOURNAL_FORMAT */.MW}`);
    const listed = record['functions'];
    demand(fits(header.functions, listed), pipeline_journal/* STATE_KEYS */.LU.run, 'has no list of distinct function names');
    functions = listed;
    demand(fits(header.region, record['region']), pipeline_journal/* STATE_KEYS */.LU.run, 'names no AWS region');
    demand(fits(header.alias, record['alias']), pipeline_journal/* STATE_KEYS */.LU.run, 'names no alias');
    demand(fits(alias_journal/* journalHeaderSchema */.oI, record), pipeline_journal/* STATE_KEYS */.LU.run, 'is not a run header this version can read');
    functions.forEach((name, index) => {
        const key = (0,pipeline_journal/* aliasStateKey */.Vj)(index);
        const entry = read(key);
        demand(entry !== undefined, key, `is missing (${pipeline_journal/* STATE_KEYS */.LU.run} lists ${functions.length} function(s))`);
        if (!isObject(entry))
            throw new SavedStateError(key, 'is not a JSON object', functions);
        demand(entry['functionName'] === name, key, `is not the journal of ${name}`);
        demand(entry['alias'] === record['alias'], key, `is not about alias ${String(record['alias'])}`);
        demand(fits(journal.snapshot, entry['snapshot'] ?? null), key, 'has a snapshot that is not an alias target');
        demand(fits(journal.changes, entry['changes']), key, 'has a change list this version cannot read');
        demand(fits(alias_journal/* aliasJournalSchema */.PJ, entry), key, 'is not an alias journal this version can read');
    });
    const finished = read(pipeline_journal/* STATE_KEYS */.LU.finished);
    demand(finished === undefined || fits(alias_journal/* finishedRecordSchema */.pS, finished), pipeline_journal/* STATE_KEYS */.LU.finished, 'has no verdict');
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
        checkSavedJournal(state/* actionState */.M);
        const journal = (0,pipeline_journal/* readJournal */.a0)(state/* actionState */.M);
        if (!journal || journal.finished) {
            runner/* debug */.Yz(journal ? 'The main step finished: nothing to restore.' : 'No run was journaled: nothing to restore.');
            return;
        }
        const { recoverUnfinishedRun } = await __webpack_require__.e(/* import() */ 34).then(__webpack_require__.bind(__webpack_require__, 5653));
        const report = await recoverUnfinishedRun(state/* actionState */.M, async (region) => (lambda = await createLambdaClient({ region, proxy: proxyInput() })), logger/* actionLogger */.v);
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
        lambda?.destroy();
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


/***/ }),

/***/ 9852:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ createAwsClients),
/* harmony export */   QI: () => (/* binding */ destroyAwsClients),
/* harmony export */   QY: () => (/* binding */ requestHandlerWithProxy),
/* harmony export */   s1: () => (/* binding */ clientOptions)
/* harmony export */ });
/* unused harmony exports DEFAULT_TIMEOUTS, DEFAULT_MAX_ATTEMPTS, TIMEOUT_ENV, resolveTimeouts, requestHandlerOptions, PROXY_ENV, resolveProxy, noProxyCovers, USER_AGENT, clientsConstructed, resolveRegion */
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6070);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5071);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1294);
/* harmony import */ var _sdk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6112);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7954);





const DEFAULT_TIMEOUTS = { connectionMs: 5_000, requestMs: 30_000 };
const DEFAULT_MAX_ATTEMPTS = 6;
/** Environment variables that tighten or relax the bounds (a duration such as `10s` or `0.5s`). */
const TIMEOUT_ENV = {
    connectionMs: 'STACK_CANARY_CONNECTION_TIMEOUT',
    requestMs: 'STACK_CANARY_REQUEST_TIMEOUT',
};
const MAX_TIMEOUT_MS = 15 * _util_time_js__WEBPACK_IMPORTED_MODULE_3__/* .MINUTE_MS */ .k;
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
/** The proxy variables read, in this order (the upper-case name first, as curl does). */
const PROXY_ENV = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];
/**
 * The proxy of every AWS call: the http-proxy input; else the first proxy variable set, unless
 * NO_PROXY (or no_proxy) covers the endpoint's host (AWS_ENDPOINT_URL's, else amazonaws.com's).
 */
function resolveProxy(input, env = process.env) {
    if (input)
        return input;
    const fromEnv = PROXY_ENV.map((name) => env[name]).find((value) => value !== undefined && value.trim() !== '');
    if (fromEnv === undefined)
        return undefined;
    const endpoint = env['AWS_ENDPOINT_URL'];
    const host = endpoint && URL.canParse(endpoint) ? new URL(endpoint).hostname : 'service.amazonaws.com';
    return noProxyCovers(env['NO_PROXY'] ?? env['no_proxy'] ?? '', host) ? undefined : fromEnv.trim();
}
/** NO_PROXY's entries: `*`, a host, or a domain (`.example.com`, `example.com`, `*.example.com`); ports ignored. */
function noProxyCovers(noProxy, host) {
    const name = host.replace(/^\[|\]$/g, '').toLowerCase();
    return noProxy
        .split(/[\s,]+/)
        .map((entry) => entry.trim().toLowerCase())
        .filter((entry) => entry !== '')
        .some((entry) => {
        if (entry === '*')
            return true;
        const domain = entry
            .replace(/^\*?\.?/, '')
            .replace(/:\d+$/, '')
            .replace(/^\[|\]$/g, '');
        return name === domain || name.endsWith(`.${domain}`);
    });
}
/**
 * The request handler options of every client, with the proxy's agent when there is one (its
 * package is loaded only then). One agent for HTTP and HTTPS endpoints: it tunnels both.
 */
async function requestHandlerWithProxy(settings) {
    const handler = requestHandlerOptions(resolveTimeouts(settings.timeouts));
    const proxy = resolveProxy(settings.proxy);
    if (proxy === undefined)
        return handler;
    const { HttpsProxyAgent } = await __webpack_require__.e(/* import() */ 669).then(__webpack_require__.t.bind(__webpack_require__, 3669, 19));
    const agent = new HttpsProxyAgent(proxy, { keepAlive: true, maxSockets: 50 });
    return { ...handler, httpAgent: agent, httpsAgent: agent };
}
const USER_AGENT = `stack-canary/${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x}`;
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
    const common = { ...clientOptions(settings), requestHandler: await requestHandlerWithProxy(settings) };
    const region = common.region;
    const [cfn, lambda, cw, logs, sns, s3] = await Promise.all([
        _sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sdk */ .x.cloudFormation(),
        _sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sdk */ .x.lambda(),
        _sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sdk */ .x.cloudWatch(),
        _sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sdk */ .x.cloudWatchLogs(),
        _sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sdk */ .x.sns(),
        _sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .sdk */ .x.s3(),
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

/***/ 6112:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ sdk)
/* harmony export */ });
/**
 * The AWS SDK's client packages, each loaded when first asked for: the one place that imports a
 * package's values (its client, commands and paginators). Elsewhere the packages are imported for
 * their types only, and a module that sends a command takes the command from here at the call.
 *
 * The action's bundle carries the SDK, and each loader is a chunk read on first use. The guard's
 * bundle leaves the SDK out (Lambda's runtime has it); its build keeps these `import()` calls
 * native (scripts/build.mjs), so a guard invocation loads only the packages it calls, instead of
 * all of them when the bundle loads.
 */
const sdk = {
    autoScaling: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(932)]).then(__webpack_require__.t.bind(__webpack_require__, 8932, 19)),
    cloudFormation: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19)),
    cloudWatch: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(85)]).then(__webpack_require__.t.bind(__webpack_require__, 4085, 19)),
    cloudWatchLogs: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(303)]).then(__webpack_require__.t.bind(__webpack_require__, 2684, 19)),
    dynamoDb: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(305)]).then(__webpack_require__.t.bind(__webpack_require__, 4305, 19)),
    eventBridge: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(612)]).then(__webpack_require__.t.bind(__webpack_require__, 6612, 19)),
    lambda: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19)),
    s3: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19)),
    secretsManager: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(994)]).then(__webpack_require__.t.bind(__webpack_require__, 2994, 19)),
    sns: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(797)]).then(__webpack_require__.t.bind(__webpack_require__, 8797, 19)),
};


/***/ }),

/***/ 6570:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ RunCancelledError),
/* harmony export */   CQ: () => (/* binding */ Journal),
/* harmony export */   LU: () => (/* binding */ STATE_KEYS),
/* harmony export */   Vj: () => (/* binding */ aliasStateKey),
/* harmony export */   a0: () => (/* binding */ readJournal)
/* harmony export */ });
/* unused harmony exports MAX_SNAPSHOT_STATE_CHARS, describeChange */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/* harmony import */ var _schema_alias_journal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4382);
/* harmony import */ var _traffic_routing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3826);



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
            format: _schema_alias_journal_js__WEBPACK_IMPORTED_MODULE_1__/* .JOURNAL_FORMAT */ .MW,
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
/** A saved key read through its schema; undefined when it was never saved. */
function parseAs(store, key, schema) {
    const json = parse(store, key);
    if (json === undefined)
        return undefined;
    const parsed = schema.safeParse(json);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt('INTERNAL', `Saved state ${key} cannot be read: ${issue?.path.join('.') || key}: ${issue?.message ?? 'invalid'}.`);
}
/** What a run journaled; undefined when no run started (nothing to restore). */
function readJournal(store) {
    const header = parse(store, STATE_KEYS.run);
    if (!header)
        return undefined;
    if (header.format !== _schema_alias_journal_js__WEBPACK_IMPORTED_MODULE_1__/* .JOURNAL_FORMAT */ .MW) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt('INTERNAL', `Saved state run has format ${String(header.format)}; this version reads ${_schema_alias_journal_js__WEBPACK_IMPORTED_MODULE_1__/* .JOURNAL_FORMAT */ .MW}.`);
    }
    const run = parseAs(store, STATE_KEYS.run, _schema_alias_journal_js__WEBPACK_IMPORTED_MODULE_1__/* .journalHeaderSchema */ .oI);
    const aliases = [];
    run.functions.forEach((_name, index) => {
        const entry = parseAs(store, aliasStateKey(index), _schema_alias_journal_js__WEBPACK_IMPORTED_MODULE_1__/* .aliasJournalSchema */ .PJ);
        if (entry)
            aliases.push(entry);
    });
    return {
        run,
        stackSnapshot: parse(store, STATE_KEYS.stackSnapshot),
        aliases,
        finished: parseAs(store, STATE_KEYS.finished, _schema_alias_journal_js__WEBPACK_IMPORTED_MODULE_1__/* .finishedRecordSchema */ .pS),
    };
}


/***/ }),

/***/ 4382:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MW: () => (/* binding */ JOURNAL_FORMAT),
/* harmony export */   PJ: () => (/* binding */ aliasJournalSchema),
/* harmony export */   Q6: () => (/* binding */ VERSION_PATTERN),
/* harmony export */   ZQ: () => (/* binding */ aliasTargetSchema),
/* harmony export */   oI: () => (/* binding */ journalHeaderSchema),
/* harmony export */   pS: () => (/* binding */ finishedRecordSchema)
/* harmony export */ });
/* unused harmony exports changeKindSchema, aliasChangeSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/**
 * The alias journal's persisted shapes, one zod schema each, the TypeScript types inferred from
 * them: what the main step saves (GITHUB_STATE, or memory for the CLI), what the post step
 * checks before it restores anything, and what a detached plan carries for the guard.
 */

const JOURNAL_FORMAT = 1;
/** A Lambda version as an alias may name it. */
const VERSION_PATTERN = /^(\d+|\$LATEST)$/;
const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d+$/;
/** Where an alias sends traffic: the primary version, plus extra versions with their share (0..1). */
const aliasTargetSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(VERSION_PATTERN),
    /** RoutingConfig.AdditionalVersionWeights; empty = all traffic on `version`. */
    weights: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^\d+$/), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1)).readonly(),
})
    .readonly();
const changeKindSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['repair', 'shift', 'promote', 'rollback', 'create', 'delete']);
/** One alias change, journaled before it is made; null: no alias. */
const aliasChangeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    kind: changeKindSchema,
    from: aliasTargetSchema.nullable(),
    to: aliasTargetSchema.nullable(),
    at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
})
    .readonly();
const aliasJournalSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    functionName: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    alias: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    /** Where the alias returns to: its version before the run (routing cleared); null = it did not exist. */
    snapshot: aliasTargetSchema.nullable(),
    changes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(aliasChangeSchema).readonly(),
})
    .readonly();
/** The journal's header: which run the alias entries belong to. */
const journalHeaderSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    format: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(JOURNAL_FORMAT),
    region: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(REGION_PATTERN),
    alias: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    stackName: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    startedAt: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Function names, in the order of their alias_<n> keys. */
    functions: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))
        .readonly()
        .refine((names) => new Set(names).size === names.length, 'function names repeat'),
})
    .readonly();
const finishedRecordSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ verdict: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).readonly();


/***/ }),

/***/ 6627:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ MemoryStateStore)
/* harmony export */ });
class MemoryStateStore {
    values = new Map();
    save(key, value) {
        this.values.set(key, value);
    }
    get(key) {
        return this.values.get(key) ?? '';
    }
}


/***/ })

};

export const id = 345;
export const ids = [345];
export const modules = {

/***/ 9852:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ createAwsClients),
/* harmony export */   QI: () => (/* binding */ destroyAwsClients),
/* harmony export */   QY: () => (/* binding */ requestHandlerWithProxy),
/* harmony export */   s1: () => (/* binding */ clientOptions),
/* harmony export */   sh: () => (/* binding */ ClientPool)
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
/**
 * The clients of a run, one set per region, each built once when first asked for (a release in
 * waves asks for several; a single run for one, `undefined` being the environment's region).
 */
class ClientPool {
    proxy;
    built = new Map();
    constructor(proxy) {
        this.proxy = proxy;
    }
    get(region) {
        const key = region ?? '';
        const known = this.built.get(key);
        if (known)
            return known;
        const made = createAwsClients({ region, proxy: this.proxy });
        this.built.set(key, made);
        return made;
    }
    /** Destroys every set built (one that failed to build is skipped). */
    async destroy() {
        for (const pending of this.built.values()) {
            const clients = await pending.catch(() => undefined);
            if (clients)
                destroyAwsClients(clients);
        }
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
    sts: () => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695)]).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19)),
};


/***/ }),

/***/ 6570:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ RunCancelledError),
/* harmony export */   CQ: () => (/* binding */ Journal),
/* harmony export */   J8: () => (/* binding */ ReleaseJournal),
/* harmony export */   LU: () => (/* binding */ STATE_KEYS),
/* harmony export */   Sn: () => (/* binding */ journalStores),
/* harmony export */   Vj: () => (/* binding */ aliasStateKey),
/* harmony export */   a0: () => (/* binding */ readJournal),
/* harmony export */   iJ: () => (/* binding */ readRelease),
/* harmony export */   ir: () => (/* binding */ journalStatus)
/* harmony export */ });
/* unused harmony exports MAX_SNAPSHOT_STATE_CHARS, describeChange, regionStore */
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
    /** A release in waves: ReleaseHeader (its regions); each region's journal under regionStore(). */
    release: 'release',
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
/**
 * The journal of one region of a release in waves: the same keys as a run's, each behind the
 * region's prefix (`r0_run`, `r0_alias_0`, ...), in the release's one store.
 */
function regionStore(store, index) {
    const prefix = `r${index}_`;
    return {
        save: (key, value) => store.save(`${prefix}${key}`, value),
        get: (key) => store.get(`${prefix}${key}`),
    };
}
/**
 * A release in waves: its header (every region, before any starts) and its own `finished`. Each
 * region's run keeps its journal in regionStore(); a region's own "finished" does not end the
 * release: until the release is finished, every region it changed goes back.
 */
class ReleaseJournal {
    store;
    clock;
    signal;
    constructor(store, clock, signal) {
        this.store = store;
        this.clock = clock;
        this.signal = signal;
    }
    start(regions) {
        const header = { format: _schema_alias_journal_js__WEBPACK_IMPORTED_MODULE_1__/* .JOURNAL_FORMAT */ .MW, regions };
        this.store.save(STATE_KEYS.release, JSON.stringify(header));
    }
    /** The store of the region at `index` of start()'s list. */
    region(index) {
        return regionStore(this.store, index);
    }
    /** As Journal.finish: not once the run was told to stop (the signal handler owns the aliases). */
    finish(verdict) {
        if (this.signal?.aborted)
            return;
        const record = { verdict, at: new Date(this.clock.now()).toISOString() };
        this.store.save(STATE_KEYS.finished, JSON.stringify(record));
    }
}
/** The release this store holds; undefined when it holds a single run's journal (or nothing). */
function readRelease(store) {
    const header = parseAs(store, STATE_KEYS.release, _schema_alias_journal_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseHeaderSchema */ .kH);
    if (!header)
        return undefined;
    return {
        regions: header.regions.map((region, index) => ({ region, store: regionStore(store, index) })),
        finished: parseAs(store, STATE_KEYS.finished, _schema_alias_journal_js__WEBPACK_IMPORTED_MODULE_1__/* .finishedRecordSchema */ .pS),
    };
}
/** The stores the post step checks: each region's of a release, else the store itself. */
function journalStores(store) {
    return readRelease(store)?.regions.map((r) => r.store) ?? [store];
}
/** Whether a main step left anything to restore: its run (or release) started and did not finish. */
function journalStatus(store) {
    const release = readRelease(store);
    if (release)
        return release.finished ? 'finished' : 'unfinished';
    const journal = readJournal(store);
    if (!journal)
        return 'none';
    return journal.finished ? 'finished' : 'unfinished';
}


/***/ }),

/***/ 4382:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MW: () => (/* binding */ JOURNAL_FORMAT),
/* harmony export */   PJ: () => (/* binding */ aliasJournalSchema),
/* harmony export */   Q6: () => (/* binding */ VERSION_PATTERN),
/* harmony export */   ZQ: () => (/* binding */ aliasTargetSchema),
/* harmony export */   kH: () => (/* binding */ releaseHeaderSchema),
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
/** A release in waves: its regions, in order; each region's journal is kept under its own key prefix. */
const releaseHeaderSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    format: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(JOURNAL_FORMAT),
    regions: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(REGION_PATTERN))
        .readonly()
        .refine((names) => new Set(names).size === names.length, 'regions repeat'),
})
    .readonly();


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

export const id = 653;
export const ids = [653,34];
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

/***/ 5653:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recoverUnfinishedRun: () => (/* binding */ recoverUnfinishedRun),
/* harmony export */   tP: () => (/* binding */ restoreAlias)
/* harmony export */ });
/* unused harmony exports restoreTarget, journaledStates, recoverJournal */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/* harmony import */ var _traffic_alias_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9236);
/* harmony import */ var _traffic_routing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3826);
/* harmony import */ var _journal_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6570);
/* harmony import */ var _limit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7630);





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
    const results = await (0,_limit_js__WEBPACK_IMPORTED_MODULE_4__/* .mapLimited */ .bB)(changed, async (entry) => {
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
    if (journal.aliases.some((a) => a.changes.length > 0)) {
        logger.warning('The main step did not finish: putting every alias it changed back on its snapshot version.');
    }
    return recoverJournal(journal, () => lambdaFor(journal.run.region), logger);
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
/* harmony import */ var _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1696);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/* harmony import */ var _routing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3826);
/* harmony import */ var _lease_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9586);




/** The alias was changed by someone else: we leave it as they set it. */
class AliasConflictError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt {
    functionName;
    alias;
    /** What the alias looked like when the conflict was found (undefined: it no longer exists). */
    found;
    constructor(functionName, alias, found, cause) {
        super('CONFLICT', `Alias ${alias} of ${functionName} was changed by someone else (now ${(0,_routing_js__WEBPACK_IMPORTED_MODULE_1__/* .describeTarget */ .ff)(found?.target)}); ` +
            'stack-canary left it as they set it.', { cause });
        this.functionName = functionName;
        this.alias = alias;
        this.found = found;
    }
}
function toState(functionName, alias, answer) {
    if (!answer.FunctionVersion) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt('AWS_ERROR', `Lambda returned alias ${alias} of ${functionName} without a version.`);
    }
    return {
        functionName,
        alias,
        target: {
            version: answer.FunctionVersion,
            weights: { ...(answer.RoutingConfig?.AdditionalVersionWeights ?? {}) },
        },
        revisionId: answer.RevisionId,
        description: answer.Description,
    };
}
function routingConfig(target) {
    for (const [version, weight] of Object.entries(target.weights))
        (0,_routing_js__WEBPACK_IMPORTED_MODULE_1__/* .assertRoutingWeight */ .JN)(version, weight);
    return { AdditionalVersionWeights: { ...target.weights } };
}
/** The alias as it is now; undefined when it does not exist (a normal answer, not an error). */
async function getAlias(lambda, functionName, alias) {
    try {
        const answer = await lambda.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_3__.GetAliasCommand({ FunctionName: functionName, Name: alias }));
        return toState(functionName, alias, answer);
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorName */ .ZH)(error) === 'ResourceNotFoundException')
            return undefined;
        throw error;
    }
}
async function createAlias(lambda, functionName, alias, target, description = _lease_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASED_DESCRIPTION */ .PQ) {
    const routing = routingConfig(target);
    try {
        const answer = await lambda.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_3__.CreateAliasCommand({
            FunctionName: functionName,
            Name: alias,
            FunctionVersion: target.version,
            ...(Object.keys(target.weights).length ? { RoutingConfig: routing } : {}),
            Description: description,
        }));
        return toState(functionName, alias, answer);
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorName */ .ZH)(error) === 'ResourceConflictException') {
            // Someone created it since we looked: theirs now.
            throw new AliasConflictError(functionName, alias, await getAlias(lambda, functionName, alias), error);
        }
        throw error;
    }
}
/**
 * Moves the alias to `to` if it is still at `current.revisionId`, with `description` (a lease, or
 * the released text). When the revision no longer matches, the alias is read again: if it already
 * is at `to` (our own request, retried by the SDK after it had landed), that is success; otherwise
 * an AliasConflictError says what it is now.
 */
async function updateAlias(lambda, current, to, description = _lease_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASED_DESCRIPTION */ .PQ) {
    const { functionName, alias } = current;
    const routing = routingConfig(to);
    try {
        const answer = await lambda.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_3__.UpdateAliasCommand({
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
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorName */ .ZH)(error) !== 'PreconditionFailedException')
            throw error;
        const found = await getAlias(lambda, functionName, alias);
        if (found && (0,_routing_js__WEBPACK_IMPORTED_MODULE_1__/* .sameTarget */ .cS)(found.target, to))
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
    if (!(0,_routing_js__WEBPACK_IMPORTED_MODULE_1__/* .sameTarget */ .cS)(found.target, current.target) ||
        (current.revisionId && found.revisionId !== current.revisionId)) {
        throw new AliasConflictError(functionName, alias, found);
    }
    await lambda.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_3__.DeleteAliasCommand({ FunctionName: functionName, Name: alias }));
}


/***/ }),

/***/ 9586:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IZ: () => (/* binding */ AliasBusyError),
/* harmony export */   PQ: () => (/* binding */ RELEASED_DESCRIPTION),
/* harmony export */   d2: () => (/* binding */ leaseDescription),
/* harmony export */   lo: () => (/* binding */ LEASE_MARGIN_MS),
/* harmony export */   zR: () => (/* binding */ readLease)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/**
 * The alias lease: while a run judges a new version, the alias's Description says so — which run,
 * which version, until when. Another run that finds an unexpired lease of someone else stops
 * before it changes anything; an expired one was left by a run that died, and may be repaired.
 * The lease is only a notice: every alias change still carries the RevisionId last read, so two
 * runs that both read the alias before either moved it cannot both move it.
 */

/** The Description of an alias no run is judging. */
const RELEASED_DESCRIPTION = 'Managed by stack-canary';
/** Beyond the hold: the next shift, the promotion or the rollback come within this. */
const LEASE_MARGIN_MS = 10 * 60_000;
/** Lambda's limit on an alias Description. */
const MAX_DESCRIPTION = 256;
const PATTERN = /^stack-canary: judging v(\S+) until (\S+) for (.+)$/;
function leaseDescription(lease) {
    const head = `stack-canary: judging v${lease.version} until ${new Date(lease.untilMs).toISOString()} for `;
    return head + lease.runId.slice(0, MAX_DESCRIPTION - head.length);
}
/** The lease an alias Description holds, if any. */
function readLease(description) {
    const match = PATTERN.exec(description ?? '');
    if (!match)
        return undefined;
    const untilMs = Date.parse(match[2] ?? '');
    if (Number.isNaN(untilMs))
        return undefined;
    return { version: match[1] ?? '', untilMs, runId: match[3] ?? '' };
}
/** Another run holds the alias: this run stops before it changes anything. */
class AliasBusyError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt {
    functionName;
    lease;
    constructor(functionName, alias, lease) {
        super('CONFLICT', `Alias ${alias} of ${functionName} is being judged by another stack-canary run (${lease.runId}), ` +
            `on v${lease.version} until ${new Date(lease.untilMs).toISOString()}; this run stopped without changing anything. ` +
            'Run again once that run has ended (or serialize deploys of this stack with a concurrency group).');
        this.functionName = functionName;
        this.lease = lease;
    }
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

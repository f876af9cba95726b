export const id = 34;
export const ids = [34,653];
export const modules = {

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

/***/ 9586:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ runLeaseDescription),
/* harmony export */   Eo: () => (/* binding */ leaseTermFor),
/* harmony export */   IZ: () => (/* binding */ AliasBusyError),
/* harmony export */   PQ: () => (/* binding */ RELEASED_DESCRIPTION),
/* harmony export */   d2: () => (/* binding */ leaseDescription),
/* harmony export */   jG: () => (/* binding */ isOwnLease),
/* harmony export */   lo: () => (/* binding */ LEASE_MARGIN_MS),
/* harmony export */   sG: () => (/* binding */ describeHolder),
/* harmony export */   vn: () => (/* binding */ leaseStanding),
/* harmony export */   x$: () => (/* binding */ repairFor),
/* harmony export */   zR: () => (/* binding */ readLease),
/* harmony export */   zl: () => (/* binding */ MAX_RUN_CHARS)
/* harmony export */ });
/* unused harmony exports LEASE_TERM_MS, leftBehind */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/* harmony import */ var _routing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3826);
/**
 * The alias lease: while a run judges a new version, the alias's Description says so — which run,
 * which version, over which old one, until when. The run renews it at every poll of its canary, so
 * it lapses soon (LEASE_TERM_MS) after its holder stops: a runner lost with its job blocks no one
 * for long. Another run that finds a live lease of someone else stops before it changes anything.
 * A lapsed lease, or one left by an earlier attempt of the same workflow run, is taken over at once:
 * the alias goes back to the old version the lease names (the lapsed run's journal, kept where a
 * lost runner cannot lose it), and the new run proceeds.
 *
 * The lease is only a notice: every alias change still carries the RevisionId last read, so two
 * runs that both read the alias before either moved it cannot both move it.
 *
 * Two kinds of lease are written:
 * - a run's own, renewed at every poll, naming its holder (run, attempt, process):
 *   `stack-canary: judging v4 over v3 until <ISO time> by 9f3c1a2b, attempt 2 of <run>`;
 * - the guard's, for a canary handed to it (wait: false), lasting until the plan's deadline:
 *   `stack-canary: judging v4 until <ISO time> for <run>`.
 */


/** The Description of an alias no run is judging. */
const RELEASED_DESCRIPTION = 'Managed by stack-canary';
/** A run's lease lapses this long after its last renewal (it renews at every poll). */
const LEASE_TERM_MS = 2 * 60_000;
/** A guard's lease: beyond the plan's hold, the next shift, the promotion or the rollback come within this. */
const LEASE_MARGIN_MS = 10 * 60_000;
/** Lambda's limit on an alias Description. */
const MAX_DESCRIPTION = 256;
/** A run's name is cut to this, so that its lease (and every comparison with it) keeps it whole. */
const MAX_RUN_CHARS = 120;
const PATTERN = /^stack-canary: judging v(\S+)(?: over v(\S+))? until (\S+) (?:by ([0-9a-f]{8}), attempt (\d+) of|for) (.+)$/;
const iso = (ms) => new Date(ms).toISOString();
/** The guard's lease, for a canary handed to it: names the run only. */
function leaseDescription(lease) {
    const head = `stack-canary: judging v${lease.version} until ${iso(lease.untilMs)} for `;
    return head + lease.runId.slice(0, MAX_DESCRIPTION - head.length);
}
/** A run's own lease: its holder, the version judged and the one the alias returns to. */
function runLeaseDescription(lease) {
    const { holder } = lease;
    const text = `stack-canary: judging v${lease.version} over v${lease.from} until ${iso(lease.untilMs)} ` +
        `by ${holder.instance}, attempt ${holder.attempt} of ${holder.run.slice(0, MAX_RUN_CHARS)}`;
    return text.slice(0, MAX_DESCRIPTION);
}
/** The lease an alias Description holds, if any. */
function readLease(description) {
    const match = PATTERN.exec(description ?? '');
    if (!match)
        return undefined;
    const [, version = '', from, until = '', instance, attempt, run = ''] = match;
    const untilMs = Date.parse(until);
    if (Number.isNaN(untilMs))
        return undefined;
    const holder = instance !== undefined && attempt !== undefined ? { run, attempt: Number(attempt), instance } : undefined;
    return { runId: run, version, untilMs, from, holder };
}
/** How a lease reads in a message: "attempt 2 of <run>", or the run a guard's lease names. */
function describeHolder(lease) {
    return lease.holder ? `attempt ${lease.holder.attempt} of ${lease.holder.run}` : lease.runId;
}
function sameRun(holder, me) {
    return holder.run === me.run.slice(0, MAX_RUN_CHARS);
}
function leaseStanding(description, me, nowMs) {
    const lease = readLease(description);
    if (!lease)
        return { kind: 'free' };
    const { holder } = lease;
    if (holder && sameRun(holder, me)) {
        if (holder.attempt === me.attempt && holder.instance === me.instance)
            return { kind: 'ours' };
        if (holder.attempt < me.attempt)
            return { kind: 'taken-over', why: 'earlier-attempt', lease };
    }
    if (lease.untilMs <= nowMs)
        return { kind: 'taken-over', why: 'lapsed', lease };
    return { kind: 'held', lease };
}
/** Whether this Description is this process's own lease. */
function isOwnLease(description, me) {
    const holder = readLease(description)?.holder;
    return (holder !== undefined &&
        sameRun(holder, me) &&
        holder.attempt === me.attempt &&
        holder.instance === me.instance);
}
/**
 * Where an alias taken over from a lease's run returns to: the version that run found it on (its
 * lease names it), when the alias is still where that run could have left it: the old version
 * routing part of the traffic to the new one, or the new one alone (a held 100% step). undefined
 * when the lease names no old version (a guard's lease, an older stack-canary) or the alias was
 * moved elsewhere since: the caller then falls back to the alias's primary version.
 */
function leftBehind(lease, target) {
    if (lease.from === undefined)
        return undefined;
    const routed = Object.keys(target.weights);
    const shifted = target.version === lease.from && routed.every((v) => v === lease.version);
    const allNew = target.version === lease.version && routed.length === 0;
    return shifted || allNew ? (0,_routing_js__WEBPACK_IMPORTED_MODULE_1__/* .soleTarget */ .Ro)(lease.from) : undefined;
}
/**
 * What a run does first with an alias it found on `target`, given the lease on it. Taken over: back
 * on the version the lease names (leftBehind), else on its primary version. Otherwise an alias
 * routing part of its traffic (a run interrupted where nothing restored it) goes back on its
 * primary version. undefined: nothing to put back (and never under another run's live lease).
 */
function repairFor(target, standing) {
    if (standing.kind === 'held')
        return undefined;
    if (standing.kind === 'taken-over') {
        const { lease } = standing;
        const named = leftBehind(lease, target);
        const to = named ?? (0,_routing_js__WEBPACK_IMPORTED_MODULE_1__/* .soleTarget */ .Ro)(target.version);
        if ((0,_routing_js__WEBPACK_IMPORTED_MODULE_1__/* .sameTarget */ .cS)(target, to))
            return undefined;
        const whose = standing.why === 'earlier-attempt'
            ? `left by ${describeHolder(lease)}, an earlier attempt of this run`
            : `left under the lease of ${describeHolder(lease)}, which lapsed at ${iso(lease.untilMs)} (that run stopped renewing it)`;
        return { to, why: named ? `${whose}, which found it on v${to.version}` : whose };
    }
    if (!(0,_routing_js__WEBPACK_IMPORTED_MODULE_1__/* .hasRouting */ .Nx)(target))
        return undefined;
    return { to: (0,_routing_js__WEBPACK_IMPORTED_MODULE_1__/* .soleTarget */ .Ro)(target.version), why: 'left by an earlier interrupted run' };
}
/**
 * How long a run's lease lasts from each renewal: LEASE_TERM_MS, or one poll interval and half a
 * term when the interval is longer, so a healthy run renews it before it lapses.
 */
function leaseTermFor(intervalMs, termMs = LEASE_TERM_MS) {
    return Math.max(termMs, intervalMs + termMs / 2);
}
/** Another run holds the alias: this run stops before it changes anything. */
class AliasBusyError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt {
    functionName;
    lease;
    constructor(functionName, alias, lease) {
        super('CONFLICT', `Alias ${alias} of ${functionName} is being judged by another stack-canary run (${describeHolder(lease)}), ` +
            `on v${lease.version} until ${iso(lease.untilMs)}; this run stopped without changing anything. ` +
            (lease.holder
                ? `That run renews its lease at every poll: run again once it has ended, or after ${iso(lease.untilMs)} ` +
                    'if it has stopped (a re-run of that workflow run takes over at once; to queue deploys of this stack, use a concurrency group).'
                : 'Run again once that run has ended (or serialize deploys of this stack with a concurrency group).'));
        this.functionName = functionName;
        this.lease = lease;
    }
}


/***/ })

};

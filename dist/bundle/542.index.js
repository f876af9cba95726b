export const id = 542;
export const ids = [542];
export const modules = {

/***/ 5739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rh: () => (/* binding */ commentOnPullRequest)
});

// UNUSED EXPORTS: previewOf, tokenAuthor, upsertComment

// EXTERNAL MODULE: ./lib/src/errors.js
var errors = __webpack_require__(5071);
// EXTERNAL MODULE: ./lib/src/util/escape.js
var util_escape = __webpack_require__(1744);
// EXTERNAL MODULE: ./lib/src/stack/change-set-summary.js
var change_set_summary = __webpack_require__(7769);
// EXTERNAL MODULE: ./lib/src/config/redact.js
var config_redact = __webpack_require__(8860);
;// CONCATENATED MODULE: ./lib/src/action/pr-comment-body.js
/**
 * The body of the change-set preview a dry run posts on a pull request. Pure.
 *
 * It opens with a hidden marker naming the app stack, so the next push finds the same comment and
 * each stack of a repository keeps its own. Then one section per stack (the app's, then the
 * monitoring stack's) with every resource and its property-level changes. Everything from AWS is
 * redacted before it is rendered (so no secret shows and no markup is broken by the redaction)
 * and escaped as it is rendered. A body over GitHub's limit is cut between two resources, with a
 * note saying how many are left out.
 */



/** GitHub refuses a comment body over 65,536 characters. */
const MAX_COMMENT_CHARS = 65_536;
/** The hidden line that names the comment: one comment per app stack. */
function commentMarker(stackName) {
    return `<!-- stack-canary:change-set:${stackName.replace(/[^A-Za-z0-9_.-]/g, '_')} -->`;
}
/** The change set with every string in it redacted (values, ids, names). */
function redactChangeSet(changeSet, redact) {
    return (0,config_redact/* redactStrings */.eT)(changeSet, redact);
}
const hasChanges = (stack) => (stack.changeSet?.changes.length ?? 0) > 0;
function headline(preview) {
    const at = preview.commit ? ` at ${(0,util_escape/* mdCode */.xs)(preview.commit.slice(0, 12))}` : '';
    const what = preview.stacks.some(hasChanges)
        ? 'the change sets are below'
        : '**no changes**: every stack already matches its template and parameters';
    const app = preview.stacks[0]?.changeSet;
    const done = preview.leftForReview && app
        ? `the app stack's change set ${(0,util_escape/* mdCode */.xs)(app.name)} waits for review, not executed`
        : 'nothing was changed';
    const run = preview.leftForReview ? 'stack-canary' : 'stack-canary dry run';
    return `**${run}** for ${(0,util_escape/* mdCode */.xs)(preview.stackName)}${at}: ${done}; ${what}.`;
}
/** One stack's section, split between resources so that a long one can be cut cleanly. */
function stackPieces(stack, redact) {
    if (!stack.changeSet) {
        return [
            `## ${(0,util_escape/* mdText */.bC)(`No change set for stack ${stack.stackName}`)}\n\nNone could be made: the run's log says why.\n`,
        ];
    }
    const markdown = (0,change_set_summary/* changesMarkdown */.T4)(redactChangeSet(stack.changeSet, redact));
    return markdown
        .split(/\n(?=<details>\n)/)
        .map((piece, i, all) => (i < all.length - 1 ? `${piece}\n` : piece));
}
function footer(preview) {
    const run = preview.runUrl && /^https?:\/\/[^\s()<>"'`]+$/.test(preview.runUrl) ? ` ([run](${preview.runUrl}))` : '';
    return `\n<sub>Posted by stack-canary${run}; updated in place on every push.</sub>\n`;
}
/**
 * The whole comment. `limit` is GitHub's (smaller in tests); the body never exceeds it: resources
 * that do not fit are left out from the first one that does not, and a note says how many.
 */
function changeSetCommentBody(preview, redact = (text) => text, limit = MAX_COMMENT_CHARS) {
    const head = `${commentMarker(preview.stackName)}\n${headline(preview)}\n\n`;
    const end = footer(preview);
    const pieces = preview.stacks.flatMap((stack) => stackPieces(stack, redact));
    const whole = `${head}${pieces.join('')}${end}`;
    if (whole.length <= limit)
        return whole;
    const kept = [];
    // Room for the note that says what is left out.
    const budget = limit - head.length - end.length - cutNote(pieces.length, pieces.length).length;
    let used = 0;
    for (const piece of pieces) {
        if (used + piece.length > budget)
            break;
        kept.push(piece);
        used += piece.length;
    }
    return `${head}${kept.join('')}${cutNote(pieces.length - kept.length, pieces.length)}${end}`;
}
function cutNote(left, all) {
    return `\n> ✂️ Cut to fit GitHub's ${MAX_COMMENT_CHARS.toLocaleString('en-US')}-character limit for a comment: the last ${left} of ${all} sections are left out. The run's log lists every change.\n`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/src/action/pr-comment-target.js
/**
 * Which pull request a run previews, from the variables GitHub's runner sets: GITHUB_EVENT_NAME
 * (`pull_request` or `pull_request_target`), the event payload at GITHUB_EVENT_PATH (its
 * pull_request.number and head commit), GITHUB_REPOSITORY and GITHUB_API_URL. The action and the
 * CLI read the same variables, so the CLI comments too when it runs in a GitHub workflow.
 */


const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
/** The pull request to comment on, or why there is none (a sentence for the debug log). */
function pullRequestTarget(env) {
    const event = env['GITHUB_EVENT_NAME'] ?? '';
    if (!PULL_REQUEST_EVENTS.includes(event)) {
        return event ? `the event is ${event}, not a pull request` : 'not running in a GitHub workflow';
    }
    const [owner, repo, ...rest] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
    if (!owner || !repo || rest.length > 0)
        return 'GITHUB_REPOSITORY does not name a repository as owner/name';
    const path = env['GITHUB_EVENT_PATH'];
    if (!path)
        return 'GITHUB_EVENT_PATH is not set';
    let payload;
    try {
        payload = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        return `the event payload could not be read: ${(0,errors/* errorMessage */.gJ)(error)}`;
    }
    const number = payload.pull_request?.number ?? payload.number;
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) {
        return 'the event payload names no pull request number';
    }
    const sha = payload.pull_request?.head?.sha;
    const server = env['GITHUB_SERVER_URL'] || 'https://github.com';
    const runId = env['GITHUB_RUN_ID'];
    return {
        owner,
        repo,
        number,
        apiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
        commit: typeof sha === 'string' ? sha : undefined,
        runUrl: runId ? `${server}/${owner}/${repo}/actions/runs/${runId}` : undefined,
    };
}

;// CONCATENATED MODULE: ./lib/src/action/pr-comment.js




/** Who the token is; undefined for an app's installation token (GET /user answers 403 to those). */
async function tokenAuthor(octokit) {
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return { login: data.login };
    }
    catch {
        return { login: undefined };
    }
}
function ours(comment, marker, author) {
    if (!comment.body?.includes(marker))
        return false;
    return author.login === undefined ? comment.user?.type === 'Bot' : comment.user?.login === author.login;
}
/** Creates the comment, or updates the one that carries the marker; unchanged when its body is the same. */
async function upsertComment(octokit, target, marker, body) {
    const where = { owner: target.owner, repo: target.repo, issue_number: target.number };
    const author = await tokenAuthor(octokit);
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        ...where,
        per_page: 100,
    });
    const existing = comments.find((comment) => ours(comment, marker, author));
    if (existing?.body === body)
        return { action: 'unchanged', url: existing.html_url };
    if (existing) {
        const { data } = await octokit.rest.issues.updateComment({
            owner: target.owner,
            repo: target.repo,
            comment_id: existing.id,
            body,
        });
        return { action: 'updated', url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({ ...where, body });
    return { action: 'created', url: data.html_url };
}
/** The preview of this run's change sets, or undefined when no stack was previewed. */
function previewOf(config, result, target) {
    const stackName = config.stackName;
    if (!stackName || !config.template)
        return undefined;
    const stacks = [{ stackName, changeSet: result.changeSet }];
    if (result.monitoringChangeSet) {
        stacks.push({ stackName: result.monitoringChangeSet.stackName, changeSet: result.monitoringChangeSet });
    }
    const leftForReview = !config.dryRun;
    return { stackName, stacks, commit: target.commit, runUrl: target.runUrl, leftForReview };
}
/**
 * After a dry run (or a change set left for review by no-execute-changeset) on a pull request,
 * with `pr-comment` on and a token: the preview comment,
 * created or updated. Elsewhere it does nothing (a debug line says why). Never throws.
 */
async function commentOnPullRequest(config, result, deps) {
    // What GitHub answers (a URL, an error message) reaches the log: none may start a workflow command.
    const logger = (0,util_escape/* commandSafeLogger */.zg)(deps.logger);
    // A dry run, or no-execute-changeset (the change set left for review): both only preview.
    if (!(config.dryRun || !config.changeSet.execute) || !config.prComment)
        return undefined;
    const target = pullRequestTarget(deps.env ?? process.env);
    if (typeof target === 'string') {
        logger.debug(`No change-set comment: ${target}.`);
        return undefined;
    }
    const preview = previewOf(config, result, target);
    if (!preview) {
        logger.debug('No change-set comment: no template, so no change set.');
        return undefined;
    }
    const token = config.githubToken;
    if (!token) {
        logger.warning(`No change-set comment on pull request #${target.number}: github-token is not set.`);
        return undefined;
    }
    try {
        const github = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(413)]).then(__webpack_require__.bind(__webpack_require__, 2413));
        const octokit = github.getOctokit(token, { baseUrl: target.apiUrl });
        const body = changeSetCommentBody(preview, deps.redact);
        const outcome = await upsertComment(octokit, target, commentMarker(preview.stackName), body);
        logger.info(`Change-set preview ${outcome.action} on pull request #${target.number}: ${outcome.url}`);
        return outcome;
    }
    catch (error) {
        logger.warning(`The change-set preview could not be posted on pull request #${target.number}: ${(0,errors/* errorMessage */.gJ)(error)}${hint(error)}`);
        return undefined;
    }
}
/** What to do about a refusal: the permission, and why a fork's pull request never gets one. */
function hint(error) {
    const status = error?.status;
    if (status !== 403 && status !== 404)
        return '';
    return ' (the job needs `permissions: pull-requests: write`, or set `pr-comment: false`; a pull request from a fork gets a read-only token)';
}


/***/ }),

/***/ 4880:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ runFrontDoor),
  f: () => (/* binding */ verdictFails)
});

// EXTERNAL MODULE: ./lib/src/aws/clients.js
var aws_clients = __webpack_require__(9852);
// EXTERNAL MODULE: ./lib/src/config/secrets.js
var config_secrets = __webpack_require__(3640);
// EXTERNAL MODULE: ./lib/src/pipeline/journal.js
var journal = __webpack_require__(6570);
// EXTERNAL MODULE: ./lib/src/report/report.js
var report_report = __webpack_require__(931);
;// CONCATENATED MODULE: ./lib/src/report/verdict-line.js
/** What the run did to the aliases, in a few words. */
function whatWasDone(result) {
    const { verdict, record } = result;
    if (verdict === 'skipped')
        return 'nothing shifted';
    if (verdict === 'pass') {
        // A region of a release in waves, put back when a later region failed.
        if (result.rolledBack)
            return 'promoted, then rolled back';
        const created = record.functions.length > 0 && record.functions.every((f) => f.previous === undefined);
        return created ? 'alias created' : 'promoted';
    }
    if (result.rolledBack)
        return 'rolled back';
    if (record.rollbackMode === 'none')
        return 'not rolled back (rollback: none)';
    return record.rollback ? 'rollback incomplete' : 'nothing shifted';
}
/** One function's alias as it ends, and how that compares with the start of the run. */
function aliasEnd(alias, fn) {
    const was = fn.previous === undefined ? undefined : `v${fn.previous}`;
    const fresh = fn.new === undefined ? undefined : `v${fn.new}`;
    let note = '';
    if (fn.aliasNow === fresh)
        note = was === undefined ? ' (created)' : ` (was ${was})`;
    else if (fn.aliasNow === was && fresh !== undefined && fresh !== was)
        note = ` (${fresh} rejected)`;
    const someoneElse = fn.changedBySomeoneElse ? ', changed by someone else' : '';
    return `${fn.functionName}: alias ${alias} on ${fn.aliasNow}${note}${someoneElse}`;
}
/** Functions named one by one; beyond this many the rest are counted (the report lists them all). */
const LISTED = 3;
/** A release in waves: what was done in each region, in wave order. */
function regionsDone(regions) {
    return regions.map((r) => `${r.region}: ${r.result ? whatWasDone(r.result) : r.error ? 'error' : 'not run'}`);
}
function verdictLine(result) {
    const { record } = result;
    const parts = [`verdict ${result.verdict}`, whatWasDone(result)];
    if (result.regions) {
        parts.push(...regionsDone(result.regions));
    }
    else if (result.verdict !== 'skipped') {
        const published = record.functions.filter((f) => f.new !== undefined);
        parts.push(...published.slice(0, LISTED).map((f) => aliasEnd(record.alias, f)));
        if (published.length > LISTED)
            parts.push(`${published.length - LISTED} more functions in the report`);
    }
    // A pass's reason opens with "promoted: ", which the line has just said.
    const reason = result.verdict === 'pass' ? result.reason.replace(/^promoted: /, '') : result.reason;
    parts.push(`reason: ${reason}`);
    // One line whatever the reason and the names hold: it starts with "verdict", so no part of it
    // can start a workflow command on a line of its own.
    return parts.join(' · ').replace(/[\r\n\u2028\u2029]+/g, ' ');
}

// EXTERNAL MODULE: ./lib/src/errors.js
var errors = __webpack_require__(5071);
;// CONCATENATED MODULE: ./lib/src/signals.js

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
const processHost = {
    on: (signal, listener) => process.on(signal, listener),
    off: (signal, listener) => process.off(signal, listener),
    exit: (code) => process.exit(code),
};
function handleStopSignals(options) {
    const { host, logger } = options;
    let recovery;
    const listeners = new Map();
    for (const signal of Object.keys(SIGNAL_EXIT_CODES)) {
        const listener = () => {
            if (recovery) {
                logger.warning(`Received ${signal} again: still restoring the aliases, exiting when done.`);
                return;
            }
            logger.warning(`Received ${signal}: stopping the run and restoring every alias it changed.`);
            const code = SIGNAL_EXIT_CODES[signal];
            recovery = options
                .onSignal(signal)
                .catch((error) => logger.error(`Restoring after ${signal} failed: ${(0,errors/* errorMessage */.gJ)(error)}`))
                .then(() => {
                host.exit(code);
                return code;
            });
        };
        listeners.set(signal, listener);
        host.on(signal, listener);
    }
    return {
        interrupted: () => recovery,
        dispose: () => {
            for (const [signal, listener] of listeners)
                host.off(signal, listener);
            listeners.clear();
        },
    };
}
/**
 * Stops one run on a signal: aborts it and restores from the journal in `state`, then hands
 * the recovery's outcome to `afterRecovery` (the action writes its outputs and summary there).
 */
function stopRunOnSignal(options) {
    const { logger } = options;
    const controller = new AbortController();
    const stops = handleStopSignals({
        host: options.host,
        logger,
        onSignal: async (signal) => {
            controller.abort();
            const { recoverUnfinishedRun } = await __webpack_require__.e(/* import() */ 653).then(__webpack_require__.bind(__webpack_require__, 5653));
            const report = await recoverUnfinishedRun(options.state, options.lambda, logger);
            if (report.status === 'incomplete')
                logger.error(report.message);
            else
                logger.info(report.message);
            await options.afterRecovery?.(signal, report);
        },
    });
    return { signal: controller.signal, stops };
}

// EXTERNAL MODULE: ./lib/src/traffic/lease-holder.js
var lease_holder = __webpack_require__(9213);
// EXTERNAL MODULE: ./lib/src/util/clock.js
var clock = __webpack_require__(2401);
;// CONCATENATED MODULE: ./lib/src/front-door.js
/**
 * The one front door of a run, for the action's main step and the CLI alike, once the inputs are
 * valid: it builds the AWS clients of each region on first use (and destroys them at the end), stops the run on
 * SIGINT/SIGTERM and restores every alias it changed, runs the pipeline, comments a dry run's
 * change sets on the pull request, builds the JSON report and the verdict line, and catches
 * whatever throws, once. What each door makes of the end (outputs and a job summary, or stdout
 * and an exit code) is its own: `FrontDoorEnds`.
 */








/** A verdict that fails the step (exit 1 from the CLI): fail or inconclusive. */
function verdictFails(result) {
    return result.verdict === 'fail' || result.verdict === 'inconclusive';
}
async function runFrontDoor(door, ends) {
    const { config, secrets, logger, state, seams } = door;
    const startedAt = new Date();
    secrets.add((0,config_secrets/* valuesToMask */.yF)(config));
    // One set of clients per region (a release in waves has several), each built when first needed.
    const clients = new aws_clients/* ClientPool */.sh(config.httpProxy);
    const { signal, stops } = stopRunOnSignal({
        host: seams.host ?? processHost,
        logger,
        state,
        lambda: async (region) => (await clients.get(config.regions.length > 0 ? region : config.region)).lambda,
        afterRecovery: door.afterRecovery,
    });
    try {
        // Who this run is, for its alias leases: a bad STACK_CANARY_RUN_* value stops it before any AWS call.
        const holder = (0,lease_holder/* runHolder */.C2)(door.env);
        // The engine (and the AWS SDK with it) loads only once the inputs are valid.
        const { runDeployment } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(805), __webpack_require__.e(696), __webpack_require__.e(303), __webpack_require__.e(313)]).then(__webpack_require__.bind(__webpack_require__, 6313));
        const runOnce = (deployment) => runDeployment(config, {
            logger,
            state,
            clock: seams.clock ?? clock/* realClock */.d,
            clientsFor: (region) => clients.get(region),
            signal,
            deployment,
            holder,
            handOff: async (request) => (await Promise.all(/* import() */[__webpack_require__.e(387), __webpack_require__.e(580)]).then(__webpack_require__.bind(__webpack_require__, 3580))).handOff(request),
            holdPlans: seams.holdPlans ??
                (async (request) => (await Promise.all(/* import() */[__webpack_require__.e(387), __webpack_require__.e(141)]).then(__webpack_require__.bind(__webpack_require__, 2141))).holdPlans(request)),
        }, seams.parts);
        const result = await (door.around ? door.around(runOnce) : runOnce());
        const stopped = stops.interrupted();
        if (stopped)
            return ends.stopped(await stopped);
        // A dry run on a pull request: its change sets as one comment there.
        await door.comment(config, result, { logger, redact: secrets.redact, env: door.env });
        const report = (0,report_report/* buildReport */.FK)(config, result, { startedAt, finishedAt: new Date() });
        return await ends.verdict({
            result,
            report,
            reportText: (0,report_report/* serializeReport */.xH)(report, secrets.list()),
            line: secrets.redact(verdictLine(result)),
            failed: verdictFails(result),
        });
    }
    catch (error) {
        const stopped = stops.interrupted();
        if (stopped)
            return ends.stopped(await stopped);
        return await ends.error(error, (0,journal/* readJournal */.a0)(state));
    }
    finally {
        stops.dispose();
        await clients.destroy();
    }
}


/***/ }),

/***/ 9213:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ runHolder)
/* harmony export */ });
/* unused harmony exports RUN_ID_ENV, RUN_ATTEMPT_ENV */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5071);
/* harmony import */ var _lease_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9586);
/**
 * Who this run is, for its alias leases (lease.ts): the run, its attempt and this process.
 * - STACK_CANARY_RUN_ID (and STACK_CANARY_RUN_ATTEMPT, default 1): a name the caller gives the run,
 *   the CLI's way to say "this is a re-run of that run" (the next attempt takes over at once);
 * - else, in a GitHub workflow (the action, or the CLI in a job), the workflow run's URL and
 *   GITHUB_RUN_ATTEMPT: re-running the workflow run takes over from its earlier attempt;
 * - else a random run of attempt 1.
 * Read once at the front door, before any AWS call: a bad value is a one-line error naming it.
 */



const RUN_ID_ENV = 'STACK_CANARY_RUN_ID';
const RUN_ATTEMPT_ENV = 'STACK_CANARY_RUN_ATTEMPT';
const ATTEMPT = /^[1-9]\d{0,8}$/;
function attemptOf(name, text) {
    if (text === undefined || text.trim() === '')
        return 1;
    if (!ATTEMPT.test(text.trim())) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(name, `Environment variable ${name} is "${text.slice(0, 40)}". Accepted: a whole number from 1, such as 1 or 2.`);
    }
    return Number(text.trim());
}
function runHolder(env, instance = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)().slice(0, 8)) {
    const given = env[RUN_ID_ENV]?.trim();
    if (given) {
        if (given.length > _lease_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_RUN_CHARS */ .zl || /[\r\n]/.test(given)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(RUN_ID_ENV, `Environment variable ${RUN_ID_ENV} is "${given.slice(0, 40)}${given.length > 40 ? '…' : ''}". Accepted: one line of at most ${_lease_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_RUN_CHARS */ .zl} characters, such as deploy-1234.`);
        }
        return { run: given, attempt: attemptOf(RUN_ATTEMPT_ENV, env[RUN_ATTEMPT_ENV]), instance };
    }
    if (env[RUN_ATTEMPT_ENV]?.trim()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(RUN_ATTEMPT_ENV, `Environment variable ${RUN_ATTEMPT_ENV} is set but ${RUN_ID_ENV} is not. Accepted: both (the attempt counts re-runs of that run id), or neither.`);
    }
    const runId = env['GITHUB_RUN_ID']?.trim();
    if (runId) {
        const server = env['GITHUB_SERVER_URL']?.trim() || 'https://github.com';
        const repository = env['GITHUB_REPOSITORY']?.trim();
        const run = repository ? `${server}/${repository}/actions/runs/${runId}` : `workflow run ${runId}`;
        return { run, attempt: attemptOf('GITHUB_RUN_ATTEMPT', env['GITHUB_RUN_ATTEMPT']), instance };
    }
    return { run: `stack-canary run ${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`, attempt: 1, instance };
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


/***/ }),

/***/ 2401:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ realClock)
/* harmony export */ });
const realClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};


/***/ })

};

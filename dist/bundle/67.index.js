export const id = 67;
export const ids = [67];
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
// EXTERNAL MODULE: ./lib/src/report/escape.js
var report_escape = __webpack_require__(3330);
// EXTERNAL MODULE: ./lib/src/stack/change-set-summary.js
var change_set_summary = __webpack_require__(7769);
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
    return JSON.parse(JSON.stringify(changeSet), (_key, value) => typeof value === 'string' ? redact(value) : value);
}
const hasChanges = (stack) => (stack.changeSet?.changes.length ?? 0) > 0;
function headline(preview) {
    const at = preview.commit ? ` at ${(0,report_escape/* mdCode */.xs)(preview.commit.slice(0, 12))}` : '';
    const what = preview.stacks.some(hasChanges)
        ? 'the change sets are below'
        : '**no changes**: every stack already matches its template and parameters';
    const app = preview.stacks[0]?.changeSet;
    const done = preview.leftForReview && app
        ? `the app stack's change set ${(0,report_escape/* mdCode */.xs)(app.name)} waits for review, not executed`
        : 'nothing was changed';
    const run = preview.leftForReview ? 'stack-canary' : 'stack-canary dry run';
    return `**${run}** for ${(0,report_escape/* mdCode */.xs)(preview.stackName)}${at}: ${done}; ${what}.`;
}
/** One stack's section, split between resources so that a long one can be cut cleanly. */
function stackPieces(stack, redact) {
    if (!stack.changeSet) {
        return [
            `## ${(0,report_escape/* mdText */.bC)(`No change set for stack ${stack.stackName}`)}\n\nNone could be made: the run's log says why.\n`,
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
    const logger = (0,report_escape/* commandSafeLogger */.zg)(deps.logger);
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
        const github = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
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

/***/ 931:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   xH: () => (/* binding */ serializeReport)
/* harmony export */ });
/* harmony import */ var _config_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3640);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1294);
/**
 * The JSON report: what a run decided and why, for the CLI's output, the action's `report`
 * output and the job summary. Built from the config and the run's result (its typed run record
 * included as is); carries no secret (no token, no parameter values, no synthetic payload).
 */


function buildReport(config, result, times) {
    return {
        tool: 'stack-canary',
        version: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x,
        startedAt: times.startedAt.toISOString(),
        finishedAt: times.finishedAt.toISOString(),
        verdict: result.verdict,
        rolledBack: result.rolledBack,
        reason: result.reason,
        stack: {
            name: config.stackName,
            id: result.stackId,
            outputs: result.stackOutputs,
            parameters: config.parameterOverrides.map((p) => p.key),
        },
        alias: config.alias,
        strategy: config.strategy,
        thresholds: config.thresholds,
        compareBaseline: config.compareBaseline,
        rollback: config.rollback,
        dryRun: config.dryRun,
        synthetic: config.synthetic && {
            ratePerMinute: config.synthetic.ratePerMinute,
            payloadBytes: Buffer.byteLength(config.synthetic.payload),
        },
        versions: result.versions,
        record: result.record,
    };
}

/** The report as JSON text, with any known secret removed as a last line of defence. */
function serializeReport(report, secrets) {
    return (0,_config_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(`${JSON.stringify(report, null, 2)}\n`, secrets);
}


/***/ }),

/***/ 3035:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ verdictLine)
/* harmony export */ });
/** What the run did to the aliases, in a few words. */
function whatWasDone(result) {
    const { verdict, record } = result;
    if (verdict === 'skipped')
        return 'nothing shifted';
    if (verdict === 'pass') {
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
function verdictLine(result) {
    const { record } = result;
    const parts = [`verdict ${result.verdict}`, whatWasDone(result)];
    if (result.verdict !== 'skipped') {
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


/***/ }),

/***/ 6327:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ processHost),
/* harmony export */   js: () => (/* binding */ guardRun)
/* harmony export */ });
/* unused harmony exports SIGNAL_EXIT_CODES, guardSignals */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
const processHost = {
    on: (signal, listener) => process.on(signal, listener),
    off: (signal, listener) => process.off(signal, listener),
    exit: (code) => process.exit(code),
};
function guardSignals(options) {
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
                .catch((error) => logger.error(`Restoring after ${signal} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`))
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
 * Guards one run: on a signal, aborts it and restores from the journal in `state`, then hands
 * the recovery's outcome to `afterRecovery` (the action writes its outputs and summary there).
 */
function guardRun(options) {
    const { logger } = options;
    const controller = new AbortController();
    const guard = guardSignals({
        host: options.host,
        logger,
        onSignal: async (signal) => {
            controller.abort();
            const { recoverUnfinishedRun } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(696), __webpack_require__.e(653)]).then(__webpack_require__.bind(__webpack_require__, 5653));
            const report = await recoverUnfinishedRun(options.state, options.lambda, logger);
            if (report.status === 'incomplete')
                logger.error(report.message);
            else
                logger.info(report.message);
            options.afterRecovery?.(signal, report);
        },
    });
    return { signal: controller.signal, guard };
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

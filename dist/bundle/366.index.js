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

/***/ 2873:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ badEntryAt),
/* harmony export */   S: () => (/* binding */ showWith),
/* harmony export */   S7: () => (/* binding */ InputProblem),
/* harmony export */   SL: () => (/* binding */ badFile),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   YO: () => (/* binding */ badLabel),
/* harmony export */   Z1: () => (/* binding */ MAX_SHOWN),
/* harmony export */   gn: () => (/* binding */ badEntry),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   tm: () => (/* binding */ badValue),
/* harmony export */   v: () => (/* binding */ badKey)
/* harmony export */ });
/* unused harmony export MAX_LINE */
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3640);
/**
 * The one format of a bad-input message, on one line:
 *
 *   Invalid input <input>: <subject>[ (<reason>)]. Expected <accepted forms>.
 *
 * A parser throws an InputProblem that says what is at fault (the value, one entry, a key, a file,
 * or an entry by its position) and why; it does not know its input's name or accepted forms.
 * formatProblem turns it into the line once the input is known. Every piece of user text reaches
 * the line through one `show`, which redacts the run's secrets first, then cuts the text, then
 * quotes it, so a cut can never leave part of a secret behind. A secret input's value is `(hidden)`.
 */

/** Shown values are cut to this many characters. */
const MAX_SHOWN = 80;
/** No line is longer than this, whatever it holds. */
const MAX_LINE = 600;
/** A show without secrets to redact (for messages built outside a run's inputs). */
const quote = showWith([]);
/** The show of one run: `secrets` are redacted before anything is cut. */
function showWith(secrets) {
    return (text) => {
        const clean = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(text, secrets);
        return JSON.stringify(clean.length > MAX_SHOWN ? `${clean.slice(0, MAX_SHOWN)}…` : clean);
    };
}
/** One input's problem, before it is put into words. */
class InputProblem extends Error {
    subject;
    reason;
    expected;
    constructor(subject, options = {}) {
        super('invalid input');
        this.name = 'InputProblem';
        this.subject = subject;
        this.reason = options.reason;
        this.expected = options.expected;
    }
}
/** The whole value is at fault. */
function badValue(value, options = {}) {
    return new InputProblem({ kind: 'value', text: value }, options);
}
/** One entry of a list is at fault. */
function badEntry(entry, options = {}) {
    return new InputProblem({ kind: 'entry', text: entry }, options);
}
/** One entry, named by its place (1 = the first), is at fault: its text is never shown. */
function badEntryAt(index, options = {}) {
    return new InputProblem({ kind: 'entry-at', index }, options);
}
/** One key of a Key=Value list is at fault (its value is never shown). */
function badKey(key, options = {}) {
    return new InputProblem({ kind: 'key', text: key }, options);
}
/** A file named by the input is at fault (its content is never shown). */
function badFile(path, options = {}) {
    return new InputProblem({ kind: 'file', text: path }, options);
}
/** Fixed words stand for the value (such as `JSON text`). */
function badLabel(label, options = {}) {
    return new InputProblem({ kind: 'label', text: label }, options);
}
/** The one line for `problem` on `input`. */
function formatProblem(input, problem, show) {
    const subject = subjectText(problem.subject, input.secret, show);
    const reason = problem.reason === undefined ? '' : ` (${reasonText(problem.reason, show)})`;
    const line = `Invalid input ${input.name}: ${subject}${reason}. Expected ${problem.expected ?? input.accepted}.`;
    return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE - 1)}…` : line;
}
function subjectText(subject, secret, show) {
    switch (subject.kind) {
        case 'value':
            return secret ? '(hidden)' : show(subject.text);
        case 'entry-at':
            return `entry ${subject.index}`;
        case 'label':
            return subject.text;
        default:
            return `${subject.kind} ${secret ? '(hidden)' : show(subject.text)}`;
    }
}
function reasonText(reason, show) {
    return typeof reason === 'string' ? reason : reason(show);
}


/***/ }),

/***/ 3640:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Pu: () => (/* binding */ rawSecretValues),
/* harmony export */   Sb: () => (/* binding */ Secrets),
/* harmony export */   yF: () => (/* binding */ valuesToMask)
/* harmony export */ });
/* unused harmony exports REDACTED, MIN_MASKED_LENGTH, orderedSecrets */
const REDACTED = '***';
/**
 * Shorter values are not masked: masking `1` or `on` would blank every such word in the log
 * while hiding nothing a reader could not guess.
 */
const MIN_MASKED_LENGTH = 4;
const SECRET_INPUT_VALUES = {
    'github-token': (config) => config.githubToken,
};
/**
 * Every value to mask for `config`: the secret inputs, each stack parameter value and each line
 * of a multi-line parameter value (a private key is logged line by line). Longest first, no
 * duplicates, none shorter than MIN_MASKED_LENGTH.
 */
function valuesToMask(config) {
    const values = [];
    for (const valueOf of Object.values(SECRET_INPUT_VALUES)) {
        const value = valueOf(config);
        if (value !== undefined)
            values.push(value);
    }
    for (const override of config.parameterOverrides) {
        if (!('value' in override))
            continue;
        values.push(...withLines(override.value));
    }
    return orderedSecrets(values);
}
/** A value, then each of its lines when it has several, trimmed (the runner masks line by line). */
function withLines(value) {
    const lines = value.split(/\r?\n|\r/);
    return [value, ...(lines.length > 1 ? lines : [])].map((v) => v.trim());
}
/** Distinct, long enough to mask, longest first (so a secret that holds another is masked whole). */
function orderedSecrets(values) {
    const kept = values.filter((value) => value.trim().length >= MIN_MASKED_LENGTH);
    return [...new Set(kept)].sort((a, b) => b.length - a.length);
}
/** `text` with every occurrence of each secret replaced by ***. */
function redact(text, secrets) {
    let clean = text;
    for (const secret of orderedSecrets(secrets))
        clean = clean.split(secret).join(REDACTED);
    return clean;
}
/** The string values of parsed JSON parameters, leaving out parameter names. */
function jsonValues(json, key) {
    if (typeof json === 'string')
        return key === 'ParameterKey' ? [] : [json];
    if (Array.isArray(json))
        return json.flatMap((item) => jsonValues(item));
    if (json && typeof json === 'object') {
        return Object.entries(json).flatMap(([k, v]) => jsonValues(v, k));
    }
    return [];
}
/** One word ending in .json (a path, not Key=Value text). */
const PARAMETER_FILE = /^(file:\/\/)?[^\s=,:]+\.json$/i;
/** What may be secret in the raw parameter-overrides text, whatever shape it has (or lacks). */
function rawParameterValues(raw) {
    // The path of a parameters file names no secret (its values are masked once the file is read);
    // masking it would only blank the path in the message about that file.
    if (PARAMETER_FILE.test(raw.trim()))
        return [];
    if (raw.startsWith('{') || raw.startsWith('[')) {
        try {
            return jsonValues(JSON.parse(raw));
        }
        catch {
            // Not JSON after all: every line below.
        }
    }
    const values = [raw];
    for (const line of raw.split(/\r?\n/)) {
        values.push(line);
        for (const entry of line.split(',')) {
            // `Key=value`, or a malformed `Key: value` (YAML habits): the part after the separator too.
            const separator = /[=:]/.exec(entry);
            values.push(entry);
            if (separator)
                values.push(entry.slice(separator.index + 1).replace(/^\s*["']|["']\s*$/g, ''));
        }
    }
    return values;
}
/** Before parsing: the token and whatever parameter-overrides holds. */
function rawSecretValues(read) {
    const values = [read('github-token'), ...rawParameterValues(read('parameter-overrides'))];
    return [...new Set(values.flatMap(withLines).filter((v) => v.length >= MIN_MASKED_LENGTH))];
}
/** The secrets of one run: each is announced once (to the runner's masker), and redacted from text. */
class Secrets {
    announce;
    values = new Set();
    constructor(announce = () => undefined) {
        this.announce = announce;
    }
    add(values) {
        for (const value of values) {
            if (this.values.has(value))
                continue;
            this.values.add(value);
            this.announce(value);
        }
    }
    list() {
        return [...this.values];
    }
    redact = (text) => redact(text, this.list());
}


/***/ }),

/***/ 8592:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OI: () => (/* binding */ STRATEGY_ACCEPTED),
/* harmony export */   hi: () => (/* binding */ assertStrategySteps),
/* harmony export */   pw: () => (/* binding */ parseStrategy)
/* harmony export */ });
/* unused harmony exports MAX_STEPS, MIN_HOLD_MS, MAX_HOLD_MS, stepsProblem */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2873);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6070);
/**
 * The strategy planner (pure): the `strategy` input in, traffic steps out.
 *
 * Grammar (keywords and units in any case; durations are a number and s, m or h):
 *
 *   all-at-once | AllAtOnce                     → 100% at once
 *   canary <weight>% <hold>                     → weight% for hold, then 100%
 *   linear <weight>% [every] <hold>             → weight%, 2×weight%, … (below 100%), each held, then 100%
 *   Canary<N>Percent<M>Minutes                  → canary N% Mm   (CodeDeploy presets, optionally
 *   Linear<N>PercentEvery<M>Minute(s)           → linear N% every Mm    prefixed CodeDeployDefault.Lambda)
 *   <w1>%:<hold1>, <w2>%:<hold2>, …, 100%[:<bake>]  → custom steps, separated by commas or newlines
 *
 * Weights are rounded to 1e-6 (0.0001%) so 3 × 10% is 0.3, not 0.30000000000000004. Then one
 * check, on the rounded steps, whatever the form: every step before the last lies strictly
 * between 0% and 100% and above the one before it, the last is 100%, every hold before the last
 * is 1s to 24h. (So `canary 99.99999999% 1m`, whose first step rounds to 100%, is refused rather
 * than sending everything at once.) A hold on the final 100% step is a bake time: the new version
 * takes all the traffic and is still watched (and rolled back on a fail) until it is over.
 * At most 100 steps.
 */



/** The strategy input's accepted forms (the input table and assertStrategySteps both say them). */
const STRATEGY_ACCEPTED = 'all-at-once, canary 10% 5m, linear 10% every 1m, a CodeDeploy preset such as Canary10Percent5Minutes, or steps such as 5%:2m, 25%:5m, 100%';
const MAX_STEPS = 100;
const MIN_HOLD_MS = 1_000;
const MAX_HOLD_MS = 24 * 3_600_000;
const ALL_AT_ONCE = /^(?:all-at-once|all at once|(?:codedeploydefault\.)?(?:lambda)?allatonce)$/i;
const CANARY_PRESET = /^(?:codedeploydefault\.)?(?:lambda)?canary(\d+)percent(\d+)minutes?$/i;
const LINEAR_PRESET = /^(?:codedeploydefault\.)?(?:lambda)?linear(\d+)percentevery(\d+)minutes?$/i;
const CANARY = /^canary\s+(\S+)\s+(\S+)$/i;
const LINEAR = /^linear\s+(\S+)\s+(?:every\s+)?(\S+)$/i;
const CUSTOM_STEP = /^(\S+?)\s*(?::\s*(\S+))?$/;
class StrategyProblem extends Error {
    reason;
    constructor(reason) {
        super('strategy problem');
        this.reason = reason;
    }
}
function parseStrategy(text) {
    const source = text.trim();
    try {
        const steps = plan(source);
        const problem = stepsProblem(steps);
        if (problem !== undefined)
            throw new StrategyProblem(problem);
        return { source, steps };
    }
    catch (error) {
        if (error instanceof StrategyProblem)
            throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .badValue */ .tm)(source, { reason: error.reason });
        throw error;
    }
}
/**
 * The one check of a plan, after rounding: what is wrong with the first bad step, or undefined.
 * Every step before the last: above the one before it (or 0%), below 100%, held 1s to 24h.
 * The last: 100%, held 0 (no bake time) or 1s to 24h.
 */
function stepsProblem(steps) {
    if (steps.length === 0)
        return 'no steps';
    if (steps.length > MAX_STEPS)
        return `${steps.length} steps, more than ${MAX_STEPS}`;
    let previous = 0;
    for (const [at, step] of steps.entries()) {
        const last = at === steps.length - 1;
        const weight = fraction(step.weight * 100);
        const fits = last ? weight === 1 : weight > previous && weight < 1;
        if (!fits || !Number.isFinite(step.weight)) {
            const rule = last
                ? 'the last step must be 100%'
                : `a step before the last must be above ${percentText(previous)} and below 100%`;
            return `step ${at + 1} is ${percentText(weight)} after rounding, but ${rule}`;
        }
        const bake = last && step.holdMs === 0;
        if (!bake && !(step.holdMs >= MIN_HOLD_MS && step.holdMs <= MAX_HOLD_MS)) {
            return `step ${at + 1} holds ${durationText(step.holdMs)}, but a hold must be from 1s to 24h`;
        }
        previous = weight;
    }
    return undefined;
}
/** A plan built elsewhere, checked as parseStrategy checks its own: a ConfigError on the strategy input. */
function assertStrategySteps(strategy) {
    const reason = stepsProblem(strategy.steps);
    if (reason === undefined)
        return;
    const line = (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .formatProblem */ .Vw)({ name: 'strategy', accepted: STRATEGY_ACCEPTED, secret: false }, (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .badValue */ .tm)(strategy.source, { reason }), _messages_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('strategy', line);
}
/** 90000000 → 25h, 0 → 0s, 1500 → 1500ms. */
function durationText(ms) {
    const unit = [
        [3_600_000, 'h'],
        [60_000, 'm'],
        [1_000, 's'],
    ].find(([size]) => ms !== 0 && ms % size === 0);
    if (ms === 0)
        return '0s';
    return unit === undefined ? `${String(ms)}ms` : `${ms / unit[0]}${unit[1]}`;
}
function percentText(weight) {
    return `${Number((weight * 100).toFixed(4))}%`;
}
function plan(source) {
    if (ALL_AT_ONCE.test(source))
        return [finalStep(0)];
    let match = CANARY_PRESET.exec(source);
    if (match)
        return canary(Number(match[1]), Number(match[2]) * 60_000);
    match = LINEAR_PRESET.exec(source);
    if (match)
        return linear(Number(match[1]), Number(match[2]) * 60_000);
    match = CANARY.exec(source);
    if (match)
        return canary(weightOf(match[1] ?? ''), holdOf(match[2] ?? ''));
    match = LINEAR.exec(source);
    if (match)
        return linear(weightOf(match[1] ?? ''), holdOf(match[2] ?? ''));
    if (/^canary\b/i.test(source))
        throw new StrategyProblem('a canary is written canary <weight>% <hold>');
    if (/^linear\b/i.test(source))
        throw new StrategyProblem('a linear strategy is written linear <weight>% every <hold>');
    if (source.includes('%'))
        return custom(source);
    throw new StrategyProblem('not a strategy');
}
function canary(percent, holdMs) {
    return [{ weight: fraction(percent), holdMs }, finalStep(0)];
}
/** The first step always (the check refuses it when it rounds to 0% or 100%), then each k × weight below 100%. */
function linear(percent, holdMs) {
    const steps = [{ weight: fraction(percent), holdMs }];
    if (percent > 0 && percent < 100) {
        const count = Math.ceil((0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .roundTo */ .GB)(100 / percent, 1e-6));
        if (count > MAX_STEPS)
            throw new StrategyProblem(`${count} steps, more than ${MAX_STEPS}`);
        for (let k = 2; fraction(k * percent) < 1; k++)
            steps.push({ weight: fraction(k * percent), holdMs });
    }
    steps.push(finalStep(0));
    return steps;
}
function custom(source) {
    const entries = source
        .split(/[,\n]/)
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '');
    if (entries.length > MAX_STEPS)
        throw new StrategyProblem(`${entries.length} steps, more than ${MAX_STEPS}`);
    return entries.map((entry, index) => {
        const match = CUSTOM_STEP.exec(entry);
        const percent = (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .percentOf */ .pR)(match?.[1] ?? '');
        if (match === null || percent === null) {
            throw new StrategyProblem((show) => `step ${show(entry)} is not a weight and hold such as 25%:5m`);
        }
        if (match[2] === undefined) {
            if (index < entries.length - 1) {
                throw new StrategyProblem((show) => `step ${show(entry)} needs a hold, such as ${entry}:5m`);
            }
            return { weight: fraction(percent), holdMs: 0 };
        }
        return { weight: fraction(percent), holdMs: holdOf(match[2]) };
    });
}
function weightOf(text) {
    const percent = (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .percentOf */ .pR)(text);
    if (percent === null)
        throw new StrategyProblem((show) => `${show(text)} is not a weight such as 10%`);
    return percent;
}
function holdOf(text) {
    const ms = (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .durationMsOf */ .aw)(text);
    if (ms === null)
        throw new StrategyProblem((show) => `${show(text)} is not a duration such as 30s, 5m or 1h`);
    return ms;
}
function fraction(percent) {
    return Number((0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .roundTo */ .GB)(percent / 100, 1e-6).toFixed(6));
}
function finalStep(holdMs) {
    return { weight: 1, holdMs };
}


/***/ }),

/***/ 6070:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GB: () => (/* binding */ roundTo),
/* harmony export */   aw: () => (/* binding */ durationMsOf),
/* harmony export */   nL: () => (/* binding */ percentToFraction),
/* harmony export */   pR: () => (/* binding */ percentOf)
/* harmony export */ });
/**
 * Reading the units inputs are written in: percentages and durations. These recognise a form
 * and nothing else; the caller turns "not this form" (null) into the input's own error.
 */
const PERCENT = /^(\d+(?:\.\d+)?|\.\d+)\s*%$/;
const DURATION = /^(\d+(?:\.\d+)?|\.\d+)\s*([smh])$/i;
const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000 };
/** Rounds away binary float drift (0.1 * 3 = 0.30000000000000004) to a multiple of `step`. */
function roundTo(value, step) {
    return Math.round(value / step) * step;
}
/** `2.5%` → 2.5 (a number of percent); null when the text is not a percentage. */
function percentOf(text) {
    const match = PERCENT.exec(text.trim());
    return match ? Number(match[1]) : null;
}
/** A number of percent as a fraction, free of float drift: 1.1 → 0.011. */
function percentToFraction(percent) {
    return Number(roundTo(percent / 100, 1e-9).toFixed(9));
}
/** `30s`, `5m`, `1.5h` (any case) → whole milliseconds; null when the text is not a duration. */
function durationMsOf(text) {
    const match = DURATION.exec(text.trim());
    if (!match)
        return null;
    const unit = UNIT_MS[(match[2] ?? '').toLowerCase()] ?? 0;
    return Math.round(Number(match[1]) * unit);
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

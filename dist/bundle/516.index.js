export const id = 516;
export const ids = [516];
export const modules = {

/***/ 5274:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MT: () => (/* binding */ parseHttpProxy),
/* harmony export */   af: () => (/* binding */ DROP_IN_INPUTS)
/* harmony export */ });
/* unused harmony exports LEGACY_BOOLEAN, LEGACY_TRUE_OR_FALSE, CHANGE_SET_NAME_ACCEPTED, parseChangeSetName, MODES, DEPLOYMENT_MODES, parseDeploymentMode, CHANGE_SET_ID_ACCEPTED, parseChangeSetId, S3_PREFIX_ACCEPTED, parseS3Prefix, HTTP_PROXY_ACCEPTED */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9691);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2873);
/* harmony import */ var _input_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3101);
/* harmony import */ var _parsers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9125);




/** true or false in any case, or 1 or 0 as that action's v1 wrote its booleans. */
const LEGACY_BOOLEAN = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
    .toLowerCase()
    .pipe(zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['true', 'false', '1', '0']))
    .transform((v) => v === 'true' || v === '1');
const LEGACY_TRUE_OR_FALSE = 'true or false (or 1 or 0)';
const CHANGE_SET_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;
const CHANGE_SET_NAME_ACCEPTED = 'a change set name of 1 to 128 letters, digits and hyphens that starts with a letter, such as orders-api-review';
function parseChangeSetName(raw) {
    if (raw === '')
        return undefined;
    if (!CHANGE_SET_NAME.test(raw))
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw);
    return raw;
}
/** How that action's `mode` runs the change set (the canary follows an executed one). */
const MODES = ['create-and-execute', 'create-only', 'execute-only'];
/** CreateChangeSet's DeploymentMode, as CloudFormation's API model lists it. */
const DEPLOYMENT_MODES = ['REVERT_DRIFT'];
function parseDeploymentMode(raw) {
    if (raw === '')
        return undefined;
    const mode = DEPLOYMENT_MODES.find((m) => m === raw.toUpperCase());
    if (mode === undefined)
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw);
    return mode;
}
/** ExecuteChangeSet's ChangeSetName (ChangeSetNameOrId in the API model): a name, or the change set's ARN. */
const CHANGE_SET_ARN = /^arn:aws[a-z-]*:cloudformation:[a-z0-9-]+:\d{12}:changeSet\/[A-Za-z][A-Za-z0-9-]{0,127}\/[-a-zA-Z0-9]+$/;
const CHANGE_SET_ID_ACCEPTED = 'the ARN of a change set (the change-set-id output of a create-only run), such as arn:aws:cloudformation:eu-west-1:123456789012:changeSet/orders-api-CS/0f1e2d3c-…, or its name';
function parseChangeSetId(raw) {
    if (raw === '')
        return undefined;
    if (raw.startsWith('arn:') ? !CHANGE_SET_ARN.test(raw) : !CHANGE_SET_NAME.test(raw))
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw);
    return raw;
}
/** An S3 key prefix: segments of the characters S3 calls safe, separated by single slashes. */
const S3_PREFIX = /^[A-Za-z0-9!_.*'()-]+(?:\/[A-Za-z0-9!_.*'()-]+)*\/?$/;
const S3_PREFIX_ACCEPTED = "a key prefix of at most 512 letters, digits and ! _ . * ' ( ) - in segments separated by /, such as templates/orders-api";
function parseS3Prefix(raw) {
    if (raw === '')
        return undefined;
    if (raw.startsWith('/'))
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw, { reason: 'a key prefix does not start with /' });
    if (raw.length > 512 || !S3_PREFIX.test(raw))
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw);
    if (raw.split('/').some((segment) => segment === '.' || segment === '..')) {
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw, { reason: 'no . or .. segments' });
    }
    return raw.replace(/\/$/, '');
}
/** An http(s) proxy URL, credentials allowed (the input is secret). */
const HTTP_PROXY_ACCEPTED = 'an http:// or https:// proxy URL with a host, such as http://proxy.example.com:3128';
function parseHttpProxy(raw) {
    if (raw === '')
        return undefined;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw);
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '')
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw);
    return raw;
}
const DROP_IN_INPUTS = {
    mode: {
        description: "`create-and-execute`: deploy the app stack, then the canary. `create-only`: create the app stack's change set and leave it for review (no canary, nothing changed; for pull requests). `execute-only`: execute the change set `execute-change-set-id`, then the canary.",
        default: 'create-and-execute',
        accepted: 'create-and-execute, create-only or execute-only',
        kind: 'value',
        secret: false,
        parse: (0,_input_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .choice */ .Yq)(MODES),
    },
    'execute-change-set-id': {
        description: 'With `mode: execute-only`: the ARN (the `change-set-id` output of a `create-only` run) or name of the reviewed change set to execute.',
        accepted: CHANGE_SET_ID_ACCEPTED,
        kind: 'value',
        secret: false,
        parse: parseChangeSetId,
    },
    name: {
        description: 'Name of the app stack, as aws-cloudformation-github-deploy calls it: the same as `stack-name` (give either).',
        accepted: 'a stack name of 1 to 128 letters, digits and hyphens that starts with a letter, such as orders-api',
        kind: 'value',
        secret: false,
        parse: _parsers_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStackName */ .Ff,
    },
    'no-execute-changeset': {
        description: "Create and describe the app stack's change set, leave it for review and do not execute it; the canary does not run.",
        default: 'false',
        accepted: LEGACY_TRUE_OR_FALSE,
        kind: 'boolean',
        secret: false,
        parse: LEGACY_BOOLEAN,
    },
    'fail-on-empty-changeset': {
        description: "Fail the run when the app stack's change set is empty, instead of going on without a stack change.",
        default: 'false',
        accepted: LEGACY_TRUE_OR_FALSE,
        kind: 'boolean',
        secret: false,
        parse: LEGACY_BOOLEAN,
    },
    'no-fail-on-empty-changeset': {
        description: 'The older (v1) name of `fail-on-empty-changeset`, inverted: `false` fails the run on an empty change set.',
        default: 'true',
        accepted: LEGACY_TRUE_OR_FALSE,
        kind: 'boolean',
        secret: false,
        parse: LEGACY_BOOLEAN,
    },
    'disable-rollback': {
        description: 'When the app stack is created and its creation fails, CloudFormation leaves it as it is instead of rolling it back.',
        default: 'false',
        accepted: LEGACY_TRUE_OR_FALSE,
        kind: 'boolean',
        secret: false,
        parse: LEGACY_BOOLEAN,
    },
    'change-set-name': {
        description: "Name of the app stack's change set. Default: a name unique to the run.",
        accepted: CHANGE_SET_NAME_ACCEPTED,
        kind: 'value',
        secret: false,
        parse: parseChangeSetName,
    },
    'no-delete-failed-changeset': {
        description: "Keep the app stack's change set when it fails or is empty, instead of deleting it.",
        default: 'false',
        accepted: LEGACY_TRUE_OR_FALSE,
        kind: 'boolean',
        secret: false,
        parse: LEGACY_BOOLEAN,
    },
    'include-nested-stacks-change-set': {
        description: "The app stack's change set includes the changes to its nested stacks.",
        default: 'false',
        accepted: LEGACY_TRUE_OR_FALSE,
        kind: 'boolean',
        secret: false,
        parse: LEGACY_BOOLEAN,
    },
    'deployment-mode': {
        description: "`REVERT_DRIFT`: the app stack's update change set also reverts drift (resources changed outside CloudFormation). Empty: a standard change set.",
        accepted: 'REVERT_DRIFT, or empty for a standard change set',
        kind: 'value',
        secret: false,
        parse: parseDeploymentMode,
    },
    's3-prefix': {
        description: "Key prefix of what is uploaded to `s3-bucket`: templates as `<s3-prefix>/<stack>/<hash>.template`, the guard's code as `<s3-prefix>/guard/<hash>.zip`. Default: `stack-canary`.",
        accepted: S3_PREFIX_ACCEPTED,
        kind: 'value',
        secret: false,
        parse: parseS3Prefix,
    },
    'http-proxy': {
        description: 'Proxy for every AWS call, such as `http://proxy.example.com:3128`. Default: HTTPS_PROXY, then HTTP_PROXY (NO_PROXY honoured).',
        accepted: HTTP_PROXY_ACCEPTED,
        kind: 'value',
        secret: true,
        parse: parseHttpProxy,
    },
};


/***/ }),

/***/ 3282:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ deepFreeze)
/* harmony export */ });
/** Freezes a value and everything it holds, so no part of the run can change the config. */
function deepFreeze(value, seen = new WeakSet()) {
    if (typeof value === 'object' && value !== null && !seen.has(value)) {
        seen.add(value);
        Object.freeze(value);
        for (const inner of Object.values(value))
            deepFreeze(inner, seen);
    }
    return value;
}


/***/ }),

/***/ 3101:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jx: () => (/* binding */ BOOLEAN),
/* harmony export */   Yq: () => (/* binding */ choice),
/* harmony export */   ne: () => (/* binding */ TRUE_OR_FALSE),
/* harmony export */   pD: () => (/* binding */ envName)
/* harmony export */ });
/* unused harmony export choicesOf */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/**
 * The shape of one entry of the input table (inputs.ts), and the zod schemas the table's
 * booleans and choices share.
 */

const BOOLEAN = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['true', 'True', 'TRUE', 'false', 'False', 'FALSE'])
    .transform((v) => v === 'true' || v === 'True' || v === 'TRUE');
/** The words of each choice() schema, for the plugins' enum parameters. */
const CHOICES = new WeakMap();
/** One of a few words, in any case; the value is the word in lower case. */
const choice = (words) => {
    const schema = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().toLowerCase().pipe(zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(words));
    CHOICES.set(schema, words);
    return schema;
};
/** The words an input takes when it is a choice(); undefined for any other input. */
function choicesOf(spec) {
    return typeof spec.parse === 'function' ? undefined : CHOICES.get(spec.parse);
}
const TRUE_OR_FALSE = 'true or false';
/** STACK_CANARY_<NAME>: `stack-name` → STACK_CANARY_STACK_NAME. */
function envName(input) {
    return `STACK_CANARY_${input.toUpperCase().replace(/-/g, '_')}`;
}


/***/ }),

/***/ 6578:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ splitEntries),
/* harmony export */   u: () => (/* binding */ splitLines)
/* harmony export */ });
/**
 * The one rule for breaking an input's text into lines and entries. A line ends at \n, \r\n (a
 * file or a secret saved on Windows) or a lone \r; the runner masks secrets line by line by the
 * same rule.
 */
const LINE_BREAK = /\r\n|\r|\n/;
function splitLines(text) {
    return text.split(LINE_BREAK);
}
/** Entries separated by commas or line breaks, trimmed, empty ones dropped. */
function splitEntries(text) {
    return splitLines(text)
        .flatMap((line) => line.split(','))
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '');
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
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8860);
/**
 * The one format of a bad-input message, on one line:
 *
 *   Invalid input <input>: <subject>[ (<reason>)]. Expected <accepted forms>.
 *
 * A parser throws an InputProblem that says what is at fault (the value, one entry, a key, a file,
 * or an entry by its position) and why; it does not know its input's name or accepted forms.
 * formatProblem turns it into the line once the input is known. Every piece of user text reaches
 * the line through one `show`, which redacts the run's secrets first, then cuts the text, then
 * quotes it, so a cut can never leave part of a secret behind. A secret input's value, or an entry
 * of it, is `(hidden)`; its keys and file paths are names, not values, and are shown.
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
        const clean = (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(text, secrets);
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
        case 'entry':
            return `entry ${secret ? '(hidden)' : show(subject.text)}`;
        default:
            return `${subject.kind} ${show(subject.text)}`;
    }
}
function reasonText(reason, show) {
    return typeof reason === 'string' ? reason : reason(show);
}


/***/ }),

/***/ 9125:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DM: () => (/* binding */ parseRoleArn),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   EP: () => (/* binding */ parseDeploymentEnvironment),
/* harmony export */   Fb: () => (/* binding */ parseAutoScalingGroup),
/* harmony export */   Ff: () => (/* binding */ parseStackName),
/* harmony export */   LH: () => (/* binding */ parseSettleLag),
/* harmony export */   N_: () => (/* binding */ parseNotificationTopicArn),
/* harmony export */   OY: () => (/* binding */ parseMaxP99Duration),
/* harmony export */   P1: () => (/* binding */ parseInterval),
/* harmony export */   PP: () => (/* binding */ parseFunctions),
/* harmony export */   Rw: () => (/* binding */ parseSyntheticRate),
/* harmony export */   VR: () => (/* binding */ parseHookFunction),
/* harmony export */   _4: () => (/* binding */ parseS3Bucket),
/* harmony export */   cf: () => (/* binding */ parseRegion),
/* harmony export */   ci: () => (/* binding */ parseAlarms),
/* harmony export */   gp: () => (/* binding */ parseGithubToken),
/* harmony export */   lo: () => (/* binding */ parsePercent),
/* harmony export */   md: () => (/* binding */ parseCapabilities),
/* harmony export */   oA: () => (/* binding */ parseWholeNumber),
/* harmony export */   sj: () => (/* binding */ parseAlias),
/* harmony export */   t_: () => (/* binding */ parseTimeoutInMinutes),
/* harmony export */   ve: () => (/* binding */ parseNotificationArns),
/* harmony export */   wb: () => (/* binding */ parseGuardBake),
/* harmony export */   wj: () => (/* binding */ parseEmail)
/* harmony export */ });
/* unused harmony exports splitList, MAX_NOTIFICATION_ARNS, MAX_TIMEOUT_MINUTES, MAX_FUNCTIONS, MAX_SYNTHETIC_PER_MINUTE */
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2873);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6070);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7954);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6578);
/* harmony import */ var _regions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3697);
/**
 * One small pure parser per kind of input. Each takes the input's value (trimmed, with the
 * default already applied when it was empty) and returns the typed value or throws an
 * InputProblem (the input's name and accepted forms are added where the table is known).
 * No parser returns undefined for a bad value.
 */





// --- generic forms ------------------------------------------------------------------------
/** A percentage as a fraction (2% → 0.02), from 0% (exclusive when minExclusive) to 100%. */
function parsePercent(raw, options) {
    const percent = (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .percentOf */ .pR)(raw);
    if (percent === null)
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw);
    const tooLow = options.minExclusive ? percent <= 0 : percent < 0;
    if (tooLow || percent > 100)
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw, { reason: 'out of range' });
    return (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .percentToFraction */ .nL)(percent);
}
/** A whole number from `min` up. */
function parseWholeNumber(raw, min) {
    if (!/^\d+$/.test(raw))
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw);
    const value = Number(raw);
    if (!Number.isSafeInteger(value))
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw, { reason: 'too large' });
    if (value < min)
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw, { reason: 'out of range' });
    return value;
}
/** A duration from minMs to maxMs → milliseconds; a bare `0` is accepted when minMs is 0. */
function parseDuration(raw, minMs, maxMs) {
    const ms = raw === '0' && minMs === 0 ? 0 : (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .durationMsOf */ .aw)(raw);
    if (ms === null)
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw);
    if (ms < minMs || ms > maxMs)
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw, { reason: 'out of range' });
    return ms;
}
/** Comma- or newline-separated words, trimmed, empty entries dropped, duplicates removed. */
function splitList(raw) {
    return [...new Set((0,_lines_js__WEBPACK_IMPORTED_MODULE_3__/* .splitEntries */ .l)(raw))];
}
// --- one input each -----------------------------------------------------------------------
const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;
function parseStackName(raw) {
    if (raw === '')
        return undefined;
    if (!STACK_NAME.test(raw))
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw);
    return raw;
}
const CAPABILITIES = ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND'];
function parseCapabilities(raw) {
    const known = splitList(raw).map((entry) => {
        const name = CAPABILITIES.find((capability) => capability === entry.toUpperCase());
        if (name === undefined)
            throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badEntry */ .gn)(entry);
        return name;
    });
    return [...new Set(known)];
}
const ROLE_ARN = /^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
function parseRoleArn(raw) {
    if (raw === '')
        return undefined;
    if (!ROLE_ARN.test(raw))
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw);
    return raw;
}
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const BUCKET_RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const BUCKET_RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];
/**
 * S3's bucket naming rules for general purpose buckets. A name with `{region}` is checked with a
 * region's name in it here, and with each of the run's regions once they are known (region-rules.ts).
 */
function parseS3Bucket(raw) {
    if (raw === '')
        return undefined;
    if ((0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .hasRegionPlaceholder */ .kf)(raw)) {
        parseS3Bucket((0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .withRegion */ .Ns)(raw, _regions_js__WEBPACK_IMPORTED_MODULE_2__/* .REGION_PLACEHOLDER_SAMPLE */ .cK));
        return raw;
    }
    const refuse = (reason) => {
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw, reason === undefined ? {} : { reason });
    };
    if (raw.startsWith('s3://'))
        refuse('a bucket name, not an s3:// URL');
    if (!BUCKET.test(raw))
        refuse();
    if (raw.includes('..'))
        refuse('two dots in a row');
    if (/^\d+\.\d+\.\d+\.\d+$/.test(raw))
        refuse('an IP address');
    const prefix = BUCKET_RESERVED_PREFIXES.find((p) => raw.startsWith(p));
    if (prefix !== undefined)
        refuse(`the prefix ${prefix} is reserved`);
    const suffix = BUCKET_RESERVED_SUFFIXES.find((s) => raw.endsWith(s));
    if (suffix !== undefined)
        refuse(`the suffix ${suffix} is reserved`);
    return raw;
}
/** CloudFormation's bound on a stack's notification topics. */
const MAX_NOTIFICATION_ARNS = 5;
const SNS_TOPIC_ARN = /^arn:aws(?:-[a-z]+)*:sns:[a-z]{2}(?:-[a-z]+)+-\d{1,2}:\d{12}:([A-Za-z0-9_.-]{1,256})$/;
const FIFO_REASON = 'a FIFO topic: these notifications need a standard topic';
/** A standard SNS topic's ARN; FIFO topics take no message without a group id, so no alarm or stack event. */
function topicArnForm(arn) {
    const name = SNS_TOPIC_ARN.exec(arn)?.[1];
    if (name === undefined)
        return 'bad';
    if (/^[A-Za-z0-9_-]+\.fifo$/.test(name))
        return 'fifo';
    return /^[A-Za-z0-9_-]+$/.test(name) ? 'standard' : 'bad';
}
function parseNotificationArns(raw) {
    const arns = splitList(raw);
    for (const arn of arns) {
        const form = topicArnForm(arn);
        if (form === 'fifo')
            throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badEntry */ .gn)(arn, { reason: FIFO_REASON });
        if (form === 'bad')
            throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badEntry */ .gn)(arn);
    }
    if (arns.length > MAX_NOTIFICATION_ARNS) {
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw, {
            reason: `${arns.length} topics, over the ${MAX_NOTIFICATION_ARNS} CloudFormation allows`,
        });
    }
    return arns;
}
const MAX_TIMEOUT_MINUTES = 1440;
/** Whole minutes from 1 to 1440 → milliseconds. */
function parseTimeoutInMinutes(raw) {
    const minutes = parseWholeNumber(raw, 1);
    if (minutes > MAX_TIMEOUT_MINUTES)
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw, { reason: 'out of range' });
    return minutes * _util_time_js__WEBPACK_IMPORTED_MODULE_4__/* .MINUTE_MS */ .k;
}
function parseNotificationTopicArn(raw) {
    if (raw === '')
        return undefined;
    const form = topicArnForm(raw);
    if (form === 'fifo')
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw, { reason: FIFO_REASON });
    if (form === 'bad')
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw);
    return raw;
}
/** EC2 Auto Scaling's rule: ASCII 33 to 126 (no space), no colon, 1 to 255 characters. */
const AUTO_SCALING_GROUP = /^[!-9;-~]{1,255}$/;
function parseAutoScalingGroup(raw) {
    if (raw === '')
        return undefined;
    if (!AUTO_SCALING_GROUP.test(raw))
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw);
    return raw;
}
const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>".]+(?:\.[^\s@,;<>".]+)+$/;
function parseEmail(raw) {
    if (raw === '')
        return undefined;
    if (raw.length > 254 || !EMAIL.test(raw))
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw);
    return raw;
}
const FUNCTION_NAME = '[A-Za-z0-9_-]{1,64}';
const FUNCTION_FORMS = [
    // A logical id (letters and digits, up to 255) or a function name.
    new RegExp(`^(?:[A-Za-z0-9]{1,255}|${FUNCTION_NAME})$`),
    // A partial ARN.
    new RegExp(`^\\d{12}:function:${FUNCTION_NAME}$`),
    new RegExp(`^arn:aws(?:-[a-z]+)*:lambda:[a-z]{2}(?:-[a-z]+)+-\\d{1,2}:\\d{12}:function:${FUNCTION_NAME}$`),
];
/** At most this many functions in one run (each costs calls on every poll). */
const MAX_FUNCTIONS = 100;
function parseFunctions(raw) {
    const entries = splitList(raw);
    if (entries.length > MAX_FUNCTIONS) {
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw, { reason: `${entries.length} functions, over the ${MAX_FUNCTIONS} one run watches` });
    }
    return entries.map((entry) => {
        if (FUNCTION_FORMS.some((form) => form.test(entry)))
            return entry;
        const unqualified = entry.replace(/:[^:]*$/, '');
        if (unqualified !== entry && FUNCTION_FORMS.some((form) => form.test(unqualified))) {
            throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badEntry */ .gn)(entry, {
                reason: 'names a version or alias: give the function itself, the alias input names the alias',
            });
        }
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badEntry */ .gn)(entry);
    });
}
/** A hook function: a name or ARN as for functions, optionally with a version or alias qualifier. */
function parseHookFunction(raw) {
    if (raw === '')
        return undefined;
    const unqualified = raw.replace(/:(?:\$LATEST|[A-Za-z0-9_-]{1,128})$/, '');
    const forms = [raw, unqualified];
    if (forms.some((form) => FUNCTION_FORMS.some((re) => re.test(form))))
        return raw;
    throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw);
}
const ALIAS = /^(?!\d+$)[A-Za-z0-9_-]{1,128}$/;
function parseAlias(raw) {
    if (!ALIAS.test(raw))
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw);
    return raw;
}
function parseInterval(raw) {
    return parseDuration(raw, 1_000, 3_600_000);
}
/** settle-lag: `auto` (undefined: Lambda's own lag, from each function's timeout) or 0 up to 20 minutes. */
function parseSettleLag(raw) {
    return raw.trim().toLowerCase() === 'auto' ? undefined : parseDuration(raw.trim(), 0, 20 * 60_000);
}
/** guard-bake's longest window, 14 days, in minutes. */
const MAX_GUARD_BAKE_MINUTES = 14 * 24 * 60;
/**
 * guard-bake: 0 (off) up to 14 days, in minutes: the unit of the monitoring stack's parameter
 * (GuardBakeMinutes) and of the guard's setting, so the value goes through as it is.
 */
function parseGuardBake(raw) {
    return parseDuration(raw, 0, MAX_GUARD_BAKE_MINUTES * _util_time_js__WEBPACK_IMPORTED_MODULE_4__/* .MINUTE_MS */ .k) / _util_time_js__WEBPACK_IMPORTED_MODULE_4__/* .MINUTE_MS */ .k;
}
const MAX_P99 = /^(\d+)\s*(?:ms)?$/i;
const LAMBDA_MAX_TIMEOUT_MS = 900_000;
function parseMaxP99Duration(raw) {
    if (raw === '')
        return undefined;
    const match = MAX_P99.exec(raw);
    if (!match)
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw);
    const ms = Number(match[1]);
    if (ms < 1 || ms > LAMBDA_MAX_TIMEOUT_MS) {
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw, { reason: 'out of range' });
    }
    return ms;
}
/** No control characters (so no line breaks). */
const isPrintable = (text) => [...text].every((char) => (char.codePointAt(0) ?? 0) >= 0x20 && char !== '\u007f');
/** CloudWatch alarm names: 1 to 255 printable characters. */
const isAlarmName = (name) => name.length <= 255 && isPrintable(name);
function parseAlarms(raw) {
    return splitList(raw).map((entry) => {
        if (!isAlarmName(entry))
            throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badEntry */ .gn)(entry);
        return entry;
    });
}
const RATE = /^(\d+(?:\.\d+)?|\.\d+)\s*\/\s*([smh])$/i;
const PER_MINUTE = { s: 60, m: 1, h: 1 / 60 };
const MAX_SYNTHETIC_PER_MINUTE = 6000;
/** `2/s`, `60/m`, `600/h` → invocations per minute. */
function parseSyntheticRate(raw) {
    const match = RATE.exec(raw);
    if (!match)
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw);
    const perMinute = (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .roundTo */ .GB)(Number(match[1]) * (PER_MINUTE[(match[2] ?? '').toLowerCase()] ?? 0), 1e-6);
    if (perMinute <= 0 || perMinute > MAX_SYNTHETIC_PER_MINUTE) {
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw, { reason: 'out of range' });
    }
    return Number(perMinute.toFixed(6));
}
/** The token's value never appears in a message. */
function parseGithubToken(raw) {
    if (raw === '')
        return undefined;
    if (/\s/.test(raw))
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw);
    return raw;
}
/** GitHub takes any environment name up to 255 characters; a control character is a mistake. */
function parseDeploymentEnvironment(raw) {
    if (raw === '')
        return undefined;
    if (raw.length > 255 || !isPrintable(raw))
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw);
    return raw;
}
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;
function parseRegion(raw) {
    if (raw === '')
        return undefined;
    if (!REGION.test(raw))
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw);
    return raw;
}


/***/ }),

/***/ 8860:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Ps: () => (/* binding */ orderedSecrets),
/* harmony export */   Ym: () => (/* binding */ MIN_MASKED_LENGTH),
/* harmony export */   eT: () => (/* binding */ redactStrings)
/* harmony export */ });
/* unused harmony export REDACTED */
/**
 * Redaction: every occurrence of a secret replaced by ***. A leaf module (it imports nothing), so
 * that the message format (messages.ts) and the secrets of a run (secrets.ts) both use it
 * without importing each other.
 */
const REDACTED = '***';
/**
 * Every value with a visible character is masked, however short: the runner masks any value that is
 * not blank (it refuses an empty or all-whitespace one with a warning, "Can't add secret mask for
 * empty string"), so a value of 1 or 2 characters is hidden too, at the price of blanking every
 * occurrence of it in the log (a value `1` turns `v1` into `v***`).
 */
const MIN_MASKED_LENGTH = 1;
/** Distinct, not blank, longest first (so a secret that holds another is masked whole). */
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
/**
 * A JSON-like value with every secret masked in its texts (string values) only: keys, numbers and
 * booleans are kept as they are, so a short secret (`1`) cannot turn a count into `***` or a key
 * into another name, and the result still serializes to valid JSON.
 */
function redactStrings(value, clean) {
    return JSON.parse(JSON.stringify(value), (_key, item) => typeof item === 'string' ? clean(item) : item);
}


/***/ }),

/***/ 3697:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qH: () => (/* binding */ REGIONS_ACCEPTED),
  Rf: () => (/* binding */ REGION_PLACEHOLDER),
  cK: () => (/* binding */ REGION_PLACEHOLDER_SAMPLE),
  m1: () => (/* binding */ configForRegion),
  kf: () => (/* binding */ hasRegionPlaceholder),
  Tf: () => (/* binding */ parseRegions),
  Hw: () => (/* binding */ regionTemplatedTexts),
  NV: () => (/* binding */ regionsOf),
  Ns: () => (/* binding */ withRegion)
});

// UNUSED EXPORTS: MAX_REGIONS, closestRegion, partitionOf

;// CONCATENATED MODULE: ./lib/src/config/aws-regions.js
// Generated by scripts/aws-regions.py from botocore 1.44.18's endpoint data (botocore/data/endpoints.json).
// Do not edit: run `npm run aws-regions`; __tests__/integration/aws-regions.test.ts holds it to the source.
/** AWS's region names, by partition (aws, aws-cn, aws-us-gov, ...), each list sorted. */
const AWS_PARTITION_REGIONS = {
    aws: [
        'af-south-1',
        'ap-east-1',
        'ap-east-2',
        'ap-northeast-1',
        'ap-northeast-2',
        'ap-northeast-3',
        'ap-south-1',
        'ap-south-2',
        'ap-southeast-1',
        'ap-southeast-2',
        'ap-southeast-3',
        'ap-southeast-4',
        'ap-southeast-5',
        'ap-southeast-6',
        'ap-southeast-7',
        'ca-central-1',
        'ca-west-1',
        'eu-central-1',
        'eu-central-2',
        'eu-north-1',
        'eu-south-1',
        'eu-south-2',
        'eu-west-1',
        'eu-west-2',
        'eu-west-3',
        'il-central-1',
        'me-central-1',
        'me-south-1',
        'mx-central-1',
        'sa-east-1',
        'us-east-1',
        'us-east-2',
        'us-west-1',
        'us-west-2',
    ],
    'aws-cn': ['cn-north-1', 'cn-northwest-1'],
    'aws-us-gov': ['us-gov-east-1', 'us-gov-west-1'],
    'aws-iso': ['us-iso-east-1', 'us-iso-west-1'],
    'aws-iso-b': ['us-isob-east-1', 'us-isob-west-1'],
    'aws-iso-e': ['eu-isoe-west-1'],
    'aws-iso-f': ['us-isof-east-1', 'us-isof-south-1'],
    'aws-eusc': ['eusc-de-east-1'],
};

// EXTERNAL MODULE: ./lib/src/util/edit-distance.js
var edit_distance = __webpack_require__(3723);
// EXTERNAL MODULE: ./lib/src/config/freeze.js
var freeze = __webpack_require__(3282);
// EXTERNAL MODULE: ./lib/src/config/lines.js
var lines = __webpack_require__(6578);
// EXTERNAL MODULE: ./lib/src/config/messages.js
var messages = __webpack_require__(2873);
;// CONCATENATED MODULE: ./lib/src/config/regions.js
/**
 * The regions input, and one region's config. `regions` names waves separated by `|`, the regions
 * of a wave by commas (or line breaks): `us-east-1 | eu-west-1, ap-southeast-2`. Each name must be
 * one of AWS's regions (aws-regions.ts, generated from botocore's endpoint data), named once, all
 * in one partition, at most MAX_REGIONS in all. Empty means one region, the run's own (the region
 * input, else the environment's).
 *
 * `{region}` in parameter-overrides, s3-bucket and template stands for each region's name;
 * configForRegion fills it in.
 */





/** The most regions one run deploys. */
const MAX_REGIONS = 20;
const REGIONS_ACCEPTED = `AWS region names in waves separated by |, the regions of a wave by commas, each region once and at most ${MAX_REGIONS} in all, such as us-east-1 | eu-west-1, ap-southeast-2`;
/** A name longer than this is no typo of a region's: no closest is looked for. */
const MAX_SUGGESTED_LENGTH = 40;
/** Stands for the region's name in parameter-overrides, s3-bucket and template. */
const REGION_PLACEHOLDER = '{region}';
const PARTITION_OF = new Map(Object.entries(AWS_PARTITION_REGIONS).flatMap(([partition, regions]) => regions.map((region) => [region, partition])));
/** The region a text with `{region}` is checked with before the run's regions are known. */
const REGION_PLACEHOLDER_SAMPLE = 'us-east-1';
/** The partition (aws, aws-cn, aws-us-gov, ...) a region is in; undefined for no known region. */
function partitionOf(region) {
    return PARTITION_OF.get(region);
}
function parseRegions(raw) {
    if (raw.trim() === '')
        return [];
    const waves = raw.split('|').map((wave) => (0,lines/* splitEntries */.l)(wave));
    const empty = waves.findIndex((wave) => wave.length === 0);
    if (empty >= 0) {
        throw (0,messages/* badValue */.tm)(raw, { reason: `wave ${empty + 1} of ${waves.length} is empty` });
    }
    const seen = new Map();
    waves.forEach((wave, index) => {
        for (const region of wave) {
            if (!PARTITION_OF.has(region)) {
                const reason = region.length > MAX_SUGGESTED_LENGTH
                    ? 'not an AWS region'
                    : `not an AWS region; the closest is ${closestRegion(region)}`;
                throw (0,messages/* badEntry */.gn)(region, { reason });
            }
            const before = seen.get(region);
            if (before !== undefined) {
                const where = before === index ? `twice in wave ${index + 1}` : `in waves ${before + 1} and ${index + 1}`;
                throw (0,messages/* badEntry */.gn)(region, { reason: `named ${where}: each region is deployed once` });
            }
            seen.set(region, index);
        }
    });
    if (seen.size > MAX_REGIONS) {
        throw (0,messages/* badValue */.tm)(raw, { reason: `${seen.size} regions, over the ${MAX_REGIONS} one run deploys` });
    }
    const [first, ...others] = [...seen.keys()];
    const stranger = others.find((region) => partitionOf(region) !== partitionOf(first ?? ''));
    if (first !== undefined && stranger !== undefined) {
        const reason = `${first} is in partition ${partitionOf(first)} and ${stranger} in ${partitionOf(stranger)}: ` +
            "one run's credentials reach one partition";
        throw (0,messages/* badValue */.tm)(raw, { reason });
    }
    return waves;
}
/** Every region of the waves, in order. */
function regionsOf(waves) {
    return waves.flat();
}
/** The known region nearest to `name` by edit distance (case aside); ties go to the first in order. */
function closestRegion(name) {
    const text = name.toLowerCase();
    let best = '';
    let bestDistance = Infinity;
    for (const region of PARTITION_OF.keys()) {
        const distance = (0,edit_distance/* editDistance */.Y)(text, region);
        if (distance < bestDistance)
            [best, bestDistance] = [region, distance];
    }
    return best;
}
// --- {region} -------------------------------------------------------------------------------
function hasRegionPlaceholder(text) {
    return text?.includes(REGION_PLACEHOLDER) ?? false;
}
/** `text` with every `{region}` replaced by `region`. */
function withRegion(text, region) {
    return text.replaceAll(REGION_PLACEHOLDER, region);
}
function templateInRegion(template, region) {
    switch (template?.kind) {
        case 'file':
            return { kind: 'file', path: withRegion(template.path, region) };
        case 'url':
            return { kind: 'url', url: withRegion(template.url, region) };
        default:
            return template;
    }
}
function overrideInRegion(override, region) {
    return 'value' in override ? { key: override.key, value: withRegion(override.value, region) } : override;
}
/** The inputs that may hold `{region}`, as the config has them. */
function regionTemplatedTexts(config) {
    const template = config.template;
    const templateText = template?.kind === 'file' ? template.path : template?.kind === 'url' ? template.url : '';
    const values = config.parameterOverrides.flatMap((o) => ('value' in o ? [o.value] : []));
    return [templateText, config.s3Bucket ?? '', ...values];
}
/**
 * The config of one region's run: `{region}` filled in, the region set, and no further regions,
 * so that it reads as a run in that one region. Pure; the result is frozen like every Config.
 */
function configForRegion(config, region) {
    return (0,freeze/* deepFreeze */.o)({
        ...config,
        template: templateInRegion(config.template, region),
        parameterOverrides: config.parameterOverrides.map((override) => overrideInRegion(override, region)),
        s3Bucket: config.s3Bucket === undefined ? undefined : withRegion(config.s3Bucket, region),
        region,
        regions: [],
    });
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
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7954);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6578);
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
        [_util_time_js__WEBPACK_IMPORTED_MODULE_3__/* .MINUTE_MS */ .k, 'm'],
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
        return canary(Number(match[1]), Number(match[2]) * _util_time_js__WEBPACK_IMPORTED_MODULE_3__/* .MINUTE_MS */ .k);
    match = LINEAR_PRESET.exec(source);
    if (match)
        return linear(Number(match[1]), Number(match[2]) * _util_time_js__WEBPACK_IMPORTED_MODULE_3__/* .MINUTE_MS */ .k);
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
    const entries = (0,_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .splitEntries */ .l)(source);
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
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7954);
/**
 * Reading the units inputs are written in: percentages and durations. These recognise a form
 * and nothing else; the caller turns "not this form" (null) into the input's own error.
 */

const PERCENT = /^(\d+(?:\.\d+)?|\.\d+)\s*%$/;
const DURATION = /^(\d+(?:\.\d+)?|\.\d+)\s*([smh])$/i;
const UNIT_MS = { s: 1_000, m: _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .MINUTE_MS */ .k, h: 60 * _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .MINUTE_MS */ .k };
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
    const ms = Math.round(Number(match[1]) * unit);
    // Digits past any float (a 100 KB number) are no duration, not an Infinity to compare.
    return Number.isFinite(ms) ? ms : null;
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

/***/ 3723:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ editDistance)
/* harmony export */ });
/** Levenshtein distance: the fewest insertions, deletions and substitutions from a to b. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}


/***/ }),

/***/ 7954:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ MINUTE_MS)
/* harmony export */ });
/** One minute in milliseconds: the unit of metrics, settings and steps. */
const MINUTE_MS = 60_000;


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

export const id = 962;
export const ids = [962];
export const modules = {

/***/ 6032:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pu: () => (/* binding */ rawSecretValues),
/* harmony export */   Sb: () => (/* binding */ Secrets),
/* harmony export */   zH: () => (/* binding */ configSecretValues)
/* harmony export */ });
/* unused harmony export MIN_SECRET_LENGTH */
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(931);

/**
 * Shorter values are not masked: masking `1` or `on` would turn every such character run in the
 * log into *** and hide what the log is for. The JSON report's redaction uses the same floor.
 */
const MIN_SECRET_LENGTH = 4;
/** A value and each of its lines, trimmed, long enough to mask. */
function pieces(value) {
    return [value, ...value.split(/\r?\n/)].map((v) => v.trim()).filter((v) => v.length >= MIN_SECRET_LENGTH);
}
const unique = (values) => [...new Set(values)];
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
/** What may be secret in the raw parameter-overrides text, whatever shape it has (or lacks). */
function rawParameterValues(raw) {
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
    return unique([read('github-token'), ...rawParameterValues(read('parameter-overrides'))].flatMap(pieces));
}
/** After parsing: the token and every parameter value, wherever it was read from. */
function configSecretValues(config) {
    const values = config.parameterOverrides.flatMap((p) => ('value' in p ? [p.value] : []));
    return unique([config.githubToken ?? '', ...values].flatMap(pieces));
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
    redact = (text) => (0,_report_report_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(text, this.list());
}


/***/ }),

/***/ 9252:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ INPUT_DESCRIPTIONS),
/* harmony export */   pH: () => (/* binding */ SECRET_INPUTS),
/* harmony export */   qA: () => (/* binding */ ACCEPTED_FORMS)
/* harmony export */ });
const INPUT_DESCRIPTIONS = {
    'stack-name': 'Name of the app stack. Required when `template` is given.',
    template: 'Path or https URL of the app template. Without it, the canary runs on existing functions only.',
    'parameter-overrides': 'Stack parameters: `Key=Value` lines or comma-separated pairs, or a path to a JSON file (`{"Key":"Value"}` or `[{"ParameterKey":"Key","ParameterValue":"Value"}]`). `Key=@previous` keeps the deployed value.',
    capabilities: 'Comma-separated CloudFormation capabilities.',
    tags: 'Stack tags: `Key=Value` lines, or JSON (`{"Key":"Value"}` or `[{"Key":"k","Value":"v"}]`).',
    'role-arn': 'ARN of the CloudFormation service role.',
    's3-bucket': 'S3 bucket where templates over 51,200 bytes are uploaded before deploying.',
    'termination-protection': 'Enable termination protection on the app stack when this run creates it.',
    'notification-arns': "SNS topic ARNs that receive the app stack's events, comma- or newline-separated (at most 5).",
    'timeout-in-minutes': 'How long to wait for each stack operation, in whole minutes.',
    monitoring: 'Deploy the monitoring stack (alarms, dashboard, notifications, guard) as `<stack-name>-monitoring`.',
    'notification-email': 'E-mail address subscribed to the monitoring topic.',
    'notification-topic-arn': 'ARN of an existing SNS topic for the monitoring stack to notify, instead of creating one.',
    guard: 'Deploy the guard with the monitoring stack: a Lambda that keeps protecting the alias after the run.',
    'guard-rollback': 'Let the guard point the alias back to the last version that passed a canary.',
    'guard-auto-scaling-group': 'Auto Scaling group the guard scales out by one (up to its maximum) on an error signal.',
    functions: 'Functions to watch: logical ids, names or ARNs, comma- or newline-separated. Default: every Lambda function in the stack.',
    alias: 'The alias that is shifted to the new version.',
    strategy: 'How traffic moves: `all-at-once`, `canary 10% 5m`, `linear 10% every 1m`, a CodeDeploy preset name such as `Canary10Percent5Minutes`, or custom steps `5%:2m, 25%:5m, 100%`.',
    interval: 'How often metrics are read while a step holds (`30s`, `1m`, ...).',
    'max-error-rate': 'Canary error-rate ceiling, as a percentage.',
    'max-memory-utilization': 'Ceiling on max memory used / memory size, as a percentage.',
    'max-p99-duration': 'Ceiling on the canary p99 duration, in milliseconds. Empty: no ceiling.',
    'max-throttles': 'Most canary throttles tolerated in a step.',
    'min-invocations': 'Fewest canary invocations before a step may pass.',
    'compare-baseline': 'Also judge the canary against the old version with an always-valid sequential test.',
    alarms: 'Further CloudWatch alarm names, comma- or newline-separated. ALARM in any of them fails the canary.',
    'on-inconclusive': 'What an undecided canary means at the end of its time: `fail` or `pass`.',
    'synthetic-payload': 'JSON, or a path to a JSON file: invoke the new version with it while watching.',
    'synthetic-rate': 'Synthetic invocations per minute (`60/m`) or per second (`2/s`).',
    rollback: 'What a failed canary undoes: `alias` (aliases back to their old versions), `stack` (aliases, then the stack) or `none` (report only).',
    'dry-run': 'Create and show the change sets, change nothing.',
    'github-token': 'Token for GitHub deployment statuses.',
    'deployment-environment': 'GitHub environment to record a deployment in; its status follows the verdict. Empty: none.',
    region: 'AWS region. Default: AWS_REGION or AWS_DEFAULT_REGION.',
};
/** The accepted forms of each input, as the end of the one-line error message says them. */
const ACCEPTED_FORMS = {
    'stack-name': 'a stack name of 1 to 128 letters, digits and hyphens that starts with a letter, such as orders-api',
    template: 'the path of a template file or an https:// URL, such as infra/app.yaml',
    'parameter-overrides': 'Key=Value entries separated by commas or newlines (Key="a,b" for a value with commas, Key=@previous to keep the deployed value), or the path of a JSON file',
    capabilities: 'CAPABILITY_IAM, CAPABILITY_NAMED_IAM or CAPABILITY_AUTO_EXPAND, comma- or newline-separated',
    tags: 'Key=Value entries separated by commas or newlines, or JSON such as {"Team":"payments"} or [{"Key":"Team","Value":"payments"}]',
    'role-arn': 'an IAM role ARN such as arn:aws:iam::123456789012:role/cfn-deploy',
    's3-bucket': 'a bucket name of 3 to 63 lowercase letters, digits, dots and hyphens that starts and ends with a letter or digit, such as my-templates',
    'termination-protection': 'true or false',
    'notification-arns': 'at most 5 ARNs of standard SNS topics, comma- or newline-separated, such as arn:aws:sns:eu-west-1:123456789012:stack-events',
    'timeout-in-minutes': 'whole minutes from 1 to 1440, such as 60',
    monitoring: 'true or false',
    'notification-email': 'an e-mail address such as team@example.com',
    'notification-topic-arn': 'the ARN of a standard SNS topic such as arn:aws:sns:eu-west-1:123456789012:alerts',
    guard: 'true or false',
    'guard-rollback': 'true or false',
    'guard-auto-scaling-group': 'an Auto Scaling group name of 1 to 255 printable ASCII characters without spaces or colons, such as orders-asg',
    functions: 'function names, logical ids or ARNs, comma- or newline-separated, such as OrdersFunction or arn:aws:lambda:eu-west-1:123456789012:function:orders',
    alias: 'an alias name of 1 to 128 letters, digits, hyphens and underscores, not all digits, such as live',
    strategy: 'all-at-once, canary 10% 5m, linear 10% every 1m, a CodeDeploy preset such as Canary10Percent5Minutes, or steps such as 5%:2m, 25%:5m, 100%',
    interval: 'a duration from 1s to 1h, such as 30s, 1m or 1h',
    'max-error-rate': 'a percentage from 0% to 100%, such as 2% or 0.5%',
    'max-memory-utilization': 'a percentage above 0% and up to 100%, such as 90%',
    'max-p99-duration': 'whole milliseconds from 1 to 900000, such as 800 or 800ms, or empty for no ceiling',
    'max-throttles': 'a whole number from 0 up, such as 0 or 5',
    'min-invocations': 'a whole number from 1 up, such as 50',
    'compare-baseline': 'true or false',
    alarms: 'CloudWatch alarm names of 1 to 255 characters, comma- or newline-separated',
    'on-inconclusive': 'fail or pass',
    'synthetic-payload': 'JSON text such as {"ping":true}, or the path of a JSON file',
    'synthetic-rate': 'a rate above 0 and up to 6000 a minute, written as 60/m, 2/s or 600/h',
    rollback: 'alias, stack or none',
    'dry-run': 'true or false',
    'github-token': 'a token on one line, without spaces',
    'deployment-environment': 'a GitHub environment name of 1 to 255 characters on one line, such as production',
    region: 'an AWS region such as eu-west-1',
};
/** Inputs whose value is never printed in a message. */
const SECRET_INPUTS = new Set(['github-token']);


/***/ }),

/***/ 1993:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: crossFieldProblems

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./lib/src/constants.js
var constants = __webpack_require__(347);
// EXTERNAL MODULE: ./lib/src/errors.js
var errors = __webpack_require__(5071);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/src/config/files.js
/**
 * The little file access the config needs (template, parameter file, payload file), behind an
 * interface so the parsers stay pure and tests can hand them files without a disk.
 */


function nodeFileAccess(cwd) {
    return {
        resolve: (path) => ((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(cwd, path)),
        stat: (absolutePath) => {
            try {
                const stats = (0,external_node_fs_.statSync)(absolutePath);
                return { isFile: stats.isFile(), size: stats.size };
            }
            catch {
                return undefined;
            }
        },
        read: (absolutePath) => {
            try {
                return (0,external_node_fs_.readFileSync)(absolutePath, 'utf8');
            }
            catch {
                return undefined;
            }
        },
    };
}

;// CONCATENATED MODULE: ./lib/src/config/freeze.js
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

// EXTERNAL MODULE: ./lib/src/config/inputs.js
var inputs = __webpack_require__(9252);
;// CONCATENATED MODULE: ./lib/src/config/messages.js
/**
 * The one format of a bad-input message, on one line:
 *
 *   Invalid input <input>: <subject>[ (<reason>)]. Expected <accepted forms>.
 *
 * The subject is the value in JSON quotes, or the part of it at fault (`entry "…"`, `key "…"`,
 * `file "…"`); a secret input's subject is `(hidden)`.
 */


const MAX_SHOWN = 80;
/** A value in JSON quotes: control characters and line breaks escaped, long values cut. */
function quote(value) {
    const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
    return JSON.stringify(shown);
}
function inputError(input, subject, options = {}) {
    const reason = options.reason === undefined ? '' : ` (${options.reason})`;
    const expected = options.expected ?? inputs/* ACCEPTED_FORMS */.qA[input];
    return new errors/* ConfigError */.xL(input, `Invalid input ${input}: ${subject}${reason}. Expected ${expected}.`);
}
/** The whole value is at fault. */
function badValue(input, value, options = {}) {
    return inputError(input, inputs/* SECRET_INPUTS */.pH.has(input) ? '(hidden)' : quote(value), options);
}
/** One entry of a list is at fault. */
function badEntry(input, entry, options = {}) {
    return inputError(input, `entry ${quote(entry)}`, options);
}
/** One key of a Key=Value list is at fault (its value is never shown). */
function badKey(input, key, options = {}) {
    return inputError(input, `key ${quote(key)}`, options);
}
/** A file named by the input is at fault (its content is never shown). */
function badFile(input, path, options = {}) {
    return inputError(input, `file ${quote(path)}`, options);
}

;// CONCATENATED MODULE: ./lib/src/config/key-values.js

/** Splits `A=1, B="x,y"` and newline-separated lines into entries. */
function splitKeyValues(input, raw) {
    const entries = [];
    for (const line of raw.split('\n')) {
        let previousKey;
        let rest = line;
        while (rest.trim() !== '') {
            const equals = rest.indexOf('=');
            const comma = rest.indexOf(',');
            if (equals === -1 || (comma !== -1 && comma < equals)) {
                const entry = (comma === -1 ? rest : rest.slice(0, comma)).trim();
                if (entry !== '')
                    throw entryWithoutEquals(input, entry, previousKey);
                rest = rest.slice(comma + 1);
                continue;
            }
            const key = rest.slice(0, equals).trim();
            const afterEquals = rest.slice(equals + 1).trimStart();
            const quote = afterEquals[0];
            let value;
            let quoted = false;
            if (quote === '"' || quote === "'") {
                const close = afterEquals.indexOf(quote, 1);
                if (close === -1)
                    throw badKey(input, key, { reason: 'its quoted value has no closing quote' });
                value = afterEquals.slice(1, close);
                quoted = true;
                rest = afterEquals.slice(close + 1);
                const next = rest.trimStart();
                if (next !== '' && !next.startsWith(',')) {
                    throw badKey(input, key, { reason: 'text follows the closing quote of its value' });
                }
                rest = next.slice(1);
            }
            else {
                const end = afterEquals.indexOf(',');
                value = (end === -1 ? afterEquals : afterEquals.slice(0, end)).trim();
                rest = end === -1 ? '' : afterEquals.slice(end + 1);
            }
            if (key === '')
                throw badEntry(input, `=${input === 'tags' ? value : '…'}`, { reason: 'no key before "="' });
            entries.push({ key, value, quoted });
            previousKey = key;
        }
    }
    return entries;
}
function entryWithoutEquals(input, entry, previousKey) {
    if (previousKey !== undefined && input === 'parameter-overrides') {
        // Most likely the rest of a value that holds a comma: name the key, never the text.
        return badKey(input, previousKey, {
            reason: 'a comma in its value starts an entry with no "=": quote a value that holds a comma, as in Key="a,b"',
        });
    }
    return badEntry(input, entry, { reason: 'no "=" in it' });
}
function rejectDuplicates(input, keys) {
    const seen = new Set();
    for (const key of keys) {
        if (seen.has(key))
            throw badKey(input, key, { reason: 'given twice' });
        seen.add(key);
    }
}
// --- parameter-overrides ------------------------------------------------------------------
const PARAMETER_KEY = /^[A-Za-z0-9]{1,255}$/;
const PREVIOUS = '@previous';
/** Whether a one-line value without `=` names a JSON file rather than a malformed entry. */
function looksLikePath(text, files) {
    if (text.startsWith('file://'))
        return true;
    if (text.includes('=') || text.includes('\n'))
        return false;
    return /\.json$/i.test(text) || /[/\\]/.test(text) || files.stat(files.resolve(text)) !== undefined;
}
function parseParameterOverrides(raw, files) {
    if (raw === '')
        return [];
    let overrides;
    if (raw.startsWith('{') || raw.startsWith('[')) {
        overrides = parametersFromJson(raw, (reason) => inputError('parameter-overrides', 'JSON text', { reason }));
    }
    else if (looksLikePath(raw, files)) {
        overrides = parametersFromFile(raw, files);
    }
    else {
        overrides = splitKeyValues('parameter-overrides', raw).map(({ key, value, quoted }) => !quoted && value === PREVIOUS ? { key, usePreviousValue: true } : { key, value });
    }
    for (const { key } of overrides) {
        if (!PARAMETER_KEY.test(key)) {
            throw badKey('parameter-overrides', key, { reason: 'a parameter name has only letters and digits' });
        }
    }
    rejectDuplicates('parameter-overrides', overrides.map((o) => o.key));
    return overrides;
}
function parametersFromFile(raw, files) {
    const path = raw.replace(/^file:\/\//, '');
    const absolute = files.resolve(path);
    const info = files.stat(absolute);
    if (info === undefined)
        throw badFile('parameter-overrides', path, { reason: 'not found' });
    if (!info.isFile)
        throw badFile('parameter-overrides', path, { reason: 'not a file' });
    const text = files.read(absolute);
    if (text === undefined)
        throw badFile('parameter-overrides', path, { reason: 'cannot be read' });
    return parametersFromJson(text, (reason) => badFile('parameter-overrides', path, { reason }));
}
/** `{"K":"V"}` or `[{"ParameterKey":"K","ParameterValue":"V"} | {"ParameterKey":"K","UsePreviousValue":true}]`. */
function parametersFromJson(text, fail) {
    const json = tryParseJson(text);
    if (json === undefined)
        throw fail('not valid JSON');
    if (Array.isArray(json)) {
        return json.map((item, index) => {
            const entry = isRecord(item) ? item : {};
            const key = entry['ParameterKey'];
            if (typeof key !== 'string')
                throw fail(`item ${index + 1} has no ParameterKey`);
            if (entry['UsePreviousValue'] === true)
                return { key, usePreviousValue: true };
            const value = scalarText(entry['ParameterValue']);
            if (value === undefined) {
                throw fail(`item ${index + 1} needs a text ParameterValue or "UsePreviousValue": true`);
            }
            return { key, value };
        });
    }
    if (isRecord(json)) {
        return Object.entries(json).map(([key, raw]) => {
            const value = scalarText(raw);
            if (value === undefined)
                throw fail(`the value of key "${key}" is not text, a number or a boolean`);
            return value === PREVIOUS ? { key, usePreviousValue: true } : { key, value };
        });
    }
    throw fail('a JSON object or array is needed');
}
// --- tags ---------------------------------------------------------------------------------
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const MAX_TAGS = 50;
function parseTags(raw) {
    if (raw === '')
        return [];
    const tags = raw.startsWith('{') || raw.startsWith('[') ? tagsFromJson(raw) : tagsFromEntries(raw);
    for (const { key, value } of tags) {
        const refuse = (reason) => {
            throw badKey('tags', key, { reason });
        };
        if (key.length > 128)
            refuse('a tag key has at most 128 characters');
        if (value.length > 256)
            refuse('a tag value has at most 256 characters');
        if (/^aws:/i.test(key))
            refuse('the prefix aws: is reserved');
        if (!TAG_TEXT.test(key) || !TAG_TEXT.test(value)) {
            refuse('tags hold letters, digits, spaces and _ . : / = + - @');
        }
    }
    rejectDuplicates('tags', tags.map((t) => t.key));
    if (tags.length > MAX_TAGS)
        throw badValue('tags', raw, { reason: `more than ${MAX_TAGS} tags` });
    return tags;
}
function tagsFromEntries(raw) {
    return splitKeyValues('tags', raw).map(({ key, value }) => ({ key, value }));
}
function tagsFromJson(raw) {
    const json = tryParseJson(raw);
    const fail = (reason) => {
        throw badValue('tags', raw, { reason });
    };
    if (json === undefined)
        return fail('not valid JSON');
    if (Array.isArray(json)) {
        return json.map((item, index) => {
            const entry = isRecord(item) ? item : {};
            const key = entry['Key'];
            const value = scalarText(entry['Value'] ?? '');
            if (typeof key !== 'string' || key === '' || value === undefined) {
                return fail(`item ${index + 1} needs a text Key and Value`);
            }
            return { key, value };
        });
    }
    if (isRecord(json)) {
        return Object.entries(json).map(([key, raw]) => {
            const value = scalarText(raw);
            if (value === undefined)
                return fail(`the value of tag ${key} is not text, a number or a boolean`);
            return { key, value };
        });
    }
    return fail('a JSON object or array is needed');
}
// --- JSON helpers -------------------------------------------------------------------------
/** The parsed JSON, or undefined when the text is not JSON (callers raise their own error). */
function tryParseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Strings as they are; numbers and booleans as CloudFormation would write them. */
function scalarText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return undefined;
}

;// CONCATENATED MODULE: ./lib/src/config/units.js
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

;// CONCATENATED MODULE: ./lib/src/config/parsers.js
/**
 * One small pure parser per kind of input. Each takes the input's value (trimmed, with the
 * default already applied when it was empty) and returns the typed value or throws the
 * input's ConfigError. No parser returns undefined for a bad value.
 */


// --- generic forms ------------------------------------------------------------------------
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
/** Like core.getBooleanInput: true|True|TRUE|false|False|FALSE, nothing else. */
function parseBoolean(input, raw) {
    if (TRUE.has(raw))
        return true;
    if (FALSE.has(raw))
        return false;
    throw badValue(input, raw);
}
/** One of a few words, in any case; returned in lower case. */
function parseChoice(input, raw, choices) {
    const found = choices.find((choice) => choice === raw.toLowerCase());
    if (found === undefined)
        throw badValue(input, raw);
    return found;
}
/** A percentage as a fraction (2% → 0.02), from `min`% (inclusive unless minExclusive) to 100%. */
function parsePercent(input, raw, options) {
    const percent = percentOf(raw);
    if (percent === null)
        throw badValue(input, raw);
    const tooLow = options.minExclusive ? percent <= 0 : percent < 0;
    if (tooLow || percent > 100)
        throw badValue(input, raw, { reason: 'out of range' });
    return percentToFraction(percent);
}
/** A whole number from `min` up. */
function parseWholeNumber(input, raw, min) {
    if (!/^\d+$/.test(raw))
        throw badValue(input, raw);
    const value = Number(raw);
    if (!Number.isSafeInteger(value))
        throw badValue(input, raw, { reason: 'too large' });
    if (value < min)
        throw badValue(input, raw, { reason: 'out of range' });
    return value;
}
/** Comma- or newline-separated words, trimmed, empty entries dropped, duplicates removed. */
function splitList(raw) {
    const entries = raw
        .split(/[,\n]/)
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '');
    return [...new Set(entries)];
}
// --- one input each -----------------------------------------------------------------------
const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;
function parseStackName(raw) {
    if (raw === '')
        return undefined;
    if (!STACK_NAME.test(raw))
        throw badValue('stack-name', raw);
    return raw;
}
const CAPABILITIES = ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND'];
function parseCapabilities(raw) {
    const known = splitList(raw).map((entry) => {
        const name = CAPABILITIES.find((capability) => capability === entry.toUpperCase());
        if (name === undefined)
            throw badEntry('capabilities', entry);
        return name;
    });
    return [...new Set(known)];
}
const ROLE_ARN = /^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
function parseRoleArn(raw) {
    if (raw === '')
        return undefined;
    if (!ROLE_ARN.test(raw))
        throw badValue('role-arn', raw);
    return raw;
}
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const BUCKET_RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const BUCKET_RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];
/** S3's bucket naming rules for general purpose buckets. */
function parseS3Bucket(raw) {
    if (raw === '')
        return undefined;
    const refuse = (reason) => {
        throw badValue('s3-bucket', raw, reason === undefined ? {} : { reason });
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
            throw badEntry('notification-arns', arn, { reason: FIFO_REASON });
        if (form === 'bad')
            throw badEntry('notification-arns', arn);
    }
    if (arns.length > MAX_NOTIFICATION_ARNS) {
        throw badValue('notification-arns', raw, {
            reason: `${arns.length} topics, over the ${MAX_NOTIFICATION_ARNS} CloudFormation allows`,
        });
    }
    return arns;
}
const MAX_TIMEOUT_MINUTES = 1440;
/** Whole minutes from 1 to 1440 → milliseconds. */
function parseTimeoutInMinutes(raw) {
    const minutes = parseWholeNumber('timeout-in-minutes', raw, 1);
    if (minutes > MAX_TIMEOUT_MINUTES)
        throw badValue('timeout-in-minutes', raw, { reason: 'out of range' });
    return minutes * 60_000;
}
function parseNotificationTopicArn(raw) {
    if (raw === '')
        return undefined;
    const form = topicArnForm(raw);
    if (form === 'fifo')
        throw badValue('notification-topic-arn', raw, { reason: FIFO_REASON });
    if (form === 'bad')
        throw badValue('notification-topic-arn', raw);
    return raw;
}
/** EC2 Auto Scaling's rule: ASCII 33 to 126 (no space), no colon, 1 to 255 characters. */
const AUTO_SCALING_GROUP = /^[!-9;-~]{1,255}$/;
function parseAutoScalingGroup(raw) {
    if (raw === '')
        return undefined;
    if (!AUTO_SCALING_GROUP.test(raw))
        throw badValue('guard-auto-scaling-group', raw);
    return raw;
}
const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>".]+(?:\.[^\s@,;<>".]+)+$/;
function parseEmail(raw) {
    if (raw === '')
        return undefined;
    if (raw.length > 254 || !EMAIL.test(raw))
        throw badValue('notification-email', raw);
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
function parseFunctions(raw) {
    return splitList(raw).map((entry) => {
        if (FUNCTION_FORMS.some((form) => form.test(entry)))
            return entry;
        const unqualified = entry.replace(/:[^:]*$/, '');
        if (unqualified !== entry && FUNCTION_FORMS.some((form) => form.test(unqualified))) {
            throw badEntry('functions', entry, {
                reason: 'names a version or alias: give the function itself, the alias input names the alias',
            });
        }
        throw badEntry('functions', entry);
    });
}
const ALIAS = /^(?!\d+$)[A-Za-z0-9_-]{1,128}$/;
function parseAlias(raw) {
    if (!ALIAS.test(raw))
        throw badValue('alias', raw);
    return raw;
}
function parseInterval(raw) {
    const ms = durationMsOf(raw);
    if (ms === null)
        throw badValue('interval', raw);
    if (ms < 1_000 || ms > 3_600_000)
        throw badValue('interval', raw, { reason: 'out of range' });
    return ms;
}
const MAX_P99 = /^(\d+)\s*(?:ms)?$/i;
const LAMBDA_MAX_TIMEOUT_MS = 900_000;
function parseMaxP99Duration(raw) {
    if (raw === '')
        return undefined;
    const match = MAX_P99.exec(raw);
    if (!match)
        throw badValue('max-p99-duration', raw);
    const ms = Number(match[1]);
    if (ms < 1 || ms > LAMBDA_MAX_TIMEOUT_MS) {
        throw badValue('max-p99-duration', raw, { reason: 'out of range' });
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
            throw badEntry('alarms', entry);
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
        throw badValue('synthetic-rate', raw);
    const perMinute = roundTo(Number(match[1]) * (PER_MINUTE[(match[2] ?? '').toLowerCase()] ?? 0), 1e-6);
    if (perMinute <= 0 || perMinute > MAX_SYNTHETIC_PER_MINUTE) {
        throw badValue('synthetic-rate', raw, { reason: 'out of range' });
    }
    return Number(perMinute.toFixed(6));
}
/** The token's value never appears in a message. */
function parseGithubToken(raw) {
    if (raw === '')
        return undefined;
    if (/\s/.test(raw))
        throw badValue('github-token', raw);
    return raw;
}
/** GitHub takes any environment name up to 255 characters; a control character is a mistake. */
function parseDeploymentEnvironment(raw) {
    if (raw === '')
        return undefined;
    if (raw.length > 255 || !isPrintable(raw))
        throw badValue('deployment-environment', raw);
    return raw;
}
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;
function parseRegion(raw) {
    if (raw === '')
        return undefined;
    if (!REGION.test(raw))
        throw badValue('region', raw);
    return raw;
}

;// CONCATENATED MODULE: ./lib/src/config/sources.js


/** CloudFormation's limit for a template passed in the request (larger ones go through S3). */
const INLINE_TEMPLATE_LIMIT_BYTES = 51_200;
/** CloudFormation's limit for a template passed by URL. */
const TEMPLATE_LIMIT_BYTES = 1_000_000;
/** Lambda's limit for a synchronous invocation's payload. */
const PAYLOAD_LIMIT_BYTES = 6 * 1024 * 1024;
function parseTemplate(raw, files) {
    if (raw === '')
        return undefined;
    if (/^https:\/\//i.test(raw)) {
        if (!URL.canParse(raw) || new URL(raw).hostname === '')
            throw badValue('template', raw);
        return { source: { kind: 'url', url: raw }, sizeBytes: undefined };
    }
    if (/^http:\/\//i.test(raw))
        throw badValue('template', raw, { reason: 'plain http is refused' });
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
        throw badValue('template', raw, { reason: 'only https:// URLs are accepted' });
    }
    const path = files.resolve(raw);
    const info = files.stat(path);
    if (info === undefined)
        throw badFile('template', raw, { reason: 'not found' });
    if (!info.isFile)
        throw badFile('template', raw, { reason: 'not a file' });
    if (info.size === 0)
        throw badFile('template', raw, { reason: 'empty' });
    if (info.size > TEMPLATE_LIMIT_BYTES) {
        throw badFile('template', raw, {
            reason: `${info.size} bytes, over the ${TEMPLATE_LIMIT_BYTES} CloudFormation accepts`,
        });
    }
    return { source: { kind: 'file', path }, sizeBytes: info.size };
}
/** The payload's JSON text: the input itself, or the named file's content. */
function parseSyntheticPayload(raw, files) {
    if (raw === '')
        return undefined;
    if (!raw.startsWith('file://')) {
        if (tryParseJson(raw) !== undefined) {
            return checkedPayloadSize(raw, (reason) => badValue('synthetic-payload', raw, { reason }));
        }
        if (/^[[{"]/.test(raw))
            throw badValue('synthetic-payload', raw, { reason: 'not valid JSON' });
    }
    const path = raw.replace(/^file:\/\//, '');
    const absolute = files.resolve(path);
    const info = files.stat(absolute);
    if (info === undefined)
        throw badFile('synthetic-payload', path, { reason: 'not found' });
    if (!info.isFile)
        throw badFile('synthetic-payload', path, { reason: 'not a file' });
    const text = files.read(absolute);
    if (text === undefined)
        throw badFile('synthetic-payload', path, { reason: 'cannot be read' });
    if (tryParseJson(text) === undefined)
        throw badFile('synthetic-payload', path, { reason: 'not valid JSON' });
    return checkedPayloadSize(text, (reason) => badFile('synthetic-payload', path, { reason }));
}
function checkedPayloadSize(text, fail) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > PAYLOAD_LIMIT_BYTES)
        throw fail(`${bytes} bytes, over the ${PAYLOAD_LIMIT_BYTES} Lambda accepts`);
    return text;
}

;// CONCATENATED MODULE: ./lib/src/config/strategy.js
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
 * Every step before the last holds for 1s to 24h. Weights rise strictly, lie in (0%, 100%] and
 * the last is 100%. A hold on the final 100% step is a bake time: the new version takes all the
 * traffic and is still watched (and rolled back on a fail) until the bake time is over. At most
 * 100 steps. Weights are rounded to 1e-6 so 3 × 10% is 0.3, not 0.30000000000000004.
 */


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
}
function parseStrategy(text) {
    const source = text.trim();
    try {
        return { source, steps: plan(source) };
    }
    catch (error) {
        if (error instanceof StrategyProblem)
            throw badValue('strategy', source, { reason: error.message });
        throw error;
    }
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
    if (percent <= 0 || percent >= 100)
        throw new StrategyProblem('the canary weight must be above 0% and below 100%');
    checkHold(holdMs);
    return [{ weight: fraction(percent), holdMs }, finalStep(0)];
}
function linear(percent, holdMs) {
    if (percent <= 0 || percent >= 100)
        throw new StrategyProblem('the linear increment must be above 0% and below 100%');
    checkHold(holdMs);
    const count = Math.ceil(roundTo(100 / percent, 1e-6));
    if (count > MAX_STEPS)
        throw new StrategyProblem(`${count} steps, more than ${MAX_STEPS}`);
    const steps = [];
    for (let k = 1; fraction(k * percent) < 1; k++)
        steps.push({ weight: fraction(k * percent), holdMs });
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
    const steps = entries.map((entry, index) => {
        const match = CUSTOM_STEP.exec(entry);
        const percent = percentOf(match?.[1] ?? '');
        if (match === null || percent === null) {
            throw new StrategyProblem(`step "${entry}" is not a weight and hold such as 25%:5m`);
        }
        if (percent <= 0 || percent > 100)
            throw new StrategyProblem(`step "${entry}" is not above 0% and up to 100%`);
        const last = index === entries.length - 1;
        if (match[2] === undefined) {
            if (!last)
                throw new StrategyProblem(`step "${entry}" needs a hold, such as ${entry}:5m`);
            return { weight: fraction(percent), holdMs: 0 };
        }
        const holdMs = holdOf(match[2]);
        if (!last || holdMs !== 0)
            checkHold(holdMs);
        return { weight: fraction(percent), holdMs };
    });
    steps.forEach((step, index) => {
        const previous = steps[index - 1];
        if (previous !== undefined && step.weight <= previous.weight) {
            throw new StrategyProblem(`weights must rise, but step "${entries[index] ?? ''}" does not`);
        }
    });
    if (steps.at(-1)?.weight !== 1)
        throw new StrategyProblem('the last step must be 100%');
    return steps;
}
function weightOf(text) {
    const percent = percentOf(text);
    if (percent === null)
        throw new StrategyProblem(`"${text}" is not a weight such as 10%`);
    return percent;
}
function holdOf(text) {
    const ms = durationMsOf(text);
    if (ms === null)
        throw new StrategyProblem(`"${text}" is not a duration such as 30s, 5m or 1h`);
    return ms;
}
function checkHold(holdMs) {
    if (holdMs < MIN_HOLD_MS || holdMs > MAX_HOLD_MS)
        throw new StrategyProblem('a hold must be from 1s to 24h');
}
function fraction(percent) {
    return Number(roundTo(percent / 100, 1e-6).toFixed(6));
}
function finalStep(holdMs) {
    return { weight: 1, holdMs };
}

// EXTERNAL MODULE: ./lib/src/config/types.js
var types = __webpack_require__(1664);
;// CONCATENATED MODULE: ./lib/src/config/parse.js
/**
 * The one schema both front doors feed: every input of INPUT_NAMES, each parsed by its own
 * small function, then the rules between inputs, then one typed, deep-frozen Config.
 *
 * A bad input throws a ConfigError whose message names the input, the value (never a secret)
 * and the accepted forms. Each input is checked on its own first; the rules between inputs are
 * checked once every input is valid on its own. Of the inputs at fault, the first in
 * INPUT_NAMES order is reported, so the same bad inputs always give the same message.
 * An empty input means its default (INPUT_DEFAULTS), in the action and the CLI alike.
 */











function parseConfig(read, options = {}) {
    const files = nodeFileAccess(options.cwd ?? process.cwd());
    const values = Object.fromEntries(types/* INPUT_NAMES */.Q.map((name) => [name, parse_valueOf(read, name)]));
    const result = configSchema(files).safeParse(values);
    if (!result.success)
        throw firstProblem(result.error.issues);
    return deepFreeze(result.data);
}
/** The input trimmed (as core.getInput does), or its default when empty. */
function parse_valueOf(read, name) {
    const value = String(read(name) ?? '').trim();
    return value === '' ? (types/* INPUT_DEFAULTS */.W[name] ?? '') : value;
}
/** A zod field that runs one input's parser and turns its ConfigError into an issue. */
function field(parse) {
    return schemas/* string */.YjP().transform((raw, ctx) => {
        try {
            return parse(raw);
        }
        catch (error) {
            if (!(error instanceof errors/* ConfigError */.xL))
                throw error;
            ctx.addIssue({ code: 'custom', message: error.message });
            return core/* NEVER */.tm;
        }
    });
}
/** Each input on its own. */
function inputsSchema(files) {
    return schemas/* object */.Ikc({
        'stack-name': field(parseStackName),
        template: field((raw) => parseTemplate(raw, files)),
        'parameter-overrides': field((raw) => parseParameterOverrides(raw, files)),
        capabilities: field(parseCapabilities),
        tags: field(parseTags),
        'role-arn': field(parseRoleArn),
        's3-bucket': field(parseS3Bucket),
        'termination-protection': field((raw) => parseBoolean('termination-protection', raw)),
        'notification-arns': field(parseNotificationArns),
        'timeout-in-minutes': field(parseTimeoutInMinutes),
        monitoring: field((raw) => parseBoolean('monitoring', raw)),
        'notification-email': field(parseEmail),
        'notification-topic-arn': field(parseNotificationTopicArn),
        guard: field((raw) => parseBoolean('guard', raw)),
        'guard-rollback': field((raw) => parseBoolean('guard-rollback', raw)),
        'guard-auto-scaling-group': field(parseAutoScalingGroup),
        functions: field(parseFunctions),
        alias: field(parseAlias),
        strategy: field(parseStrategy),
        interval: field(parseInterval),
        'max-error-rate': field((raw) => parsePercent('max-error-rate', raw, { minExclusive: false })),
        'max-memory-utilization': field((raw) => parsePercent('max-memory-utilization', raw, { minExclusive: true })),
        'max-p99-duration': field(parseMaxP99Duration),
        'max-throttles': field((raw) => parseWholeNumber('max-throttles', raw, 0)),
        'min-invocations': field((raw) => parseWholeNumber('min-invocations', raw, 1)),
        'compare-baseline': field((raw) => parseBoolean('compare-baseline', raw)),
        alarms: field(parseAlarms),
        'on-inconclusive': field((raw) => parseChoice('on-inconclusive', raw, ['fail', 'pass'])),
        'synthetic-payload': field((raw) => parseSyntheticPayload(raw, files)),
        'synthetic-rate': field(parseSyntheticRate),
        rollback: field((raw) => parseChoice('rollback', raw, ['alias', 'stack', 'none'])),
        'dry-run': field((raw) => parseBoolean('dry-run', raw)),
        'github-token': field(parseGithubToken),
        'deployment-environment': field(parseDeploymentEnvironment),
        region: field(parseRegion),
    });
}
/** Each input, then the rules between them, then the Config. */
function configSchema(files) {
    return inputsSchema(files)
        .superRefine((parsed, ctx) => {
        for (const problem of crossFieldProblems(parsed)) {
            ctx.addIssue({ code: 'custom', path: [problem.input], message: problem.message });
        }
    })
        .transform(toConfig);
}
/** The rules between inputs, each reported on the input to change. */
function crossFieldProblems(parsed) {
    const problems = [];
    const stackName = parsed['stack-name'];
    const template = parsed.template;
    const monitoring = parsed.monitoring && stackName !== undefined;
    if (template !== undefined && stackName === undefined) {
        problems.push(badValue('stack-name', '', { reason: 'required when template is given' }));
    }
    if (stackName !== undefined && monitoring && (0,constants/* monitoringStackName */.cg)(stackName).length > 128) {
        problems.push(badValue('stack-name', stackName, {
            reason: `the monitoring stack's name would be ${(0,constants/* monitoringStackName */.cg)(stackName).length} characters, over 128`,
            expected: 'a stack name of at most 117 characters, or monitoring: false',
        }));
    }
    if (template?.sizeBytes !== undefined &&
        template.sizeBytes > INLINE_TEMPLATE_LIMIT_BYTES &&
        parsed['s3-bucket'] === undefined) {
        problems.push(badValue('s3-bucket', '', {
            reason: `required: the template is ${template.sizeBytes} bytes, over the ${INLINE_TEMPLATE_LIMIT_BYTES} CloudFormation takes inline`,
        }));
    }
    if (template === undefined) {
        if (parsed['termination-protection']) {
            problems.push(badValue('termination-protection', 'true', withoutAppStack('false')));
        }
        const arns = parsed['notification-arns'];
        if (arns.length > 0) {
            problems.push(badValue('notification-arns', arns.join(','), withoutAppStack('it empty')));
        }
    }
    // Inputs that only mean something in the monitoring stack. (guard and guard-rollback default to
    // true, so a value given cannot be told from the default: they are simply unused without it.)
    const monitoringInputs = [
        ['notification-email', parsed['notification-email'], 'monitoring topic'],
        ['notification-topic-arn', parsed['notification-topic-arn'], 'monitoring topic'],
        ['guard-auto-scaling-group', parsed['guard-auto-scaling-group'], 'guard'],
    ];
    for (const [input, value, what] of monitoringInputs) {
        if (value === undefined)
            continue;
        if (!monitoring) {
            problems.push(badValue(input, value, {
                reason: stackName === undefined
                    ? `there is no ${what} without a stack-name`
                    : `there is no ${what} when monitoring is false`,
                expected: 'it empty, or a stack-name with monitoring: true',
            }));
        }
        else if (what === 'guard' && !parsed.guard) {
            problems.push(badValue(input, value, {
                reason: 'there is no guard when guard is false',
                expected: 'it empty, or guard: true',
            }));
        }
    }
    if (template === undefined && stackName === undefined && parsed.functions.length === 0) {
        problems.push(badValue('functions', '', {
            reason: 'required when neither template nor stack-name is given',
            expected: 'function names or ARNs, comma- or newline-separated, such as orders-handler',
        }));
    }
    const environment = parsed['deployment-environment'];
    if (environment !== undefined && parsed['github-token'] === undefined) {
        problems.push(badValue('deployment-environment', environment, {
            reason: 'there is no github-token to record a deployment with',
            expected: 'it empty, or a github-token',
        }));
    }
    if (parsed.rollback === 'stack' && template === undefined) {
        problems.push(badValue('rollback', 'stack', {
            reason: 'there is no deployed template to roll back to without template',
            expected: 'alias or none when template is not given',
        }));
    }
    return problems;
}
/** The rule for an input that only means something for the app stack a template deploys. */
function withoutAppStack(expectedValue) {
    return {
        reason: 'there is no app stack to deploy without template',
        expected: `${expectedValue} when template is not given`,
    };
}
function toConfig(parsed) {
    const stackName = parsed['stack-name'];
    const payload = parsed['synthetic-payload'];
    return {
        stackName,
        template: parsed.template?.source,
        parameterOverrides: parsed['parameter-overrides'],
        capabilities: parsed.capabilities,
        tags: parsed.tags,
        roleArn: parsed['role-arn'],
        s3Bucket: parsed['s3-bucket'],
        terminationProtection: parsed['termination-protection'],
        notificationArns: parsed['notification-arns'],
        stackTimeoutMs: parsed['timeout-in-minutes'],
        monitoring: parsed.monitoring && stackName !== undefined,
        notificationEmail: parsed['notification-email'],
        notificationTopicArn: parsed['notification-topic-arn'],
        guard: {
            enabled: parsed.guard,
            rollback: parsed['guard-rollback'],
            autoScalingGroupName: parsed['guard-auto-scaling-group'],
        },
        functions: parsed.functions,
        alias: parsed.alias,
        strategy: parsed.strategy,
        intervalMs: parsed.interval,
        thresholds: {
            maxErrorRate: parsed['max-error-rate'],
            maxMemoryUtilization: parsed['max-memory-utilization'],
            maxP99DurationMs: parsed['max-p99-duration'],
            maxThrottles: parsed['max-throttles'],
            minInvocations: parsed['min-invocations'],
        },
        compareBaseline: parsed['compare-baseline'],
        alarms: parsed.alarms,
        onInconclusive: parsed['on-inconclusive'],
        synthetic: payload === undefined ? undefined : { payload, ratePerMinute: parsed['synthetic-rate'] },
        rollback: parsed.rollback,
        dryRun: parsed['dry-run'],
        githubToken: parsed['github-token'],
        deploymentEnvironment: parsed['deployment-environment'],
        region: parsed.region,
    };
}
/** The first problem of the first input at fault, in INPUT_NAMES order. */
function firstProblem(issues) {
    for (const name of types/* INPUT_NAMES */.Q) {
        const issue = issues.find((candidate) => candidate.path[0] === name);
        if (issue !== undefined)
            return new errors/* ConfigError */.xL(name, issue.message);
    }
    // Every issue comes from one input's field, so this is only a guard.
    return new errors/* ConfigError */.xL('config', issues.map((issue) => issue.message).join(' '));
}


/***/ }),

/***/ 1664:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ INPUT_NAMES),
/* harmony export */   W: () => (/* binding */ INPUT_DEFAULTS)
/* harmony export */ });
/**
 * The one typed configuration both front doors (action inputs, CLI flags) produce.
 * Every value here is validated and normalised: percentages are fractions, durations are ms.
 */
const INPUT_NAMES = [
    'stack-name',
    'template',
    'parameter-overrides',
    'capabilities',
    'tags',
    'role-arn',
    's3-bucket',
    'termination-protection',
    'notification-arns',
    'timeout-in-minutes',
    'monitoring',
    'notification-email',
    'notification-topic-arn',
    'guard',
    'guard-rollback',
    'guard-auto-scaling-group',
    'functions',
    'alias',
    'strategy',
    'interval',
    'max-error-rate',
    'max-memory-utilization',
    'max-p99-duration',
    'max-throttles',
    'min-invocations',
    'compare-baseline',
    'alarms',
    'on-inconclusive',
    'synthetic-payload',
    'synthetic-rate',
    'rollback',
    'dry-run',
    'github-token',
    'deployment-environment',
    'region',
];
/** Defaults, the same as action.yml's (a test keeps them in step); the CLI applies them itself. */
const INPUT_DEFAULTS = {
    capabilities: 'CAPABILITY_IAM,CAPABILITY_NAMED_IAM,CAPABILITY_AUTO_EXPAND',
    'termination-protection': 'false',
    'timeout-in-minutes': '60',
    monitoring: 'true',
    guard: 'true',
    'guard-rollback': 'true',
    alias: 'live',
    strategy: 'canary 10% 5m',
    interval: '1m',
    'max-error-rate': '1%',
    'max-memory-utilization': '90%',
    'max-throttles': '0',
    'min-invocations': '50',
    'compare-baseline': 'true',
    'on-inconclusive': 'fail',
    'synthetic-rate': '60/m',
    rollback: 'alias',
    'dry-run': 'false',
};


/***/ }),

/***/ 347:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aD: () => (/* binding */ DEFAULT_STACK_TIMEOUT_MS),
/* harmony export */   cg: () => (/* binding */ monitoringStackName),
/* harmony export */   ks: () => (/* binding */ lastPassedTagKey)
/* harmony export */ });
/* unused harmony exports LAST_PASSED_TAG_PREFIX, GUARD_COOLDOWN_TAG_PREFIX, guardCooldownTagKey */
/** Names shared across parts, in one place. */
/** Tag the action sets on a function when it promotes a version: the guard reads it to roll back. */
const LAST_PASSED_TAG_PREFIX = 'stack-canary:last-passed:';
const lastPassedTagKey = (alias) => `${LAST_PASSED_TAG_PREFIX}${alias}`;
/** Tag the monitoring stack's guard sets on a function when it acted: the start of its cool-down. */
const GUARD_COOLDOWN_TAG_PREFIX = 'stack-canary:guard-last-action:';
const guardCooldownTagKey = (alias) => `${GUARD_COOLDOWN_TAG_PREFIX}${alias}`;
/** The monitoring stack's name beside the app stack. */
const monitoringStackName = (stackName) => `${stackName}-monitoring`;
/** Default bound on waiting for one stack operation. */
const DEFAULT_STACK_TIMEOUT_MS = 60 * 60 * 1000;


/***/ }),

/***/ 931:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   xH: () => (/* binding */ serializeReport)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1294);

function buildReport(config, result, times) {
    return {
        tool: 'stack-canary',
        version: _version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x,
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
        details: result.details,
    };
}
/** Replaces every occurrence of a secret in the text (longest first) with ***. */
function redact(text, secrets) {
    return [...secrets]
        .filter((s) => s.length >= 4)
        .sort((a, b) => b.length - a.length)
        .reduce((out, secret) => out.split(secret).join('***'), text);
}
/** The report as JSON text, with any known secret removed as a last line of defence. */
function serializeReport(report, secrets) {
    return redact(`${JSON.stringify(report, null, 2)}\n`, secrets);
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

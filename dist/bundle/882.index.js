export const id = 882;
export const ids = [882];
export const modules = {

/***/ 3248:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NZ: () => (/* binding */ versionsFromJournal),
/* harmony export */   Qh: () => (/* binding */ stopVerdictLine),
/* harmony export */   Wo: () => (/* binding */ aliasesAfterRecovery),
/* harmony export */   X2: () => (/* binding */ aliasesAfterError),
/* harmony export */   r4: () => (/* binding */ renderStopSummary)
/* harmony export */ });
/* unused harmony export escapeMarkdown */
/* harmony import */ var _traffic_routing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3826);

const lastChange = (entry) => entry.changes[entry.changes.length - 1];
/** After an error: the pipeline has tried to restore; the journal tells how far it got. */
function aliasesAfterError(journal) {
    if (!journal) {
        return {
            headline: 'No alias was changed: the run stopped before it touched any.',
            rows: [],
            rolledBack: false,
        };
    }
    const changed = journal.aliases.filter((a) => a.changes.length > 0);
    const untouched = journal.aliases
        .filter((a) => a.changes.length === 0)
        .map((a) => ({
        functionName: a.functionName,
        alias: a.alias,
        leftOn: `${(0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_0__/* .describeTarget */ .ff)(a.snapshot)} (untouched)`,
    }));
    if (changed.length === 0) {
        return { headline: 'No alias was changed.', rows: untouched, rolledBack: false };
    }
    if (journal.finished) {
        const rows = changed.map((a) => ({
            functionName: a.functionName,
            alias: a.alias,
            leftOn: `${(0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_0__/* .describeTarget */ .ff)(lastChange(a)?.to)} (restored)`,
        }));
        return {
            headline: 'Every alias the run changed is back on its snapshot version.',
            rows: [...rows, ...untouched],
            rolledBack: true,
        };
    }
    // A change is journaled before it is made: the last one may or may not have happened.
    const rows = changed.map((a) => {
        const last = lastChange(a);
        return {
            functionName: a.functionName,
            alias: a.alias,
            leftOn: `not confirmed (last journaled: ${last?.kind ?? 'change'} to ${(0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_0__/* .describeTarget */ .ff)(last?.to)}); returns to ${(0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_0__/* .describeTarget */ .ff)(a.snapshot)}`,
        };
    });
    return {
        headline: 'Not every alias could be put back yet: the post step restores them from the saved journal.',
        rows: [...rows, ...untouched],
        rolledBack: false,
    };
}
/** After a signal: the handler restored from the journal; its report says where each alias is. */
function aliasesAfterRecovery(report) {
    return {
        headline: report.message,
        rows: report.aliases.map((a) => ({
            functionName: a.functionName,
            alias: a.alias,
            leftOn: `${(0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_0__/* .describeTarget */ .ff)(a.state?.target)} (${a.action})`,
        })),
        rolledBack: report.status === 'recovered' &&
            report.aliases.some((a) => a.action === 'restored' || a.action === 'deleted'),
    };
}
/** Markdown that cannot break out of a table cell or a line: entities for HTML, escapes for markup. */
function escapeMarkdown(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|#]/g, (c) => `\\${c}`)
        .replace(/[\r\n]+/g, ' ');
}
function renderStopSummary(title, reason, aliases, problems = []) {
    const lines = [`## ⛔ stack-canary: ${escapeMarkdown(title)}`, '', escapeMarkdown(reason), ''];
    if (problems.length > 1)
        lines.push(...problems.map((p) => `- ${escapeMarkdown(p)}`), '');
    lines.push(`**Aliases:** ${escapeMarkdown(aliases.headline)}`, '');
    if (aliases.rows.length > 0) {
        lines.push('| Function | Alias | Left on |', '|---|---|---|');
        for (const row of aliases.rows) {
            lines.push(`| ${escapeMarkdown(row.functionName)} | ${escapeMarkdown(row.alias)} | ${escapeMarkdown(row.leftOn)} |`);
        }
        lines.push('');
    }
    return lines.join('\n');
}
/**
 * The last line of a step that ended without a verdict, as a run with one ends with its verdict
 * line: `verdict error · <the aliases as a whole> · <each alias> · reason: …`, on one line.
 */
function stopVerdictLine(title, reason, aliases) {
    const verdict = title === 'error' ? 'verdict error' : `verdict error (${title})`;
    const rows = aliases.rows.slice(0, 3).map((r) => `${r.functionName}: alias ${r.alias} on ${r.leftOn}`);
    if (aliases.rows.length > 3)
        rows.push(`${aliases.rows.length - 3} more in the job summary`);
    const parts = [verdict, aliases.headline.replace(/\.$/, ''), ...rows, `reason: ${reason}`];
    return parts.join(' · ').replace(/[\r\n\u2028\u2029]+/g, ' ');
}
/**
 * The versions of each function the journal knows: `previous` is its snapshot, `new` the first
 * other version a change routed traffic to (none when the run published nothing it shifted to).
 */
function versionsFromJournal(journal) {
    return Object.fromEntries((journal?.aliases ?? []).map((entry) => {
        const previous = entry.snapshot?.version;
        const routed = entry.changes.flatMap((c) => (c.to ? [c.to.version, ...Object.keys(c.to.weights)] : []));
        return [entry.functionName, { previous, new: routed.find((version) => version !== previous) }];
    }));
}


/***/ }),

/***/ 6151:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cp: () => (/* binding */ spanText),
/* harmony export */   ZB: () => (/* binding */ CREDENTIALS_INPUTS),
/* harmony export */   tU: () => (/* binding */ plannedDuration)
/* harmony export */ });
/* unused harmony export parseCredentialsLifetime */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(347);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7954);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2873);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6070);
/**
 * The input-table entry (see inputs.ts) for how long the run's AWS credentials live, and its rule:
 * a canary planned to outlast them is refused before any AWS call, since credentials that expire
 * mid-canary leave the aliases where they are with no one to judge or roll them back.
 *
 * The planned time is what the strategy can take at most: every step's hold, each held step's
 * extension (extend-hold), and the wait for the last minutes' metrics to settle after the last
 * hold (at least MIN_SETTLE_MS past the minute's end; functions with a timeout over a minute wait
 * longer, which only the run can know). The stack deployment before it is not counted. The rule
 * itself (credentialsProblems) is in rules.ts with the others.
 */




const MIN_LIFETIME_MS = 60_000;
const MAX_LIFETIME_MS = 36 * 3_600_000;
const WITH_SETTING = /^(\S+)(?:\s+from\s+(\S.*))?$/;
const CREDENTIALS_INPUTS = {
    'credentials-lifetime': {
        description: "How long the run's AWS credentials stay valid (`1h`, `3600s`), optionally followed by `from <setting>` naming where that is set: a canary planned to take longer (steps, extend-hold, the settle wait, the wait for a custom metric's late datapoints) is refused before any AWS call. Empty: not checked. The CircleCI, GitLab and Jenkins plugins fill it in.",
        accepted: 'a duration from 1m to 36h such as 1h or 3600s, optionally followed by "from" and the setting it comes from (such as 3600s from session-duration), or empty',
        kind: 'value',
        secret: false,
        parse: parseCredentialsLifetime,
    },
};
function parseCredentialsLifetime(raw) {
    if (raw === '')
        return undefined;
    const match = WITH_SETTING.exec(raw);
    const ms = match?.[1] === undefined ? null : (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .durationMsOf */ .aw)(match[1]);
    if (ms === null)
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw);
    if (ms < MIN_LIFETIME_MS || ms > MAX_LIFETIME_MS)
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(raw, { reason: 'out of range' });
    return { text: raw, ms, setting: match?.[2]?.trim() };
}
/**
 * The most a waited canary of this strategy can take, from its first shift to its verdict; with
 * `lateDatapoints` (a custom rate-of comparison), the final look may wait for late datapoints too.
 */
function plannedDuration(strategy, extendHoldMs, lateDatapoints = false) {
    const held = strategy.steps.filter((step) => step.holdMs > 0);
    const holdsMs = held.reduce((sum, step) => sum + step.holdMs, 0);
    const extensionMs = held.length * Math.max(0, extendHoldMs);
    // The last hold may end just after a minute starts: that minute must end, then settle.
    const settleMs = held.length > 0 ? _util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .MINUTE_MS */ .k + _constants_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_SETTLE_MS */ .gb : 0;
    const lateMs = held.length > 0 && lateDatapoints ? _constants_js__WEBPACK_IMPORTED_MODULE_3__/* .LATE_DATAPOINT_WAIT_MS */ .XD : 0;
    return {
        totalMs: holdsMs + extensionMs + settleMs + lateMs,
        holdsMs,
        heldSteps: held.length,
        extensionMs,
        settleMs,
        lateMs,
    };
}
/** `1h23m`, `45m`, `1h`, `30s`. */
function spanText(ms) {
    const seconds = Math.ceil(ms / 1000);
    const parts = [
        [Math.floor(seconds / 3600), 'h'],
        [Math.floor((seconds % 3600) / 60), 'm'],
        [seconds % 60, 's'],
    ];
    const text = parts
        .filter(([n]) => n > 0)
        .map(([n, unit]) => `${n}${unit}`)
        .join('');
    return text === '' ? '0s' : text;
}


/***/ }),

/***/ 2502:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VU: () => (/* binding */ nodeFileAccess),
/* harmony export */   y0: () => (/* binding */ checkedFile),
/* harmony export */   yB: () => (/* binding */ readCappedFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2873);
/**
 * The little file access the config needs (template, parameter file, payload file), behind an
 * interface so the parsers stay pure and tests can hand them files without a disk. Every file
 * has a size cap that is checked on its size before a byte is read, and the read itself stops
 * at the cap (a file that grows in between is still refused).
 */



function nodeFileAccess(cwd) {
    return {
        resolve: (path) => ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path)),
        stat: (absolutePath) => {
            try {
                const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolutePath);
                return { isFile: stats.isFile(), size: stats.size };
            }
            catch {
                return undefined;
            }
        },
        read: (absolutePath, maxBytes) => {
            let fd;
            try {
                fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(absolutePath, 'r');
                const buffer = Buffer.alloc(maxBytes + 1);
                let length = 0;
                for (;;) {
                    const got = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, null);
                    if (got === 0 || (length += got) === buffer.length)
                        break;
                }
                return {
                    text: buffer.subarray(0, Math.min(length, maxBytes)).toString('utf8'),
                    over: length > maxBytes,
                };
            }
            catch {
                return undefined;
            }
            finally {
                if (fd !== undefined)
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            }
        },
        list: (absolutePath) => {
            try {
                return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(absolutePath).sort();
            }
            catch {
                return undefined;
            }
        },
    };
}
const overCap = (size, cap) => `${size} bytes, over the ${cap.bytes} ${cap.who} accepts`;
/** The file at `path` (as the input wrote it): there, a file, within its cap. Nothing is read. */
function checkedFile(files, path, cap) {
    const absolute = files.resolve(path);
    const info = files.stat(absolute);
    if (info === undefined)
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .badFile */ .SL)(path, { reason: 'not found' });
    if (!info.isFile)
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .badFile */ .SL)(path, { reason: 'not a file' });
    if (info.size > cap.bytes)
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .badFile */ .SL)(path, { reason: overCap(info.size, cap) });
    return { absolute, size: info.size };
}
/** The text of the file at `path`, its size checked before it is read. */
function readCappedFile(files, path, cap) {
    const { absolute } = checkedFile(files, path, cap);
    const read = files.read(absolute, cap.bytes);
    if (read === undefined)
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .badFile */ .SL)(path, { reason: 'cannot be read' });
    if (read.over)
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .badFile */ .SL)(path, { reason: `over the ${cap.bytes} bytes ${cap.who} accepts` });
    return read.text;
}


/***/ }),

/***/ 5276:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WJ: () => (/* binding */ INPUT_DEFAULTS),
  Qh: () => (/* binding */ INPUT_NAMES),
  f1: () => (/* binding */ SECRET_INPUT_NAMES),
  mm: () => (/* binding */ inputSpec),
  wp: () => (/* binding */ isInputName)
});

// UNUSED EXPORTS: INPUTS

// EXTERNAL MODULE: ./lib/src/constants.js
var constants = __webpack_require__(347);
// EXTERNAL MODULE: ./lib/src/util/wait.js
var wait = __webpack_require__(2978);
// EXTERNAL MODULE: ./lib/src/config/input-spec.js
var input_spec = __webpack_require__(3101);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./lib/src/config/files.js
var config_files = __webpack_require__(2502);
// EXTERNAL MODULE: ./lib/src/config/json.js
var config_json = __webpack_require__(1267);
// EXTERNAL MODULE: ./lib/src/config/messages.js
var messages = __webpack_require__(2873);
// EXTERNAL MODULE: ./lib/src/config/lines.js
var lines = __webpack_require__(6578);
;// CONCATENATED MODULE: ./lib/src/config/key-values.js
/**
 * Key=Value inputs: parameter-overrides and tags.
 *
 * Entries are separated by newlines or commas. A value that holds a comma is quoted, with
 * double or single quotes: `Subnets="subnet-1,subnet-2"`. Parameter values may be secrets, and a
 * line of a multi-line secret or a `Password: x` line looks like a malformed entry, so a message
 * of parameter-overrides names an entry by its place (`entry 2`), never by its text. Tags are not
 * secret: their messages name the key or the entry.
 */





/** The problem of one entry: by its place for parameters, by its key (or text) for tags. */
function entryProblem(input, entry, options) {
    if (input === 'parameter-overrides')
        return (0,messages/* badEntryAt */.LH)(entry.index, options);
    if (entry.key !== undefined && entry.key !== '')
        return (0,messages/* badKey */.v)(entry.key, options);
    return (0,messages/* badEntry */.gn)(entry.text ?? '', options);
}
const COMMA_HINT = 'quote a value that holds a comma, as in Key="a,b"';
/** Splits `A=1, B="x,y"` and newline-separated lines into entries. */
function splitKeyValues(input, raw) {
    const entries = [];
    let index = 0;
    for (const line of (0,lines/* splitLines */.u)(raw)) {
        let afterComma = false;
        let rest = line;
        while (rest.trim() !== '') {
            const equals = rest.indexOf('=');
            const comma = rest.indexOf(',');
            if (equals === -1 || (comma !== -1 && comma < equals)) {
                const text = (comma === -1 ? rest : rest.slice(0, comma)).trim();
                if (text !== '') {
                    index += 1;
                    const reason = afterComma ? `no "=" in it: ${COMMA_HINT}` : 'no "=" in it';
                    throw entryProblem(input, { index, text }, { reason });
                }
                rest = rest.slice(comma + 1);
                continue;
            }
            index += 1;
            const key = rest.slice(0, equals).trim();
            const afterEquals = rest.slice(equals + 1).trimStart();
            const quote = afterEquals[0];
            let value;
            let quoted = false;
            if (quote === '"' || quote === "'") {
                const close = afterEquals.indexOf(quote, 1);
                if (close === -1) {
                    throw entryProblem(input, { index, key }, { reason: 'its quoted value has no closing quote' });
                }
                value = afterEquals.slice(1, close);
                quoted = true;
                rest = afterEquals.slice(close + 1);
                const next = rest.trimStart();
                if (next !== '' && !next.startsWith(',')) {
                    throw entryProblem(input, { index, key }, { reason: 'text follows the closing quote of its value' });
                }
                rest = next.slice(1);
            }
            else {
                const end = afterEquals.indexOf(',');
                value = (end === -1 ? afterEquals : afterEquals.slice(0, end)).trim();
                rest = end === -1 ? '' : afterEquals.slice(end + 1);
            }
            if (key === '')
                throw entryProblem(input, { index, text: `=${value}` }, { reason: 'no key before "="' });
            entries.push({ index, key, value, quoted });
            afterComma = true;
        }
    }
    return entries;
}
function rejectDuplicates(input, entries) {
    const seen = new Map();
    for (const { index, key } of entries) {
        const first = seen.get(key);
        if (first !== undefined) {
            const reason = input === 'tags' ? 'given twice' : `the same key as entry ${first}`;
            throw entryProblem(input, { index, key }, { reason });
        }
        seen.set(key, index);
    }
}
// --- parameter-overrides ------------------------------------------------------------------
const PARAMETER_KEY = /^[A-Za-z0-9]{1,255}$/;
const PREVIOUS = '@previous';
/** A parameter file: far more than CloudFormation's 200 parameters of 4 KB each would fill. */
const PARAMETER_FILE_CAP = { bytes: 1_000_000, who: 'a parameter file' };
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
        overrides = parametersFromJson(raw, (reason) => (0,messages/* badLabel */.YO)('JSON text', { reason }));
    }
    else if (looksLikePath(raw, files)) {
        const path = raw.replace(/^file:\/\//, '');
        const text = (0,config_files/* readCappedFile */.yB)(files, path, PARAMETER_FILE_CAP);
        overrides = parametersFromJson(text, (reason) => (0,messages/* badFile */.SL)(path, { reason }));
    }
    else {
        overrides = splitKeyValues('parameter-overrides', raw).map(({ index, key, value, quoted }) => !quoted && value === PREVIOUS ? { index, key, usePreviousValue: true } : { index, key, value });
    }
    for (const { index, key } of overrides) {
        if (!PARAMETER_KEY.test(key)) {
            throw (0,messages/* badEntryAt */.LH)(index, { reason: 'a parameter name has only letters and digits' });
        }
    }
    rejectDuplicates('parameter-overrides', overrides);
    return overrides.map(({ index: _index, ...override }) => override);
}
/** `{"K":"V"}` or `[{"ParameterKey":"K","ParameterValue":"V"} | {"ParameterKey":"K","UsePreviousValue":true}]`. */
function parametersFromJson(text, fail) {
    const json = (0,config_json/* parseJson */.qF)(text);
    if (!json.ok)
        throw fail(json.reason);
    if (Array.isArray(json.value)) {
        return json.value.map((item, at) => {
            const index = at + 1;
            const entry = isRecord(item) ? item : {};
            const key = entry['ParameterKey'];
            if (typeof key !== 'string')
                throw fail(`item ${index} has no ParameterKey`);
            if (entry['UsePreviousValue'] === true)
                return { index, key, usePreviousValue: true };
            const value = scalarText(entry['ParameterValue']);
            if (value === undefined) {
                throw fail(`item ${index} needs a text ParameterValue or "UsePreviousValue": true`);
            }
            return { index, key, value };
        });
    }
    if (isRecord(json.value)) {
        return Object.entries(json.value).map(([key, raw], at) => {
            const index = at + 1;
            const value = scalarText(raw);
            if (value === undefined)
                throw fail(`the value of entry ${index} is not text, a number or a boolean`);
            return value === PREVIOUS ? { index, key, usePreviousValue: true } : { index, key, value };
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
    const tags = raw.startsWith('{') || raw.startsWith('[')
        ? tagsFromJson(raw)
        : looksLikeYaml(raw)
            ? tagsFromYaml(raw)
            : tagsFromEntries(raw);
    for (const { key, value } of tags) {
        const refuse = (reason) => {
            throw (0,messages/* badKey */.v)(key, { reason });
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
    rejectDuplicates('tags', tags.map((tag, at) => ({ index: at + 1, key: tag.key })));
    if (tags.length > MAX_TAGS)
        throw (0,messages/* badValue */.tm)(raw, { reason: `more than ${MAX_TAGS} tags` });
    return tags;
}
function tagsFromEntries(raw) {
    return splitKeyValues('tags', raw).map(({ key, value }) => ({ key, value }));
}
/**
 * The YAML forms aws-cloudformation-github-deploy accepts: `Team: payments` lines, or a list of
 * `- Key: Team` / `  Value: payments` items. Told from Key=Value lines by the first line: a list
 * item, or a `key:` before any `=`.
 */
function looksLikeYaml(raw) {
    const first = raw
        .split('\n')
        .find((line) => line.trim() !== '')
        ?.trim() ?? '';
    if (/^-(\s|$)/.test(first))
        return true;
    const colon = first.search(/:(\s|$)/);
    const equals = first.indexOf('=');
    return colon > 0 && (equals === -1 || colon < equals);
}
function tagsFromYaml(raw) {
    let value;
    try {
        // failsafe: every scalar stays text (1.0 stays "1.0", yes stays "yes").
        value = (0,dist/* parse */.qg)(raw, { schema: 'failsafe' });
    }
    catch {
        throw (0,messages/* badValue */.tm)(raw, { reason: 'not valid YAML (a key given twice counts as invalid)' });
    }
    return tagsFromValue(value, (reason) => {
        throw (0,messages/* badValue */.tm)(raw, { reason });
    });
}
function tagsFromJson(raw) {
    const json = (0,config_json/* parseJson */.qF)(raw);
    const fail = (reason) => {
        throw (0,messages/* badValue */.tm)(raw, { reason });
    };
    if (!json.ok) {
        const key = json.duplicateKey;
        return fail(key === undefined ? json.reason : (show) => `${config_json/* DUPLICATE_KEY */.s_}: ${show(key)}`);
    }
    return tagsFromValue(json.value, fail);
}
/** `{"Key":"Value"}` or `[{"Key":"k","Value":"v"}]`, from JSON or YAML. */
function tagsFromValue(value, fail) {
    if (Array.isArray(value)) {
        return value.map((item, index) => {
            const entry = isRecord(item) ? item : {};
            const key = entry['Key'];
            const text = scalarText(entry['Value'] ?? '');
            if (typeof key !== 'string' || key === '' || text === undefined) {
                return fail(`item ${index + 1} needs a text Key and Value`);
            }
            return { key, value: text };
        });
    }
    if (isRecord(value)) {
        return Object.entries(value).map(([key, raw]) => {
            const text = scalarText(raw);
            if (text === undefined) {
                return fail((show) => `the value of tag ${show(key)} is not text, a number or a boolean`);
            }
            return { key, value: text };
        });
    }
    return fail('a JSON or YAML object or list is needed');
}
// --- JSON helpers -------------------------------------------------------------------------
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

// EXTERNAL MODULE: ./lib/src/config/parsers.js
var parsers = __webpack_require__(9125);
// EXTERNAL MODULE: ./lib/src/config/credentials-lifetime.js
var credentials_lifetime = __webpack_require__(6151);
// EXTERNAL MODULE: ./lib/src/config/sources.js
var sources = __webpack_require__(4555);
;// CONCATENATED MODULE: ./lib/src/config/pre-traffic-payloads.js
/**
 * The pre-traffic-payloads input: the events the gate sends to the new version before any user
 * reaches it. The input is YAML or JSON text, the path of a YAML or JSON file, or the path of a
 * folder whose `*.json` files are one event each (named after the file, expecting no FunctionError).
 *
 * Each entry is `{ name, payload, expect: { error, body, max-duration-ms } }`; `expect` and each of
 * its parts are optional. Unknown keys and wrong types are refused here, before any AWS call, with
 * the entry named by its place (its text may hold anything, so it is not shown).
 */





/** The gate's bound on entries: each one is an invocation before the first step. */
const MAX_PRE_TRAFFIC_PAYLOADS = 50;
/** Lambda's longest timeout: a larger max-duration-ms could never be reached. */
const MAX_EXPECTED_DURATION_MS = 900_000;
const ENTRIES_CAP = { bytes: sources/* PAYLOAD_LIMIT_BYTES */.l6, who: 'Lambda' };
const ENTRY_KEYS = ['name', 'payload', 'expect'];
const EXPECT_KEYS = ['error', 'body', 'max-duration-ms'];
function parsePreTrafficPayloads(raw, files) {
    if (raw === '')
        return [];
    if (/^(?:[[{]|-\s)/.test(raw) || raw.includes('\n'))
        return entriesOf(parseText(raw, (reason) => (0,messages/* badValue */.tm)(raw, { reason })));
    const path = raw.replace(/^file:\/\//, '');
    const absolute = files.resolve(path);
    const info = files.stat(absolute);
    if (info !== undefined && !info.isFile)
        return folderEvents(files, path, absolute);
    const text = (0,config_files/* readCappedFile */.yB)(files, path, ENTRIES_CAP);
    return entriesOf(parseText(text, (reason) => (0,messages/* badFile */.SL)(path, { reason })));
}
/** YAML (JSON is YAML too); a key given twice is an error, as in every input. */
function parseText(text, refuse) {
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        const duplicate = error instanceof Error && /unique/i.test(error.message);
        throw refuse(duplicate ? 'a key appears twice in one object' : 'not valid YAML or JSON');
    }
}
/** Every `*.json` file of the folder, in name order: one event each. */
function folderEvents(files, path, absolute) {
    const names = files.list?.(absolute);
    if (names === undefined)
        throw (0,messages/* badFile */.SL)(path, { reason: 'not a file or a folder that can be read' });
    const events = names.filter((name) => name.endsWith('.json'));
    if (events.length === 0)
        throw (0,messages/* badFile */.SL)(path, { reason: 'a folder without *.json files' });
    if (events.length > MAX_PRE_TRAFFIC_PAYLOADS) {
        throw (0,messages/* badFile */.SL)(path, {
            reason: `${events.length} events, over the ${MAX_PRE_TRAFFIC_PAYLOADS} the gate sends`,
        });
    }
    return events.map((name) => {
        const file = `${path.replace(/\/+$/, '')}/${name}`;
        const text = (0,config_files/* readCappedFile */.yB)(files, file, ENTRIES_CAP);
        const json = (0,config_json/* parseJson */.qF)(text);
        if (!json.ok)
            throw (0,messages/* badFile */.SL)(file, { reason: json.reason });
        return { name: name.replace(/\.json$/, ''), payload: JSON.stringify(json.value), expect: undefined };
    });
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function entriesOf(value) {
    if (!Array.isArray(value) || value.length === 0) {
        throw (0,messages/* badValue */.tm)(typeof value === 'string' ? value : (JSON.stringify(value) ?? ''), {
            reason: 'not a list of entries',
        });
    }
    if (value.length > MAX_PRE_TRAFFIC_PAYLOADS) {
        throw (0,messages/* badValue */.tm)(`${value.length} entries`, {
            reason: `over the ${MAX_PRE_TRAFFIC_PAYLOADS} the gate sends`,
        });
    }
    const seen = new Set();
    return value.map((entry, at) => {
        const index = at + 1;
        const refuse = (reason) => (0,messages/* badEntryAt */.LH)(index, { reason });
        if (!isObject(entry))
            throw refuse('not an object with name and payload');
        unknownKeys(entry, ENTRY_KEYS, '', refuse);
        const { name, payload } = entry;
        if (typeof name !== 'string' || name.trim() === '')
            throw refuse('name is not a non-empty text');
        if (seen.has(name))
            throw refuse((show) => `name ${show(name)} is given twice`);
        seen.add(name);
        if (payload === undefined)
            throw refuse('payload is missing');
        const text = JSON.stringify(payload);
        const bytes = Buffer.byteLength(text, 'utf8');
        if (bytes > sources/* PAYLOAD_LIMIT_BYTES */.l6) {
            throw refuse(`payload is ${bytes} bytes, over the ${sources/* PAYLOAD_LIMIT_BYTES */.l6} Lambda accepts`);
        }
        return { name, payload: text, expect: expectationOf(entry['expect'], refuse) };
    });
}
function unknownKeys(object, known, prefix, refuse) {
    const unknown = Object.keys(object).find((key) => !known.includes(key));
    if (unknown !== undefined) {
        throw refuse((show) => `unknown key ${show(prefix + unknown)}; known: ${known.map((k) => prefix + k).join(', ')}`);
    }
}
function expectationOf(value, refuse) {
    if (value === undefined || value === null)
        return undefined;
    if (!isObject(value))
        throw refuse('expect is not an object');
    unknownKeys(value, EXPECT_KEYS, 'expect.', refuse);
    const { error, body } = value;
    const maxDurationMs = value['max-duration-ms'];
    if (error !== undefined && typeof error !== 'boolean')
        throw refuse('expect.error is not true or false');
    if (body !== undefined && !isObject(body)) {
        throw refuse('expect.body is not an object of dotted paths and values');
    }
    if (maxDurationMs !== undefined &&
        !(Number.isInteger(maxDurationMs) &&
            maxDurationMs >= 1 &&
            maxDurationMs <= MAX_EXPECTED_DURATION_MS)) {
        throw refuse(`expect.max-duration-ms is not whole milliseconds from 1 to ${MAX_EXPECTED_DURATION_MS}`);
    }
    return {
        ...(error === undefined ? {} : { error }),
        ...(body === undefined ? {} : { body }),
        ...(maxDurationMs === undefined ? {} : { maxDurationMs: maxDurationMs }),
    };
}

;// CONCATENATED MODULE: ./lib/src/config/pre-traffic-inputs.js


const PRE_TRAFFIC_INPUTS = {
    'pre-traffic-payloads': {
        description: 'Events sent to the new version (invoked directly, 0% of traffic) before the alias moves: YAML or JSON text, a YAML/JSON file, or a folder of `*.json` events. Each entry: `{ name, payload, expect: { error, body, max-duration-ms } }`; any failed expectation fails the run before any traffic shifts.',
        accepted: 'a list of { name, payload, expect } entries as YAML or JSON text, the path of a YAML or JSON file, or the path of a folder of *.json events',
        kind: 'value',
        secret: false,
        parse: (raw, { files }) => parsePreTrafficPayloads(raw, files),
    },
    'pre-traffic-hook': {
        description: 'Lambda function (name or ARN) invoked with `{ "functionName", "version", "alias" }` for each new version before the alias moves; it must return `{ "status": "Succeeded" }`.',
        accepted: 'a Lambda function name or ARN, optionally with :version or :alias, such as orders-smoke-test',
        kind: 'value',
        secret: false,
        parse: parsers/* parseHookFunction */.VR,
    },
    'post-traffic-hook': {
        description: 'Lambda function (name or ARN) invoked like `pre-traffic-hook` after promotion; anything but `{ "status": "Succeeded" }` fails the run and rolls the aliases back.',
        accepted: 'a Lambda function name or ARN, optionally with :version or :alias, such as orders-smoke-test',
        kind: 'value',
        secret: false,
        parse: parsers/* parseHookFunction */.VR,
    },
};

;// CONCATENATED MODULE: ./lib/src/config/detached-inputs.js


const DETACHED_INPUTS = {
    wait: {
        description: 'Wait for the verdict (`true`), or hand the canary to the guard after the first step (`false`): the run ends at once with verdict `pending`, and the guard advances, promotes or rolls back each minute. Needs `monitoring` and `guard`.',
        default: 'true',
        accepted: input_spec/* TRUE_OR_FALSE */.ne,
        kind: 'boolean',
        secret: false,
        parse: input_spec/* BOOLEAN */.Jx,
    },
    'on-runner-loss': {
        description: 'What becomes of a waited canary whose main step dies before it ends (a lost runner, SIGKILL, a cancelled job): `rollback` (the post step, when it runs, puts the old versions back) or `guard` (the run keeps its plan in the monitoring stack plan table, renewed at every poll; once the run stops renewing it, the guard takes the canary over and finishes it as a detached one: judged, promoted or rolled back, recorded, notified). `guard` needs `monitoring` and `guard`, `rollback: alias`, and one region.',
        default: 'rollback',
        accepted: 'rollback or guard',
        kind: 'value',
        secret: false,
        parse: (0,input_spec/* choice */.Yq)(['rollback', 'guard']),
    },
    'github-token-secret': {
        description: 'With `wait: false` (or `on-runner-loss: guard`) and `deployment-environment`: the Secrets Manager ARN of a GitHub token the guard reads to give the deployment its final status when it ends the canary. Tag the secret `stack-canary:guard` = `<stack-name>-monitoring` (the guard may read no other); the token never leaves Secrets Manager.',
        accepted: 'a Secrets Manager secret ARN such as arn:aws:secretsmanager:eu-west-1:123456789012:secret:github-token-AbCdEf',
        kind: 'value',
        secret: false,
        parse: parseSecretArn,
    },
};
const SECRET_ARN = /^arn:aws(?:-[a-z]+)*:secretsmanager:[a-z]{2}(?:-[a-z]+)+-\d{1,2}:\d{12}:secret:[A-Za-z0-9/_+=.@-]{1,512}$/;
function parseSecretArn(raw) {
    if (raw === '')
        return undefined;
    if (!SECRET_ARN.test(raw))
        throw (0,messages/* badValue */.tm)(raw);
    return raw;
}

;// CONCATENATED MODULE: ./lib/src/config/guard-inputs.js


const GUARD_INPUTS = {
    guard: {
        description: 'Deploy the guard with the monitoring stack: a Lambda that keeps protecting the alias after the run.',
        default: 'true',
        accepted: input_spec/* TRUE_OR_FALSE */.ne,
        kind: 'boolean',
        secret: false,
        parse: input_spec/* BOOLEAN */.Jx,
    },
    'guard-rollback': {
        description: 'Let the guard move the alias back: to the last version that passed a canary, or within guard-bake to the version a bad release replaced.',
        default: 'true',
        accepted: input_spec/* TRUE_OR_FALSE */.ne,
        kind: 'boolean',
        secret: false,
        parse: input_spec/* BOOLEAN */.Jx,
    },
    'guard-auto-scaling-group': {
        description: 'Auto Scaling group the guard scales out by one (up to its maximum) on an error signal.',
        accepted: 'an Auto Scaling group name of 1 to 255 printable ASCII characters without spaces or colons, such as orders-asg',
        kind: 'value',
        secret: false,
        parse: parsers/* parseAutoScalingGroup */.Fb,
    },
    'guard-bake': {
        description: 'After a promotion, how long the guard rolls the alias back to the version before it when the new one errs more than it did (0: never).',
        default: '24h',
        accepted: 'a duration from 0 to 336h, such as 1h or 24h (0 turns the bake window off)',
        kind: 'value',
        secret: false,
        parse: parsers/* parseGuardBake */.wb,
    },
};

// EXTERNAL MODULE: ./lib/src/config/metrics-input.js
var metrics_input = __webpack_require__(333);
;// CONCATENATED MODULE: ./lib/src/config/metrics-inputs.js

const METRICS_INPUTS = {
    metrics: {
        description: 'Your own CloudWatch metrics, judged with Lambda\'s: YAML or JSON text, or a YAML/JSON file. Each entry: `{ name, namespace, metric-name, dimensions, statistic, direction, max | min, compare, rate-of }` or `expression` instead of the metric; `"{version}"` in a dimension is replaced by the version judged (see docs/metrics.md).',
        accepted: 'a list of { name, namespace, metric-name, dimensions, statistic (Sum, Average, Maximum, Minimum, SampleCount or pNN), direction (higher-is-worse or lower-is-worse), max or min, compare, rate-of: Invocations } entries, or expression instead of namespace/metric-name, as YAML or JSON text or the path of a YAML or JSON file',
        kind: 'value',
        secret: false,
        parse: (raw, { files }) => (0,metrics_input/* parseMetrics */.Bm)(raw, files),
    },
};

// EXTERNAL MODULE: ./lib/src/config/drop-in-inputs.js
var drop_in_inputs = __webpack_require__(5274);
// EXTERNAL MODULE: ./lib/src/config/strategy.js
var strategy = __webpack_require__(8592);
// EXTERNAL MODULE: ./lib/src/config/regions.js + 1 modules
var regions = __webpack_require__(3697);
;// CONCATENATED MODULE: ./lib/src/config/inputs.js
/**
 * The one table of inputs. Each input is one entry: what it means (action.yml's description,
 * word for word), its default, the forms it accepts (the end of its error message), its kind
 * (how the CLI takes it as a flag), whether it is secret, and its parser. Everything else is
 * derived from here: the input names, the defaults, parseConfig's zod schema, the CLI's flags,
 * --help and STACK_CANARY_* variables, and the generated input table of docs/config.md.
 * action.yml is written by hand; a test holds it to this table.
 */














const INPUTS = {
    'stack-name': {
        description: 'Name of the app stack. Required when `template` is given.',
        accepted: 'a stack name of 1 to 128 letters, digits and hyphens that starts with a letter, such as orders-api',
        kind: 'value',
        secret: false,
        parse: parsers/* parseStackName */.Ff,
    },
    template: {
        description: 'Path or https URL of the app template. Without it, the canary runs on existing functions only.',
        accepted: 'the path of a template file or an https:// URL, such as infra/app.yaml',
        kind: 'value',
        secret: false,
        parse: (raw, { files }) => (0,sources/* parseTemplate */.QC)(raw, files),
    },
    'parameter-overrides': {
        description: 'Stack parameters: `Key=Value` lines or comma-separated pairs, or a path to a JSON file (`{"Key":"Value"}` or `[{"ParameterKey":"Key","ParameterValue":"Value"}]`). `Key=@previous` keeps the deployed value.',
        accepted: 'Key=Value entries separated by commas or newlines (Key="a,b" for a value with commas, Key=@previous to keep the deployed value), or the path of a JSON file',
        kind: 'list',
        // Its values are secret (a password, a key); its keys and a parameters file's path are not,
        // and the messages name them (messages.ts).
        secret: true,
        parse: (raw, { files }) => parseParameterOverrides(raw, files),
    },
    capabilities: {
        description: 'Comma-separated CloudFormation capabilities.',
        default: 'CAPABILITY_IAM,CAPABILITY_NAMED_IAM,CAPABILITY_AUTO_EXPAND',
        accepted: 'CAPABILITY_IAM, CAPABILITY_NAMED_IAM or CAPABILITY_AUTO_EXPAND, comma- or newline-separated',
        kind: 'list',
        secret: false,
        parse: parsers/* parseCapabilities */.md,
    },
    tags: {
        description: 'Stack tags: `Key=Value` lines, YAML (`Team: payments` lines, or `- Key:`/`Value:` items), or JSON (`{"Key":"Value"}` or `[{"Key":"k","Value":"v"}]`).',
        accepted: 'Key=Value entries separated by commas or newlines, YAML such as Team: payments (one per line), or JSON such as {"Team":"payments"} or [{"Key":"Team","Value":"payments"}]',
        kind: 'list',
        secret: false,
        parse: parseTags,
    },
    'role-arn': {
        description: 'ARN of the CloudFormation service role.',
        accepted: 'an IAM role ARN such as arn:aws:iam::123456789012:role/cfn-deploy',
        kind: 'value',
        secret: false,
        parse: parsers/* parseRoleArn */.DM,
    },
    's3-bucket': {
        description: 'S3 bucket where templates over 51,200 bytes are uploaded before deploying.',
        accepted: 'a bucket name of 3 to 63 lowercase letters, digits, dots and hyphens that starts and ends with a letter or digit, such as my-templates',
        kind: 'value',
        secret: false,
        parse: parsers/* parseS3Bucket */._4,
    },
    'termination-protection': {
        description: 'Enable termination protection on the app stack when this run creates it.',
        default: 'false',
        accepted: input_spec/* TRUE_OR_FALSE */.ne,
        kind: 'boolean',
        secret: false,
        parse: input_spec/* BOOLEAN */.Jx,
    },
    'notification-arns': {
        description: "SNS topic ARNs that receive the app stack's events, comma- or newline-separated (at most 5).",
        accepted: 'at most 5 ARNs of standard SNS topics, comma- or newline-separated, such as arn:aws:sns:eu-west-1:123456789012:stack-events',
        kind: 'list',
        secret: false,
        parse: parsers/* parseNotificationArns */.ve,
    },
    'timeout-in-minutes': {
        description: 'How long to wait for each stack operation, in whole minutes.',
        default: '60',
        accepted: 'whole minutes from 1 to 1440, such as 60',
        kind: 'value',
        secret: false,
        parse: parsers/* parseTimeoutInMinutes */.t_,
    },
    monitoring: {
        description: 'Deploy the monitoring stack (alarms, dashboard, notifications, guard) as `<stack-name>-monitoring`.',
        default: 'true',
        accepted: input_spec/* TRUE_OR_FALSE */.ne,
        kind: 'boolean',
        secret: false,
        parse: input_spec/* BOOLEAN */.Jx,
    },
    'notification-email': {
        description: 'E-mail address subscribed to the monitoring topic.',
        accepted: 'an e-mail address such as team@example.com',
        kind: 'value',
        secret: false,
        parse: parsers/* parseEmail */.wj,
    },
    'notification-topic-arn': {
        description: 'ARN of an existing SNS topic for the monitoring stack to notify, instead of creating one.',
        accepted: 'the ARN of a standard SNS topic such as arn:aws:sns:eu-west-1:123456789012:alerts',
        kind: 'value',
        secret: false,
        parse: parsers/* parseNotificationTopicArn */.N_,
    },
    ...GUARD_INPUTS,
    functions: {
        description: 'Functions to watch: logical ids, names or ARNs, comma- or newline-separated. Default: every Lambda function in the stack.',
        accepted: 'at most 100 function names, logical ids or ARNs, comma- or newline-separated, such as OrdersFunction or arn:aws:lambda:eu-west-1:123456789012:function:orders',
        kind: 'list',
        secret: false,
        parse: parsers/* parseFunctions */.PP,
    },
    alias: {
        description: 'The alias that is shifted to the new version.',
        default: 'live',
        accepted: 'an alias name of 1 to 128 letters, digits, hyphens and underscores, not all digits, such as live',
        kind: 'value',
        secret: false,
        parse: parsers/* parseAlias */.sj,
    },
    strategy: {
        description: 'How traffic moves: `all-at-once`, `canary 10% 5m`, `linear 10% every 1m`, a CodeDeploy preset name such as `Canary10Percent5Minutes`, or custom steps `5%:2m, 25%:5m, 100%`.',
        default: 'canary 10% 5m',
        accepted: strategy/* STRATEGY_ACCEPTED */.OI,
        kind: 'value',
        secret: false,
        parse: strategy/* parseStrategy */.pw,
    },
    interval: {
        description: 'How often metrics are read while a step holds (`30s`, `1m`, ...).',
        default: '1m',
        accepted: 'a duration from 1s to 1h, such as 30s, 1m or 1h',
        kind: 'value',
        secret: false,
        parse: parsers/* parseInterval */.P1,
    },
    'max-error-rate': {
        description: 'Canary error-rate ceiling, as a percentage.',
        default: '1%',
        accepted: 'a percentage from 0% to 100%, such as 2% or 0.5%',
        kind: 'value',
        secret: false,
        parse: (raw) => (0,parsers/* parsePercent */.lo)(raw, { minExclusive: false }),
    },
    'max-memory-utilization': {
        description: 'Ceiling on max memory used / memory size, as a percentage.',
        default: '90%',
        accepted: 'a percentage above 0% and up to 100%, such as 90%',
        kind: 'value',
        secret: false,
        parse: (raw) => (0,parsers/* parsePercent */.lo)(raw, { minExclusive: true }),
    },
    'max-p99-duration': {
        description: 'Ceiling on the canary p99 duration, in milliseconds. Empty: no ceiling.',
        accepted: 'whole milliseconds from 1 to 900000, such as 800 or 800ms, or empty for no ceiling',
        kind: 'value',
        secret: false,
        parse: parsers/* parseMaxP99Duration */.OY,
    },
    'max-throttles': {
        description: 'Most canary throttles tolerated in a step.',
        default: '0',
        accepted: 'a whole number from 0 up, such as 0 or 5',
        kind: 'value',
        secret: false,
        parse: (raw) => (0,parsers/* parseWholeNumber */.oA)(raw, 0),
    },
    'min-invocations': {
        description: 'Fewest canary invocations before a step may pass.',
        default: '50',
        accepted: 'a whole number from 1 up, such as 50',
        kind: 'value',
        secret: false,
        parse: (raw) => (0,parsers/* parseWholeNumber */.oA)(raw, 1),
    },
    'compare-baseline': {
        description: 'Also judge the canary against the old version with an always-valid sequential test.',
        default: 'true',
        accepted: input_spec/* TRUE_OR_FALSE */.ne,
        kind: 'boolean',
        secret: false,
        parse: input_spec/* BOOLEAN */.Jx,
    },
    alarms: {
        description: 'Further CloudWatch alarm names, comma- or newline-separated. ALARM in any of them fails the canary.',
        accepted: 'CloudWatch alarm names of 1 to 255 characters, comma- or newline-separated',
        kind: 'list',
        secret: false,
        parse: parsers/* parseAlarms */.ci,
    },
    'on-inconclusive': {
        description: 'What an undecided canary means at the end of its time: `fail` or `pass`.',
        default: 'fail',
        accepted: 'fail or pass',
        kind: 'value',
        secret: false,
        parse: (0,input_spec/* choice */.Yq)(['fail', 'pass']),
    },
    'extend-hold': {
        description: 'How much longer a step still undecided at the end of its hold may be held while more traffic can decide it. `0`: never.',
        default: (0,wait/* formatDuration */.a)(constants/* DEFAULT_EXTEND_HOLD_MS */.G5),
        accepted: 'a duration from 0 to 24h, such as 0, 10m or 1h',
        kind: 'value',
        secret: false,
        parse: (raw) => (0,parsers/* parseDuration */.E9)(raw, 0, 24 * 3_600_000),
    },
    'settle-lag': {
        description: "How long after a minute ends its metrics may still arrive: only minutes older than this are judged. `auto`: Lambda's, the longer of 2 minutes and the function's timeout plus 1 minute. A backend whose metrics are in at once (a local emulator) may set `10s`.",
        default: 'auto',
        accepted: 'auto, or a duration from 0 to 20m, such as 10s or 3m',
        kind: 'value',
        secret: false,
        parse: parsers/* parseSettleLag */.LH,
    },
    'synthetic-payload': {
        description: 'JSON, or a path to a JSON file: invoke the new version with it while watching.',
        accepted: 'JSON text such as {"ping":true}, or the path of a JSON file',
        kind: 'value',
        secret: false,
        parse: (raw, { files }) => (0,sources/* parseSyntheticPayload */.lJ)(raw, files),
    },
    'synthetic-rate': {
        description: 'Synthetic invocations per minute (`60/m`) or per second (`2/s`).',
        default: '60/m',
        accepted: 'a rate above 0 and up to 6000 a minute, written as 60/m, 2/s or 600/h',
        kind: 'value',
        secret: false,
        parse: parsers/* parseSyntheticRate */.Rw,
    },
    ...PRE_TRAFFIC_INPUTS,
    ...METRICS_INPUTS,
    'latency-anomaly-alarm': {
        description: 'Give each function an anomaly-detection alarm on its p99 `Duration` in the monitoring stack (billed per alarm).',
        default: 'false',
        accepted: input_spec/* TRUE_OR_FALSE */.ne,
        kind: 'boolean',
        secret: false,
        parse: input_spec/* BOOLEAN */.Jx,
    },
    rollback: {
        description: 'What a failed canary undoes: `alias` (aliases back to their old versions), `stack` (aliases, then the stack) or `none` (report only).',
        default: 'alias',
        accepted: 'alias, stack or none',
        kind: 'value',
        secret: false,
        parse: (0,input_spec/* choice */.Yq)(['alias', 'stack', 'none']),
    },
    ...DETACHED_INPUTS,
    'dry-run': {
        description: 'Create and show the change sets, change nothing.',
        default: 'false',
        accepted: input_spec/* TRUE_OR_FALSE */.ne,
        kind: 'boolean',
        secret: false,
        parse: input_spec/* BOOLEAN */.Jx,
    },
    'github-token': {
        description: 'Token for GitHub deployment statuses and the change-set comment on pull requests.',
        actionDefault: '${{ github.token }}',
        accepted: 'a token on one line, without spaces',
        kind: 'value',
        secret: true,
        parse: parsers/* parseGithubToken */.gp,
    },
    'deployment-environment': {
        description: 'GitHub environment to record a deployment in; its status follows the verdict. Empty: none.',
        accepted: 'a GitHub environment name of 1 to 255 characters on one line, such as production',
        kind: 'value',
        secret: false,
        parse: parsers/* parseDeploymentEnvironment */.EP,
    },
    'pr-comment': {
        description: 'With `dry-run` (or `mode: create-only`, `no-execute-changeset`) on a pull request: post the change sets as one comment on it, updated in place on every push (needs `github-token` with `pull-requests: write`).',
        default: 'true',
        accepted: input_spec/* TRUE_OR_FALSE */.ne,
        kind: 'boolean',
        secret: false,
        parse: input_spec/* BOOLEAN */.Jx,
    },
    region: {
        description: 'AWS region. Default: AWS_REGION or AWS_DEFAULT_REGION.',
        accepted: 'an AWS region such as eu-west-1',
        kind: 'value',
        secret: false,
        parse: parsers/* parseRegion */.cf,
    },
    regions: {
        description: 'Deploy and canary the same app in several regions, in waves: waves separated by `|`, the regions of a wave by commas, e.g. `us-east-1 | eu-west-1, ap-southeast-2`. A failure in any region rolls every region back. `{region}` in `parameter-overrides`, `s3-bucket` and `template` stands for each region. Empty: the one region of `region`.',
        accepted: regions/* REGIONS_ACCEPTED */.qH,
        kind: 'value',
        secret: false,
        parse: regions/* parseRegions */.Tf,
    },
    'wave-bake': {
        description: "With `regions`: how long to hold after a wave passes before the next starts, while the finished waves' alarms and guards keep watching (`0`: no hold).",
        // 0s, not 0: the CI plugins type a default of digits as a number, and this takes 30m.
        default: '0s',
        accepted: 'a duration from 0 to 24h, such as 0, 30m or 2h',
        kind: 'value',
        secret: false,
        parse: (raw) => (0,parsers/* parseDuration */.E9)(raw, 0, 24 * 3_600_000),
    },
    ...credentials_lifetime/* CREDENTIALS_INPUTS */.ZB,
    // --- Drop-in for aws-actions/aws-cloudformation-github-deploy: its input names, with its meanings
    // (entries in drop-in-inputs.ts, rules in drop-in.ts). Kept together, at the end.
    ...drop_in_inputs/* DROP_IN_INPUTS */.af,
};
/** Every input, in the table's order (the order of action.yml, --help and the docs). */
const INPUT_NAMES = Object.keys(INPUTS);
/** The inputs the table marks secret. */
const SECRET_INPUT_NAMES = INPUT_NAMES.filter((name) => INPUTS[name].secret);
/** The defaults both front doors apply to an empty value. */
const INPUT_DEFAULTS = Object.fromEntries(INPUT_NAMES.flatMap((name) => {
    const spec = INPUTS[name];
    return spec.default === undefined ? [] : [[name, spec.default]];
}));
function isInputName(name) {
    return Object.hasOwn(INPUTS, name);
}
/** The table entry of `name`, typed as the common shape. */
function inputSpec(name) {
    return INPUTS[name];
}


/***/ }),

/***/ 1267:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   s_: () => (/* binding */ DUPLICATE_KEY)
/* harmony export */ });
/* unused harmony exports NOT_JSON, firstDuplicateKey */
/**
 * Strict JSON for inputs: JSON.parse, and a key given twice in one object is an error
 * (JSON.parse would keep the last one without a word). The scan is a loop, not a recursion,
 * so deep nesting cannot exhaust the stack.
 */
const NOT_JSON = 'not valid JSON';
const DUPLICATE_KEY = 'a key appears twice in one object';
function parseJson(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return { ok: false, reason: NOT_JSON };
    }
    const duplicateKey = firstDuplicateKey(text);
    if (duplicateKey !== undefined)
        return { ok: false, reason: DUPLICATE_KEY, duplicateKey };
    return { ok: true, value };
}
/** The first key that appears twice in one object of `text` (valid JSON); undefined when none does. */
function firstDuplicateKey(text) {
    /** One entry per open container: the keys of an object so far, or null for an array. */
    const open = [];
    let expectKey = false;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (char === '"') {
            const end = endOfString(text, i);
            const keys = open.at(-1);
            if (keys && expectKey) {
                const key = JSON.parse(text.slice(i, end + 1));
                if (keys.has(key))
                    return key;
                keys.add(key);
                expectKey = false;
            }
            i = end;
        }
        else if (char === '{') {
            open.push(new Set());
            expectKey = true;
        }
        else if (char === '[') {
            open.push(null);
        }
        else if (char === '}' || char === ']') {
            open.pop();
        }
        else if (char === ',') {
            expectKey = open.at(-1) instanceof Set;
        }
    }
    return undefined;
}
/** The index of the quote that closes the string opening at `start`. */
function endOfString(text, start) {
    let i = start + 1;
    while (i < text.length && text[i] !== '"')
        i += text[i] === '\\' ? 2 : 1;
    return i;
}


/***/ }),

/***/ 333:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bm: () => (/* binding */ parseMetrics),
/* harmony export */   TV: () => (/* binding */ VERSION_PLACEHOLDER),
/* harmony export */   X2: () => (/* binding */ FUNCTION_PLACEHOLDER)
/* harmony export */ });
/* unused harmony export MAX_METRIC_QUERIES */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2502);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2873);
/**
 * The `metrics` input: your own CloudWatch metrics, judged beside Lambda's. The input is a list as
 * YAML or JSON text, or the path of a YAML or JSON file holding one. Each entry names one metric
 * (namespace + metric-name + dimensions + statistic, or a metric-math `expression`), the way it
 * gets worse, and its rules (`max` / `min`, `compare`, `rate-of`).
 *
 * Every rule that could only fail later is checked here, before any AWS call: unknown or missing
 * keys, a `max` on a lower-is-worse metric, `rate-of` without `{version}` (a metric of the whole
 * service has no one version's invocations; `compare` without it is against the service's own
 * values before the first shift), a Sum compared across versions that serve different shares of
 * the traffic, and more queries than one GetMetricData call takes.
 */



/** Replaced in dimension values and expressions by the version judged. */
const VERSION_PLACEHOLDER = '{version}';
/** Replaced by the watched function's name, in a metric read per version (with `{version}`). */
const FUNCTION_PLACEHOLDER = '{function}';
/**
 * Queries the custom metrics may add to one function's GetMetricData call (two per per-version
 * metric, one per service-wide metric): with Lambda's own 14 at most, one call (500) holds them.
 */
const MAX_METRIC_QUERIES = 100;
/** CloudWatch's limits on one metric: dimensions, and the length of an expression. */
const MAX_DIMENSIONS = 30;
const MAX_EXPRESSION_CHARS = 2048;
const FILE_CAP = { bytes: 1024 * 1024, who: 'the metrics input' };
const KEYS = [
    'name',
    'namespace',
    'metric-name',
    'dimensions',
    'statistic',
    'expression',
    'direction',
    'max',
    'min',
    'compare',
    'rate-of',
];
const DIRECTIONS = ['higher-is-worse', 'lower-is-worse'];
const STATISTIC = /^(?:Sum|Average|Maximum|Minimum|SampleCount|p(?:100|\d{1,2}(?:\.\d{1,3})?))$/;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
function parseMetrics(raw, files) {
    if (raw === '')
        return [];
    const inline = raw.includes('\n') || /^[[{-]/.test(raw);
    const path = raw.replace(/^file:\/\//, '');
    const text = inline ? raw : (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readCappedFile */ .yB)(files, path, FILE_CAP);
    let value;
    try {
        value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, { uniqueKeys: true });
    }
    catch {
        const reason = 'not valid YAML or JSON (a key given twice counts as invalid)';
        throw inline ? (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .badValue */ .tm)(raw, { reason }) : (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .badFile */ .SL)(path, { reason });
    }
    if (!Array.isArray(value) || value.length === 0) {
        throw inline
            ? (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .badValue */ .tm)(raw, { reason: 'not a list of metric entries' })
            : (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .badFile */ .SL)(path, { reason: 'not a list of metric entries' });
    }
    const seen = new Set();
    const metrics = value.map((entry, at) => {
        const metric = metricOf(entry, at + 1);
        if (seen.has(metric.name)) {
            throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .badEntryAt */ .LH)(at + 1, { reason: (show) => `${show(metric.name)}: the name is given twice` });
        }
        seen.add(metric.name);
        return metric;
    });
    const queries = metrics.reduce((sum, m) => sum + (m.perVersion ? 2 : 1), 0);
    if (queries > MAX_METRIC_QUERIES) {
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .badValue */ .tm)(`${metrics.length} entries`, {
            reason: `${queries} queries a poll (two for each metric with {version}, one for each other), over the ${MAX_METRIC_QUERIES} that fit in one GetMetricData call beside Lambda's own`,
        });
    }
    return metrics;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function metricOf(entry, index) {
    if (!isObject(entry)) {
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .badEntryAt */ .LH)(index, { reason: 'not an object with name, direction and a metric or expression' });
    }
    const rawName = entry['name'];
    if (typeof rawName !== 'string' || !NAME.test(rawName)) {
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .badEntryAt */ .LH)(index, {
            reason: (show) => `name ${rawName === undefined ? 'is missing' : `${show(String(rawName))} is not 1-64 letters, digits, dots, dashes or underscores`}`,
        });
    }
    const name = rawName;
    const refuse = (reason) => (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .badEntryAt */ .LH)(index, {
        reason: (show) => `${show(name)}: ${typeof reason === 'string' ? reason : reason(show)}`,
    });
    const unknown = Object.keys(entry).find((key) => !KEYS.includes(key));
    if (unknown !== undefined)
        throw refuse((show) => `unknown key ${show(unknown)}; known: ${KEYS.join(', ')}`);
    const direction = entry['direction'];
    if (!DIRECTIONS.includes(direction)) {
        throw refuse((show) => direction === undefined
            ? `direction is missing (${DIRECTIONS.join(' or ')})`
            : `direction ${show(String(direction))} is not ${DIRECTIONS.join(' or ')}`);
    }
    const source = sourceOf(entry, refuse);
    const mentions = (placeholder) => source.kind === 'expression'
        ? source.expression.includes(placeholder)
        : source.dimensions.some((d) => d.value.includes(placeholder));
    const perVersion = mentions(VERSION_PLACEHOLDER);
    if (!perVersion && mentions(FUNCTION_PLACEHOLDER)) {
        throw refuse(`"{function}" needs "{version}" beside it: a metric read once for the whole service has no one function to name`);
    }
    const metric = {
        name,
        source,
        direction: direction,
        max: numberOf(entry['max'], 'max', refuse),
        min: numberOf(entry['min'], 'min', refuse),
        compare: flagOf(entry['compare'], refuse),
        rateOf: rateOf(entry['rate-of'], refuse),
        perVersion,
    };
    checkRules(metric, refuse);
    return metric;
}
function sourceOf(entry, refuse) {
    const expression = entry['expression'];
    const metricKeys = ['namespace', 'metric-name', 'dimensions', 'statistic'].filter((k) => k in entry);
    if (expression !== undefined) {
        if (metricKeys.length > 0) {
            throw refuse(`expression replaces namespace, metric-name, dimensions and statistic (also given: ${metricKeys.join(', ')})`);
        }
        if (typeof expression !== 'string' ||
            expression.trim() === '' ||
            expression.length > MAX_EXPRESSION_CHARS) {
            throw refuse(`expression is not a metric-math text of 1 to ${MAX_EXPRESSION_CHARS} characters`);
        }
        return { kind: 'expression', expression: expression.trim() };
    }
    const text = (key) => {
        const value = entry[key];
        if (typeof value !== 'string' || value.trim() === '') {
            throw refuse(value === undefined
                ? `${key} is missing (or give expression instead)`
                : `${key} is not a non-empty text`);
        }
        return value.trim();
    };
    const namespace = text('namespace');
    const metricName = text('metric-name');
    const statistic = text('statistic');
    if (!STATISTIC.test(statistic)) {
        throw refuse((show) => `statistic ${show(statistic)} is not Sum, Average, Maximum, Minimum, SampleCount or pNN such as p99`);
    }
    return {
        kind: 'metric',
        namespace,
        metricName,
        dimensions: dimensionsOf(entry['dimensions'], refuse),
        statistic,
    };
}
function dimensionsOf(value, refuse) {
    if (value === undefined || value === null)
        return [];
    if (!isObject(value))
        throw refuse('dimensions is not an object of Name: value');
    const entries = Object.entries(value);
    if (entries.length > MAX_DIMENSIONS)
        throw refuse(`dimensions has ${entries.length} names, over CloudWatch's ${MAX_DIMENSIONS}`);
    return entries.map(([key, dimension]) => {
        if (isObject(dimension) && ['version', 'function'].includes(Object.keys(dimension).join())) {
            throw refuse(`dimension ${key} reads as an object: quote "{${Object.keys(dimension).join()}}" in YAML`);
        }
        if (!(typeof dimension === 'string' || typeof dimension === 'number') || String(dimension) === '') {
            throw refuse((show) => `dimension ${show(key)} is not a non-empty text or number`);
        }
        return { name: key, value: String(dimension) };
    });
}
function numberOf(value, key, refuse) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw refuse((show) => `${key} ${show(String(value))} is not a number`);
    }
    return value;
}
function flagOf(value, refuse) {
    if (value === undefined || value === null)
        return false;
    if (typeof value !== 'boolean')
        throw refuse((show) => `compare ${show(String(value))} is not true or false`);
    return value;
}
function rateOf(value, refuse) {
    if (value === undefined || value === null)
        return undefined;
    if (value !== 'Invocations')
        throw refuse((show) => `rate-of ${show(String(value))} is not Invocations`);
    return value;
}
/** The rules between keys. */
function checkRules(metric, refuse) {
    const higher = metric.direction === 'higher-is-worse';
    if (higher && metric.min !== undefined) {
        throw refuse(`min ${metric.min} on a higher-is-worse metric (its limit is max)`);
    }
    if (!higher && metric.max !== undefined) {
        throw refuse(`max ${metric.max} on a lower-is-worse metric (its limit is min)`);
    }
    const statistic = metric.source.kind === 'metric' ? metric.source.statistic : undefined;
    if (!metric.perVersion && metric.rateOf !== undefined) {
        throw refuse(`rate-of needs "{version}" in the dimensions or expression: a metric of the whole service has no one version's invocations to divide by (judge it with ${higher ? 'max' : 'min'}, or compare: true with its own values before the first shift)`);
    }
    if (metric.rateOf !== undefined) {
        if (statistic !== undefined && statistic !== 'Sum') {
            throw refuse(`rate-of counts events: statistic ${statistic} is not Sum`);
        }
        if (!metric.compare)
            throw refuse('rate-of only changes how compare: true judges: add compare: true');
    }
    // A service-wide sum is compared with its own sums before the first shift: the split leaves it alone.
    if (metric.perVersion &&
        metric.compare &&
        metric.rateOf === undefined &&
        (statistic === 'Sum' || statistic === 'SampleCount')) {
        throw refuse(`compare: true on a ${statistic} compares versions that serve different shares of the traffic: add rate-of: Invocations, or use Average, pNN, Maximum or Minimum`);
    }
    if (metric.max === undefined && metric.min === undefined && !metric.compare) {
        throw refuse(`nothing to judge: give ${higher ? 'max' : 'min'}, compare: true, or both`);
    }
}


/***/ }),

/***/ 4313:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ parseConfig)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./lib/src/errors.js
var errors = __webpack_require__(5071);
// EXTERNAL MODULE: ./lib/src/config/files.js
var files = __webpack_require__(2502);
// EXTERNAL MODULE: ./lib/src/config/messages.js
var messages = __webpack_require__(2873);
;// CONCATENATED MODULE: ./lib/src/config/drop-in.js

/** The app stack's name: `stack-name`, or `name` as aws-cloudformation-github-deploy calls it. */
function appStackName(parsed) {
    return parsed['stack-name'] ?? parsed.name;
}
function changeSetOptions(parsed) {
    const createOnly = parsed.mode === 'create-only';
    return {
        name: parsed['change-set-name'],
        execute: !parsed['no-execute-changeset'] && !createOnly,
        leftForReviewBy: createOnly ? 'mode: create-only' : 'no-execute-changeset',
        executeId: parsed.mode === 'execute-only' ? parsed['execute-change-set-id'] : undefined,
        includeNestedStacks: parsed['include-nested-stacks-change-set'],
        deploymentMode: parsed['deployment-mode'],
        failOnEmpty: parsed['fail-on-empty-changeset'] || !parsed['no-fail-on-empty-changeset'],
        keepFailed: parsed['no-delete-failed-changeset'],
        disableRollback: parsed['disable-rollback'],
    };
}
/** The change-set inputs each with its value when it was given (not its default), for the rules below. */
function changeSetInputsGiven(parsed) {
    const given = [
        ['no-execute-changeset', parsed['no-execute-changeset'] ? 'true' : undefined],
        ['fail-on-empty-changeset', parsed['fail-on-empty-changeset'] ? 'true' : undefined],
        ['disable-rollback', parsed['disable-rollback'] ? 'true' : undefined],
        ['no-delete-failed-changeset', parsed['no-delete-failed-changeset'] ? 'true' : undefined],
        ['change-set-name', parsed['change-set-name']],
        ['include-nested-stacks-change-set', parsed['include-nested-stacks-change-set'] ? 'true' : undefined],
        ['deployment-mode', parsed['deployment-mode']],
        ['s3-prefix', parsed['s3-prefix']],
    ];
    return given.flatMap(([input, value]) => (value === undefined ? [] : [[input, value]]));
}
/** How a value given reads in "Expected ...": `false` for a boolean, `it empty` otherwise. */
function unset(value) {
    return value === 'true' ? 'false' : 'it empty';
}
function dropInProblems(parsed) {
    const problems = [];
    const stackName = parsed['stack-name'];
    const name = parsed.name;
    if (stackName !== undefined && name !== undefined && stackName !== name) {
        const reason = `stack-name is ${stackName}: name is another word for it`;
        problems.push({
            input: 'name',
            problem: (0,messages/* badValue */.tm)(name, { reason, expected: `it empty, or ${stackName}` }),
        });
    }
    if (parsed.mode === 'execute-only')
        return [...problems, ...executeOnlyProblems(parsed)];
    const changeSetId = parsed['execute-change-set-id'];
    if (changeSetId !== undefined) {
        const reason = `mode is ${parsed.mode}: only mode execute-only executes a change set made earlier`;
        const expected = 'it empty, or mode: execute-only';
        problems.push({ input: 'execute-change-set-id', problem: (0,messages/* badValue */.tm)(changeSetId, { reason, expected }) });
    }
    if (parsed['dry-run']) {
        const reason = 'dry-run deletes every change set it makes';
        if (parsed['no-execute-changeset']) {
            const expected = 'false when dry-run is true';
            problems.push({ input: 'no-execute-changeset', problem: (0,messages/* badValue */.tm)('true', { reason, expected }) });
        }
        if (parsed.mode === 'create-only') {
            const expected = 'create-and-execute when dry-run is true';
            problems.push({ input: 'mode', problem: (0,messages/* badValue */.tm)(parsed.mode, { reason, expected }) });
        }
    }
    if (parsed['s3-prefix'] !== undefined && parsed['s3-bucket'] === undefined) {
        const reason = 'there is no bucket to put it in without s3-bucket';
        const expected = 'it empty, or an s3-bucket';
        problems.push({ input: 's3-prefix', problem: (0,messages/* badValue */.tm)(parsed['s3-prefix'], { reason, expected }) });
    }
    if (parsed.template === undefined) {
        const reason = 'there is no app stack to deploy without template';
        for (const [input, value] of changeSetInputsGiven(parsed)) {
            const expected = `${unset(value)} when template is not given`;
            problems.push({ input, problem: (0,messages/* badValue */.tm)(value, { reason, expected }) });
        }
        if (parsed.mode === 'create-only') {
            const expected = 'create-and-execute when template is not given';
            problems.push({ input: 'mode', problem: (0,messages/* badValue */.tm)(parsed.mode, { reason, expected }) });
        }
    }
    return problems;
}
/**
 * mode: execute-only executes the change set a create-only run left for review, as it is: every
 * input that would shape a new change set is refused rather than ignored.
 */
function executeOnlyProblems(parsed) {
    const problems = [];
    const reason = 'mode: execute-only executes the reviewed change set as it is';
    if (parsed['execute-change-set-id'] === undefined) {
        const why = 'required when mode is execute-only';
        problems.push({ input: 'execute-change-set-id', problem: (0,messages/* badValue */.tm)('', { reason: why }) });
    }
    if (appStackName(parsed) === undefined) {
        const why = 'required when mode is execute-only: the stack whose change set is executed';
        problems.push({ input: 'stack-name', problem: (0,messages/* badValue */.tm)('', { reason: why }) });
    }
    // The template, parameters and tags are named, not shown: they may be long or a file.
    const named = [
        ...(parsed.template === undefined ? [] : ['template']),
        ...(parsed['parameter-overrides'].length ? ['parameter-overrides'] : []),
        ...(parsed.tags.length ? ['tags'] : []),
        ...(parsed['notification-arns'].length ? ['notification-arns'] : []),
    ];
    for (const input of named) {
        const expected = 'it empty when mode is execute-only';
        problems.push({ input, problem: (0,messages/* badLabel */.YO)('a value is given', { reason, expected }) });
    }
    const given = [
        ...(parsed['termination-protection'] ? [['termination-protection', 'true']] : []),
        ...(parsed['dry-run'] ? [['dry-run', 'true']] : []),
        // disable-rollback is passed to ExecuteChangeSet when it creates the stack.
        ...changeSetInputsGiven(parsed).filter(([input]) => input !== 'disable-rollback'),
    ];
    for (const [input, value] of given) {
        const expected = `${unset(value)} when mode is execute-only`;
        problems.push({ input, problem: (0,messages/* badValue */.tm)(value, { reason, expected }) });
    }
    return problems;
}

// EXTERNAL MODULE: ./lib/src/config/freeze.js
var freeze = __webpack_require__(3282);
// EXTERNAL MODULE: ./lib/src/config/inputs.js + 6 modules
var inputs = __webpack_require__(5276);
// EXTERNAL MODULE: ./lib/src/constants.js
var constants = __webpack_require__(347);
// EXTERNAL MODULE: ./lib/src/config/credentials-lifetime.js
var credentials_lifetime = __webpack_require__(6151);
// EXTERNAL MODULE: ./lib/src/config/sources.js
var sources = __webpack_require__(4555);
// EXTERNAL MODULE: ./lib/src/config/parsers.js
var parsers = __webpack_require__(9125);
// EXTERNAL MODULE: ./lib/src/config/regions.js + 1 modules
var regions = __webpack_require__(3697);
;// CONCATENATED MODULE: ./lib/src/config/s3-url.js
/**
 * The region an S3 object URL names, read from its host. CloudFormation reads a TemplateURL only
 * from a bucket in the stack's own region, so the template input is checked against it.
 *
 *   https://BUCKET.s3.REGION.amazonaws.com/KEY        virtual-hosted
 *   https://s3.REGION.amazonaws.com/BUCKET/KEY        path-style
 *   https://BUCKET.s3-REGION.amazonaws.com/KEY        the older dash forms (s3-REGION)
 *   https://s3.dualstack.REGION.amazonaws.com/...     dual-stack; s3-fips. for FIPS endpoints
 *   https://s3-external-1.amazonaws.com/...           us-east-1
 *   ....amazonaws.com.cn                              the China regions
 *   https://BUCKET.s3.amazonaws.com/KEY               the global endpoint: no region named
 */
const GLOBAL = /^(?:.+\.)?s3\.amazonaws\.com$/;
const REGIONAL = /^(?:.+\.)?s3(?:-fips)?(?:\.dualstack)?[.-]([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;
/** The old name of us-east-1's endpoint. */
const EXTERNAL_1 = 'external-1';
/**
 * The URL as a message may show it: scheme, host and path, without user info, query or fragment
 * (a presigned URL's query holds its credential and signature).
 */
function shownUrl(url) {
    if (!URL.canParse(url))
        return url.replace(/[?#].*$/s, '');
    const { protocol, host, pathname } = new URL(url);
    return `${protocol}//${host}${pathname}`;
}
function s3UrlRegion(url) {
    if (!URL.canParse(url))
        return { s3: false };
    const host = new URL(url).hostname.toLowerCase();
    if (GLOBAL.test(host))
        return { s3: true, region: undefined };
    const region = REGIONAL.exec(host)?.[1];
    if (region === undefined)
        return { s3: false };
    return { s3: true, region: region === EXTERNAL_1 ? 'us-east-1' : region };
}

;// CONCATENATED MODULE: ./lib/src/config/region-rules.js
/**
 * The rules between the regions input and the rest: what several regions cannot share (wait:
 * false, the region input, an ARN in one region), wave-bake without a wave to wait for, and
 * `{region}` filled in for each region the stacks go to (a bucket name, a template file, a
 * template URL in the stack's own region).
 */






function regionProblems(parsed, context) {
    const stackRegions = (0,regions/* regionsOf */.NV)(parsed.regions);
    if (stackRegions.length === 0) {
        const only = parsed.region ?? context.fallbackRegion?.region;
        return [
            ...waveBakeProblems(parsed),
            ...(only === undefined
                ? unknownRegionProblems(parsed)
                : templatedProblems(parsed, [only], context.files)),
        ];
    }
    return [
        ...severalRegionProblems(parsed, stackRegions.length),
        ...waveBakeProblems(parsed),
        ...arnProblems(parsed, stackRegions),
        ...templatedProblems(parsed, stackRegions, context.files),
    ];
}
function severalRegionProblems(parsed, count) {
    const problems = [];
    if (parsed.region !== undefined) {
        const reason = 'the regions input names the regions of the run';
        problems.push({
            input: 'region',
            problem: (0,messages/* badValue */.tm)(parsed.region, { reason, expected: 'it empty with regions' }),
        });
    }
    if (!parsed.wait && count > 1) {
        const reason = `a detached canary is handed to one region's guard, and regions names ${count}`;
        const expected = 'true with several regions, or one region';
        problems.push({ input: 'wait', problem: (0,messages/* badValue */.tm)('false', { reason, expected }) });
    }
    return problems;
}
function waveBakeProblems(parsed) {
    if (parsed['wave-bake'] === 0 || parsed.regions.length > 1)
        return [];
    const reason = 'wave-bake holds between waves, and there is one';
    const expected = '0, or regions with two waves or more, such as us-east-1 | eu-west-1';
    return [{ input: 'wave-bake', problem: (0,messages/* badValue */.tm)((0,credentials_lifetime/* spanText */.Cp)(parsed['wave-bake']), { reason, expected }) }];
}
/** `{region}` with no region known at all. */
function unknownRegionProblems(parsed) {
    const reason = "{region} stands for the run's region, and none is known";
    const expected = 'regions or region given, or AWS_REGION set, or no {region}';
    return placeholderInputs(parsed).map((input) => ({
        input,
        problem: (0,messages/* badValue */.tm)(input === 'parameter-overrides' ? '{region}' : rawOf(parsed, input), {
            reason,
            expected,
        }),
    }));
}
/** The inputs that hold `{region}`. */
function placeholderInputs(parsed) {
    const inputs = [];
    if ((0,regions/* hasRegionPlaceholder */.kf)(rawOf(parsed, 'template')))
        inputs.push('template');
    if ((0,regions/* hasRegionPlaceholder */.kf)(parsed['s3-bucket']))
        inputs.push('s3-bucket');
    if (parsed['parameter-overrides'].some((o) => 'value' in o && (0,regions/* hasRegionPlaceholder */.kf)(o.value))) {
        inputs.push('parameter-overrides');
    }
    return inputs;
}
function rawOf(parsed, input) {
    return (input === 's3-bucket' ? parsed['s3-bucket'] : parsed.template?.written) ?? '';
}
const ARN_REGION = /^arn:[^:]+:[^:]+:([^:]*):/;
/** An ARN names one region: with regions, it must be the region of every stack. */
function arnProblems(parsed, stackRegions) {
    const arnInputs = [
        ['functions', parsed.functions],
        ['notification-arns', parsed['notification-arns']],
        ['notification-topic-arn', [parsed['notification-topic-arn'] ?? '']],
        ['pre-traffic-hook', [parsed['pre-traffic-hook'] ?? '']],
        ['post-traffic-hook', [parsed['post-traffic-hook'] ?? '']],
    ];
    return arnInputs.flatMap(([input, entries]) => {
        for (const arn of entries) {
            const arnRegion = ARN_REGION.exec(arn)?.[1];
            const other = stackRegions.find((region) => region !== arnRegion);
            if (arnRegion === undefined || other === undefined)
                continue;
            const reason = `in ${arnRegion}, but regions deploys to ${other} too`;
            const expected = 'a name instead of an ARN, as each region has its own';
            return [{ input, problem: (0,messages/* badEntry */.gn)(arn, { reason, expected }) }];
        }
        return [];
    });
}
/** `{region}` filled in for each region: the bucket name, the template file, the template URL's region. */
function templatedProblems(parsed, stackRegions, files) {
    return [...bucketProblems(parsed, stackRegions), ...templateProblems(parsed, stackRegions, files)];
}
function bucketProblems(parsed, stackRegions) {
    const bucket = parsed['s3-bucket'];
    if (bucket === undefined || !(0,regions/* hasRegionPlaceholder */.kf)(bucket))
        return [];
    for (const region of stackRegions) {
        const name = (0,regions/* withRegion */.Ns)(bucket, region);
        try {
            (0,parsers/* parseS3Bucket */._4)(name);
        }
        catch (error) {
            if (!(error instanceof messages/* InputProblem */.S7))
                throw error;
            const reason = (show) => `in ${region} it is ${show(name)}, no bucket name`;
            return [{ input: 's3-bucket', problem: (0,messages/* badValue */.tm)(bucket, { reason }) }];
        }
    }
    return [];
}
function templateProblems(parsed, stackRegions, files) {
    const template = parsed.template;
    if (template?.source.kind === 'url')
        return urlProblems(template.source.url, stackRegions);
    if (template?.source.kind !== 'file' || !(0,regions/* hasRegionPlaceholder */.kf)(template.written))
        return [];
    for (const region of stackRegions) {
        let size;
        try {
            size = (0,sources/* localTemplate */.et)(files, (0,regions/* withRegion */.Ns)(template.written, region)).sizeBytes;
        }
        catch (error) {
            if (!(error instanceof messages/* InputProblem */.S7))
                throw error;
            return [{ input: 'template', problem: error }];
        }
        if (size !== undefined && size > sources/* INLINE_TEMPLATE_LIMIT_BYTES */.jU && parsed['s3-bucket'] === undefined) {
            const reason = `required: ${region}'s template is ${size} bytes, over the ${sources/* INLINE_TEMPLATE_LIMIT_BYTES */.jU} CloudFormation takes inline`;
            return [{ input: 's3-bucket', problem: (0,messages/* badValue */.tm)('', { reason }) }];
        }
    }
    return [];
}
const URL_EXPECTED = "an S3 URL in the stack's region, such as https://BUCKET.s3.REGION.amazonaws.com/KEY, with {region} in it for several regions";
/** CloudFormation reads a template URL only from a bucket in the stack's region. */
function urlProblems(url, stackRegions) {
    const perRegion = (0,regions/* hasRegionPlaceholder */.kf)(url);
    if (!perRegion && stackRegions.length > 1) {
        const reason = `one URL for ${stackRegions.length} regions, and a template URL must be in its stack's region`;
        return [{ input: 'template', problem: (0,messages/* badValue */.tm)(shownUrl(url), { reason, expected: URL_EXPECTED }) }];
    }
    for (const region of stackRegions) {
        const named = s3UrlRegion((0,regions/* withRegion */.Ns)(url, region));
        if (!named.s3 || named.region === undefined || named.region === region)
            continue;
        const reason = `the bucket is in ${named.region}, but the stack is in ${region}: CloudFormation reads a template URL from the stack's region only`;
        return [{ input: 'template', problem: (0,messages/* badValue */.tm)(shownUrl(url), { reason, expected: URL_EXPECTED }) }];
    }
    return [];
}

;// CONCATENATED MODULE: ./lib/src/config/rules.js
/**
 * The rules between inputs, checked once every input is valid on its own. Each problem is
 * reported on the input to change, and every broken rule is reported, not just the first.
 */






function crossFieldProblems(parsed, context) {
    return [
        ...stackProblems(parsed),
        ...monitoringProblems(parsed),
        ...canaryProblems(parsed),
        ...functionArnProblems(parsed, context),
        ...dropInProblems(parsed),
        ...detachedProblems(parsed),
        ...runnerLossProblems(parsed),
        ...credentialsProblems(parsed),
        ...regionProblems(parsed, context),
    ];
}
/** The rule for an input that only means something for the app stack a template deploys. */
function withoutAppStack(expectedValue) {
    return {
        reason: 'there is no app stack to deploy without template',
        expected: `${expectedValue} when template is not given`,
    };
}
function stackProblems(parsed) {
    const problems = [];
    const stackName = appStackName(parsed);
    const template = parsed.template;
    if (template !== undefined && stackName === undefined) {
        problems.push({
            input: 'stack-name',
            problem: (0,messages/* badValue */.tm)('', { reason: 'required when template is given' }),
        });
    }
    const monitoring = parsed.monitoring && stackName !== undefined;
    if (stackName !== undefined && monitoring && (0,constants/* monitoringStackName */.cg)(stackName).length > 128) {
        const reason = `the monitoring stack's name would be ${(0,constants/* monitoringStackName */.cg)(stackName).length} characters, over 128`;
        const expected = 'a stack name of at most 117 characters, or monitoring: false';
        problems.push({ input: 'stack-name', problem: (0,messages/* badValue */.tm)(stackName, { reason, expected }) });
    }
    const size = template?.sizeBytes;
    if (size !== undefined && size > sources/* INLINE_TEMPLATE_LIMIT_BYTES */.jU && parsed['s3-bucket'] === undefined) {
        const reason = `required: the template is ${size} bytes, over the ${sources/* INLINE_TEMPLATE_LIMIT_BYTES */.jU} CloudFormation takes inline`;
        problems.push({ input: 's3-bucket', problem: (0,messages/* badValue */.tm)('', { reason }) });
    }
    // (mode: execute-only deploys without a template: its own rules are in drop-in.ts.)
    if (template === undefined && parsed.mode !== 'execute-only') {
        if (parsed['termination-protection']) {
            problems.push({ input: 'termination-protection', problem: (0,messages/* badValue */.tm)('true', withoutAppStack('false')) });
        }
        const arns = parsed['notification-arns'];
        if (arns.length > 0) {
            problems.push({
                input: 'notification-arns',
                problem: (0,messages/* badValue */.tm)(arns.join(','), withoutAppStack('it empty')),
            });
        }
        if (parsed.rollback === 'stack') {
            const reason = 'there is no deployed template to roll back to without template';
            const expected = 'alias or none when template is not given';
            problems.push({ input: 'rollback', problem: (0,messages/* badValue */.tm)('stack', { reason, expected }) });
        }
    }
    return problems;
}
/** Inputs that only mean something in the monitoring stack. */
function monitoringProblems(parsed) {
    const problems = [];
    const stackName = appStackName(parsed);
    const monitoring = parsed.monitoring && stackName !== undefined;
    // (guard and guard-rollback default to true, so a value given cannot be told from the default:
    // they are simply unused without the monitoring stack.)
    const monitoringInputs = [
        ['notification-email', parsed['notification-email'], 'monitoring topic'],
        ['notification-topic-arn', parsed['notification-topic-arn'], 'monitoring topic'],
        ['guard-auto-scaling-group', parsed['guard-auto-scaling-group'], 'guard'],
    ];
    for (const [input, value, what] of monitoringInputs) {
        if (value === undefined)
            continue;
        if (!monitoring) {
            const reason = stackName === undefined
                ? `there is no ${what} without a stack-name`
                : `there is no ${what} when monitoring is false`;
            const expected = 'it empty, or a stack-name with monitoring: true';
            problems.push({ input, problem: (0,messages/* badValue */.tm)(value, { reason, expected }) });
        }
        else if (what === 'guard' && !parsed.guard) {
            const reason = 'there is no guard when guard is false';
            problems.push({ input, problem: (0,messages/* badValue */.tm)(value, { reason, expected: 'it empty, or guard: true' }) });
        }
    }
    return problems;
}
function canaryProblems(parsed) {
    const problems = [];
    const noFunctions = parsed.template === undefined && appStackName(parsed) === undefined;
    // (mode: execute-only names its stack: drop-in.ts asks for it.)
    if (noFunctions && parsed.functions.length === 0 && parsed.mode !== 'execute-only') {
        const reason = 'required when neither template nor stack-name is given';
        const expected = 'function names or ARNs, comma- or newline-separated, such as orders-handler';
        problems.push({ input: 'functions', problem: (0,messages/* badValue */.tm)('', { reason, expected }) });
    }
    const environment = parsed['deployment-environment'];
    if (environment !== undefined && parsed['github-token'] === undefined) {
        const reason = 'there is no github-token to record a deployment with';
        const expected = 'it empty, or a github-token';
        problems.push({ input: 'deployment-environment', problem: (0,messages/* badValue */.tm)(environment, { reason, expected }) });
    }
    return problems;
}
const FULL_ARN = /^arn:[^:]+:lambda:([^:]+):(\d{12}):function:/;
const PARTIAL_ARN = /^(\d{12}):function:/;
const ROLE_ACCOUNT = /^arn:[^:]+:iam::(\d{12}):/;
/**
 * A function ARN is in the run's region (the region input, else the environment's) and in the
 * run's account when it is known (the role-arn's); without them, the ARNs agree with each other.
 * With the regions input, region-rules.ts holds each ARN to every region instead.
 */
function functionArnProblems(parsed, context) {
    const regionsGiven = parsed.regions.length > 0;
    let region = regionsGiven ? undefined : (parsed.region ?? context.fallbackRegion?.region);
    let regionFrom = parsed.region !== undefined ? 'the region input' : (context.fallbackRegion?.from ?? '');
    let account = ROLE_ACCOUNT.exec(parsed['role-arn'] ?? '')?.[1];
    let accountFrom = 'the role-arn';
    for (const entry of parsed.functions) {
        const full = FULL_ARN.exec(entry);
        const arnRegion = full?.[1];
        const arnAccount = full?.[2] ?? PARTIAL_ARN.exec(entry)?.[1];
        if (arnRegion !== undefined && !regionsGiven) {
            if (region === undefined)
                [region, regionFrom] = [arnRegion, 'the ARN before it'];
            else if (arnRegion !== region) {
                const reason = `in ${arnRegion}, but the run is in ${region}, from ${regionFrom}`;
                return [{ input: 'functions', problem: (0,messages/* badEntry */.gn)(entry, { reason }) }];
            }
        }
        if (arnAccount !== undefined) {
            if (account === undefined)
                [account, accountFrom] = [arnAccount, 'the ARN before it'];
            else if (arnAccount !== account) {
                const reason = `in account ${arnAccount}, but the run is in account ${account}, from ${accountFrom}`;
                return [{ input: 'functions', problem: (0,messages/* badEntry */.gn)(entry, { reason }) }];
            }
        }
    }
    return [];
}
/** wait: false needs the guard (which goes on with the canary) and no runner-made traffic. */
function detachedProblems(parsed) {
    const secret = parsed['github-token-secret'];
    const guardMayFinish = !parsed.wait || parsed['on-runner-loss'] === 'guard';
    if (secret !== undefined && (!guardMayFinish || parsed['deployment-environment'] === undefined)) {
        const reason = 'only the guard reads it, for the deployment the run records, when it finishes a canary (wait: false, or on-runner-loss: guard)';
        const expected = 'it empty, or wait: false or on-runner-loss: guard, with a deployment-environment';
        return [{ input: 'github-token-secret', problem: (0,messages/* badValue */.tm)(secret, { reason, expected }) }];
    }
    if (parsed.wait)
        return [];
    const guardOn = parsed.guard && parsed.monitoring && appStackName(parsed) !== undefined;
    if (!guardOn) {
        const reason = 'the guard goes on with a detached canary, and it is off (guard, monitoring and stack-name)';
        const expected = 'true, or guard: true with monitoring: true and a stack-name';
        return [{ input: 'wait', problem: (0,messages/* badValue */.tm)('false', { reason, expected }) }];
    }
    if (parsed.rollback !== 'alias') {
        const reason = `the guard rolls back aliases only, and rollback is ${parsed.rollback}`;
        return [
            {
                input: 'wait',
                problem: (0,messages/* badValue */.tm)('false', { reason, expected: 'true with rollback: stack or none' }),
            },
        ];
    }
    if (parsed['synthetic-payload'] !== undefined) {
        const reason = 'synthetic traffic is sent by the runner, which a detached canary does not keep';
        return [
            { input: 'wait', problem: (0,messages/* badValue */.tm)('false', { reason, expected: 'true with synthetic-payload' }) },
        ];
    }
    return [];
}
/**
 * on-runner-loss: guard hands a dead run's canary to the guard, which must be deployed and able to
 * carry it out: alias rollbacks only, no runner-made traffic, no post-traffic hook (the guard runs
 * none). With wait: false the guard finishes every canary anyway.
 */
function runnerLossProblems(parsed) {
    if (parsed['on-runner-loss'] !== 'guard' || !parsed.wait)
        return [];
    const refuse = (reason, expected) => [
        { input: 'on-runner-loss', problem: (0,messages/* badValue */.tm)('guard', { reason, expected }) },
    ];
    if (!(parsed.guard && parsed.monitoring && appStackName(parsed) !== undefined)) {
        return refuse('the guard takes the canary over, and it is off (guard, monitoring and stack-name)', 'rollback, or guard: true with monitoring: true and a stack-name');
    }
    if (parsed.regions.flat().length > 1) {
        return refuse("a region's guard finishes its own region's canary, not a release across regions", 'rollback with several regions');
    }
    if (parsed.rollback !== 'alias') {
        return refuse(`the guard rolls back aliases only, and rollback is ${parsed.rollback}`, 'rollback with rollback: stack or none');
    }
    if (parsed['synthetic-payload'] !== undefined) {
        return refuse('synthetic traffic is sent by the runner, which the guard does not have', 'rollback with synthetic-payload');
    }
    if (parsed['post-traffic-hook'] !== undefined) {
        return refuse('the guard runs no post-traffic hook at its promotion', 'rollback with post-traffic-hook');
    }
    return [];
}
/**
 * A waited canary planned to outlast its credentials, refused on credentials-lifetime. With
 * regions, the waves' canaries run one after another, with wave-bake between them.
 */
function credentialsProblems(parsed) {
    const lifetime = parsed['credentials-lifetime'];
    if (lifetime === undefined || parsed['dry-run'] || !parsed.wait)
        return [];
    const plan = (0,credentials_lifetime/* plannedDuration */.tU)(parsed.strategy, parsed['extend-hold'], parsed.metrics.some((metric) => metric.compare && metric.perVersion && metric.rateOf !== undefined));
    const waves = Math.max(1, parsed.regions.length);
    const bakeMs = parsed['wave-bake'];
    const totalMs = plan.totalMs * waves + bakeMs * (waves - 1);
    if (totalMs <= lifetime.ms)
        return [];
    const setting = lifetime.setting ?? 'credentials-lifetime';
    const oneCanary = `holds ${(0,credentials_lifetime/* spanText */.Cp)(plan.holdsMs)}, extend-hold ${plan.heldSteps} × ${(0,credentials_lifetime/* spanText */.Cp)(parsed['extend-hold'])}, ` +
        `settle wait ${(0,credentials_lifetime/* spanText */.Cp)(plan.settleMs)}` +
        (plan.lateMs > 0 ? `, late datapoints ${(0,credentials_lifetime/* spanText */.Cp)(plan.lateMs)}` : '');
    const parts = waves === 1
        ? oneCanary
        : `${waves} waves of ${(0,credentials_lifetime/* spanText */.Cp)(plan.totalMs)} (${oneCanary}), wave-bake ${waves - 1} × ${(0,credentials_lifetime/* spanText */.Cp)(bakeMs)}`;
    const reason = `the canary may take ${(0,credentials_lifetime/* spanText */.Cp)(totalMs)} (${parts}), ` +
        `longer than the credentials live (${(0,credentials_lifetime/* spanText */.Cp)(lifetime.ms)}, from ${setting})`;
    const shorter = waves === 1
        ? 'a shorter strategy or extend-hold'
        : 'a shorter strategy, extend-hold or wave-bake, or fewer waves';
    const expected = `${setting} of at least ${(0,credentials_lifetime/* spanText */.Cp)(totalMs)}, or ${shorter}`;
    return [{ input: 'credentials-lifetime', problem: (0,messages/* badValue */.tm)(lifetime.text, { reason, expected }) }];
}

// EXTERNAL MODULE: ./lib/src/config/secrets.js
var secrets = __webpack_require__(3640);
;// CONCATENATED MODULE: ./lib/src/config/parse.js
/**
 * The one schema both front doors feed, derived from the input table (inputs.ts): each input
 * parsed by its own entry, then the rules between inputs (rules.ts), then one typed,
 * deep-frozen Config.
 *
 * Bad input throws one InvalidInputsError that lists EVERY input at fault, one line each, in
 * the table's order; each line names the input, the value (never a secret: secrets are redacted
 * before anything is cut) and the accepted forms. The rules between inputs are checked once every
 * input is valid on its own. An empty input means its default, in the action and the CLI alike.
 */










function parseConfig(read, options = {}) {
    const context = { files: (0,files/* nodeFileAccess */.VU)(options.cwd ?? process.cwd()) };
    const values = Object.fromEntries(inputs/* INPUT_NAMES */.Qh.map((name) => [name, parse_valueOf(read, name)]));
    // Whatever a secret input may hold is redacted from every message (not a parameter's key, nor a file's path).
    const show = (0,messages/* showWith */.S)((0,secrets/* rawSecretValues */.Pu)((name) => values[name]));
    const rules = {
        fallbackRegion: fallbackRegion(options.env ?? process.env),
        files: context.files,
    };
    const result = configSchema(context, rules, show).safeParse(values, {
        // zod's own issues (the table's booleans and choices) become the input's line.
        error: (issue) => {
            const name = issue.path?.[0];
            if (typeof name !== 'string' || !(0,inputs/* isInputName */.wp)(name))
                return undefined;
            return line(name, (0,messages/* badValue */.tm)(values[name]), show);
        },
    });
    if (!result.success)
        throw new errors/* InvalidInputsError */.Xt(faultsOf(result.error.issues));
    return inOneRegion((0,freeze/* deepFreeze */.o)(result.data), rules);
}
/** A run in one region has `{region}` filled in at once (the rules made sure the region is known). */
function inOneRegion(config, rules) {
    const region = config.region ?? rules.fallbackRegion?.region;
    const templated = (0,regions/* regionTemplatedTexts */.Hw)(config).some(regions/* hasRegionPlaceholder */.kf);
    return config.regions.length > 0 || region === undefined || !templated
        ? config
        : (0,regions/* configForRegion */.m1)(config, region);
}
/** The input trimmed (as core.getInput does), or its default when empty. */
function parse_valueOf(read, name) {
    const value = String(read(name) ?? '').trim();
    return value === '' ? (inputs/* INPUT_DEFAULTS */.WJ[name] ?? '') : value;
}
function fallbackRegion(env) {
    for (const from of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
        const region = env[from];
        if (region)
            return { region, from };
    }
    return undefined;
}
function line(name, problem, show) {
    return (0,messages/* formatProblem */.Vw)({ name, ...(0,inputs/* inputSpec */.mm)(name) }, problem, show);
}
/** One input's schema: the table's zod schema, or its parser, whose problem becomes the issue's line. */
function fieldSchema(name, context, show) {
    const parse = (0,inputs/* inputSpec */.mm)(name).parse;
    if (typeof parse !== 'function')
        return parse;
    return schemas/* string */.YjP().transform((raw, ctx) => {
        try {
            return parse(raw, context);
        }
        catch (error) {
            if (!(error instanceof messages/* InputProblem */.S7))
                throw error;
            ctx.addIssue({ code: 'custom', message: line(name, error, show) });
            return core/* NEVER */.tm;
        }
    });
}
/** Every input, then the rules between them, then the Config. */
function configSchema(context, rules, show) {
    const shape = Object.fromEntries(inputs/* INPUT_NAMES */.Qh.map((name) => [name, fieldSchema(name, context, show)]));
    return schemas/* object */.Ikc(shape)
        .superRefine((parsed, ctx) => {
        for (const { input, problem } of crossFieldProblems(parsed, rules)) {
            ctx.addIssue({ code: 'custom', path: [input], message: line(input, problem, show) });
        }
    })
        .transform(toConfig);
}
/** Each issue is one line on one input; listed in the table's order (a stable sort keeps each input's own order). */
function faultsOf(issues) {
    const order = (input) => inputs/* INPUT_NAMES */.Qh.indexOf(input);
    return issues
        .map((issue) => ({ input: String(issue.path[0] ?? 'config'), message: issue.message }))
        .sort((a, b) => order(a.input) - order(b.input));
}
function toConfig(parsed) {
    const stackName = appStackName(parsed);
    const payload = parsed['synthetic-payload'];
    return {
        stackName,
        template: parsed.template?.source,
        parameterOverrides: parsed['parameter-overrides'],
        capabilities: parsed.capabilities,
        tags: parsed.tags,
        roleArn: parsed['role-arn'],
        s3Bucket: parsed['s3-bucket'],
        s3Prefix: parsed['s3-prefix'],
        terminationProtection: parsed['termination-protection'],
        notificationArns: parsed['notification-arns'],
        stackTimeoutMs: parsed['timeout-in-minutes'],
        changeSet: changeSetOptions(parsed),
        monitoring: parsed.monitoring && stackName !== undefined,
        notificationEmail: parsed['notification-email'],
        notificationTopicArn: parsed['notification-topic-arn'],
        guard: {
            enabled: parsed.guard,
            rollback: parsed['guard-rollback'],
            autoScalingGroupName: parsed['guard-auto-scaling-group'],
            bakeMinutes: parsed['guard-bake'],
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
        extendHoldMs: parsed['extend-hold'],
        settleLagMs: parsed['settle-lag'],
        synthetic: payload === undefined ? undefined : { payload, ratePerMinute: parsed['synthetic-rate'] },
        preTraffic: {
            payloads: parsed['pre-traffic-payloads'],
            hook: parsed['pre-traffic-hook'],
            postHook: parsed['post-traffic-hook'],
        },
        metrics: parsed.metrics,
        latencyAnomalyAlarm: parsed['latency-anomaly-alarm'],
        rollback: parsed.rollback,
        dryRun: parsed['dry-run'],
        wait: parsed.wait,
        onRunnerLoss: parsed['on-runner-loss'],
        githubTokenSecretArn: parsed['github-token-secret'],
        githubToken: parsed['github-token'],
        deploymentEnvironment: parsed['deployment-environment'],
        prComment: parsed['pr-comment'],
        region: parsed.region,
        regions: parsed.regions,
        waveBakeMs: parsed['wave-bake'],
        httpProxy: parsed['http-proxy'],
    };
}


/***/ }),

/***/ 3640:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pu: () => (/* binding */ rawSecretValues),
/* harmony export */   Sb: () => (/* binding */ Secrets),
/* harmony export */   yF: () => (/* binding */ valuesToMask)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5276);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8860);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6578);
/* harmony import */ var _regions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3697);




const SECRET_INPUT_VALUES = {
    // The parameters' values (a file's too), not their keys.
    'parameter-overrides': (config) => config.parameterOverrides.flatMap((override) => ('value' in override ? [override.value] : [])),
    'github-token': (config) => (config.githubToken === undefined ? [] : [config.githubToken]),
    'http-proxy': (config) => (config.httpProxy === undefined ? [] : [config.httpProxy]),
};
/**
 * Every value to mask for `config`: each secret input's values, each line of a multi-line value
 * (a private key is logged line by line), and each region's value of a parameter with `{region}`.
 * Longest first, no duplicates, none blank.
 */
function valuesToMask(config) {
    const regions = (0,_regions_js__WEBPACK_IMPORTED_MODULE_1__/* .regionsOf */ .NV)(config.regions ?? []);
    const inEachRegion = (value) => (0,_regions_js__WEBPACK_IMPORTED_MODULE_1__/* .hasRegionPlaceholder */ .kf)(value) ? [value, ...regions.map((region) => (0,_regions_js__WEBPACK_IMPORTED_MODULE_1__/* .withRegion */ .Ns)(value, region))] : [value];
    return (0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .orderedSecrets */ .Ps)(_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .SECRET_INPUT_NAMES */ .f1.flatMap((name) => SECRET_INPUT_VALUES[name](config).flatMap(inEachRegion).flatMap(withLines)).filter((value) => !isPlaceholder(value)));
}
/** `{region}` alone hides nothing (each region's value is masked), and masking it would hide it in every message. */
function isPlaceholder(value) {
    return value.trim() === _regions_js__WEBPACK_IMPORTED_MODULE_1__/* .REGION_PLACEHOLDER */ .Rf;
}
/** A value, then each of its lines when it has several, trimmed (the runner masks line by line). */
function withLines(value) {
    const lines = (0,_lines_js__WEBPACK_IMPORTED_MODULE_3__/* .splitLines */ .u)(value);
    return [value, ...(lines.length > 1 ? lines : [])].map((v) => v.trim());
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
    for (const line of (0,_lines_js__WEBPACK_IMPORTED_MODULE_3__/* .splitLines */ .u)(raw)) {
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
/** What may be secret in a secret input's raw text, before it is parsed: its whole value unless said here. */
const RAW_SECRET_PARTS = {
    'parameter-overrides': rawParameterValues,
};
/** Before parsing: whatever each secret input holds. */
function rawSecretValues(read) {
    const values = _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .SECRET_INPUT_NAMES */ .f1.flatMap((name) => {
        const raw = read(name) ?? '';
        return RAW_SECRET_PARTS[name]?.(raw) ?? [raw];
    });
    return [
        ...new Set(values.flatMap(withLines).filter((v) => v.length >= _redact_js__WEBPACK_IMPORTED_MODULE_2__/* .MIN_MASKED_LENGTH */ .Ym && !isPlaceholder(v))),
    ];
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
    redact = (text) => (0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(text, this.list());
}


/***/ }),

/***/ 4555:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   et: () => (/* binding */ localTemplate),
/* harmony export */   jU: () => (/* binding */ INLINE_TEMPLATE_LIMIT_BYTES),
/* harmony export */   l6: () => (/* binding */ PAYLOAD_LIMIT_BYTES),
/* harmony export */   lJ: () => (/* binding */ parseSyntheticPayload)
/* harmony export */ });
/* unused harmony export TEMPLATE_LIMIT_BYTES */
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2502);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1267);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2873);
/* harmony import */ var _regions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3697);




/** CloudFormation's limit for a template passed in the request (larger ones go through S3). */
const INLINE_TEMPLATE_LIMIT_BYTES = 51_200;
/** CloudFormation's limit for a template passed by URL. */
const TEMPLATE_LIMIT_BYTES = 1_000_000;
/** Lambda's limit for a synchronous invocation's payload. */
const PAYLOAD_LIMIT_BYTES = 6 * 1024 * 1024;
const TEMPLATE_CAP = { bytes: TEMPLATE_LIMIT_BYTES, who: 'CloudFormation' };
const PAYLOAD_CAP = { bytes: PAYLOAD_LIMIT_BYTES, who: 'Lambda' };
/**
 * A path or URL with `{region}` stands for one template per region: its form is checked here with
 * a region's name in it, each region's file once the regions are known (region-rules.ts).
 */
function parseTemplate(raw, files) {
    if (raw === '')
        return undefined;
    const perRegion = (0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .hasRegionPlaceholder */ .kf)(raw);
    const sample = (0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .withRegion */ .Ns)(raw, _regions_js__WEBPACK_IMPORTED_MODULE_2__/* .REGION_PLACEHOLDER_SAMPLE */ .cK);
    if (/^https:\/\//i.test(raw)) {
        if (!URL.canParse(sample) || new URL(sample).hostname === '')
            throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .badValue */ .tm)(raw);
        return { source: { kind: 'url', url: raw }, sizeBytes: undefined, written: raw };
    }
    if (/^http:\/\//i.test(raw))
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .badValue */ .tm)(raw, { reason: 'plain http is refused' });
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .badValue */ .tm)(raw, { reason: 'only https:// URLs are accepted' });
    }
    if (perRegion)
        return { source: { kind: 'file', path: files.resolve(raw) }, sizeBytes: undefined, written: raw };
    return localTemplate(files, raw);
}
/** A template file that is there, not empty, within CloudFormation's cap; nothing is read. */
function localTemplate(files, path) {
    const { absolute, size } = (0,_files_js__WEBPACK_IMPORTED_MODULE_0__/* .checkedFile */ .y0)(files, path, TEMPLATE_CAP);
    if (size === 0)
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .badFile */ .SL)(path, { reason: 'empty' });
    return { source: { kind: 'file', path: absolute }, sizeBytes: size, written: path };
}
/** The payload's JSON text: the input itself, or the named file's content. */
function parseSyntheticPayload(raw, files) {
    if (raw === '')
        return undefined;
    if (!raw.startsWith('file://')) {
        const inline = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJson */ .qF)(raw);
        if (inline.ok) {
            const bytes = Buffer.byteLength(raw, 'utf8');
            if (bytes > PAYLOAD_LIMIT_BYTES) {
                throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .badValue */ .tm)(raw, { reason: `${bytes} bytes, over the ${PAYLOAD_LIMIT_BYTES} Lambda accepts` });
            }
            return raw;
        }
        if (/^[[{"]/.test(raw))
            throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .badValue */ .tm)(raw, { reason: inline.reason });
    }
    const path = raw.replace(/^file:\/\//, '');
    const text = (0,_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readCappedFile */ .yB)(files, path, PAYLOAD_CAP);
    const json = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJson */ .qF)(text);
    if (!json.ok)
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .badFile */ .SL)(path, { reason: json.reason });
    return text;
}


/***/ }),

/***/ 347:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ DEFAULT_EXTEND_HOLD_MS),
/* harmony export */   XD: () => (/* binding */ LATE_DATAPOINT_WAIT_MS),
/* harmony export */   aD: () => (/* binding */ DEFAULT_STACK_TIMEOUT_MS),
/* harmony export */   cg: () => (/* binding */ monitoringStackName),
/* harmony export */   gb: () => (/* binding */ MIN_SETTLE_MS),
/* harmony export */   ks: () => (/* binding */ lastPassedTagKey),
/* harmony export */   wj: () => (/* binding */ guardCooldownTagKey)
/* harmony export */ });
/* unused harmony exports LAST_PASSED_TAG_PREFIX, GUARD_COOLDOWN_TAG_PREFIX */
/** Names shared across parts, in one place. */
/** Tag the action sets on a function when it promotes a version: the guard reads it to roll back. */
const LAST_PASSED_TAG_PREFIX = 'stack-canary:last-passed:';
const lastPassedTagKey = (alias) => `${LAST_PASSED_TAG_PREFIX}${alias}`;
/** Tag the monitoring stack's guard sets on a function when it acted: the start of its cool-down. */
const GUARD_COOLDOWN_TAG_PREFIX = 'stack-canary:guard-last-action:';
const guardCooldownTagKey = (alias) => `${GUARD_COOLDOWN_TAG_PREFIX}${alias}`;
/** The monitoring stack's name beside the app stack. */
const monitoringStackName = (stackName) => `${stackName}-monitoring`;
/** extend-hold's default: how far past its hold an undecided step may run while more traffic can decide it. */
const DEFAULT_EXTEND_HOLD_MS = 10 * 60 * 1000;
/** Default bound on waiting for one stack operation. */
const DEFAULT_STACK_TIMEOUT_MS = 60 * 60 * 1000;
/** The least look-back of a metric, for functions with short timeouts: CloudWatch's own late arrival. */
const MIN_SETTLE_MS = 2 * 60 * 1000;
/**
 * A final look of the last step that misses some of a custom metric's datapoints for the hold's own
 * minutes waits this long after those minutes settled (Lambda's settle lag) for them, without
 * extending the hold; then it judges without them and says so.
 */
const LATE_DATAPOINT_WAIT_MS = 2 * 60 * 1000;


/***/ }),

/***/ 931:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   T7: () => (/* binding */ buildStopReport),
/* harmony export */   xH: () => (/* binding */ serializeReport)
/* harmony export */ });
/* unused harmony export dashboardUrl */
/* harmony import */ var _config_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8860);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1294);
/**
 * The JSON report: what a run decided and why, for the CLI's output, the action's `report`
 * output and the job summary. Built from the config and the run's result (its typed run record
 * included as is); carries no secret (no token, no parameter values, no synthetic payload).
 */


/** The CloudWatch console's page of a dashboard. */
function dashboardUrl(region, name) {
    return `https://${region}.console.aws.amazon.com/cloudwatch/home?region=${region}#dashboards/dashboard/${encodeURIComponent(name)}`;
}
function regionReports(result) {
    return result.regions?.map((r) => ({
        wave: r.wave,
        region: r.region,
        verdict: r.result?.verdict ?? (r.error === undefined ? 'not run' : 'error'),
        rolledBack: r.result?.rolledBack ?? false,
        reason: r.result?.reason ?? r.error ?? 'an earlier wave stopped the release',
        versions: r.result?.versions ?? {},
        dashboardUrl: r.dashboard === undefined ? undefined : dashboardUrl(r.region, r.dashboard),
        record: r.result?.record,
    }));
}
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
        record: result.record,
        ...(result.regions && { regions: regionReports(result) }),
    };
}

function buildStopReport(stop, finishedAt) {
    return {
        tool: 'stack-canary',
        version: _version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x,
        finishedAt: finishedAt.toISOString(),
        verdict: 'error',
        ...stop,
    };
}
/**
 * The report as JSON text, with any known secret removed from its texts as a last line of defence
 * (never from its keys or numbers: the JSON stays whole and its counts stay counts).
 */
function serializeReport(report, secrets) {
    return `${JSON.stringify((0,_config_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactStrings */ .eT)(report, (text) => (0,_config_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(text, secrets)), null, 2)}\n`;
}


/***/ }),

/***/ 7769:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T4: () => (/* binding */ changesMarkdown),
/* harmony export */   xj: () => (/* binding */ changeSetOutputs)
/* harmony export */ });
/* unused harmony exports MAX_SUMMARY_CHANGES, changesSummary */
/* harmony import */ var _util_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1744);

const MAX_SUMMARY_CHANGES = 50;
/** A property value longer than this is cut in the Markdown (a whole policy document is no help in a comment). */
const MAX_VALUE_CHARS = 200;
function changeSetOutputs(changeSet) {
    return {
        'change-set-id': changeSet.id,
        'change-set-name': changeSet.name,
        'has-changes': String(changeSet.changes.length > 0),
        'changes-count': String(changeSet.changes.length),
        'changes-summary': changesSummary(changeSet),
        'changes-markdown': changesMarkdown(changeSet),
    };
}
function changesSummary(changeSet) {
    const { changes } = changeSet;
    const summary = {
        changes: changes.slice(0, MAX_SUMMARY_CHANGES),
        totalChanges: changes.length,
        truncated: changes.length > MAX_SUMMARY_CHANGES,
        executionStatus: changeSet.executionStatus,
        status: changeSet.status,
        creationTime: changeSet.creationTime,
    };
    return JSON.stringify(summary, null, 2);
}
const KINDS = {
    add: { mark: '🟢', words: 'to add' },
    modify: { mark: '🔵', words: 'to modify' },
    replace: { mark: '🟡', words: 'to replace' },
    remove: { mark: '🔴', words: 'to remove' },
    other: { mark: '⚪', words: 'other' },
};
function kindOf(change) {
    switch (change?.Action) {
        case 'Add':
            return 'add';
        case 'Remove':
            return 'remove';
        case 'Modify':
            return change.Replacement === 'True' ? 'replace' : 'modify';
        default:
            return 'other';
    }
}
function changesMarkdown(changeSet) {
    const shown = changeSet.changes.slice(0, MAX_SUMMARY_CHANGES);
    const lines = [`## CloudFormation change set for stack \`${changeSet.stackName}\``, ''];
    if (changeSet.changes.length === 0) {
        lines.push('No changes: the stack already matches the template and parameters.');
        return `${lines.join('\n')}\n`;
    }
    const counts = new Map();
    for (const change of changeSet.changes) {
        const kind = kindOf(change.ResourceChange);
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    const parts = Object.keys(KINDS)
        .filter((kind) => counts.has(kind))
        .map((kind) => `${counts.get(kind) ?? 0} ${KINDS[kind].words}`);
    const total = changeSet.changes.length;
    lines.push(`**${total} ${total === 1 ? 'change' : 'changes'}:** ${parts.join(', ')}`, '');
    if (shown.length < total) {
        lines.push(`> Only the first ${shown.length} of ${total} changes are listed.`, '');
    }
    for (const change of shown)
        lines.push(...resourceSection(change));
    return `${lines.join('\n')}\n`;
}
function resourceSection(change) {
    const r = change.ResourceChange;
    const kind = kindOf(r);
    const title = `${KINDS[kind].mark} ${r?.Action ?? change.Type ?? 'Change'} <strong>${html(r?.LogicalResourceId ?? '?')}</strong> <code>${html(r?.ResourceType ?? '')}</code>`;
    const body = [];
    if (r?.PhysicalResourceId)
        body.push(`Physical id: ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(r.PhysicalResourceId)}`, '');
    if (kind === 'replace')
        body.push('⚠️ **Replaced**: a new resource is made and the old one deleted.', '');
    if (kind === 'modify' && r?.Replacement === 'Conditional') {
        body.push('⚠️ **May be replaced**, depending on a property CloudFormation resolves at execution.', '');
    }
    const details = r?.Details ?? [];
    if (details.length > 0) {
        body.push('| Property | Before | After | Replacement |', '|---|---|---|---|', ...details.map(detailRow), '');
    }
    else if (r?.Scope?.length) {
        body.push(`Changed: ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(r.Scope.join(', '))}`, '');
    }
    return ['<details>', `<summary>${title}</summary>`, '', ...body, '</details>', ''];
}
function detailRow(detail) {
    const t = detail.Target;
    const property = t?.Name ?? t?.Path ?? t?.Attribute ?? '?';
    const source = detail.ChangeSource && detail.ChangeSource !== 'DirectModification'
        ? ` (from ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(`${detail.ChangeSource}${detail.CausingEntity ? ` ${detail.CausingEntity}` : ''}`)})`
        : '';
    const value = (text) => (text === undefined ? '' : cell((0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(clip(text))));
    const replacement = t?.RequiresRecreation && t.RequiresRecreation !== 'Never' ? t.RequiresRecreation : '';
    return `| ${cell((0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(property))}${cell(source)} | ${value(t?.BeforeValue)} | ${value(t?.AfterValue)} | ${replacement} |`;
}
function clip(text) {
    const line = text.replace(/\s*\n\s*/g, ' ');
    return line.length > MAX_VALUE_CHARS ? `${line.slice(0, MAX_VALUE_CHARS - 1)}…` : line;
}
function cell(text) {
    return text.replace(/\|/g, '\\|');
}
function html(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}


/***/ }),

/***/ 1744:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hg: () => (/* binding */ mermaidText),
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   xs: () => (/* binding */ mdCode),
/* harmony export */   zg: () => (/* binding */ commandSafeLogger)
/* harmony export */ });
/* unused harmony export logText */
/** Line breaks and other control characters (incl. U+2028/U+2029) that would end a line or a cell. */
const LINE_BREAKS = /[\p{Cc}\u2028\u2029]+/gu;
const MARKDOWN = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '\\': '\\\\',
    '[': '\\[',
    ']': '\\]',
    '`': '\\`',
    '|': '\\|',
    '*': '\\*',
    _: '\\_',
    '~': '\\~',
};
/**
 * One line of inline markdown text, safe in a paragraph, a heading or a table cell: no HTML, no
 * link or image, no code span or fence, no emphasis, no cell break, no line break.
 */
function mdText(text) {
    return text.replace(LINE_BREAKS, ' ').replace(/[&<>\\[\]`|*_~]/g, (c) => MARKDOWN[c] ?? c);
}
/**
 * Inline code that shows `text` as it is, on one line: the fence is longer than any run of
 * backticks inside, so nothing in the text can close the span and start markdown or HTML of its
 * own. (In a table cell, `|` still needs escaping: the row is split before the span is read.)
 */
function mdCode(text) {
    const line = text.replace(LINE_BREAKS, ' ');
    const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${line}${pad}${fence}`;
}
/** Text inside a Mermaid quoted label: letters, digits and a few separators; anything else becomes `_`. */
function mermaidText(text) {
    return text.replace(/[^\p{L}\p{N} .:/@+=(),-]/gu, '_');
}
/**
 * A plain log line that the runner must not read as a workflow command (`::set-output`,
 * `::add-mask::`, `::stop-commands::`): every line that would start with `::` is prefixed.
 */
function logText(text) {
    return text.replace(/(^|[\r\n\u2028\u2029])(\s*)::/g, '$1$2[::]');
}
/** The logger with every message and group title through logText (the pipeline logs through it). */
function commandSafeLogger(logger) {
    return {
        debug: (m) => logger.debug(logText(m)),
        info: (m) => logger.info(logText(m)),
        warning: (m) => logger.warning(logText(m)),
        error: (m) => logger.error(logText(m)),
        group: (title, body) => logger.group(logText(title), body),
    };
}


/***/ }),

/***/ 2978:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ formatDuration),
/* harmony export */   f: () => (/* binding */ waitFor)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7954);


/**
 * The one waiting helper: looks at once, then backs off (initial → ×factor → max) until the probe
 * says done or the total wait passes timeoutMs, which throws a TimeoutError naming what was awaited.
 */
async function waitFor(probe, options) {
    const { clock, description, timeoutMs } = options;
    const factor = options.factor ?? 1.5;
    const maxDelay = options.maxDelayMs ?? 30_000;
    const initialDelay = options.initialDelayMs ?? 1_000;
    const progressDelay = options.progressDelayMs ?? initialDelay;
    let delay = initialDelay;
    const deadline = clock.now() + timeoutMs;
    for (;;) {
        const result = await probe();
        if (result.done)
            return result.value;
        const left = deadline - clock.now();
        if (left <= 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TimeoutError */ .MU(`Timed out after ${formatDuration(timeoutMs)} waiting for ${description}`);
        }
        if (result.progressed)
            delay = Math.min(delay, progressDelay);
        await clock.sleep(Math.min(delay, left));
        delay = Math.min(maxDelay, Math.round(delay * factor));
    }
}
function formatDuration(ms) {
    if (ms % 3_600_000 === 0 && ms > 0)
        return `${ms / 3_600_000}h`;
    if (ms % _time_js__WEBPACK_IMPORTED_MODULE_1__/* .MINUTE_MS */ .k === 0 && ms > 0)
        return `${ms / _time_js__WEBPACK_IMPORTED_MODULE_1__/* .MINUTE_MS */ .k}m`;
    if (ms % 1_000 === 0)
        return `${ms / 1_000}s`;
    return `${ms}ms`;
}


/***/ })

};

export const id = 317;
export const ids = [317];
export const modules = {

/***/ 615:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K5: () => (/* binding */ writeStopOutputs),
/* harmony export */   Kn: () => (/* binding */ writeOutputs)
/* harmony export */ });
/* unused harmony export OUTPUTS */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2859);
/* harmony import */ var _stack_change_set_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7769);


/** The outputs action.yml declares, plus every stack output under its own name. */
const OUTPUTS = {
    verdict: 'verdict',
    rolledBack: 'rolled-back',
    reason: 'reason',
    versions: 'versions',
    stackId: 'stack-id',
    report: 'report',
};
const asIs = (text) => text;
function writeOutputs(result, reportPath, redact = asIs) {
    for (const [name, value] of Object.entries(result.stackOutputs)) {
        (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH)(name, redact(value));
    }
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH)(OUTPUTS.verdict, result.verdict);
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH)(OUTPUTS.rolledBack, String(result.rolledBack));
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH)(OUTPUTS.reason, redact(result.reason));
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH)(OUTPUTS.versions, JSON.stringify(result.versions));
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH)(OUTPUTS.stackId, result.stackId ?? '');
    if (reportPath)
        (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH)(OUTPUTS.report, reportPath);
    // aws-cloudformation-github-deploy's change-set outputs, named as it names them.
    if (result.changeSet) {
        for (const [name, value] of Object.entries((0,_stack_change_set_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSetOutputs */ .xj)(result.changeSet)))
            (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH)(name, redact(value));
    }
}
/** When the step ends without a verdict (an error, a signal): `verdict` is `error`. */
function writeStopOutputs(reason, rolledBack) {
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH)(OUTPUTS.verdict, 'error');
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH)(OUTPUTS.rolledBack, String(rolledBack));
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH)(OUTPUTS.reason, reason);
}


/***/ }),

/***/ 3248:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qh: () => (/* binding */ stopVerdictLine),
/* harmony export */   Wo: () => (/* binding */ aliasesAfterRecovery),
/* harmony export */   Wt: () => (/* binding */ writeStopReport),
/* harmony export */   X2: () => (/* binding */ aliasesAfterError)
/* harmony export */ });
/* unused harmony exports escapeMarkdown, renderStopSummary */
/* harmony import */ var _traffic_routing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3826);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(615);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2859);



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
function renderStopSummary(title, reason, aliases) {
    const lines = [`## ⛔ stack-canary: ${escapeMarkdown(title)}`, '', escapeMarkdown(reason), ''];
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
/** The outputs (`verdict` error) and the job summary of a step that ended without a verdict. */
function writeStopReport(title, reason, aliases, redact) {
    const shown = redact(reason);
    (0,_outputs_js__WEBPACK_IMPORTED_MODULE_1__/* .writeStopOutputs */ .K5)(shown, aliases.rolledBack);
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .appendSummary */ .fe)(redact(renderStopSummary(title, shown, aliases)));
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq)(redact(stopVerdictLine(title, shown, aliases)));
}


/***/ }),

/***/ 209:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xe: () => (/* binding */ detachedProblems),
/* harmony export */   x6: () => (/* binding */ DETACHED_INPUTS)
/* harmony export */ });
/* unused harmony export parseSecretArn */
/* harmony import */ var _drop_in_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9186);
/* harmony import */ var _input_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3101);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2873);
/**
 * The input-table entry (see inputs.ts) of detached canaries, and its rules: with `wait: false`
 * the run hands the canary to the monitoring stack's guard after the first step.
 */



const DETACHED_INPUTS = {
    wait: {
        description: 'Wait for the verdict (`true`), or hand the canary to the guard after the first step (`false`): the run ends at once with verdict `pending`, and the guard advances, promotes or rolls back each minute. Needs `monitoring` and `guard`.',
        default: 'true',
        accepted: _input_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .TRUE_OR_FALSE */ .ne,
        kind: 'boolean',
        secret: false,
        parse: _input_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOLEAN */ .Jx,
    },
    'github-token-secret': {
        description: 'With `wait: false` and `deployment-environment`: the Secrets Manager ARN of a GitHub token the guard reads to give the deployment its final status when the detached canary ends. Tag the secret `stack-canary:guard` = `<stack-name>-monitoring` (the guard may read no other); the token never leaves Secrets Manager.',
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
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .badValue */ .tm)(raw);
    return raw;
}
/** wait: false needs the guard (which goes on with the canary) and no runner-made traffic. */
function detachedProblems(parsed) {
    const secret = parsed['github-token-secret'];
    if (secret !== undefined && (parsed.wait || parsed['deployment-environment'] === undefined)) {
        const reason = 'only the guard of a detached canary reads it, for the deployment the run records';
        const expected = 'it empty, or wait: false with a deployment-environment';
        return [{ input: 'github-token-secret', problem: (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .badValue */ .tm)(secret, { reason, expected }) }];
    }
    if (parsed.wait)
        return [];
    const guardOn = parsed.guard && parsed.monitoring && (0,_drop_in_js__WEBPACK_IMPORTED_MODULE_0__/* .appStackName */ .xX)(parsed) !== undefined;
    if (!guardOn) {
        const reason = 'the guard goes on with a detached canary, and it is off (guard, monitoring and stack-name)';
        const expected = 'true, or guard: true with monitoring: true and a stack-name';
        return [{ input: 'wait', problem: (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .badValue */ .tm)('false', { reason, expected }) }];
    }
    if (parsed.rollback !== 'alias') {
        const reason = `the guard rolls back aliases only, and rollback is ${parsed.rollback}`;
        return [
            {
                input: 'wait',
                problem: (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .badValue */ .tm)('false', { reason, expected: 'true with rollback: stack or none' }),
            },
        ];
    }
    if (parsed['synthetic-payload'] !== undefined) {
        const reason = 'synthetic traffic is sent by the runner, which a detached canary does not keep';
        return [
            { input: 'wait', problem: (0,_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .badValue */ .tm)('false', { reason, expected: 'true with synthetic-payload' }) },
        ];
    }
    return [];
}


/***/ }),

/***/ 9186:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vn: () => (/* binding */ changeSetOptions),
/* harmony export */   cL: () => (/* binding */ CHANGE_SET_NAME_ACCEPTED),
/* harmony export */   hq: () => (/* binding */ LEGACY_TRUE_OR_FALSE),
/* harmony export */   pg: () => (/* binding */ LEGACY_BOOLEAN),
/* harmony export */   re: () => (/* binding */ dropInProblems),
/* harmony export */   tx: () => (/* binding */ parseChangeSetName),
/* harmony export */   xX: () => (/* binding */ appStackName)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2873);
/**
 * The inputs of aws-cloudformation-github-deploy that stack-canary takes under the same names, so
 * a step written for that action runs here unchanged: their parsers, the rules between them and
 * the rest of the inputs, and what they become in the Config.
 */


/** true or false in any case, or 1 or 0 as that action's v1 wrote its booleans. */
const LEGACY_BOOLEAN = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .toLowerCase()
    .pipe(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['true', 'false', '1', '0']))
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
/** The app stack's name: `stack-name`, or `name` as aws-cloudformation-github-deploy calls it. */
function appStackName(parsed) {
    return parsed['stack-name'] ?? parsed.name;
}
function changeSetOptions(parsed) {
    return {
        name: parsed['change-set-name'],
        execute: !parsed['no-execute-changeset'],
        failOnEmpty: parsed['fail-on-empty-changeset'] || !parsed['no-fail-on-empty-changeset'],
        keepFailed: parsed['no-delete-failed-changeset'],
        disableRollback: parsed['disable-rollback'],
    };
}
function dropInProblems(parsed) {
    const problems = [];
    const stackName = parsed['stack-name'];
    const name = parsed.name;
    if (stackName !== undefined && name !== undefined && stackName !== name) {
        const reason = `stack-name is ${stackName}: name is another word for it`;
        problems.push({
            input: 'name',
            problem: (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(name, { reason, expected: `it empty, or ${stackName}` }),
        });
    }
    if (parsed['no-execute-changeset'] && parsed['dry-run']) {
        const reason = 'dry-run deletes every change set it makes';
        const expected = 'false when dry-run is true';
        problems.push({ input: 'no-execute-changeset', problem: (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)('true', { reason, expected }) });
    }
    if (parsed.template === undefined) {
        const reason = 'there is no app stack to deploy without template';
        const given = [
            ['no-execute-changeset', parsed['no-execute-changeset']],
            ['fail-on-empty-changeset', parsed['fail-on-empty-changeset']],
            ['disable-rollback', parsed['disable-rollback']],
            ['no-delete-failed-changeset', parsed['no-delete-failed-changeset']],
        ];
        for (const [input, value] of given) {
            if (value)
                problems.push({
                    input,
                    problem: (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)('true', { reason, expected: 'false when template is not given' }),
                });
        }
        const changeSetName = parsed['change-set-name'];
        if (changeSetName !== undefined) {
            const expected = 'it empty when template is not given';
            problems.push({ input: 'change-set-name', problem: (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .badValue */ .tm)(changeSetName, { reason, expected }) });
        }
    }
    return problems;
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

/***/ 3101:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jx: () => (/* binding */ BOOLEAN),
/* harmony export */   Yq: () => (/* binding */ choice),
/* harmony export */   ne: () => (/* binding */ TRUE_OR_FALSE),
/* harmony export */   pD: () => (/* binding */ envName)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/**
 * The shape of one entry of the input table (inputs.ts), and the zod schemas the table's
 * booleans and choices share.
 */

const BOOLEAN = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['true', 'True', 'TRUE', 'false', 'False', 'FALSE'])
    .transform((v) => v === 'true' || v === 'True' || v === 'TRUE');
/** One of a few words, in any case; the value is the word in lower case. */
const choice = (words) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().toLowerCase().pipe(zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(words));
const TRUE_OR_FALSE = 'true or false';
/** STACK_CANARY_<NAME>: `stack-name` → STACK_CANARY_STACK_NAME. */
function envName(input) {
    return `STACK_CANARY_${input.toUpperCase().replace(/-/g, '_')}`;
}


/***/ }),

/***/ 8140:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WJ: () => (/* binding */ INPUT_DEFAULTS),
  Qh: () => (/* binding */ INPUT_NAMES),
  mm: () => (/* binding */ inputSpec),
  wp: () => (/* binding */ isInputName)
});

// UNUSED EXPORTS: INPUTS

// EXTERNAL MODULE: ./lib/src/config/input-spec.js
var input_spec = __webpack_require__(3101);
// EXTERNAL MODULE: ./lib/src/config/files.js
var config_files = __webpack_require__(2502);
// EXTERNAL MODULE: ./lib/src/config/json.js
var config_json = __webpack_require__(1267);
// EXTERNAL MODULE: ./lib/src/config/messages.js
var messages = __webpack_require__(2873);
;// CONCATENATED MODULE: ./lib/src/config/key-values.js



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
    for (const line of raw.split('\n')) {
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
    const tags = raw.startsWith('{') || raw.startsWith('[') ? tagsFromJson(raw) : tagsFromEntries(raw);
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
function tagsFromJson(raw) {
    const json = (0,config_json/* parseJson */.qF)(raw);
    const fail = (reason) => {
        throw (0,messages/* badValue */.tm)(raw, { reason });
    };
    if (!json.ok) {
        const key = json.duplicateKey;
        return fail(key === undefined ? json.reason : (show) => `${config_json/* DUPLICATE_KEY */.s_}: ${show(key)}`);
    }
    if (Array.isArray(json.value)) {
        return json.value.map((item, index) => {
            const entry = isRecord(item) ? item : {};
            const key = entry['Key'];
            const value = scalarText(entry['Value'] ?? '');
            if (typeof key !== 'string' || key === '' || value === undefined) {
                return fail(`item ${index + 1} needs a text Key and Value`);
            }
            return { key, value };
        });
    }
    if (isRecord(json.value)) {
        return Object.entries(json.value).map(([key, raw]) => {
            const value = scalarText(raw);
            if (value === undefined) {
                return fail((show) => `the value of tag ${show(key)} is not text, a number or a boolean`);
            }
            return { key, value };
        });
    }
    return fail('a JSON object or array is needed');
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

// EXTERNAL MODULE: ./lib/src/config/units.js
var units = __webpack_require__(6070);
;// CONCATENATED MODULE: ./lib/src/config/parsers.js
/**
 * One small pure parser per kind of input. Each takes the input's value (trimmed, with the
 * default already applied when it was empty) and returns the typed value or throws an
 * InputProblem (the input's name and accepted forms are added where the table is known).
 * No parser returns undefined for a bad value.
 */


// --- generic forms ------------------------------------------------------------------------
/** A percentage as a fraction (2% → 0.02), from 0% (exclusive when minExclusive) to 100%. */
function parsePercent(raw, options) {
    const percent = (0,units/* percentOf */.pR)(raw);
    if (percent === null)
        throw (0,messages/* badValue */.tm)(raw);
    const tooLow = options.minExclusive ? percent <= 0 : percent < 0;
    if (tooLow || percent > 100)
        throw (0,messages/* badValue */.tm)(raw, { reason: 'out of range' });
    return (0,units/* percentToFraction */.nL)(percent);
}
/** A whole number from `min` up. */
function parseWholeNumber(raw, min) {
    if (!/^\d+$/.test(raw))
        throw (0,messages/* badValue */.tm)(raw);
    const value = Number(raw);
    if (!Number.isSafeInteger(value))
        throw (0,messages/* badValue */.tm)(raw, { reason: 'too large' });
    if (value < min)
        throw (0,messages/* badValue */.tm)(raw, { reason: 'out of range' });
    return value;
}
/** A duration from minMs to maxMs → milliseconds; a bare `0` is accepted when minMs is 0. */
function parseDuration(raw, minMs, maxMs) {
    const ms = raw === '0' && minMs === 0 ? 0 : (0,units/* durationMsOf */.aw)(raw);
    if (ms === null)
        throw (0,messages/* badValue */.tm)(raw);
    if (ms < minMs || ms > maxMs)
        throw (0,messages/* badValue */.tm)(raw, { reason: 'out of range' });
    return ms;
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
        throw (0,messages/* badValue */.tm)(raw);
    return raw;
}
const CAPABILITIES = ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND'];
function parseCapabilities(raw) {
    const known = splitList(raw).map((entry) => {
        const name = CAPABILITIES.find((capability) => capability === entry.toUpperCase());
        if (name === undefined)
            throw (0,messages/* badEntry */.gn)(entry);
        return name;
    });
    return [...new Set(known)];
}
const ROLE_ARN = /^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
function parseRoleArn(raw) {
    if (raw === '')
        return undefined;
    if (!ROLE_ARN.test(raw))
        throw (0,messages/* badValue */.tm)(raw);
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
        throw (0,messages/* badValue */.tm)(raw, reason === undefined ? {} : { reason });
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
            throw (0,messages/* badEntry */.gn)(arn, { reason: FIFO_REASON });
        if (form === 'bad')
            throw (0,messages/* badEntry */.gn)(arn);
    }
    if (arns.length > MAX_NOTIFICATION_ARNS) {
        throw (0,messages/* badValue */.tm)(raw, {
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
        throw (0,messages/* badValue */.tm)(raw, { reason: 'out of range' });
    return minutes * 60_000;
}
function parseNotificationTopicArn(raw) {
    if (raw === '')
        return undefined;
    const form = topicArnForm(raw);
    if (form === 'fifo')
        throw (0,messages/* badValue */.tm)(raw, { reason: FIFO_REASON });
    if (form === 'bad')
        throw (0,messages/* badValue */.tm)(raw);
    return raw;
}
/** EC2 Auto Scaling's rule: ASCII 33 to 126 (no space), no colon, 1 to 255 characters. */
const AUTO_SCALING_GROUP = /^[!-9;-~]{1,255}$/;
function parseAutoScalingGroup(raw) {
    if (raw === '')
        return undefined;
    if (!AUTO_SCALING_GROUP.test(raw))
        throw (0,messages/* badValue */.tm)(raw);
    return raw;
}
const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>".]+(?:\.[^\s@,;<>".]+)+$/;
function parseEmail(raw) {
    if (raw === '')
        return undefined;
    if (raw.length > 254 || !EMAIL.test(raw))
        throw (0,messages/* badValue */.tm)(raw);
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
        throw (0,messages/* badValue */.tm)(raw, { reason: `${entries.length} functions, over the ${MAX_FUNCTIONS} one run watches` });
    }
    return entries.map((entry) => {
        if (FUNCTION_FORMS.some((form) => form.test(entry)))
            return entry;
        const unqualified = entry.replace(/:[^:]*$/, '');
        if (unqualified !== entry && FUNCTION_FORMS.some((form) => form.test(unqualified))) {
            throw (0,messages/* badEntry */.gn)(entry, {
                reason: 'names a version or alias: give the function itself, the alias input names the alias',
            });
        }
        throw (0,messages/* badEntry */.gn)(entry);
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
    throw (0,messages/* badValue */.tm)(raw);
}
const ALIAS = /^(?!\d+$)[A-Za-z0-9_-]{1,128}$/;
function parseAlias(raw) {
    if (!ALIAS.test(raw))
        throw (0,messages/* badValue */.tm)(raw);
    return raw;
}
function parseInterval(raw) {
    return parseDuration(raw, 1_000, 3_600_000);
}
/** guard-bake: 0 (off) up to 14 days, in milliseconds. */
function parseGuardBake(raw) {
    return parseDuration(raw, 0, 336 * 3_600_000);
}
const MAX_P99 = /^(\d+)\s*(?:ms)?$/i;
const LAMBDA_MAX_TIMEOUT_MS = 900_000;
function parseMaxP99Duration(raw) {
    if (raw === '')
        return undefined;
    const match = MAX_P99.exec(raw);
    if (!match)
        throw (0,messages/* badValue */.tm)(raw);
    const ms = Number(match[1]);
    if (ms < 1 || ms > LAMBDA_MAX_TIMEOUT_MS) {
        throw (0,messages/* badValue */.tm)(raw, { reason: 'out of range' });
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
            throw (0,messages/* badEntry */.gn)(entry);
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
        throw (0,messages/* badValue */.tm)(raw);
    const perMinute = (0,units/* roundTo */.GB)(Number(match[1]) * (PER_MINUTE[(match[2] ?? '').toLowerCase()] ?? 0), 1e-6);
    if (perMinute <= 0 || perMinute > MAX_SYNTHETIC_PER_MINUTE) {
        throw (0,messages/* badValue */.tm)(raw, { reason: 'out of range' });
    }
    return Number(perMinute.toFixed(6));
}
/** The token's value never appears in a message. */
function parseGithubToken(raw) {
    if (raw === '')
        return undefined;
    if (/\s/.test(raw))
        throw (0,messages/* badValue */.tm)(raw);
    return raw;
}
/** GitHub takes any environment name up to 255 characters; a control character is a mistake. */
function parseDeploymentEnvironment(raw) {
    if (raw === '')
        return undefined;
    if (raw.length > 255 || !isPrintable(raw))
        throw (0,messages/* badValue */.tm)(raw);
    return raw;
}
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;
function parseRegion(raw) {
    if (raw === '')
        return undefined;
    if (!REGION.test(raw))
        throw (0,messages/* badValue */.tm)(raw);
    return raw;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
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
        parse: parseHookFunction,
    },
    'post-traffic-hook': {
        description: 'Lambda function (name or ARN) invoked like `pre-traffic-hook` after promotion; anything but `{ "status": "Succeeded" }` fails the run and rolls the aliases back.',
        accepted: 'a Lambda function name or ARN, optionally with :version or :alias, such as orders-smoke-test',
        kind: 'value',
        secret: false,
        parse: parseHookFunction,
    },
};

// EXTERNAL MODULE: ./lib/src/config/detached-inputs.js
var detached_inputs = __webpack_require__(209);
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
        parse: parseAutoScalingGroup,
    },
    'guard-bake': {
        description: 'After a promotion, how long the guard rolls the alias back to the version before it when the new one errs more than it did (0: never).',
        default: '24h',
        accepted: 'a duration from 0 to 336h, such as 1h or 24h (0 turns the bake window off)',
        kind: 'value',
        secret: false,
        parse: parseGuardBake,
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

// EXTERNAL MODULE: ./lib/src/config/drop-in.js
var drop_in = __webpack_require__(9186);
;// CONCATENATED MODULE: ./lib/src/config/drop-in-inputs.js


const DROP_IN_INPUTS = {
    name: {
        description: 'Name of the app stack, as aws-cloudformation-github-deploy calls it: the same as `stack-name` (give either).',
        accepted: 'a stack name of 1 to 128 letters, digits and hyphens that starts with a letter, such as orders-api',
        kind: 'value',
        secret: false,
        parse: parseStackName,
    },
    'no-execute-changeset': {
        description: "Create and describe the app stack's change set, leave it for review and do not execute it; the canary does not run.",
        default: 'false',
        accepted: drop_in/* LEGACY_TRUE_OR_FALSE */.hq,
        kind: 'boolean',
        secret: false,
        parse: drop_in/* LEGACY_BOOLEAN */.pg,
    },
    'fail-on-empty-changeset': {
        description: "Fail the run when the app stack's change set is empty, instead of going on without a stack change.",
        default: 'false',
        accepted: drop_in/* LEGACY_TRUE_OR_FALSE */.hq,
        kind: 'boolean',
        secret: false,
        parse: drop_in/* LEGACY_BOOLEAN */.pg,
    },
    'no-fail-on-empty-changeset': {
        description: 'The older (v1) name of `fail-on-empty-changeset`, inverted: `false` fails the run on an empty change set.',
        default: 'true',
        accepted: drop_in/* LEGACY_TRUE_OR_FALSE */.hq,
        kind: 'boolean',
        secret: false,
        parse: drop_in/* LEGACY_BOOLEAN */.pg,
    },
    'disable-rollback': {
        description: 'When the app stack is created and its creation fails, CloudFormation leaves it as it is instead of rolling it back.',
        default: 'false',
        accepted: drop_in/* LEGACY_TRUE_OR_FALSE */.hq,
        kind: 'boolean',
        secret: false,
        parse: drop_in/* LEGACY_BOOLEAN */.pg,
    },
    'change-set-name': {
        description: "Name of the app stack's change set. Default: a name unique to the run.",
        accepted: drop_in/* CHANGE_SET_NAME_ACCEPTED */.cL,
        kind: 'value',
        secret: false,
        parse: drop_in/* parseChangeSetName */.tx,
    },
    'no-delete-failed-changeset': {
        description: "Keep the app stack's change set when it fails or is empty, instead of deleting it.",
        default: 'false',
        accepted: drop_in/* LEGACY_TRUE_OR_FALSE */.hq,
        kind: 'boolean',
        secret: false,
        parse: drop_in/* LEGACY_BOOLEAN */.pg,
    },
};

// EXTERNAL MODULE: ./lib/src/config/strategy.js
var strategy = __webpack_require__(8592);
;// CONCATENATED MODULE: ./lib/src/config/inputs.js










const INPUTS = {
    'stack-name': {
        description: 'Name of the app stack. Required when `template` is given.',
        accepted: 'a stack name of 1 to 128 letters, digits and hyphens that starts with a letter, such as orders-api',
        kind: 'value',
        secret: false,
        parse: parseStackName,
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
        secret: false,
        parse: (raw, { files }) => parseParameterOverrides(raw, files),
    },
    capabilities: {
        description: 'Comma-separated CloudFormation capabilities.',
        default: 'CAPABILITY_IAM,CAPABILITY_NAMED_IAM,CAPABILITY_AUTO_EXPAND',
        accepted: 'CAPABILITY_IAM, CAPABILITY_NAMED_IAM or CAPABILITY_AUTO_EXPAND, comma- or newline-separated',
        kind: 'list',
        secret: false,
        parse: parseCapabilities,
    },
    tags: {
        description: 'Stack tags: `Key=Value` lines, or JSON (`{"Key":"Value"}` or `[{"Key":"k","Value":"v"}]`).',
        accepted: 'Key=Value entries separated by commas or newlines, or JSON such as {"Team":"payments"} or [{"Key":"Team","Value":"payments"}]',
        kind: 'list',
        secret: false,
        parse: parseTags,
    },
    'role-arn': {
        description: 'ARN of the CloudFormation service role.',
        accepted: 'an IAM role ARN such as arn:aws:iam::123456789012:role/cfn-deploy',
        kind: 'value',
        secret: false,
        parse: parseRoleArn,
    },
    's3-bucket': {
        description: 'S3 bucket where templates over 51,200 bytes are uploaded before deploying.',
        accepted: 'a bucket name of 3 to 63 lowercase letters, digits, dots and hyphens that starts and ends with a letter or digit, such as my-templates',
        kind: 'value',
        secret: false,
        parse: parseS3Bucket,
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
        parse: parseNotificationArns,
    },
    'timeout-in-minutes': {
        description: 'How long to wait for each stack operation, in whole minutes.',
        default: '60',
        accepted: 'whole minutes from 1 to 1440, such as 60',
        kind: 'value',
        secret: false,
        parse: parseTimeoutInMinutes,
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
        parse: parseEmail,
    },
    'notification-topic-arn': {
        description: 'ARN of an existing SNS topic for the monitoring stack to notify, instead of creating one.',
        accepted: 'the ARN of a standard SNS topic such as arn:aws:sns:eu-west-1:123456789012:alerts',
        kind: 'value',
        secret: false,
        parse: parseNotificationTopicArn,
    },
    ...GUARD_INPUTS,
    functions: {
        description: 'Functions to watch: logical ids, names or ARNs, comma- or newline-separated. Default: every Lambda function in the stack.',
        accepted: 'at most 100 function names, logical ids or ARNs, comma- or newline-separated, such as OrdersFunction or arn:aws:lambda:eu-west-1:123456789012:function:orders',
        kind: 'list',
        secret: false,
        parse: parseFunctions,
    },
    alias: {
        description: 'The alias that is shifted to the new version.',
        default: 'live',
        accepted: 'an alias name of 1 to 128 letters, digits, hyphens and underscores, not all digits, such as live',
        kind: 'value',
        secret: false,
        parse: parseAlias,
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
        parse: parseInterval,
    },
    'max-error-rate': {
        description: 'Canary error-rate ceiling, as a percentage.',
        default: '1%',
        accepted: 'a percentage from 0% to 100%, such as 2% or 0.5%',
        kind: 'value',
        secret: false,
        parse: (raw) => parsePercent(raw, { minExclusive: false }),
    },
    'max-memory-utilization': {
        description: 'Ceiling on max memory used / memory size, as a percentage.',
        default: '90%',
        accepted: 'a percentage above 0% and up to 100%, such as 90%',
        kind: 'value',
        secret: false,
        parse: (raw) => parsePercent(raw, { minExclusive: true }),
    },
    'max-p99-duration': {
        description: 'Ceiling on the canary p99 duration, in milliseconds. Empty: no ceiling.',
        accepted: 'whole milliseconds from 1 to 900000, such as 800 or 800ms, or empty for no ceiling',
        kind: 'value',
        secret: false,
        parse: parseMaxP99Duration,
    },
    'max-throttles': {
        description: 'Most canary throttles tolerated in a step.',
        default: '0',
        accepted: 'a whole number from 0 up, such as 0 or 5',
        kind: 'value',
        secret: false,
        parse: (raw) => parseWholeNumber(raw, 0),
    },
    'min-invocations': {
        description: 'Fewest canary invocations before a step may pass.',
        default: '50',
        accepted: 'a whole number from 1 up, such as 50',
        kind: 'value',
        secret: false,
        parse: (raw) => parseWholeNumber(raw, 1),
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
        parse: parseAlarms,
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
        default: '10m',
        accepted: 'a duration from 0 to 24h, such as 0, 10m or 1h',
        kind: 'value',
        secret: false,
        parse: (raw) => parseDuration(raw, 0, 24 * 3_600_000),
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
        parse: parseSyntheticRate,
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
    ...detached_inputs/* DETACHED_INPUTS */.x6,
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
        parse: parseGithubToken,
    },
    'deployment-environment': {
        description: 'GitHub environment to record a deployment in; its status follows the verdict. Empty: none.',
        accepted: 'a GitHub environment name of 1 to 255 characters on one line, such as production',
        kind: 'value',
        secret: false,
        parse: parseDeploymentEnvironment,
    },
    'pr-comment': {
        description: 'With `dry-run` (or `no-execute-changeset`) on a pull request: post the change sets as one comment on it, updated in place on every push (needs `github-token` with `pull-requests: write`).',
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
        parse: parseRegion,
    },
    // --- Drop-in for aws-actions/aws-cloudformation-github-deploy: its input names, with its meanings
    // (entries in drop-in-inputs.ts, rules in drop-in.ts). Kept together, at the end.
    ...DROP_IN_INPUTS,
};
/** Every input, in the table's order (the order of action.yml, --help and the docs). */
const INPUT_NAMES = Object.keys(INPUTS);
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
/* harmony export */   TV: () => (/* binding */ VERSION_PLACEHOLDER)
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
 * keys, a `max` on a lower-is-worse metric, `compare` or `rate-of` without `{version}` (a metric
 * of the whole service cannot tell the versions apart), a Sum compared across versions that serve
 * different shares of the traffic, and more queries than one GetMetricData call takes.
 */



/** Replaced in dimension values and expressions by the version judged. */
const VERSION_PLACEHOLDER = '{version}';
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
    const perVersion = source.kind === 'expression'
        ? source.expression.includes(VERSION_PLACEHOLDER)
        : source.dimensions.some((d) => d.value.includes(VERSION_PLACEHOLDER));
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
        if (isObject(dimension) && Object.keys(dimension).join() === 'version') {
            throw refuse(`dimension ${key} reads as an object: quote "{version}" in YAML`);
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
    if (!metric.perVersion && (metric.compare || metric.rateOf !== undefined)) {
        throw refuse(`${metric.compare ? 'compare: true' : 'rate-of'} needs "{version}" in the dimensions or expression: a metric of the whole service cannot tell the versions apart (judge it with ${higher ? 'max' : 'min'} only)`);
    }
    if (metric.rateOf !== undefined) {
        if (statistic !== undefined && statistic !== 'Sum') {
            throw refuse(`rate-of counts events: statistic ${statistic} is not Sum`);
        }
        if (!metric.compare)
            throw refuse('rate-of only changes how compare: true judges: add compare: true');
    }
    if (metric.compare && metric.rateOf === undefined && (statistic === 'Sum' || statistic === 'SampleCount')) {
        throw refuse(`compare: true on a ${statistic} compares versions that serve different shares of the traffic: add rate-of: Invocations, or use Average, pNN, Maximum or Minimum`);
    }
    if (metric.max === undefined && metric.min === undefined && !metric.compare) {
        throw refuse(`nothing to judge: give ${higher ? 'max' : 'min'}, compare: true, or both`);
    }
}


/***/ }),

/***/ 5930:
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
// EXTERNAL MODULE: ./lib/src/config/drop-in.js
var drop_in = __webpack_require__(9186);
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

// EXTERNAL MODULE: ./lib/src/config/inputs.js + 7 modules
var inputs = __webpack_require__(8140);
// EXTERNAL MODULE: ./lib/src/config/messages.js
var messages = __webpack_require__(2873);
// EXTERNAL MODULE: ./lib/src/constants.js
var constants = __webpack_require__(347);
// EXTERNAL MODULE: ./lib/src/config/detached-inputs.js
var detached_inputs = __webpack_require__(209);
// EXTERNAL MODULE: ./lib/src/config/sources.js
var sources = __webpack_require__(4555);
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
        ...(0,drop_in/* dropInProblems */.re)(parsed),
        ...(0,detached_inputs/* detachedProblems */.Xe)(parsed),
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
    const stackName = (0,drop_in/* appStackName */.xX)(parsed);
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
    if (template === undefined) {
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
    const stackName = (0,drop_in/* appStackName */.xX)(parsed);
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
    if (parsed.template === undefined && (0,drop_in/* appStackName */.xX)(parsed) === undefined && parsed.functions.length === 0) {
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
 */
function functionArnProblems(parsed, context) {
    let region = parsed.region ?? context.fallbackRegion?.region;
    let regionFrom = parsed.region !== undefined ? 'the region input' : (context.fallbackRegion?.from ?? '');
    let account = ROLE_ACCOUNT.exec(parsed['role-arn'] ?? '')?.[1];
    let accountFrom = 'the role-arn';
    for (const entry of parsed.functions) {
        const full = FULL_ARN.exec(entry);
        const arnRegion = full?.[1];
        const arnAccount = full?.[2] ?? PARTIAL_ARN.exec(entry)?.[1];
        if (arnRegion !== undefined) {
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
    const show = (0,messages/* showWith */.S)(inputs/* INPUT_NAMES */.Qh.filter((name) => (0,inputs/* inputSpec */.mm)(name).secret).map((name) => values[name]));
    const rules = { fallbackRegion: fallbackRegion(options.env ?? process.env) };
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
    return deepFreeze(result.data);
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
    const stackName = (0,drop_in/* appStackName */.xX)(parsed);
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
        changeSet: (0,drop_in/* changeSetOptions */.Vn)(parsed),
        monitoring: parsed.monitoring && stackName !== undefined,
        notificationEmail: parsed['notification-email'],
        notificationTopicArn: parsed['notification-topic-arn'],
        guard: {
            enabled: parsed.guard,
            rollback: parsed['guard-rollback'],
            autoScalingGroupName: parsed['guard-auto-scaling-group'],
            bakeMs: parsed['guard-bake'],
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
        githubTokenSecretArn: parsed['github-token-secret'],
        githubToken: parsed['github-token'],
        deploymentEnvironment: parsed['deployment-environment'],
        prComment: parsed['pr-comment'],
        region: parsed.region,
    };
}


/***/ }),

/***/ 4555:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   jU: () => (/* binding */ INLINE_TEMPLATE_LIMIT_BYTES),
/* harmony export */   l6: () => (/* binding */ PAYLOAD_LIMIT_BYTES),
/* harmony export */   lJ: () => (/* binding */ parseSyntheticPayload)
/* harmony export */ });
/* unused harmony export TEMPLATE_LIMIT_BYTES */
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2502);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1267);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2873);



/** CloudFormation's limit for a template passed in the request (larger ones go through S3). */
const INLINE_TEMPLATE_LIMIT_BYTES = 51_200;
/** CloudFormation's limit for a template passed by URL. */
const TEMPLATE_LIMIT_BYTES = 1_000_000;
/** Lambda's limit for a synchronous invocation's payload. */
const PAYLOAD_LIMIT_BYTES = 6 * 1024 * 1024;
const TEMPLATE_CAP = { bytes: TEMPLATE_LIMIT_BYTES, who: 'CloudFormation' };
const PAYLOAD_CAP = { bytes: PAYLOAD_LIMIT_BYTES, who: 'Lambda' };
function parseTemplate(raw, files) {
    if (raw === '')
        return undefined;
    if (/^https:\/\//i.test(raw)) {
        if (!URL.canParse(raw) || new URL(raw).hostname === '')
            throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .badValue */ .tm)(raw);
        return { source: { kind: 'url', url: raw }, sizeBytes: undefined };
    }
    if (/^http:\/\//i.test(raw))
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .badValue */ .tm)(raw, { reason: 'plain http is refused' });
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .badValue */ .tm)(raw, { reason: 'only https:// URLs are accepted' });
    }
    const { absolute, size } = (0,_files_js__WEBPACK_IMPORTED_MODULE_0__/* .checkedFile */ .y0)(files, raw, TEMPLATE_CAP);
    if (size === 0)
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .badFile */ .SL)(raw, { reason: 'empty' });
    return { source: { kind: 'file', path: absolute }, sizeBytes: size };
}
/** The payload's JSON text: the input itself, or the named file's content. */
function parseSyntheticPayload(raw, files) {
    if (raw === '')
        return undefined;
    if (!raw.startsWith('file://')) {
        const inline = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(raw);
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
    const json = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(text);
    if (!json.ok)
        throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .badFile */ .SL)(path, { reason: json.reason });
    return text;
}


/***/ }),

/***/ 347:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aD: () => (/* binding */ DEFAULT_STACK_TIMEOUT_MS),
/* harmony export */   cg: () => (/* binding */ monitoringStackName),
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
/** Default bound on waiting for one stack operation. */
const DEFAULT_STACK_TIMEOUT_MS = 60 * 60 * 1000;


/***/ }),

/***/ 3330:
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

/***/ 7769:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T4: () => (/* binding */ changesMarkdown),
/* harmony export */   xj: () => (/* binding */ changeSetOutputs)
/* harmony export */ });
/* unused harmony exports MAX_SUMMARY_CHANGES, changesSummary */
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3330);

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
        body.push(`Physical id: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(r.PhysicalResourceId)}`, '');
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
        body.push(`Changed: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(r.Scope.join(', '))}`, '');
    }
    return ['<details>', `<summary>${title}</summary>`, '', ...body, '</details>', ''];
}
function detailRow(detail) {
    const t = detail.Target;
    const property = t?.Name ?? t?.Path ?? t?.Attribute ?? '?';
    const source = detail.ChangeSource && detail.ChangeSource !== 'DirectModification'
        ? ` (from ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(`${detail.ChangeSource}${detail.CausingEntity ? ` ${detail.CausingEntity}` : ''}`)})`
        : '';
    const value = (text) => (text === undefined ? '' : cell((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(clip(text))));
    const replacement = t?.RequiresRecreation && t.RequiresRecreation !== 'Never' ? t.RequiresRecreation : '';
    return `| ${cell((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(property))}${cell(source)} | ${value(t?.BeforeValue)} | ${value(t?.AfterValue)} | ${replacement} |`;
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


/***/ })

};

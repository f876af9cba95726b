export const id = 819;
export const ids = [819,859];
export const modules = {

/***/ 3583:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ describeFailure)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/**
 * An error as the action reports it: `reason` is one line (the output, the annotation, the verdict
 * line), and `problems` lists each problem on its own for the log and the job summary. Several bad
 * inputs become one line that counts them and joins their messages.
 */

const oneLine = (text) => text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();
function describeFailure(error) {
    const problems = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidInputsError */ .Xt && error.faults.length > 0
        ? error.faults.map((fault) => oneLine(fault.message))
        : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)
            .split(/[\r\n\u2028\u2029]+/)
            .map((line) => line.trim())
            .filter((line) => line !== '');
    if (problems.length <= 1)
        return { reason: problems[0] ?? oneLine((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)), problems };
    const joined = problems.map((p) => p.replace(/[.;\s]+$/, '')).join('; ');
    const reason = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidInputsError */ .Xt ? `${problems.length} inputs are invalid: ${joined}` : joined;
    return { reason, problems };
}


/***/ }),

/***/ 6819:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./lib/src/config/parse.js + 4 modules
var parse = __webpack_require__(4313);
// EXTERNAL MODULE: ./lib/src/action/runner.js
var runner = __webpack_require__(2859);
;// CONCATENATED MODULE: ./lib/src/action/inputs.js

/** Inputs as the runner hands them over (INPUT_* variables, action.yml defaults already applied). */
const actionInputs = (name) => (0,runner/* getInput */.V4)(name);

// EXTERNAL MODULE: ./lib/src/config/secrets.js
var config_secrets = __webpack_require__(3640);
// EXTERNAL MODULE: ./lib/src/action/report-file.js
var report_file = __webpack_require__(7330);
// EXTERNAL MODULE: ./lib/src/action/stop-report.js
var stop_report = __webpack_require__(3248);
// EXTERNAL MODULE: ./lib/src/action/stop-step.js
var stop_step = __webpack_require__(9428);
;// CONCATENATED MODULE: ./lib/src/action/main.js







/**
 * The action's main step, up to valid inputs: every secret value is masked before anything is
 * logged, then the inputs are parsed. Only the runner protocol and the config are loaded so far;
 * a bad input fails the step here (`verdict` error, one annotation, a summary) and the engine,
 * the AWS SDK and the report never load.
 */
async function runAction(options = {}) {
    const secrets = new config_secrets/* Secrets */.Sb(runner/* mask */.dK);
    let config;
    try {
        secrets.add((0,config_secrets/* rawSecretValues */.Pu)(actionInputs));
        config = (0,parse/* parseConfig */.o)(actionInputs);
        secrets.add((0,config_secrets/* valuesToMask */.yF)(config));
    }
    catch (error) {
        await failBeforeRun(error, secrets);
        return;
    }
    let runMainStep;
    try {
        ({ runMainStep } = await Promise.all(/* import() */[__webpack_require__.e(345), __webpack_require__.e(542), __webpack_require__.e(487)]).then(__webpack_require__.bind(__webpack_require__, 3487)));
    }
    catch (error) {
        await failBeforeRun(error, secrets);
        return;
    }
    await runMainStep(config, secrets, options);
}
/** Fails the step before the run began: no alias can have changed. */
function failBeforeRun(error, secrets) {
    const stackName = actionInputs('stack-name');
    return (0,stop_step/* failStep */.v)(error, {
        aliases: (0,stop_report/* aliasesAfterError */.X2)(undefined),
        versions: {},
        reportPath: (0,report_file/* reportPath */.e)(stackName || actionInputs('functions')),
        stackName: stackName || undefined,
    }, secrets);
}


/***/ }),

/***/ 615:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K5: () => (/* binding */ writeStopOutputs),
/* harmony export */   Kn: () => (/* binding */ writeOutputs)
/* harmony export */ });
/* unused harmony exports OUTPUTS, ACTION_OUTPUT_NAMES, STACK_OUTPUT_PREFIX, stackOutputNames */
/* harmony import */ var _waves_result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(806);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2859);
/* harmony import */ var _stack_change_set_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7769);



/** The outputs action.yml declares, plus every stack output under its own name. */
const OUTPUTS = {
    verdict: 'verdict',
    rolledBack: 'rolled-back',
    reason: 'reason',
    versions: 'versions',
    stackId: 'stack-id',
    report: 'report',
};
/** aws-cloudformation-github-deploy's change-set outputs, named as it names them. */
const CHANGE_SET_OUTPUTS = [
    'change-set-id',
    'change-set-name',
    'has-changes',
    'changes-count',
    'changes-summary',
    'changes-markdown',
];
/** Every output action.yml declares: no stack output may take one of these names. */
const ACTION_OUTPUT_NAMES = [...Object.values(OUTPUTS), ...CHANGE_SET_OUTPUTS];
/** Where a stack output whose name is one of the action's own is written instead. */
const STACK_OUTPUT_PREFIX = 'stack-output-';
/**
 * The name each stack output is written under: its own, or, when that is one of the action's
 * outputs (expressions read output names in any case), STACK_OUTPUT_PREFIX + its name. A stack
 * output name has only letters and digits, so the prefixed name meets neither kind of output.
 */
function stackOutputNames(stackOutputs) {
    const own = new Set(ACTION_OUTPUT_NAMES.map((name) => name.toLowerCase()));
    return new Map(Object.keys(stackOutputs).map((key) => [
        key,
        own.has(key.toLowerCase()) ? `${STACK_OUTPUT_PREFIX}${key}` : key,
    ]));
}
const asIs = (text) => text;
function writeOutputs(result, reportPath, redact = asIs) {
    for (const [key, name] of stackOutputNames(result.stackOutputs)) {
        if (name !== key) {
            (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e)(`Stack output ${key} has the name of one of this action's outputs: it is written as output ${name}.`);
        }
        (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH)(name, redact(result.stackOutputs[key] ?? ''));
    }
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH)(OUTPUTS.verdict, result.verdict);
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH)(OUTPUTS.rolledBack, String(result.rolledBack));
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH)(OUTPUTS.reason, redact(result.reason));
    // A release in waves: each region's versions under its name.
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH)(OUTPUTS.versions, JSON.stringify(result.regions ? (0,_waves_result_js__WEBPACK_IMPORTED_MODULE_0__/* .versionsByRegion */ .J)(result.regions) : result.versions));
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH)(OUTPUTS.stackId, result.stackId ?? '');
    if (reportPath)
        (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH)(OUTPUTS.report, reportPath);
    if (result.changeSet) {
        for (const [name, value] of Object.entries((0,_stack_change_set_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetOutputs */ .xj)(result.changeSet)))
            (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH)(name, redact(value));
    }
}
/**
 * When the step ends without a verdict (a bad input, an error, a signal): `verdict` is `error`,
 * and `versions` and `report` are set too (`{}` and '' when there is nothing to tell).
 */
function writeStopOutputs(stop) {
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH)(OUTPUTS.verdict, 'error');
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH)(OUTPUTS.rolledBack, String(stop.rolledBack));
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH)(OUTPUTS.reason, stop.reason);
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH)(OUTPUTS.versions, JSON.stringify(stop.versions));
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH)(OUTPUTS.report, stop.report);
}


/***/ }),

/***/ 7330:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ reportPath)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/**
 * Where the JSON report of one step goes: its own file in RUNNER_TEMP, named after the step
 * (GITHUB_ACTION: the step's id, or the runner's name for a step without one) and what it deploys
 * (the stack, or the functions), so two uses of the action in one job never share a report.
 */


/** Letters, digits, `.`, `_` and `-` kept; any other run of characters becomes one `-`; 60 at most. */
function slug(text) {
    return text
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^[-.]+|-+$/g, '')
        .slice(0, 60);
}
function reportPath(target, env = process.env) {
    const parts = ['stack-canary-report', slug(env['GITHUB_ACTION'] ?? ''), slug(target)].filter((p) => p !== '');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env['RUNNER_TEMP'] || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), `${parts.join('-')}.json`);
}


/***/ }),

/***/ 2859:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   dK: () => (/* binding */ mask),
/* harmony export */   fail: () => (/* binding */ fail),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   getState: () => (/* binding */ getState),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   saveState: () => (/* binding */ saveState),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/**
 * The GitHub runner's protocol, the only place the action speaks it, through @actions/core (the
 * toolkit follows GitHub's changes to the protocol: the file commands that replaced `::set-output`,
 * and whatever comes next). Inputs and saved state, outputs and state, masks, groups, annotations
 * and the job summary all go through it; this module only keeps the action's few habits on top:
 * a blank value is never registered as a mask (the runner refuses it with a warning), outputs and
 * state are never printed to the log off a runner, and a job summary is skipped there.
 */

/** An input as the runner hands it over: INPUT_<NAME> (spaces as `_`), trimmed; '' when unset. */
function getInput(name) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
}
/** What the main step saved under this key, as the post step sees it; '' when nothing was saved. */
function getState(key) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(key);
}
/** Tells the runner to replace the value with *** wherever it appears in the log from now on. */
function mask(value) {
    if (value.trim() !== '')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
}
/**
 * Off a runner the toolkit falls back to the `::set-output`/`::save-state` commands that GitHub
 * retired; the action refuses instead, with one line that says why.
 */
function requireFile(variable) {
    if (!process.env[variable])
        throw new Error(`${variable} is not set: not running as a GitHub Actions step?`);
}
function setOutput(name, value) {
    requireFile('GITHUB_OUTPUT');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
}
function saveState(key, value) {
    requireFile('GITHUB_STATE');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(key, value);
}
/** Appends markdown to the job summary; without GITHUB_STEP_SUMMARY (not on a runner) it is skipped. */
async function appendSummary(markdown) {
    if (!process.env['GITHUB_STEP_SUMMARY']) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz('GITHUB_STEP_SUMMARY is not set: no job summary written.');
        return;
    }
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown, true).write();
}
function debug(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message);
}
function info(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message);
}
/** A warning annotation. */
function warning(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message);
}
/** An error annotation. */
function error(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message);
}
/** A notice annotation. */
function notice(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(message);
}
/** An error annotation, and the step fails (exit code 1) when the process ends. */
function fail(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
}
/** A collapsible group in the log around the body. */
function group(title, body) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, body);
}


/***/ }),

/***/ 9428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ writeStopReport),
/* harmony export */   v: () => (/* binding */ failStep)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5071);
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(931);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3583);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(615);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2859);
/* harmony import */ var _stop_report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3248);
/**
 * A step that ended without a verdict (a bad input, an error, a signal), written through the
 * runner: every output, the JSON report, the job summary and the last log line.
 */







/**
 * The outputs (`verdict` error, `reason` on one line, `rolled-back`, `versions`, `report`), the
 * JSON report, the job summary (with every problem listed) and the last log line of a step that
 * ended without a verdict. Each problem is logged on its own when there are several.
 */
async function writeStopReport(stop, secrets) {
    const { redact } = secrets;
    const reason = redact(stop.failure.reason);
    const problems = stop.failure.problems.map(redact);
    let report = stop.reportPath;
    try {
        const json = (0,_report_report_js__WEBPACK_IMPORTED_MODULE_6__/* .buildStopReport */ .T7)({
            stopped: stop.title,
            reason,
            problems,
            rolledBack: stop.aliases.rolledBack,
            stackName: stop.stackName,
            aliases: { headline: stop.aliases.headline, rows: stop.aliases.rows },
            versions: stop.versions,
            record: stop.record,
        }, new Date());
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(report, (0,_report_report_js__WEBPACK_IMPORTED_MODULE_6__/* .serializeReport */ .xH)(json, secrets.list()));
    }
    catch (error) {
        (0,_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .warning */ .$e)(redact(`The JSON report could not be written to ${report}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`));
        report = '';
    }
    (0,_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .writeStopOutputs */ .K5)({ reason, rolledBack: stop.aliases.rolledBack, versions: stop.versions, report });
    if (problems.length > 1)
        for (const problem of problems)
            (0,_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq)(`- ${problem}`);
    await (0,_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .appendSummary */ .fe)(redact((0,_stop_report_js__WEBPACK_IMPORTED_MODULE_5__/* .renderStopSummary */ .r4)(stop.title, reason, stop.aliases, problems)));
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq)(redact((0,_stop_report_js__WEBPACK_IMPORTED_MODULE_5__/* .stopVerdictLine */ .Qh)(stop.title, reason, stop.aliases)));
}
/**
 * Fails the step on `error` (before the run or during it): one error annotation (several bad
 * inputs joined on one line), then the stop report; a report that cannot be written is a warning.
 */
async function failStep(error, stop, secrets) {
    const failure = (0,_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .I)(error);
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_4__.fail)(secrets.redact(failure.reason));
    try {
        await writeStopReport({ title: 'error', failure, ...stop }, secrets);
    }
    catch (reportError) {
        (0,_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .warning */ .$e)(secrets.redact(`The error report could not be written: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(reportError)}`));
    }
}


/***/ }),

/***/ 806:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ versionsByRegion),
/* harmony export */   L: () => (/* binding */ releaseResult)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/**
 * The one verdict of a release in waves (pure): fail (or inconclusive, as the region that stopped
 * it said) with that region named in the reason, else pass when every region passed or had
 * nothing new. The release's record is the deciding region's (the first that did not pass), else
 * the last region's; every region's own result stays in `regions`.
 */

function releaseResult(regions, halt) {
    const ran = regions.filter((r) => r.result !== undefined);
    // The region that stopped the release (its reason opens with its name), else the first that did not pass.
    const deciding = ran.find((r) => halt?.startsWith(`${r.region}:`)) ??
        ran.find((r) => r.result?.verdict !== 'pass' && r.result?.verdict !== 'skipped');
    const shown = (deciding ?? ran[ran.length - 1])?.result;
    if (shown === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt('INTERNAL', 'A release ended with no region run.');
    let verdict;
    let reason;
    if (halt !== undefined) {
        verdict = deciding?.result?.verdict === 'inconclusive' ? 'inconclusive' : 'fail';
        reason = halt;
    }
    else if (ran.every((r) => r.result?.verdict === 'skipped')) {
        verdict = 'skipped';
        reason = ran.map((r) => `${r.region}: ${r.result?.reason ?? ''}`).join('; ');
    }
    else {
        verdict = 'pass';
        const waves = new Set(regions.map((r) => r.wave)).size;
        reason = `promoted in ${regions.map((r) => r.region).join(', ')} (${waves} wave${waves === 1 ? '' : 's'})`;
    }
    const changed = ran.filter((r) => r.result?.verdict !== 'skipped');
    return {
        verdict,
        rolledBack: halt !== undefined && changed.length > 0 && changed.every((r) => r.result?.rolledBack),
        reason,
        versions: shown.versions,
        stackId: shown.stackId,
        stackOutputs: {},
        record: shown.record,
        regions,
    };
}
/** The `versions` output of a release: each region's functions, old and new version. */
function versionsByRegion(regions) {
    return Object.fromEntries(regions.map((r) => [r.region, r.result?.versions ?? {}]));
}


/***/ })

};

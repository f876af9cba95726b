export const id = 20;
export const ids = [20,859];
export const modules = {

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

/***/ 1020:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IS_POST_KEY: () => (/* binding */ IS_POST_KEY),
/* harmony export */   M: () => (/* binding */ actionState),
/* harmony export */   r: () => (/* binding */ MainStepState)
/* harmony export */ });
/* harmony import */ var _state_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6627);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2859);


/**
 * Set by the main step before anything else: the post step runs the same bundle and tells itself
 * apart by finding it (the runner hands the main step's state to the post step only).
 */
const IS_POST_KEY = 'isPost';
/** The post step's view: what the main step saved, as STATE_* variables. */
const actionState = {
    save: (key, value) => (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__.saveState)(key, value),
    get: (key) => (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__.getState)(key),
};
/**
 * The main step's store: saved for the post step, and kept in memory too, because the runner
 * hands saved state to the next step only; the main step's own signal handler and crash report
 * read it from here.
 */
class MainStepState {
    memory = new _state_store_js__WEBPACK_IMPORTED_MODULE_1__/* .MemoryStateStore */ .k();
    save(key, value) {
        (0,_runner_js__WEBPACK_IMPORTED_MODULE_0__.saveState)(key, value);
        this.memory.save(key, value);
    }
    get(key) {
        return this.memory.get(key);
    }
}


/***/ }),

/***/ 6627:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ MemoryStateStore)
/* harmony export */ });
class MemoryStateStore {
    values = new Map();
    save(key, value) {
        this.values.set(key, value);
    }
    get(key) {
        return this.values.get(key) ?? '';
    }
}


/***/ })

};

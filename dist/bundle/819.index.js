export const id = 819;
export const ids = [819];
export const modules = {

/***/ 6819:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./lib/src/config/parse.js + 2 modules
var parse = __webpack_require__(5930);
// EXTERNAL MODULE: ./lib/src/errors.js
var errors = __webpack_require__(5071);
// EXTERNAL MODULE: ./lib/src/action/runner.js
var runner = __webpack_require__(2859);
;// CONCATENATED MODULE: ./lib/src/action/inputs.js

/** Inputs as the runner hands them over (INPUT_* variables, action.yml defaults already applied). */
const actionInputs = (name) => (0,runner/* getInput */.V4)(name);

// EXTERNAL MODULE: ./lib/src/config/secrets.js
var config_secrets = __webpack_require__(3640);
// EXTERNAL MODULE: ./lib/src/action/stop-report.js
var stop_report = __webpack_require__(3248);
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
        failBeforeRun(error, secrets);
        return;
    }
    let runMainStep;
    try {
        ({ runMainStep } = await Promise.all(/* import() */[__webpack_require__.e(67), __webpack_require__.e(199)]).then(__webpack_require__.bind(__webpack_require__, 5199)));
    }
    catch (error) {
        failBeforeRun(error, secrets);
        return;
    }
    await runMainStep(config, secrets, options);
}
/** Fails the step before the run began: no alias can have changed. */
function failBeforeRun(error, secrets) {
    runner/* fail */.fJ(secrets.redact((0,errors/* errorMessage */.gJ)(error)));
    try {
        (0,stop_report/* writeStopReport */.Wt)('error', (0,errors/* errorMessage */.gJ)(error), (0,stop_report/* aliasesAfterError */.X2)(undefined), secrets.redact);
    }
    catch (reportError) {
        runner/* error */.z3(secrets.redact(`The error report could not be written: ${(0,errors/* errorMessage */.gJ)(reportError)}`));
    }
}


/***/ })

};

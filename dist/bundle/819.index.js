export const id = 819;
export const ids = [819];
export const modules = {

/***/ 6819:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./lib/src/config/parse.js + 8 modules
var parse = __webpack_require__(1993);
// EXTERNAL MODULE: ./lib/src/errors.js
var errors = __webpack_require__(5071);
// EXTERNAL MODULE: ./lib/src/action/runner.js
var runner = __webpack_require__(2859);
;// CONCATENATED MODULE: ./lib/src/action/inputs.js

/** Inputs as the runner hands them over (INPUT_* variables, action.yml defaults already applied). */
const actionInputs = (name) => (0,runner/* getInput */.V4)(name);

// EXTERNAL MODULE: ./lib/src/action/secrets.js
var action_secrets = __webpack_require__(6032);
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
    const secrets = new action_secrets/* Secrets */.Sb(runner/* mask */.dK);
    let config;
    try {
        secrets.add((0,action_secrets/* rawSecretValues */.Pu)(actionInputs));
        config = (0,parse/* parseConfig */.o)(actionInputs);
        secrets.add((0,action_secrets/* configSecretValues */.zH)(config));
    }
    catch (error) {
        failBeforeRun(error, secrets);
        return;
    }
    let runMainStep;
    try {
        ({ runMainStep } = await __webpack_require__.e(/* import() */ 851).then(__webpack_require__.bind(__webpack_require__, 7851)));
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


/***/ }),

/***/ 615:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K5: () => (/* binding */ writeStopOutputs),
/* harmony export */   Kn: () => (/* binding */ writeOutputs)
/* harmony export */ });
/* unused harmony export OUTPUTS */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2859);

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
/** The outputs (`verdict` error) and the job summary of a step that ended without a verdict. */
function writeStopReport(title, reason, aliases, redact) {
    const shown = redact(reason);
    (0,_outputs_js__WEBPACK_IMPORTED_MODULE_1__/* .writeStopOutputs */ .K5)(shown, aliases.rolledBack);
    (0,_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .appendSummary */ .fe)(redact(renderStopSummary(title, shown, aliases)));
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);

/** Refuses a routing weight Lambda would refuse (or that means "no canary"/"all canary"): (0, 1) only. */
function assertRoutingWeight(version, weight) {
    if (!Number.isFinite(weight) || weight <= 0 || weight >= 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt('INVALID_INPUT', `Alias weight ${String(weight)} for version ${version} is outside (0, 1); refused before calling Lambda. ` +
            'Accepted: a share strictly between 0 and 1 (a 100% step moves the primary version instead).');
    }
}
/** Every step weight in (0, 1] and every hold >= 0; checked before the first AWS call. */
function assertStrategy(strategy) {
    if (strategy.steps.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('strategy', `Input strategy "${strategy.source}" has no steps. Accepted: e.g. canary 10% 5m.`);
    }
    for (const step of strategy.steps) {
        if (!Number.isFinite(step.weight) || step.weight <= 0 || step.weight > 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('strategy', `Input strategy "${strategy.source}" has a step weight ${String(step.weight)} outside (0, 1]. Accepted: percentages above 0% up to 100%.`);
        }
        if (!Number.isFinite(step.holdMs) || step.holdMs < 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('strategy', `Input strategy "${strategy.source}" has a hold of ${String(step.holdMs)} ms. Accepted: a duration of 0 or more.`);
        }
    }
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


/***/ })

};

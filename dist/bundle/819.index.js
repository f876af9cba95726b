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
        ({ runMainStep } = await __webpack_require__.e(/* import() */ 199).then(__webpack_require__.bind(__webpack_require__, 5199)));
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

/***/ 9964:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kn: () => (/* binding */ writeOutputs),
  K5: () => (/* binding */ writeStopOutputs)
});

// UNUSED EXPORTS: OUTPUTS

// EXTERNAL MODULE: ./lib/src/action/runner.js
var runner = __webpack_require__(2859);
;// CONCATENATED MODULE: ./lib/src/stack/change-set-summary.js
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
        body.push(`Physical id: ${code(r.PhysicalResourceId)}`, '');
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
        body.push(`Changed: ${r.Scope.join(', ')}`, '');
    }
    return ['<details>', `<summary>${title}</summary>`, '', ...body, '</details>', ''];
}
function detailRow(detail) {
    const t = detail.Target;
    const property = t?.Name ?? t?.Path ?? t?.Attribute ?? '?';
    const source = detail.ChangeSource && detail.ChangeSource !== 'DirectModification'
        ? ` (from ${detail.ChangeSource}${detail.CausingEntity ? ` ${detail.CausingEntity}` : ''})`
        : '';
    const value = (text) => (text === undefined ? '' : cell(code(clip(text))));
    const replacement = t?.RequiresRecreation && t.RequiresRecreation !== 'Never' ? t.RequiresRecreation : '';
    return `| ${cell(code(property))}${cell(source)} | ${value(t?.BeforeValue)} | ${value(t?.AfterValue)} | ${replacement} |`;
}
function clip(text) {
    const line = text.replace(/\s*\n\s*/g, ' ');
    return line.length > MAX_VALUE_CHARS ? `${line.slice(0, MAX_VALUE_CHARS - 1)}…` : line;
}
/** Inline code no backtick inside can close. */
function code(text) {
    const fence = text.includes('`') ? '``' : '`';
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
function cell(text) {
    return text.replace(/\|/g, '\\|');
}
function html(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ./lib/src/action/outputs.js


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
        (0,runner/* setOutput */.uH)(name, redact(value));
    }
    (0,runner/* setOutput */.uH)(OUTPUTS.verdict, result.verdict);
    (0,runner/* setOutput */.uH)(OUTPUTS.rolledBack, String(result.rolledBack));
    (0,runner/* setOutput */.uH)(OUTPUTS.reason, redact(result.reason));
    (0,runner/* setOutput */.uH)(OUTPUTS.versions, JSON.stringify(result.versions));
    (0,runner/* setOutput */.uH)(OUTPUTS.stackId, result.stackId ?? '');
    if (reportPath)
        (0,runner/* setOutput */.uH)(OUTPUTS.report, reportPath);
    // aws-cloudformation-github-deploy's change-set outputs, named as it names them.
    if (result.changeSet) {
        for (const [name, value] of Object.entries(changeSetOutputs(result.changeSet)))
            (0,runner/* setOutput */.uH)(name, redact(value));
    }
}
/** When the step ends without a verdict (an error, a signal): `verdict` is `error`. */
function writeStopOutputs(reason, rolledBack) {
    (0,runner/* setOutput */.uH)(OUTPUTS.verdict, 'error');
    (0,runner/* setOutput */.uH)(OUTPUTS.rolledBack, String(rolledBack));
    (0,runner/* setOutput */.uH)(OUTPUTS.reason, reason);
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
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9964);
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


/***/ })

};

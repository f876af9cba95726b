export const id = 487;
export const ids = [487];
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

/***/ 3487:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMainStep: () => (/* binding */ runMainStep)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/src/front-door.js + 2 modules
var front_door = __webpack_require__(4880);
// EXTERNAL MODULE: ./lib/src/pipeline/journal.js
var journal = __webpack_require__(6570);
;// CONCATENATED MODULE: ./lib/src/pipeline/crash-result.js
/**
 * What the entry points report for a run that threw: a fail (never a pass), the error as the
 * reason, and rolled back only when the run restored aliases and every one is on a judged version.
 */
function crashResult(record) {
    const crash = record.crash;
    const where = crash?.phase ? ` during ${crash.phase}` : '';
    const restored = record.rollback?.aliases.some((a) => a.action === 'restored' || a.action === 'deleted');
    return {
        verdict: 'fail',
        rolledBack: Boolean(restored) && (crash?.aliases ?? []).every((a) => a.onJudgedVersion),
        reason: `the run stopped on an error${where}: ${crash?.error.message ?? 'unknown'}`,
        versions: Object.fromEntries(record.functions.map((f) => [f.functionName, { previous: f.previous, new: f.new }])),
        stackId: record.stack?.stackId,
        stackOutputs: {},
        record,
    };
}

// EXTERNAL MODULE: ./lib/src/pipeline/record.js
var pipeline_record = __webpack_require__(3000);
// EXTERNAL MODULE: ./lib/src/util/escape.js
var util_escape = __webpack_require__(1744);
// EXTERNAL MODULE: ./lib/src/util/time.js
var time = __webpack_require__(7954);
;// CONCATENATED MODULE: ./lib/src/report/chart.js


/** Error rate per minute of the canary and the baseline; undefined where a minute had no invocation. */
function errorSeries(fn) {
    const rate = (m) => m && m.invocations > 0 ? m.errors / m.invocations : undefined;
    const baseline = new Map((fn.baseline ?? []).map((m) => [m.start, m]));
    const starts = [...new Set([...fn.canary.map((m) => m.start), ...baseline.keys()])].sort((a, b) => a - b);
    const canary = new Map(fn.canary.map((m) => [m.start, m]));
    return starts.map((start) => ({
        start,
        canaryErrorRate: rate(canary.get(start)),
        baselineErrorRate: rate(baseline.get(start)),
    }));
}
/** A Mermaid line chart of canary and baseline error rate (%) per minute; '' without data. */
function renderErrorChart(functionName, points) {
    const usable = points.filter((p) => p.canaryErrorRate !== undefined || p.baselineErrorRate !== undefined);
    if (usable.length === 0)
        return '';
    const t0 = usable[0]?.start ?? 0;
    const labels = usable.map((p) => `"${Math.round((p.start - t0) / time/* MINUTE_MS */.k)}m"`);
    const series = (pick) => usable.map((p) => ((pick(p) ?? 0) * 100).toFixed(2)).join(', ');
    const max = Math.max(1, ...usable.flatMap((p) => [p.canaryErrorRate ?? 0, p.baselineErrorRate ?? 0].map((x) => Math.ceil(x * 100))));
    return [
        `### Error rate, canary vs baseline — ${(0,util_escape/* mdText */.bC)(functionName)}`,
        '',
        '```mermaid',
        'xychart-beta',
        `  title "${(0,util_escape/* mermaidText */.Hg)(functionName)}: error rate (%)"`,
        `  x-axis [${labels.join(', ')}]`,
        `  y-axis "errors %" 0 --> ${max}`,
        `  line [${series((p) => p.canaryErrorRate)}]`,
        `  line [${series((p) => p.baselineErrorRate)}]`,
        '```',
        '',
        'First line: canary (new version); second: baseline (old version).',
    ].join('\n');
}

// EXTERNAL MODULE: ./lib/src/traffic/guard-activity-text.js
var guard_activity_text = __webpack_require__(6823);
;// CONCATENATED MODULE: ./lib/src/report/guard-section.js


/** The summary's section; empty when the guard did nothing since the last release. */
function guardSection(activities, nowMs) {
    if (activities.length === 0)
        return [];
    return [
        '### The guard since the last release',
        '',
        ...activities.map((a) => `- ${(0,util_escape/* mdText */.bC)((0,guard_activity_text/* guardActivityText */.k)(a, nowMs))}`),
        '',
    ];
}

;// CONCATENATED MODULE: ./lib/src/report/summary.js



const ICON = {
    pass: '✅',
    fail: '❌',
    inconclusive: '⚠️',
    skipped: '⏭️',
    pending: '⏳',
};
const RULE_ICON = { fail: '❌', pass: '✅', watching: '⏳' };
const pct = (x) => `${(x * 100).toFixed(x < 0.1 ? 2 : 1)}%`;
/** A markdown table; every cell is escaped. */
function table(header, rows) {
    if (rows.length === 0)
        return [];
    const line = (cells) => `| ${cells.map(util_escape/* mdText */.bC).join(' | ')} |`;
    return [line(header), `|${header.map(() => '---|').join('')}`, ...rows.map(line), ''];
}
function stepReason(step) {
    const decisions = Object.entries(step.decisions);
    if (decisions.length === 1)
        return decisions[0]?.[1].reason ?? '';
    return decisions.map(([fn, j]) => `${fn}: ${j.reason}`).join('; ');
}
/** Evidence as the judge gave it; numbers to 4 significant digits. */
const evidenceText = (evidence) => Object.entries(evidence)
    .map(([k, v]) => `${k} ${typeof v === 'number' ? String(Number(v.toPrecision(4))) : String(v)}`)
    .join(', ');
/** The judge's own results: one row per rule of each decisive judgement. */
function ruleRows(steps) {
    return steps.flatMap((step) => Object.entries(step.decisions).flatMap(([fn, j]) => j.rules.length === 0
        ? [[String(step.index + 1), fn, j.decision, '—', '', j.reason, evidenceText(j.evidence)]]
        : j.rules.map((r) => [
            String(step.index + 1),
            fn,
            j.decision,
            r.name,
            `${RULE_ICON[r.status]} ${r.status}`,
            r.summary,
            evidenceText(r.evidence),
        ])));
}
/** The alias as the run last saw it, and whether someone else took it over. */
function aliasNow(record, functionName) {
    const fn = record.functions.find((f) => f.functionName === functionName);
    if (!fn)
        return '—';
    return fn.changedBySomeoneElse ? `${fn.aliasNow} (changed by someone else)` : fn.aliasNow;
}
function crashLines(crash) {
    const where = crash.phase ? ` during ${crash.phase}` : '';
    return [
        `**The run stopped on an error${where}:** ${(0,util_escape/* mdText */.bC)(crash.error.message)}`,
        '',
        ...table(['function', 'alias', 'left on', 'judged version'], crash.aliases.map((a) => [a.functionName, a.alias, a.now, a.onJudgedVersion ? 'yes' : 'NO'])),
    ];
}
/**
 * A release in waves: one table of its regions (wave, region, verdict, versions, reason, the
 * region's dashboard) above each region's own summary.
 */
function renderRelease(report, regions) {
    const out = [];
    out.push(`## ${ICON[report.verdict]} stack-canary: ${report.verdict} in ${regions.length} regions`, '');
    out.push((0,util_escape/* mdText */.bC)(report.reason), '');
    if (report.rolledBack)
        out.push(`**Rolled back in every region** (mode: ${(0,util_escape/* mdText */.bC)(report.rollback)}).`, '');
    const versions = (v) => Object.entries(v)
        .map(([fn, { previous, new: fresh }]) => `${fn} v${previous ?? '—'} → v${fresh ?? '—'}`)
        .join(', ');
    // The dashboard's link is built here from the region and the stack's own output, not escaped text.
    const row = (cells, link) => `| ${cells.map(util_escape/* mdText */.bC).join(' | ')} | ${link} |`;
    out.push('| wave | region | verdict | versions | reason | dashboard |', '|---|---|---|---|---|---|', ...regions.map((r) => row([
        String(r.wave),
        r.region,
        `${r.verdict}${r.rolledBack ? ', rolled back' : ''}`,
        versions(r.versions),
        r.reason,
    ], r.dashboardUrl === undefined ? '—' : `[dashboard](${r.dashboardUrl})`)), '');
    for (const r of regions) {
        if (!r.record)
            continue;
        out.push(`<details><summary>${(0,util_escape/* mdText */.bC)(r.region)}: ${(0,util_escape/* mdText */.bC)(r.verdict)}</summary>`, '');
        const verdict = r.verdict === 'not run' || r.verdict === 'error' ? 'skipped' : r.verdict;
        const own = { ...report, ...r, verdict, record: r.record, regions: undefined };
        out.push(renderSummary(own), '</details>', '');
    }
    return `${out.join('\n')}\n`;
}
function renderSummary(report) {
    if (report.regions)
        return renderRelease(report, report.regions);
    const { record } = report;
    const out = [];
    const where = report.stack.name ? ` — ${(0,util_escape/* mdText */.bC)(report.stack.name)}` : '';
    out.push(`## ${ICON[report.verdict]} stack-canary: ${report.verdict}${where}`, '');
    out.push((0,util_escape/* mdText */.bC)(report.reason), '');
    if (report.rolledBack)
        out.push(`**Rolled back** (mode: ${(0,util_escape/* mdText */.bC)(report.rollback)}).`, '');
    if (report.dryRun)
        out.push('**Dry run**: change sets shown, nothing changed.', '');
    if (report.verdict === 'pending') {
        const stack = report.stack.name ? ` --stack-name ${report.stack.name}` : '';
        out.push(`**Handed to the guard**: it judges each minute, then promotes or rolls back. Follow it with \`npx stack-canary status${(0,util_escape/* mdText */.bC)(stack)}\`; gate a later job with \`npx stack-canary wait${(0,util_escape/* mdText */.bC)(stack)}\`.`, '');
    }
    if (record.crash)
        out.push(...crashLines(record.crash));
    out.push(...guardSection(record.guard ?? [], Date.parse(record.startedAt)));
    out.push(...table(['function', `alias ${report.alias} was on`, 'new version', 'alias now'], Object.entries(report.versions).map(([fn, v]) => [
        fn,
        v.previous ?? '—',
        v.new ?? '—',
        aliasNow(record, fn),
    ])));
    if (record.steps.length) {
        out.push(`### Steps (${(0,util_escape/* mdText */.bC)(report.strategy.source)})`, '');
        out.push(...table(['step', 'traffic', 'hold', 'outcome', 'reason'], record.steps.map((s) => [
            String(s.index + 1),
            pct(s.weight),
            `${Math.round(s.holdMs / 1000)}s`,
            s.outcome,
            stepReason(s),
        ])));
    }
    const rules = ruleRows(record.steps);
    if (rules.length) {
        out.push("### The judge's rules", '');
        out.push(...table(['step', 'function', 'decision', 'rule', 'status', 'finding', 'evidence'], rules));
    }
    if (record.actions.length) {
        out.push('### Alias changes', '');
        out.push(...table(['function', 'change', 'from', 'to', 'at'], record.actions.map((a) => [a.functionName, a.kind, a.from, a.to, a.at])));
    }
    const rollback = record.rollback;
    if (rollback && (rollback.aliases.length > 0 || rollback.stack !== 'not requested')) {
        out.push(`### Rollback (after ${rollback.trigger === 'error' ? 'an error' : 'the verdict'})`, '');
        out.push(...rollback.aliases.map((a) => `- ${(0,util_escape/* mdText */.bC)(a.message)}`));
        out.push(`- stack: ${(0,util_escape/* mdText */.bC)(rollback.stack)}`, '');
    }
    const watched = [...record.steps].reverse().find((s) => s.samples && Object.keys(s.samples).length > 0);
    for (const fn of Object.values(watched?.samples ?? {})) {
        const chart = renderErrorChart(fn.functionName, errorSeries(fn));
        if (chart)
            out.push(chart, '');
    }
    const changes = record.stack?.changes ?? [];
    if (changes.length) {
        out.push('### Change set', '');
        out.push(...table(['action', 'logical id', 'type', 'replacement'], changes.map((c) => [c.action, c.logicalId, c.resourceType, c.replacement])));
    }
    const t = report.thresholds;
    out.push('<details><summary>Thresholds</summary>', '', `max error rate ${pct(t.maxErrorRate)} · max memory ${pct(t.maxMemoryUtilization)} · ` +
        `max p99 ${t.maxP99DurationMs === undefined ? '—' : `${t.maxP99DurationMs} ms`} · ` +
        `max throttles ${t.maxThrottles} · min invocations ${t.minInvocations} · ` +
        `baseline comparison ${report.compareBaseline ? 'on' : 'off'}`, '', '</details>');
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./lib/src/config/redact.js
var redact = __webpack_require__(8860);
// EXTERNAL MODULE: ./lib/src/errors.js
var errors = __webpack_require__(5071);
;// CONCATENATED MODULE: ./lib/src/action/deployment.js
/**
 * An optional GitHub deployment for the run: created when the canary starts (in_progress) and
 * given its final state when it ends. A failure here is a warning: it never decides a canary.
 * @actions/github is loaded only when a deployment is asked for, so start-up stays fast.
 */

function deploymentState(verdict) {
    switch (verdict) {
        case 'pending':
            // Handed to the guard (wait: false): the canary goes on.
            return 'in_progress';
        case 'pass':
            return 'success';
        case 'skipped':
            return 'inactive';
        case 'error':
            return 'error';
        default:
            return 'failure';
    }
}
/** GitHub allows 140 characters of description. */
const deployment_short = (text) => (text.length > 140 ? `${text.slice(0, 139)}…` : text);
async function startDeployment(request, logger) {
    const noop = { finish: async () => undefined };
    try {
        const github = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
        const { context } = github;
        const octokit = github.getOctokit(request.token);
        const logUrl = `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`;
        const { data } = await octokit.rest.repos.createDeployment({
            ...context.repo,
            ref: context.sha,
            environment: request.environment,
            description: deployment_short(request.description),
            auto_merge: false,
            required_contexts: [],
        });
        if (!('id' in data)) {
            logger.warning(`GitHub deployment not created: ${'message' in data ? String(data.message) : 'no id'}`);
            return noop;
        }
        const id = data.id;
        await octokit.rest.repos.createDeploymentStatus({
            ...context.repo,
            deployment_id: id,
            state: 'in_progress',
            log_url: logUrl,
            description: 'canary in progress',
        });
        return {
            recorded: { id, repository: `${context.repo.owner}/${context.repo.repo}`, apiUrl: context.apiUrl },
            finish: async (verdict, description) => {
                try {
                    await octokit.rest.repos.createDeploymentStatus({
                        ...context.repo,
                        deployment_id: id,
                        state: deploymentState(verdict),
                        log_url: logUrl,
                        description: deployment_short(description),
                    });
                }
                catch (error) {
                    logger.warning(`GitHub deployment status not updated: ${(0,errors/* errorMessage */.gJ)(error)}`);
                }
            },
        };
    }
    catch (error) {
        logger.warning(`GitHub deployment not created: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return noop;
    }
}

;// CONCATENATED MODULE: ./lib/src/action/deployment-run.js


/** One line on what is deployed: `stack-canary: orders-api, alias live, canary 10% 5m`. */
function deploymentDescription(config) {
    const target = config.stackName ?? config.functions.join(', ');
    return `stack-canary: ${target}, alias ${config.alias}, ${config.strategy.source}`;
}
async function runWithDeployment(config, logger, run, start = startDeployment) {
    const environment = config.deploymentEnvironment;
    const token = config.githubToken;
    if (environment === undefined || token === undefined)
        return run();
    if (config.dryRun) {
        logger.info(`Dry run: no GitHub deployment is recorded for environment ${environment}.`);
        return run();
    }
    const tracker = await start({ token, environment, description: deploymentDescription(config) }, logger);
    let result;
    try {
        result = await run(tracker.recorded);
    }
    catch (error) {
        await tracker.finish('error', (0,errors/* errorMessage */.gJ)(error));
        throw error;
    }
    await tracker.finish(result.verdict, result.reason);
    return result;
}

// EXTERNAL MODULE: ./lib/src/action/pr-comment.js + 2 modules
var pr_comment = __webpack_require__(5739);
// EXTERNAL MODULE: ./lib/src/action/logger.js
var action_logger = __webpack_require__(4489);
// EXTERNAL MODULE: ./lib/src/action/outputs.js
var outputs = __webpack_require__(615);
// EXTERNAL MODULE: ./lib/src/action/runner.js
var runner = __webpack_require__(2859);
// EXTERNAL MODULE: ./lib/src/action/failure.js
var failure = __webpack_require__(3583);
// EXTERNAL MODULE: ./lib/src/action/report-file.js
var report_file = __webpack_require__(7330);
// EXTERNAL MODULE: ./lib/src/action/stop-report.js
var stop_report = __webpack_require__(3248);
// EXTERNAL MODULE: ./lib/src/action/stop-step.js
var stop_step = __webpack_require__(9428);
// EXTERNAL MODULE: ./lib/src/action/state.js
var action_state = __webpack_require__(1020);
;// CONCATENATED MODULE: ./lib/src/action/main-run.js
/**
 * The action's main step once its inputs are valid: the run goes through the front door
 * (src/front-door.ts), and this step makes of its end the outputs, the JSON report and the job
 * summary.
 * - SIGTERM/SIGINT (a cancelled job) stop the run and restore every alias it changed, from the
 *   journal kept in memory, before the step exits with 128 + the signal number.
 * - Whatever throws, the step still writes `verdict` (`error`), `reason` (one line, one error
 *   annotation), `rolled-back`, `versions`, its own JSON `report` and a job summary saying where
 *   the aliases were left.
 */

















async function runMainStep(config, secrets, options) {
    const path = (0,report_file/* reportPath */.e)(config.stackName ?? config.functions.join('-'));
    const logger = (0,action_logger/* redactingActionLogger */.q)(secrets.redact);
    const state = new action_state/* MainStepState */.r();
    await (0,front_door/* runFrontDoor */.h)({
        config,
        secrets,
        logger,
        state,
        env: process.env,
        comment: pr_comment/* commentOnPullRequest */.rh,
        seams: options,
        // With deployment-environment: a GitHub deployment before the run, its status from the verdict after.
        around: (run) => runWithDeployment(config, logger, run),
        afterRecovery: (signal, report) => (0,stop_step/* writeStopReport */.W)({
            title: 'stopped',
            failure: (0,failure/* describeFailure */.I)(`The step received ${signal} and stopped the run.`),
            aliases: (0,stop_report/* aliasesAfterRecovery */.Wo)(report),
            versions: (0,stop_report/* versionsFromJournal */.NZ)((0,journal/* readJournal */.a0)(state)),
            reportPath: path,
            stackName: config.stackName,
        }, secrets),
    }, {
        verdict: (end) => finish(end, secrets, path),
        error: (error, journal) => failAfterError(error, journal, config, secrets, path),
        stopped: () => undefined,
    });
}
/** A run that reached a verdict: the JSON report, the outputs, the summary; fail/inconclusive fail the step. */
async function finish(end, secrets, reportPath) {
    (0,external_node_fs_.writeFileSync)(reportPath, end.reportText);
    (0,outputs/* writeOutputs */.Kn)(end.result, reportPath, secrets.redact);
    // Secrets masked in the report's texts before it is rendered: the summary's figures stay whole.
    await runner/* appendSummary */.fe(renderSummary((0,redact/* redactStrings */.eT)(end.report, secrets.redact)));
    // The last line of the log: the verdict, what was done, why (an error annotation when it fails).
    if (end.failed)
        runner.fail(end.line);
    else
        runner/* info */.pq(end.line);
}
/** One error annotation for the error (the pipeline has only logged what it restored), then the stop report. */
function failAfterError(error, journal, config, secrets, reportPath) {
    const record = (0,pipeline_record/* crashRecordOf */.sT)(error);
    return (0,stop_step/* failStep */.v)(error, {
        aliases: (0,stop_report/* aliasesAfterError */.X2)(journal),
        versions: record ? crashResult(record).versions : (0,stop_report/* versionsFromJournal */.NZ)(journal),
        reportPath,
        stackName: config.stackName,
        record,
    }, secrets);
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

/***/ 3000:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gl: () => (/* binding */ stackRecord),
/* harmony export */   KS: () => (/* binding */ RunRecorder),
/* harmony export */   sT: () => (/* binding */ crashRecordOf),
/* harmony export */   wp: () => (/* binding */ restoreRecord)
/* harmony export */ });
/* unused harmony exports RUN_RECORD_FORMAT, emptyRunRecord */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/* harmony import */ var _traffic_routing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3826);


const RUN_RECORD_FORMAT = 1;
/** A record with nothing in it yet (a run that stopped before its first phase). */
function emptyRunRecord(config, at) {
    return {
        format: RUN_RECORD_FORMAT,
        alias: config.alias,
        strategy: config.strategy.source,
        rollbackMode: config.rollback,
        onInconclusive: config.onInconclusive,
        startedAt: at,
        finishedAt: at,
        functions: [],
        steps: [],
        actions: [],
        rollback: undefined,
        stack: undefined,
        monitoring: undefined,
        preTraffic: undefined,
        postTraffic: undefined,
        timings: [],
        crash: undefined,
        guard: [],
    };
}
const crashes = new WeakMap();
/** The record of the run that threw `error`, when it came out of runPipeline. */
function crashRecordOf(error) {
    return typeof error === 'object' && error !== null ? crashes.get(error) : undefined;
}
function stackRecord(d) {
    return { stackName: d.stackName, stackId: d.stackId, outcome: d.outcome, changes: d.changes };
}
function restoreRecord(r) {
    return { functionName: r.functionName, alias: r.alias, action: r.action, message: r.message };
}
/** Collects the record as the run goes. */
class RunRecorder {
    config;
    clock;
    steps = [];
    rollback;
    preTraffic;
    postTraffic;
    guard = [];
    timings = [];
    startedAt;
    constructor(config, clock) {
        this.config = config;
        this.clock = clock;
        this.startedAt = this.iso();
    }
    iso() {
        return new Date(this.clock.now()).toISOString();
    }
    /** The phase now running: the innermost one begun and not ended. */
    currentPhase() {
        return [...this.timings].reverse().find((t) => t.durationMs === undefined)?.phase;
    }
    /** Times `body` as `phase`; a phase that throws stays open, so a crash names it. */
    async phase(phase, body) {
        const timing = { phase, startedAt: this.clock.now(), durationMs: undefined };
        this.timings.push(timing);
        const value = await body();
        timing.durationMs = this.clock.now() - timing.startedAt;
        return value;
    }
    /** Starts a step record; the returned object is updated as the step goes. */
    beginStep(index, weight, holdMs) {
        const step = {
            index,
            weight,
            holdMs,
            startedAt: this.iso(),
            endedAt: undefined,
            outcome: 'not-reached',
            decisions: {},
            polls: [],
            samples: undefined,
        };
        this.steps.push(step);
        return step;
    }
    /** Replaces the step's record with its new state. */
    updateStep(step, change) {
        const index = this.steps.indexOf(step);
        const next = { ...step, ...change };
        if (index >= 0)
            this.steps[index] = next;
        return next;
    }
    build(sources, crash) {
        const { config } = this;
        return {
            ...emptyRunRecord(config, this.startedAt),
            finishedAt: this.iso(),
            functions: sources.runs.map(functionRecord),
            steps: [...this.steps],
            actions: (sources.journal?.entries() ?? []).flatMap((entry) => entry.changes.map((c) => ({
                functionName: entry.functionName,
                alias: entry.alias,
                kind: c.kind,
                from: (0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_1__/* .describeTarget */ .ff)(c.from),
                to: (0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_1__/* .describeTarget */ .ff)(c.to),
                at: c.at,
            }))),
            rollback: this.rollback,
            preTraffic: this.preTraffic,
            postTraffic: this.postTraffic,
            guard: [...this.guard],
            stack: sources.stack,
            monitoring: sources.monitoring,
            timings: this.timings.map((t) => ({
                phase: t.phase,
                startedAt: new Date(t.startedAt).toISOString(),
                durationMs: t.durationMs,
            })),
            crash,
        };
    }
    /** Builds the record of a run that threw, and keeps it for crashRecordOf(error). */
    crashed(error, phase, sources) {
        const record = this.build(sources, {
            error: {
                name: error instanceof Error ? error.name : typeof error,
                code: error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt ? error.code : undefined,
                message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error),
            },
            phase,
            aliases: sources.runs.map((run) => aliasEnd(run, this.config.alias, phase === 'promote')),
        });
        if (typeof error === 'object' && error !== null)
            crashes.set(error, record);
        return record;
    }
}
function functionRecord(r) {
    return {
        functionName: r.functionName,
        status: r.status ?? 'not published',
        previous: r.snapshot?.version,
        new: r.published?.version,
        aliasNow: (0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_1__/* .describeTarget */ .ff)(r.alias?.target),
        memorySizeMb: r.published?.memorySizeMb,
        timeoutSeconds: r.published?.timeoutSeconds,
        changedBySomeoneElse: r.foreign,
    };
}
/** The new version counts as judged only once the run is promoting (every step passed). */
function aliasEnd(run, alias, passed) {
    const now = run.alias?.target ?? null;
    const judged = [run.snapshot, passed && run.published ? (0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_1__/* .soleTarget */ .Ro)(run.published.version) : null];
    const onJudged = (now === null && run.snapshot === null) || judged.some((t) => t !== null && (0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_1__/* .sameTarget */ .cS)(t, now));
    return {
        functionName: run.functionName,
        alias,
        now: (0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_1__/* .describeTarget */ .ff)(now),
        onJudgedVersion: onJudged,
    };
}


/***/ }),

/***/ 6823:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ guardActivityText)
/* harmony export */ });
/* unused harmony export agoText */
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7954);

/** "just now", "12 min ago", "3 h ago", "2 d ago"; a time after `nowMs` (clock skew) is "just now". */
function agoText(atMs, nowMs) {
    const minutes = Math.floor((nowMs - atMs) / _util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .MINUTE_MS */ .k);
    if (!(minutes >= 1))
        return 'just now';
    if (minutes < 60)
        return `${minutes} min ago`;
    const hours = Math.floor(minutes / 60);
    return hours < 48 ? `${hours} h ago` : `${Math.floor(hours / 24)} d ago`;
}
const when = (at, nowMs) => `at ${at} (${agoText(Date.parse(at), nowMs)})`;
/** One plain line: what the guard did to `alias`, when and why, since the last promotion. */
function guardActivityText(activity, nowMs) {
    const parts = [];
    const { rolledBack, lastActionAt } = activity;
    if (rolledBack) {
        const to = activity.lastPassed ? ` back to v${activity.lastPassed}` : '';
        parts.push(`rolled alias ${activity.alias} off v${rolledBack.version}${to} ${when(rolledBack.at, nowMs)}: ${rolledBack.reason}`);
    }
    if (lastActionAt && lastActionAt !== rolledBack?.at) {
        parts.push(`last acted (a notice, a scale-out or a rollback) ${when(lastActionAt, nowMs)}`);
    }
    const since = activity.promotedAt
        ? `since the promotion at ${activity.promotedAt}`
        : 'no promotion recorded';
    return `${activity.functionName}: the guard ${parts.join('; ')} (${since})`;
}


/***/ })

};

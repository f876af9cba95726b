export const id = 199;
export const ids = [199];
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

/***/ 5199:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMainStep: () => (/* binding */ runMainStep)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/aws/clients.js
var aws_clients = __webpack_require__(9852);
// EXTERNAL MODULE: ./lib/src/errors.js
var errors = __webpack_require__(5071);
// EXTERNAL MODULE: ./lib/src/pipeline/journal.js
var journal = __webpack_require__(6570);
// EXTERNAL MODULE: ./lib/src/report/report.js
var report_report = __webpack_require__(931);
// EXTERNAL MODULE: ./lib/src/report/escape.js
var report_escape = __webpack_require__(3330);
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
    const labels = usable.map((p) => `"${Math.round((p.start - t0) / 60_000)}m"`);
    const series = (pick) => usable.map((p) => ((pick(p) ?? 0) * 100).toFixed(2)).join(', ');
    const max = Math.max(1, ...usable.flatMap((p) => [p.canaryErrorRate ?? 0, p.baselineErrorRate ?? 0].map((x) => Math.ceil(x * 100))));
    return [
        `### Error rate, canary vs baseline — ${(0,report_escape/* mdText */.bC)(functionName)}`,
        '',
        '```mermaid',
        'xychart-beta',
        `  title "${(0,report_escape/* mermaidText */.Hg)(functionName)}: error rate (%)"`,
        `  x-axis [${labels.join(', ')}]`,
        `  y-axis "errors %" 0 --> ${max}`,
        `  line [${series((p) => p.canaryErrorRate)}]`,
        `  line [${series((p) => p.baselineErrorRate)}]`,
        '```',
        '',
        'First line: canary (new version); second: baseline (old version).',
    ].join('\n');
}

;// CONCATENATED MODULE: ./lib/src/report/summary.js


const ICON = {
    pass: '✅',
    fail: '❌',
    inconclusive: '⚠️',
    skipped: '⏭️',
};
const RULE_ICON = { fail: '❌', pass: '✅', watching: '⏳' };
const pct = (x) => `${(x * 100).toFixed(x < 0.1 ? 2 : 1)}%`;
/** A markdown table; every cell is escaped. */
function table(header, rows) {
    if (rows.length === 0)
        return [];
    const line = (cells) => `| ${cells.map(report_escape/* mdText */.bC).join(' | ')} |`;
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
        `**The run stopped on an error${where}:** ${(0,report_escape/* mdText */.bC)(crash.error.message)}`,
        '',
        ...table(['function', 'alias', 'left on', 'judged version'], crash.aliases.map((a) => [a.functionName, a.alias, a.now, a.onJudgedVersion ? 'yes' : 'NO'])),
    ];
}
function renderSummary(report) {
    const { record } = report;
    const out = [];
    const where = report.stack.name ? ` — ${(0,report_escape/* mdText */.bC)(report.stack.name)}` : '';
    out.push(`## ${ICON[report.verdict]} stack-canary: ${report.verdict}${where}`, '');
    out.push((0,report_escape/* mdText */.bC)(report.reason), '');
    if (report.rolledBack)
        out.push(`**Rolled back** (mode: ${(0,report_escape/* mdText */.bC)(report.rollback)}).`, '');
    if (report.dryRun)
        out.push('**Dry run**: change sets shown, nothing changed.', '');
    if (record.crash)
        out.push(...crashLines(record.crash));
    out.push(...table(['function', `alias ${report.alias} was on`, 'new version', 'alias now'], Object.entries(report.versions).map(([fn, v]) => [
        fn,
        v.previous ?? '—',
        v.new ?? '—',
        aliasNow(record, fn),
    ])));
    if (record.steps.length) {
        out.push(`### Steps (${(0,report_escape/* mdText */.bC)(report.strategy.source)})`, '');
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
        out.push(...rollback.aliases.map((a) => `- ${(0,report_escape/* mdText */.bC)(a.message)}`));
        out.push(`- stack: ${(0,report_escape/* mdText */.bC)(rollback.stack)}`, '');
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

// EXTERNAL MODULE: ./lib/src/signals.js
var signals = __webpack_require__(6327);
// EXTERNAL MODULE: ./lib/src/util/clock.js
var clock = __webpack_require__(2401);
;// CONCATENATED MODULE: ./lib/src/action/deployment.js
/**
 * An optional GitHub deployment for the run: created when the canary starts (in_progress) and
 * given its final state when it ends. A failure here is a warning: it never decides a canary.
 * @actions/github is loaded only when a deployment is asked for, so start-up stays fast.
 */

function deploymentState(verdict) {
    switch (verdict) {
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
        result = await run();
    }
    catch (error) {
        await tracker.finish('error', (0,errors/* errorMessage */.gJ)(error));
        throw error;
    }
    await tracker.finish(result.verdict, result.reason);
    return result;
}

// EXTERNAL MODULE: ./lib/src/action/logger.js
var action_logger = __webpack_require__(4489);
// EXTERNAL MODULE: ./lib/src/action/outputs.js + 1 modules
var outputs = __webpack_require__(9964);
// EXTERNAL MODULE: ./lib/src/action/runner.js
var runner = __webpack_require__(2859);
// EXTERNAL MODULE: ./lib/src/action/stop-report.js
var stop_report = __webpack_require__(3248);
// EXTERNAL MODULE: ./lib/src/action/state.js
var action_state = __webpack_require__(1020);
;// CONCATENATED MODULE: ./lib/src/action/main-run.js
/**
 * The action's main step once its inputs are valid: the engine, then outputs, the JSON report and
 * the job summary. Errors are caught here, once.
 * - SIGTERM/SIGINT (a cancelled job) stop the run and restore every alias it changed, from the
 *   journal kept in memory, before the step exits with 128 + the signal number.
 * - Whatever throws, the step still writes `verdict` (`error`), `reason`, `rolled-back` and a
 *   job summary saying where the aliases were left.
 */
















async function runMainStep(config, secrets, options) {
    const startedAt = new Date();
    const logger = (0,action_logger/* redactingActionLogger */.q)(secrets.redact);
    const state = new action_state/* MainStepState */.rY();
    let clients;
    const getClients = () => (clients ??= (0,aws_clients/* createAwsClients */.Gv)({ region: config.region }));
    let guard;
    try {
        const guarded = (0,signals/* guardRun */.js)({
            host: options.host ?? signals/* processHost */.Ql,
            logger,
            state,
            lambda: async () => (await getClients()).lambda,
            afterRecovery: (signal, report) => (0,stop_report/* writeStopReport */.Wt)('stopped', `The step received ${signal} and stopped the run.`, (0,stop_report/* aliasesAfterRecovery */.Wo)(report), secrets.redact),
        });
        guard = guarded.guard;
        // The engine (and the AWS SDK with it) loads only once the inputs are valid.
        const { runPipeline } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(696), __webpack_require__.e(805), __webpack_require__.e(303), __webpack_require__.e(85), __webpack_require__.e(797), __webpack_require__.e(802)]).then(__webpack_require__.bind(__webpack_require__, 4802));
        // With deployment-environment: a GitHub deployment before the run, its status from the verdict after.
        const result = await runWithDeployment(config, logger, () => runPipeline(config, { logger, state, clock: options.clock ?? clock/* realClock */.d, clients: getClients, signal: guarded.signal }, options.parts));
        const stopped = guard.interrupted();
        if (stopped) {
            await stopped;
            return;
        }
        finish(config, result, startedAt, secrets);
    }
    catch (error) {
        const stopped = guard?.interrupted();
        if (stopped) {
            await stopped;
            return;
        }
        const message = (0,errors/* errorMessage */.gJ)(error);
        runner/* fail */.fJ(secrets.redact(message));
        try {
            (0,stop_report/* writeStopReport */.Wt)('error', message, (0,stop_report/* aliasesAfterError */.X2)((0,journal/* readJournal */.a0)(state.memory)), secrets.redact);
        }
        catch (reportError) {
            runner/* error */.z3(secrets.redact(`The error report could not be written: ${(0,errors/* errorMessage */.gJ)(reportError)}`));
        }
    }
    finally {
        guard?.dispose();
        const built = clients ? await clients.catch(() => undefined) : undefined;
        if (built)
            (0,aws_clients/* destroyAwsClients */.QI)(built);
    }
}
/** A run that reached a verdict: the JSON report, the outputs, the summary; fail/inconclusive fail the step. */
function finish(config, result, startedAt, secrets) {
    const report = (0,report_report/* buildReport */.FK)(config, result, { startedAt, finishedAt: new Date() });
    const reportPath = (0,external_node_path_.join)(process.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'stack-canary-report.json');
    (0,external_node_fs_.writeFileSync)(reportPath, (0,report_report/* serializeReport */.xH)(report, secrets.list()));
    (0,outputs/* writeOutputs */.Kn)(result, reportPath, secrets.redact);
    runner/* appendSummary */.fe(secrets.redact(renderSummary(report)));
    if (result.verdict === 'fail' || result.verdict === 'inconclusive') {
        runner/* fail */.fJ(secrets.redact(`stack-canary: ${result.verdict}: ${result.reason}`));
    }
}


/***/ }),

/***/ 9852:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ createAwsClients),
/* harmony export */   QI: () => (/* binding */ destroyAwsClients),
/* harmony export */   s1: () => (/* binding */ clientOptions)
/* harmony export */ });
/* unused harmony exports DEFAULT_TIMEOUTS, DEFAULT_MAX_ATTEMPTS, TIMEOUT_ENV, resolveTimeouts, requestHandlerOptions, USER_AGENT, clientsConstructed, resolveRegion */
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6070);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5071);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1294);



const DEFAULT_TIMEOUTS = { connectionMs: 5_000, requestMs: 30_000 };
const DEFAULT_MAX_ATTEMPTS = 6;
/** Environment variables that tighten or relax the bounds (a duration such as `10s` or `0.5s`). */
const TIMEOUT_ENV = {
    connectionMs: 'STACK_CANARY_CONNECTION_TIMEOUT',
    requestMs: 'STACK_CANARY_REQUEST_TIMEOUT',
};
const MAX_TIMEOUT_MS = 15 * 60_000;
/** The bounds every request gets: explicit settings, then the environment, then the defaults. */
function resolveTimeouts(settings = {}, env = process.env) {
    const pick = (key) => {
        const explicit = settings[key];
        if (explicit !== undefined)
            return explicit;
        const name = TIMEOUT_ENV[key];
        const text = env[name];
        if (text === undefined || text.trim() === '')
            return DEFAULT_TIMEOUTS[key];
        const ms = (0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .durationMsOf */ .aw)(text);
        if (ms === null || ms < 100 || ms > MAX_TIMEOUT_MS) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(name, `Environment variable ${name} is "${text.slice(0, 40)}". Accepted: a duration from 0.1s to 15m, such as 10s or 1m.`);
        }
        return ms;
    };
    return { connectionMs: pick('connectionMs'), requestMs: pick('requestMs') };
}
/** The NodeHttpHandler options of every client (passed as options, so the handler loads with the SDK). */
function requestHandlerOptions(timeouts) {
    return {
        connectionTimeout: timeouts.connectionMs,
        requestTimeout: timeouts.requestMs,
        // Without it the SDK only logs a warning when requestTimeout passes, and keeps waiting.
        throwOnRequestTimeout: true,
        socketTimeout: timeouts.requestMs,
    };
}
const USER_AGENT = `stack-canary/${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x}`;
/** How many clients this process has built: lets a test prove bad input built none. */
let constructed = 0;
function clientsConstructed() {
    return constructed;
}
function resolveRegion(region, env = process.env) {
    const resolved = region || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'];
    if (!resolved) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('region', 'Input region is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set. Accepted: an AWS region such as eu-west-1.');
    }
    return resolved;
}
/** The settings every client gets (the full set here, and the post step's Lambda-only client). */
function clientOptions(settings) {
    const timeouts = resolveTimeouts(settings.timeouts);
    return {
        region: resolveRegion(settings.region),
        // Standard, not adaptive: adaptive mode's client-side rate limiter is shared by every call of a
        // client, so throttled synthetic Invokes held back the run's own alias changes and polls (under
        // 30% throttling: a 6 s hold took 24 s and 90% of the synthetic traffic never went out).
        retryMode: 'standard',
        maxAttempts: settings.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        customUserAgent: USER_AGENT,
        requestHandler: requestHandlerOptions(timeouts),
    };
}
async function createAwsClients(settings) {
    const common = clientOptions(settings);
    const region = common.region;
    const [cfn, lambda, cw, logs, sns, s3] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(85)]).then(__webpack_require__.t.bind(__webpack_require__, 4085, 19)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(303)]).then(__webpack_require__.t.bind(__webpack_require__, 2684, 19)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(797)]).then(__webpack_require__.t.bind(__webpack_require__, 8797, 19)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19)),
    ]);
    constructed += 6;
    return {
        region,
        cloudFormation: new cfn.CloudFormationClient(common),
        lambda: new lambda.LambdaClient(common),
        cloudWatch: new cw.CloudWatchClient(common),
        logs: new logs.CloudWatchLogsClient(common),
        sns: new sns.SNSClient(common),
        // Path-style keeps bucket names out of the host, which local emulators need.
        s3: new s3.S3Client({ ...common, forcePathStyle: Boolean(process.env['AWS_ENDPOINT_URL']) }),
    };
}
function destroyAwsClients(clients) {
    for (const client of [
        clients.cloudFormation,
        clients.lambda,
        clients.cloudWatch,
        clients.logs,
        clients.sns,
        clients.s3,
    ]) {
        client.destroy();
    }
}


/***/ }),

/***/ 6570:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ RunCancelledError),
/* harmony export */   CQ: () => (/* binding */ Journal),
/* harmony export */   LU: () => (/* binding */ STATE_KEYS),
/* harmony export */   MW: () => (/* binding */ JOURNAL_FORMAT),
/* harmony export */   Vj: () => (/* binding */ aliasStateKey),
/* harmony export */   a0: () => (/* binding */ readJournal)
/* harmony export */ });
/* unused harmony exports MAX_SNAPSHOT_STATE_CHARS, describeChange */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/* harmony import */ var _traffic_routing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3826);
/**
 * The state journal: every alias change a run makes is written here BEFORE it is made, with the
 * snapshot each alias returns to. The action keeps it with core.saveState (the post step reads it
 * as STATE_* variables); the CLI keeps it in memory for its signal handler. Either way it is what
 * puts every alias back when the run stops before its end.
 *
 * Each function has its own key, so no one value outgrows an environment variable.
 */


/** Every state key the run writes, in one place. */
const STATE_KEYS = {
    /** JournalHeader: region, alias, stack, functions in key order. */
    run: 'run',
    /** The stack part's snapshot (template body left out when large). */
    stackSnapshot: 'stack_snapshot',
    /** Set at the end of the main step: the post step then has nothing to do. */
    finished: 'finished',
};
/** AliasJournal of the n-th function of the run. */
const aliasStateKey = (index) => `alias_${index}`;
const JOURNAL_FORMAT = 1;
/** Beyond this, the stack snapshot is saved without its template body (environment variable limits). */
const MAX_SNAPSHOT_STATE_CHARS = 60_000;
/** Raised when a change is attempted after the run was told to stop. */
class RunCancelledError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt {
    constructor() {
        super('CANCELLED', 'The run was stopped; no further alias change is made.');
    }
}
class Journal {
    store;
    clock;
    signal;
    run;
    aliases = new Map();
    constructor(store, clock, signal) {
        this.store = store;
        this.clock = clock;
        this.signal = signal;
    }
    start(info) {
        this.run = {
            format: JOURNAL_FORMAT,
            ...info,
            startedAt: new Date(this.clock.now()).toISOString(),
            functions: [],
        };
        this.store.save(STATE_KEYS.run, JSON.stringify(this.run));
    }
    saveStackSnapshot(snapshot) {
        let text = JSON.stringify(snapshot);
        if (text.length > MAX_SNAPSHOT_STATE_CHARS) {
            // JSON drops the undefined body: the post step never needs it, and it may be megabytes.
            text = JSON.stringify({ ...snapshot, templateBody: undefined, templateBodyOmitted: true });
        }
        this.store.save(STATE_KEYS.stackSnapshot, text);
    }
    /** Records where the alias returns to. The first snapshot of a function wins. */
    snapshotAlias(functionName, alias, snapshot) {
        if (this.aliases.has(functionName))
            return;
        const run = this.requireRun();
        const index = run.functions.length;
        const entry = { functionName, alias, snapshot, changes: [] };
        this.aliases.set(functionName, { index, entry });
        this.store.save(aliasStateKey(index), JSON.stringify(entry));
        this.run = { ...run, functions: [...run.functions, functionName] };
        this.store.save(STATE_KEYS.run, JSON.stringify(this.run));
    }
    snapshotOf(functionName) {
        return this.aliases.get(functionName)?.entry.snapshot;
    }
    /** Journals a change about to be made. Refuses once the run has been told to stop. */
    record(functionName, kind, from, to) {
        if (this.signal?.aborted)
            throw new RunCancelledError();
        const known = this.aliases.get(functionName);
        if (!known) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt('INTERNAL', `No snapshot of the alias of ${functionName} was journaled before changing it.`);
        }
        const change = { kind, from, to, at: new Date(this.clock.now()).toISOString() };
        const entry = { ...known.entry, changes: [...known.entry.changes, change] };
        this.aliases.set(functionName, { index: known.index, entry });
        this.store.save(aliasStateKey(known.index), JSON.stringify(entry));
        return change;
    }
    finish(verdict) {
        const record = { verdict, at: new Date(this.clock.now()).toISOString() };
        this.store.save(STATE_KEYS.finished, JSON.stringify(record));
    }
    entries() {
        return [...this.aliases.values()].sort((a, b) => a.index - b.index).map((a) => a.entry);
    }
    requireRun() {
        if (!this.run)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt('INTERNAL', 'The journal was used before the run was started.');
        return this.run;
    }
}
/** One line per change: "orders-fn: live v3 → v3 + v4 at 10% (shift)". */
function describeChange(entry, change) {
    return `${entry.functionName}: ${entry.alias} ${describeTarget(change.from)} → ${describeTarget(change.to)} (${change.kind})`;
}
function parse(store, key) {
    const text = store.get(key);
    if (!text)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt('INTERNAL', `Saved state ${key} is not valid JSON.`, { cause: error });
    }
}
/** What a run journaled; undefined when no run started (nothing to restore). */
function readJournal(store) {
    const run = parse(store, STATE_KEYS.run);
    if (!run)
        return undefined;
    if (run.format !== JOURNAL_FORMAT) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StackCanaryError */ .Bt('INTERNAL', `Saved state run has format ${String(run.format)}; this version reads ${JOURNAL_FORMAT}.`);
    }
    const aliases = [];
    run.functions.forEach((_name, index) => {
        const entry = parse(store, aliasStateKey(index));
        if (entry)
            aliases.push(entry);
    });
    return {
        run,
        stackSnapshot: parse(store, STATE_KEYS.stackSnapshot),
        aliases,
        finished: parse(store, STATE_KEYS.finished),
    };
}


/***/ }),

/***/ 3330:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hg: () => (/* binding */ mermaidText),
/* harmony export */   bC: () => (/* binding */ mdText),
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

/***/ 931:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   xH: () => (/* binding */ serializeReport)
/* harmony export */ });
/* harmony import */ var _config_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3640);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1294);
/**
 * The JSON report: what a run decided and why, for the CLI's output, the action's `report`
 * output and the job summary. Built from the config and the run's result (its typed run record
 * included as is); carries no secret (no token, no parameter values, no synthetic payload).
 */


function buildReport(config, result, times) {
    return {
        tool: 'stack-canary',
        version: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x,
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
    };
}

/** The report as JSON text, with any known secret removed as a last line of defence. */
function serializeReport(report, secrets) {
    return (0,_config_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(`${JSON.stringify(report, null, 2)}\n`, secrets);
}


/***/ }),

/***/ 6327:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ processHost),
/* harmony export */   js: () => (/* binding */ guardRun)
/* harmony export */ });
/* unused harmony exports SIGNAL_EXIT_CODES, guardSignals */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
const processHost = {
    on: (signal, listener) => process.on(signal, listener),
    off: (signal, listener) => process.off(signal, listener),
    exit: (code) => process.exit(code),
};
function guardSignals(options) {
    const { host, logger } = options;
    let recovery;
    const listeners = new Map();
    for (const signal of Object.keys(SIGNAL_EXIT_CODES)) {
        const listener = () => {
            if (recovery) {
                logger.warning(`Received ${signal} again: still restoring the aliases, exiting when done.`);
                return;
            }
            logger.warning(`Received ${signal}: stopping the run and restoring every alias it changed.`);
            const code = SIGNAL_EXIT_CODES[signal];
            recovery = options
                .onSignal(signal)
                .catch((error) => logger.error(`Restoring after ${signal} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`))
                .then(() => {
                host.exit(code);
                return code;
            });
        };
        listeners.set(signal, listener);
        host.on(signal, listener);
    }
    return {
        interrupted: () => recovery,
        dispose: () => {
            for (const [signal, listener] of listeners)
                host.off(signal, listener);
            listeners.clear();
        },
    };
}
/**
 * Guards one run: on a signal, aborts it and restores from the journal in `state`, then hands
 * the recovery's outcome to `afterRecovery` (the action writes its outputs and summary there).
 */
function guardRun(options) {
    const { logger } = options;
    const controller = new AbortController();
    const guard = guardSignals({
        host: options.host,
        logger,
        onSignal: async (signal) => {
            controller.abort();
            const { recoverUnfinishedRun } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(696), __webpack_require__.e(653)]).then(__webpack_require__.bind(__webpack_require__, 5653));
            const report = await recoverUnfinishedRun(options.state, options.lambda, logger);
            if (report.status === 'incomplete')
                logger.error(report.message);
            else
                logger.info(report.message);
            options.afterRecovery?.(signal, report);
        },
    });
    return { signal: controller.signal, guard };
}


/***/ }),

/***/ 2401:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ realClock)
/* harmony export */ });
const realClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};


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

export const id = 903;
export const ids = [903];
export const modules = {

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

/***/ 2903:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: exitCodeFor, runCliWithConfig

// EXTERNAL MODULE: ./lib/src/aws/clients.js
var aws_clients = __webpack_require__(9852);
// EXTERNAL MODULE: ./lib/src/config/parse.js + 2 modules
var parse = __webpack_require__(5930);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/src/errors.js
var errors = __webpack_require__(5071);
// EXTERNAL MODULE: ./lib/src/report/report.js
var report_report = __webpack_require__(931);
// EXTERNAL MODULE: ./lib/src/state-store.js
var state_store = __webpack_require__(6627);
// EXTERNAL MODULE: ./lib/src/util/clock.js
var clock = __webpack_require__(2401);
// EXTERNAL MODULE: ./lib/src/version.js
var version = __webpack_require__(1294);
// EXTERNAL MODULE: ./lib/src/config/input-spec.js
var input_spec = __webpack_require__(3101);
// EXTERNAL MODULE: ./lib/src/config/inputs.js + 5 modules
var inputs = __webpack_require__(6932);
// EXTERNAL MODULE: ./lib/src/config/messages.js
var messages = __webpack_require__(2873);
;// CONCATENATED MODULE: ./lib/src/cli/args.js
/**
 * The CLI's front door: flags and STACK_CANARY_* variables in, the same InputReader the action
 * hands parseConfig. Every input of the input table (config/inputs.ts) is a flag of the same
 * name; its kind says how the flag is taken.
 *
 *   --name value | --name=value      a value (a flag wins over the variable, the variable over the default)
 *   --dry-run | --no-dry-run         booleans alone mean true; --no-<name> means false
 *   --functions a --functions b      list inputs given twice add up (one entry per line)
 *   --help, -h | --version | --report-file <path>   the CLI's own flags
 *
 * Any other flag given twice (--alias a --alias b, --dry-run --no-dry-run) is an error, not
 * "the last one wins". Only the shape of the command line is checked here; the values are
 * parseConfig's job. cliHelpText is --help, from the same table.
 */





const inputsOfKind = (kind) => new Set(inputs/* INPUT_NAMES */.Qh.filter((name) => (0,inputs/* inputSpec */.mm)(name).kind === kind));
/** Inputs whose flag alone means true. */
const BOOLEAN_INPUTS = inputsOfKind('boolean');
/** Inputs that hold a list: given twice, their values add up. */
const LIST_INPUTS = inputsOfKind('list');
const CLI_FLAGS = ['help', 'version', 'report-file'];
const BOOLEAN_WORDS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
function givenTwice(flag) {
    return new errors/* ConfigError */.xL(flag, `Flag --${flag} is given twice. Give it once: only list inputs (such as --functions) may repeat.`);
}
function parseCliArgs(argv, env) {
    const flags = new Map();
    let help = false;
    let version = false;
    let reportFile;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] ?? '';
        if (arg === '-h') {
            help = true;
            continue;
        }
        if (!arg.startsWith('--') || arg === '--') {
            throw new errors/* ConfigError */.xL('arguments', `Unexpected argument ${(0,messages/* quote */.hD)(arg)}. Flags take the form --name value or --name=value; see --help.`);
        }
        const body = arg.slice(2);
        const equals = body.indexOf('=');
        const name = equals === -1 ? body : body.slice(0, equals);
        const inline = equals === -1 ? undefined : body.slice(equals + 1);
        const next = argv[i + 1];
        /** The flag's value: after `=`, or the next argument (which is then used up). */
        const takeValue = () => {
            if (inline !== undefined)
                return inline;
            if (next === undefined || next.startsWith('--')) {
                throw new errors/* ConfigError */.xL(name, `Flag --${name} needs a value: --${name} <value> or --${name}=<value>.`);
            }
            i++;
            return next;
        };
        if (name === 'help' || name === 'version') {
            if (inline !== undefined)
                throw new errors/* ConfigError */.xL(name, `Flag --${name} takes no value.`);
            if (name === 'help')
                help = true;
            else
                version = true;
        }
        else if (name === 'report-file') {
            if (reportFile !== undefined)
                throw givenTwice(name);
            reportFile = takeValue();
        }
        else if ((0,inputs/* isInputName */.wp)(name)) {
            let value;
            if (BOOLEAN_INPUTS.has(name) && inline === undefined) {
                // A bare boolean flag means true; a following true/false word is its value.
                value = 'true';
                if (next !== undefined && BOOLEAN_WORDS.has(next)) {
                    value = next;
                    i++;
                }
            }
            else {
                value = takeValue();
            }
            const earlier = flags.get(name);
            if (earlier !== undefined && !LIST_INPUTS.has(name))
                throw givenTwice(name);
            flags.set(name, earlier === undefined ? value : `${earlier}\n${value}`);
        }
        else if (name.startsWith('no-') && BOOLEAN_INPUTS.has(name.slice(3))) {
            const input = name.slice(3);
            if (inline !== undefined)
                throw new errors/* ConfigError */.xL(name, `Flag --${name} takes no value.`);
            if (flags.has(input))
                throw givenTwice(input);
            flags.set(input, 'false');
        }
        else {
            throw unknownFlag(arg.split('=')[0] ?? arg, name);
        }
    }
    const read = (name) => {
        const fromEnv = env[(0,input_spec/* envName */.pD)(name)];
        return flags.get(name) ?? (fromEnv ? fromEnv : undefined) ?? inputs/* INPUT_DEFAULTS */.WJ[name] ?? '';
    };
    return { read, options: { help, version, reportFile } };
}
// --- unknown flags ------------------------------------------------------------------------
function unknownFlag(flag, name) {
    const suggestion = nearestFlag(name);
    const hint = suggestion === undefined ? 'Run stack-canary --help for the flags.' : `Did you mean --${suggestion}?`;
    const shown = flag.length > messages/* MAX_SHOWN */.Z1 ? `${flag.slice(0, messages/* MAX_SHOWN */.Z1)}…` : flag;
    return new errors/* ConfigError */.xL(shown, `Unknown flag ${shown}. ${hint}`);
}
/** The known flag closest to a mistyped one, when it is close enough to be what was meant. */
function nearestFlag(name) {
    const known = [...inputs/* INPUT_NAMES */.Qh, ...CLI_FLAGS, ...[...BOOLEAN_INPUTS].map((b) => `no-${b}`)];
    let best;
    for (const flag of known) {
        const distance = editDistance(name.toLowerCase(), flag);
        if (best === undefined || distance < best.distance)
            best = { flag, distance };
    }
    const prefixed = name.length >= 3 ? known.find((flag) => flag.startsWith(name.toLowerCase())) : undefined;
    if (best !== undefined && best.distance <= Math.max(2, Math.floor(name.length / 3)))
        return best.flag;
    return prefixed;
}
/** Levenshtein distance. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}
// --- help ---------------------------------------------------------------------------------
const WIDTH = 100;
const INDENT = '      ';
function wrap(text, indent) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter((w) => w !== '')) {
        if (line !== '' && indent.length + line.length + 1 + word.length > WIDTH) {
            lines.push(indent + line);
            line = word;
        }
        else {
            line = line === '' ? word : `${line} ${word}`;
        }
    }
    if (line !== '')
        lines.push(indent + line);
    return lines;
}
function flagUsage(name) {
    if (BOOLEAN_INPUTS.has(name))
        return `--${name}[=true|false], --no-${name}`;
    return `--${name} <value>`;
}
/** Every flag with its meaning, accepted forms, default and variable: all from the input table. */
function cliHelpText() {
    const lines = [
        'Usage: stack-canary [--<input> <value> | --<input>=<value>]...',
        '',
        ...wrap('Deploys a CloudFormation stack, shifts a Lambda alias to the new version step by step, judges it against ' +
            'the old one and rolls back on its own. The flags are the inputs of the GitHub Action. Each may also be ' +
            'set by an environment variable STACK_CANARY_<INPUT> (upper case, - as _). A flag wins over the ' +
            'variable, the variable over the default; an empty value means the default.', ''),
        '',
        'Inputs:',
    ];
    for (const name of inputs/* INPUT_NAMES */.Qh) {
        const usage = `  ${flagUsage(name)}`;
        const variable = `[env ${(0,input_spec/* envName */.pD)(name)}]`;
        // The variable goes on its own line when the two would not fit in WIDTH.
        if (usage.length + 4 + variable.length <= WIDTH)
            lines.push(`${usage}    ${variable}`);
        else
            lines.push(usage, `${INDENT}${variable}`);
        const spec = (0,inputs/* inputSpec */.mm)(name);
        lines.push(...wrap(spec.description.replace(/`/g, ''), INDENT));
        lines.push(...wrap(`Accepts ${spec.accepted}.`, INDENT));
        if (spec.default !== undefined)
            lines.push(`${INDENT}Default: ${spec.default}`);
        if (spec.secret) {
            lines.push(...wrap(`Prefer ${(0,input_spec/* envName */.pD)(name)}: other processes can read a command line.`, INDENT));
        }
    }
    lines.push('', 'Other flags:', '  --report-file <path>', `${INDENT}Write the JSON report to this file.`, '  --help, -h', `${INDENT}Show this help.`, '  --version', `${INDENT}Print the version.`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./lib/src/config/secrets.js
var config_secrets = __webpack_require__(3640);
// EXTERNAL MODULE: ./lib/src/signals.js
var signals = __webpack_require__(6327);
;// CONCATENATED MODULE: ./lib/src/cli/run.js











/** The CLI's log on stderr (stdout carries the JSON report), every line redacted first. */
function consoleLogger(redact) {
    const line = (text) => console.error(redact(text));
    return {
        debug: (m) => (process.env['STACK_CANARY_DEBUG'] ? line(`debug: ${m}`) : undefined),
        info: (m) => line(m),
        warning: (m) => line(`warning: ${m}`),
        error: (m) => line(`error: ${m}`),
        group: async (title, body) => {
            line(`== ${title}`);
            return body();
        },
    };
}
/**
 * The exit code of a run that reached a verdict: 1 for fail or inconclusive, else 0. (runCli adds
 * the others: 2 when the run errors, 128 + the signal's number when a signal stops it.)
 */
function exitCodeFor(result) {
    return result.verdict === 'fail' || result.verdict === 'inconclusive' ? 1 : 0;
}
/** The CLI: the same engine as the action, flags/env in, JSON out, exit code. */
async function runCli(argv, env, options = {}) {
    let config;
    let reportFile;
    const secrets = new config_secrets/* Secrets */.Sb();
    try {
        const { read, options: cli } = parseCliArgs(argv, env);
        secrets.add((0,config_secrets/* rawSecretValues */.Pu)(read));
        if (cli.help) {
            process.stdout.write(cliHelpText());
            return 0;
        }
        if (cli.version) {
            console.log(version/* VERSION */.x);
            return 0;
        }
        reportFile = cli.reportFile;
        config = (0,parse/* parseConfig */.o)(read);
    }
    catch (error) {
        console.error(secrets.redact(`stack-canary: ${(0,errors/* errorMessage */.gJ)(error)}`));
        return 2;
    }
    return runCliWithConfig(config, { ...options, reportFile, secrets });
}
/**
 * Runs the pipeline with the journal in memory. On SIGINT/SIGTERM the run is stopped (no further
 * alias change), every alias it changed is restored from the journal, and the process exits with
 * 128 + the signal number.
 */
async function runCliWithConfig(config, options = {}) {
    const startedAt = new Date();
    const secrets = options.secrets ?? new config_secrets/* Secrets */.Sb();
    secrets.add((0,config_secrets/* valuesToMask */.yF)(config));
    const logger = options.logger ?? consoleLogger(secrets.redact);
    const print = options.print ?? ((text) => console.log(text));
    const state = new state_store/* MemoryStateStore */.k();
    let clients;
    const getClients = () => (clients ??= (0,aws_clients/* createAwsClients */.Gv)({ region: config.region }));
    const { signal, guard } = (0,signals/* guardRun */.js)({
        host: options.host ?? signals/* processHost */.Ql,
        logger,
        state,
        lambda: async () => (await getClients()).lambda,
    });
    try {
        // The engine (and the AWS SDK with it) loads only once the inputs are valid.
        const { runPipeline } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(696), __webpack_require__.e(805), __webpack_require__.e(303), __webpack_require__.e(85), __webpack_require__.e(797), __webpack_require__.e(802), __webpack_require__.e(155)]).then(__webpack_require__.bind(__webpack_require__, 4802));
        const result = await runPipeline(config, { logger, state, clock: options.clock ?? clock/* realClock */.d, clients: getClients, signal }, options.parts);
        const stopped = guard.interrupted();
        if (stopped)
            return await stopped;
        const report = (0,report_report/* buildReport */.FK)(config, result, { startedAt, finishedAt: new Date() });
        const text = (0,report_report/* serializeReport */.xH)(report, secrets.list());
        if (options.reportFile)
            (0,external_node_fs_.writeFileSync)(options.reportFile, text);
        print(text);
        return exitCodeFor(result);
    }
    catch (error) {
        const stopped = guard.interrupted();
        if (stopped)
            return await stopped;
        logger.error(`stack-canary: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return 2;
    }
    finally {
        guard.dispose();
        const built = clients ? await clients.catch(() => undefined) : undefined;
        if (built)
            (0,aws_clients/* destroyAwsClients */.QI)(built);
    }
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

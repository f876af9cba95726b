export const id = 903;
export const ids = [903];
export const modules = {

/***/ 2903:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: exitCodeFor, runCliWithConfig

// EXTERNAL MODULE: ./lib/src/config/parse.js + 4 modules
var parse = __webpack_require__(4313);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/src/action/pr-comment.js + 2 modules
var pr_comment = __webpack_require__(5739);
// EXTERNAL MODULE: ./lib/src/errors.js
var errors = __webpack_require__(5071);
// EXTERNAL MODULE: ./lib/src/action/stop-report.js
var stop_report = __webpack_require__(3248);
// EXTERNAL MODULE: ./lib/src/state-store.js
var state_store = __webpack_require__(6627);
// EXTERNAL MODULE: ./lib/src/front-door.js + 2 modules
var front_door = __webpack_require__(4880);
// EXTERNAL MODULE: ./lib/src/version.js
var version = __webpack_require__(1294);
// EXTERNAL MODULE: ./lib/src/config/input-spec.js
var input_spec = __webpack_require__(3101);
// EXTERNAL MODULE: ./lib/src/config/inputs.js + 6 modules
var inputs = __webpack_require__(5276);
// EXTERNAL MODULE: ./lib/src/config/messages.js
var messages = __webpack_require__(2873);
// EXTERNAL MODULE: ./lib/src/util/edit-distance.js
var edit_distance = __webpack_require__(3723);
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
        const distance = (0,edit_distance/* editDistance */.Y)(name.toLowerCase(), flag);
        if (best === undefined || distance < best.distance)
            best = { flag, distance };
    }
    const prefixed = name.length >= 3 ? known.find((flag) => flag.startsWith(name.toLowerCase())) : undefined;
    if (best !== undefined && best.distance <= Math.max(2, Math.floor(name.length / 3)))
        return best.flag;
    return prefixed;
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
    lines.push('', 'Other flags:', '  --report-file <path>', `${INDENT}Write the JSON report to this file.`, '  --help, -h', `${INDENT}Show this help.`, '  --version', `${INDENT}Print the version.`, '', 'Detached canaries (wait: false), read from the monitoring stack:', '  stack-canary status --stack-name <name> [--json] [--region <region>]', `${INDENT}The plans in flight, their step and the guard's last look.`, '  stack-canary wait --stack-name <name> [--timeout 2h] [--region <region>]', `${INDENT}Blocks until they end: exit 0 promoted, 1 rolled back, 2 error or timeout.`, '  stack-canary promote|rollback|pause|resume --stack-name <name> [--function <name>]', '      [--reason <text>] [--region <region>]', ...wrap("Asks the guard to promote, roll back, pause (hold the step; harm still rolls back) or resume the plans in flight (all, or the function's) at its next tick, recording the reason and your identity.", INDENT));
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./lib/src/config/secrets.js
var config_secrets = __webpack_require__(3640);
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
    return (0,front_door/* verdictFails */.f)(result) ? 1 : 0;
}
/** The CLI: the same engine as the action, flags/env in, JSON out, exit code. */
async function runCli(argv, env, options = {}) {
    const [command] = argv;
    if (command === 'status' || command === 'wait') {
        // Detached canaries (wait: false): read the plan table; no run.
        const { runDetachedCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(805), __webpack_require__.e(387), __webpack_require__.e(380)]).then(__webpack_require__.bind(__webpack_require__, 7380));
        return runDetachedCommand(command, argv.slice(1), { clock: options.clock });
    }
    if (command === 'promote' || command === 'rollback' || command === 'pause' || command === 'resume') {
        // Control of a detached canary: a request on its plan, carried out by the guard.
        const { runControlCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(805), __webpack_require__.e(387), __webpack_require__.e(236)]).then(__webpack_require__.bind(__webpack_require__, 7236));
        return runControlCommand(command, argv.slice(1), { clock: options.clock });
    }
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
    return runCliWithConfig(config, { ...options, reportFile, secrets, env });
}
/**
 * Runs the pipeline through the front door, with the journal in memory. On SIGINT/SIGTERM the run
 * is stopped (no further alias change), every alias it changed is restored from the journal, and
 * the process exits with 128 + the signal number.
 */
async function runCliWithConfig(config, options = {}) {
    const secrets = options.secrets ?? new config_secrets/* Secrets */.Sb();
    const logger = options.logger ?? consoleLogger(secrets.redact);
    const print = options.print ?? ((text) => console.log(text));
    return (0,front_door/* runFrontDoor */.h)({
        config,
        secrets,
        logger,
        state: new state_store/* MemoryStateStore */.k(),
        env: options.env ?? process.env,
        comment: pr_comment/* commentOnPullRequest */.rh,
        seams: options,
    }, {
        verdict: (end) => {
            if (options.reportFile)
                (0,external_node_fs_.writeFileSync)(options.reportFile, end.reportText);
            print(end.reportText);
            logger.info(end.line);
            return exitCodeFor(end.result);
        },
        error: (error, journal) => {
            logger.error(`stack-canary: ${(0,errors/* errorMessage */.gJ)(error)}`);
            // The last line, as after a verdict: where the journal says each alias was left, and why.
            logger.info((0,stop_report/* stopVerdictLine */.Qh)('error', (0,errors/* errorMessage */.gJ)(error), (0,stop_report/* aliasesAfterError */.X2)(journal)));
            return 2;
        },
        stopped: (code) => code,
    });
}


/***/ })

};

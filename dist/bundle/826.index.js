export const id = 826;
export const ids = [826];
export const modules = {

/***/ 2873:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ badEntryAt),
/* harmony export */   S: () => (/* binding */ showWith),
/* harmony export */   S7: () => (/* binding */ InputProblem),
/* harmony export */   SL: () => (/* binding */ badFile),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   YO: () => (/* binding */ badLabel),
/* harmony export */   Z1: () => (/* binding */ MAX_SHOWN),
/* harmony export */   gn: () => (/* binding */ badEntry),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   tm: () => (/* binding */ badValue),
/* harmony export */   v: () => (/* binding */ badKey)
/* harmony export */ });
/* unused harmony export MAX_LINE */
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3640);
/**
 * The one format of a bad-input message, on one line:
 *
 *   Invalid input <input>: <subject>[ (<reason>)]. Expected <accepted forms>.
 *
 * A parser throws an InputProblem that says what is at fault (the value, one entry, a key, a file,
 * or an entry by its position) and why; it does not know its input's name or accepted forms.
 * formatProblem turns it into the line once the input is known. Every piece of user text reaches
 * the line through one `show`, which redacts the run's secrets first, then cuts the text, then
 * quotes it, so a cut can never leave part of a secret behind. A secret input's value is `(hidden)`.
 */

/** Shown values are cut to this many characters. */
const MAX_SHOWN = 80;
/** No line is longer than this, whatever it holds. */
const MAX_LINE = 600;
/** A show without secrets to redact (for messages built outside a run's inputs). */
const quote = showWith([]);
/** The show of one run: `secrets` are redacted before anything is cut. */
function showWith(secrets) {
    return (text) => {
        const clean = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(text, secrets);
        return JSON.stringify(clean.length > MAX_SHOWN ? `${clean.slice(0, MAX_SHOWN)}…` : clean);
    };
}
/** One input's problem, before it is put into words. */
class InputProblem extends Error {
    subject;
    reason;
    expected;
    constructor(subject, options = {}) {
        super('invalid input');
        this.name = 'InputProblem';
        this.subject = subject;
        this.reason = options.reason;
        this.expected = options.expected;
    }
}
/** The whole value is at fault. */
function badValue(value, options = {}) {
    return new InputProblem({ kind: 'value', text: value }, options);
}
/** One entry of a list is at fault. */
function badEntry(entry, options = {}) {
    return new InputProblem({ kind: 'entry', text: entry }, options);
}
/** One entry, named by its place (1 = the first), is at fault: its text is never shown. */
function badEntryAt(index, options = {}) {
    return new InputProblem({ kind: 'entry-at', index }, options);
}
/** One key of a Key=Value list is at fault (its value is never shown). */
function badKey(key, options = {}) {
    return new InputProblem({ kind: 'key', text: key }, options);
}
/** A file named by the input is at fault (its content is never shown). */
function badFile(path, options = {}) {
    return new InputProblem({ kind: 'file', text: path }, options);
}
/** Fixed words stand for the value (such as `JSON text`). */
function badLabel(label, options = {}) {
    return new InputProblem({ kind: 'label', text: label }, options);
}
/** The one line for `problem` on `input`. */
function formatProblem(input, problem, show) {
    const subject = subjectText(problem.subject, input.secret, show);
    const reason = problem.reason === undefined ? '' : ` (${reasonText(problem.reason, show)})`;
    const line = `Invalid input ${input.name}: ${subject}${reason}. Expected ${problem.expected ?? input.accepted}.`;
    return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE - 1)}…` : line;
}
function subjectText(subject, secret, show) {
    switch (subject.kind) {
        case 'value':
            return secret ? '(hidden)' : show(subject.text);
        case 'entry-at':
            return `entry ${subject.index}`;
        case 'label':
            return subject.text;
        default:
            return `${subject.kind} ${secret ? '(hidden)' : show(subject.text)}`;
    }
}
function reasonText(reason, show) {
    return typeof reason === 'string' ? reason : reason(show);
}


/***/ }),

/***/ 3640:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Pu: () => (/* binding */ rawSecretValues),
/* harmony export */   Sb: () => (/* binding */ Secrets),
/* harmony export */   yF: () => (/* binding */ valuesToMask)
/* harmony export */ });
/* unused harmony exports REDACTED, MIN_MASKED_LENGTH, orderedSecrets */
const REDACTED = '***';
/**
 * Shorter values are not masked: masking `1` or `on` would blank every such word in the log
 * while hiding nothing a reader could not guess.
 */
const MIN_MASKED_LENGTH = 4;
const SECRET_INPUT_VALUES = {
    'github-token': (config) => config.githubToken,
};
/**
 * Every value to mask for `config`: the secret inputs, each stack parameter value and each line
 * of a multi-line parameter value (a private key is logged line by line). Longest first, no
 * duplicates, none shorter than MIN_MASKED_LENGTH.
 */
function valuesToMask(config) {
    const values = [];
    for (const valueOf of Object.values(SECRET_INPUT_VALUES)) {
        const value = valueOf(config);
        if (value !== undefined)
            values.push(value);
    }
    for (const override of config.parameterOverrides) {
        if (!('value' in override))
            continue;
        values.push(...withLines(override.value));
    }
    return orderedSecrets(values);
}
/** A value, then each of its lines when it has several, trimmed (the runner masks line by line). */
function withLines(value) {
    const lines = value.split(/\r?\n|\r/);
    return [value, ...(lines.length > 1 ? lines : [])].map((v) => v.trim());
}
/** Distinct, long enough to mask, longest first (so a secret that holds another is masked whole). */
function orderedSecrets(values) {
    const kept = values.filter((value) => value.trim().length >= MIN_MASKED_LENGTH);
    return [...new Set(kept)].sort((a, b) => b.length - a.length);
}
/** `text` with every occurrence of each secret replaced by ***. */
function redact(text, secrets) {
    let clean = text;
    for (const secret of orderedSecrets(secrets))
        clean = clean.split(secret).join(REDACTED);
    return clean;
}
/** The string values of parsed JSON parameters, leaving out parameter names. */
function jsonValues(json, key) {
    if (typeof json === 'string')
        return key === 'ParameterKey' ? [] : [json];
    if (Array.isArray(json))
        return json.flatMap((item) => jsonValues(item));
    if (json && typeof json === 'object') {
        return Object.entries(json).flatMap(([k, v]) => jsonValues(v, k));
    }
    return [];
}
/** One word ending in .json (a path, not Key=Value text). */
const PARAMETER_FILE = /^(file:\/\/)?[^\s=,:]+\.json$/i;
/** What may be secret in the raw parameter-overrides text, whatever shape it has (or lacks). */
function rawParameterValues(raw) {
    // The path of a parameters file names no secret (its values are masked once the file is read);
    // masking it would only blank the path in the message about that file.
    if (PARAMETER_FILE.test(raw.trim()))
        return [];
    if (raw.startsWith('{') || raw.startsWith('[')) {
        try {
            return jsonValues(JSON.parse(raw));
        }
        catch {
            // Not JSON after all: every line below.
        }
    }
    const values = [raw];
    for (const line of raw.split(/\r?\n/)) {
        values.push(line);
        for (const entry of line.split(',')) {
            // `Key=value`, or a malformed `Key: value` (YAML habits): the part after the separator too.
            const separator = /[=:]/.exec(entry);
            values.push(entry);
            if (separator)
                values.push(entry.slice(separator.index + 1).replace(/^\s*["']|["']\s*$/g, ''));
        }
    }
    return values;
}
/** Before parsing: the token and whatever parameter-overrides holds. */
function rawSecretValues(read) {
    const values = [read('github-token'), ...rawParameterValues(read('parameter-overrides'))];
    return [...new Set(values.flatMap(withLines).filter((v) => v.length >= MIN_MASKED_LENGTH))];
}
/** The secrets of one run: each is announced once (to the runner's masker), and redacted from text. */
class Secrets {
    announce;
    values = new Set();
    constructor(announce = () => undefined) {
        this.announce = announce;
    }
    add(values) {
        for (const value of values) {
            if (this.values.has(value))
                continue;
            this.values.add(value);
            this.announce(value);
        }
    }
    list() {
        return [...this.values];
    }
    redact = (text) => redact(text, this.list());
}


/***/ }),

/***/ 8592:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OI: () => (/* binding */ STRATEGY_ACCEPTED),
/* harmony export */   hi: () => (/* binding */ assertStrategySteps),
/* harmony export */   pw: () => (/* binding */ parseStrategy)
/* harmony export */ });
/* unused harmony exports MAX_STEPS, MIN_HOLD_MS, MAX_HOLD_MS, stepsProblem */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2873);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6070);
/**
 * The strategy planner (pure): the `strategy` input in, traffic steps out.
 *
 * Grammar (keywords and units in any case; durations are a number and s, m or h):
 *
 *   all-at-once | AllAtOnce                     → 100% at once
 *   canary <weight>% <hold>                     → weight% for hold, then 100%
 *   linear <weight>% [every] <hold>             → weight%, 2×weight%, … (below 100%), each held, then 100%
 *   Canary<N>Percent<M>Minutes                  → canary N% Mm   (CodeDeploy presets, optionally
 *   Linear<N>PercentEvery<M>Minute(s)           → linear N% every Mm    prefixed CodeDeployDefault.Lambda)
 *   <w1>%:<hold1>, <w2>%:<hold2>, …, 100%[:<bake>]  → custom steps, separated by commas or newlines
 *
 * Weights are rounded to 1e-6 (0.0001%) so 3 × 10% is 0.3, not 0.30000000000000004. Then one
 * check, on the rounded steps, whatever the form: every step before the last lies strictly
 * between 0% and 100% and above the one before it, the last is 100%, every hold before the last
 * is 1s to 24h. (So `canary 99.99999999% 1m`, whose first step rounds to 100%, is refused rather
 * than sending everything at once.) A hold on the final 100% step is a bake time: the new version
 * takes all the traffic and is still watched (and rolled back on a fail) until it is over.
 * At most 100 steps.
 */



/** The strategy input's accepted forms (the input table and assertStrategySteps both say them). */
const STRATEGY_ACCEPTED = 'all-at-once, canary 10% 5m, linear 10% every 1m, a CodeDeploy preset such as Canary10Percent5Minutes, or steps such as 5%:2m, 25%:5m, 100%';
const MAX_STEPS = 100;
const MIN_HOLD_MS = 1_000;
const MAX_HOLD_MS = 24 * 3_600_000;
const ALL_AT_ONCE = /^(?:all-at-once|all at once|(?:codedeploydefault\.)?(?:lambda)?allatonce)$/i;
const CANARY_PRESET = /^(?:codedeploydefault\.)?(?:lambda)?canary(\d+)percent(\d+)minutes?$/i;
const LINEAR_PRESET = /^(?:codedeploydefault\.)?(?:lambda)?linear(\d+)percentevery(\d+)minutes?$/i;
const CANARY = /^canary\s+(\S+)\s+(\S+)$/i;
const LINEAR = /^linear\s+(\S+)\s+(?:every\s+)?(\S+)$/i;
const CUSTOM_STEP = /^(\S+?)\s*(?::\s*(\S+))?$/;
class StrategyProblem extends Error {
    reason;
    constructor(reason) {
        super('strategy problem');
        this.reason = reason;
    }
}
function parseStrategy(text) {
    const source = text.trim();
    try {
        const steps = plan(source);
        const problem = stepsProblem(steps);
        if (problem !== undefined)
            throw new StrategyProblem(problem);
        return { source, steps };
    }
    catch (error) {
        if (error instanceof StrategyProblem)
            throw (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .badValue */ .tm)(source, { reason: error.reason });
        throw error;
    }
}
/**
 * The one check of a plan, after rounding: what is wrong with the first bad step, or undefined.
 * Every step before the last: above the one before it (or 0%), below 100%, held 1s to 24h.
 * The last: 100%, held 0 (no bake time) or 1s to 24h.
 */
function stepsProblem(steps) {
    if (steps.length === 0)
        return 'no steps';
    if (steps.length > MAX_STEPS)
        return `${steps.length} steps, more than ${MAX_STEPS}`;
    let previous = 0;
    for (const [at, step] of steps.entries()) {
        const last = at === steps.length - 1;
        const weight = fraction(step.weight * 100);
        const fits = last ? weight === 1 : weight > previous && weight < 1;
        if (!fits || !Number.isFinite(step.weight)) {
            const rule = last
                ? 'the last step must be 100%'
                : `a step before the last must be above ${percentText(previous)} and below 100%`;
            return `step ${at + 1} is ${percentText(weight)} after rounding, but ${rule}`;
        }
        const bake = last && step.holdMs === 0;
        if (!bake && !(step.holdMs >= MIN_HOLD_MS && step.holdMs <= MAX_HOLD_MS)) {
            return `step ${at + 1} holds ${durationText(step.holdMs)}, but a hold must be from 1s to 24h`;
        }
        previous = weight;
    }
    return undefined;
}
/** A plan built elsewhere, checked as parseStrategy checks its own: a ConfigError on the strategy input. */
function assertStrategySteps(strategy) {
    const reason = stepsProblem(strategy.steps);
    if (reason === undefined)
        return;
    const line = (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .formatProblem */ .Vw)({ name: 'strategy', accepted: STRATEGY_ACCEPTED, secret: false }, (0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .badValue */ .tm)(strategy.source, { reason }), _messages_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('strategy', line);
}
/** 90000000 → 25h, 0 → 0s, 1500 → 1500ms. */
function durationText(ms) {
    const unit = [
        [3_600_000, 'h'],
        [60_000, 'm'],
        [1_000, 's'],
    ].find(([size]) => ms !== 0 && ms % size === 0);
    if (ms === 0)
        return '0s';
    return unit === undefined ? `${String(ms)}ms` : `${ms / unit[0]}${unit[1]}`;
}
function percentText(weight) {
    return `${Number((weight * 100).toFixed(4))}%`;
}
function plan(source) {
    if (ALL_AT_ONCE.test(source))
        return [finalStep(0)];
    let match = CANARY_PRESET.exec(source);
    if (match)
        return canary(Number(match[1]), Number(match[2]) * 60_000);
    match = LINEAR_PRESET.exec(source);
    if (match)
        return linear(Number(match[1]), Number(match[2]) * 60_000);
    match = CANARY.exec(source);
    if (match)
        return canary(weightOf(match[1] ?? ''), holdOf(match[2] ?? ''));
    match = LINEAR.exec(source);
    if (match)
        return linear(weightOf(match[1] ?? ''), holdOf(match[2] ?? ''));
    if (/^canary\b/i.test(source))
        throw new StrategyProblem('a canary is written canary <weight>% <hold>');
    if (/^linear\b/i.test(source))
        throw new StrategyProblem('a linear strategy is written linear <weight>% every <hold>');
    if (source.includes('%'))
        return custom(source);
    throw new StrategyProblem('not a strategy');
}
function canary(percent, holdMs) {
    return [{ weight: fraction(percent), holdMs }, finalStep(0)];
}
/** The first step always (the check refuses it when it rounds to 0% or 100%), then each k × weight below 100%. */
function linear(percent, holdMs) {
    const steps = [{ weight: fraction(percent), holdMs }];
    if (percent > 0 && percent < 100) {
        const count = Math.ceil((0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .roundTo */ .GB)(100 / percent, 1e-6));
        if (count > MAX_STEPS)
            throw new StrategyProblem(`${count} steps, more than ${MAX_STEPS}`);
        for (let k = 2; fraction(k * percent) < 1; k++)
            steps.push({ weight: fraction(k * percent), holdMs });
    }
    steps.push(finalStep(0));
    return steps;
}
function custom(source) {
    const entries = source
        .split(/[,\n]/)
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '');
    if (entries.length > MAX_STEPS)
        throw new StrategyProblem(`${entries.length} steps, more than ${MAX_STEPS}`);
    return entries.map((entry, index) => {
        const match = CUSTOM_STEP.exec(entry);
        const percent = (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .percentOf */ .pR)(match?.[1] ?? '');
        if (match === null || percent === null) {
            throw new StrategyProblem((show) => `step ${show(entry)} is not a weight and hold such as 25%:5m`);
        }
        if (match[2] === undefined) {
            if (index < entries.length - 1) {
                throw new StrategyProblem((show) => `step ${show(entry)} needs a hold, such as ${entry}:5m`);
            }
            return { weight: fraction(percent), holdMs: 0 };
        }
        return { weight: fraction(percent), holdMs: holdOf(match[2]) };
    });
}
function weightOf(text) {
    const percent = (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .percentOf */ .pR)(text);
    if (percent === null)
        throw new StrategyProblem((show) => `${show(text)} is not a weight such as 10%`);
    return percent;
}
function holdOf(text) {
    const ms = (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .durationMsOf */ .aw)(text);
    if (ms === null)
        throw new StrategyProblem((show) => `${show(text)} is not a duration such as 30s, 5m or 1h`);
    return ms;
}
function fraction(percent) {
    return Number((0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .roundTo */ .GB)(percent / 100, 1e-6).toFixed(6));
}
function finalStep(holdMs) {
    return { weight: 1, holdMs };
}


/***/ }),

/***/ 6070:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GB: () => (/* binding */ roundTo),
/* harmony export */   aw: () => (/* binding */ durationMsOf),
/* harmony export */   nL: () => (/* binding */ percentToFraction),
/* harmony export */   pR: () => (/* binding */ percentOf)
/* harmony export */ });
/**
 * Reading the units inputs are written in: percentages and durations. These recognise a form
 * and nothing else; the caller turns "not this form" (null) into the input's own error.
 */
const PERCENT = /^(\d+(?:\.\d+)?|\.\d+)\s*%$/;
const DURATION = /^(\d+(?:\.\d+)?|\.\d+)\s*([smh])$/i;
const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000 };
/** Rounds away binary float drift (0.1 * 3 = 0.30000000000000004) to a multiple of `step`. */
function roundTo(value, step) {
    return Math.round(value / step) * step;
}
/** `2.5%` → 2.5 (a number of percent); null when the text is not a percentage. */
function percentOf(text) {
    const match = PERCENT.exec(text.trim());
    return match ? Number(match[1]) : null;
}
/** A number of percent as a fraction, free of float drift: 1.1 → 0.011. */
function percentToFraction(percent) {
    return Number(roundTo(percent / 100, 1e-9).toFixed(9));
}
/** `30s`, `5m`, `1.5h` (any case) → whole milliseconds; null when the text is not a duration. */
function durationMsOf(text) {
    const match = DURATION.exec(text.trim());
    if (!match)
        return null;
    const unit = UNIT_MS[(match[2] ?? '').toLowerCase()] ?? 0;
    const ms = Math.round(Number(match[1]) * unit);
    // Digits past any float (a 100 KB number) are no duration, not an Infinity to compare.
    return Number.isFinite(ms) ? ms : null;
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

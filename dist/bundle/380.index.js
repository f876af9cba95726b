export const id = 380;
export const ids = [380];
export const modules = {

/***/ 7380:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDetachedCommand: () => (/* binding */ runDetachedCommand)
/* harmony export */ });
/* unused harmony exports PLAN_COMMANDS, isPlanCommand, WAIT_POLL_MS, parsePlanFlags, statusOf, statusText, latestRun */
/* harmony import */ var _aws_plan_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6580);
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6070);
/* harmony import */ var _detached_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(414);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5071);
/* harmony import */ var _traffic_routing_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3826);
/* harmony import */ var _plan_access_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9963);
/* harmony import */ var _util_clock_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2401);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7954);
/**
 * The CLI's commands for detached canaries (wait: false), found through the monitoring stack's
 * PlanTableName output:
 *
 *   stack-canary status --stack-name X [--json] [--region R]
 *       the plans in flight, their step, deadline, and the evidence of the guard's last look;
 *   stack-canary wait --stack-name X [--timeout 2h] [--region R]
 *       blocks until no plan is in flight, then exits as a run would: 0 when every plan was
 *       promoted, 1 when one was rolled back (or left to someone else), 2 on an error or timeout.
 */








const PLAN_COMMANDS = (/* unused pure expression or super */ null && (['status', 'wait']));
function isPlanCommand(word) {
    return PLAN_COMMANDS.includes(word ?? '');
}
const DEFAULT_TIMEOUT = '2h';
/** How often `wait` reads the table. */
const WAIT_POLL_MS = 30_000;
function parsePlanFlags(command, argv) {
    const flags = (0,_plan_access_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommandFlags */ .iI)(command, argv, {
        values: command === 'wait' ? ['--stack-name', '--timeout', '--region'] : ['--stack-name', '--region'],
        switches: command === 'wait' ? [] : ['--json'],
    });
    const timeout = flags.values.get('--timeout') ?? DEFAULT_TIMEOUT;
    const timeoutMs = (0,_config_units_js__WEBPACK_IMPORTED_MODULE_1__/* .durationMsOf */ .aw)(timeout);
    if (timeoutMs === null || timeoutMs <= 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL('timeout', `Flag --timeout is "${timeout}". Accepted: a duration such as 30m or 2h.`);
    }
    return {
        stackName: flags.stackName,
        json: flags.switches.has('--json'),
        timeoutMs,
        region: flags.values.get('--region'),
    };
}
/** `stack-canary status|wait ...`: its exit code. */
async function runDetachedCommand(command, argv, options = {}) {
    const log = options.log ?? ((text) => console.error(text));
    let flags;
    try {
        flags = parsePlanFlags(command, argv);
    }
    catch (error) {
        log(`stack-canary: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
        return 2;
    }
    let owned;
    try {
        let clients = options.clients;
        if (!clients) {
            const opened = await (0,_plan_access_js__WEBPACK_IMPORTED_MODULE_5__/* .openPlanClients */ .wW)(flags.region);
            owned = opened.close;
            clients = opened.clients;
        }
        const tableName = await (0,_plan_access_js__WEBPACK_IMPORTED_MODULE_5__/* .planTableOf */ .vi)(clients.cloudFormation, flags.stackName);
        const read = async () => (0,_aws_plan_table_js__WEBPACK_IMPORTED_MODULE_0__/* .scanPlans */ .QL)(clients.dynamo, tableName);
        const print = options.print ?? ((text) => console.log(text));
        if (command === 'status') {
            const inFlight = (await read()).filter((p) => p.status === 'in-flight');
            print(flags.json ? JSON.stringify(inFlight.map(statusOf), null, 2) : statusText(inFlight));
            return 0;
        }
        return await waitForPlans(read, flags, options.clock ?? _util_clock_js__WEBPACK_IMPORTED_MODULE_6__/* .realClock */ .d, print, log);
    }
    catch (error) {
        log(`stack-canary ${command}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
        return 2;
    }
    finally {
        owned?.();
    }
}
/** What `status --json` shows of one plan. */
function statusOf(plan) {
    const step = plan.strategy.steps[plan.step];
    return {
        plan: (0,_detached_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .planKey */ .vH)(plan.functionName, plan.alias),
        versions: { old: plan.oldVersion, new: plan.newVersion },
        strategy: plan.strategy.source,
        step: plan.step + 1,
        steps: plan.strategy.steps.length,
        weight: step?.weight,
        stepStartedAt: new Date(plan.stepStarts[plan.step] ?? 0).toISOString(),
        holdEndsAt: new Date(plan.holdEndMs).toISOString(),
        deadline: new Date(plan.deadline).toISOString(),
        guardFailures: plan.guardFailures,
        last: plan.last && { ...plan.last, at: new Date(plan.last.at).toISOString() },
        decisions: plan.decisions.map((d) => ({ ...d, at: new Date(d.at).toISOString(), step: d.step + 1 })),
        paused: plan.paused && { ...plan.paused, at: new Date(plan.paused.at).toISOString() },
        request: plan.request && { ...plan.request, at: new Date(plan.request.at).toISOString() },
        heldBy: plan.heldBy && { run: plan.heldBy.run, until: new Date(plan.heldBy.untilMs).toISOString() },
        startedBy: plan.runId,
    };
}
function statusText(plans) {
    if (plans.length === 0)
        return 'No detached canary in flight.';
    return plans
        .map((plan) => {
        const step = plan.strategy.steps[plan.step];
        const alias = plan.journal.changes.at(-1)?.to;
        return [
            `${(0,_detached_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .planKey */ .vH)(plan.functionName, plan.alias)}: v${plan.oldVersion} → v${plan.newVersion}, "${plan.strategy.source}"`,
            `  step ${plan.step + 1}/${plan.strategy.steps.length} at ${(0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_4__/* .formatShare */ .T1)(step?.weight ?? 0)} (alias ${(0,_traffic_routing_js__WEBPACK_IMPORTED_MODULE_4__/* .describeTarget */ .ff)(alias)}), hold ends ${new Date(plan.holdEndMs).toISOString()}, deadline ${new Date(plan.deadline).toISOString()}`,
            plan.last
                ? `  last look ${new Date(plan.last.at).toISOString()}: ${plan.last.decision}: ${plan.last.reason}`
                : '  not looked at by the guard yet',
            `  guard failures in a row: ${plan.guardFailures}; started by ${plan.runId}`,
            ...controlLines(plan),
        ].join('\n');
    })
        .join('\n\n');
}
/** The plan's control: its run's hold, paused, a request waiting for the guard, the requests carried out. */
function controlLines(plan) {
    const at = (ms) => new Date(ms).toISOString();
    return [
        // on-runner-loss: guard: the run drives the canary while it renews its hold; then the guard does.
        ...(plan.heldBy
            ? [
                `  driven by run ${plan.heldBy.run}, held until ${at(plan.heldBy.untilMs)}; the guard takes it over if the run stops renewing`,
            ]
            : []),
        ...plan.decisions
            .filter((d) => d.by !== undefined)
            .map((d) => `  ${at(d.at)}: ${d.action} at step ${d.step + 1}: ${d.reason}`),
        ...(plan.paused
            ? [`  PAUSED since ${at(plan.paused.at)} by ${plan.paused.by}: held at this step until resumed`]
            : []),
        ...(plan.request
            ? [
                `  waiting for the guard's next tick: ${plan.request.command} requested ${at(plan.request.at)} by ${plan.request.by}: ${plan.request.reason || 'no reason given'}`,
            ]
            : []),
    ];
}
/** The plans of the newest run (one run writes one plan per function): the ones `wait` answers for. */
function latestRun(plans) {
    const newest = plans.reduce((a, p) => (a && a.createdAt >= p.createdAt ? a : p), undefined);
    return plans.filter((p) => p.runId === newest?.runId);
}
async function waitForPlans(read, flags, clock, print, log) {
    const until = clock.now() + flags.timeoutMs;
    for (;;) {
        const plans = await read();
        const inFlight = plans.filter((p) => p.status === 'in-flight');
        if (inFlight.length === 0) {
            const ended = latestRun(plans).map((p) => ({
                plan: (0,_detached_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .planKey */ .vH)(p.functionName, p.alias),
                status: p.status,
                verdict: p.verdict,
                reason: p.decisions.at(-1)?.reason,
                ...(p.decisions.at(-1)?.by ? { by: p.decisions.at(-1)?.by } : {}),
            }));
            print(JSON.stringify({ plans: ended }, null, 2));
            const failed = latestRun(plans).some((p) => p.status !== 'promoted');
            log(failed
                ? 'stack-canary wait: a detached canary did not pass.'
                : 'stack-canary wait: every plan promoted.');
            return failed ? 1 : 0;
        }
        if (clock.now() >= until) {
            log(`stack-canary wait: still in flight after ${flags.timeoutMs / _util_time_js__WEBPACK_IMPORTED_MODULE_7__/* .MINUTE_MS */ .k} min: ${inFlight.map((p) => (0,_detached_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .planKey */ .vH)(p.functionName, p.alias)).join(', ')}`);
            return 2;
        }
        log(statusText(inFlight));
        await clock.sleep(Math.min(WAIT_POLL_MS, Math.max(1, until - clock.now())));
    }
}


/***/ }),

/***/ 9963:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iI: () => (/* binding */ parseCommandFlags),
/* harmony export */   vi: () => (/* binding */ planTableOf),
/* harmony export */   wW: () => (/* binding */ openPlanClients)
/* harmony export */ });
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9852);
/* harmony import */ var _aws_detached_clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6537);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(347);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5071);
/* harmony import */ var _monitoring_outputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6883);
/* harmony import */ var _stack_describe_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6116);






/** The clients to read plans with, built for the region; `close` destroys them. */
async function openPlanClients(region) {
    const aws = await (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .createAwsClients */ .Gv)({ region });
    const dynamo = await (0,_aws_detached_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .createDynamoClient */ .yG)({ region });
    return {
        clients: { cloudFormation: aws.cloudFormation, dynamo },
        close: () => {
            (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .destroyAwsClients */ .QI)(aws);
            dynamo.destroy();
        },
    };
}
/** `stack-canary <command>`'s flags; a ConfigError naming the flag for anything else. */
function parseCommandFlags(command, argv, spec) {
    const values = new Map();
    const switches = new Set();
    for (let i = 0; i < argv.length; i += 1) {
        const [flag = '', inline] = (argv[i] ?? '').split(/=(.*)/s, 2);
        if (values.has(flag) || switches.has(flag)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(flag, `Flag ${flag} is given twice for ${command}. Give it once.`);
        }
        if (spec.values.includes(flag)) {
            const found = inline ?? argv[++i];
            if (found === undefined || found === '') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(flag, `Flag ${flag} needs a value: ${flag} <value>.`);
            }
            values.set(flag, found);
        }
        else if (spec.switches.includes(flag) && inline === undefined) {
            switches.add(flag);
        }
        else {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('arguments', `Unexpected argument "${argv[i]}" for ${command}. Accepted: ${[...spec.values, ...spec.switches].join(', ')}.`);
        }
    }
    const stackName = values.get('--stack-name');
    if (!stackName) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('stack-name', `stack-canary ${command} needs --stack-name (the app stack's name).`);
    }
    return { stackName, values, switches };
}
/** The plan table of `stackName`'s monitoring stack; an error saying what to deploy when there is none. */
async function planTableOf(cloudFormation, stackName) {
    const name = (0,_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .monitoringStackName */ .cg)(stackName);
    const stack = await (0,_stack_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .describeStack */ .GO)(cloudFormation, name);
    const table = stack.exists ? (0,_monitoring_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .monitoringPlanTableName */ .ZV)(stack.outputs) : undefined;
    if (!table) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .StackCanaryError */ .Bt('AWS_ERROR', stack.exists
            ? `Monitoring stack ${name} has no PlanTableName output: deploy it with guard: true.`
            : `Monitoring stack ${name} does not exist: deploy ${stackName} with monitoring: true and guard: true.`);
    }
    return table;
}


/***/ }),

/***/ 6116:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ isStackMissingError),
/* harmony export */   A5: () => (/* binding */ isBusy),
/* harmony export */   GO: () => (/* binding */ describeStack),
/* harmony export */   oJ: () => (/* binding */ isSuccess)
/* harmony export */ });
/* unused harmony export needsCreate */
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3805);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5071);


/**
 * DescribeStacks answers a missing stack with a `ValidationError` whose message says it
 * "does not exist": the name alone is shared with other validation failures, so this is one of the
 * two places where the API leaves us only its message to go by (the other: empty change sets).
 */
function isStackMissingError(error) {
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorName */ .ZH)(error) === 'ValidationError' && /does not exist/.test(String(error.message));
}
/** The stack's state by name or id. A deleted stack looked up by id is `exists: false` too. */
async function describeStack(cfn, stackNameOrId) {
    let stack;
    try {
        const answer = await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.DescribeStacksCommand({ StackName: stackNameOrId }));
        stack = answer.Stacks?.[0];
    }
    catch (error) {
        if (isStackMissingError(error))
            return { exists: false };
        throw error;
    }
    if (!stack || stack.StackStatus === 'DELETE_COMPLETE')
        return { exists: false };
    return toState(stack);
}
function toState(stack) {
    const outputs = {};
    for (const o of stack.Outputs ?? []) {
        if (o.OutputKey)
            outputs[o.OutputKey] = o.OutputValue ?? '';
    }
    return {
        exists: true,
        stackId: stack.StackId ?? stack.StackName ?? '',
        stackName: stack.StackName ?? '',
        status: stack.StackStatus ?? 'UNKNOWN',
        statusReason: stack.StackStatusReason,
        outputs,
        parameters: (stack.Parameters ?? []).map((p) => ({
            key: p.ParameterKey ?? '',
            value: p.ParameterValue ?? '',
        })),
        capabilities: stack.Capabilities ?? [],
        tags: (stack.Tags ?? []).map((t) => ({ key: t.Key ?? '', value: t.Value ?? '' })),
        terminationProtection: stack.EnableTerminationProtection ?? false,
    };
}
/**
 * Busy: CloudFormation is working on the stack. REVIEW_IN_PROGRESS is not busy: it is the
 * resting state of a stack that only has a CREATE change set (nothing is running).
 */
function isBusy(status) {
    return status.endsWith('_IN_PROGRESS') && status !== 'REVIEW_IN_PROGRESS';
}
/** The states a stack operation may end in that mean it did what was asked. */
const SUCCESS = new Set(['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'IMPORT_COMPLETE', 'DELETE_COMPLETE']);
function isSuccess(status) {
    return SUCCESS.has(status);
}
/** The stack has no usable template to update: a change set must CREATE it. */
function needsCreate(state) {
    return !state.exists || state.status === 'REVIEW_IN_PROGRESS';
}


/***/ })

};

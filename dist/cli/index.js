#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 8476:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5856);

process.exitCode = await (0,_cli_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), process.env);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5856:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

;// CONCATENATED MODULE: ./lib/src/errors.js
class StackCanaryError extends Error {
    code;
    constructor(code, message, options) {
        super(message, options);
        this.name = new.target.name;
        this.code = code;
    }
}
/** A bad input: raised before any AWS call, with a one-line message naming the input. */
class ConfigError extends StackCanaryError {
    input;
    constructor(input, message) {
        super('INVALID_INPUT', message);
        this.input = input;
    }
}
class TimeoutError extends StackCanaryError {
    constructor(message) {
        super('TIMEOUT', message);
    }
}
/** The name an AWS SDK v3 error carries (`ValidationError`, `ThrottlingException`, ...). */
function awsErrorName(error) {
    if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') {
        return error.name;
    }
    return undefined;
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./lib/src/version.js
/** The action's version, for the AWS user agent and the report. Kept in step with package.json by a test. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./lib/src/aws/clients.js


const USER_AGENT = `stack-canary/${VERSION}`;
/** How many clients this process has built: lets a test prove bad input built none. */
let constructed = 0;
function clientsConstructed() {
    return constructed;
}
function resolveRegion(region, env = process.env) {
    const resolved = region || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'];
    if (!resolved) {
        throw new ConfigError('region', 'Input region is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set. Accepted: an AWS region such as eu-west-1.');
    }
    return resolved;
}
async function createAwsClients(settings) {
    const region = resolveRegion(settings.region);
    const common = {
        region,
        retryMode: 'adaptive',
        maxAttempts: settings.maxAttempts ?? 6,
        customUserAgent: USER_AGENT,
    };
    const [cfn, lambda, cw, logs, sns, s3] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(805)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3805, 19)),
        Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(696)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1696, 19)),
        Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(85)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4085, 19)),
        Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(303)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 303, 19)),
        Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(797)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8797, 19)),
        Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3711, 19)),
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

;// CONCATENATED MODULE: ./lib/src/config/parse.js
function parseConfig(read) {
    return Object.freeze({
        stackName: read('stack-name') || undefined,
    });
}

;// CONCATENATED MODULE: ./lib/src/config/types.js
/**
 * The one typed configuration both front doors (action inputs, CLI flags) produce.
 * Every value here is validated and normalised: percentages are fractions, durations are ms.
 */
const INPUT_NAMES = (/* unused pure expression or super */ null && ([
    'stack-name',
    'template',
    'parameter-overrides',
    'capabilities',
    'tags',
    'role-arn',
    's3-bucket',
    'monitoring',
    'notification-email',
    'functions',
    'alias',
    'strategy',
    'interval',
    'max-error-rate',
    'max-memory-utilization',
    'max-p99-duration',
    'max-throttles',
    'min-invocations',
    'compare-baseline',
    'alarms',
    'on-inconclusive',
    'synthetic-payload',
    'synthetic-rate',
    'rollback',
    'dry-run',
    'github-token',
    'region',
]));
/** Defaults, the same as action.yml's (a test keeps them in step); the CLI applies them itself. */
const INPUT_DEFAULTS = {
    capabilities: 'CAPABILITY_IAM,CAPABILITY_NAMED_IAM,CAPABILITY_AUTO_EXPAND',
    monitoring: 'true',
    alias: 'live',
    strategy: 'canary 10% 5m',
    interval: '1m',
    'max-error-rate': '1%',
    'max-memory-utilization': '90%',
    'max-throttles': '0',
    'min-invocations': '50',
    'compare-baseline': 'true',
    'on-inconclusive': 'fail',
    'synthetic-rate': '60/m',
    rollback: 'alias',
    'dry-run': 'false',
};

;// CONCATENATED MODULE: ./lib/src/pipeline/run.js
/** The run of DESIGN.md, step by step. */
async function runPipeline(config, deps) {
    deps.logger.info(`stack-canary: ${config.stackName ?? '(no stack)'}`);
    return {
        verdict: 'skipped',
        rolledBack: false,
        reason: 'nothing to do yet',
        versions: {},
        stackId: undefined,
        stackOutputs: {},
        details: {},
    };
}

;// CONCATENATED MODULE: ./lib/src/state.js
class MemoryStateStore {
    values = new Map();
    save(key, value) {
        this.values.set(key, value);
    }
    get(key) {
        return this.values.get(key) ?? '';
    }
}

;// CONCATENATED MODULE: ./lib/src/util/clock.js
const realClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/** A clock whose sleep advances time at once. */
class FakeClock {
    time;
    sleeps = [];
    constructor(time = 0) {
        this.time = time;
    }
    now() {
        return this.time;
    }
    async sleep(ms) {
        this.sleeps.push(ms);
        this.time += ms;
    }
    advance(ms) {
        this.time += ms;
    }
}

;// CONCATENATED MODULE: ./lib/src/cli/run.js







const consoleLogger = {
    debug: (m) => (process.env['STACK_CANARY_DEBUG'] ? console.error(`debug: ${m}`) : undefined),
    info: (m) => console.error(m),
    warning: (m) => console.error(`warning: ${m}`),
    error: (m) => console.error(`error: ${m}`),
    group: async (title, body) => {
        console.error(`== ${title}`);
        return body();
    },
};
/** The CLI: the same engine as the action, flags/env in, JSON out, exit code. */
async function runCli(argv, env) {
    try {
        const flags = new Map();
        for (let i = 0; i < argv.length; i++) {
            const arg = argv[i] ?? '';
            if (arg.startsWith('--')) {
                const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
                flags.set(name ?? '', inline ?? argv[++i] ?? '');
            }
        }
        const read = (name) => flags.get(name) ?? env[`STACK_CANARY_${name.toUpperCase().replace(/-/g, '_')}`] ?? INPUT_DEFAULTS[name] ?? '';
        const config = parseConfig(read);
        const result = await runPipeline(config, {
            logger: consoleLogger,
            state: new MemoryStateStore(),
            clock: realClock,
            clients: () => createAwsClients({ region: config.region }),
        });
        console.log(JSON.stringify(result, null, 2));
        return result.verdict === 'fail' || result.verdict === 'inconclusive' ? 1 : 0;
    }
    catch (error) {
        console.error(`stack-canary: ${errorMessage(error)}`);
        return 2;
    }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(8476);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

// The fault-injecting HTTP proxy (mockttp), as its own process between the bundled action and the
// emulator: every request is forwarded to the target, and the active fault decides per request
// whether to answer in the service's place (an error in the service's protocol), delay it, cut
// the connection, or alter the emulator's answer. Control: POST /__faults/set {kind, ...},
// GET /__faults/stats. Runs `lanes` such proxies (default 1), each on its own port with its own
// fault, so that runs can go on side by side; prints their URLs, space-separated, on the first
// line of stdout.
//
//   node __tests__/faults/proxy-server.mjs http://127.0.0.1:PORT [lanes]
import { networkInterfaces } from 'node:os';
import { getLocal } from 'mockttp';
import { awsErrorReply } from '../helpers/aws-error-reply.mjs';

const LAMBDA_ROUTES = [
  ['PUT', /^\/2015-03-31\/functions\/[^/]+\/aliases\/[^/]+$/, 'UpdateAlias'],
  ['GET', /^\/2015-03-31\/functions\/[^/]+\/aliases\/[^/]+$/, 'GetAlias'],
  ['DELETE', /^\/2015-03-31\/functions\/[^/]+\/aliases\/[^/]+$/, 'DeleteAlias'],
  ['POST', /^\/2015-03-31\/functions\/[^/]+\/aliases$/, 'CreateAlias'],
  ['POST', /^\/2015-03-31\/functions\/[^/]+\/invocations$/, 'Invoke'],
  ['POST', /^\/2015-03-31\/functions\/[^/]+\/versions$/, 'PublishVersion'],
  ['GET', /^\/2015-03-31\/functions\/[^/]+\/configuration$/, 'GetFunctionConfiguration'],
];

/** The AWS operation of a request: JSON target header, query Action, or the Lambda route. */
function describeCall(method, path, headers, body, atMs) {
  const target = headers['x-amz-target'];
  if (typeof target === 'string')
    return { operation: target.slice(target.lastIndexOf('.') + 1), protocol: 'json', atMs };
  const action = /(?:^|&)Action=([A-Za-z]+)/.exec(body);
  if (action) return { operation: action[1], protocol: 'query', atMs };
  const route = path.split('?')[0] ?? '';
  if (route.startsWith('/20')) {
    const known = LAMBDA_ROUTES.find(([m, re]) => m === method && re.test(route));
    return { operation: known?.[2] ?? `${method} ${route}`, protocol: 'rest-json', atMs };
  }
  return { operation: `S3 ${method}`, protocol: 'rest-xml', atMs };
}

/** An error answer in the request's own protocol, as the service sends it. */
function serviceError(call, status, code, message) {
  return { kind: 'reply', ...awsErrorReply(call.protocol, status, code, message, 'fault-injected') };
}

const FORWARD = { kind: 'forward' };
const KEEP = { kind: 'keep' };

/** A small seeded generator (mulberry32): the same seed faults the same calls. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The throttling error each protocol's service sends. */
function throttle(call) {
  if (call.protocol === 'rest-json')
    return serviceError(call, 429, 'TooManyRequestsException', 'Rate exceeded');
  if (call.protocol === 'rest-xml')
    return serviceError(call, 503, 'SlowDown', 'Please reduce your request rate.');
  if (call.protocol === 'query') return serviceError(call, 400, 'Throttling', 'Rate exceeded');
  return serviceError(call, 400, 'ThrottlingException', 'Rate exceeded');
}

function serverError(call, n) {
  return n % 2 === 0
    ? serviceError(
        call,
        500,
        call.protocol === 'rest-json' ? 'ServiceException' : 'InternalFailure',
        'injected 500',
      )
    : serviceError(call, 503, 'ServiceUnavailable', 'injected 503');
}

/** The catalogue: a fault spec ({kind, ...}) → { onRequest(call), onResponse(call, body) }. */
const FAULTS = {
  none: () => ({}),
  /** A share of all calls throttled. */
  throttle: ({ share, seed = 1 }) => {
    const random = seeded(seed);
    return { onRequest: (call) => (random() < share ? throttle(call) : FORWARD) };
  },
  /** Every call throttled for burstMs out of every periodMs. */
  throttleBursts: ({ burstMs, periodMs }) => ({
    onRequest: (call) => (call.atMs % periodMs < burstMs ? throttle(call) : FORWARD),
  }),
  /** A share of calls answered 500 or 503. */
  serverErrors: ({ share, seed = 2 }) => {
    const random = seeded(seed);
    let n = 0;
    return { onRequest: (call) => (random() < share ? serverError(call, n++) : FORWARD) };
  },
  /** Connections reset: half before the request reaches the service, half after it acted (the answer lost). */
  resets: ({ share, seed = 3 }) => {
    const random = seeded(seed);
    return {
      onRequest: () => (random() < share / 2 ? { kind: 'reset' } : FORWARD),
      onResponse: () => (random() < share / 2 ? { kind: 'reset' } : KEEP),
    };
  },
  /** A share of answers delayMs late (the request still reaches the service, after the client gave up). */
  slow: ({ share, delayMs, seed = 4 }) => {
    const random = seeded(seed);
    return { onRequest: () => (random() < share ? { kind: 'delay', ms: delayMs } : FORWARD) };
  },
  /** Once `count` calls of `operation` went through, every call is accepted and never answered. */
  hangAfter: ({ operation, count }) => {
    let seen = 0;
    return {
      onRequest: (call) => {
        if (seen >= count) return { kind: 'hang' };
        if (call.operation === operation) seen += 1;
        return FORWARD;
      },
    };
  },
  /** GetMetricData answers with no datapoints at all. */
  emptyMetrics: () => ({
    onResponse: (call, body) => {
      if (call.operation !== 'GetMetricData') return KEEP;
      const answer = JSON.parse(body);
      for (const result of answer.MetricDataResults ?? []) {
        result.Timestamps = [];
        result.Values = [];
      }
      return { kind: 'body', body: JSON.stringify(answer) };
    },
  }),
  /** Every call of `operations` fails (500/503); UpdateAlias too once `updateAliasAfter` went through. */
  failingCalls: ({ operations = [], updateAliasAfter }) => {
    let updates = 0;
    return {
      onRequest: (call) => {
        if (operations.includes(call.operation)) return serverError(call, 0);
        if (call.operation === 'UpdateAlias' && updateAliasAfter !== undefined) {
          updates += 1;
          if (updates > updateAliasAfter) return serverError(call, 1);
        }
        return FORWARD;
      },
    };
  },
};

/**
 * The address the runs reach a lane at: IPv6 loopback when there is one. mockttp takes an incoming
 * connection whose address and port equal one of its own outgoing ones for a proxy loop and fails
 * the request; on 127.0.0.1 both ends draw ports from one range, so under load an incoming call
 * from the action now and then matched a connection to the emulator (IPv4).
 */
const CLIENT_HOST = Object.values(networkInterfaces())
  .flat()
  .some((i) => i?.internal && i.family === 'IPv6' && i.address === '::1')
  ? '[::1]'
  : '127.0.0.1';

/** One lane: its own port, fault and counts, so runs on different lanes never see each other's faults. */
async function startLane(target) {
  let fault = {};
  let since = Date.now();
  let stats = { calls: 0, injected: 0, byOperation: {} };
  const hung = new Set();
  const releaseHung = () => {
    for (const release of hung) release();
    hung.clear();
  };
  const callOf = (req) =>
    describeCall(req.method, req.path, req.headers, req.body.buffer.toString('utf8'), Date.now() - since);

  const server = getLocal();
  await server.start();
  await server
    .forPost('/__faults/set')
    .always()
    .thenCallback(async (req) => {
      const spec = JSON.parse((await req.body.getText()) ?? '{}');
      const make = FAULTS[spec.kind];
      if (!make) return { statusCode: 400, body: `unknown fault ${spec.kind}` };
      fault = make(spec);
      since = Date.now();
      stats = { calls: 0, injected: 0, byOperation: {} };
      releaseHung();
      return { statusCode: 200, body: 'ok' };
    });
  await server
    .forGet('/__faults/stats')
    .always()
    .thenCallback(() => ({ statusCode: 200, json: stats }));
  await server
    .forAnyRequest()
    .always()
    .thenPassThrough({
      beforeRequest: async (req) => {
        const call = callOf(req);
        stats.calls += 1;
        stats.byOperation[call.operation] = (stats.byOperation[call.operation] ?? 0) + 1;
        const action = fault.onRequest?.(call) ?? FORWARD;
        const forward = { url: `${target}${req.path}` };
        if (action.kind === 'forward') return forward;
        stats.injected += 1;
        if (action.kind === 'reset') return { response: 'reset' };
        if (action.kind === 'reply')
          return { response: { statusCode: action.status, headers: action.headers, body: action.body } };
        // delay: forwarded late; hang: held until the fault changes, then the connection is closed.
        await new Promise((resolve) => {
          const release = () => {
            clearTimeout(timer);
            hung.delete(release);
            resolve();
          };
          const timer = setTimeout(release, action.kind === 'delay' ? action.ms : 10 * 60_000);
          hung.add(release);
        });
        return action.kind === 'hang' ? { response: 'close' } : forward;
      },
      beforeResponse: async (res, req) => {
        if (!fault.onResponse) return undefined;
        const action = fault.onResponse(callOf(req), (await res.body.getText()) ?? '');
        if (action.kind === 'keep') return undefined;
        stats.injected += 1;
        if (action.kind === 'reset') return 'reset';
        return { body: action.body };
      },
    });
  const stop = async () => {
    releaseHung();
    await server.stop();
  };
  return { url: `http://${CLIENT_HOST}:${server.port}`, stop };
}

async function main() {
  const target = process.argv[2];
  const count = Number(process.argv[3] ?? '1');
  if (!target || !Number.isInteger(count) || count < 1)
    throw new Error('usage: node proxy-server.mjs <target endpoint> [lanes]');
  const lanes = [];
  for (let i = 0; i < count; i++) lanes.push(await startLane(target));
  process.stdout.write(`${lanes.map((l) => l.url).join(' ')}\n`);
  const stop = () => void Promise.all(lanes.map((l) => l.stop())).then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

await main();

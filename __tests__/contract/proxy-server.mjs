// The contract proxy: its own process between every AWS client of a test run (the tests, the
// bundled action and CLI they start, the guard, the demo) and the emulator. Each request is
// decoded by its protocol and checked against the botocore model (requests.mjs) before it is
// forwarded; a request the model refuses is answered in the service's place with the error AWS
// would send (400, the violation's one line as its message) and recorded. One lane per target
// (emulator), each on its own port; their URLs are printed, space-separated, on the first line.
//
// Control, on every lane:
//   GET /__contract/violations   this lane's violations since the last call (and forgets them);
//                                with ?expected, a test sent them on purpose: not counted
//   GET /__contract/stats        requests checked per service, violations, unconverted patterns
//
//   node __tests__/contract/proxy-server.mjs http://127.0.0.1:PORT [...more targets]
import { Agent, createServer, request as httpRequest } from 'node:http';
import { awsErrorReply } from '../helpers/aws-error-reply.mjs';
import { loadModels } from './models.mjs';
import { checkedAsPresent, checkRequest } from './requests.mjs';
import { formatViolation, unconvertedPatterns } from './validate.mjs';

/** Paths of the emulator's own API, not AWS: forwarded unchecked. */
const EMULATOR_API = '/moto-api/';
const REFUSAL_CODE = {
  json: 'ValidationException',
  'rest-json': 'ValidationException',
  query: 'ValidationError',
  'rest-xml': 'InvalidArgument',
};

const models = loadModels();
const checked = {};
const refused = {};
let violationCount = 0;
let deliberate = 0;

function stats() {
  return {
    checked,
    refused,
    violations: violationCount,
    deliberate,
    unconvertedPatterns: [...unconvertedPatterns],
    presenceOnly: [...checkedAsPresent].sort(),
  };
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function startLane(target) {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true });
  let pending = [];
  const server = createServer(async (req, res) => {
    const url = req.url ?? '/';
    if (url === '/__contract/violations' || url === '/__contract/violations?expected') {
      const lines = pending;
      pending = [];
      // A test that sent them on purpose (the proof that the layer refuses): not counted as violations.
      if (url.endsWith('?expected')) {
        violationCount -= lines.length;
        deliberate += lines.length;
      }
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(lines));
    }
    if (url === '/__contract/stats')
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(stats()));
    let body;
    try {
      body = await readBody(req);
    } catch {
      return void res.destroy();
    }
    if (!url.startsWith(EMULATOR_API)) {
      const result = checkRequest(models, { method: req.method ?? 'GET', url, headers: req.headers, body });
      const service = result.service ?? '(unknown)';
      checked[service] = (checked[service] ?? 0) + 1;
      if (result.violations.length) {
        const lines = result.violations.map(formatViolation);
        violationCount += lines.length;
        refused[service] = (refused[service] ?? 0) + 1;
        pending.push(...lines);
        const reply = awsErrorReply(
          result.protocol ?? 'rest-xml',
          400,
          REFUSAL_CODE[result.protocol] ?? 'ValidationException',
          lines.join(' | '),
        );
        return void res.writeHead(reply.status, reply.headers).end(reply.body);
      }
    }
    // The proxy has the whole body already: the emulator gets it without a 100-continue round.
    const headers = { ...req.headers };
    delete headers.expect;
    const forward = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: url, headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(res);
        answer.on('error', () => res.destroy());
      },
    );
    forward.on('error', () => res.destroy());
    res.on('close', () => {
      if (!res.writableFinished) forward.destroy();
    });
    forward.end(body);
  });
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ url: `http://127.0.0.1:${address.port}`, server, agent });
    });
  });
}

const targets = process.argv.slice(2);
if (!targets.length) throw new Error('usage: node proxy-server.mjs <emulator endpoint> [...]');
const lanes = await Promise.all(targets.map(startLane));
process.stdout.write(`${lanes.map((l) => l.url).join(' ')}\n`);
const stop = () => {
  for (const lane of lanes) {
    lane.server.closeAllConnections();
    lane.server.close();
    lane.agent.destroy();
  }
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

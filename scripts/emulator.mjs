// The project's own local AWS: moto in server mode, from a pinned pip install in a
// project-local virtualenv (.emulator/venv), on 127.0.0.1 and a free port.
//
//   node scripts/emulator.mjs install     create/refresh the virtualenv
//   node scripts/emulator.mjs start [N]   start N servers, print their endpoints
//   node scripts/emulator.mjs stop        stop the servers started from this checkout (by pid)
//
// Tests and the demo import startEmulators/stopEmulators/resetEmulator from here.
import { spawn } from 'node:child_process';
import { openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { binIn, installPinned } from './venv.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const home = join(root, '.emulator');
const venv = join(home, 'venv');
const requirements = join(root, 'scripts', 'requirements-emulator.txt');
const serversFile = join(home, 'servers.json');

export const venvBin = (name) => binIn(venv, name);

/** Installs the pinned emulator once; reinstalls when the requirements change. */
export function installEmulator({ quiet = false } = {}) {
  installPinned({
    venv,
    requirements,
    program: 'moto_server',
    label: 'the local AWS emulator (moto, pinned)',
    quiet,
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(endpoint, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`moto_server exited with code ${child.exitCode}; see .emulator/*.log`);
    try {
      const res = await fetch(`${endpoint}/moto-api/data.json`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error(`moto_server did not answer at ${endpoint} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function post(endpoint, path, body) {
  const res = await fetch(`${endpoint}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${path} answered ${res.status}: ${await res.text()}`);
}

/** Starts one emulator and configures it (Lambda without Docker). Returns { endpoint, pid, port }. */
export async function startEmulator() {
  installEmulator();
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const out = openSync(join(home, `moto-${port}.log`), 'w');
  const child = spawn(venvBin('moto_server'), ['-H', '127.0.0.1', '-p', String(port)], {
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, MOTO_ALLOW_NONEXISTENT_REGION: 'true' },
  });
  child.unref();
  await waitUntilUp(endpoint, child);
  // Once, right after start: switching later drops functions created before.
  await post(endpoint, '/moto-api/config', { lambda: { use_docker: false } });
  return { endpoint, pid: child.pid, port };
}

/** Starts `count` emulators at once (one per test worker) and records their pids. */
export async function startEmulators(count = 1) {
  const servers = await Promise.all(Array.from({ length: count }, () => startEmulator()));
  const known = readServers();
  writeFileSync(serversFile, JSON.stringify([...known, ...servers], null, 2));
  return servers;
}

function readServers() {
  try {
    return JSON.parse(readFileSync(serversFile, 'utf8'));
  } catch {
    return [];
  }
}

/** Stops the given servers (default: every one recorded in .emulator/servers.json), by pid. */
export function stopEmulators(servers = readServers()) {
  for (const { pid } of servers) {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
  const stopped = new Set(servers.map((s) => s.pid));
  const left = readServers().filter((s) => !stopped.has(s.pid));
  if (left.length) writeFileSync(serversFile, JSON.stringify(left, null, 2));
  else rmSync(serversFile, { force: true });
}

/** Clears all emulator state (keeps the Lambda config). */
export async function resetEmulator(endpoint) {
  await post(endpoint, '/moto-api/reset');
}

/** Credentials and region the SDK needs to talk to the emulator (it accepts any). */
export function emulatorEnv(endpoint) {
  return {
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [command, arg] = process.argv.slice(2);
  if (command === 'install') installEmulator();
  else if (command === 'start') {
    const servers = await startEmulators(Number(arg ?? 1));
    for (const s of servers) console.log(s.endpoint);
  } else if (command === 'stop') stopEmulators();
  else {
    console.error('usage: node scripts/emulator.mjs install | start [count] | stop');
    process.exit(2);
  }
}

// Starts and reads the contract proxy (proxy-server.mjs) for jest's global setup and teardown,
// the fault table and the demo: one lane in front of each emulator.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the last test run left its counts, for CI's check that the layer was on (.ci/aws-contracts). */
export const STATS_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '.emulator',
  'contract-stats.json',
);

/** Starts the proxy in front of `targets` (emulator endpoints). Returns { pid, lanes: [url] }. */
export async function startContractProxy(targets) {
  rmSync(STATS_FILE, { force: true });
  const script = fileURLToPath(new URL('./proxy-server.mjs', import.meta.url));
  const child = spawn(process.execPath, [script, ...targets], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lanes = await new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`contract proxy exited with ${code}`)));
    child.stdout.on('data', (chunk) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0].trim().split(' '));
    });
  });
  child.removeAllListeners('exit');
  child.stdout.destroy();
  child.unref();
  return { pid: child.pid, lanes };
}

export function stopContractProxy(proxy) {
  try {
    process.kill(proxy.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/**
 * The violations a lane recorded since the last call (each one line); the lane forgets them.
 * `expected`: the test sent them on purpose, so they do not count as violations of the run.
 */
export async function takeViolations(lane, { expected = false } = {}) {
  return await (await fetch(`${lane}/__contract/violations${expected ? '?expected' : ''}`)).json();
}

/** Requests checked per service (all lanes), violations, and the patterns that were not checked. */
export async function contractStats(lane) {
  return await (await fetch(`${lane}/__contract/stats`)).json();
}

/** The summary line printed at the end of a run. */
export function summaryLine(stats) {
  const services = Object.entries(stats.checked).sort(([a], [b]) => a.localeCompare(b));
  const total = services.reduce((sum, [, n]) => sum + n, 0);
  const parts = services.map(([s, n]) => `${s} ${n}`).join(', ');
  const unconverted = stats.unconvertedPatterns.length
    ? `; patterns not checked (not convertible): ${stats.unconvertedPatterns.join(' ')}`
    : '';
  const deliberate = stats.deliberate ? ` (and ${stats.deliberate} sent on purpose by the proof test)` : '';
  return `AWS contract: ${total} requests checked against the botocore models (${parts || 'none'}); ${stats.violations} violations${deliberate}${unconverted}`;
}

export function writeContractStats(stats) {
  mkdirSync(dirname(STATS_FILE), { recursive: true });
  writeFileSync(STATS_FILE, JSON.stringify(stats, null, 2));
}

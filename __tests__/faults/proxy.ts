/**
 * Starts and steers the fault-injecting proxy (proxy-server.mjs, its own process, mockttp) that
 * stands between the bundled action (AWS_ENDPOINT_URL) and the emulator. The process serves
 * several lanes, each its own port and fault, so runs can go on side by side.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FaultSpec } from './faults.js';

export interface ProxyStats {
  readonly calls: number;
  readonly injected: number;
  readonly byOperation: Readonly<Record<string, number>>;
}

/** One lane of the proxy: the endpoint a run's action talks to, and its fault. */
export class FaultLane {
  constructor(readonly url: string) {}

  /** Switches the fault on (`none`: forward everything untouched) and restarts the counts. */
  async setFault(spec: FaultSpec): Promise<void> {
    const res = await fetch(`${this.url}/__faults/set`, { method: 'POST', body: JSON.stringify(spec) });
    if (!res.ok) throw new Error(`fault proxy refused ${JSON.stringify(spec)}: ${await res.text()}`);
  }

  async stats(): Promise<ProxyStats> {
    return (await (await fetch(`${this.url}/__faults/stats`)).json()) as ProxyStats;
  }
}

export class FaultProxy {
  private child: ChildProcess | undefined;

  async start(target: string, lanes = 1): Promise<FaultLane[]> {
    const script = fileURLToPath(new URL('./proxy-server.mjs', import.meta.url));
    const child = spawn(process.execPath, [script, target, String(lanes)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    this.child = child;
    const urls = await new Promise<string[]>((resolve, reject) => {
      let out = '';
      child.once('exit', (code) => reject(new Error(`fault proxy exited with ${code}`)));
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split('\n')[0];
        if (out.includes('\n') && line) resolve(line.trim().split(' '));
      });
    });
    return urls.map((url) => new FaultLane(url));
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}

/**
 * Starts and steers the fault-injecting proxy (proxy-server.mjs, its own process, mockttp) that
 * stands between the bundled action (AWS_ENDPOINT_URL) and the emulator.
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

export class FaultProxy {
  private child: ChildProcess | undefined;
  url = '';

  async start(target: string): Promise<string> {
    const script = fileURLToPath(new URL('./proxy-server.mjs', import.meta.url));
    const child = spawn(process.execPath, [script, target], { stdio: ['ignore', 'pipe', 'inherit'] });
    this.child = child;
    this.url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.once('exit', (code) => reject(new Error(`fault proxy exited with ${code}`)));
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split('\n')[0];
        if (out.includes('\n') && line) resolve(line.trim());
      });
    });
    return this.url;
  }

  /** Switches the fault on (`none`: forward everything untouched) and restarts the counts. */
  async setFault(spec: FaultSpec): Promise<void> {
    const res = await fetch(`${this.url}/__faults/set`, { method: 'POST', body: JSON.stringify(spec) });
    if (!res.ok) throw new Error(`fault proxy refused ${JSON.stringify(spec)}: ${await res.text()}`);
  }

  async stats(): Promise<ProxyStats> {
    return (await (await fetch(`${this.url}/__faults/stats`)).json()) as ProxyStats;
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

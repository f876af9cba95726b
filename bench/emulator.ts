/** The benches' local emulator (scripts/emulator.mjs): one server started, its variables set in this process. */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface EmulatorServer {
  endpoint: string;
  pid: number;
}

export interface EmulatorScript {
  startEmulators(count: number): Promise<EmulatorServer[]>;
  stopEmulators(servers: EmulatorServer[]): void;
  resetEmulator(endpoint: string): Promise<void>;
  emulatorEnv(endpoint: string): Record<string, string>;
}

export async function startBenchEmulator(
  root: string,
): Promise<{ emulator: EmulatorScript; server: EmulatorServer }> {
  const emulator = (await import(pathToFileURL(join(root, 'scripts/emulator.mjs')).href)) as EmulatorScript;
  const [server] = await emulator.startEmulators(1);
  if (!server) throw new Error('no emulator started');
  Object.assign(process.env, emulator.emulatorEnv(server.endpoint));
  return { emulator, server };
}

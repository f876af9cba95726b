// Starts one local AWS emulator per jest worker (so tests can reset it without racing)
// and hands their endpoints to the workers through the environment.
import os from 'node:os';
import { startEmulators } from '../../scripts/emulator.mjs';

export default async function globalSetup(globalConfig) {
  const workers = Math.max(1, Math.min(globalConfig.maxWorkers ?? os.availableParallelism(), 4));
  const servers = await startEmulators(workers);
  globalThis.__STACK_CANARY_EMULATORS__ = servers;
  process.env.STACK_CANARY_EMULATOR_ENDPOINTS = servers.map((s) => s.endpoint).join(',');
}

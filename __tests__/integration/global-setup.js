// Starts one local AWS emulator per jest worker (so tests can reset it without racing), and the
// contract proxy in front of them (every AWS request checked against the botocore models, see
// __tests__/contract/), and hands the proxy's lanes to the workers through the environment.
import os from 'node:os';
import { startEmulators } from '../../scripts/emulator.mjs';
import { startContractProxy } from '../contract/proxy.mjs';

export default async function globalSetup(globalConfig) {
  const workers = Math.max(1, Math.min(globalConfig.maxWorkers ?? os.availableParallelism(), 4));
  const servers = await startEmulators(workers);
  globalThis.__STACK_CANARY_EMULATORS__ = servers;
  const proxy = await startContractProxy(servers.map((s) => s.endpoint));
  globalThis.__STACK_CANARY_CONTRACT__ = proxy;
  process.env.STACK_CANARY_EMULATOR_ENDPOINTS = proxy.lanes.join(',');
}

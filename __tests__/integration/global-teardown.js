import { stopEmulators } from '../../scripts/emulator.mjs';
import { contractStats, stopContractProxy, summaryLine } from '../contract/proxy.mjs';

export default async function globalTeardown() {
  const proxy = globalThis.__STACK_CANARY_CONTRACT__;
  let stats;
  if (proxy) {
    stats = await contractStats(proxy.lanes[0]);
    stopContractProxy(proxy);
    console.log(`\n${summaryLine(stats)}`);
  }
  stopEmulators(globalThis.__STACK_CANARY_EMULATORS__);
}

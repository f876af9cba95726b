import { stopEmulators } from '../../scripts/emulator.mjs';
import {
  contractStats,
  stopContractProxy,
  summaryLine,
  takeViolations,
  writeContractStats,
} from '../contract/proxy.mjs';

export default async function globalTeardown() {
  const proxy = globalThis.__STACK_CANARY_CONTRACT__;
  if (proxy) {
    // Requests sent after the last test ended (a child process's last calls) fail no test: shown here.
    const late = (await Promise.all(proxy.lanes.map((lane) => takeViolations(lane)))).flat();
    const stats = await contractStats(proxy.lanes[0]);
    stopContractProxy(proxy);
    writeContractStats(stats);
    console.log(`\n${[...late, summaryLine(stats)].join('\n')}`);
  }
  stopEmulators(globalThis.__STACK_CANARY_EMULATORS__);
}

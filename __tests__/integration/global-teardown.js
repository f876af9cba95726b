import { stopEmulators } from '../../scripts/emulator.mjs';

export default async function globalTeardown() {
  stopEmulators(globalThis.__STACK_CANARY_EMULATORS__);
}

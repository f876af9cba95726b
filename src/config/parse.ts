import type { Config, InputReader } from './types.js';

export function parseConfig(read: InputReader): Config {
  return Object.freeze({
    stackName: read('stack-name') || undefined,
  } as unknown as Config);
}

import type { Config, TrafficStep } from '../../src/config/types.js';
import { testConfig } from './pipeline-fakes.js';

/** A run's config without a template, stack, monitoring or region: traffic on `functionName` only. */
export function templatelessConfig(
  functionName: string,
  steps: readonly TrafficStep[],
  overrides: Partial<Config> = {},
): Config {
  return testConfig(
    {
      template: undefined,
      stackName: undefined,
      monitoring: false,
      functions: [functionName],
      region: undefined,
      ...overrides,
    },
    steps,
  );
}

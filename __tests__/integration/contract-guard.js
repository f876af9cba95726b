// Fails a test whose AWS requests broke the service model: after each test, the violations this
// worker's contract-proxy lane recorded meanwhile (each one line; see __tests__/contract/).
import { afterEach } from '@jest/globals';
import { takeViolations } from '../contract/proxy.mjs';

afterEach(async () => {
  const lane = process.env.STACK_CANARY_CONTRACT_LANE;
  if (!lane) return;
  const lines = await takeViolations(lane);
  if (lines.length) throw new Error(`AWS requests the service model refuses:\n${lines.join('\n')}`);
});

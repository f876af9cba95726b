/**
 * AWS clients on the emulator for one suite, made before it and destroyed after it, and the
 * emulator reset before each test. Call it inside `describe`; the suite's own hooks run after
 * these.
 */
import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import type { AwsClients } from '../../src/aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';
import { resetEmulator } from './emulator.js';

export interface EmulatorSuite {
  readonly aws: AwsClients;
}

/** `what` once beforeAll has made it. */
export function madeBeforeAll<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is made in beforeAll: use it in a hook or a test`);
  return value;
}

export function emulatorSuite(): EmulatorSuite {
  let aws: AwsClients | undefined;
  beforeAll(async () => {
    aws = await createAwsClients({ region: undefined });
  });
  afterAll(() => {
    if (aws) destroyAwsClients(aws);
  });
  beforeEach(resetEmulator);
  return {
    get aws() {
      return madeBeforeAll(aws, 'aws');
    },
  };
}

/**
 * The set-up of a suite that runs the action's main step in this process against the emulator:
 * AWS clients, and one folder for the runner's files for the whole suite (@actions/core keeps the
 * summary file's path once it has read it); before each test the emulator reset and the app's
 * code objects put in `code-bucket`; after each, process.env and process.exitCode as they were.
 * Call it inside `describe`; the suite's own hooks run after these.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { AwsClients } from '../../src/aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';
import { resetEmulator } from './emulator.js';
import { runMainStepInProcess } from './main-step.js';

export interface MainStepSuiteOptions {
  /** The temporary folder's name prefix, such as `stack-canary-drop-in-`. */
  readonly folderPrefix: string;
  /** Objects of `code-bucket` (key to body), created before each test. */
  readonly codeObjects: Readonly<Record<string, string>>;
}

export interface MainStepSuite {
  readonly aws: AwsClients;
  /** The runner's folder (command files, RUNNER_TEMP). */
  readonly dir: string;
  /** Runs the main step as the runner would, with action.yml's defaults for the inputs not given. */
  runMain(inputs: Record<string, string>): Promise<Record<string, string>>;
}

export const CODE_BUCKET = 'code-bucket';

export function mainStepSuite(options: MainStepSuiteOptions): MainStepSuite {
  let aws: AwsClients | undefined;
  let dir: string | undefined;
  const saved = { ...process.env };
  beforeAll(async () => {
    aws = await createAwsClients({ region: undefined });
    dir = mkdtempSync(join(tmpdir(), options.folderPrefix));
  });
  afterAll(() => {
    if (aws) destroyAwsClients(aws);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await resetEmulator();
    const s3 = suite.aws.s3;
    await s3.send(new CreateBucketCommand({ Bucket: CODE_BUCKET }));
    for (const [key, body] of Object.entries(options.codeObjects)) {
      await s3.send(new PutObjectCommand({ Bucket: CODE_BUCKET, Key: key, Body: body }));
    }
  });
  afterEach(() => {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
    process.exitCode = undefined;
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is made in beforeAll: use it in a hook or a test`);
    return value;
  };
  const suite: MainStepSuite = {
    get aws() {
      return ready(aws, 'aws');
    },
    get dir() {
      return ready(dir, 'dir');
    },
    runMain: (inputs) => runMainStepInProcess(ready(dir, 'dir'), inputs),
  };
  return suite;
}

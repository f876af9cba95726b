/**
 * The set-up of a suite that runs the action's main step in this process against the emulator:
 * the emulator's (emulator-suite.ts), one folder for the runner's files for the whole suite
 * (@actions/core keeps the summary file's path once it has read it), the app's code objects put in
 * `code-bucket` before each test, and process.env and process.exitCode as they were after each.
 * Call it inside `describe`; the suite's own hooks run after these.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { EmulatorSuite } from './emulator-suite.js';
import { emulatorSuite, madeBeforeAll } from './emulator-suite.js';
import { runMainStepInProcess } from './main-step.js';

export interface MainStepSuiteOptions {
  /** The temporary folder's name prefix, such as `stack-canary-drop-in-`. */
  readonly folderPrefix: string;
  /** Objects of `code-bucket` (key to body), created before each test. */
  readonly codeObjects: Readonly<Record<string, string>>;
}

export interface MainStepSuite extends EmulatorSuite {
  /** The runner's folder (command files, RUNNER_TEMP). */
  readonly dir: string;
  /** Runs the main step as the runner would, with action.yml's defaults for the inputs not given. */
  runMain(inputs: Record<string, string>): Promise<Record<string, string>>;
}

export const CODE_BUCKET = 'code-bucket';

export function mainStepSuite(options: MainStepSuiteOptions): MainStepSuite {
  const emulator = emulatorSuite();
  let dir: string | undefined;
  const saved = { ...process.env };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), options.folderPrefix));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    const s3 = emulator.aws.s3;
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
  return {
    get aws() {
      return emulator.aws;
    },
    get dir() {
      return madeBeforeAll(dir, 'dir');
    },
    runMain: (inputs) => runMainStepInProcess(madeBeforeAll(dir, 'dir'), inputs),
  };
}

/**
 * A watched alarm already in ALARM before the first shift, on the emulator (alarms set with
 * SetAlarmState; the emulator never evaluates them), through the action's main step in this
 * process: it does not fail a healthy canary by itself; one that clears and fires again during the
 * canary fails it; an alarm that goes into ALARM during the canary fails it as before.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import { ListFunctionsCommand, ListVersionsByFunctionCommand } from '@aws-sdk/client-lambda';
import { mainStepSuite } from '../helpers/main-step-suite.js';
import { putErrorsAlarm } from '../helpers/alarms.js';

const ALARM = 'orders-errors';
/** A first deploy judged on synthetic calls: no old version, so no wait for settled metrics. */
const STEP = {
  'stack-name': 'orders-api',
  template: '__fixtures__/templates/app.yaml',
  capabilities: 'CAPABILITY_IAM',
  'parameter-overrides': 'CodeBucket=code-bucket,CodeKey=v1.zip',
  alias: 'live',
  interval: '1s',
  'synthetic-payload': '{"ping":true}',
  'synthetic-rate': '1200/m',
  'max-error-rate': '50%',
  'min-invocations': '5',
  monitoring: 'false',
  alarms: ALARM,
};

describe('an alarm already firing before the first shift, on the emulator', () => {
  const suite = mainStepSuite({
    folderPrefix: 'stack-canary-alarm-before-',
    codeObjects: { 'v1.zip': 'zip' },
  });
  const { runMain } = suite;
  beforeEach(async () => {
    await putErrorsAlarm(suite.aws.cloudWatch, ALARM);
  });

  const setAlarm = (state: 'OK' | 'ALARM') =>
    suite.aws.cloudWatch.send(
      new SetAlarmStateCommand({
        AlarmName: ALARM,
        StateValue: state,
        StateReason: `set to ${state} by the test`,
      }),
    );
  /** Resolves once the new version is published (the canary starts on it), plus a moment (its first step has begun). */
  const whenCanaryStarts = async (): Promise<void> => {
    for (;;) {
      const [fn] = (await suite.aws.lambda.send(new ListFunctionsCommand({}))).Functions ?? [];
      const versions = fn?.FunctionName
        ? ((await suite.aws.lambda.send(new ListVersionsByFunctionCommand({ FunctionName: fn.FunctionName })))
            .Versions ?? [])
        : [];
      if (versions.some((v) => v.Version === '1')) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await new Promise((resolve) => setTimeout(resolve, 1_500));
  };

  it('GIVEN the alarm in ALARM before the run WHEN the canary is healthy THEN it passes, and the report names the alarm', async () => {
    await setAlarm('ALARM');
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const outputs = await runMain({ ...STEP, strategy: 'canary 10% 3s' });
    expect([outputs['verdict'], process.exitCode]).toEqual(['pass', undefined]);
    expect(readFileSync(outputs['report'] ?? '', 'utf8')).toContain(
      `alarm ${ALARM} was already in ALARM before the first shift, not held against the canary`,
    );
  });

  it('GIVEN the alarm in ALARM before the run WHEN it clears and fires again during the canary THEN the canary fails, saying so', async () => {
    await setAlarm('ALARM');
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const run = runMain({ ...STEP, strategy: 'canary 10% 12s', 'min-invocations': '200' });
    await whenCanaryStarts();
    await setAlarm('OK');
    await setAlarm('ALARM');
    const outputs = await run;
    expect(outputs['verdict']).toBe('fail');
    expect(outputs['reason']).toContain(
      `alarm ${ALARM} went into ALARM again after clearing during the canary (already firing before the first shift)`,
    );
  });

  it('GIVEN the alarm OK before the run WHEN it goes into ALARM during the canary THEN the canary fails as before', async () => {
    const run = runMain({ ...STEP, strategy: 'canary 10% 12s', 'min-invocations': '200' });
    await whenCanaryStarts();
    await setAlarm('ALARM');
    const outputs = await run;
    expect(outputs['verdict']).toBe('fail');
    expect(outputs['reason']).toContain(`alarm in ALARM: ${ALARM}`);
  });
});

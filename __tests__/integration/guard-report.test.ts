/**
 * What the guard did since the last release, shown by the next run on the emulator: the function
 * is tagged as the monitoring stack's guard tags it after a bake rollback, a canary runs through
 * the real pipeline and Lambda client, and the log, the JSON report and the job summary show what
 * the guard did, when and why. Guard tags older than the last promotion are not shown.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { GetFunctionConfigurationCommand, TagResourceCommand } from '@aws-sdk/client-lambda';
import type { AwsClients } from '../../src/aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';
import { parseConfig } from '../../src/config/parse.js';
import { guardCooldownTagKey, lastPassedTagKey } from '../../src/constants.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { buildReport } from '../../src/report/report.js';
import { renderSummary } from '../../src/report/summary.js';
import { MemoryStateStore } from '../../src/state-store.js';
import { createAlias } from '../../src/traffic/alias.js';
import { guardRolledBackTagKey, previousTagKey, promotedAtTagKey, tagValue } from '../../src/traffic/tags.js';
import { publishVersion } from '../../src/traffic/versions.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { resetEmulator } from '../helpers/emulator.js';
import { createFunction, createRole, deployCode } from '../helpers/lambda-emulator.js';
import { MemoryLogger } from '../helpers/memory-logger.js';

const FN = 'payments-fn';
const ALIAS = 'live';
const HOUR = 3_600_000;
const START = Date.parse('2026-11-29T18:00:00.000Z');
const iso = (ms: number): string => new Date(ms).toISOString();

let aws: AwsClients;
beforeAll(async () => {
  aws = await createAwsClients({ region: undefined });
});
afterAll(() => destroyAwsClients(aws));

/** v1 then v2 published; v2 was promoted 5 hours before the run; the alias is on v1 again. */
async function v2ReleasedAliasBackOnV1(): Promise<void> {
  await resetEmulator();
  const role = await createRole(aws);
  await createFunction(aws, FN, role, 'v1');
  const clock = new FakeClock(START);
  const v1 = await publishVersion(aws.lambda, FN, { clock });
  await deployCode(aws, FN, 'v2');
  await publishVersion(aws.lambda, FN, { clock });
  await createAlias(aws.lambda, FN, ALIAS, { version: v1.version, weights: {} });
  await deployCode(aws, FN, 'v3');
}
beforeEach(v2ReleasedAliasBackOnV1);

/** Tags the function as the action's promotion of v2 and the guard's rollback of it would. */
async function tagAsTheGuard(rolledBackAtMs: number): Promise<void> {
  const { FunctionArn } = await aws.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: FN }));
  const reason = 'v2 errors 41 of 1000 against 2 of 1000 for v1 | <b>*worse*</b>';
  await aws.lambda.send(
    new TagResourceCommand({
      Resource: FunctionArn,
      Tags: {
        [promotedAtTagKey(ALIAS)]: iso(START - 5 * HOUR),
        [previousTagKey(ALIAS)]: '1',
        [lastPassedTagKey(ALIAS)]: '1',
        [guardRolledBackTagKey(ALIAS)]: tagValue(`v2 at ${iso(rolledBackAtMs)}: ${reason}`),
        [guardCooldownTagKey(ALIAS)]: iso(rolledBackAtMs),
      },
    }),
  );
}

async function runCanary() {
  const inputs: Record<string, string> = { functions: FN, monitoring: 'false', strategy: 'canary 10% 1m' };
  const config = parseConfig((name) => inputs[name] ?? '');
  const logger = new MemoryLogger();
  const result = await runPipeline(config, {
    logger,
    state: new MemoryStateStore(),
    clock: new FakeClock(START),
    clients: async () => aws,
  });
  const report = buildReport(config, result, {
    startedAt: new Date(START),
    finishedAt: new Date(START + HOUR),
  });
  return { result, logger, report, summary: renderSummary(report) };
}

describe('what the guard did, in the job', () => {
  it('GIVEN the guard rolled v2 back 3 hours ago WHEN a canary runs THEN the log, the report and the summary say what, when and why', async () => {
    const at = iso(START - 3 * HOUR);
    await tagAsTheGuard(START - 3 * HOUR);
    const { result, logger, report, summary } = await runCanary();
    expect(result.record.steps.length).toBeGreaterThan(0);
    expect(report.record.guard).toEqual([
      {
        functionName: FN,
        alias: ALIAS,
        promotedAt: iso(START - 5 * HOUR),
        lastPassed: '1',
        rolledBack: {
          version: '2',
          at,
          reason: 'v2 errors 41 of 1000 against 2 of 1000 for v1    b  worse  /b',
        },
        lastActionAt: at,
      },
    ]);
    const line = `${FN}: the guard rolled alias ${ALIAS} off v2 back to v1 at ${at} (3 h ago): v2 errors 41 of 1000`;
    expect(logger.text('info')).toContain(line);
    expect(summary).toContain(`### The guard since the last release\n\n- ${line}`);
    expect(summary).toContain(`(since the promotion at ${iso(START - 5 * HOUR)})`);
  }, 120_000);

  it('GIVEN guard tags older than the last promotion WHEN a canary runs THEN nothing about the guard is shown', async () => {
    await tagAsTheGuard(START - 6 * HOUR);
    const { logger, report, summary } = await runCanary();
    expect(report.record.guard).toEqual([]);
    expect(summary).not.toContain('The guard since');
    expect(logger.text()).not.toContain('the guard rolled');
  }, 120_000);
});

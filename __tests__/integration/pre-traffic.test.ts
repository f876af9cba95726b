/**
 * The pre-traffic gate and the traffic hooks end to end on the emulator, through the real
 * pipeline, Lambda client and inputs. The emulator runs no code: Invoke echoes the payload, or
 * returns the answers queued with POST /moto-api/static/lambda-simple/response, in call order.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { AwsClients } from '../../src/aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';
import { parseConfig } from '../../src/config/parse.js';
import type { InputName } from '../../src/config/inputs.js';
import { runPipeline } from '../../src/pipeline/run.js';
import type { RunResult } from '../../src/pipeline/types.js';
import { MemoryStateStore } from '../../src/state-store.js';
import { GetFunctionConfigurationCommand, ListTagsCommand } from '@aws-sdk/client-lambda';
import { lastPassedTagKey } from '../../src/constants.js';
import { createAlias, getAlias } from '../../src/traffic/alias.js';
import { previousTagKey, promotedAtTagKey } from '../../src/traffic/tags.js';
import type { AliasTarget } from '../../src/traffic/types.js';
import { publishVersion } from '../../src/traffic/versions.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { emulatorEndpoint, resetEmulator } from '../helpers/emulator.js';
import { createFunction, createRole, deployCode } from '../helpers/lambda-emulator.js';
import { MemoryLogger } from '../helpers/memory-logger.js';

const FN = 'orders-fn';
const HOOK = 'orders-smoke-test';
const V1_ONLY: AliasTarget = { version: '1', weights: {} };

let aws: AwsClients;
beforeAll(async () => {
  aws = await createAwsClients({ region: undefined });
});
afterAll(() => destroyAwsClients(aws));

/** The next Invoke calls answer these bodies, in order. */
async function queueAnswers(...answers: unknown[]): Promise<void> {
  const res = await fetch(`${emulatorEndpoint()}/moto-api/static/lambda-simple/response`, {
    method: 'POST',
    body: JSON.stringify({
      results: answers.map((a) => JSON.stringify(a)),
      region: process.env['AWS_REGION'],
    }),
  });
  if (!res.ok) throw new Error(`queueing answers: ${res.status}`);
}

/** v1 live on the alias, v2 deployed to $LATEST, and the hook function beside them. */
beforeEach(async () => {
  await resetEmulator();
  const role = await createRole(aws);
  await createFunction(aws, FN, role, 'v1');
  await createFunction(aws, HOOK, role, 'hook');
  const v1 = await publishVersion(aws.lambda, FN, { clock: new FakeClock() });
  await createAlias(aws.lambda, FN, 'live', { version: v1.version, weights: {} });
  await deployCode(aws, FN, 'v2');
});

async function run(
  values: Partial<Record<InputName, string>>,
): Promise<{ result: RunResult; alias: AliasTarget | undefined }> {
  const all: Partial<Record<InputName, string>> = { functions: FN, monitoring: 'false', ...values };
  const config = parseConfig((name) => all[name] ?? '');
  const result = await runPipeline(config, {
    logger: new MemoryLogger(),
    state: new MemoryStateStore(),
    clock: new FakeClock(Date.now()),
    clients: async () => aws,
  });
  return { result, alias: (await getAlias(aws.lambda, FN, 'live'))?.target };
}

/** The function's tags (where a promotion is recorded for the guard). */
async function tags(): Promise<Record<string, string>> {
  const { FunctionArn } = await aws.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: FN }));
  return (await aws.lambda.send(new ListTagsCommand({ Resource: FunctionArn }))).Tags ?? {};
}

const GATE = `
- name: get order
  payload: { rawPath: /orders/1 }
  expect:
    body: { statusCode: 200, body.id: "1" }
`;

describe('the pre-traffic gate on the emulator', () => {
  it('GIVEN a new version whose payload answers the wrong body WHEN run THEN it fails before any alias moves, saying what was expected and what came back', async () => {
    await queueAnswers({ statusCode: 200, body: JSON.stringify({ id: '2' }) });
    const { result, alias } = await run({ 'pre-traffic-payloads': GATE });
    expect(result.verdict).toBe('fail');
    expect(result.reason).toBe(
      `pre-traffic gate failed: ${FN} v2: payload "get order": expected body.id = "1", got "2"`,
    );
    expect(alias).toEqual(V1_ONLY);
    expect(result.record.actions).toEqual([]);
    expect(result.record.preTraffic).toMatchObject({
      passed: false,
      payloads: [{ functionName: FN, version: '2', payload: 'get order', passed: false }],
    });
  });

  it('GIVEN a payload that answers right WHEN run all at once THEN the gate passes and the version is promoted', async () => {
    await queueAnswers({ statusCode: 200, body: JSON.stringify({ id: '1' }) });
    const { result, alias } = await run({ 'pre-traffic-payloads': GATE, strategy: 'all-at-once' });
    expect(result.verdict).toBe('pass');
    expect(alias).toEqual({ version: '2', weights: {} });
    expect(result.record.preTraffic).toMatchObject({ passed: true });
  });
});

describe('the traffic hooks with a real function on the emulator', () => {
  it('GIVEN both hooks answer Succeeded WHEN run THEN the version is promoted and both answers are recorded', async () => {
    await queueAnswers({ status: 'Succeeded' }, { status: 'Succeeded' });
    const { result, alias } = await run({
      'pre-traffic-hook': HOOK,
      'post-traffic-hook': HOOK,
      strategy: 'all-at-once',
    });
    expect(result.verdict).toBe('pass');
    expect(alias).toEqual({ version: '2', weights: {} });
    expect(result.record.preTraffic).toMatchObject({
      passed: true,
      hooks: [{ hook: HOOK, version: '2', passed: true }],
    });
    expect(result.record.postTraffic).toMatchObject({
      passed: true,
      hooks: [{ hook: HOOK, version: '2', passed: true }],
    });
    // Recorded for the guard once the post-traffic hook passed: what passed, what it replaced, when.
    const recorded = await tags();
    expect([recorded[lastPassedTagKey('live')], recorded[previousTagKey('live')]]).toEqual(['2', '1']);
    expect(Date.parse(recorded[promotedAtTagKey('live')] ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });

  it('GIVEN a pre-traffic hook that does not answer Succeeded WHEN run THEN nothing moves', async () => {
    // No answer queued: the emulator echoes the hook's event, which has no status.
    const { result, alias } = await run({ 'pre-traffic-hook': HOOK, strategy: 'all-at-once' });
    expect(result.verdict).toBe('fail');
    expect(result.reason).toBe(
      `pre-traffic gate failed: ${FN} v2: hook ${HOOK} did not answer {"status":"Succeeded"}, got ` +
        JSON.stringify(JSON.stringify({ functionName: FN, version: '2', alias: 'live' })),
    );
    expect(alias).toEqual(V1_ONLY);
  });

  it('GIVEN a post-traffic hook that answers Failed after promotion WHEN run THEN the run fails and the alias goes back to the old version', async () => {
    await queueAnswers({ status: 'Failed' });
    const { result, alias } = await run({ 'post-traffic-hook': HOOK, strategy: 'all-at-once' });
    expect(result.verdict).toBe('fail');
    expect(result.rolledBack).toBe(true);
    expect(result.reason).toBe(
      `post-traffic hook failed: ${FN} v2: hook ${HOOK} did not answer {"status":"Succeeded"}, got "{\\"status\\":\\"Failed\\"}"`,
    );
    expect(alias).toEqual(V1_ONLY);
    // v2 never counts as passed: the hook failed before the promotion was recorded.
    expect(await tags()).toEqual({});
  });
});

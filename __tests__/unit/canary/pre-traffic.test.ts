import { beforeEach, describe, expect, it } from '@jest/globals';
import type { InvokeCommandOutput } from '@aws-sdk/client-lambda';
import { InvokeCommand, LambdaClient, ResourceNotFoundException } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import type { InvokeResponse } from '../../../src/canary/pre-traffic.js';
import {
  MAX_SHOWN_VALUE,
  checkExpectation,
  runPostTrafficHook,
  runPreTrafficGate,
  valueAt,
} from '../../../src/canary/pre-traffic.js';
import type { PreTrafficConfig } from '../../../src/config/types.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';

const ok = (body: unknown, durationMs = 20): InvokeResponse => ({
  functionError: undefined,
  body: JSON.stringify(body),
  durationMs,
});
const apiResponse = (statusCode: number, body: unknown) => ok({ statusCode, body: JSON.stringify(body) });

describe('checkExpectation', () => {
  it('GIVEN no expectation THEN a handled response passes and a FunctionError fails', () => {
    expect(checkExpectation(undefined, ok({ anything: true }))).toEqual([]);
    expect(
      checkExpectation(undefined, {
        functionError: 'Unhandled',
        body: '{"errorMessage":"boom"}',
        durationMs: 5,
      }),
    ).toEqual(['expected no FunctionError, got Unhandled: "{\\"errorMessage\\":\\"boom\\"}"']);
  });

  it('GIVEN error: true THEN only a FunctionError passes', () => {
    expect(
      checkExpectation({ error: true }, { functionError: 'Unhandled', body: '', durationMs: 1 }),
    ).toEqual([]);
    expect(checkExpectation({ error: true }, ok({ fine: 1 }))).toEqual([
      'expected a FunctionError, got a response: "{\\"fine\\":1}"',
    ]);
  });

  it('GIVEN body paths THEN each is read through JSON strings (API Gateway bodies) and compared as JSON', () => {
    const expect200 = { body: { statusCode: 200, 'body.id': '1', 'body.items': [1, 2] } };
    expect(checkExpectation(expect200, apiResponse(200, { id: '1', items: [1, 2] }))).toEqual([]);
    expect(checkExpectation(expect200, apiResponse(500, { id: 1, items: [2, 1] }))).toEqual([
      'expected statusCode = 200, got 500',
      'expected body.id = "1", got 1',
      'expected body.items = [1,2], got [2,1]',
    ]);
  });

  it('GIVEN a missing path or a body that is not JSON THEN it says so', () => {
    expect(checkExpectation({ body: { 'body.id': '1' } }, ok({ statusCode: 200 }))).toEqual([
      'expected body.id = "1", got nothing',
    ]);
    expect(
      checkExpectation(
        { body: { ok: true } },
        { functionError: undefined, body: 'plain text', durationMs: 1 },
      ),
    ).toEqual(['expected ok = true, got a body that is not JSON: "plain text"']);
  });

  it('GIVEN max-duration-ms THEN a slower response fails', () => {
    expect(checkExpectation({ maxDurationMs: 100 }, ok({}, 100))).toEqual([]);
    expect(checkExpectation({ maxDurationMs: 100 }, ok({}, 250))).toEqual([
      'expected at most 100 ms, took 250 ms',
    ]);
  });

  it('cuts what came back to a bounded length', () => {
    const [problem] = checkExpectation({ body: { id: 'x' } }, ok({ id: 'y'.repeat(5_000) }));
    expect(problem?.length).toBeLessThan(MAX_SHOWN_VALUE + 40);
    expect(problem?.endsWith('…')).toBe(true);
  });

  it('valueAt: no path through a non-object, own keys only', () => {
    expect(valueAt({ a: { b: 2 } }, 'a.b')).toBe(2);
    expect(valueAt({ a: 3 }, 'a.b')).toBeUndefined();
    expect(valueAt({}, 'constructor')).toBeUndefined();
  });
});

const lambdaMock = mockClient(LambdaClient);
const lambda = new LambdaClient({ region: 'eu-west-1' });
const targets = [
  { functionName: 'orders', version: '7' },
  { functionName: 'billing', version: '3' },
];
const gateConfig = (over: Partial<PreTrafficConfig> = {}): PreTrafficConfig => ({
  payloads: [
    { name: 'get', payload: '{"path":"/1"}', expect: { body: { statusCode: 200 } } },
    { name: 'list', payload: '{"path":"/"}', expect: undefined },
  ],
  hook: undefined,
  postHook: undefined,
  ...over,
});
/** A response payload as the SDK types it (the client hands back bytes with a string helper). */
const encode = (value: unknown) =>
  new TextEncoder().encode(JSON.stringify(value)) as unknown as NonNullable<InvokeCommandOutput['Payload']>;

describe('runPreTrafficGate', () => {
  beforeEach(() => {
    lambdaMock.reset();
  });
  const options = () => ({ logger: new MemoryLogger(), clock: new FakeClock(0) });

  it('GIVEN nothing configured THEN no call is made and there is no result', async () => {
    const result = await runPreTrafficGate(lambda, targets, 'live', gateConfig({ payloads: [] }), options());
    expect(result).toBeUndefined();
    expect(lambdaMock).not.toHaveReceivedCommand(InvokeCommand);
  });

  it('GIVEN healthy versions THEN every payload goes to each new version by its qualifier, never the alias', async () => {
    lambdaMock.on(InvokeCommand).resolves({ StatusCode: 200, Payload: encode({ statusCode: 200 }) });
    const result = await runPreTrafficGate(lambda, targets, 'live', gateConfig(), options());
    expect(result?.passed).toBe(true);
    expect(result?.reason).toBeUndefined();
    const calls = lambdaMock.commandCalls(InvokeCommand).map((c) => c.args[0].input);
    expect(calls.map((c) => `${c.FunctionName}:${c.Qualifier}`).sort()).toEqual([
      'billing:3',
      'billing:3',
      'orders:7',
      'orders:7',
    ]);
    expect(result?.payloads.map((p) => `${p.functionName} ${p.payload} ${p.passed}`)).toEqual([
      'orders get true',
      'orders list true',
      'billing get true',
      'billing list true',
    ]);
  });

  it('GIVEN one version answers the wrong body THEN the gate fails naming the payload, the expectation and the answer', async () => {
    lambdaMock.on(InvokeCommand).resolves({ StatusCode: 200, Payload: encode({ statusCode: 200 }) });
    lambdaMock
      .on(InvokeCommand, {
        FunctionName: 'billing',
        Qualifier: '3',
        Payload: new TextEncoder().encode('{"path":"/1"}'),
      })
      .resolves({ StatusCode: 200, Payload: encode({ statusCode: 502 }) });
    const result = await runPreTrafficGate(lambda, targets, 'live', gateConfig(), options());
    expect(result?.passed).toBe(false);
    expect(result?.reason).toBe(
      'pre-traffic gate failed: billing v3: payload "get": expected statusCode = 200, got 502',
    );
  });

  it('GIVEN 10 payloads THEN no more than the bound run at once', async () => {
    let running = 0;
    let most = 0;
    lambdaMock.on(InvokeCommand).callsFake(async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return { StatusCode: 200, Payload: encode({}) };
    });
    const payloads = Array.from({ length: 10 }, (_, i) => ({
      name: `p${i}`,
      payload: '{}',
      expect: undefined,
    }));
    const result = await runPreTrafficGate(lambda, targets, 'live', gateConfig({ payloads }), {
      ...options(),
      concurrency: 3,
    });
    expect(result?.payloads).toHaveLength(20);
    expect(most).toBe(3);
  });

  it('GIVEN the version cannot be invoked THEN that payload fails with the error', async () => {
    lambdaMock
      .on(InvokeCommand)
      .rejects(new ResourceNotFoundException({ message: 'no such version', $metadata: {} }));
    const result = await runPreTrafficGate(
      lambda,
      targets.slice(0, 1),
      'live',
      gateConfig({ payloads: gateConfig().payloads.slice(1) }),
      options(),
    );
    expect(result?.reason).toBe(
      'pre-traffic gate failed: orders v7: payload "list": could not invoke: ResourceNotFoundException: no such version',
    );
  });

  it('GIVEN a hook THEN it is asked about each new version, and anything but Succeeded fails', async () => {
    lambdaMock.on(InvokeCommand, { FunctionName: 'smoke' }).callsFake((input: { Payload: Uint8Array }) => {
      const event = JSON.parse(new TextDecoder().decode(input.Payload)) as { functionName: string };
      const status = event.functionName === 'orders' ? 'Succeeded' : 'Failed';
      return { StatusCode: 200, Payload: encode({ status }) };
    });
    const result = await runPreTrafficGate(
      lambda,
      targets,
      'live',
      gateConfig({ payloads: [], hook: 'smoke' }),
      options(),
    );
    const events = lambdaMock
      .commandCalls(InvokeCommand)
      .map((c) => new TextDecoder().decode(c.args[0].input.Payload as Uint8Array));
    expect(events).toEqual([
      '{"functionName":"orders","version":"7","alias":"live"}',
      '{"functionName":"billing","version":"3","alias":"live"}',
    ]);
    expect(result?.hooks.map((h) => h.passed)).toEqual([true, false]);
    expect(result?.reason).toBe(
      'pre-traffic gate failed: billing v3: hook smoke did not answer {"status":"Succeeded"}, got "{\\"status\\":\\"Failed\\"}"',
    );
  });
});

describe('runPostTrafficHook', () => {
  beforeEach(() => {
    lambdaMock.reset();
  });

  it('GIVEN a hook that throws THEN it fails with the FunctionError', async () => {
    lambdaMock
      .on(InvokeCommand)
      .resolves({ StatusCode: 200, FunctionError: 'Unhandled', Payload: encode({ errorMessage: 'x' }) });
    const result = await runPostTrafficHook(lambda, targets.slice(0, 1), 'live', 'after', {
      logger: new MemoryLogger(),
      clock: new FakeClock(0),
    });
    expect(result?.passed).toBe(false);
    expect(result?.reason).toBe(
      'post-traffic hook failed: orders v7: hook after did not answer {"status":"Succeeded"}, got Unhandled: "{\\"errorMessage\\":\\"x\\"}"',
    );
    expect(
      await runPostTrafficHook(lambda, targets, 'live', undefined, {
        logger: new MemoryLogger(),
        clock: new FakeClock(0),
      }),
    ).toBeUndefined();
  });
});

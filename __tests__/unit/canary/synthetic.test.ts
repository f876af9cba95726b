import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  InvokeCommand,
  LambdaClient,
  LambdaServiceException,
  TooManyRequestsException,
} from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { startSyntheticTraffic, type SyntheticOptions } from '../../../src/canary/synthetic.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';
import { FakeClock, flush } from '../../helpers/fake-clock.js';
import { T0 } from '../../helpers/canary-time.js';

const lambdaMock = mockClient(LambdaClient);
const lambda = new LambdaClient({ region: 'eu-west-1' });
const payload = '{"orderId":"42"}';

/** A promise the test settles when it wants: an invocation still running. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Drives version 5 of 'orders' from T0 for `forMs` at `ratePerMinute`; `options` override the rest. */
function driveOrders(
  clock: FakeClock,
  ratePerMinute: number,
  forMs: number,
  options: Partial<SyntheticOptions> = {},
): ReturnType<typeof startSyntheticTraffic> {
  return startSyntheticTraffic(
    lambda,
    [{ functionName: 'orders', version: '5' }],
    { payload, ratePerMinute },
    { clock, logger: new MemoryLogger(), startMs: T0, untilMs: T0 + forMs, ...options },
  );
}

describe('synthetic traffic', () => {
  beforeEach(() => {
    lambdaMock.reset();
  });

  it('GIVEN 60 a minute WHEN a minute passes THEN the new version is invoked 60 times, evenly, with the payload', async () => {
    // GIVEN
    lambdaMock.on(InvokeCommand).resolves({ StatusCode: 200 });
    const clock = FakeClock.manual(T0);
    const invokedAt: number[] = [];
    lambdaMock.on(InvokeCommand).callsFake(() => {
      invokedAt.push(clock.now());
      return { StatusCode: 200 };
    });
    const run = driveOrders(clock, 60, 600_000);
    // WHEN
    await clock.advance(59_999);
    // THEN
    expect(run.stats('orders')).toMatchObject({ invocations: 60, errors: 0 });
    expect(invokedAt.slice(0, 3)).toEqual([T0, T0 + 1000, T0 + 2000]);
    const call = lambdaMock.commandCalls(InvokeCommand)[0]?.args[0].input;
    expect(call?.FunctionName).toBe('orders');
    expect(call?.Qualifier).toBe('5');
    expect(new TextDecoder().decode(call?.Payload as Uint8Array)).toBe(payload);
    run.stop();
    await run.finished;
  });

  it('GIVEN the new and the old version of one function WHEN both are driven THEN each is counted on its own (a payload both reject shows in both)', async () => {
    const clock = FakeClock.manual(T0);
    lambdaMock
      .on(InvokeCommand, { Qualifier: '5' })
      .resolves({ StatusCode: 200, FunctionError: 'Unhandled' });
    lambdaMock
      .on(InvokeCommand, { Qualifier: '4' })
      .resolves({ StatusCode: 200, FunctionError: 'Unhandled' });
    const run = startSyntheticTraffic(
      lambda,
      [
        { functionName: 'orders', version: '5' },
        { functionName: 'orders', version: '4' },
      ],
      { payload, ratePerMinute: 6 },
      { clock, logger: new MemoryLogger(), startMs: T0, untilMs: T0 + 60_000 },
    );
    await clock.advance(60_000);
    await run.finished;
    expect(run.stats('orders', '5')).toMatchObject({ invocations: 6, errors: 6 });
    expect(run.stats('orders', '4')).toMatchObject({ invocations: 6, errors: 6 });
    expect(run.stats('orders')).toMatchObject({ invocations: 6, errors: 6 });
    expect(run.stats('orders', '3')).toMatchObject({ invocations: 0, errors: 0 });
  });

  it('GIVEN responses with FunctionError WHEN counted THEN they are errors, at once', async () => {
    lambdaMock
      .on(InvokeCommand)
      .resolvesOnce({ StatusCode: 200, FunctionError: 'Unhandled' })
      .resolvesOnce({ StatusCode: 200 })
      .resolves({ StatusCode: 200, FunctionError: 'Unhandled' });
    const clock = FakeClock.manual(T0);
    const run = driveOrders(clock, 6, 30_000);
    await clock.advance(30_000);
    await run.finished;
    expect(run.stats('orders')).toMatchObject({ invocations: 3, errors: 2 });
    expect(lambdaMock).toHaveReceivedCommandTimes(InvokeCommand, 3);
  });

  it('GIVEN the service failing the version, a throttle and a permission error WHEN counted THEN only the service fault is an error', async () => {
    const serverFault = new LambdaServiceException({
      name: 'InvalidRuntimeException',
      $fault: 'server',
      $metadata: { httpStatusCode: 502 },
      message: 'runtime not supported',
    });
    const throttle = new TooManyRequestsException({
      message: 'Rate exceeded',
      $metadata: { httpStatusCode: 429 },
    });
    const denied = new LambdaServiceException({
      name: 'AccessDeniedException',
      $fault: 'client',
      $metadata: { httpStatusCode: 403 },
      message: 'not authorized',
    });
    lambdaMock
      .on(InvokeCommand)
      .rejectsOnce(serverFault)
      .rejectsOnce(throttle)
      .rejectsOnce(denied)
      .rejectsOnce(denied);
    const clock = FakeClock.manual(T0);
    const logger = new MemoryLogger();
    const run = driveOrders(clock, 60, 4_000, { logger });
    await clock.advance(4_000);
    await run.finished;
    expect(run.stats('orders')).toEqual({ invocations: 1, errors: 1, throttled: 1, failed: 2, skipped: 0 });
    expect(logger.text('warning')).toContain('throttled');
    expect(logger.text('warning').match(/AccessDeniedException/g)).toHaveLength(1);
  });

  it('GIVEN a slow function WHEN the concurrency bound is reached THEN later slots are skipped, not queued', async () => {
    const running = deferred<{ StatusCode: number }>();
    lambdaMock.on(InvokeCommand).callsFake(() => running.promise);
    const clock = FakeClock.manual(T0);
    const logger = new MemoryLogger();
    const run = driveOrders(clock, 60, 5_000, { logger, maxConcurrency: 2 });
    await clock.advance(5_000);
    expect(lambdaMock).toHaveReceivedCommandTimes(InvokeCommand, 2);
    running.resolve({ StatusCode: 200 });
    await run.finished;
    expect(run.stats('orders')).toMatchObject({ invocations: 2, skipped: 3 });
    expect(logger.text('warning')).toContain('3 invocation(s) skipped');
  });

  it('GIVEN a running step WHEN stopped THEN no further invocation is made and in-flight ones are not counted', async () => {
    const running = deferred<{ StatusCode: number }>();
    lambdaMock
      .on(InvokeCommand)
      .resolvesOnce({ StatusCode: 200 })
      .callsFake(() => running.promise);
    const clock = FakeClock.manual(T0);
    const run = driveOrders(clock, 30, 600_000);
    await clock.advance(2_000);
    expect(lambdaMock).toHaveReceivedCommandTimes(InvokeCommand, 2);
    run.stop();
    running.resolve({ StatusCode: 200 });
    await run.finished;
    await clock.advance(60_000);
    expect(lambdaMock).toHaveReceivedCommandTimes(InvokeCommand, 2);
    expect(run.stats('orders')).toMatchObject({ invocations: 1 });
  });

  it('GIVEN two functions WHEN driven THEN each gets the rate and its own counts; an unknown one reads zero', async () => {
    lambdaMock
      .on(InvokeCommand, { FunctionName: 'a' })
      .resolves({ StatusCode: 200, FunctionError: 'Unhandled' });
    lambdaMock.on(InvokeCommand, { FunctionName: 'b' }).resolves({ StatusCode: 200 });
    const clock = FakeClock.manual(T0 + 20_000);
    const run = startSyntheticTraffic(
      lambda,
      [
        { functionName: 'a', version: '3' },
        { functionName: 'b', version: '8' },
      ],
      { payload, ratePerMinute: 12 },
      { clock, logger: new MemoryLogger(), startMs: T0, untilMs: T0 + 80_000 },
    );
    await flush();
    await clock.advance(60_000);
    await run.finished;
    expect(run.stats('a')).toMatchObject({ invocations: 12, errors: 12 });
    expect(run.stats('b')).toMatchObject({ invocations: 12, errors: 0 });
    expect(run.stats('c')).toEqual({ invocations: 0, errors: 0, throttled: 0, failed: 0, skipped: 0 });
  });

  it('GIVEN a loop that fell far behind WHEN it wakes THEN it resumes at the current slot instead of bursting', async () => {
    lambdaMock.on(InvokeCommand).resolves({ StatusCode: 200 });
    const clock = FakeClock.manual(T0);
    const run = driveOrders(clock, 60, 60_000, { maxSleepMs: 60_000 });
    await flush();
    // The loop sleeps until T0 + 1 s; a stalled process wakes it only at T0 + 30.5 s.
    clock.stall(30_500);
    await clock.advance(0);
    expect(lambdaMock.commandCalls(InvokeCommand).length).toBeLessThanOrEqual(3);
    run.stop();
    await run.finished;
  });

  it('GIVEN a rate of zero WHEN started THEN nothing is invoked and the run ends at once', async () => {
    const run = driveOrders(FakeClock.manual(T0), 0, 60_000);
    await run.finished;
    expect(lambdaMock).toHaveReceivedCommandTimes(InvokeCommand, 0);
    expect(run.stats('orders').invocations).toBe(0);
  });
});

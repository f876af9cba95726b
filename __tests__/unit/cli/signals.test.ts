/** The CLI's stop-signal handler and its exit codes. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { CliRunOptions } from '../../../src/cli/run.js';
import { exitCodeFor, runCliWithConfig } from '../../../src/cli/run.js';
import { handleStopSignals, SIGNAL_EXIT_CODES } from '../../../src/signals.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';
import type { RunResult } from '../../../src/pipeline/types.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import type { LambdaModel } from '../../helpers/lambda-mock.js';
import { fnAOnVersion1 } from '../../helpers/lambda-mock.js';
import { harness, testConfig } from '../../helpers/pipeline-fakes.js';
import { fakeHost } from '../../helpers/signal-host.js';

describe('handleStopSignals', () => {
  it('on SIGINT runs the recovery once, then exits with 130', async () => {
    const host = fakeHost();
    const logger = new MemoryLogger();
    let recoveries = 0;
    const stops = handleStopSignals({ host, logger, onSignal: async () => void recoveries++ });
    host.emit('SIGINT');
    host.emit('SIGTERM');
    expect(await stops.interrupted()).toBe(130);
    expect(recoveries).toBe(1);
    expect(host.exits).toEqual([130]);
    expect(logger.text('warning')).toContain('Received SIGTERM again: still restoring the aliases');
    stops.dispose();
  });

  it('exits even when the recovery fails, and says why', async () => {
    const host = fakeHost();
    const logger = new MemoryLogger();
    const stops = handleStopSignals({
      host,
      logger,
      onSignal: async () => {
        throw new Error('no network');
      },
    });
    host.emit('SIGTERM');
    expect(await stops.interrupted()).toBe(SIGNAL_EXIT_CODES.SIGTERM);
    expect(logger.text('error')).toContain('Restoring after SIGTERM failed: no network');
  });

  it('listens no more once disposed', () => {
    const host = fakeHost();
    const stops = handleStopSignals({ host, logger: new MemoryLogger(), onSignal: async () => undefined });
    expect(host.listenerCount('SIGINT')).toBe(1);
    stops.dispose();
    expect(host.listenerCount('SIGINT')).toBe(0);
    expect(host.listenerCount('SIGTERM')).toBe(0);
    expect(stops.interrupted()).toBeUndefined();
  });
});

describe('runCliWithConfig', () => {
  let model: LambdaModel;
  beforeEach(() => {
    model = fnAOnVersion1();
  });
  afterEach(() => model.restore());

  /** The CLI on `parts` with a fresh host, a quiet logger, a fixed clock and no printing, unless `extra` says. */
  const runCli = (parts: NonNullable<CliRunOptions['parts']>, extra: CliRunOptions = {}) =>
    runCliWithConfig(testConfig(), {
      parts,
      host: fakeHost(),
      logger: new MemoryLogger(),
      clock: new FakeClock(0),
      print: () => undefined,
      ...extra,
    });

  it('prints the result as JSON and exits 0 on a pass, leaving no signal listener behind', async () => {
    const host = fakeHost();
    const printed: string[] = [];
    const h = harness(model, { functions: ['fn-a'] });
    const code = await runCli(h.parts, { host, print: (t) => void printed.push(t) });
    expect(code).toBe(0);
    expect(JSON.parse(printed[0] ?? '{}').verdict).toBe('pass');
    expect(host.listenerCount('SIGTERM')).toBe(0);
  });

  it('exits 1 on a fail, its log ending with the verdict line', async () => {
    const logger = new MemoryLogger();
    const h = harness(model, { functions: ['fn-a'], script: () => 'fail' });
    const code = await runCli(h.parts, { logger });
    expect(code).toBe(1);
    expect(model.alias('fn-a')).toEqual({ version: '1', weights: {} });
    const shown = logger.lines.filter((l) => l.level !== 'debug');
    expect(shown[shown.length - 1]?.message).toMatch(
      /^verdict fail · rolled back · fn-a: alias live on v1 \(v2 rejected\) · reason: /,
    );
  });

  it('exits 2 on an error, its log ending with where the aliases were left and why', async () => {
    const logger = new MemoryLogger();
    const h = harness(model, { functions: ['fn-a'], deployError: new Error('stack failed') });
    const code = await runCli(h.parts, { logger });
    expect(code).toBe(2);
    expect(logger.lines[logger.lines.length - 1]?.message).toBe(
      'verdict error · No alias was changed · fn-a: alias live on v1 (untouched) · reason: stack failed',
    );
  });

  it('maps verdicts to exit codes', () => {
    const result = (verdict: RunResult['verdict']) => ({ verdict }) as RunResult;
    expect([
      exitCodeFor(result('pass')),
      exitCodeFor(result('skipped')),
      exitCodeFor(result('fail')),
      exitCodeFor(result('inconclusive')),
    ]).toEqual([0, 0, 1, 1]);
  });
});

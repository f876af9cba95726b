/**
 * The promise of the defaults, end to end on the emulator: a run with nothing set but the function
 * (`canary 10% 5m`, max-error-rate 1%, on-inconclusive fail, max-memory-utilization 90%, ...; the
 * monitoring stack off, as it concerns the deploy, not the verdict) promotes a healthy ~1,000
 * calls/min service with 0.3% errors in both versions, and rolls back a new version failing 5%.
 * The real traffic, observer and judge parts run; Lambda's own reporting is played per version as
 * the alias splits traffic: Invocations and Errors (zero included) per ExecutedVersion, published a
 * minute or more after the minute ends, and REPORT lines for memory. The clock is injected: nothing
 * really waits.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { AwsClients } from '../../src/aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';
import { floorToMinute } from '../../src/canary/minutes.js';
import { parseConfig } from '../../src/config/parse.js';
import { MemoryLogger } from '../helpers/memory-logger.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { MemoryStateStore } from '../../src/state.js';
import { createAlias, getAlias } from '../../src/traffic/alias.js';
import { publishVersion } from '../../src/traffic/versions.js';
import type { Clock } from '../../src/util/clock.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { resetEmulator } from '../helpers/emulator.js';
import { createFunction, createRole, deployCode } from '../helpers/lambda-emulator.js';
import type { VersionMinute } from '../helpers/lambda-traffic.js';
import { putLambdaMinutes, putReportLines } from '../helpers/lambda-traffic.js';

const FN = 'checkout-fn';
const ALIAS = 'live';
const MINUTE = 60_000;
const CALLS_PER_MINUTE = 1_000;
/** The function's memory size (lambda-emulator.ts) and what both versions use of it. */
const MEMORY_MB = 256;
const MEMORY_USED = 0.4;
/** A healthy service is not a perfect one: both versions fail 0.3% of calls, spread evenly. */
const HEALTHY = { '1': 0.003, '2': 0.003 };
/** How long after a minute ends its datapoints show up: Lambda's delay, plus CloudWatch's. */
const LATE_MS = 70_000;

/**
 * A fake clock that plays the alias's traffic while the run sleeps: each minute gets the split the
 * alias had when the minute began, and is published once it ended LATE_MS ago.
 */
class TrafficClock implements Clock {
  private readonly clock: FakeClock;
  private readonly split = new Map<number, Record<string, number>>();
  /** Calls played so far per version, so errors fall at their rate without rounding to zero. */
  private readonly calls = new Map<string, number>();
  private publishedUntil: number;

  constructor(
    private readonly aws: AwsClients,
    startMs: number,
    /** The share of calls each version fails. */
    private readonly errorRates: Readonly<Record<string, number>>,
  ) {
    this.clock = new FakeClock(startMs);
    this.publishedUntil = floorToMinute(startMs);
  }

  now(): number {
    return this.clock.now();
  }

  /** The old version alone served the half hour before the run. */
  async playHistory(version: string): Promise<void> {
    const from = this.publishedUntil - 30 * MINUTE;
    for (let m = from; m < this.publishedUntil; m += MINUTE) this.split.set(m, { [version]: 1 });
    await this.publish(from, this.publishedUntil);
  }

  async sleep(ms: number): Promise<void> {
    const target = (await getAlias(this.aws.lambda, FN, ALIAS))?.target;
    const share: Record<string, number> = {};
    if (target) {
      const others = Object.values(target.weights).reduce((sum, w) => sum + w, 0);
      share[target.version] = 1 - others;
      Object.assign(share, target.weights);
    }
    const until = this.clock.now() + ms;
    for (let m = floorToMinute(this.clock.now()); m < until; m += MINUTE) {
      if (!this.split.has(m) || m >= floorToMinute(this.clock.now())) this.split.set(m, share);
    }
    await this.clock.sleep(ms);
    const ready = floorToMinute(this.clock.now() - LATE_MS);
    if (ready > this.publishedUntil) {
      await this.publish(this.publishedUntil, ready);
      this.publishedUntil = ready;
    }
  }

  private async publish(fromMs: number, untilMs: number): Promise<void> {
    const minutes: VersionMinute[] = [];
    for (let start = fromMs; start < untilMs; start += MINUTE) {
      for (const [version, share] of Object.entries(this.split.get(start) ?? {})) {
        const invocations = Math.round(CALLS_PER_MINUTE * share);
        const before = this.calls.get(version) ?? 0;
        this.calls.set(version, before + invocations);
        const rate = this.errorRates[version] ?? 0;
        const errors = Math.floor((before + invocations) * rate) - Math.floor(before * rate);
        minutes.push({ version, start, invocations, errors, memory: MEMORY_USED });
      }
    }
    await putLambdaMinutes(this.aws, FN, ALIAS, minutes);
    await putReportLines(this.aws, FN, MEMORY_MB, minutes);
  }
}

let aws: AwsClients;
beforeAll(async () => {
  aws = await createAwsClients({ region: undefined });
});
afterAll(() => destroyAwsClients(aws));
beforeEach(resetEmulator);

/** v1 live on the alias, new code on $LATEST, v1 alone served the last 30 minutes; then a run with the defaults. */
async function runWithDefaults(errorRates: Readonly<Record<string, number>>) {
  const role = await createRole(aws);
  await createFunction(aws, FN, role, 'v1');
  const clock = new TrafficClock(aws, floorToMinute(Date.now()) - 3 * 60 * MINUTE + 10_000, errorRates);
  const v1 = await publishVersion(aws.lambda, FN, { clock });
  await createAlias(aws.lambda, FN, ALIAS, { version: v1.version, weights: {} });
  await deployCode(aws, FN, 'v2');
  await clock.playHistory(v1.version);
  const config = parseConfig((name) => ({ functions: FN, monitoring: 'false' })[name as string] ?? '');
  expect(config.strategy.source).toBe('canary 10% 5m');
  const logger = new MemoryLogger();
  const result = await runPipeline(config, {
    logger,
    state: new MemoryStateStore(),
    clock,
    clients: async () => aws,
  });
  return { result, logger, alias: (await getAlias(aws.lambda, FN, ALIAS))?.target };
}

describe('the default inputs', () => {
  it('GIVEN a healthy ~1,000 calls/min service, 0.3% errors in both versions WHEN run with nothing else set THEN every minute is judged and the new version is promoted', async () => {
    const { result, logger, alias } = await runWithDefaults(HEALTHY);
    expect({ verdict: result.verdict, reason: result.reason }).toEqual({
      verdict: 'pass',
      reason: expect.stringContaining('promoted'),
    });
    expect(alias).toEqual({ version: '2', weights: {} });
    const info = logger.text('info');
    expect(info).toContain(`${FN}: ~100 canary calls/min at 10%; deciding needs`);
    // Promotion came after the hold's last minutes settled, not at the end of the hold.
    const waiting = info.search(/hold over; waiting \d+m(\d+s)? for the last minutes' metrics/);
    expect(waiting).toBeGreaterThan(0);
    expect(info.indexOf('promoted to v2')).toBeGreaterThan(waiting);
    expect(logger.text('warning')).not.toContain('could not be read');
  }, 120_000);

  it('GIVEN a new version failing 5% of calls (the old one 0.3%) WHEN run with nothing else set THEN it is rolled back', async () => {
    const { result, alias } = await runWithDefaults({ ...HEALTHY, '2': 0.05 });
    expect(result.verdict).toBe('fail');
    expect(result.rolledBack).toBe(true);
    expect(alias).toEqual({ version: '1', weights: {} });
  }, 120_000);
});

/**
 * The `metrics` input end to end on the emulator: a business metric (`CheckoutFailed`, published by
 * the function's own code with a `Version` dimension, as embedded metric format does) is played
 * per version with PutMetricData as the alias splits traffic (a datapoint, 0 included, for each
 * minute with calls), beside Lambda's own Invocations and Errors. Both versions are equally healthy by Lambda's counters; only the custom metric tells
 * them apart. A new version failing 6% of checkouts (the old one 1%) is rolled back with the
 * metric named in the reason; one failing as often as the old one is promoted. The shop's total
 * (no version) is published too, with its minutes before the run: a service-wide metric with
 * `compare: true` is judged against them. The old version's 40 minutes before the run are there
 * too, so the step's plan line says how long each comparison needs. The clock is injected:
 * nothing really waits.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { MetricDatum } from '@aws-sdk/client-cloudwatch';
import { PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import type { AwsClients } from '../../src/aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';
import { floorToMinute } from '../../src/canary/minutes.js';
import { parseConfig } from '../../src/config/parse.js';
import { buildReport } from '../../src/report/report.js';
import { renderSummary } from '../../src/report/summary.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { MemoryStateStore } from '../../src/state-store.js';
import { createAlias, getAlias } from '../../src/traffic/alias.js';
import { publishVersion } from '../../src/traffic/versions.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { resetEmulator } from '../helpers/emulator.js';
import { createFunction, createRole, deployCode } from '../helpers/lambda-emulator.js';
import { putLambdaMinutes } from '../helpers/lambda-traffic.js';
import { MemoryLogger } from '../helpers/memory-logger.js';

const FN = 'shop-fn';
const ALIAS = 'live';
const MINUTE = 60_000;
const CALLS = 1_000;
/** Datapoints of a minute appear this long after it ends. */
const DELAY_MS = 80_000;

const METRICS = `
- name: checkout-failures
  namespace: Shop
  metric-name: CheckoutFailed
  dimensions: { Service: shop, Version: "{version}" }
  statistic: Sum
  direction: higher-is-worse
  max: 40
  compare: true
  rate-of: Invocations
`;

/**
 * Plays the service while the run sleeps: every minute is served at the alias's split of the
 * moment, each version fails `checkouts[version]` of its calls' checkouts (0.2% errors for both),
 * and the minute is published DELAY_MS after it ends.
 */
class ShopClock extends FakeClock {
  private readonly shares: Map<number, Record<string, number>> = new Map();
  private readonly failedSoFar: Map<string, number> = new Map();
  private readonly servedSoFar: Map<string, number> = new Map();
  private next: number;

  constructor(
    start: number,
    private readonly shop: { aws: AwsClients; checkouts: Readonly<Record<string, number>> },
  ) {
    super(start);
    this.next = floorToMinute(start);
  }

  override async sleep(ms: number): Promise<void> {
    const alias = (await getAlias(this.shop.aws.lambda, FN, ALIAS))?.target;
    const weights = alias?.weights ?? {};
    const split: Record<string, number> = { ...weights };
    if (alias) split[alias.version] = 1 - Object.values(weights).reduce((a, b) => a + b, 0);
    const end = this.now() + ms;
    for (let m = floorToMinute(this.now()); m < end; m += MINUTE) {
      if (m >= floorToMinute(this.now()) || !this.shares.has(m)) this.shares.set(m, split);
    }
    await super.sleep(ms);
    const due = floorToMinute(this.now() - DELAY_MS);
    for (; this.next < due; this.next += MINUTE) await this.publishMinute(this.next);
  }

  /** Calls served so far by `version`, and how many of them failed at `rate` (no rounding to zero). */
  private tally(kind: Map<string, number>, version: string, calls: number, rate: number): number {
    const before = kind.get(version) ?? 0;
    kind.set(version, before + calls);
    return Math.floor((before + calls) * rate) - Math.floor(before * rate);
  }

  private async publishMinute(start: number): Promise<void> {
    const served = Object.entries(this.shares.get(start) ?? {}).map(([version, share]) => ({
      version,
      calls: Math.round(CALLS * share),
    }));
    await putLambdaMinutes(
      this.shop.aws,
      FN,
      ALIAS,
      served.map(({ version, calls }) => ({
        version,
        start,
        invocations: calls,
        errors: this.tally(this.servedSoFar, version, calls, 0.002),
        memory: 0.4,
      })),
    );
    const data: MetricDatum[] = served
      .map(({ version, calls }) => ({
        version,
        calls,
        failed: this.tally(this.failedSoFar, version, calls, this.shop.checkouts[version] ?? 0),
      }))
      .filter(({ calls }) => calls > 0)
      .map(({ version, failed }) => checkoutsFailed(version, start, failed));
    if (data.length > 0) {
      // The whole shop's failed checkouts too, as an API's edge counts them: no version in it.
      const total = data.reduce((sum, d) => sum + (d.Value ?? 0), 0);
      await putShopMinute(this.shop.aws, start, total, data);
    }
  }
}

/** One version's failed checkouts in one minute, as its code publishes them. */
function checkoutsFailed(version: string, start: number, failed: number): MetricDatum {
  return {
    MetricName: 'CheckoutFailed',
    Dimensions: [
      { Name: 'Service', Value: 'shop' },
      { Name: 'Version', Value: version },
    ],
    Timestamp: new Date(start + 23_000),
    Value: failed,
    Unit: 'Count',
  };
}

/** One minute of the shop's metrics: the per-version datapoints and the service-wide total. */
async function putShopMinute(
  aws: AwsClients,
  start: number,
  total: number,
  perVersion: readonly MetricDatum[] = [],
): Promise<void> {
  const service: MetricDatum = {
    MetricName: 'ServiceCheckoutFailed',
    Dimensions: [{ Name: 'Service', Value: 'shop' }],
    Timestamp: new Date(start + 23_000),
    Value: total,
    Unit: 'Count',
  };
  await aws.cloudWatch.send(
    new PutMetricDataCommand({ Namespace: 'Shop', MetricData: [...perVersion, service] }),
  );
}

let aws: AwsClients;
beforeAll(async () => {
  aws = await createAwsClients({ region: undefined });
});
afterAll(() => destroyAwsClients(aws));

/** v1 on the alias, new code published by the run as v2, judged with the default strategy and the metric. */
async function runWithCheckouts(checkouts: Readonly<Record<string, number>>, metrics = METRICS) {
  const startMs = floorToMinute(Date.now()) - 2 * 60 * MINUTE + 7_000;
  // The shop's 40 minutes before the run, all on v1: 1,000 calls, 1% of checkouts failed (10 a minute).
  const before: number[] = [];
  for (let m = floorToMinute(startMs) - 40 * MINUTE; m < floorToMinute(startMs); m += MINUTE) before.push(m);
  for (const m of before) await putShopMinute(aws, m, 10, [checkoutsFailed('1', m, 10)]);
  await putLambdaMinutes(
    aws,
    FN,
    ALIAS,
    before.map((start) => ({ version: '1', start, invocations: CALLS, errors: 2, memory: 0.4 })),
  );
  const clock = new ShopClock(startMs, { aws, checkouts });
  await createFunction(aws, FN, await createRole(aws), 'v1');
  const { version } = await publishVersion(aws.lambda, FN, { clock });
  await createAlias(aws.lambda, FN, ALIAS, { version, weights: {} });
  await deployCode(aws, FN, 'v2');
  const values: Record<string, string> = {
    functions: FN,
    monitoring: 'false',
    'max-memory-utilization': '100%',
    metrics,
  };
  const logger = new MemoryLogger();
  const deps = { logger, state: new MemoryStateStore(), clock, clients: async () => aws };
  const config = parseConfig((name) => values[name as string] ?? '');
  const result = await runPipeline(config, deps);
  const alias = await getAlias(aws.lambda, FN, ALIAS);
  const times = { startedAt: new Date(0), finishedAt: new Date(0) };
  return { result, logger, alias: alias?.target, summary: renderSummary(buildReport(config, result, times)) };
}

describe('custom metrics judged per version', () => {
  beforeEach(resetEmulator);

  it('GIVEN a new version failing 6% of checkouts (the old one 1%), Lambda errors alike WHEN run THEN it is rolled back and the reason names checkout-failures', async () => {
    const { result, alias, summary } = await runWithCheckouts({ '1': 0.01, '2': 0.06 });
    expect(result.verdict).toBe('fail');
    expect(result.rolledBack).toBe(true);
    expect(result.reason).toContain('checkout-failures per call: canary 6%');
    expect(alias).toEqual({ version: '1', weights: {} });
    // The summary's table of the judge's rules shows the metric's own rule, failed.
    expect(summary).toMatch(
      /\| checkout-failures vs baseline \| \S+ fail \| checkout-failures per call: canary 6%/,
    );
  }, 120_000);

  it('GIVEN a new version failing checkouts as often as the old one WHEN run THEN it is promoted, the metric judged', async () => {
    const { result, alias, logger } = await runWithCheckouts({ '1': 0.01, '2': 0.01 });
    expect({ verdict: result.verdict, reason: result.reason }).toEqual({
      verdict: 'pass',
      reason: expect.stringContaining('promoted'),
    });
    expect(alias).toEqual({ version: '2', weights: {} });
    expect(logger.text('debug')).toContain('checkout-failures per call: canary 1%');
    // The step's plan, from v1's minutes before it: 1% of its 1,000 calls a minute, steady (φ 1);
    // at 100 canary calls a minute a 2× rise takes longer than the hold and extend-hold.
    expect(logger.text('warning')).toMatch(
      /shop-fn: checkout-failures vs baseline: the old version's 1% checkout-failures per call \(φ 1\), ~100 canary calls\/min: a 2× rise needs ~\d+ min of settled traffic, more than the 5 min hold plus 10 min of extend-hold: in 15 min it catches a ≥ [\d.]+× rise 4 times in 5/,
    );
  }, 120_000);
});

/** The shop's failed checkouts, service-wide (no version): compared with its own minutes before the first shift. */
const SERVICE_WIDE = `
- name: shop-failures
  namespace: Shop
  metric-name: ServiceCheckoutFailed
  dimensions: { Service: shop }
  statistic: Sum
  direction: higher-is-worse
  compare: true
`;

describe('a service-wide metric judged against its own minutes before the first shift', () => {
  beforeEach(resetEmulator);

  it('GIVEN a new version failing 30% of checkouts (the shop failed 10 a minute before) WHEN run THEN the shop rises above its record and the canary is rolled back, the metric named', async () => {
    // 900 calls at 1% and 100 at 30%: 39 a minute against a worst of 10 before the shift.
    const { result, alias } = await runWithCheckouts({ '1': 0.01, '2': 0.3 }, SERVICE_WIDE);
    expect(result.verdict).toBe('fail');
    expect(result.reason).toContain(
      'shop-failures (service-wide: every version together, so it cannot tell the canary from the old version): above its highest minute in the 30 before the first shift (10) by more than 20% for 5 minutes in a row',
    );
    expect(alias).toEqual({ version: '1', weights: {} });
  }, 120_000);

  it('GIVEN a new version failing as often as the old one WHEN run THEN the shop stays within its record and it is promoted', async () => {
    const { result, alias, logger } = await runWithCheckouts({ '1': 0.01, '2': 0.01 }, SERVICE_WIDE);
    expect(result.verdict).toBe('pass');
    expect(alias).toEqual({ version: '2', weights: {} });
    expect(logger.text('debug')).toContain(
      'against its highest minute in the 30 before the first shift (10)',
    );
    expect(logger.text('info')).toContain(
      'shop-fn: shop-failures vs before (service-wide, it cannot tell the canary from the old version): judged against its highest minute in the 30 before the first shift: worse by more than 20% for 5 minutes in a row fails; needs ≥ 5 min of settled traffic',
    );
  }, 120_000);
});

/**
 * A release in waves of regions, end to end on the emulator (one server serves every region, by
 * each request's signature): us-east-1 first, then eu-west-1 and ap-southeast-2 at once, each
 * region with its own clients, functions and aliases. The real traffic, observer and judge parts
 * run with the defaults (`canary 10% 5m`); Lambda's own reporting is played per region and per
 * version as each region's alias splits traffic. The clock is injected: nothing really waits.
 *
 * - two healthy waves: every region promoted, the second wave's first shift after the first
 *   wave's promotion, one GetMetricData per region per poll (counted on each region's client);
 * - a bad version in the second wave: every region of both waves back on its old version, verdict
 *   fail, the reason naming the region.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { AwsClients } from '../../src/aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../../src/aws/clients.js';
import { floorToMinute } from '../../src/canary/minutes.js';
import { parseConfig } from '../../src/config/parse.js';
import type { Config } from '../../src/config/types.js';
import type { CanaryObserver } from '../../src/canary/types.js';
import { readJournal, regionStore } from '../../src/pipeline/journal.js';
import type { PipelineParts } from '../../src/pipeline/parts.js';
import { defaultParts } from '../../src/pipeline/parts.js';
import { MemoryStateStore } from '../../src/state-store.js';
import { createAlias, getAlias } from '../../src/traffic/alias.js';
import { publishVersion } from '../../src/traffic/versions.js';
import type { Clock } from '../../src/util/clock.js';
import { runRelease } from '../../src/waves/release.js';
import { resetEmulator } from '../helpers/emulator.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { createFunction, createRole, deployCode } from '../helpers/lambda-emulator.js';
import type { VersionMinute } from '../helpers/lambda-traffic.js';
import { putLambdaMinutes, putReportLines } from '../helpers/lambda-traffic.js';
import { MemoryLogger } from '../helpers/memory-logger.js';

const FN = 'checkout-fn';
const ALIAS = 'live';
const MINUTE = 60_000;
const CALLS_PER_MINUTE = 1_000;
const MEMORY_MB = 256;
const WAVES = [['us-east-1'], ['eu-west-1', 'ap-southeast-2']];
const REGIONS = WAVES.flat();
const LATE_MS = 70_000;
/** Both versions fail 0.3% of calls in every region, unless a test says otherwise. */
const HEALTHY = { '1': 0.003, '2': 0.003 };

type Rates = Readonly<Record<string, Readonly<Record<string, number>>>>;

/**
 * A fake clock that plays each region's traffic while the runs sleep: every minute gets the split
 * the region's alias had when the minute began, published once it ended LATE_MS ago. Regions of
 * a wave sleep at once: their sleeps overlap, and the playing is done one sleep at a time.
 */
class RegionsTrafficClock implements Clock {
  private readonly clock: FakeClock;
  private readonly split = new Map<string, Map<number, Record<string, number>>>();
  private readonly calls = new Map<string, number>();
  private publishedUntil: number;
  private playing: Promise<void> = Promise.resolve();

  constructor(
    private readonly clients: ReadonlyMap<string, AwsClients>,
    startMs: number,
    private readonly errorRates: Rates,
  ) {
    this.clock = new FakeClock(startMs);
    this.publishedUntil = floorToMinute(startMs);
    for (const region of clients.keys()) this.split.set(region, new Map());
  }

  now(): number {
    return this.clock.now();
  }

  async playHistory(version: string): Promise<void> {
    const from = this.publishedUntil - 30 * MINUTE;
    for (const split of this.split.values()) {
      for (let m = from; m < this.publishedUntil; m += MINUTE) split.set(m, { [version]: 1 });
    }
    await this.publish(from, this.publishedUntil);
  }

  /** Sleeps of regions running at once overlap: time moves to the latest wake-up asked, not their sum. */
  sleep(ms: number): Promise<void> {
    const wakeMs = this.clock.now() + Math.max(0, ms);
    const turn = this.playing.then(() => this.play(wakeMs));
    this.playing = turn.catch(() => undefined);
    return turn;
  }

  private async play(wakeMs: number): Promise<void> {
    if (wakeMs <= this.clock.now()) return;
    for (const [region, aws] of this.clients) {
      const target = (await getAlias(aws.lambda, FN, ALIAS))?.target;
      const share: Record<string, number> = {};
      if (target) {
        const others = Object.values(target.weights).reduce((sum, w) => sum + w, 0);
        share[target.version] = 1 - others;
        Object.assign(share, target.weights);
      }
      const split = this.split.get(region) as Map<number, Record<string, number>>;
      for (let m = floorToMinute(this.clock.now()); m < wakeMs; m += MINUTE) {
        if (!split.has(m) || m >= floorToMinute(this.clock.now())) split.set(m, share);
      }
    }
    await this.clock.sleep(wakeMs - this.clock.now());
    const ready = floorToMinute(this.clock.now() - LATE_MS);
    if (ready > this.publishedUntil) {
      await this.publish(this.publishedUntil, ready);
      this.publishedUntil = ready;
    }
  }

  private async publish(fromMs: number, untilMs: number): Promise<void> {
    for (const [region, aws] of this.clients) {
      const minutes: VersionMinute[] = [];
      for (let start = fromMs; start < untilMs; start += MINUTE) {
        for (const [version, share] of Object.entries(this.split.get(region)?.get(start) ?? {})) {
          const invocations = Math.round(CALLS_PER_MINUTE * share);
          const key = `${region}/${version}`;
          const before = this.calls.get(key) ?? 0;
          this.calls.set(key, before + invocations);
          const rate = this.errorRates[region]?.[version] ?? 0;
          const errors = Math.floor((before + invocations) * rate) - Math.floor(before * rate);
          minutes.push({ version, start, invocations, errors, memory: 0.4 });
        }
      }
      await putLambdaMinutes(aws, FN, ALIAS, minutes);
      await putReportLines(aws, FN, MEMORY_MB, minutes);
    }
  }
}

/** Each region's clients, with a count of the GetMetricData calls each sends. */
const clients = new Map<string, AwsClients>();
const getMetricData = new Map<string, number>();

beforeAll(async () => {
  for (const region of REGIONS) {
    const aws = await createAwsClients({ region });
    aws.cloudWatch.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'GetMetricDataCommand') {
          getMetricData.set(region, (getMetricData.get(region) ?? 0) + 1);
        }
        return next(args);
      },
      { step: 'initialize', name: 'countGetMetricData' },
    );
    clients.set(region, aws);
  }
});
afterAll(() => {
  for (const aws of clients.values()) destroyAwsClients(aws);
});
beforeEach(resetEmulator);
afterEach(() => {
  getMetricData.clear();
  pollCalls.clear();
});

/** The GetMetricData calls each look of the observer made, per region. */
const pollCalls = new Map<string, number[]>();

/** The real parts, the observer's looks counted in its region. */
function countingParts(): PipelineParts {
  const parts = defaultParts();
  return {
    ...parts,
    createObserver: (ctx, request) => {
      const observer = parts.createObserver(ctx, request);
      const region = ctx.clients.region;
      return Object.assign(Object.create(observer) as CanaryObserver, {
        observe: async (nowMs: number) => {
          const before = getMetricData.get(region) ?? 0;
          const samples = await observer.observe(nowMs);
          pollCalls.set(region, [
            ...(pollCalls.get(region) ?? []),
            (getMetricData.get(region) ?? 0) - before,
          ]);
          return samples;
        },
      });
    },
  };
}

const inRegion = (region: string): AwsClients => clients.get(region) as AwsClients;

/** In every region: v1 live on the alias, new code on $LATEST, v1 alone served the last 30 minutes. */
async function releaseWith(rates: Rates, overrides: Partial<Config> = {}) {
  for (const region of REGIONS) {
    const aws = inRegion(region);
    await createFunction(aws, FN, await createRole(aws, `traffic-role-${region}`), 'v1');
    const v1 = await publishVersion(aws.lambda, FN, { clock: new FakeClock() });
    await createAlias(aws.lambda, FN, ALIAS, { version: v1.version, weights: {} });
    await deployCode(aws, FN, 'v2');
  }
  const clock = new RegionsTrafficClock(clients, floorToMinute(Date.now()) - 3 * 60 * MINUTE + 10_000, rates);
  await clock.playHistory('1');
  const parsed = parseConfig((name) => ({ functions: FN, monitoring: 'false' })[name as string] ?? '');
  expect(parsed.strategy.source).toBe('canary 10% 5m');
  const config: Config = { ...parsed, regions: WAVES, ...overrides };
  const logger = new MemoryLogger();
  const state = new MemoryStateStore();
  const startedMs = Date.now();
  const clockStartMs = clock.now();
  const result = await runRelease(
    config,
    {
      logger,
      state,
      clock,
      clientsFor: async (region) => inRegion(region as string),
    },
    countingParts(),
  );
  const elapsedMs = Date.now() - startedMs;
  const aliases = Object.fromEntries(
    await Promise.all(
      REGIONS.map(async (r) => [r, (await getAlias(inRegion(r).lambda, FN, ALIAS))?.target] as const),
    ),
  );
  return { result, logger, state, aliases, elapsedMs, simulatedMs: clock.now() - clockStartMs };
}

const everywhere = (rates: Record<string, number>): Rates =>
  Object.fromEntries(REGIONS.map((r) => [r, rates]));

/** When each region's journal says its alias was changed, by kind. */
function changesAt(state: MemoryStateStore, index: number, kind: string): string[] {
  const journal = readJournal(regionStore(state, index));
  return (journal?.aliases[0]?.changes ?? []).filter((c) => c.kind === kind).map((c) => c.at);
}

describe('a release in two waves of regions', () => {
  it('GIVEN a healthy new version in every region WHEN released in two waves THEN every region is promoted in wave order, one GetMetricData per region per poll', async () => {
    const { result, logger, state, aliases, elapsedMs, simulatedMs } = await releaseWith(everywhere(HEALTHY));
    expect({ verdict: result.verdict, reason: result.reason }).toEqual({
      verdict: 'pass',
      reason: 'promoted in us-east-1, eu-west-1, ap-southeast-2 (2 waves)',
    });
    for (const region of REGIONS) expect(aliases[region]).toEqual({ version: '2', weights: {} });
    expect(result.regions?.map((r) => [r.wave, r.region, r.result?.verdict])).toEqual([
      [1, 'us-east-1', 'pass'],
      [2, 'eu-west-1', 'pass'],
      [2, 'ap-southeast-2', 'pass'],
    ]);
    // Wave order: the second wave's first shift comes after the first wave's promotion (in the
    // journals' times, and in the log's order).
    const promoted = changesAt(state, 0, 'promote');
    expect(promoted).toHaveLength(1);
    const info = logger.text('info');
    const promotedAt = info.indexOf(`[us-east-1] ${FN}: alias ${ALIAS} promoted to v2`);
    expect(promotedAt).toBeGreaterThan(0);
    for (const [index, region] of [
      [1, 'eu-west-1'],
      [2, 'ap-southeast-2'],
    ] as const) {
      const firstShift = changesAt(state, index, 'shift')[0];
      expect(firstShift).toBeDefined();
      expect(Date.parse(firstShift as string)).toBeGreaterThanOrEqual(Date.parse(promoted[0] as string));
      expect(info.indexOf(`[${region}] Step 1/2`)).toBeGreaterThan(promotedAt);
    }
    // One poll line per region per poll, each prefixed with its region.
    for (const region of REGIONS) expect(logger.text('info')).toContain(`[${region}] ${FN} · step 1/2 · 10%`);
    // Cost flat per region: one GetMetricData per poll of that region's canary.
    for (const [index, region] of REGIONS.entries()) {
      const polls = result.regions?.[index]?.result?.record.steps.reduce((n, s) => n + s.polls.length, 0);
      const perPoll = pollCalls.get(region) ?? [];
      process.stdout.write(
        `${region}: ${getMetricData.get(region)} GetMetricData in all, ${perPoll.length} looks (${polls} polls), at most ${Math.max(...perPoll)} in one look\n`,
      );
      expect({ region, most: Math.max(...perPoll) }).toEqual({ region, most: 1 });
      // Besides the looks: the old version's history and its p99 reference, once a run.
      expect((getMetricData.get(region) ?? 0) - perPoll.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(2);
    }
    // The budget is shared: each region's judge spends a third of the run's (one function each).
    const decided = result.regions?.[1]?.result?.record.steps[0]?.decisions[FN];
    expect(decided?.evidence['budgetShare']).toBe(3);
    process.stdout.write(
      `two-wave release of canary 10% 5m: ${elapsedMs} ms on the emulator, ${(simulatedMs / MINUTE).toFixed(1)} minutes on the run's clock\n`,
    );
  }, 240_000);

  it('GIVEN a new version failing 5% of calls in ap-southeast-2 WHEN released THEN every region of both waves is back on v1, verdict fail naming the region', async () => {
    const rates = { ...everywhere(HEALTHY), 'ap-southeast-2': { ...HEALTHY, '2': 0.05 } };
    const { result, aliases } = await releaseWith(rates);
    expect(result.verdict).toBe('fail');
    expect(result.reason).toMatch(/^ap-southeast-2: fail: /);
    expect(result.rolledBack).toBe(true);
    for (const region of REGIONS)
      expect({ region, alias: aliases[region] }).toEqual({ region, alias: { version: '1', weights: {} } });
    const byRegion = Object.fromEntries(result.regions?.map((r) => [r.region, r.result]) ?? []);
    expect(byRegion['us-east-1']?.verdict).toBe('pass');
    expect(byRegion['us-east-1']?.rolledBack).toBe(true);
    expect(byRegion['us-east-1']?.reason).toContain('rolled back with the release: ap-southeast-2: fail');
    // The other region of the wave: stopped at its next poll, or put back after its own pass.
    expect(byRegion['eu-west-1']?.rolledBack).toBe(true);
    expect(byRegion['eu-west-1']?.reason).toContain('with the release: ap-southeast-2: fail');
  }, 240_000);
});

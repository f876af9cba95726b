/** Bounded concurrency: many functions never mean as many AWS calls at once. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { FUNCTION_CONCURRENCY, mapLimited, settleLimited } from '../../../src/pipeline/limit.js';
import { runPipeline } from '../../../src/pipeline/run.js';
import type { TrafficOps } from '../../../src/traffic/index.js';
import { trafficOps } from '../../../src/traffic/index.js';
import { LambdaModel } from '../../helpers/lambda-mock.js';
import { harness, testConfig } from '../../helpers/pipeline-fakes.js';
import { testRunDeps } from '../../helpers/run-deps.js';

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Counts the tasks in flight at once. */
function gauge() {
  const g = { now: 0, max: 0 };
  const track = async <T>(body: () => Promise<T>): Promise<T> => {
    g.now++;
    g.max = Math.max(g.max, g.now);
    try {
      await tick();
      return await body();
    } finally {
      g.now--;
    }
  };
  return { g, track };
}

describe('mapLimited', () => {
  it('keeps at most the limit in flight and returns results in input order', async () => {
    const { g, track } = gauge();
    const items = Array.from({ length: 25 }, (_, i) => i);
    const out = await mapLimited(items, (i) => track(async () => i * 2), 4);
    expect(out).toEqual(items.map((i) => i * 2));
    expect(g.max).toBe(4);
  });

  it('lets every task settle before it throws the first error', async () => {
    const done: number[] = [];
    const run = mapLimited([0, 1, 2, 3], async (i) => {
      await tick();
      done.push(i);
      if (i === 1) throw new Error('one failed');
      return i;
    });
    await expect(run).rejects.toThrow('one failed');
    expect(done.sort()).toEqual([0, 1, 2, 3]);
  });

  it('settleLimited reports each outcome in place', async () => {
    const out = await settleLimited([1, 2], async (i) => {
      if (i === 2) throw new Error('no');
      return i;
    });
    expect(out.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
  });
});

describe('a run of many functions', () => {
  let model: LambdaModel;
  beforeEach(() => {
    model = new LambdaModel();
  });
  afterEach(() => model.restore());

  it(`reads, publishes and moves at most ${FUNCTION_CONCURRENCY} aliases at once`, async () => {
    // GIVEN 40 functions live on v1 with new code
    const functions = Array.from({ length: 40 }, (_, i) => `fn-${i}`);
    for (const fn of functions) {
      model.addFunction(fn, { sha: `${fn}-sha-1`, published: [`${fn}-sha-1`] });
      model.setAlias(fn, 'live', '1');
    }
    const h = harness(model, { functions });
    const gauges = { getAlias: gauge(), publishVersion: gauge(), updateAlias: gauge() };
    const traffic: TrafficOps = {
      ...trafficOps,
      getAlias: (...a) => gauges.getAlias.track(() => trafficOps.getAlias(...a)),
      publishVersion: (...a) => gauges.publishVersion.track(() => trafficOps.publishVersion(...a)),
      updateAlias: (...a) => gauges.updateAlias.track(() => trafficOps.updateAlias(...a)),
    };
    // WHEN the canary runs and passes
    const result = await runPipeline(testConfig({ monitoring: false }), testRunDeps(), {
      ...h.parts,
      traffic,
    });
    // THEN every call kind stayed within the bound, and used it
    expect(result.verdict).toBe('pass');
    for (const { g } of Object.values(gauges)) expect(g.max).toBe(FUNCTION_CONCURRENCY);
    expect(functions.every((fn) => model.alias(fn)?.version === '2')).toBe(true);
  });
});

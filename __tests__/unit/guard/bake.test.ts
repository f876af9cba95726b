/**
 * The bake check's pure part: which minutes are compared, and the canary's own error comparison
 * of the new version since the promotion against the previous version before it.
 */
import { describe, expect, it } from '@jest/globals';
import type { MinuteSample } from '../../../src/canary/types.js';
import { bakeSpan, judgeBake, MAX_BAKE_COMPARE_MS } from '../../../src/guard/bake.js';

const MINUTE = 60_000;
const PROMOTED = Date.UTC(2026, 10, 28, 12, 0, 30);
const SUBJECT = {
  functionName: 'orders',
  alias: 'live',
  version: '7',
  previous: '6',
  promotedAtMs: PROMOTED,
};

const minutes = (fromMs: number, errors: readonly number[], invocations = 500): MinuteSample[] =>
  errors.map((e, i) => ({
    start: fromMs + i * MINUTE,
    invocations,
    errors: e,
    throttles: 0,
    durationP99Ms: undefined,
    slowCount: undefined,
    memoryUtilization: undefined,
  }));

describe('bake span', () => {
  it('GIVEN a promotion 12 minutes and 30 s ago WHEN spanned THEN the settled whole minutes since it face as many before it', () => {
    const span = bakeSpan(PROMOTED, PROMOTED + 12 * MINUTE);
    // Settled: up to 2 minutes before now, floored; the promotion's own minute is left out on both sides.
    expect(span).toEqual({
      afterFromMs: Date.UTC(2026, 10, 28, 12, 1),
      untilMs: Date.UTC(2026, 10, 28, 12, 10),
      beforeFromMs: Date.UTC(2026, 10, 28, 11, 51),
      lengthMs: 9 * MINUTE,
    });
  });

  it('GIVEN a promotion two days ago WHEN spanned THEN at most a day on each side', () => {
    const span = bakeSpan(PROMOTED, PROMOTED + 48 * 3_600_000);
    expect(span.lengthMs).toBe(MAX_BAKE_COMPARE_MS);
    expect(span.untilMs - span.afterFromMs).toBe(MAX_BAKE_COMPARE_MS);
  });

  it('GIVEN a promotion a minute ago WHEN spanned THEN nothing settled yet', () => {
    expect(bakeSpan(PROMOTED, PROMOTED + MINUTE).lengthMs).toBe(0);
  });
});

describe('bake judgement', () => {
  const span = bakeSpan(PROMOTED, PROMOTED + 22 * MINUTE);
  const before = minutes(span.beforeFromMs, Array<number>(19).fill(2));

  it('GIVEN the new version erring ten times as often WHEN judged THEN it is worse, and the summary names both versions', () => {
    const verdict = judgeBake(SUBJECT, span, minutes(span.afterFromMs, Array<number>(19).fill(20)), before);
    expect(verdict.worse).toBe(true);
    expect(verdict.summary).toMatch(
      /^v7 over 19 min since the promotion against v6 over the 19 min before it: errors: v7 4% \(\d+\/\d+\) vs v6 0\.4% \(\d+\/\d+\), 10× v6's rate; the sequential test crossed its boundary at 12:01 UTC/,
    );
  });

  it('GIVEN the new version as good as the old WHEN judged THEN it is not worse', () => {
    const verdict = judgeBake(SUBJECT, span, minutes(span.afterFromMs, Array<number>(19).fill(2)), before);
    expect(verdict.worse).toBe(false);
    expect(verdict.summary).toContain('errors: v7 0.4% (38/9500) vs v6 0.4% (38/9500)');
  });

  it('GIVEN a few more errors than before, within the old version noise WHEN judged THEN it is not blamed', () => {
    const after = minutes(span.afterFromMs, [3, 1, 2, 4, 2, 3, 1, 2, 3, 2, 4, 2, 1, 3, 2, 2, 3, 2, 2]);
    expect(judgeBake(SUBJECT, span, after, before).worse).toBe(false);
  });

  it('GIVEN no settled minute since the promotion WHEN judged THEN nothing is blamed', () => {
    const verdict = judgeBake(SUBJECT, bakeSpan(PROMOTED, PROMOTED + MINUTE), [], []);
    expect(verdict).toEqual({
      worse: false,
      summary: 'no settled minute since the promotion yet',
      comparison: undefined,
    });
  });
});

import { describe, expect, it } from '@jest/globals';
import type { Judgement } from '../../../src/canary/types.js';
import { clockDuration, pollLine, RepeatedPollLines } from '../../../src/pipeline/poll-line.js';

const AT = { index: 0, steps: 2, weight: 0.1, elapsedMs: 180_000, holdMs: 300_000 };

function judgement(evidence: Judgement['evidence'], extra: Partial<Judgement> = {}): Judgement {
  return { decision: 'continue', reason: 'a long reason for the debug log', evidence, rules: [], ...extra };
}

describe('pollLine', () => {
  it('reads as one line: step, share, progress, canary, baseline, memory, state', () => {
    const line = pollLine(
      'orders',
      AT,
      judgement({
        canaryInvocations: 412,
        canaryErrorRate: 0.0049,
        errorsBaselineCalls: 3700,
        errorsBaselineRate: 0.0051,
        canaryMemoryMax: 0.61,
      }),
    );
    expect(line).toBe(
      'orders · step 1/2 · 10% · 3m of 5m · canary 412 calls, 0.49% errors · baseline 0.51% · memory 61% · deciding',
    );
  });

  it('leaves out what there is nothing to say about, and never shows the long reason', () => {
    const line = pollLine('orders', { ...AT, elapsedMs: 45_000 }, judgement({ canaryInvocations: 0 }));
    expect(line).toBe('orders · step 1/2 · 10% · 45s of 5m · no canary calls settled yet · deciding');
    expect(line).not.toContain('a long reason');
  });

  it('says when the step is held past its hold (extend-hold, or metrics still settling)', () => {
    const line = pollLine('orders', { ...AT, elapsedMs: 140_000, holdMs: 20_000 }, judgement({}));
    expect(line).toBe(
      'orders · step 1/2 · 10% · 2m20s, past the 20s hold · no canary calls settled yet · deciding',
    );
  });

  it('names the failing rules instead of the state', () => {
    const failing = judgement(
      { canaryInvocations: 90, canaryErrorRate: 0.3 },
      {
        decision: 'fail',
        rules: [
          { name: 'error rate', status: 'fail', summary: 'too high', evidence: {} },
          { name: 'memory', status: 'pass', summary: 'fine', evidence: {} },
        ],
      },
    );
    expect(pollLine('orders', AT, failing)).toBe(
      'orders · step 1/2 · 10% · 3m of 5m · canary 90 calls, 30% errors · failing: error rate',
    );
  });
});

describe('clockDuration', () => {
  it.each([
    [0, '0s'],
    [45_000, '45s'],
    [60_000, '1m'],
    [150_000, '2m30s'],
  ])('%i ms reads %s', (ms, text) => {
    expect(clockDuration(ms)).toBe(text);
  });
});

describe('RepeatedPollLines', () => {
  const same = judgement({ canaryInvocations: 100, canaryErrorRate: 0 });

  it('leaves out a line that only repeats the last one, until a minute has passed', () => {
    const repeats = new RepeatedPollLines();
    const shown = [0, 10_000, 20_000, 60_000, 70_000, 120_000].map((elapsedMs) =>
      repeats.isNew('orders', { ...AT, elapsedMs }, same),
    );
    expect(shown).toEqual([true, false, false, true, false, true]);
  });

  it('shows a line at once when its figures change, and keeps each function apart', () => {
    const repeats = new RepeatedPollLines();
    expect(repeats.isNew('orders', { ...AT, elapsedMs: 0 }, same)).toBe(true);
    expect(repeats.isNew('billing', { ...AT, elapsedMs: 0 }, same)).toBe(true);
    const more = judgement({ canaryInvocations: 150, canaryErrorRate: 0 });
    expect(repeats.isNew('orders', { ...AT, elapsedMs: 10_000 }, more)).toBe(true);
    expect(repeats.isNew('billing', { ...AT, elapsedMs: 10_000 }, same)).toBe(false);
    expect(repeats.isNew('orders', { ...AT, index: 1, elapsedMs: 20_000 }, more)).toBe(true);
  });
});

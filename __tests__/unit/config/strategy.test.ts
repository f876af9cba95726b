/** The strategy planner: every form of the grammar, every CodeDeploy preset, every edge. */
import { describe, expect, it } from '@jest/globals';
import { parseStrategy } from '../../../src/config/strategy.js';
import type { TrafficStep } from '../../../src/config/types.js';
import { problemLine } from '../../helpers/config.js';

const MIN = 60_000;
const steps = (text: string): readonly TrafficStep[] => parseStrategy(text).steps;
const EXPECTED =
  'Expected all-at-once, canary 10% 5m, linear 10% every 1m, a CodeDeploy preset such as Canary10Percent5Minutes, or steps such as 5%:2m, 25%:5m, 100%.';
const expectRefused = (text: string, reason: string): void =>
  expect(problemLine('strategy', () => parseStrategy(text))).toBe(
    `Invalid input strategy: ${JSON.stringify(text.trim())} (${reason}). ${EXPECTED}`,
  );
const BEFORE_LAST = (n: number, weight: string, above: string): string =>
  `step ${n} is ${weight} after rounding, but a step before the last must be above ${above} and below 100%`;
const LAST = (n: number, weight: string): string =>
  `step ${n} is ${weight} after rounding, but the last step must be 100%`;
const HOLD = (n: number, hold: string): string =>
  `step ${n} holds ${hold}, but a hold must be from 1s to 24h`;

/** 10%, 20%, ... 90% each held `holdMs`, then 100%. */
const linearTens = (holdMs: number): TrafficStep[] => [
  ...[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((weight) => ({ weight, holdMs })),
  { weight: 1, holdMs: 0 },
];

describe('parseStrategy: all at once', () => {
  it.each(['all-at-once', 'AllAtOnce', 'ALL-AT-ONCE', 'all at once', 'CodeDeployDefault.LambdaAllAtOnce'])(
    '%s sends all traffic at once',
    (text) => {
      expect(steps(text)).toEqual([{ weight: 1, holdMs: 0 }]);
    },
  );
});

describe('parseStrategy: canary', () => {
  it('canary 10% 5m holds 10% for five minutes, then 100%', () => {
    expect(parseStrategy('canary 10% 5m')).toEqual({
      source: 'canary 10% 5m',
      steps: [
        { weight: 0.1, holdMs: 5 * MIN },
        { weight: 1, holdMs: 0 },
      ],
    });
  });

  it('reads keywords and units in any case, extra spaces, seconds, hours and decimals', () => {
    expect(steps('  CANARY   2.5%   30S ')).toEqual([
      { weight: 0.025, holdMs: 30_000 },
      { weight: 1, holdMs: 0 },
    ]);
    expect(steps('Canary 50% 1.5h')).toEqual([
      { weight: 0.5, holdMs: 5_400_000 },
      { weight: 1, holdMs: 0 },
    ]);
  });

  it('keeps the source as written, trimmed', () => {
    expect(parseStrategy('  Canary 5% 1m\n').source).toBe('Canary 5% 1m');
  });

  it.each([
    ['canary 0% 5m', BEFORE_LAST(1, '0%', '0%')],
    ['canary 100% 5m', BEFORE_LAST(1, '100%', '0%')],
    ['canary 99.99999999% 1m', BEFORE_LAST(1, '100%', '0%')],
    ['canary 0.00000001% 1m', BEFORE_LAST(1, '0%', '0%')],
    ['canary 10 5m', '"10" is not a weight such as 10%'],
    ['canary 10% 5', '"5" is not a duration such as 30s, 5m or 1h'],
    ['canary 10% 0s', HOLD(1, '0s')],
    ['canary 10% 25h', HOLD(1, '25h')],
    ['canary 10% 500ms', '"500ms" is not a duration such as 30s, 5m or 1h'],
  ])('refuses %s', (text, reason) => expectRefused(text, reason));
});

describe('parseStrategy: linear', () => {
  it('linear 10% every 1m rises by 10% a minute, then 100%', () => {
    expect(steps('linear 10% every 1m')).toEqual(linearTens(MIN));
  });

  it('has no float drift: 30% steps are exactly 0.3, 0.6, 0.9', () => {
    expect(steps('linear 30% every 10s')).toEqual([
      { weight: 0.3, holdMs: 10_000 },
      { weight: 0.6, holdMs: 10_000 },
      { weight: 0.9, holdMs: 10_000 },
      { weight: 1, holdMs: 0 },
    ]);
  });

  it('stops below 100% when the increment does not divide 100, and allows "every" to be left out', () => {
    expect(steps('Linear 40% 2m')).toEqual([
      { weight: 0.4, holdMs: 2 * MIN },
      { weight: 0.8, holdMs: 2 * MIN },
      { weight: 1, holdMs: 0 },
    ]);
  });

  it('rounds weights to 1e-6 and never repeats 100%', () => {
    const planned = steps('linear 33.333333% every 1m');
    expect(planned.map((s) => s.weight)).toEqual([0.333333, 0.666667, 1]);
  });

  it('allows 1% steps (100 steps) but not smaller', () => {
    expect(steps('linear 1% every 1s')).toHaveLength(100);
    expectRefused('linear 0.9% every 1s', '112 steps, more than 100');
  });

  it.each([
    ['linear 0% every 1m', BEFORE_LAST(1, '0%', '0%')],
    ['linear 100% every 1m', BEFORE_LAST(1, '100%', '0%')],
    ['linear 99.9999999% every 1m', BEFORE_LAST(1, '100%', '0%')],
    ['linear 10% every soon', '"soon" is not a duration such as 30s, 5m or 1h'],
    ['linear ten every 1m', '"ten" is not a weight such as 10%'],
  ])('refuses %s', (text, reason) => expectRefused(text, reason));
});

describe('parseStrategy: CodeDeploy presets', () => {
  it.each([
    ['Canary10Percent5Minutes', 5],
    ['Canary10Percent10Minutes', 10],
    ['Canary10Percent15Minutes', 15],
    ['Canary10Percent30Minutes', 30],
  ])('%s is canary 10% for %i minutes', (name, minutes) => {
    expect(steps(name)).toEqual([
      { weight: 0.1, holdMs: minutes * MIN },
      { weight: 1, holdMs: 0 },
    ]);
  });

  it.each([
    ['Linear10PercentEvery1Minute', 1],
    ['Linear10PercentEvery2Minutes', 2],
    ['Linear10PercentEvery3Minutes', 3],
    ['Linear10PercentEvery10Minutes', 10],
  ])('%s is linear 10% every %i minutes', (name, minutes) => {
    expect(steps(name)).toEqual(linearTens(minutes * MIN));
  });

  it('accepts the full CodeDeploy names and any case', () => {
    expect(steps('CodeDeployDefault.LambdaCanary10Percent5Minutes')).toEqual(steps('canary 10% 5m'));
    expect(steps('LambdaLinear10PercentEvery1Minute')).toEqual(steps('linear 10% every 1m'));
    expect(steps('canary10percent5minutes')).toEqual(steps('canary 10% 5m'));
  });

  it('refuses a preset with no hold', () => {
    expectRefused('Canary10Percent0Minutes', HOLD(1, '0s'));
  });
});

describe('parseStrategy: custom steps', () => {
  it('5%:2m, 25%:5m, 100% holds each step, then sends all traffic', () => {
    expect(steps('5%:2m, 25%:5m, 100%')).toEqual([
      { weight: 0.05, holdMs: 2 * MIN },
      { weight: 0.25, holdMs: 5 * MIN },
      { weight: 1, holdMs: 0 },
    ]);
  });

  it('takes newlines as separators and spaces around ":"', () => {
    expect(steps('1% : 30s\n50%:1H\n100%')).toEqual([
      { weight: 0.01, holdMs: 30_000 },
      { weight: 0.5, holdMs: 3_600_000 },
      { weight: 1, holdMs: 0 },
    ]);
  });

  it('reads a hold on the final 100% as a bake time, and 100% alone as all at once', () => {
    expect(steps('10%:1m, 100%:10m')).toEqual([
      { weight: 0.1, holdMs: MIN },
      { weight: 1, holdMs: 10 * MIN },
    ]);
    expect(steps('100%:0s')).toEqual([{ weight: 1, holdMs: 0 }]);
    expect(steps('100%')).toEqual([{ weight: 1, holdMs: 0 }]);
  });

  it('allows 100 steps but not 101', () => {
    const hundred = [...Array.from({ length: 99 }, (_, i) => `${i + 1}%:1s`), '100%'].join(',');
    expect(steps(hundred)).toHaveLength(100);
    const tooMany = `${hundred},100%`;
    expect(problemLine('strategy', () => parseStrategy(tooMany))).toBe(
      `Invalid input strategy: ${JSON.stringify(`${tooMany.slice(0, 80)}…`)} (101 steps, more than 100). ${EXPECTED}`,
    );
  });

  it.each([
    ['5%, 100%', 'step "5%" needs a hold, such as 5%:5m'],
    ['5%:2m, 5%:2m, 100%', BEFORE_LAST(2, '5%', '5%')],
    ['50%:1m, 100%:1m, 100%', BEFORE_LAST(2, '100%', '50%')],
    ['5%:1m, 99.99999999%:1m, 100%', BEFORE_LAST(2, '100%', '5%')],
    ['5%:1m, 5.00000001%:1m, 100%', BEFORE_LAST(2, '5%', '5%')],
    ['5%:1m, 50%:1m', LAST(2, '50%')],
    ['0%:1m, 100%', BEFORE_LAST(1, '0%', '0%')],
    ['5%:1m, 120%', LAST(2, '120%')],
    ['5%:0s, 100%', HOLD(1, '0s')],
    ['5%:1m, 100%:25h', HOLD(2, '25h')],
    ['5%:later, 100%', '"later" is not a duration such as 30s, 5m or 1h'],
    ['5:1m, 100%', 'step "5:1m" is not a weight and hold such as 25%:5m'],
    ['5%:1m:2m, 100%', '"1m:2m" is not a duration such as 30s, 5m or 1h'],
  ])('refuses %s', (text, reason) => expectRefused(text, reason));
});

describe('parseStrategy: not a strategy', () => {
  it.each(['', 'blue-green', '10'])('refuses %j', (text) => expectRefused(text, 'not a strategy'));

  it.each([
    ['canary', 'a canary is written canary <weight>% <hold>'],
    ['canary 10% 5m extra', 'a canary is written canary <weight>% <hold>'],
    ['linear 10%', 'a linear strategy is written linear <weight>% every <hold>'],
    ['Linear 10% each 1m', 'a linear strategy is written linear <weight>% every <hold>'],
  ])('refuses the misspelt %j', (text, reason) => expectRefused(text, reason));
});

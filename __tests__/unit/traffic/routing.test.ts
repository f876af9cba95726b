/** The planner-to-alias mapping: pure. */
import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../../src/errors.js';
import {
  assertRoutingWeight,
  assertStrategy,
  describeTarget,
  formatShare,
  hasRouting,
  sameTarget,
  soleTarget,
  stepTarget,
} from '../../../src/traffic/routing.js';

describe('stepTarget', () => {
  it.each([
    [0.1, { version: '3', weights: { '4': 0.1 } }],
    [0.25, { version: '3', weights: { '4': 0.25 } }],
    [0.999, { version: '3', weights: { '4': 0.999 } }],
    [1, { version: '4', weights: {} }],
  ])('weight %p keeps the primary on the old version until 100%%', (weight, expected) => {
    expect(stepTarget('3', '4', weight)).toEqual(expected);
  });

  it.each([0, -0.1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses weight %p before any call',
    (weight) => {
      expect(() => stepTarget('3', '4', weight)).toThrow(
        `Alias weight ${String(weight)} for version 4 is outside (0, 1)`,
      );
    },
  );

  it('routes nothing when old and new are the same version', () => {
    expect(stepTarget('4', '4', 0.1)).toEqual({ version: '4', weights: {} });
  });
});

describe('assertRoutingWeight', () => {
  it('accepts a share strictly between 0 and 1', () => {
    expect(() => assertRoutingWeight('2', 0.5)).not.toThrow();
  });
  it.each([0, 1, 2])('refuses %p', (w) => {
    expect(() => assertRoutingWeight('2', w)).toThrow('refused before calling Lambda');
  });
});

describe('assertStrategy', () => {
  const strategy = (steps: { weight: number; holdMs: number }[]) => ({ source: 'custom', steps });
  it('accepts rising steps ending at 100%', () => {
    expect(() =>
      assertStrategy(
        strategy([
          { weight: 0.1, holdMs: 60_000 },
          { weight: 1, holdMs: 0 },
        ]),
      ),
    ).not.toThrow();
  });
  it.each([
    [[], '(no steps)'],
    [[{ weight: 0, holdMs: 1 }], '(step 1 is 0% after rounding, but the last step must be 100%)'],
    [[{ weight: 1.2, holdMs: 1 }], '(step 1 is 120% after rounding, but the last step must be 100%)'],
    [
      [
        { weight: 0.5, holdMs: Number.NaN },
        { weight: 1, holdMs: 0 },
      ],
      '(step 1 holds NaNms, but a hold must be from 1s to 24h)',
    ],
  ])('refuses %j naming the strategy input', (steps, message) => {
    const run = () => assertStrategy(strategy(steps));
    expect(run).toThrow(ConfigError);
    expect(run).toThrow(message);
  });
});

describe('comparing and describing targets', () => {
  it('compares versions and weights, within a rounding tolerance', () => {
    expect(
      sameTarget({ version: '1', weights: { '2': 0.1 } }, { version: '1', weights: { '2': 0.1 + 1e-12 } }),
    ).toBe(true);
    expect(sameTarget({ version: '1', weights: { '2': 0.1 } }, { version: '1', weights: { '2': 0.2 } })).toBe(
      false,
    );
    expect(sameTarget({ version: '1', weights: { '2': 0.1 } }, { version: '1', weights: { '3': 0.1 } })).toBe(
      false,
    );
    expect(sameTarget({ version: '1', weights: {} }, { version: '2', weights: {} })).toBe(false);
    expect(sameTarget({ version: '1', weights: {} }, { version: '1', weights: { '2': 0.1 } })).toBe(false);
    expect(sameTarget(null, undefined)).toBe(true);
    expect(sameTarget(null, soleTarget('1'))).toBe(false);
  });

  it('describes targets for people', () => {
    expect(describeTarget({ version: '3', weights: { '4': 0.125 } })).toBe('v3 + v4 at 12.5%');
    expect(describeTarget(soleTarget('4'))).toBe('v4');
    expect(describeTarget(null)).toBe('(no alias)');
    expect(formatShare(0.1)).toBe('10%');
    expect(hasRouting(soleTarget('4'))).toBe(false);
    expect(hasRouting({ version: '3', weights: { '4': 0.1 } })).toBe(true);
  });
});

/**
 * credentials-lifetime: a waited canary planned to take longer than the credentials live (every
 * hold, each held step's extend-hold, the settle wait, a custom metric's late datapoints) is refused before any AWS call, in one
 * line that gives both figures and the setting to change.
 */
import { describe, expect, it } from '@jest/globals';
import { clientsConstructed } from '../../../src/aws/clients.js';
import { plannedDuration, spanText } from '../../../src/config/credentials-lifetime.js';
import { parseConfig } from '../../../src/config/parse.js';
import { parseStrategy } from '../../../src/config/strategy.js';
import { expectConfigError, inputs } from '../../helpers/config.js';

const FUNCTIONS = { functions: 'orders-handler' } as const;

describe('plannedDuration', () => {
  it('GIVEN canary 10% 5m with extend-hold 10m THEN 5m of hold, 10m of extension and 3m of settling', () => {
    expect(plannedDuration(parseStrategy('canary 10% 5m'), 600_000)).toEqual({
      totalMs: 18 * 60_000,
      holdsMs: 5 * 60_000,
      heldSteps: 1,
      extensionMs: 10 * 60_000,
      settleMs: 3 * 60_000,
      lateMs: 0,
    });
  });

  it("GIVEN a custom rate-of comparison THEN the final look's wait for late datapoints counts too", () => {
    const plan = plannedDuration(parseStrategy('canary 10% 5m'), 600_000, true);
    expect(plan.lateMs).toBe(2 * 60_000);
    expect(plan.totalMs).toBe(20 * 60_000);
    expect(plannedDuration(parseStrategy('all-at-once'), 600_000, true).totalMs).toBe(0);
  });

  it('GIVEN linear 10% every 10m THEN nine held steps, each with its extension', () => {
    const plan = plannedDuration(parseStrategy('linear 10% every 10m'), 600_000);
    expect(plan.heldSteps).toBe(9);
    expect(plan.totalMs).toBe(9 * 10 * 60_000 + 9 * 10 * 60_000 + 3 * 60_000);
  });

  it('GIVEN all-at-once THEN nothing is held and nothing waits', () => {
    expect(plannedDuration(parseStrategy('all-at-once'), 600_000).totalMs).toBe(0);
  });

  it.each([
    [83 * 60_000, '1h23m'],
    [3_600_000, '1h'],
    [30_000, '30s'],
    [0, '0s'],
  ])('spanText(%d) is %s', (ms, text) => {
    expect(spanText(ms)).toBe(text);
  });
});

describe('credentials-lifetime', () => {
  it('GIVEN nothing THEN nothing is checked', () => {
    const config = parseConfig(inputs({ ...FUNCTIONS, strategy: 'linear 10% every 1h' }));
    expect(config.strategy.steps.length).toBe(10);
  });

  it('GIVEN a lifetime the canary fits in THEN the run goes on', () => {
    expect(() => parseConfig(inputs({ ...FUNCTIONS, 'credentials-lifetime': '3600s' }))).not.toThrow();
  });

  it('GIVEN a canary longer than the lifetime WHEN parsed THEN one line gives both figures and the setting, before any AWS call', () => {
    const before = clientsConstructed();
    expectConfigError(
      () =>
        parseConfig(
          inputs({
            ...FUNCTIONS,
            strategy: 'linear 25% every 15m',
            'credentials-lifetime': '3600s from session-duration',
          }),
        ),
      'credentials-lifetime',
      'Invalid input credentials-lifetime: "3600s from session-duration" (the canary may take 1h18m (holds 45m, extend-hold 3 × 10m, settle wait 3m), longer than the credentials live (1h, from session-duration)). Expected session-duration of at least 1h18m, or a shorter strategy or extend-hold.',
    );
    expect(clientsConstructed()).toBe(before);
  });

  it('GIVEN no setting named WHEN refused THEN the line names credentials-lifetime itself', () => {
    expectConfigError(
      () => parseConfig(inputs({ ...FUNCTIONS, 'extend-hold': '1h', 'credentials-lifetime': '1h' })),
      'credentials-lifetime',
      'Invalid input credentials-lifetime: "1h" (the canary may take 1h8m (holds 5m, extend-hold 1 × 1h, settle wait 3m), longer than the credentials live (1h, from credentials-lifetime)). Expected credentials-lifetime of at least 1h8m, or a shorter strategy or extend-hold.',
    );
  });

  it('GIVEN a custom metric compared per call THEN the wait for its late datapoints is in the figure', () => {
    expectConfigError(
      () =>
        parseConfig(
          inputs({
            ...FUNCTIONS,
            metrics:
              '- { name: checkout-failures, namespace: Shop, metric-name: CheckoutFailed, dimensions: { Version: "{version}" }, statistic: Sum, direction: higher-is-worse, compare: true, rate-of: Invocations }',
            'extend-hold': '51m',
            'credentials-lifetime': '1h',
          }),
        ),
      'credentials-lifetime',
      'Invalid input credentials-lifetime: "1h" (the canary may take 1h1m (holds 5m, extend-hold 1 × 51m, settle wait 3m, late datapoints 2m), longer than the credentials live (1h, from credentials-lifetime)). Expected credentials-lifetime of at least 1h1m, or a shorter strategy or extend-hold.',
    );
  });

  it.each([
    ['a dry run', { 'dry-run': 'true' }],
    ['extend-hold 0 and a short canary', { 'extend-hold': '0', strategy: 'canary 10% 1m' }],
  ])('GIVEN %s THEN a short lifetime is enough', (_what, values) => {
    expect(() =>
      parseConfig(inputs({ ...FUNCTIONS, ...values, 'credentials-lifetime': '5m' })),
    ).not.toThrow();
  });

  it.each(['soon', '30s', '37h', '1h from'])('GIVEN %s THEN it is refused with the accepted forms', (raw) => {
    expect(() => parseConfig(inputs({ ...FUNCTIONS, 'credentials-lifetime': raw }))).toThrow(
      /^Invalid input credentials-lifetime: .*Expected a duration from 1m to 36h/,
    );
  });
});

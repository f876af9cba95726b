/**
 * The control commands' pure parts: their flags, which plans a command is for (and the one-line
 * refusals), and what `status` prints of a plan's control.
 */
import { describe, expect, it } from '@jest/globals';
import { chosenPlans, parseControlFlags } from '../../../src/cli/control-commands.js';
import { statusText } from '../../../src/cli/detached-commands.js';
import type { DetachedPlan } from '../../../src/detached/plan.js';
import { PLAN_T0, testPlan } from '../../helpers/detached-plan.js';

const BY = 'arn:aws:sts::123456789012:assumed-role/release/alice';
const flags = { stackName: 'orders-api', functionName: undefined };
const orders = testPlan();
const billing: DetachedPlan = {
  ...testPlan(),
  functionName: 'billing-fn',
  status: 'rolled-back',
  verdict: 'fail',
};

describe('parseControlFlags', () => {
  it('GIVEN every flag, = or apart WHEN parsed THEN each is read', () => {
    expect(
      parseControlFlags('promote', [
        '--stack-name=orders-api',
        '--function',
        'orders-fn',
        '--reason',
        'ok',
        '--region',
        'eu-west-1',
      ]),
    ).toEqual({ stackName: 'orders-api', functionName: 'orders-fn', reason: 'ok', region: 'eu-west-1' });
  });

  it.each([
    ['no --stack-name', [], "stack-canary pause needs --stack-name (the app stack's name)."],
    [
      'a flag twice',
      ['--stack-name', 'a', '--stack-name', 'b'],
      'Flag --stack-name is given twice for pause. Give it once.',
    ],
    [
      'a flag without its value',
      ['--stack-name', 'a', '--reason'],
      'Flag --reason needs a value: --reason <value>.',
    ],
    [
      'a reason too long',
      ['--stack-name', 'a', '--reason', 'x'.repeat(501)],
      'Flag --reason is 501 characters. Accepted: one line of at most 500 characters.',
    ],
  ])('GIVEN %s WHEN parsed THEN one line says what is wrong', (_, argv, message) => {
    expect(() => parseControlFlags('pause', argv)).toThrow(message);
  });
});

describe('chosenPlans', () => {
  it('GIVEN no --function THEN every plan in flight, the ended ones left out', () => {
    expect(chosenPlans([orders, billing], 'pause', flags)).toEqual([orders]);
  });

  it('GIVEN --function as a name or as function:alias THEN that plan', () => {
    expect(chosenPlans([orders, billing], 'pause', { ...flags, functionName: 'orders-fn' })).toEqual([
      orders,
    ]);
    expect(chosenPlans([orders, billing], 'pause', { ...flags, functionName: 'orders-fn:live' })).toEqual([
      orders,
    ]);
  });

  it('GIVEN an ended plan, none in flight, or a function no plan deploys THEN it is refused, naming why', () => {
    expect(() => chosenPlans([orders, billing], 'promote', { ...flags, functionName: 'billing-fn' })).toThrow(
      'the detached canary of billing-fn:live has ended (rolled-back, verdict fail): there is nothing to promote.',
    );
    expect(() => chosenPlans([billing], 'promote', flags)).toThrow(
      'no detached canary of orders-api is in flight: there is nothing to promote.',
    );
    expect(() => chosenPlans([orders, billing], 'promote', { ...flags, functionName: 'users-fn' })).toThrow(
      'Flag --function is "users-fn", which no detached canary of orders-api deploys. Accepted: a function of its plans (billing-fn, orders-fn).',
    );
  });
});

describe('status of a controlled plan', () => {
  it('GIVEN a paused plan with a request waiting THEN status shows the pause, the request and the requested decisions', () => {
    const at = PLAN_T0 + 60_000;
    const text = statusText([
      {
        ...orders,
        paused: { at, by: BY, reason: 'hold on', holdLeftMs: 0 },
        decisions: [
          ...orders.decisions,
          { at, action: 'pause', step: 0, reason: `paused by request of ${BY}: hold on`, by: BY },
        ],
        request: { command: 'resume', at: at + 60_000, by: BY, reason: '' },
      },
    ]);
    const iso = (ms: number) => new Date(ms).toISOString();
    expect(text).toContain(`  ${iso(at)}: pause at step 1: paused by request of ${BY}: hold on`);
    expect(text).toContain(`  PAUSED since ${iso(at)} by ${BY}: held at this step until resumed`);
    expect(text).toContain(
      `  waiting for the guard's next tick: resume requested ${iso(at + 60_000)} by ${BY}: no reason given`,
    );
  });

  it('GIVEN a plan its run still holds (on-runner-loss: guard) THEN status names the run and when the guard may take over', () => {
    const until = PLAN_T0 + 120_000;
    const plan: DetachedPlan = { ...orders, heldBy: { run: 'github:1234/1', untilMs: until } };
    expect(statusText([plan])).toContain(
      `  driven by run github:1234/1, held until ${new Date(until).toISOString()}; the guard takes it over if the run stops renewing`,
    );
    expect(statusText([orders])).not.toContain('driven by run');
  });
});

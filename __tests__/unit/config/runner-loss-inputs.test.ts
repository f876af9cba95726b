/**
 * on-runner-loss: rollback by default (today's behaviour); guard only where the guard can take a
 * waited canary over, else one line naming the input, the value and what is accepted, before any
 * AWS call.
 */
import { describe, expect, it } from '@jest/globals';
import { clientsConstructed } from '../../../src/aws/clients.js';
import { parseConfig } from '../../../src/config/parse.js';
import { expectConfigError, inputs } from '../../helpers/config.js';

/** The monitoring stack of an existing app stack, guard on (its default). */
const GUARDED = { 'stack-name': 'orders-api', monitoring: 'true' } as const;

describe('on-runner-loss', () => {
  it('GIVEN nothing WHEN parsed THEN a dead run is rolled back, as before', () => {
    expect(parseConfig(inputs(GUARDED)).onRunnerLoss).toBe('rollback');
  });

  it('GIVEN guard with the guard deployed WHEN parsed THEN the guard takes a dead run over', () => {
    expect(parseConfig(inputs({ ...GUARDED, 'on-runner-loss': 'guard' })).onRunnerLoss).toBe('guard');
  });

  it('GIVEN guard with wait: false WHEN parsed THEN accepted: the guard finishes that canary anyway', () => {
    const config = parseConfig(inputs({ ...GUARDED, wait: 'false', 'on-runner-loss': 'guard' }));
    expect({ wait: config.wait, onRunnerLoss: config.onRunnerLoss }).toEqual({
      wait: false,
      onRunnerLoss: 'guard',
    });
  });

  it('GIVEN guard with a deployment WHEN given a token secret THEN the guard gets it, to end the deployment if it finishes the canary', () => {
    const arn = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:github-token-AbCdEf';
    const values = {
      'on-runner-loss': 'guard',
      'deployment-environment': 'production',
      'github-token': 't0ken',
      'github-token-secret': arn,
    };
    expect(parseConfig(inputs({ ...GUARDED, ...values })).githubTokenSecretArn).toBe(arn);
  });

  it('GIVEN guard with several regions WHEN parsed THEN one line says a guard finishes its own region only', () => {
    expectConfigError(
      () => parseConfig(inputs({ ...GUARDED, regions: 'us-east-1 | eu-west-1', 'on-runner-loss': 'guard' })),
      'on-runner-loss',
      'Invalid input on-runner-loss: "guard" (a region\'s guard finishes its own region\'s canary, not a release across regions). Expected rollback with several regions.',
    );
  });

  it('GIVEN another word WHEN parsed THEN the accepted forms are named', () => {
    expectConfigError(
      () => parseConfig(inputs({ ...GUARDED, 'on-runner-loss': 'retry' })),
      'on-runner-loss',
      'Invalid input on-runner-loss: "retry". Expected rollback or guard.',
    );
  });

  it.each([
    ['guard: false', { ...GUARDED, guard: 'false' }],
    ['monitoring: false', { ...GUARDED, monitoring: 'false' }],
    ['no stack', { functions: 'orders-handler' }],
  ])(
    'GIVEN guard with %s WHEN parsed THEN one line says the guard is off, before any AWS call',
    (_what, values) => {
      const before = clientsConstructed();
      expectConfigError(
        () => parseConfig(inputs({ ...values, 'on-runner-loss': 'guard' })),
        'on-runner-loss',
        'Invalid input on-runner-loss: "guard" (the guard takes the canary over, and it is off (guard, monitoring and stack-name)). Expected rollback, or guard: true with monitoring: true and a stack-name.',
      );
      expect(clientsConstructed()).toBe(before);
    },
  );

  it.each([
    [
      'rollback: stack',
      { template: 'templates/sample-app.yaml', rollback: 'stack' },
      '(the guard rolls back aliases only, and rollback is stack). Expected rollback with rollback: stack or none.',
    ],
    [
      'synthetic-payload',
      { 'synthetic-payload': '{"ping":true}' },
      '(synthetic traffic is sent by the runner, which the guard does not have). Expected rollback with synthetic-payload.',
    ],
    [
      'post-traffic-hook',
      { 'post-traffic-hook': 'orders-smoke' },
      '(the guard runs no post-traffic hook at its promotion). Expected rollback with post-traffic-hook.',
    ],
  ])('GIVEN guard with %s WHEN parsed THEN refused: the guard cannot carry it out', (_what, values, why) => {
    expectConfigError(
      () => parseConfig(inputs({ ...GUARDED, ...values, 'on-runner-loss': 'guard' })),
      'on-runner-loss',
      `Invalid input on-runner-loss: "guard" ${why}`,
    );
  });
});

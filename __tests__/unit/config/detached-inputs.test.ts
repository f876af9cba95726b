/** The wait input: true by default; false only with the guard on and no runner-made traffic. */
import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../../src/config/parse.js';
import { clientsConstructed } from '../../../src/aws/clients.js';
import { expectConfigError, inputs } from '../../helpers/config.js';

/** The monitoring stack of an existing app stack, guard on (its default). */
const GUARDED = { 'stack-name': 'orders-api', monitoring: 'true' } as const;

describe('wait', () => {
  it('GIVEN nothing WHEN parsed THEN the run waits for its verdict', () => {
    expect(parseConfig(inputs(GUARDED)).wait).toBe(true);
  });

  it('GIVEN wait: false with the guard on WHEN parsed THEN the run hands off', () => {
    expect(parseConfig(inputs({ ...GUARDED, wait: 'false' })).wait).toBe(false);
  });

  it.each([
    ['guard: false', { ...GUARDED, guard: 'false' }],
    ['monitoring: false', { ...GUARDED, monitoring: 'false' }],
    ['no stack', { functions: 'orders-handler' }],
  ])(
    'GIVEN wait: false with %s WHEN parsed THEN one line names wait and guard, before any AWS call',
    (_what, values) => {
      const before = clientsConstructed();
      expectConfigError(
        () => parseConfig(inputs({ ...values, wait: 'false' })),
        'wait',
        'Invalid input wait: "false" (the guard goes on with a detached canary, and it is off (guard, monitoring and stack-name)). Expected true, or guard: true with monitoring: true and a stack-name.',
      );
      expect(clientsConstructed()).toBe(before);
    },
  );

  it('GIVEN wait: false with synthetic-payload WHEN parsed THEN it is refused: the runner sends that traffic', () => {
    expectConfigError(
      () => parseConfig(inputs({ ...GUARDED, wait: 'false', 'synthetic-payload': '{"ping":true}' })),
      'wait',
      'Invalid input wait: "false" (synthetic traffic is sent by the runner, which a detached canary does not keep). Expected true with synthetic-payload.',
    );
  });
});

describe('wait: false and rollback', () => {
  it.each(['stack', 'none'])(
    'GIVEN rollback: %s WHEN parsed THEN wait: false is refused: the guard rolls back aliases only',
    (mode) => {
      expectConfigError(
        () =>
          parseConfig(
            inputs({ ...GUARDED, template: 'templates/sample-app.yaml', wait: 'false', rollback: mode }),
          ),
        'wait',
        `Invalid input wait: "false" (the guard rolls back aliases only, and rollback is ${mode}). Expected true with rollback: stack or none.`,
      );
    },
  );
});

describe('github-token-secret', () => {
  const ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:github-token-AbCdEf';
  const DEPLOYED = {
    ...GUARDED,
    wait: 'false',
    'deployment-environment': 'production',
    'github-token': 't0ken',
  };

  it('GIVEN wait: false and a deployment WHEN parsed THEN the guard gets the secret ARN, not a token', () => {
    expect(parseConfig(inputs({ ...DEPLOYED, 'github-token-secret': ARN })).githubTokenSecretArn).toBe(ARN);
  });

  it('GIVEN a waiting run WHEN given a token secret THEN one line says only the guard reads it', () => {
    expectConfigError(
      () => parseConfig(inputs({ ...DEPLOYED, wait: 'true', 'github-token-secret': ARN })),
      'github-token-secret',
      `Invalid input github-token-secret: "${ARN}" (only the guard reads it, for the deployment the run records, when it finishes a canary (wait: false, or on-runner-loss: guard)). Expected it empty, or wait: false or on-runner-loss: guard, with a deployment-environment.`,
    );
  });

  it('GIVEN something else than a secret ARN WHEN parsed THEN the accepted form is named', () => {
    expectConfigError(
      () => parseConfig(inputs({ ...DEPLOYED, 'github-token-secret': 'github-token' })),
      'github-token-secret',
      'Invalid input github-token-secret: "github-token". Expected a Secrets Manager secret ARN such as arn:aws:secretsmanager:eu-west-1:123456789012:secret:github-token-AbCdEf.',
    );
  });
});

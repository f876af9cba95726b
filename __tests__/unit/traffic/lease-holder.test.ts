import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../../src/errors.js';
import { runHolder } from '../../../src/traffic/lease-holder.js';

const github = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/orders',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '2',
};

describe('who a run is, for its alias leases', () => {
  it('in a workflow: the workflow run and its attempt (a re-run of it has the next)', () => {
    expect(runHolder(github, 'abcdef01')).toEqual({
      run: 'https://github.com/acme/orders/actions/runs/42',
      attempt: 2,
      instance: 'abcdef01',
    });
    expect(runHolder({ ...github, GITHUB_RUN_ATTEMPT: undefined }, 'abcdef01').attempt).toBe(1);
  });

  it('STACK_CANARY_RUN_ID and STACK_CANARY_RUN_ATTEMPT name it (the CLI), before the workflow run', () => {
    const env = { ...github, STACK_CANARY_RUN_ID: 'deploy-1234', STACK_CANARY_RUN_ATTEMPT: '3' };
    expect(runHolder(env, 'abcdef01')).toEqual({ run: 'deploy-1234', attempt: 3, instance: 'abcdef01' });
    expect(runHolder({ STACK_CANARY_RUN_ID: 'deploy-1234' }, 'abcdef01').attempt).toBe(1);
  });

  it('else a random run of attempt 1, and a random process id each time', () => {
    const a = runHolder({});
    const b = runHolder({});
    expect(a.run).toMatch(/^stack-canary run [0-9a-f-]{36}$/);
    expect(a.attempt).toBe(1);
    expect(a.instance).toMatch(/^[0-9a-f]{8}$/);
    expect(b.run).not.toBe(a.run);
    expect(b.instance).not.toBe(a.instance);
  });

  it.each([
    [
      { STACK_CANARY_RUN_ID: 'x', STACK_CANARY_RUN_ATTEMPT: '0' },
      'STACK_CANARY_RUN_ATTEMPT',
      'Environment variable STACK_CANARY_RUN_ATTEMPT is "0". Accepted: a whole number from 1, such as 1 or 2.',
    ],
    [
      { STACK_CANARY_RUN_ID: 'x', STACK_CANARY_RUN_ATTEMPT: 'two' },
      'STACK_CANARY_RUN_ATTEMPT',
      'Environment variable STACK_CANARY_RUN_ATTEMPT is "two". Accepted: a whole number from 1, such as 1 or 2.',
    ],
    [
      { STACK_CANARY_RUN_ATTEMPT: '2' },
      'STACK_CANARY_RUN_ATTEMPT',
      'Environment variable STACK_CANARY_RUN_ATTEMPT is set but STACK_CANARY_RUN_ID is not. Accepted: both (the attempt counts re-runs of that run id), or neither.',
    ],
    [
      { STACK_CANARY_RUN_ID: 'a'.repeat(121) },
      'STACK_CANARY_RUN_ID',
      `Environment variable STACK_CANARY_RUN_ID is "${'a'.repeat(40)}…". Accepted: one line of at most 120 characters, such as deploy-1234.`,
    ],
    [
      { ...github, GITHUB_RUN_ATTEMPT: '-1' },
      'GITHUB_RUN_ATTEMPT',
      'Environment variable GITHUB_RUN_ATTEMPT is "-1". Accepted: a whole number from 1, such as 1 or 2.',
    ],
  ])('a bad value is a one-line error naming it: %p', (env, input, message) => {
    let error: unknown;
    try {
      runHolder(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).input).toBe(input);
    expect((error as ConfigError).message).toBe(message);
  });
});

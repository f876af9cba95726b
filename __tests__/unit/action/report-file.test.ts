/** Where a step's JSON report goes, and how an error becomes one line. */
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { describeFailure } from '../../../src/action/failure.js';
import { reportPath } from '../../../src/action/report-file.js';
import { InvalidInputsError } from '../../../src/errors.js';

describe('reportPath', () => {
  it('names the step and the stack, in RUNNER_TEMP', () => {
    const env = { RUNNER_TEMP: '/tmp/runner', GITHUB_ACTION: 'deploy-orders' };
    expect(reportPath('orders-api', env)).toBe(
      join('/tmp/runner', 'stack-canary-report-deploy-orders-orders-api.json'),
    );
  });

  it('keeps a path out of the names: any other character becomes one dash', () => {
    const env = { RUNNER_TEMP: '/tmp/runner', GITHUB_ACTION: '__self_2' };
    expect(reportPath('../a b/c', env)).toBe(join('/tmp/runner', 'stack-canary-report-__self_2-a-b-c.json'));
    expect(reportPath('', { RUNNER_TEMP: '/tmp/runner' })).toBe(
      join('/tmp/runner', 'stack-canary-report.json'),
    );
  });
});

describe('describeFailure', () => {
  it('one problem: its line as the reason', () => {
    expect(describeFailure(new Error('stack failed'))).toEqual({
      reason: 'stack failed',
      problems: ['stack failed'],
    });
  });

  it('a multi-line message: one line, each line a problem', () => {
    const failure = describeFailure(new Error('first.\r\nsecond\u2028third'));
    expect(failure.reason).toBe('first; second; third');
    expect(failure.problems).toEqual(['first.', 'second', 'third']);
  });

  it('several bad inputs: counted and joined', () => {
    const error = new InvalidInputsError([
      { input: 'a', message: 'Invalid input a: "x". Expected y.' },
      { input: 'b', message: 'Invalid input b: "z". Expected w.' },
    ]);
    expect(describeFailure(error).reason).toBe(
      '2 inputs are invalid: Invalid input a: "x". Expected y; Invalid input b: "z". Expected w',
    );
  });
});

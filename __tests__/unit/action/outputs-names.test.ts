/** Stack outputs never take the name of one of the action's own outputs. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ACTION_OUTPUT_NAMES, stackOutputNames } from '../../../src/action/outputs.js';

describe('stack output names', () => {
  it('reserve every output action.yml declares, and only those', () => {
    const declared = Object.keys((parse(readFileSync('action.yml', 'utf8')) as { outputs: object }).outputs);
    expect([...ACTION_OUTPUT_NAMES].sort()).toEqual(declared.sort());
  });

  it('write a stack output named like an action output (in any case) under stack-output-<Name>, the others as they are', () => {
    const names = stackOutputNames({
      Verdict: 'a',
      report: 'b',
      Reason: 'c',
      Versions: 'd',
      FunctionArn: 'e',
    });
    expect(Object.fromEntries(names)).toEqual({
      Verdict: 'stack-output-Verdict',
      report: 'stack-output-report',
      Reason: 'stack-output-Reason',
      Versions: 'stack-output-Versions',
      FunctionArn: 'FunctionArn',
    });
  });
});

/** One script for both steps: the main step marks the state first; the post step finds the mark. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { runActionStep } from '../../../src/bundle.js';
import { parseCommandFile } from '../../helpers/run-action.js';
import { captureRunnerIo } from '../../helpers/runner-io.js';

const io = captureRunnerIo();
const saved = () => parseCommandFile(readFileSync(join(io.dir(), 'state'), 'utf8'));

describe('runActionStep', () => {
  it('without the mark it is the main step: it saves the mark before it reads any input', async () => {
    process.env['INPUT_ROLLBACK'] = 'sometimes';
    await runActionStep();
    expect(saved()).toEqual({ isPost: 'true' });
    expect(io.outputs()['verdict']).toBe('error');
    expect(process.exitCode).toBe(1);
  });

  it('with the mark it is the post step: it reads no input and, with no journal, does nothing', async () => {
    process.env['STATE_isPost'] = 'true';
    process.env['INPUT_ROLLBACK'] = 'sometimes';
    await runActionStep();
    expect(saved()).toEqual({});
    expect(io.outputs()).toEqual({});
    expect(io.log()).toContain('::debug::No run was journaled: nothing to restore.');
    expect(process.exitCode).toBeUndefined();
  });

  it('off a runner (no GITHUB_STATE) it fails with one line instead of a stack trace', async () => {
    delete process.env['GITHUB_STATE'];
    await runActionStep();
    expect(io.log()).toBe('::error::GITHUB_STATE is not set: not running as a GitHub Actions step?\n');
    expect(process.exitCode).toBe(1);
  });
});

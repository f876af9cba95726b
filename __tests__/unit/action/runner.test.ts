/** The runner protocol: what the action writes must read back as the runner reads it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import * as runner from '../../../src/action/runner.js';
import { parseCommandFile } from '../../helpers/run-action.js';
import { captureRunnerIo } from '../../helpers/runner-io.js';

const io = captureRunnerIo();
const stdout = io.stdout;
const dir = (): string => io.dir();

describe('workflow commands', () => {
  it('keep a message with %, CR and LF on one command line', () => {
    runner.error('100% sure\r\nnext line');
    expect(stdout.join('')).toBe('::error::100%25 sure%0D%0Anext line\n');
  });

  it('fail the step: an error annotation and exit code 1', () => {
    runner.fail('it broke');
    expect(stdout.join('')).toBe('::error::it broke\n');
    expect(process.exitCode).toBe(1);
  });

  it('mask non-blank values only', () => {
    runner.mask('   ');
    runner.mask('s3cret\nline');
    expect(stdout.join('')).toBe('::add-mask::s3cret%0Aline\n');
  });

  it('close a group even when its body throws', async () => {
    await expect(
      runner.group('deploy', async () => {
        throw new Error('x');
      }),
    ).rejects.toThrow('x');
    expect(stdout.join('')).toBe('::group::deploy\n::endgroup::\n');
  });
});

describe('inputs and state', () => {
  it('read INPUT_<NAME> trimmed (spaces as _), and STATE_<key> as saved', () => {
    Object.assign(process.env, { 'INPUT_STACK-NAME': '  orders \n', INPUT_A_B: 'x', STATE_isPost: 'true' });
    expect(runner.getInput('stack-name')).toBe('orders');
    expect(runner.getInput('a b')).toBe('x');
    expect(runner.getInput('missing')).toBe('');
    expect(runner.getState('isPost')).toBe('true');
    expect(runner.getState('run')).toBe('');
  });
});

describe('file commands', () => {
  it('write outputs and state that read back as written, multi-line values included', () => {
    runner.setOutput('reason', 'line one\nline two');
    runner.setOutput('verdict', 'pass');
    runner.saveState('run', '{"a":1}');
    expect(parseCommandFile(readFileSync(join(dir(), 'output'), 'utf8'))).toEqual({
      reason: 'line one\nline two',
      verdict: 'pass',
    });
    expect(parseCommandFile(readFileSync(join(dir(), 'state'), 'utf8'))).toEqual({ run: '{"a":1}' });
  });

  it('refuse to write without the runner file, rather than print to the log', () => {
    delete process.env['GITHUB_OUTPUT'];
    delete process.env['GITHUB_STATE'];
    expect(() => runner.setOutput('verdict', 'pass')).toThrow('GITHUB_OUTPUT is not set');
    expect(() => runner.saveState('run', '1')).toThrow('GITHUB_STATE is not set');
    expect(stdout.join('')).toBe('');
  });

  it('append to the job summary, or skip it off a runner', async () => {
    await runner.appendSummary('## one');
    await runner.appendSummary('## two');
    expect(readFileSync(join(dir(), 'summary'), 'utf8')).toBe('## one\n## two\n');
    delete process.env['GITHUB_STEP_SUMMARY'];
    await runner.appendSummary('## three');
    expect(stdout.join('')).toContain('::debug::GITHUB_STEP_SUMMARY is not set');
  });
});

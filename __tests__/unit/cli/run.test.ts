import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { runCli } from '../../../src/cli/run.js';
import { clientsConstructed } from '../../../src/aws/clients.js';
import { VERSION } from '../../../src/version.js';

describe('runCli', () => {
  let stdout: string;
  let stderr: string;
  beforeEach(() => {
    stdout = '';
    stderr = '';
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout += String(chunk);
      return true;
    });
    jest.spyOn(console, 'log').mockImplementation((m: unknown) => {
      stdout += `${String(m)}\n`;
    });
    jest.spyOn(console, 'error').mockImplementation((m: unknown) => {
      stderr += `${String(m)}\n`;
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('exits 2 with the named-input message on a bad input, building no AWS client', async () => {
    const before = clientsConstructed();
    const code = await runCli(['--functions', 'F', '--max-error-rate', '120%'], {});
    expect(code).toBe(2);
    expect(stderr).toMatch(/^stack-canary: Invalid input max-error-rate: "120%"/);
    expect(clientsConstructed()).toBe(before);
  });

  it('exits 2 naming a bad STACK_CANARY_RUN_ATTEMPT, building no AWS client', async () => {
    const before = clientsConstructed();
    const env = { STACK_CANARY_RUN_ID: 'deploy-7', STACK_CANARY_RUN_ATTEMPT: 'again' };
    const code = await runCli(['--functions', 'F', '--region', 'eu-west-1'], env);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'stack-canary: Environment variable STACK_CANARY_RUN_ATTEMPT is "again". Accepted: a whole number from 1, such as 1 or 2.',
    );
    expect(clientsConstructed()).toBe(before);
  });

  it('exits 2 on an unknown flag', async () => {
    expect(await runCli(['--stack-nmae', 'x'], {})).toBe(2);
    expect(stderr).toContain('--stack-nmae');
  });

  it('prints help and the version with exit 0', async () => {
    expect(await runCli(['--help'], {})).toBe(0);
    expect(stdout).toContain('--max-error-rate');
    expect(await runCli(['--version'], {})).toBe(0);
    expect(stdout).toContain(VERSION);
  });
});

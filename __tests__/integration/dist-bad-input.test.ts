/**
 * The bundled entry points, started as the runner (or a shell) starts them, reject a bad input
 * with the named-input message before anything touches AWS: a listener standing in for the AWS
 * endpoint sees no connection. The action still writes `verdict` error and a summary; planted
 * secrets reach none of the channels.
 */
import { describe, expect, it } from '@jest/globals';
import { awsListener } from '../helpers/aws-listener.js';
import { ACTION_ENTRY, CLI_ENTRY, channels, leaks, runEntry } from '../helpers/run-action.js';

const aws = awsListener();

const awsEnv = (): Record<string, string> => ({
  AWS_ENDPOINT_URL: aws.endpoint,
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'x',
  AWS_SECRET_ACCESS_KEY: 'y',
});

describe('the action bundle with a bad input', () => {
  it.each([
    ['max-error-rate', 'abc'],
    ['strategy', 'canary 10%'],
    ['rollback', 'everything'],
    ['regions', 'us-east-1 || eu-west-1'],
    ['wave-bake', '5 minutes'],
  ])('%s=%s fails the step with one line naming the input, and no AWS connection', async (input, value) => {
    const run = await runEntry(ACTION_ENTRY, {
      inputs: { 'stack-name': 'orders', alias: 'live', functions: 'OrdersFunction', [input]: value },
      env: awsEnv(),
    });
    expect(run.code).toBe(1);
    const errors = channels(run)
      .annotations.split('\n')
      .filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0] ?? '').toContain(`input ${input}`);
    expect(errors[0] ?? '').toContain(`"${value}"`);
    expect(aws.connections).toBe(0);
    // A failed step still says what happened: verdict error, the reason, and no alias touched.
    expect(run.outputs).toMatchObject({ verdict: 'error', 'rolled-back': 'false' });
    expect(run.outputs['reason']).toContain(`input ${input}`);
    expect(run.summary).toContain('stack-canary: error');
    expect(run.summary).toContain('No alias was changed');
  });
});

describe('planted secrets in a rejected run', () => {
  const token = 'ghp_PlantedToken0123456789abcdefXYZ';
  const password = 'Hunter2-planted-password';
  const keyLines = ['MIIEplantedKeyLineOne0123', 'plantedKeyLineTwo4567=='];
  const secrets = [token, password, ...keyLines];
  // An entry without "=" (the text of which a message would quote), after a multi-line value.
  const overrides = `DbPassword: ${password}\nPrivateKey=${keyLines[0]}\n${keyLines[1]}`;

  it('the action masks each before logging and shows none in any channel', async () => {
    const run = await runEntry(ACTION_ENTRY, {
      inputs: {
        'stack-name': 'orders',
        functions: 'OrdersFunction',
        'github-token': token,
        'parameter-overrides': overrides,
      },
      env: awsEnv(),
    });
    expect(run.code).toBe(1);
    expect(run.outputs['verdict']).toBe('error');
    expect(leaks(run, secrets)).toEqual([]);
    // Each one was registered with the runner's masker before the first annotation.
    const firstAnnotation = run.stdout.indexOf('::error::');
    for (const secret of secrets) {
      const masked = run.stdout.indexOf(`::add-mask::${secret}`);
      expect(masked).toBeGreaterThanOrEqual(0);
      expect(masked).toBeLessThan(firstAnnotation);
    }
    expect(aws.connections).toBe(0);
  });

  it('the CLI redacts them from stdout and stderr', async () => {
    const run = await runEntry(CLI_ENTRY, {
      args: ['--stack-name', 'orders', '--functions', 'OrdersFunction', '--parameter-overrides', overrides],
      env: { ...awsEnv(), STACK_CANARY_GITHUB_TOKEN: token },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('parameter-overrides');
    expect(leaks(run, secrets)).toEqual([]);
    expect(aws.connections).toBe(0);
  });
});

/**
 * The GitLab CI/CD component (integrations/gitlab/templates/stack-canary.yml): every input of
 * action.yml is a `spec: inputs:` entry of the same name and default, mapped to the CLI's
 * STACK_CANARY_* variable; the job's ID token (aud sts.amazonaws.com) reaches the AWS SDK as a web
 * identity; and the job passes only when the CLI says pass or skipped. The script is run in bash,
 * inputs interpolated as GitLab does, with a stand-in `npx`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseAllDocuments } from 'yaml';
import { envName } from '../../../src/cli/args.js';
import type { InputName } from '../../../src/config/inputs.js';
import { actionInputs, EXIT_CASES, PLUGINS, runWithStubCli, sampleValue } from '../../helpers/ci-plugins.js';

const DIR = join(PLUGINS, 'gitlab');

interface SpecInput {
  default?: unknown;
  type?: string;
  description?: string;
}
interface Job {
  id_tokens: Record<string, { aud: string }>;
  variables: Record<string, string>;
  script: string[];
  artifacts: { when: string; paths: string[] };
}

function component(): { inputs: Record<string, SpecInput>; job: Job } {
  const [spec, jobs] = parseAllDocuments(
    readFileSync(join(DIR, 'templates', 'stack-canary.yml'), 'utf8'),
  ).map((doc) => doc.toJS() as unknown);
  const inputs = (spec as { spec: { inputs: Record<string, SpecInput> } }).spec.inputs;
  const job = (jobs as Record<string, Job>)['stack-canary'];
  if (!job) throw new Error('the component defines no stack-canary job');
  return { inputs, job };
}

/** `$[[ inputs.name ]]` replaced by the given values (or the defaults), as GitLab interpolates. */
function interpolate<T>(value: T, given: Record<string, string>, inputs: Record<string, SpecInput>): T {
  const text = JSON.stringify(value).replace(/\$\[\[ inputs\.([a-z0-9-]+) \]\]/g, (_, name: string) => {
    const spec = inputs[name];
    if (!spec) throw new Error(`$[[ inputs.${name} ]] names no input`);
    return JSON.stringify(given[name] ?? String(spec.default ?? '')).slice(1, -1);
  });
  return JSON.parse(text) as T;
}

describe('the GitLab CI/CD component', () => {
  const { inputs, job } = component();

  it.each(actionInputs())(
    'takes the input $name with the default of action.yml and hands it to STACK_CANARY_*',
    (input) => {
      const name = input.name;
      expect(inputs[name]).toBeDefined();
      expect(String(inputs[name]?.default ?? '')).toBe(input.default);
      expect(inputs[name]?.description).toBeTruthy();
      expect(job.variables[envName(name as InputName)]).toBe(`$[[ inputs.${name} ]]`);
    },
  );

  it('asks GitLab for an ID token for AWS STS and makes it the SDK web identity for aws-role-arn', () => {
    const tokens = Object.entries(job.id_tokens);
    expect(tokens).toHaveLength(1);
    const [tokenVariable, token] = tokens[0] ?? ['', { aud: '' }];
    expect(token.aud).toBe('sts.amazonaws.com');

    const given = Object.fromEntries(actionInputs().map((input) => [input.name, sampleValue(input)]));
    const ready = interpolate(
      job,
      { ...given, 'aws-role-arn': 'arn:aws:iam::123456789012:role/deployer' },
      inputs,
    );
    const run = runWithStubCli(
      ready.script.join('\n'),
      { ...ready.variables, [tokenVariable]: 'eyJ.signed.token', CI_PROJECT_ID: '7', CI_JOB_ID: '42' },
      0,
    );
    expect(run.status).toBe(0);
    expect(run.webIdentityToken).toBe('eyJ.signed.token');
    expect(run.env).toMatchObject({
      AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/deployer',
      AWS_ROLE_SESSION_NAME: 'gitlab-7-42',
    });
    // Every input arrives in its own variable, the package is the pinned CLI, the report is kept.
    for (const input of actionInputs())
      expect(run.env[envName(input.name as InputName)]).toBe(sampleValue(input));
    expect(run.args).toEqual([
      '--yes',
      `stack-canary@${String(inputs['cli-version']?.default)}`,
      '--report-file',
      String(inputs['report-file']?.default),
    ]);
    expect(ready.artifacts).toEqual({ when: 'always', paths: [String(inputs['report-file']?.default)] });
  });

  it('uses the credentials the job already has when aws-role-arn is empty', () => {
    const ready = interpolate(job, {}, inputs);
    const run = runWithStubCli(ready.script.join('\n'), { ...ready.variables, AWS_ROLE_ARN: '' }, 0);
    expect(run.status).toBe(0);
    expect(run.env['AWS_WEB_IDENTITY_TOKEN_FILE']).toBeUndefined();
  });

  it.each(EXIT_CASES)('maps the CLI exit code $code ($meaning) to the job result', (exit) => {
    const code = exit.code;
    const ready = interpolate(job, {}, inputs);
    const run = runWithStubCli(ready.script.join('\n'), ready.variables, exit.code);
    expect(run.status === 0).toBe(exit.passes);
    expect(run.status).toBe(code);
  });

  it('has a README and a complete example that uses only inputs the component declares', () => {
    expect(readFileSync(join(DIR, 'README.md'), 'utf8')).toContain('id_tokens');
    const example = join(DIR, 'examples', '.gitlab-ci.yml');
    expect(existsSync(example)).toBe(true);
    const [pipeline] = parseAllDocuments(readFileSync(example, 'utf8')).map((doc) => doc.toJS() as unknown);
    const include = (pipeline as { include: { inputs: Record<string, unknown> }[] }).include;
    const used = Object.keys(include[0]?.inputs ?? {});
    expect(used.length).toBeGreaterThan(3);
    for (const name of used) expect(Object.keys(inputs)).toContain(name);
  });
});

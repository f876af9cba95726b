/**
 * The GitLab CI/CD component project (integrations/gitlab): in templates/stack-canary.yml every
 * input of action.yml is a `spec: inputs:` entry of the same name and default (typed boolean or
 * number, with options for fixed words and a regex where one pattern is the rule), mapped to the
 * CLI's STACK_CANARY_* variable; the job is named by an input; its resource group names the stack
 * whichever of name and stack-name is given; the job's ID token (aud sts.amazonaws.com) reaches
 * the AWS SDK as a web identity, with the job's timeout as the credentials' lifetime; and the job
 * passes only when the CLI says pass or skipped. The script is run in bash, inputs interpolated
 * as GitLab does, with a stand-in `npx`. The project's own pipeline tests the component twice
 * and releases it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseAllDocuments } from 'yaml';
import { envName } from '../../../src/cli/args.js';
import { choicesOf } from '../../../src/config/input-spec.js';
import { inputSpec } from '../../../src/config/inputs.js';
import type { InputName } from '../../../src/config/inputs.js';
import { actionInputs, EXIT_CASES, PLUGINS, runWithStubCli, sampleValue } from '../../helpers/ci-plugins.js';

const DIR = join(PLUGINS, 'gitlab');

interface SpecInput {
  default?: unknown;
  type?: string;
  description?: string;
  options?: unknown[];
  regex?: string;
}
interface Job {
  resource_group: string;
  id_tokens: Record<string, { aud: string }>;
  variables: Record<string, string>;
  script: string[];
  artifacts: { when: string; paths: string[] };
}

/** The job's name is the job-name input. */
const JOB_KEY = '$[[ inputs.job-name ]]';

function component(): { inputs: Record<string, SpecInput>; job: Job } {
  const [spec, jobs] = parseAllDocuments(
    readFileSync(join(DIR, 'templates', 'stack-canary.yml'), 'utf8'),
  ).map((doc) => doc.toJS() as unknown);
  const inputs = (spec as { spec: { inputs: Record<string, SpecInput> } }).spec.inputs;
  const job = (jobs as Record<string, Job>)[JOB_KEY];
  if (!job) throw new Error(`the component defines no ${JOB_KEY} job`);
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
      const choices = choicesOf(inputSpec(name as InputName));
      if (choices) {
        expect(inputs[name]?.options).toEqual(input.default === '' ? ['', ...choices] : choices);
      } else expect(inputs[name]?.options).toBeUndefined();
      if (['true', 'false'].includes(input.default)) expect(inputs[name]?.type).toBe('boolean');
      else if (/^\d+$/.test(input.default)) {
        expect(inputs[name]).toMatchObject({ type: 'number', default: Number(input.default) });
      } else expect(inputs[name]?.type).toBeUndefined();
    },
  );

  /** Values each input's parser takes or refuses: a regex must agree with the parser on each. */
  const PROBES = [
    '',
    'orders-api',
    'Orders2',
    '1orders',
    'orders api',
    'a'.repeat(128),
    'a'.repeat(129),
    'eu-west-1',
    'us-gov-west-1',
    'EU-WEST-1',
    'eu-west',
    'arn:aws:iam::123456789012:role/deployer',
    'arn:aws:iam::123456789012:role/path/to/deployer',
    'arn:aws-cn:iam::123456789012:role/deployer',
    'arn:aws:iam::1234:role/deployer',
    'arn:aws:iam::123456789012:user/someone',
  ];
  const patterned = Object.entries(inputs).filter(([, spec]) => spec.regex !== undefined);

  it.each(patterned.map(([name]) => name))('checks %s with a regex that agrees with its parser', (name) => {
    const regex = new RegExp(inputs[name]?.regex ?? '');
    const parserName = name === 'aws-role-arn' ? 'role-arn' : name;
    const known = actionInputs().some((input) => input.name === parserName);
    for (const probe of PROBES) {
      if (!known) continue;
      const parse = inputSpec(parserName as InputName).parse;
      let accepted = true;
      try {
        if (typeof parse === 'function') parse(probe, { files: undefined as never });
        else accepted = parse.safeParse(probe).success;
      } catch {
        accepted = false;
      }
      expect({ probe, matches: regex.test(probe) }).toEqual({ probe, matches: accepted });
    }
    expect(regex.test(String(inputs[name]?.default ?? ''))).toBe(true);
  });

  it('names the job by an input, so that two inclusions make two jobs', () => {
    expect(inputs['job-name']).toMatchObject({ default: 'stack-canary' });
    const first = interpolate({ [JOB_KEY]: job }, { 'job-name': 'orders-canary' }, inputs);
    const second = interpolate({ [JOB_KEY]: job }, { 'job-name': 'payments-canary' }, inputs);
    expect(Object.keys({ ...first, ...second })).toEqual(['orders-canary', 'payments-canary']);
  });

  it.each([
    ['stack-name', { 'stack-name': 'orders-api' }],
    ['name', { name: 'orders-api' }],
  ])('keeps one deploy at a time per stack when the stack is given as %s', (_how, given) => {
    expect(interpolate(job, given, inputs).resource_group).toBe('stack-canary-orders-api');
  });

  it("tells the CLI the job's timeout as the lifetime of its ID token, unless credentials-lifetime is given", () => {
    const role = { 'aws-role-arn': 'arn:aws:iam::123456789012:role/deployer' };
    const env = { GITLAB_OIDC_TOKEN: 'eyJ.signed.token', CI_JOB_TIMEOUT: '3600' };
    const ready = interpolate(job, role, inputs);
    const run = runWithStubCli(ready.script.join('\n'), { ...ready.variables, ...env }, 0);
    expect(run.env['STACK_CANARY_CREDENTIALS_LIFETIME']).toBe("3600s from the job's timeout");
    const given = interpolate(job, { ...role, 'credentials-lifetime': '2h' }, inputs);
    const told = runWithStubCli(given.script.join('\n'), { ...given.variables, ...env }, 0);
    expect(told.env['STACK_CANARY_CREDENTIALS_LIFETIME']).toBe('2h');
  });

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

  it('is a component project: its pipeline runs the component twice on the emulator and releases on a version tag', () => {
    const pipeline = parseAllDocuments(readFileSync(join(DIR, '.gitlab-ci.yml'), 'utf8'))[0]?.toJS() as {
      include: { component: string; inputs: Record<string, unknown> }[];
      [job: string]: unknown;
    };
    expect(pipeline.include).toHaveLength(2);
    const names = pipeline.include.map((i) => i.inputs['job-name']);
    expect(new Set(names).size).toBe(2);
    for (const include of pipeline.include) {
      expect(include.component).toBe('$CI_SERVER_FQDN/$CI_PROJECT_PATH/stack-canary@$CI_COMMIT_SHA');
      for (const name of Object.keys(include.inputs)) expect(Object.keys(inputs)).toContain(name);
      expect(existsSync(join(DIR, String(include.inputs['template'])))).toBe(true);
      expect(pipeline[String(include.inputs['job-name'])]).toEqual({ extends: '.on-emulator' });
    }
    expect(pipeline['.on-emulator']).toMatchObject({
      services: [{ name: expect.stringMatching(/^motoserver\/moto:/), alias: 'moto' }],
      variables: { AWS_ENDPOINT_URL: 'http://moto:5000' },
    });
    expect(pipeline['release']).toMatchObject({
      stage: 'release',
      release: { tag_name: '$CI_COMMIT_TAG' },
    });
    expect(readFileSync(join(DIR, 'README.md'), 'utf8')).toMatch(/CI\/CD catalog/);
  });
});

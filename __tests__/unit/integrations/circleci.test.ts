/**
 * The CircleCI orb (integrations/circleci/src, the orb-tools layout): every input of action.yml is
 * a parameter of the same name and default in the deploy-canary command and the canary job (an
 * enum where the input takes fixed words, an integer where it takes whole numbers), the job
 * passes each to the command, and the command hands each to the CLI as STACK_CANARY_*; AWS
 * credentials come from the AWS CLI orb's OIDC setup, for session-duration seconds, which the CLI
 * is told; the packed orb is what `circleci orb pack` makes; and the step passes only when the CLI
 * says pass or skipped (its script is run in bash with a stand-in `npx`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { envName } from '../../../src/cli/args.js';
import { choicesOf } from '../../../src/config/input-spec.js';
import { inputSpec } from '../../../src/config/inputs.js';
import type { InputName } from '../../../src/config/inputs.js';
import { packOrb } from '../../../integrations/circleci/pack.mjs';
import { actionInputs, EXIT_CASES, PLUGINS, runWithStubCli, sampleValue } from '../../helpers/ci-plugins.js';

const SRC = join(PLUGINS, 'circleci', 'src');
const read = (path: string): unknown => parse(readFileSync(join(SRC, path), 'utf8'));

interface Parameter {
  type: string;
  enum?: string[];
  default?: unknown;
  description?: string;
}
type Step = Record<string, Record<string, unknown>> | string;
interface Element {
  description: string;
  parameters: Record<string, Parameter>;
  steps: Step[];
}

const command = read('commands/deploy-canary.yml') as Element;
const job = read('jobs/canary.yml') as Element & { executor: { name: string } };

/** The step of that name (`run`, `aws-cli/setup`, ...) and its arguments. */
function step(element: Element, name: string): Record<string, unknown> {
  const found = element.steps.find((s) => typeof s === 'object' && name in s);
  if (typeof found !== 'object') throw new Error(`no ${name} step`);
  return found[name] ?? {};
}

/** `<< parameters.name >>` replaced, as CircleCI does when it compiles the config. */
function substitute(text: string, values: Record<string, string>): string {
  return text.replace(/<< ?parameters\.([a-z0-9_-]+) ?>>/g, (_, name: string) => {
    const parameter = command.parameters[name];
    if (!parameter) throw new Error(`<< parameters.${name} >> names no parameter`);
    return values[name] ?? String(parameter.default ?? '');
  });
}

/** The run step's script with its environment, parameters substituted. */
function runStep(values: Record<string, string>): { script: string; env: Record<string, string> } {
  const run = step(command, 'run') as { command: string; environment: Record<string, string> };
  const include = /^<<include\((.+)\)>>$/.exec(run.command.trim());
  if (!include?.[1]) throw new Error('the run step does not include its script');
  const env = Object.fromEntries(
    Object.entries(run.environment).map(([name, value]) => [name, substitute(String(value), values)]),
  );
  return { script: readFileSync(join(SRC, include[1]), 'utf8'), env };
}

describe('the CircleCI orb', () => {
  it.each(actionInputs())(
    'takes the input $name in the job and the command, with the default of action.yml',
    (input) => {
      const name = input.name;
      for (const element of [command, job]) {
        const parameter = element.parameters[name];
        expect(parameter).toBeDefined();
        expect(String(parameter?.default ?? '')).toBe(input.default);
        const choices = choicesOf(inputSpec(name as InputName));
        const type = ['true', 'false'].includes(input.default)
          ? 'boolean'
          : /^\d+$/.test(input.default)
            ? 'integer'
            : choices
              ? 'enum'
              : 'string';
        expect(parameter?.type).toBe(type);
        if (choices) expect(parameter?.enum).toEqual(input.default === '' ? ['', ...choices] : choices);
        if (choices) expect(parameter?.enum).toContain(input.default);
        expect(parameter?.description).toBeTruthy();
      }
      expect(step(job, 'deploy-canary')[name]).toBe(`<< parameters.${name} >>`);
      const run = step(command, 'run') as { environment: Record<string, string> };
      expect(run.environment[envName(name as InputName)]).toBe(`<< parameters.${name} >>`);
    },
  );

  it('gets AWS credentials through the AWS CLI orb setup with the OIDC role', () => {
    const orb = read('@orb.yml') as { version: number; orbs: Record<string, string>; description: string };
    expect(orb.version).toBe(2.1);
    expect(orb.orbs['aws-cli']).toMatch(/^circleci\/aws-cli@\d/);
    expect(command.steps[0]).toHaveProperty(['aws-cli/setup', 'role_arn'], '<< parameters.aws-role-arn >>');
    expect(step(job, 'deploy-canary')['aws-role-arn']).toBe('<< parameters.aws-role-arn >>');
    // The credentials' lifetime is a parameter (the AWS CLI orb's 3600 s by default), passed on, of
    // the orb's own type: its session_duration is a string, and CircleCI refuses an integer there.
    expect(command.steps[0]).toHaveProperty(
      ['aws-cli/setup', 'session_duration'],
      '<< parameters.session-duration >>',
    );
    for (const element of [command, job]) {
      expect(element.parameters['session-duration']).toMatchObject({ type: 'string', default: '3600' });
    }
    expect(step(job, 'deploy-canary')['session-duration']).toBe('<< parameters.session-duration >>');
    expect(job.executor.name).toBe('default');
    expect(read('executors/default.yml')).toHaveProperty('docker.0.image', 'cimg/node:<< parameters.tag >>');
  });

  it('hands every input to the CLI in its own variable', () => {
    const values = Object.fromEntries(actionInputs().map((input) => [input.name, sampleValue(input)]));
    const { script, env } = runStep(values);
    const run = runWithStubCli(script, env, 0);
    expect(run.status).toBe(0);
    for (const input of actionInputs())
      expect(run.env[envName(input.name as InputName)]).toBe(sampleValue(input));
    expect(run.args).toEqual(['--yes', 'stack-canary@0.1', '--report-file', 'stack-canary-report.json']);
    expect(step(command, 'store_artifacts')['path']).toBe('<< parameters.report-file >>');
  });

  it("tells the CLI the credentials' lifetime, session-duration, unless credentials-lifetime is given", () => {
    const defaulted = runStep({ 'session-duration': '5400' });
    const run = runWithStubCli(defaulted.script, defaulted.env, 0);
    expect(run.env['STACK_CANARY_CREDENTIALS_LIFETIME']).toBe('5400s from session-duration');
    const given = runStep({ 'credentials-lifetime': '2h' });
    expect(runWithStubCli(given.script, given.env, 0).env['STACK_CANARY_CREDENTIALS_LIFETIME']).toBe('2h');
  });

  it('names one OIDC token variable everywhere: $CIRCLE_OIDC_TOKEN_V2, the one the AWS CLI orb reads', () => {
    const texts = [
      readFileSync(join(PLUGINS, 'circleci', 'README.md'), 'utf8'),
      command.description,
      job.description,
      readFileSync(join(SRC, '@orb.yml'), 'utf8'),
    ].join('\n');
    expect(texts).toContain('$CIRCLE_OIDC_TOKEN_V2');
    expect(texts).not.toMatch(/CIRCLE_OIDC_TOKEN(?!_V2)/);
  });

  it('packs as `circleci orb pack` does: @orb.yml at the root, each folder by file name, includes inlined', () => {
    const packed = packOrb() as {
      version: number;
      commands: Record<string, Element>;
      jobs: Record<string, Element>;
      executors: Record<string, unknown>;
      examples: Record<string, unknown>;
    };
    expect(packed.version).toBe(2.1);
    expect(Object.keys(packed.commands)).toEqual(['deploy-canary']);
    expect(Object.keys(packed.jobs)).toEqual(['canary']);
    expect(Object.keys(packed.executors)).toEqual(['default']);
    expect(Object.keys(packed.examples)).toEqual(['canary']);
    const run = packed.commands['deploy-canary']?.steps.find((s) => typeof s === 'object' && 'run' in s);
    expect(typeof run === 'object' ? run['run']?.['command'] : undefined).toBe(
      readFileSync(join(SRC, 'scripts', 'run-stack-canary.sh'), 'utf8'),
    );
  });

  it.each(EXIT_CASES)('maps the CLI exit code $code ($meaning) to the step result', (exit) => {
    const code = exit.code;
    const { script, env } = runStep({});
    const run = runWithStubCli(script, env, exit.code);
    expect(run.status === 0).toBe(exit.passes);
    expect(run.status).toBe(code);
  });

  it('has a README and a complete example that uses the job with a context and known parameters', () => {
    expect(readFileSync(join(PLUGINS, 'circleci', 'README.md'), 'utf8')).toContain('aws-cli/setup');
    const example = read('examples/canary.yml') as {
      description: string;
      usage: {
        orbs: Record<string, string>;
        workflows: Record<string, { jobs: Record<string, Record<string, unknown>>[] }>;
      };
    };
    expect(example.description).toBeTruthy();
    const jobs = Object.values(example.usage.workflows).flatMap((w) => w.jobs);
    const invocation = jobs.find((j) => 'stack-canary/canary' in j)?.['stack-canary/canary'] ?? {};
    expect(invocation['context']).toBeTruthy();
    const workflowKeys = ['context', 'filters', 'requires', 'name'];
    for (const key of Object.keys(invocation).filter((k) => !workflowKeys.includes(k))) {
      expect(Object.keys(job.parameters)).toContain(key);
    }
  });
});

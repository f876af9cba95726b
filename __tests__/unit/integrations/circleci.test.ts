/**
 * The CircleCI orb (integrations/circleci/src, the orb-tools layout): every input of action.yml is
 * a parameter of the same name and default in the deploy command and the canary job, the job
 * passes each to the command, and the command hands each to the CLI as STACK_CANARY_*; AWS
 * credentials come from the AWS CLI orb's OIDC setup; and the step passes only when the CLI says
 * pass or skipped (its script is run in bash with a stand-in `npx`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { envName } from '../../../src/cli/args.js';
import type { InputName } from '../../../src/config/inputs.js';
import { actionInputs, EXIT_CASES, PLUGINS, runWithStubCli, sampleValue } from '../../helpers/ci-plugins.js';

const SRC = join(PLUGINS, 'circleci', 'src');
const read = (path: string): unknown => parse(readFileSync(join(SRC, path), 'utf8'));

interface Parameter {
  type: string;
  default?: unknown;
  description?: string;
}
type Step = Record<string, Record<string, unknown>> | string;
interface Element {
  description: string;
  parameters: Record<string, Parameter>;
  steps: Step[];
}

const command = read('commands/deploy.yml') as Element;
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
        expect(parameter?.type).toBe(['true', 'false'].includes(input.default) ? 'boolean' : 'string');
        expect(parameter?.description).toBeTruthy();
      }
      expect(step(job, 'deploy')[name]).toBe(`<< parameters.${name} >>`);
      const run = step(command, 'run') as { environment: Record<string, string> };
      expect(run.environment[envName(name as InputName)]).toBe(`<< parameters.${name} >>`);
    },
  );

  it('gets AWS credentials through the AWS CLI orb setup with the OIDC role', () => {
    const orb = read('@orb.yml') as { version: number; orbs: Record<string, string>; description: string };
    expect(orb.version).toBe(2.1);
    expect(orb.orbs['aws-cli']).toMatch(/^circleci\/aws-cli@\d/);
    expect(command.steps[0]).toHaveProperty(['aws-cli/setup', 'role_arn'], '<< parameters.aws-role-arn >>');
    expect(step(job, 'deploy')['aws-role-arn']).toBe('<< parameters.aws-role-arn >>');
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

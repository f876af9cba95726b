/**
 * Drop-in for aws-actions/aws-cloudformation-github-deploy: a step written for that action (its
 * input names, its value forms, v1's and v2's) means the same run here as the same step written
 * with stack-canary's own names.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { parseConfig } from '../../../src/config/parse.js';
import type { Config } from '../../../src/config/types.js';
import type { InputName } from '../../../src/config/inputs.js';
import { configErrorOf, fixtureDir, inputs } from '../../helpers/config.js';

let fixture: ReturnType<typeof fixtureDir>;
beforeAll(() => {
  fixture = fixtureDir({
    'stack.yaml': 'Parameters: { Env: { Type: String }, Subnets: { Type: String } }\nResources: {}\n',
    'params.json': JSON.stringify([{ ParameterKey: 'Env', ParameterValue: 'prod' }]),
  });
});
afterAll(() => fixture.remove());

const parse = (values: Partial<Record<InputName, string>>): Config =>
  parseConfig(inputs(values), { cwd: fixture.dir });
const faultsOf = (values: Partial<Record<InputName, string>>): string[] =>
  configErrorOf(() => parse(values)).message.split('\n');

describe('the same step through both contracts', () => {
  it.each([
    [
      'v2 booleans',
      { 'no-execute-changeset': 'true', 'no-delete-failed-changeset': 'true', 'disable-rollback': 'true' },
    ],
    [
      'v1 booleans',
      { 'no-execute-changeset': '1', 'no-delete-failed-changeset': '1', 'disable-rollback': '1' },
    ],
  ])('name, template, parameter-overrides, capabilities and change-set inputs (%s)', (_, flags) => {
    // GIVEN the step a user of aws-cloudformation-github-deploy wrote
    const theirs = parse({
      name: 'orders-api',
      template: 'stack.yaml',
      capabilities: 'CAPABILITY_IAM',
      'parameter-overrides': 'Env=prod,Subnets="subnet-1,subnet-2"',
      'change-set-name': 'orders-api-CS',
      ...flags,
    });
    // AND the same step written with stack-canary's own names
    const ours = parse({
      'stack-name': 'orders-api',
      template: 'stack.yaml',
      capabilities: 'CAPABILITY_IAM',
      'parameter-overrides': 'Env=prod\nSubnets="subnet-1,subnet-2"',
      'change-set-name': 'orders-api-CS',
      'no-execute-changeset': 'true',
      'no-delete-failed-changeset': 'true',
      'disable-rollback': 'true',
    });
    // THEN both runs are the same run
    expect(theirs.stackName).toBe('orders-api');
    expect(theirs.parameterOverrides).toEqual([
      { key: 'Env', value: 'prod' },
      { key: 'Subnets', value: 'subnet-1,subnet-2' },
    ]);
    expect(theirs.changeSet).toEqual({
      name: 'orders-api-CS',
      execute: false,
      failOnEmpty: false,
      keepFailed: true,
      disableRollback: true,
    });
    expect(theirs).toEqual(ours);
    expect(theirs.monitoring).toBe(true);
  });

  it("takes that action's JSON parameter file as a file:// URL", () => {
    const url = `file://${join(fixture.dir, 'params.json')}`;
    const config = parse({ name: 'orders-api', template: 'stack.yaml', 'parameter-overrides': url });
    expect(config.parameterOverrides).toEqual([{ key: 'Env', value: 'prod' }]);
  });

  it('accepts name and stack-name together when they agree', () => {
    expect(parse({ name: 'orders-api', 'stack-name': 'orders-api', template: 'stack.yaml' }).stackName).toBe(
      'orders-api',
    );
  });

  it('keeps the defaults of its current release: execute, an empty change set is a no-op, delete failed ones', () => {
    expect(parse({ name: 'orders-api', template: 'stack.yaml' }).changeSet).toEqual({
      name: undefined,
      execute: true,
      failOnEmpty: false,
      keepFailed: false,
      disableRollback: false,
    });
  });

  it.each([
    ['fail-on-empty-changeset: true', { 'fail-on-empty-changeset': 'true' }, true],
    ['v1 no-fail-on-empty-changeset: 0', { 'no-fail-on-empty-changeset': '0' }, true],
    ['v1 no-fail-on-empty-changeset: "1"', { 'no-fail-on-empty-changeset': '1' }, false],
    ['v1 no-fail-on-empty-changeset: true', { 'no-fail-on-empty-changeset': 'TRUE' }, false],
    [
      'fail-on-empty-changeset: true, whatever no-fail-on-empty-changeset says',
      { 'fail-on-empty-changeset': 'true', 'no-fail-on-empty-changeset': 'true' },
      true,
    ],
  ])('%s', (_, values, failOnEmpty) => {
    expect(parse({ name: 'orders-api', template: 'stack.yaml', ...values }).changeSet.failOnEmpty).toBe(
      failOnEmpty,
    );
  });
});

describe('bad drop-in inputs: one line each, naming the input, before any AWS call', () => {
  const STACK = { name: 'orders-api', template: 'stack.yaml' } as const;

  it('refuses name and stack-name that differ', () => {
    expect(faultsOf({ ...STACK, 'stack-name': 'billing' })).toEqual([
      'Invalid input name: "orders-api" (stack-name is billing: name is another word for it). Expected it empty, or billing.',
    ]);
  });

  it('checks name as a stack name', () => {
    expect(faultsOf({ ...STACK, name: '9lives' })).toEqual([
      'Invalid input name: "9lives". Expected a stack name of 1 to 128 letters, digits and hyphens that starts with a letter, such as orders-api.',
    ]);
  });

  it('takes name for the stack-name a template needs', () => {
    expect(parse(STACK).stackName).toBe('orders-api');
    expect(faultsOf({ template: 'stack.yaml' })[0]).toMatch(/^Invalid input stack-name: "" \(required/);
  });

  it('refuses a boolean in another form, and a change set name CloudFormation would refuse', () => {
    expect(faultsOf({ ...STACK, 'no-execute-changeset': 'yes', 'change-set-name': 'orders_api cs' })).toEqual(
      [
        'Invalid input no-execute-changeset: "yes". Expected true or false (or 1 or 0).',
        'Invalid input change-set-name: "orders_api cs". Expected a change set name of 1 to 128 letters, digits and hyphens that starts with a letter, such as orders-api-review.',
      ],
    );
  });

  it('refuses no-execute-changeset with dry-run', () => {
    expect(faultsOf({ ...STACK, 'no-execute-changeset': 'true', 'dry-run': 'true' })).toEqual([
      'Invalid input no-execute-changeset: "true" (dry-run deletes every change set it makes). Expected false when dry-run is true.',
    ]);
  });

  it('refuses the change-set inputs without a template, every one at once', () => {
    const values = {
      functions: 'orders-handler',
      'no-execute-changeset': 'true',
      'fail-on-empty-changeset': '1',
      'disable-rollback': 'true',
      'no-delete-failed-changeset': 'true',
      'change-set-name': 'review',
    };
    const why = '(there is no app stack to deploy without template)';
    expect(faultsOf(values)).toEqual([
      `Invalid input no-execute-changeset: "true" ${why}. Expected false when template is not given.`,
      `Invalid input fail-on-empty-changeset: "true" ${why}. Expected false when template is not given.`,
      `Invalid input disable-rollback: "true" ${why}. Expected false when template is not given.`,
      `Invalid input change-set-name: "review" ${why}. Expected it empty when template is not given.`,
      `Invalid input no-delete-failed-changeset: "true" ${why}. Expected false when template is not given.`,
    ]);
  });
});

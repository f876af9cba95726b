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
      leftForReviewBy: 'no-execute-changeset',
      executeId: undefined,
      includeNestedStacks: false,
      deploymentMode: undefined,
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
    const config = parse({ name: 'orders-api', template: 'stack.yaml' });
    expect(config.changeSet).toEqual({
      name: undefined,
      execute: true,
      leftForReviewBy: 'no-execute-changeset',
      executeId: undefined,
      includeNestedStacks: false,
      deploymentMode: undefined,
      failOnEmpty: false,
      keepFailed: false,
      disableRollback: false,
    });
    expect([config.s3Prefix, config.httpProxy]).toEqual([undefined, undefined]);
  });

  it('mode: create-only leaves the change set for review, as no-execute-changeset does, and says which input did', () => {
    const createOnly = parse({ name: 'orders-api', template: 'stack.yaml', mode: 'create-only' });
    const noExecute = parse({ name: 'orders-api', template: 'stack.yaml', 'no-execute-changeset': 'true' });
    expect(createOnly.changeSet).toEqual({
      ...noExecute.changeSet,
      leftForReviewBy: 'mode: create-only',
    });
    expect(createOnly.changeSet.execute).toBe(false);
  });

  it('mode: execute-only takes the reviewed change set and the stack, without a template', () => {
    const arn =
      'arn:aws:cloudformation:eu-west-1:123456789012:changeSet/orders-api-CS/0f1e2d3c-aaaa-bbbb-cccc-123456789012';
    const config = parse({
      name: 'orders-api',
      mode: 'execute-only',
      'execute-change-set-id': arn,
      rollback: 'stack',
    });
    expect([config.template, config.stackName, config.changeSet.executeId, config.changeSet.execute]).toEqual(
      [undefined, 'orders-api', arn, true],
    );
    expect(config.rollback).toBe('stack');
    expect(
      parse({ name: 'orders-api', mode: 'execute-only', 'execute-change-set-id': 'orders-api-CS' }).changeSet
        .executeId,
    ).toBe('orders-api-CS');
  });

  it('takes include-nested-stacks-change-set (v1 0/1 too), deployment-mode, s3-prefix and http-proxy', () => {
    const config = parse({
      name: 'orders-api',
      template: 'stack.yaml',
      'include-nested-stacks-change-set': '1',
      'deployment-mode': 'REVERT_DRIFT',
      's3-bucket': 'my-templates',
      's3-prefix': 'cfn/orders/',
      'http-proxy': 'http://user:secret@proxy.example.com:3128',
    });
    expect(config.changeSet.includeNestedStacks).toBe(true);
    expect(config.changeSet.deploymentMode).toBe('REVERT_DRIFT');
    expect(config.s3Prefix).toBe('cfn/orders');
    expect(config.httpProxy).toBe('http://user:secret@proxy.example.com:3128');
  });

  it.each([
    ['Team: payments lines', 'Team: payments\nCost Center: 1.0'],
    ['a YAML list of Key/Value items', '- Key: Team\n  Value: payments\n- Key: Cost Center\n  Value: "1.0"'],
    ['Key=Value lines', 'Team=payments\nCost Center=1.0'],
    ['JSON', '{"Team":"payments","Cost Center":"1.0"}'],
  ])('takes tags as %s, the same tags each time (YAML scalars stay text)', (_, tags) => {
    expect(parse({ name: 'orders-api', template: 'stack.yaml', tags }).tags).toEqual([
      { key: 'Team', value: 'payments' },
      { key: 'Cost Center', value: '1.0' },
    ]);
  });

  it('tells a Key=Value tag whose value holds ": " from a YAML line by what comes first', () => {
    expect(parse({ name: 'orders-api', template: 'stack.yaml', tags: 'Note=a: b' }).tags).toEqual([
      { key: 'Note', value: 'a: b' },
    ]);
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

  const ARN =
    'arn:aws:cloudformation:eu-west-1:123456789012:changeSet/orders-api-CS/0f1e2d3c-aaaa-bbbb-cccc-123456789012';

  it('refuses a mode, a deployment-mode, a change set id, an s3-prefix and a proxy it does not know', () => {
    expect(
      faultsOf({
        ...STACK,
        mode: 'deploy',
        'deployment-mode': 'KEEP_DRIFT',
        'execute-change-set-id': '42',
        's3-prefix': '/abs',
        'http-proxy': 'socks5://proxy:1080',
      }),
    ).toEqual([
      'Invalid input mode: "deploy". Expected create-and-execute, create-only or execute-only.',
      'Invalid input execute-change-set-id: "42". Expected the ARN of a change set (the change-set-id output of a create-only run), such as arn:aws:cloudformation:eu-west-1:123456789012:changeSet/orders-api-CS/0f1e2d3c-…, or its name.',
      'Invalid input deployment-mode: "KEEP_DRIFT". Expected REVERT_DRIFT, or empty for a standard change set.',
      'Invalid input s3-prefix: "/abs" (a key prefix does not start with /). Expected a key prefix of at most 512 letters, digits and ! _ . * \' ( ) - in segments separated by /, such as templates/orders-api.',
      'Invalid input http-proxy: (hidden). Expected an http:// or https:// proxy URL with a host, such as http://proxy.example.com:3128.',
    ]);
  });

  it('refuses execute-change-set-id without mode: execute-only (it would be ignored)', () => {
    expect(faultsOf({ ...STACK, 'execute-change-set-id': ARN })).toEqual([
      `Invalid input execute-change-set-id: "${ARN.slice(0, 80)}…" (mode is create-and-execute: only mode execute-only executes a change set made earlier). Expected it empty, or mode: execute-only.`,
    ]);
  });

  it('mode: execute-only needs the change set and the stack, and refuses every input that would shape a new change set', () => {
    expect(faultsOf({ mode: 'execute-only' })).toEqual([
      'Invalid input stack-name: "" (required when mode is execute-only: the stack whose change set is executed). Expected a stack name of 1 to 128 letters, digits and hyphens that starts with a letter, such as orders-api.',
      'Invalid input execute-change-set-id: "" (required when mode is execute-only). Expected the ARN of a change set (the change-set-id output of a create-only run), such as arn:aws:cloudformation:eu-west-1:123456789012:changeSet/orders-api-CS/0f1e2d3c-…, or its name.',
    ]);
    const why = '(mode: execute-only executes the reviewed change set as it is)';
    expect(
      faultsOf({
        ...STACK,
        mode: 'execute-only',
        'execute-change-set-id': ARN,
        'parameter-overrides': 'Env=prod',
        tags: 'Team: payments',
        'change-set-name': 'other',
        'include-nested-stacks-change-set': 'true',
        'deployment-mode': 'REVERT_DRIFT',
        'dry-run': 'true',
      }),
    ).toEqual([
      `Invalid input template: a value is given ${why}. Expected it empty when mode is execute-only.`,
      `Invalid input parameter-overrides: a value is given ${why}. Expected it empty when mode is execute-only.`,
      `Invalid input tags: a value is given ${why}. Expected it empty when mode is execute-only.`,
      `Invalid input dry-run: "true" ${why}. Expected false when mode is execute-only.`,
      `Invalid input change-set-name: "other" ${why}. Expected it empty when mode is execute-only.`,
      `Invalid input include-nested-stacks-change-set: "true" ${why}. Expected false when mode is execute-only.`,
      `Invalid input deployment-mode: "REVERT_DRIFT" ${why}. Expected it empty when mode is execute-only.`,
    ]);
  });

  it('refuses mode: create-only with dry-run or without a template, and s3-prefix without s3-bucket', () => {
    expect(faultsOf({ ...STACK, mode: 'create-only', 'dry-run': 'true', 's3-prefix': 'cfn' })).toEqual([
      'Invalid input mode: "create-only" (dry-run deletes every change set it makes). Expected create-and-execute when dry-run is true.',
      'Invalid input s3-prefix: "cfn" (there is no bucket to put it in without s3-bucket). Expected it empty, or an s3-bucket.',
    ]);
    expect(faultsOf({ functions: 'orders-handler', mode: 'create-only' })).toEqual([
      'Invalid input mode: "create-only" (there is no app stack to deploy without template). Expected create-and-execute when template is not given.',
    ]);
  });
});

/** parseConfig on good input: every accepted form, the defaults, the rules between inputs, freezing. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clientsConstructed } from '../../../src/aws/clients.js';
import { parseConfig } from '../../../src/config/parse.js';
import type { Config } from '../../../src/config/types.js';
import type { InputName } from '../../../src/config/inputs.js';
import { configErrorOf, fixtureDir, inputs } from '../../helpers/config.js';
import { testConfig } from '../../helpers/pipeline-fakes.js';

let fixture: ReturnType<typeof fixtureDir>;
beforeAll(() => {
  fixture = fixtureDir({
    'app.yaml': 'Resources: {}\n',
    'big.yaml': 'x'.repeat(60_000),
    infra: null,
    'infra/app.yaml': 'Resources: {}\n',
    'params.json': JSON.stringify({ Env: 'prod', Port: 8080, Debug: false, Db: '@previous' }),
    'params-array.json': JSON.stringify([
      { ParameterKey: 'Env', ParameterValue: 'prod' },
      { ParameterKey: 'Db', UsePreviousValue: true },
    ]),
    params: JSON.stringify({ Env: 'staging' }),
    'payload.json': '{ "ping": true }\n',
  });
});
afterAll(() => fixture.remove());

const parse = (values: Partial<Record<InputName, string>>): Config =>
  parseConfig(inputs(values), { cwd: fixture.dir });
const canaryOnly = (values: Partial<Record<InputName, string>> = {}): Config =>
  parse({ functions: 'orders-handler', ...values });
const stack = (values: Partial<Record<InputName, string>> = {}): Config =>
  parse({ 'stack-name': 'orders-api', template: 'app.yaml', ...values });

describe('parseConfig: defaults', () => {
  it('turns the smallest input, one function, into the full default config', () => {
    // WHEN only functions is given
    const config = canaryOnly();
    // THEN every other field takes action.yml's default, normalised
    expect(config).toEqual(
      // the test fixture is a hand-written Config; only what differs from it is spelled out here
      testConfig({
        stackName: undefined,
        template: undefined,
        capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND'],
        monitoring: false,
        functions: ['orders-handler'],
        region: undefined,
      }),
    );
  });

  it('reads an empty or blank input as its default, and trims values as core.getInput does', () => {
    const config = canaryOnly({ alias: '   ', interval: '', 'max-error-rate': '  2%\n' });
    expect([config.alias, config.intervalMs, config.thresholds.maxErrorRate]).toEqual(['live', 60_000, 0.02]);
  });
});

describe('parseConfig: extend-hold', () => {
  it.each([
    ['0', 0],
    ['30s', 30_000],
    ['10M', 600_000],
    ['24h', 86_400_000],
  ])('reads %s as %d ms (0: never extends)', (value, ms) => {
    expect(canaryOnly({ 'extend-hold': value }).extendHoldMs).toBe(ms);
  });
});

describe('parseConfig: settle-lag', () => {
  it.each([
    ['auto', undefined],
    ['AUTO', undefined],
    ['0', 0],
    ['10s', 10_000],
    ['20m', 1_200_000],
  ])('reads %s as %s (auto: Lambda’s own lag, from the timeout)', (value, ms) => {
    expect(canaryOnly({ 'settle-lag': value }).settleLagMs).toBe(ms);
  });

  it('refuses a lag beyond 20 minutes, naming the input and the accepted forms', () => {
    const error = configErrorOf(() => canaryOnly({ 'settle-lag': '1h' }));
    expect(error.input).toBe('settle-lag');
    expect(error.message).toContain('auto, or a duration from 0 to 20m');
  });
});

describe('parseConfig: stack inputs', () => {
  it('deploys a stack from a template path taken from cwd, with monitoring on', () => {
    const config = stack();
    expect(config.stackName).toBe('orders-api');
    expect(config.template).toEqual({ kind: 'file', path: join(fixture.dir, 'app.yaml') });
    expect(config.monitoring).toBe(true);
    expect(config.functions).toEqual([]);
  });

  it('takes a nested relative path and an absolute path', () => {
    expect(stack({ template: 'infra/app.yaml' }).template).toEqual({
      kind: 'file',
      path: join(fixture.dir, 'infra', 'app.yaml'),
    });
    const absolute = join(fixture.dir, 'app.yaml');
    expect(parseConfig(inputs({ 'stack-name': 'a', template: absolute }), { cwd: '/' }).template).toEqual({
      kind: 'file',
      path: absolute,
    });
  });

  it('resolves relative paths against process.cwd() when no cwd is given', () => {
    // GIVEN a path that exists relative to the repository root (jest's cwd)
    const config = parseConfig(inputs({ 'stack-name': 'a', template: 'action.yml' }));
    expect(config.template).toEqual({ kind: 'file', path: join(process.cwd(), 'action.yml') });
  });

  it('takes an https template URL as it is', () => {
    const url = 'https://my-templates.s3.eu-west-1.amazonaws.com/app.yaml';
    expect(stack({ template: url }).template).toEqual({ kind: 'url', url });
  });

  it('accepts a template over 51,200 bytes when an s3-bucket is given', () => {
    const config = stack({ template: 'big.yaml', 's3-bucket': 'my-templates.eu' });
    expect(config.s3Bucket).toBe('my-templates.eu');
  });

  it('turns monitoring off when asked, and when there is no stack to put it beside', () => {
    expect(stack({ monitoring: 'false' }).monitoring).toBe(false);
    expect(canaryOnly({ monitoring: 'true' }).monitoring).toBe(false);
    expect(parse({ 'stack-name': 'orders-api' }).monitoring).toBe(true);
  });

  it('allows a long stack name when monitoring is off', () => {
    const name = `a${'b'.repeat(127)}`;
    expect(stack({ 'stack-name': name, monitoring: 'false' }).stackName).toBe(name);
  });

  it('keeps role-arn, notification-email, region, github-token', () => {
    const config = stack({
      'role-arn': 'arn:aws-us-gov:iam::123456789012:role/deploy/cfn-deploy',
      'notification-email': 'team+canary@example.co.uk',
      region: 'us-gov-west-1',
      'github-token': 'ghs_abc123',
    });
    expect([config.roleArn, config.notificationEmail, config.region, config.githubToken]).toEqual([
      'arn:aws-us-gov:iam::123456789012:role/deploy/cfn-deploy',
      'team+canary@example.co.uk',
      'us-gov-west-1',
      'ghs_abc123',
    ]);
  });

  it('reads termination-protection, notification-arns and timeout-in-minutes for the app stack', () => {
    const topic = (name: string): string => `arn:aws:sns:eu-west-1:123456789012:${name}`;
    const config = stack({
      'termination-protection': 'TRUE',
      'notification-arns': `${topic('a')}, ${topic('b_2')}\n${topic('a')}\narn:aws-us-gov:sns:us-gov-west-1:123456789012:c,${topic('d')},${topic('e')}`,
      'timeout-in-minutes': '1440',
    });
    expect(config.terminationProtection).toBe(true);
    // Five topics after the duplicate is dropped: CloudFormation's most.
    expect(config.notificationArns).toEqual([
      topic('a'),
      topic('b_2'),
      'arn:aws-us-gov:sns:us-gov-west-1:123456789012:c',
      topic('d'),
      topic('e'),
    ]);
    expect(config.stackTimeoutMs).toBe(1440 * 60_000);
    expect(stack({ 'timeout-in-minutes': '1' }).stackTimeoutMs).toBe(60_000);
  });

  it('keeps the timeout without a template: it bounds the monitoring stack too', () => {
    expect(parse({ 'stack-name': 'orders-api', 'timeout-in-minutes': '15' }).stackTimeoutMs).toBe(900_000);
  });

  it('reads the monitoring topic, the guard and its Auto Scaling group', () => {
    const topicArn = 'arn:aws:sns:eu-west-1:123456789012:team-alerts';
    const config = stack({
      'notification-topic-arn': topicArn,
      'notification-email': 'team@example.com',
      'guard-rollback': 'false',
      'guard-auto-scaling-group': 'orders/asg-1!',
      'guard-bake': '90m',
    });
    // An e-mail with an existing topic is fine: the address is subscribed to that topic.
    expect([config.notificationTopicArn, config.notificationEmail]).toEqual([topicArn, 'team@example.com']);
    expect(config.guard).toEqual({
      enabled: true,
      rollback: false,
      autoScalingGroupName: 'orders/asg-1!',
      bakeMinutes: 90,
    });
    expect(stack({}).guard.bakeMinutes).toBe(24 * 60);
    expect(stack({ 'guard-bake': '0' }).guard.bakeMinutes).toBe(0);
    expect(stack({ guard: 'False' }).guard.enabled).toBe(false);
  });

  it('leaves guard and guard-rollback unused, not refused, without a monitoring stack', () => {
    // They default to true, so a value given cannot be told from the default.
    const config = canaryOnly({ guard: 'false', 'guard-rollback': 'false' });
    expect([config.monitoring, config.guard.enabled, config.guard.rollback]).toEqual([false, false, false]);
    expect(stack({ guard: 'false', 'guard-rollback': 'false' }).guard.rollback).toBe(false);
  });

  it('keeps deployment-environment when there is a token to record it with', () => {
    const config = canaryOnly({ 'deployment-environment': 'production (eu)', 'github-token': 'ghs_abc' });
    expect(config.deploymentEnvironment).toBe('production (eu)');
  });

  it('normalises capabilities: any case, duplicates dropped', () => {
    expect(
      stack({ capabilities: 'capability_iam,\nCAPABILITY_IAM, Capability_Auto_Expand' }).capabilities,
    ).toEqual(['CAPABILITY_IAM', 'CAPABILITY_AUTO_EXPAND']);
  });

  it('rolls back the stack when there is a template to return to', () => {
    expect(stack({ rollback: 'Stack' }).rollback).toBe('stack');
  });
});

describe('parseConfig: parameter-overrides', () => {
  const overrides = (text: string): Config['parameterOverrides'] =>
    stack({ 'parameter-overrides': text }).parameterOverrides;

  it('reads Key=Value lines and commas, mixed', () => {
    expect(overrides('Env=prod, Size = large\nEmpty=\n\nCount=3')).toEqual([
      { key: 'Env', value: 'prod' },
      { key: 'Size', value: 'large' },
      { key: 'Empty', value: '' },
      { key: 'Count', value: '3' },
    ]);
  });

  it('keeps commas and "=" inside quoted values, double or single quotes', () => {
    expect(overrides(`Subnets="subnet-1,subnet-2", Query='a=b,c', Env=prod`)).toEqual([
      { key: 'Subnets', value: 'subnet-1,subnet-2' },
      { key: 'Query', value: 'a=b,c' },
      { key: 'Env', value: 'prod' },
    ]);
  });

  it('keeps an "=" in an unquoted value', () => {
    expect(overrides('Token=abc==')).toEqual([{ key: 'Token', value: 'abc==' }]);
  });

  it('reads Key=@previous as "keep the deployed value", but "@previous" in quotes as text', () => {
    expect(overrides('Db=@previous, Note="@previous"')).toEqual([
      { key: 'Db', usePreviousValue: true },
      { key: 'Note', value: '@previous' },
    ]);
  });

  it('reads a JSON object file, numbers and booleans as text, "@previous" as keep', () => {
    expect(overrides('params.json')).toEqual([
      { key: 'Env', value: 'prod' },
      { key: 'Port', value: '8080' },
      { key: 'Debug', value: 'false' },
      { key: 'Db', usePreviousValue: true },
    ]);
  });

  it('reads the CloudFormation array form with UsePreviousValue, also as file://', () => {
    const expected = [
      { key: 'Env', value: 'prod' },
      { key: 'Db', usePreviousValue: true },
    ];
    expect(overrides('params-array.json')).toEqual(expected);
    expect(overrides(`file://${join(fixture.dir, 'params-array.json')}`)).toEqual(expected);
  });

  it('reads an existing file without a .json extension, and inline JSON', () => {
    expect(overrides('params')).toEqual([{ key: 'Env', value: 'staging' }]);
    expect(overrides('{"Env":"dev"}')).toEqual([{ key: 'Env', value: 'dev' }]);
  });
});

describe('parseConfig: tags', () => {
  const tags = (text: string): Config['tags'] => stack({ tags: text }).tags;

  it('reads Key=Value lines with spaces and the allowed punctuation', () => {
    expect(tags('Team=payments and risk\ncost-center=cc:42/eu, owner=@me')).toEqual([
      { key: 'Team', value: 'payments and risk' },
      { key: 'cost-center', value: 'cc:42/eu' },
      { key: 'owner', value: '@me' },
    ]);
  });

  it('reads JSON objects and CloudFormation-style arrays', () => {
    expect(tags('{"Team":"payments","Tier":1}')).toEqual([
      { key: 'Team', value: 'payments' },
      { key: 'Tier', value: '1' },
    ]);
    expect(tags('[{"Key":"Team","Value":"payments"},{"Key":"Empty"}]')).toEqual([
      { key: 'Team', value: 'payments' },
      { key: 'Empty', value: '' },
    ]);
  });
});

describe('parseConfig: canary inputs', () => {
  it('reads functions as names, logical ids, partial and full ARNs, without duplicates', () => {
    const arn = 'arn:aws:lambda:eu-west-1:123456789012:function:orders';
    const config = canaryOnly({
      functions: `orders-handler, OrdersFunction\n123456789012:function:billing_v2,${arn}, orders-handler`,
    });
    expect(config.functions).toEqual([
      'orders-handler',
      'OrdersFunction',
      '123456789012:function:billing_v2',
      arn,
    ]);
  });

  it('reads every boolean spelling core.getBooleanInput reads', () => {
    const spellings: [string, boolean][] = [
      ['true', true],
      ['True', true],
      ['TRUE', true],
      ['false', false],
      ['False', false],
      ['FALSE', false],
    ];
    for (const [text, value] of spellings) {
      expect(canaryOnly({ 'dry-run': text, 'compare-baseline': text }).dryRun).toBe(value);
      expect(canaryOnly({ 'compare-baseline': text }).compareBaseline).toBe(value);
    }
  });

  it('reads percentages as fractions without float drift', () => {
    const config = canaryOnly({ 'max-error-rate': '1.1%', 'max-memory-utilization': '100%' });
    expect(config.thresholds.maxErrorRate).toBe(0.011);
    expect(config.thresholds.maxMemoryUtilization).toBe(1);
    expect(canaryOnly({ 'max-error-rate': '0%' }).thresholds.maxErrorRate).toBe(0);
    expect(canaryOnly({ 'max-error-rate': '.5 %' }).thresholds.maxErrorRate).toBe(0.005);
  });

  it('reads durations in s, m and h, in any case', () => {
    expect(canaryOnly({ interval: '30s' }).intervalMs).toBe(30_000);
    expect(canaryOnly({ interval: '1.5M' }).intervalMs).toBe(90_000);
    expect(canaryOnly({ interval: '1h' }).intervalMs).toBe(3_600_000);
  });

  it('reads max-p99-duration as milliseconds, with or without ms', () => {
    expect(canaryOnly({ 'max-p99-duration': '800' }).thresholds.maxP99DurationMs).toBe(800);
    expect(canaryOnly({ 'max-p99-duration': '1200 ms' }).thresholds.maxP99DurationMs).toBe(1200);
  });

  it('reads whole numbers for throttles and invocations', () => {
    const config = canaryOnly({ 'max-throttles': '5', 'min-invocations': '1' });
    expect([config.thresholds.maxThrottles, config.thresholds.minInvocations]).toEqual([5, 1]);
  });

  it('reads alarms, enums in any case and a non-default strategy', () => {
    const config = canaryOnly({
      alarms: 'orders-5xx\nOrders Latency (p99), orders-5xx',
      'on-inconclusive': 'PASS',
      rollback: 'none',
      alias: 'prod_2',
      strategy: 'all-at-once',
    });
    expect(config.alarms).toEqual(['orders-5xx', 'Orders Latency (p99)']);
    expect([config.onInconclusive, config.rollback, config.alias]).toEqual(['pass', 'none', 'prod_2']);
    expect(config.strategy.steps).toEqual([{ weight: 1, holdMs: 0 }]);
  });
});

describe('parseConfig: synthetic traffic', () => {
  it('keeps inline JSON text and the rate per minute', () => {
    expect(canaryOnly({ 'synthetic-payload': '{"ping": true}', 'synthetic-rate': '2/s' }).synthetic).toEqual({
      payload: '{"ping": true}',
      ratePerMinute: 120,
    });
  });

  it('reads a payload file and keeps its text', () => {
    expect(canaryOnly({ 'synthetic-payload': 'payload.json' }).synthetic).toEqual({
      payload: '{ "ping": true }\n',
      ratePerMinute: 60,
    });
  });

  it('accepts any JSON value as payload text, and rates per hour or fractions per second', () => {
    expect(canaryOnly({ 'synthetic-payload': '"hello"', 'synthetic-rate': '600/h' }).synthetic).toEqual({
      payload: '"hello"',
      ratePerMinute: 10,
    });
    expect(
      canaryOnly({ 'synthetic-payload': '42', 'synthetic-rate': '0.5 / S' }).synthetic?.ratePerMinute,
    ).toBe(30);
  });

  it('has no synthetic traffic without a payload, whatever the rate', () => {
    expect(canaryOnly({ 'synthetic-rate': '10/s' }).synthetic).toBeUndefined();
  });
});

describe('parseConfig: the result', () => {
  it('is frozen all the way down', () => {
    const config = stack({ 'parameter-overrides': 'Env=prod', tags: 'Team=a', functions: 'OrdersFunction' });
    const parts: unknown[] = [
      config,
      config.thresholds,
      config.strategy,
      config.strategy.steps,
      config.strategy.steps[0],
      config.parameterOverrides,
      config.parameterOverrides[0],
      config.tags[0],
      config.functions,
      config.template,
      config.capabilities,
    ];
    for (const part of parts) expect(Object.isFrozen(part)).toBe(true);
    expect(() => {
      (config as { alias: string }).alias = 'other';
    }).toThrow(TypeError);
    expect(() => (config.functions as string[]).push('x')).toThrow(TypeError);
  });

  it('builds no AWS client, for good input or bad', () => {
    const before = clientsConstructed();
    canaryOnly();
    stack();
    expect(configErrorOf(() => canaryOnly({ region: 'nowhere' })).input).toBe('region');
    expect(clientsConstructed()).toBe(before);
    expect(before).toBe(0);
  });

  it('lets non-config errors through untouched', () => {
    const broken = () => {
      throw new RangeError('reader broke');
    };
    expect(() => parseConfig(broken)).toThrow(RangeError);
  });
});

describe('src/config imports no AWS SDK', () => {
  it('has no import of @aws-sdk or src/aws in any config module', () => {
    const dir = join(process.cwd(), 'src', 'config');
    const sources = readdirSync(dir).filter((file) => file.endsWith('.ts'));
    expect(sources.length).toBeGreaterThan(5);
    for (const file of sources) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect({ file, imports: /from '(@aws-sdk\/[^']*|\.\.\/aws\/[^']*)'/.exec(text)?.[1] }).toEqual({
        file,
        imports: undefined,
      });
    }
  });
});

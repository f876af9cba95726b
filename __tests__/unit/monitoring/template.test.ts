import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Thresholds } from '../../../src/config/types.js';
import { ConfigError } from '../../../src/errors.js';
import type { CfnObject } from '../../../src/stack/template-parse.js';
import type { MonitoringOptions } from '../../../src/monitoring/index.js';
import {
  loadMonitoringTemplate,
  monitoringTemplateCandidates,
  renderMonitoringTemplate,
} from '../../../src/monitoring/index.js';
import { formatNumber } from '../../../src/monitoring/template.js';
import { MAX_TEMPLATE_BODY_BYTES } from '../../../src/stack/template-location.js';
import { templatePath } from '../../helpers/templates.js';

const THRESHOLDS: Thresholds = {
  maxErrorRate: 0.01,
  maxMemoryUtilization: 0.9,
  maxP99DurationMs: undefined,
  maxThrottles: 0,
  minInvocations: 50,
};

function options(overrides: Partial<MonitoringOptions> = {}): MonitoringOptions {
  return {
    functions: [
      { name: 'orders-api-Orders-1A2B', hasLambdaInsights: false },
      { name: 'orders-api-Worker-3C4D', hasLambdaInsights: true },
    ],
    alias: 'live',
    thresholds: THRESHOLDS,
    ...overrides,
  };
}

const params = (rendered: { parameters: readonly { key: string; value: string }[] }) =>
  Object.fromEntries(rendered.parameters.map((p) => [p.key, p.value]));
const body = (rendered: { body: string }) => JSON.parse(rendered.body) as CfnObject;
const resources = (rendered: { body: string }) => body(rendered)['Resources'] as CfnObject;

describe('renderMonitoringTemplate', () => {
  it('GIVEN the action thresholds WHEN rendered THEN they become the parameters, as CloudFormation wants them', () => {
    const rendered = renderMonitoringTemplate(
      options({
        thresholds: {
          ...THRESHOLDS,
          maxErrorRate: 0.023,
          maxMemoryUtilization: 0.85,
          maxP99DurationMs: 750,
          maxThrottles: 3,
        },
        notificationEmail: 'ops@example.com',
      }),
    );
    expect(params(rendered)).toEqual({
      Alias: 'live',
      ErrorRateThresholdPercent: '2.3',
      MemoryThresholdPercent: '85',
      P99DurationThresholdMs: '750',
      ThrottlesThreshold: '3',
      NotificationEmail: 'ops@example.com',
      ExistingTopicArn: '',
      GuardEnabled: 'true',
      LatencyAnomalyAlarm: 'false',
    });
  });

  it('GIVEN latency-anomaly-alarm WHEN rendered THEN each function has an alarm above the p99 band of its alias, on its condition, notifying only', () => {
    expect(params(renderMonitoringTemplate(options()))['LatencyAnomalyAlarm']).toBe('false');
    const rendered = renderMonitoringTemplate(options({ latencyAnomalyAlarm: true }));
    expect(params(rendered)['LatencyAnomalyAlarm']).toBe('true');
    expect((body(rendered)['Conditions'] as CfnObject)['HasLatencyAnomalyAlarm']).toEqual({
      'Fn::Equals': [{ Ref: 'LatencyAnomalyAlarm' }, 'true'],
    });
    const alarm = resources(rendered)['ordersapiOrders1A2BLatencyAnomalyAlarm'] as CfnObject;
    expect(alarm['Condition']).toBe('HasLatencyAnomalyAlarm');
    const props = alarm['Properties'] as CfnObject;
    expect(props).toMatchObject({
      ThresholdMetricId: 'band',
      ComparisonOperator: 'GreaterThanUpperThreshold',
    });
    expect(props['Metrics']).toEqual([
      expect.objectContaining({
        Id: 'p99',
        MetricStat: expect.objectContaining({
          Stat: 'p99',
          Metric: expect.objectContaining({
            MetricName: 'Duration',
            Dimensions: [
              { Name: 'FunctionName', Value: 'orders-api-Orders-1A2B' },
              { Name: 'Resource', Value: { 'Fn::Sub': 'orders-api-Orders-1A2B:${Alias}' } },
            ],
          }),
        }),
      }),
      expect.objectContaining({ Id: 'band', Expression: 'ANOMALY_DETECTION_BAND(p99, 2)' }),
    ]);
    const outputs = body(rendered)['Outputs'] as CfnObject;
    expect(outputs['ordersapiOrders1A2BLatencyAnomalyAlarm']).toMatchObject({
      Condition: 'HasLatencyAnomalyAlarm',
    });
    const composite = JSON.stringify(resources(rendered)['ordersapiOrders1A2BCompositeAlarm']);
    expect(composite).not.toContain('LatencyAnomaly');
  });

  it('GIVEN no p99 ceiling and no e-mail WHEN rendered THEN p99 is 0 (no alarm) and the e-mail empty', () => {
    const p = params(renderMonitoringTemplate(options()));
    expect(p['P99DurationThresholdMs']).toBe('0');
    expect(p['NotificationEmail']).toBe('');
  });

  it('GIVEN guard options WHEN rendered THEN each becomes its parameter', () => {
    const p = params(
      renderMonitoringTemplate(
        options({
          existingTopicArn: 'arn:aws:sns:eu-west-1:123456789012:ops',
          guard: {
            enabled: true,
            rollback: false,
            autoScalingGroupName: 'web-asg',
          },
        }),
      ),
    );
    expect(p).toMatchObject({
      ExistingTopicArn: 'arn:aws:sns:eu-west-1:123456789012:ops',
      GuardEnabled: 'true',
      GuardRollback: 'false',
      AutoScalingGroupName: 'web-asg',
    });
    // No input sets the schedule, the window, the threshold or the cool-down: the template's
    // defaults hold (a stack deployed from the template alone may set them).
    for (const key of ['GuardSchedule', 'GuardWindowHours', 'GuardErrorThreshold', 'GuardCooldownMinutes']) {
      expect(p).not.toHaveProperty(key);
    }
    expect(params(renderMonitoringTemplate(options({ guard: { enabled: false } })))).toMatchObject({
      GuardEnabled: 'false',
    });
  });

  it('GIVEN functions with and without Lambda Insights WHEN rendered THEN alarms exist for both and REPORT-line filters only for the one without', () => {
    const r = resources(renderMonitoringTemplate(options()));
    for (const id of ['ordersapiOrders1A2B', 'ordersapiWorker3C4D']) {
      for (const kind of ['Errors', 'ErrorRate', 'Throttles', 'P99Duration', 'Memory', 'Composite']) {
        expect(r).toHaveProperty(`${id}${kind}Alarm`);
      }
      expect(r).toHaveProperty(`${id}GuardPolicy`);
    }
    const filters = Object.keys(r).filter((id) => id.endsWith('Filter'));
    expect(filters.sort()).toEqual([
      'ordersapiOrders1A2BJsonMaxMemoryUsedFilter',
      'ordersapiOrders1A2BJsonMemorySizeFilter',
      'ordersapiOrders1A2BMaxMemoryUsedFilter',
      'ordersapiOrders1A2BMemorySizeFilter',
    ]);
  });

  it('GIVEN a function whose log group does not exist yet WHEN rendered THEN its filters wait for the next render, with a warning', () => {
    const rendered = renderMonitoringTemplate(
      options({ functions: [{ name: 'fresh', hasLambdaInsights: false, logGroupExists: false }] }),
    );
    expect(Object.keys(resources(rendered)).filter((id) => id.endsWith('Filter'))).toEqual([]);
    expect(resources(rendered)).toHaveProperty('freshMemoryAlarm');
    expect(rendered.warnings).toEqual([expect.stringContaining('/aws/lambda/fresh does not exist')]);
    expect(renderMonitoringTemplate(options()).warnings).toEqual([]);
  });

  it('GIVEN more functions than fit in an inline template WHEN rendered THEN a warning says it needs S3', () => {
    const functions = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        name: `orders-api-OrdersFunction${i}-AbCdEf123456`,
        hasLambdaInsights: false,
      }));
    const small = renderMonitoringTemplate(options({ functions: functions(1) }));
    const large = renderMonitoringTemplate(options({ functions: functions(8) }));
    expect(Buffer.byteLength(small.body)).toBeLessThan(MAX_TEMPLATE_BODY_BYTES);
    expect(small.warnings).toEqual([]);
    expect(Buffer.byteLength(large.body)).toBeGreaterThan(MAX_TEMPLATE_BODY_BYTES);
    expect(large.warnings).toEqual([
      expect.stringMatching(/^The monitoring template for 8 functions is \d+ bytes, .* \(set s3-bucket\)\.$/),
    ]);
  });

  it('GIVEN a render WHEN the body is read THEN it is plain JSON CloudFormation: no transform, no loops, no collection parameters', () => {
    const b = body(renderMonitoringTemplate(options()));
    expect(b).not.toHaveProperty('Transform');
    expect(JSON.stringify(b)).not.toContain('Fn::ForEach');
    expect(JSON.stringify(b)).not.toMatch(/[$&]\{Fn\}/);
    expect(Object.keys(b['Parameters'] as CfnObject)).not.toEqual(expect.arrayContaining(['FunctionNames']));
    expect(Object.keys(b['Parameters'] as CfnObject)).not.toContain('ReportLogFunctionNames');
  });

  it('GIVEN the template text WHEN passed in THEN that text is rendered instead of the file', () => {
    const text =
      'Parameters:\n  FunctionNames: {Type: CommaDelimitedList}\n  ReportLogFunctionNames: {Type: CommaDelimitedList}\n' +
      Object.keys(params(renderMonitoringTemplate(options())))
        .map((k) => `  ${k}: {Type: String}\n`)
        .join('') +
      'Resources:\n  Fn::ForEach::F: [Fn, !Ref FunctionNames, {"&{Fn}Topic": {Type: AWS::SNS::Topic}}]\n';
    const r = resources(renderMonitoringTemplate(options(), text));
    expect(Object.keys(r)).toEqual(['ordersapiOrders1A2BTopic', 'ordersapiWorker3C4DTopic']);
  });

  it('GIVEN a template without a parameter the renderer sets WHEN rendered THEN an internal error names it', () => {
    const text = 'Parameters:\n  FunctionNames: {Type: CommaDelimitedList}\nResources: {}\n';
    expect(() => renderMonitoringTemplate(options(), text)).toThrow(
      'templates/monitoring.yaml declares no parameter Alias.',
    );
  });

  it.each<[string, Partial<MonitoringOptions>, string, string]>([
    ['no functions', { functions: [] }, 'functions', 'at least one function'],
    [
      'an ARN',
      { functions: [{ name: 'arn:aws:lambda:eu-west-1:1:function:x', hasLambdaInsights: false }] },
      'functions',
      'takes function names',
    ],
    [
      'a name twice',
      {
        functions: [
          { name: 'a', hasLambdaInsights: false },
          { name: 'a', hasLambdaInsights: true },
        ],
      },
      'functions',
      '"a" is listed twice',
    ],
    [
      'names that share logical ids',
      {
        functions: [
          { name: 'a-b', hasLambdaInsights: false },
          { name: 'ab', hasLambdaInsights: false },
        ],
      },
      'functions',
      'would share CloudFormation logical ids',
    ],
    ['an alias with a dot', { alias: 'live.1' }, 'alias', 'matching [a-zA-Z0-9_-]+'],
    [
      'a bad e-mail',
      { notificationEmail: 'ops at example' },
      'notification-email',
      'Accepted: a value matching',
    ],
    [
      'a bad topic ARN',
      { existingTopicArn: 'arn:aws:sqs:eu-west-1:123456789012:q' },
      'notification-topic-arn',
      'Accepted',
    ],
    [
      'an error rate over 100%',
      { thresholds: { ...THRESHOLDS, maxErrorRate: 1.5 } },
      'max-error-rate',
      'a number from 0 up to 100',
    ],
    [
      'a memory ceiling of 0',
      { thresholds: { ...THRESHOLDS, maxMemoryUtilization: 0 } },
      'max-memory-utilization',
      'from 1 up to 100',
    ],
    [
      'a negative p99',
      { thresholds: { ...THRESHOLDS, maxP99DurationMs: -5 } },
      'max-p99-duration',
      'a number from 0',
    ],
  ])('GIVEN %s WHEN rendered THEN a ConfigError names the input', (_case, overrides, input, message) => {
    let error: unknown;
    try {
      renderMonitoringTemplate(options(overrides));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).input).toBe(input);
    expect((error as ConfigError).message).toContain(message);
  });

  it('GIVEN more functions than one stack can hold WHEN rendered THEN the ConfigError says how many resources and outputs that needs', () => {
    const functions = Array.from({ length: 40 }, (_, i) => ({ name: `fn-${i}`, hasLambdaInsights: false }));
    expect(() => renderMonitoringTemplate(options({ functions }))).toThrow(
      /Watching 40 functions needs \d+ resources and \d+ outputs .* CloudFormation allows 500 and 200/,
    );
    const most = Array.from({ length: 25 }, (_, i) => ({ name: `fn-${i}`, hasLambdaInsights: false }));
    expect(() => renderMonitoringTemplate(options({ functions: most }))).not.toThrow();
  });
});

describe('loadMonitoringTemplate', () => {
  it('GIVEN this module WHEN the template is looked for THEN templates/ at the repository root is the first place, as from dist/<entry>/', () => {
    expect(monitoringTemplateCandidates()[0]).toBe(templatePath('monitoring.yaml'));
    expect(monitoringTemplateCandidates()[1]).toMatch(/\/templates\/monitoring\.yaml$/);
    expect(loadMonitoringTemplate()).toBe(readFileSync(templatePath('monitoring.yaml'), 'utf8'));
  });

  it('GIVEN the source WHEN read THEN no literal new URL(..., import.meta.url) invites the bundler to swap the file for an asset', () => {
    const source = readFileSync(
      fileURLToPath(new URL('../../../src/monitoring/template.ts', import.meta.url)),
      'utf8',
    );
    expect(source).not.toMatch(/new URL\(\s*['"`]/);
  });
});

describe('formatNumber', () => {
  it.each([
    [0.1 * 100, '10'],
    [0.07 * 100, '7'],
    [2.5, '2.5'],
    [0, '0'],
  ])('GIVEN %p WHEN formatted THEN %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

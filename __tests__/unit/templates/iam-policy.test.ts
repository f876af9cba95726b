/**
 * templates/iam-policy.json grants exactly what the code sends: every SDK command under src/
 * (found from the imports, see helpers/sdk-commands.ts) maps to an IAM action the policy grants,
 * and the policy grants nothing else. When this fails, its message lists the actions to add or
 * remove.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SdkCall } from '../../helpers/sdk-commands.js';
import { actionOf, sdkCallsIn, sdkCallsUnder } from '../../helpers/sdk-commands.js';
import { templatePath } from '../../helpers/templates.js';

interface Statement {
  Sid: string;
  Effect: string;
  Action: string | string[];
  Resource: string | string[];
  Condition?: unknown;
}

const policy = JSON.parse(readFileSync(templatePath('iam-policy.json'), 'utf8')) as {
  Version: string;
  Statement: Statement[];
};
const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]);

/** Actions the policy grants that no SDK command maps to, and why they are needed. */
const NOT_FROM_THE_SDK: Readonly<Record<string, string>> = {
  'iam:PassRole': 'role-arn: CloudFormation deploys both stacks as the execution role the action passes',
  's3:GetObject': 'CloudFormation reads a TemplateURL with the caller’s credentials',
};

/**
 * Actions only the monitoring stack's guard sends (under its own role there), never the action:
 * the action's policy leaves them out.
 */
const SENT_BY_THE_GUARD_ONLY: Readonly<Record<string, string>> = {
  'secretsmanager:GetSecretValue': 'github-token-secret: the guard reads the token when a detached canary ends',
};

/**
 * Actions of the parts written in parallel with this one (stack/, traffic/, canary/), granted
 * ahead of their merge. Each must disappear from here once src/ sends it (the test says which);
 * after the merge this list must be empty.
 */
const PENDING: readonly string[] = [];

/**
 * Actions IAM offers no resource-level permission for: the only ones granted on "*" (IAM's own
 * catalogue agrees: integration/iam-catalogue.test.ts).
 */
const NO_RESOURCE_LEVEL = ['cloudwatch:GetMetricData', 'logs:DescribeLogGroups', 'logs:StopQuery'];

const root = fileURLToPath(new URL('../../..', import.meta.url));
const src = fileURLToPath(new URL('../../../src', import.meta.url));

describe('templates/iam-policy.json', () => {
  // src/guard/ runs as the monitoring stack's function, under its own role (monitoring-template.test.ts).
  const calls = sdkCallsUnder(src, root).filter((call) => !call.file.startsWith('src/guard/'));
  const used = new Map<string, SdkCall[]>();
  for (const call of calls) {
    const action = actionOf(call);
    if (action) used.set(action, [...(used.get(action) ?? []), call]);
  }
  const granted = new Set(policy.Statement.flatMap((s) => list(s.Action)));

  it('GIVEN the SDK commands src/ sends WHEN compared with the policy THEN each is granted', () => {
    const missing = [...used.keys()].filter((a) => !granted.has(a) && !(a in SENT_BY_THE_GUARD_ONLY)).sort();
    const why = missing.map((a) => `  ${a}  (${(used.get(a) ?? []).map((c) => `${c.file}: ${c.symbol}`).join(', ')})`);
    expect(missing.length === 0 ? 'ok' : `Add to templates/iam-policy.json:\n${why.join('\n')}`).toBe('ok');
  });

  it('GIVEN the policy WHEN compared with what src/ sends THEN it grants nothing unused', () => {
    const unused = [...granted].filter((a) => !used.has(a) && !(a in NOT_FROM_THE_SDK) && !PENDING.includes(a)).sort();
    expect(unused.length === 0 ? 'ok' : `Remove from templates/iam-policy.json (nothing in src/ sends it):\n  ${unused.join('\n  ')}`).toBe('ok');
  });

  it('GIVEN the actions granted ahead of the other parts WHEN src/ sends them THEN they leave PENDING', () => {
    const arrived = PENDING.filter((a) => used.has(a));
    expect(arrived.length === 0 ? 'ok' : `Now sent by src/, delete from PENDING in ${'__tests__/unit/templates/iam-policy.test.ts'}:\n  ${arrived.join('\n  ')}`).toBe('ok');
    const notGranted = PENDING.filter((a) => !granted.has(a));
    expect(notGranted).toEqual([]);
  });

  it('GIVEN the statements WHEN read THEN all allow, name themselves, and use no action wildcards', () => {
    expect(policy.Version).toBe('2012-10-17');
    for (const s of policy.Statement) {
      expect([s.Sid, s.Effect]).toEqual([expect.stringMatching(/^[A-Za-z0-9]+$/), 'Allow']);
      for (const action of list(s.Action)) expect(action).toMatch(/^[a-z0-9-]+:[A-Za-z0-9]+$/);
    }
    expect(new Set(policy.Statement.map((s) => s.Sid)).size).toBe(policy.Statement.length);
  });

  it('GIVEN the resources WHEN read THEN only actions without resource-level permissions get "*", the rest are scoped by placeholders', () => {
    for (const s of policy.Statement) {
      if (list(s.Resource).includes('*')) {
        expect(list(s.Action).filter((a) => !NO_RESOURCE_LEVEL.includes(a))).toEqual([]);
        continue;
      }
      for (const arn of list(s.Resource)) {
        expect(arn).toMatch(/^arn:aws:[a-z0-9-]+:(<REGION>)?:(<ACCOUNT_ID>|aws)?:/);
        expect(arn).not.toMatch(/\d{12}/);
      }
    }
  });

  it('GIVEN PassRole WHEN read THEN it is limited to handing the execution role to CloudFormation', () => {
    const passRole = policy.Statement.find((s) => list(s.Action).includes('iam:PassRole'));
    expect(passRole?.Condition).toEqual({ StringEquals: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } });
    expect(passRole?.Resource).toBe('arn:aws:iam::<ACCOUNT_ID>:role/<CFN_EXECUTION_ROLE>');
  });

  it('GIVEN tagging WHEN read THEN the action may only write stack-canary tags', () => {
    const tagging = policy.Statement.filter((s) => list(s.Action).includes('lambda:TagResource'));
    expect(tagging).toHaveLength(1);
    expect(tagging[0]?.Condition).toEqual({ 'ForAllValues:StringLike': { 'aws:TagKeys': ['stack-canary:*'] } });
    expect(list(tagging[0]?.Action ?? [])).toEqual(['lambda:TagResource']);
  });
});

describe('finding SDK commands in source', () => {
  const source = `
import { DescribeStacksCommand, waitUntilStackCreateComplete } from '@aws-sdk/client-cloudformation';
import type { DescribeStacksCommandOutput } from '@aws-sdk/client-cloudformation';
import { type GetAliasCommandInput, InvokeCommand as Invoke, paginateListVersionsByFunction } from '@aws-sdk/client-lambda';
import * as cw from '@aws-sdk/client-cloudwatch';
import { readFileSync } from 'node:fs';

export async function run() {
  const { StartQueryCommand } = await import('@aws-sdk/client-cloudwatch-logs');
  const sns = await import('@aws-sdk/client-sns');
  const put = (await import('@aws-sdk/client-s3')).PutObjectCommand;
  const [sts] = await Promise.all([import('@aws-sdk/client-sts')]);
  new cw.GetMetricDataCommand({});
  new sns.PublishCommand({});
  new sts.GetCallerIdentityCommand({});
  return [StartQueryCommand, put, Invoke, readFileSync];
}
`;

  it('GIVEN every import style WHEN scanned THEN the sent commands and their IAM actions are found, types are not', () => {
    const calls = sdkCallsIn(source, 'x.ts');
    expect(calls.map((c) => c.symbol).sort()).toEqual([
      'DescribeStacksCommand',
      'GetCallerIdentityCommand',
      'GetMetricDataCommand',
      'InvokeCommand',
      'PublishCommand',
      'PutObjectCommand',
      'StartQueryCommand',
      'paginateListVersionsByFunction',
      'waitUntilStackCreateComplete',
    ]);
    expect(calls.map((c) => actionOf(c) ?? '(no permission needed)').sort()).toEqual([
      '(no permission needed)',
      'cloudformation:DescribeStacks',
      'cloudformation:DescribeStacks',
      'cloudwatch:GetMetricData',
      'lambda:InvokeFunction',
      'lambda:ListVersionsByFunction',
      'logs:StartQuery',
      's3:PutObject',
      'sns:Publish',
    ]);
  });

  it('GIVEN a waiter nobody mapped WHEN its action is asked for THEN the error says where to add it', () => {
    expect(() => actionOf({ pkg: '@aws-sdk/client-lambda', symbol: 'waitUntilSomethingNew', file: 'y.ts' })).toThrow(
      'Unknown waiter waitUntilSomethingNew (y.ts): add what it polls to WAITER_OPERATION.',
    );
  });
});

import { describe, expect, it } from '@jest/globals';
import { StackCanaryError } from '../../../src/errors.js';
import { noEchoParameterNames } from '../../../src/stack/analyze.js';
import { MAX_TEMPLATE_DEPTH, parseTemplate } from '../../../src/stack/template-parse.js';

/** The error a parse throws (fails the test when it throws none). */
function parseError(body: string, name?: string): StackCanaryError {
  try {
    parseTemplate(body, name);
  } catch (error) {
    expect(error).toBeInstanceOf(StackCanaryError);
    expect((error as StackCanaryError).code).toBe('TEMPLATE_INVALID');
    return error as StackCanaryError;
  }
  throw new Error('parseTemplate did not throw');
}

describe('parseTemplate: YAML short forms', () => {
  it('turns every short-form tag into its long form, in scalar, sequence and mapping shapes', () => {
    const yaml = `
Resources:
  R:
    Type: AWS::X::Y
    Properties:
      Ref: !Ref Param
      GetAttDotted: !GetAtt Fn.Arn
      GetAttNested: !GetAtt Stack.Outputs.Url
      GetAttList: !GetAtt [Fn, Arn]
      SubScalar: !Sub '\${AWS::StackName}-x'
      SubList: !Sub ['\${A}-y', { A: !Ref Param }]
      Join: !Join ['', [a, !Ref Param]]
      If: !If [IsProd, 1, !Ref AWS::NoValue]
      Equals: !Equals [!Ref Env, prod]
      Select: !Select [0, !GetAZs '']
      Split: !Split [',', 'a,b']
      FindInMap: !FindInMap [M, !Ref AWS::Region, K]
      ImportValue: !ImportValue shared-vpc
      Base64: !Base64 hello
      Cidr: !Cidr [10.0.0.0/16, 4, 8]
      GetAZs: !GetAZs eu-west-1
      And: !And [!Condition A, !Not [!Condition B]]
      Or: !Or [!Equals [a, b], !Condition C]
      Transform: !Transform { Name: AWS::Include, Parameters: { Location: s3://b/k } }
      Length: !Length [1, 2]
      ToJsonString: !ToJsonString { a: !Ref Param }
`;
    const props = (
      parseTemplate(yaml)['Resources'] as Record<string, { Properties: Record<string, unknown> }>
    )['R']?.Properties;
    expect(props).toEqual({
      Ref: { Ref: 'Param' },
      GetAttDotted: { 'Fn::GetAtt': ['Fn', 'Arn'] },
      GetAttNested: { 'Fn::GetAtt': ['Stack', 'Outputs.Url'] },
      GetAttList: { 'Fn::GetAtt': ['Fn', 'Arn'] },
      SubScalar: { 'Fn::Sub': '${AWS::StackName}-x' },
      SubList: { 'Fn::Sub': ['${A}-y', { A: { Ref: 'Param' } }] },
      Join: { 'Fn::Join': ['', ['a', { Ref: 'Param' }]] },
      If: { 'Fn::If': ['IsProd', 1, { Ref: 'AWS::NoValue' }] },
      Equals: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
      Select: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
      Split: { 'Fn::Split': [',', 'a,b'] },
      FindInMap: { 'Fn::FindInMap': ['M', { Ref: 'AWS::Region' }, 'K'] },
      ImportValue: { 'Fn::ImportValue': 'shared-vpc' },
      Base64: { 'Fn::Base64': 'hello' },
      Cidr: { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] },
      GetAZs: { 'Fn::GetAZs': 'eu-west-1' },
      And: { 'Fn::And': [{ Condition: 'A' }, { 'Fn::Not': [{ Condition: 'B' }] }] },
      Or: { 'Fn::Or': [{ 'Fn::Equals': ['a', 'b'] }, { Condition: 'C' }] },
      Transform: { 'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://b/k' } } },
      Length: { 'Fn::Length': [1, 2] },
      ToJsonString: { 'Fn::ToJsonString': { a: { Ref: 'Param' } } },
    });
  });

  it('reads the rule functions of the Rules section', () => {
    const rules = parseTemplate(`
Rules:
  R:
    RuleCondition: !Contains [[a, b], !Ref Env]
    Assertions:
      - Assert: !EachMemberEquals [!RefAll 'AWS::EC2::VPC::Id', vpc-1]
      - Assert: !EachMemberIn [!ValueOfAll ['AWS::EC2::Subnet::Id', VpcId], [vpc-1]]
      - Assert: !Equals [!ValueOf [Subnet, VpcId], vpc-1]
Resources: {}
`)['Rules'];
    expect(rules).toEqual({
      R: {
        RuleCondition: { 'Fn::Contains': [['a', 'b'], { Ref: 'Env' }] },
        Assertions: [
          { Assert: { 'Fn::EachMemberEquals': [{ 'Fn::RefAll': 'AWS::EC2::VPC::Id' }, 'vpc-1'] } },
          {
            Assert: {
              'Fn::EachMemberIn': [{ 'Fn::ValueOfAll': ['AWS::EC2::Subnet::Id', 'VpcId'] }, ['vpc-1']],
            },
          },
          { Assert: { 'Fn::Equals': [{ 'Fn::ValueOf': ['Subnet', 'VpcId'] }, 'vpc-1'] } },
        ],
      },
    });
  });

  it('reads a JSON template as CloudFormation does', () => {
    expect(parseTemplate('{"Resources": {"T": {"Type": "AWS::SNS::Topic"}}}')).toEqual({
      Resources: { T: { Type: 'AWS::SNS::Topic' } },
    });
  });
});

describe('parseTemplate: what it refuses, in one line naming the template', () => {
  it.each([
    [
      'broken YAML',
      'Resources:\n  A: [unclosed\n',
      /^Input template is not valid YAML: .* at line 3, column 1:$/,
    ],
    ['broken JSON', '{ "Resources": ', /^Input template is not valid JSON: .* at line 1, column 16:$/],
    [
      'a list',
      '- a\n- b\n',
      /^Input template is not a CloudFormation template: its top level is not a mapping of sections \(Resources, Parameters, \.\.\.\)\.$/,
    ],
    ['a scalar', 'just text', /not a CloudFormation template/],
    [
      'a duplicate YAML key',
      'a: 1\na: 2',
      /^Input template is not valid YAML: Map keys must be unique at line 2, column 1:$/,
    ],
    [
      'a duplicate JSON key',
      '{"a": 1, "a": 2}',
      /^Input template is not valid JSON: Map keys must be unique at line 1, column 10:$/,
    ],
  ])('%s', (_case, body, message) => {
    expect(parseError(body).message).toMatch(message);
  });

  it('names the file it is given', () => {
    expect(parseError('a: [1, 2', 'templates/monitoring.yaml').message).toMatch(
      /^templates\/monitoring\.yaml is not valid YAML: /,
    );
  });

  it('refuses a YAML alias, as CloudFormation does, saying where it is', () => {
    expect(parseError('Parameters:\n  A: &shared { Type: String }\n  B: *shared\n').message).toBe(
      'Input template uses the YAML alias *shared (line 3, column 6): CloudFormation does not accept aliases. ' +
        'Accepted: the value written out in full, or a template expanded first (aws cloudformation package).',
    );
  });

  it('refuses a binary body with a short line, not the body', () => {
    const binary = `\u0089PNG\r\n\u001a\n${'\u0000\u00ff'.repeat(7000)}`;
    const message = parseError(binary).message;
    expect(message).toBe(
      'Input template is not a text template: it has the control character U+001A at offset 6. Accepted: a YAML or JSON template in UTF-8.',
    );
  });

  describe('nesting', () => {
    const limit = `Input template is nested more than ${MAX_TEMPLATE_DEPTH} levels deep`;
    const accepted = `Accepted: a template nested at most ${MAX_TEMPLATE_DEPTH} levels.`;

    it.each([
      ['YAML flow sequences', '['.repeat(100_000) + ']'.repeat(100_000)],
      ['JSON objects', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
      ['YAML block mappings', Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' 1'],
    ])('%s nested past what the parser takes: the limit, not a stack overflow', (_case, body) => {
      const message = parseError(body).message;
      expect(message).toBe(`${limit}. ${accepted}`);
    });

    it('just past the limit: the limit, with the path where it is crossed', () => {
      const body = `Resources:\n  R:\n    Properties:\n      A: ${'['.repeat(MAX_TEMPLATE_DEPTH)}${']'.repeat(MAX_TEMPLATE_DEPTH)}`;
      expect(parseError(body).message).toBe(`${limit} (at Resources/R/Properties/A/…). ${accepted}`);
    });

    it('at the limit: read', () => {
      const depth = MAX_TEMPLATE_DEPTH - 1;
      const body = `{"Resources": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
      expect(parseTemplate(body)['Resources']).toBeDefined();
    });
  });
});

describe('noEchoParameterNames', () => {
  it('lists the NoEcho parameters of a body, however the flag is written', () => {
    const body = `
Parameters:
  DbPassword: { Type: String, NoEcho: true }
  ApiKey: { Type: String, NoEcho: 'True' }
  Shown: { Type: String, NoEcho: false }
  Plain: { Type: String }
Resources: {}
`;
    expect(noEchoParameterNames(body)).toEqual(['DbPassword', 'ApiKey']);
  });

  it('reads a parsed template as well, and a template without parameters has none', () => {
    expect(noEchoParameterNames(parseTemplate('{"Parameters": {"S": {"NoEcho": "true"}}}'))).toEqual(['S']);
    expect(noEchoParameterNames('Resources: {}')).toEqual([]);
  });
});

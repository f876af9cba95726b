import { describe, expect, it } from '@jest/globals';
import { StackCanaryError } from '../../../src/errors.js';
import { analyzeTemplate, assertAliasNotManaged, noEchoParameters } from '../../../src/stack/analyze.js';
import { parseTemplate } from '../../../src/stack/template-parse.js';

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
    });
  });

  it('reports bad YAML and bad JSON as TEMPLATE_INVALID with the parser position', () => {
    const yaml = (): unknown => parseTemplate('Resources:\n  A: [unclosed\n');
    expect(yaml).toThrow(StackCanaryError);
    expect(yaml).toThrow(/not valid YAML: .*line/);
    expect(() => parseTemplate('{ "Resources": ')).toThrow(/not valid JSON/);
    expect(() => parseTemplate('- a\n- b\n')).toThrow(/not a mapping/);
  });
});

describe('analyzeTemplate', () => {
  it('lists Lambda functions and parameters of a YAML template', () => {
    const analysis = analyzeTemplate(`
Parameters:
  Stage: { Type: String }
Resources:
  Role: { Type: AWS::IAM::Role }
  OrdersFunction:
    Type: AWS::Lambda::Function
    Properties: { Role: !GetAtt Role.Arn }
  Worker: { Type: AWS::Lambda::Function }
`);
    expect(analysis).toEqual({
      isSam: false,
      parameterNames: ['Stage'],
      functions: [
        { logicalId: 'OrdersFunction', type: 'AWS::Lambda::Function', declaredAliases: [] },
        { logicalId: 'Worker', type: 'AWS::Lambda::Function', declaredAliases: [] },
      ],
    });
  });

  it('reads JSON and finds AWS::Lambda::Alias resources by Ref, GetAtt, Sub and literal name', () => {
    const analysis = analyzeTemplate(
      JSON.stringify({
        Parameters: { AliasName: { Type: 'String', Default: 'prod' } },
        Resources: {
          A: { Type: 'AWS::Lambda::Function' },
          B: { Type: 'AWS::Lambda::Function', Properties: { FunctionName: 'b-fn' } },
          C: { Type: 'AWS::Lambda::Function' },
          Live: { Type: 'AWS::Lambda::Alias', Properties: { FunctionName: { Ref: 'A' }, Name: 'live' } },
          Prod: {
            Type: 'AWS::Lambda::Alias',
            Properties: { FunctionName: { 'Fn::GetAtt': ['A', 'Arn'] }, Name: { Ref: 'AliasName' } },
          },
          Beta: { Type: 'AWS::Lambda::Alias', Properties: { FunctionName: 'b-fn', Name: 'beta' } },
          Gamma: {
            Type: 'AWS::Lambda::Alias',
            Properties: { FunctionName: { 'Fn::Sub': '${C.Arn}' }, Name: 'gamma' },
          },
          Unknown: {
            Type: 'AWS::Lambda::Alias',
            Properties: { FunctionName: { Ref: 'C' }, Name: { 'Fn::Sub': 'x' } },
          },
        },
      }),
    );
    const aliases = Object.fromEntries(analysis.functions.map((f) => [f.logicalId, f.declaredAliases]));
    expect(aliases).toEqual({ A: ['live', 'prod'], B: ['beta'], C: ['gamma'] });
  });

  it('recognises SAM: the transform, AutoPublishAlias, and Globals.Function.AutoPublishAlias', () => {
    const analysis = analyzeTemplate(`
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    AutoPublishAlias: live
Resources:
  Api:
    Type: AWS::Serverless::Function
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      AutoPublishAlias: beta
  Plain:
    Type: AWS::Lambda::Function
`);
    expect(analysis.isSam).toBe(true);
    expect(analysis.functions).toEqual([
      { logicalId: 'Api', type: 'AWS::Serverless::Function', declaredAliases: ['live'] },
      { logicalId: 'Worker', type: 'AWS::Serverless::Function', declaredAliases: ['beta'] },
      { logicalId: 'Plain', type: 'AWS::Lambda::Function', declaredAliases: [] },
    ]);
  });

  it('recognises the SAM transform in a list', () => {
    const body = JSON.stringify({
      Transform: ['AWS::LanguageExtensions', 'AWS::Serverless-2016-10-31'],
      Resources: { F: { Type: 'AWS::Serverless::Function' } },
    });
    expect(analyzeTemplate(body).isSam).toBe(true);
    expect(analyzeTemplate('Resources:\n  T: { Type: AWS::SNS::Topic }\n').isSam).toBe(false);
  });

  it('refuses a template without resources', () => {
    expect(() => analyzeTemplate('Parameters: {}\n')).toThrow('Template has no Resources');
  });

  it('lists NoEcho parameters', () => {
    const template = parseTemplate(
      'Parameters:\n  Secret: { Type: String, NoEcho: true }\n  Plain: { Type: String }\n',
    );
    expect(noEchoParameters(template)).toEqual(['Secret']);
  });
});

describe('assertAliasNotManaged', () => {
  const analysis = analyzeTemplate(`
Resources:
  Orders: { Type: AWS::Lambda::Function }
  Reports: { Type: AWS::Lambda::Function }
  LiveAlias:
    Type: AWS::Lambda::Alias
    Properties: { FunctionName: !Ref Orders, FunctionVersion: '1', Name: live }
`);

  it('stops a run whose template manages the shifted alias on a watched function, saying why', () => {
    const run = (): void => assertAliasNotManaged(analysis, 'live', ['Orders']);
    expect(run).toThrow(StackCanaryError);
    expect(run).toThrow(/alias 'live' on Orders/);
    expect(run).toThrow(/move all of that alias's traffic to the new version at once and defeat the canary/);
    try {
      run();
    } catch (error) {
      expect((error as StackCanaryError).code).toBe('TEMPLATE_INVALID');
    }
  });

  it('treats no watched ids as every function in the template', () => {
    expect(() => assertAliasNotManaged(analysis, 'live', [])).toThrow(/on Orders/);
  });

  it('lets the run go on when the alias differs or the function is not watched', () => {
    expect(() => assertAliasNotManaged(analysis, 'canary', ['Orders'])).not.toThrow();
    expect(() => assertAliasNotManaged(analysis, 'live', ['Reports'])).not.toThrow();
  });
});

import { describe, expect, it } from '@jest/globals';
import { StackCanaryError } from '../../../src/errors.js';
import { analyzeTemplate, assertAliasNotManaged, noEchoParameterNames } from '../../../src/stack/analyze.js';
import { parseTemplate } from '../../../src/stack/template-parse.js';

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
    expect(noEchoParameterNames(template)).toEqual(['Secret']);
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

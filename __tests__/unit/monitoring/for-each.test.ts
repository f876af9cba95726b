import { describe, expect, it } from '@jest/globals';
import type { CfnObject } from '../../../src/stack/template-parse.js';
import { parseTemplate } from '../../../src/stack/template-parse.js';
import { expandForEach } from '../../../src/monitoring/for-each.js';

const yaml = (text: string): CfnObject => parseTemplate(text, 'test.yaml');

describe('expandForEach', () => {
  const template = yaml(`
Transform: AWS::LanguageExtensions
Parameters:
  Names: { Type: CommaDelimitedList }
  Other: { Type: String }
Conditions:
  Fn::ForEach::Conds:
    - N
    - !Ref Names
    - 'Is&{N}': !Equals [!Ref Other, '\${N}']
Resources:
  Plain:
    Type: AWS::SNS::Topic
    Properties:
      Tags:
        - { Key: names, Value: !Join [',', !Ref Names] }
  Fn::ForEach::Things:
    - N
    - !Ref Names
    - '&{N}Alarm':
        Type: AWS::CloudWatch::Alarm
        Properties:
          AlarmName: !Sub '\${AWS::StackName}-\${N}'
          Label: !Sub 'just-\${N}'
          Dimension: !Ref N
          Other: { Ref: !Sub '&{N}Alarm' }
          Arn: { 'Fn::GetAtt': [!Sub '&{N}Alarm', Arn] }
Outputs:
  Fn::ForEach::Out:
    - N
    - !Ref Names
    - '&{N}Name':
        Description: Alarm of \${N}
        Value: { Ref: !Sub '&{N}Alarm' }
`);

  it('GIVEN loops over a list parameter WHEN expanded THEN each item gets its block, with ${} and &{} replaced in keys and strings', () => {
    const out = expandForEach(template, { Names: ['orders-api', 'b_2'] });
    const resources = out['Resources'] as CfnObject;
    expect(Object.keys(resources)).toEqual(['Plain', 'ordersapiAlarm', 'b2Alarm']);
    expect(resources['ordersapiAlarm']).toEqual({
      Type: 'AWS::CloudWatch::Alarm',
      Properties: {
        AlarmName: { 'Fn::Sub': '${AWS::StackName}-orders-api' },
        Label: 'just-orders-api',
        Dimension: 'orders-api',
        Other: { Ref: 'ordersapiAlarm' },
        Arn: { 'Fn::GetAtt': ['ordersapiAlarm', 'Arn'] },
      },
    });
    expect(out['Conditions']).toEqual({
      Isordersapi: { 'Fn::Equals': [{ Ref: 'Other' }, 'orders-api'] },
      Isb2: { 'Fn::Equals': [{ Ref: 'Other' }, 'b_2'] },
    });
    expect(out['Outputs']).toEqual({
      ordersapiName: { Description: 'Alarm of orders-api', Value: { Ref: 'ordersapiAlarm' } },
      b2Name: { Description: 'Alarm of b_2', Value: { Ref: 'b2Alarm' } },
    });
  });

  it('GIVEN the collection parameter WHEN expanded THEN it is dropped, other Refs to it become the list and the transform goes', () => {
    const out = expandForEach(template, { Names: ['a', 'b'] });
    expect(Object.keys(out['Parameters'] as CfnObject)).toEqual(['Other']);
    expect((out['Resources'] as CfnObject)['Plain']).toEqual({
      Type: 'AWS::SNS::Topic',
      Properties: { Tags: [{ Key: 'names', Value: { 'Fn::Join': [',', ['a', 'b']] } }] },
    });
    expect(out).not.toHaveProperty('Transform');
    expect(JSON.stringify(out)).not.toContain('Fn::ForEach');
  });

  it('GIVEN an empty collection WHEN expanded THEN the loop yields nothing', () => {
    const out = expandForEach(template, { Names: [] });
    expect(Object.keys(out['Resources'] as CfnObject)).toEqual(['Plain']);
    expect(out['Outputs']).toEqual({});
  });

  it('GIVEN nested loops WHEN expanded THEN the inner collection and fragment see the outer item', () => {
    const out = expandForEach(
      yaml(`
Resources:
  Fn::ForEach::Outer:
    - A
    - [x, y]
    - Fn::ForEach::Inner:
        - B
        - ['\${A}1', '\${A}2']
        - 'R&{B}':
            Type: T
            Properties: { Pair: '\${A}/\${B}' }
`),
      {},
    );
    expect(out['Resources']).toEqual({
      Rx1: { Type: 'T', Properties: { Pair: 'x/x1' } },
      Rx2: { Type: 'T', Properties: { Pair: 'x/x2' } },
      Ry1: { Type: 'T', Properties: { Pair: 'y/y1' } },
      Ry2: { Type: 'T', Properties: { Pair: 'y/y2' } },
    });
  });

  it('GIVEN a transform list WHEN expanded THEN only AWS::LanguageExtensions is removed', () => {
    const out = expandForEach(
      yaml('Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]\nResources: {}'),
      {},
    );
    expect(out['Transform']).toBe('AWS::Serverless-2016-10-31');
  });

  it('GIVEN a template WHEN expanded THEN the input is left as it was', () => {
    const before = JSON.stringify(template);
    expandForEach(template, { Names: ['a'] });
    expect(JSON.stringify(template)).toBe(before);
  });

  it.each([
    [
      'no values for the collection parameter',
      template,
      {},
      'no values given for the collection parameter Names',
    ],
    [
      'two items producing the same key',
      yaml('Resources:\n  Fn::ForEach::L: [N, [a-b, ab], {"&{N}X": {Type: T}}]'),
      {},
      'produces the key abX twice',
    ],
    [
      'a loop output clashing with a plain key',
      yaml('Resources:\n  Fn::ForEach::L: [N, [a], {"&{N}X": {Type: T}}]\n  aX: {Type: T}'),
      {},
      'aX is produced twice',
    ],
    [
      'a malformed loop',
      yaml('Resources:\n  Fn::ForEach::L: [N, [a]]'),
      {},
      'must be [Identifier, Collection, Fragment]',
    ],
    [
      'a bad identifier',
      yaml('Resources:\n  Fn::ForEach::L: [N-1, [a], {X: {Type: T}}]'),
      {},
      'identifier must be an alphanumeric',
    ],
    [
      'a non-string item',
      yaml('Resources:\n  Fn::ForEach::L: [N, [1], {"X${N}": {Type: T}}]'),
      {},
      'collection items must be strings',
    ],
    [
      'a collection of another kind',
      yaml('Resources:\n  Fn::ForEach::L: [N, !GetAZs "", {"X${N}": {Type: T}}]'),
      {},
      'must be a list or a Ref',
    ],
    [
      'a fragment that is not a mapping',
      yaml('Resources:\n  Fn::ForEach::L: [N, [a], [x]]'),
      {},
      'fragment must be a mapping',
    ],
    [
      'a loop in Metadata',
      yaml('Metadata:\n  Fn::ForEach::L: [N, [a], {X: 1}]\nResources: {}'),
      {},
      'Fn::ForEach is only expanded in',
    ],
    [
      'another language extension',
      yaml('Resources:\n  R: {Type: T, Properties: {N: {"Fn::Length": [1, 2]}}}'),
      {},
      'other than Fn::ForEach are not expanded: /Resources/R/Properties/N/Fn::Length',
    ],
  ])('GIVEN %s WHEN expanded THEN it is refused', (_case, input, collections, message) => {
    expect(() => expandForEach(input, collections)).toThrow(message);
  });
});

import { beforeEach, describe, expect, it } from '@jest/globals';
import { CloudFormationClient, ListStackResourcesCommand } from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { ConfigError } from '../../../src/errors.js';
import {
  functionNameFromArn,
  listStackResources,
  resolveFunctionNames,
} from '../../../src/stack/resources.js';
import type { StackResource } from '../../../src/stack/types.js';
import { STACK, clients } from '../../helpers/stack-fixtures.js';

const cfn = mockClient(CloudFormationClient);
beforeEach(() => {
  cfn.reset();
});

const resources: StackResource[] = [
  { logicalId: 'Role', physicalId: 'orders-role', type: 'AWS::IAM::Role' },
  { logicalId: 'Orders', physicalId: 'orders-api-Orders-AbC', type: 'AWS::Lambda::Function' },
  { logicalId: 'Reports', physicalId: 'orders-api-Reports-XyZ', type: 'AWS::Lambda::Function' },
  { logicalId: 'Broken', physicalId: '', type: 'AWS::Lambda::Function' },
];

describe('listStackResources', () => {
  it('reads every page', async () => {
    cfn
      .on(ListStackResourcesCommand)
      .resolvesOnce({
        StackResourceSummaries: [
          {
            LogicalResourceId: 'Orders',
            PhysicalResourceId: 'o',
            ResourceType: 'AWS::Lambda::Function',
            ResourceStatus: 'CREATE_COMPLETE',
            LastUpdatedTimestamp: new Date(),
          },
        ],
        NextToken: 'n',
      })
      .resolvesOnce({
        StackResourceSummaries: [
          {
            LogicalResourceId: 'Role',
            PhysicalResourceId: 'r',
            ResourceType: 'AWS::IAM::Role',
            ResourceStatus: 'CREATE_COMPLETE',
            LastUpdatedTimestamp: new Date(),
          },
        ],
      });
    expect(await listStackResources(clients().cloudFormation, STACK)).toEqual([
      { logicalId: 'Orders', physicalId: 'o', type: 'AWS::Lambda::Function' },
      { logicalId: 'Role', physicalId: 'r', type: 'AWS::IAM::Role' },
    ]);
    expect(cfn).toHaveReceivedCommandWith(ListStackResourcesCommand, { StackName: STACK, NextToken: 'n' });
  });
});

describe('resolveFunctionNames', () => {
  it('an empty request means every Lambda function of the stack that has a name', () => {
    expect(resolveFunctionNames(resources, [])).toEqual([
      { logicalId: 'Orders', functionName: 'orders-api-Orders-AbC' },
      { logicalId: 'Reports', functionName: 'orders-api-Reports-XyZ' },
    ]);
  });

  it('maps logical ids, names and ARNs to physical names, once each', () => {
    const arn = 'arn:aws:lambda:eu-west-1:123456789012:function:orders-api-Reports-XyZ:live';
    expect(resolveFunctionNames(resources, ['Orders', arn, 'orders-api-Orders-AbC'])).toEqual([
      { logicalId: 'Orders', functionName: 'orders-api-Orders-AbC' },
      { logicalId: 'Reports', functionName: 'orders-api-Reports-XyZ' },
    ]);
  });

  it('passes a function from outside the stack through by name', () => {
    expect(
      resolveFunctionNames(resources, ['arn:aws:lambda:eu-west-1:1:function:elsewhere', 'legacy']),
    ).toEqual([{ functionName: 'elsewhere' }, { functionName: 'legacy' }]);
  });

  it('refuses a logical id that is not a function, naming the input and the functions there are', () => {
    const error = (() => {
      try {
        resolveFunctionNames(resources, ['Role']);
      } catch (e) {
        return e;
      }
      return undefined;
    })() as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.input).toBe('functions');
    expect(error.message).toContain('AWS::IAM::Role');
    expect(error.message).toContain('Orders, Reports');
  });

  it('functionNameFromArn reads qualified and unqualified ARNs, in any partition', () => {
    expect(functionNameFromArn('arn:aws:lambda:eu-west-1:1:function:f')).toBe('f');
    expect(functionNameFromArn('arn:aws-cn:lambda:cn-north-1:1:function:f:7')).toBe('f');
    expect(functionNameFromArn('f')).toBeUndefined();
  });
});

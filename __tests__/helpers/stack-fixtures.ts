/** Shared GIVENs for the stack/ unit tests: AWS answers shaped as AWS gives them. */
import type { Stack, StackEvent } from '@aws-sdk/client-cloudformation';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { S3Client } from '@aws-sdk/client-s3';
import type { DeployRequest, StackClients } from '../../src/stack/types.js';

export const STACK = 'orders-api';
export const STACK_ID = `arn:aws:cloudformation:eu-west-1:123456789012:stack/${STACK}/0a1b2c3d`;
export const CHANGE_SET_ID = `arn:aws:cloudformation:eu-west-1:123456789012:changeSet/stack-canary-x/9f8e`;

export function clients(): StackClients {
  return {
    cloudFormation: new CloudFormationClient({ region: 'eu-west-1' }),
    s3: new S3Client({ region: 'eu-west-1' }),
  };
}

/** An error as the SDK throws it: classified by name. */
export function awsError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name, $metadata: {} });
}

export const stackMissing = (): Error => awsError('ValidationError', `Stack with id ${STACK} does not exist`);

export function stack(status: string, extra: Partial<Stack> = {}): { Stacks: Stack[] } {
  return {
    Stacks: [
      {
        StackName: STACK,
        StackId: STACK_ID,
        StackStatus: status as Stack['StackStatus'],
        CreationTime: new Date('2026-01-01T00:00:00Z'),
        ...extra,
      },
    ],
  };
}

let eventNumber = 0;
export function event(
  logicalId: string,
  status: string,
  extra: Partial<StackEvent> & { at?: number } = {},
): StackEvent {
  const { at, ...rest } = extra;
  eventNumber += 1;
  return {
    EventId: `e-${eventNumber}`,
    StackId: STACK_ID,
    StackName: STACK,
    LogicalResourceId: logicalId,
    PhysicalResourceId: logicalId === STACK ? STACK_ID : `${logicalId}-physical`,
    ResourceType: logicalId === STACK ? 'AWS::CloudFormation::Stack' : 'AWS::Lambda::Function',
    ResourceStatus: status as StackEvent['ResourceStatus'],
    Timestamp: new Date(Date.UTC(2026, 0, 1, 12, 0, 0) + (at ?? eventNumber) * 1000),
    ...rest,
  };
}

export const TEMPLATE = JSON.stringify({
  Parameters: { Greeting: { Type: 'String', Default: 'hello' }, Memory: { Type: 'Number', Default: 128 } },
  Resources: {
    Fn: { Type: 'AWS::Lambda::Function', Properties: { Handler: 'index.handler' } },
  },
  Outputs: { FunctionName: { Value: { Ref: 'Fn' } } },
});

export function request(extra: Partial<DeployRequest> = {}): DeployRequest {
  return {
    stackName: STACK,
    template: { kind: 'inline', name: 'app', body: TEMPLATE },
    parameters: [{ key: 'Greeting', value: 'hi' }],
    capabilities: ['CAPABILITY_IAM'],
    tags: [],
    roleArn: undefined,
    s3Bucket: undefined,
    notificationArns: [],
    rollbackTriggerAlarmArns: [],
    terminationProtection: false,
    dryRun: false,
    timeoutMs: 60 * 60 * 1000,
    ...extra,
  };
}

/** Shared GIVENs for the stack/ unit tests: AWS answers shaped as AWS gives them. */
import { expect } from '@jest/globals';
import type {
  CloudFormationClientResolvedConfig,
  DescribeChangeSetCommandOutput,
  ServiceInputTypes,
  ServiceOutputTypes,
  Stack,
  StackEvent,
} from '@aws-sdk/client-cloudformation';
import {
  CloudFormationClient,
  CreateChangeSetCommand,
  DescribeChangeSetCommand,
} from '@aws-sdk/client-cloudformation';
import type { AwsStub } from 'aws-sdk-client-mock';
import { S3Client } from '@aws-sdk/client-s3';
import type { StackCanaryError } from '../../src/errors.js';
import type { DeployRequest, StackClients } from '../../src/stack/types.js';
import { plainDeployRequest } from './deploy-request.js';

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
  return plainDeployRequest(
    STACK,
    { kind: 'inline', name: 'app', body: TEMPLATE },
    { parameters: [{ key: 'Greeting', value: 'hi' }], timeoutMs: 60 * 60 * 1000, ...extra },
  );
}

/** A CloudFormation mock that creates change set CHANGE_SET_ID and then describes it as `described`. */
export function answerChangeSet(
  cfn: AwsStub<ServiceInputTypes, ServiceOutputTypes, CloudFormationClientResolvedConfig>,
  described: Partial<DescribeChangeSetCommandOutput>,
): void {
  cfn
    .on(CreateChangeSetCommand)
    .resolves({ Id: CHANGE_SET_ID, StackId: STACK_ID })
    .on(DescribeChangeSetCommand)
    .resolves(described);
}

/** Awaits a run that must fail with STACK_FAILED and a message naming each fragment; returns the error. */
export async function expectStackFailed(
  run: Promise<unknown>,
  ...fragments: string[]
): Promise<StackCanaryError> {
  const error = (await run.catch((e: unknown) => e)) as StackCanaryError;
  expect(error.code).toBe('STACK_FAILED');
  for (const fragment of fragments) expect(error.message).toContain(fragment);
  return error;
}

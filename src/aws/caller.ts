/**
 * Who is calling: the ARN of the credentials in use (STS GetCallerIdentity, which needs no IAM
 * permission), recorded on a detached canary's plan with each control command.
 */
import type { STSClient } from '@aws-sdk/client-sts';
import { StackCanaryError } from '../errors.js';
import { sdk } from './sdk.js';

export async function callerArn(sts: STSClient): Promise<string> {
  const { GetCallerIdentityCommand } = await sdk.sts();
  const answer = await sts.send(new GetCallerIdentityCommand({}));
  if (!answer.Arn) throw new StackCanaryError('AWS_ERROR', 'STS GetCallerIdentity answered without an ARN.');
  return answer.Arn;
}

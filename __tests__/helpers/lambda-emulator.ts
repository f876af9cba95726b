/** Integration-test helpers: real Lambda functions on the local emulator (the role made through CloudFormation). */
import { CreateStackCommand, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { CreateFunctionCommand, UpdateFunctionCodeCommand } from '@aws-sdk/client-lambda';
import type { AwsClients } from '../../src/aws/clients.js';

/** The execution role a test function needs: the one IAM role fixture of the tests. */
export const LAMBDA_EXECUTION_ROLE = {
  Type: 'AWS::IAM::Role',
  Properties: {
    AssumeRolePolicyDocument: {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
      ],
    },
  },
};

const ROLE_TEMPLATE = JSON.stringify({
  Resources: { Role: LAMBDA_EXECUTION_ROLE },
  Outputs: { RoleArn: { Value: { 'Fn::GetAtt': ['Role', 'Arn'] } } },
});

/** The emulator's CreateFunction wants a role that exists. */
export async function createRole(aws: AwsClients, stackName = 'traffic-role'): Promise<string> {
  await aws.cloudFormation.send(
    new CreateStackCommand({
      StackName: stackName,
      TemplateBody: ROLE_TEMPLATE,
      Capabilities: ['CAPABILITY_IAM'],
    }),
  );
  const { Stacks } = await aws.cloudFormation.send(new DescribeStacksCommand({ StackName: stackName }));
  const arn = Stacks?.[0]?.Outputs?.find((o) => o.OutputKey === 'RoleArn')?.OutputValue;
  if (!arn) throw new Error('the role stack gave no RoleArn');
  return arn;
}

/** The emulator runs no code (use_docker=false): the bytes only need to differ between versions. */
const codeBytes = (code: string): Uint8Array =>
  new TextEncoder().encode(`exports.handler = async () => ${JSON.stringify(code)};`);

export async function createFunction(
  aws: AwsClients,
  name: string,
  role: string,
  code: string,
): Promise<void> {
  await aws.lambda.send(
    new CreateFunctionCommand({
      FunctionName: name,
      Runtime: 'nodejs20.x',
      Handler: 'index.handler',
      Role: role,
      Code: { ZipFile: codeBytes(code) },
      MemorySize: 256,
      Timeout: 15,
    }),
  );
}

/** What a stack deploy does to a function: new code on $LATEST. */
export async function deployCode(aws: AwsClients, name: string, code: string): Promise<void> {
  await aws.lambda.send(new UpdateFunctionCodeCommand({ FunctionName: name, ZipFile: codeBytes(code) }));
}

/**
 * Staging the guard's code for the monitoring stack: which bucket, which key, created how, and
 * uploaded only when that zip is not there yet. S3 and Lambda are mocked at the client edge.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { GetFunctionConfigurationCommand, LambdaClient } from '@aws-sdk/client-lambda';
import * as S3 from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { ConfigError } from '../../../src/errors.js';
import { managedBucketName, stageGuardCode } from '../../../src/monitoring/guard-code.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';

const s3 = mockClient(S3.S3Client);
const lambda = mockClient(LambdaClient);
const CODE = Buffer.from('PK fake zip');
const KEY = /^stack-canary\/guard\/[0-9a-f]{16}\.zip$/;
const notFound = (name: string) =>
  Object.assign(new Error(name), { name, $metadata: { httpStatusCode: 404 } });

function clients(region = 'eu-west-1') {
  return { s3: new S3.S3Client({ region }), lambda: new LambdaClient({ region }) };
}

beforeEach(() => {
  s3.reset();
  lambda.reset();
  lambda
    .on(GetFunctionConfigurationCommand)
    .resolves({ FunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:orders' });
  s3.on(S3.HeadObjectCommand).rejects(notFound('NotFound'));
});

describe('staging the guard code', () => {
  it('GIVEN no s3-bucket and no managed bucket yet WHEN staged THEN the bucket is created private and encrypted, and the zip uploaded by its hash', async () => {
    s3.on(S3.HeadBucketCommand).rejects(notFound('NotFound'));
    const logger = new MemoryLogger();

    const location = await stageGuardCode(
      clients(),
      { s3Bucket: undefined, functionName: 'orders', code: CODE },
      logger,
    );

    expect(location).toEqual({
      bucket: 'stack-canary-123456789012-eu-west-1',
      key: expect.stringMatching(KEY),
    });
    expect(s3).toHaveReceivedCommandWith(S3.HeadBucketCommand, {
      Bucket: location.bucket,
      ExpectedBucketOwner: '123456789012',
    });
    expect(s3).toHaveReceivedCommandWith(S3.CreateBucketCommand, {
      Bucket: location.bucket,
      CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' },
    });
    expect(s3).toHaveReceivedCommandWith(S3.PutPublicAccessBlockCommand, {
      Bucket: location.bucket,
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      },
    });
    expect(s3).toHaveReceivedCommandWith(S3.PutBucketEncryptionCommand, {
      Bucket: location.bucket,
      ServerSideEncryptionConfiguration: {
        Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
    });
    expect(s3).toHaveReceivedCommandWith(S3.PutObjectCommand, {
      Bucket: location.bucket,
      Key: location.key,
      Body: CODE,
    });
  });

  it('GIVEN us-east-1 WHEN the managed bucket is created THEN no location constraint is sent (S3 refuses one there)', async () => {
    s3.on(S3.HeadBucketCommand).rejects(notFound('NotFound'));
    await stageGuardCode(
      clients('us-east-1'),
      { s3Bucket: undefined, functionName: 'orders', code: CODE },
      new MemoryLogger(),
    );
    expect(s3.commandCalls(S3.CreateBucketCommand)[0]?.args[0].input).toEqual({
      Bucket: 'stack-canary-123456789012-us-east-1',
    });
  });

  it('GIVEN the same zip already uploaded WHEN staged again THEN nothing is created or uploaded', async () => {
    s3.on(S3.HeadBucketCommand).resolves({});
    s3.on(S3.HeadObjectCommand).resolves({});
    const first = await stageGuardCode(
      clients(),
      { s3Bucket: undefined, functionName: 'orders', code: CODE },
      new MemoryLogger(),
    );
    expect(s3).not.toHaveReceivedCommand(S3.CreateBucketCommand);
    expect(s3).not.toHaveReceivedCommand(S3.PutObjectCommand);
    const other = await stageGuardCode(
      clients(),
      { s3Bucket: undefined, functionName: 'orders', code: Buffer.from('other') },
      new MemoryLogger(),
    );
    expect(other.key).not.toBe(first.key);
  });

  it('GIVEN the s3-bucket input WHEN staged THEN that bucket is used as it is and no account is looked up', async () => {
    const location = await stageGuardCode(
      clients(),
      { s3Bucket: 'team-artifacts', functionName: 'orders', code: CODE },
      new MemoryLogger(),
    );
    expect(location.bucket).toBe('team-artifacts');
    expect(lambda.calls()).toHaveLength(0);
    expect(s3).not.toHaveReceivedCommand(S3.HeadBucketCommand);
    expect(s3).toHaveReceivedCommandWith(S3.PutObjectCommand, { Bucket: 'team-artifacts' });
  });

  it('GIVEN s3-bucket and s3-prefix WHEN staged THEN the zip goes under the prefix, beside the app templates', async () => {
    const location = await stageGuardCode(
      clients(),
      { s3Bucket: 'team-artifacts', s3Prefix: 'cfn/orders', functionName: 'orders', code: CODE },
      new MemoryLogger(),
    );
    expect(location).toEqual({
      bucket: 'team-artifacts',
      key: expect.stringMatching(/^cfn\/orders\/guard\/[0-9a-f]{16}\.zip$/),
    });
    expect(s3).toHaveReceivedCommandWith(S3.HeadObjectCommand, { Key: location.key });
    expect(s3).toHaveReceivedCommandWith(S3.PutObjectCommand, {
      Bucket: 'team-artifacts',
      Key: location.key,
    });
  });

  it('GIVEN a managed bucket name that another account owns WHEN staged THEN a one-line error points at s3-bucket', async () => {
    s3.on(S3.HeadBucketCommand).rejects(
      Object.assign(new Error('Forbidden'), { name: 'Forbidden', $metadata: { httpStatusCode: 403 } }),
    );
    const staged = stageGuardCode(
      clients(),
      { s3Bucket: undefined, functionName: 'orders', code: CODE },
      new MemoryLogger(),
    );
    await expect(staged).rejects.toThrow(ConfigError);
    await expect(staged).rejects.toThrow(
      "Bucket stack-canary-123456789012-eu-west-1 for the guard's code cannot be used (Forbidden: it may belong to another account). Accepted: set s3-bucket to a bucket of yours in this region.",
    );
    expect(s3).not.toHaveReceivedCommand(S3.CreateBucketCommand);
  });

  it('GIVEN an account and a region WHEN named THEN as SAM names its managed bucket, per account and region', () => {
    expect(managedBucketName('123456789012', 'ap-southeast-2')).toBe(
      'stack-canary-123456789012-ap-southeast-2',
    );
  });
});

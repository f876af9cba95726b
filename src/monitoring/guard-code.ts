/**
 * The guard's code for the monitoring stack: dist/guard/code.zip (the bundle of src/guard/, built
 * by scripts/build.mjs), uploaded to S3 under a key named by its content hash, so an unchanged
 * guard is not uploaded again and a changed one updates the function. Inline code (ZipFile) is not
 * an option: CloudFormation writes it as index.js, which Lambda loads as CommonJS, and the bundle
 * (about 47 KB) would push the template past the 51,200 bytes a TemplateBody may have.
 *
 * The key is `<s3-prefix>/guard/<hash>.zip`, under the same prefix as the app's uploaded templates
 * (`stack-canary` when s3-prefix is not given). The bucket is the s3-bucket input's when given; otherwise one stack-canary manages per account
 * and region, `stack-canary-<account>-<region>` (as SAM's managed bucket), created on first use
 * with public access blocked and default encryption, and checked to belong to this account.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { S3Client } from '@aws-sdk/client-s3';
import { awsErrorName, ConfigError, StackCanaryError } from '../errors.js';
import type { Logger } from '../logger.js';
import { sdk } from '../aws/sdk.js';

export interface GuardCodeLocation {
  readonly bucket: string;
  readonly key: string;
}

/**
 * Where dist/guard/code.zip may be, from this module: dist/bundle/ (the bundled action and CLI),
 * src/monitoring/ (sources, tests), lib/src/monitoring/ (tsc output). Built at run time so that
 * the bundler leaves the file alone (see monitoringTemplateCandidates).
 */
export function guardCodeCandidates(): string[] {
  const up = (levels: number, path: string[]): string =>
    fileURLToPath(new URL([...Array<string>(levels).fill('..'), ...path].join('/'), import.meta.url));
  return [
    up(1, ['guard', 'code.zip']),
    up(2, ['dist', 'guard', 'code.zip']),
    up(3, ['dist', 'guard', 'code.zip']),
  ];
}

export function readGuardCode(): Buffer {
  const candidates = guardCodeCandidates();
  const path = candidates.find((candidate) => existsSync(candidate));
  if (path === undefined) {
    throw new StackCanaryError(
      'INTERNAL',
      `The guard's code is missing: dist/guard/code.zip must sit beside the bundle (looked for ${candidates.join(', ')}); run npm run build.`,
    );
  }
  return readFileSync(path);
}

/** `stack-canary-<account>-<region>`: the bucket stack-canary manages when s3-bucket is not given. */
export function managedBucketName(account: string, region: string): string {
  return `stack-canary-${account}-${region}`;
}

/** The account a watched function lives in, from its ARN (the action reads its configuration anyway). */
async function accountOf(lambda: LambdaClient, functionName: string): Promise<string> {
  const { GetFunctionConfigurationCommand } = await sdk.lambda();
  const answer = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: functionName }));
  const account = answer.FunctionArn?.split(':')[4];
  if (!account || !/^\d{12}$/.test(account)) {
    throw new StackCanaryError('AWS_ERROR', `Lambda returned ${functionName} without an account in its ARN.`);
  }
  return account;
}

const missing = (error: unknown): boolean =>
  ['NotFound', 'NoSuchBucket', 'NoSuchKey'].includes(awsErrorName(error) ?? '') ||
  (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404;

async function ensureManagedBucket(
  s3: S3Client,
  bucket: string,
  account: string,
  logger: Logger,
): Promise<void> {
  const s3sdk = await sdk.s3();
  try {
    await s3.send(new s3sdk.HeadBucketCommand({ Bucket: bucket, ExpectedBucketOwner: account }));
    return;
  } catch (error) {
    if (!missing(error)) {
      throw new ConfigError(
        's3-bucket',
        `Bucket ${bucket} for the guard's code cannot be used (${awsErrorName(error) ?? 'error'}: it may belong to another account). Accepted: set s3-bucket to a bucket of yours in this region.`,
      );
    }
  }
  const region = await s3.config.region();
  await s3.send(
    new s3sdk.CreateBucketCommand({
      Bucket: bucket,
      ...(region === 'us-east-1'
        ? {}
        : { CreateBucketConfiguration: { LocationConstraint: region as never } }),
    }),
  );
  await s3.send(
    new s3sdk.PutPublicAccessBlockCommand({
      Bucket: bucket,
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      },
    }),
  );
  await s3.send(
    new s3sdk.PutBucketEncryptionCommand({
      Bucket: bucket,
      ServerSideEncryptionConfiguration: {
        Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
    }),
  );
  logger.info(`Created bucket ${bucket} for the guard's code (public access blocked, encrypted).`);
}

export interface StageRequest {
  /** The s3-bucket input; undefined: the managed bucket. */
  readonly s3Bucket: string | undefined;
  /** The s3-prefix input, the key's first part; undefined: `stack-canary`. */
  readonly s3Prefix?: string | undefined;
  /** A watched function, to learn the account from (for the managed bucket's name). */
  readonly functionName: string;
  /** The zip to stage (default: dist/guard/code.zip). */
  readonly code?: Buffer;
}

/** Uploads the guard's code unless that very zip is there already; returns where it is. */
export async function stageGuardCode(
  clients: { readonly s3: S3Client; readonly lambda: LambdaClient },
  request: StageRequest,
  logger: Logger,
): Promise<GuardCodeLocation> {
  const code = request.code ?? readGuardCode();
  const key = `${request.s3Prefix ?? 'stack-canary'}/guard/${createHash('sha256').update(code).digest('hex').slice(0, 16)}.zip`;
  let bucket = request.s3Bucket;
  if (bucket === undefined) {
    const account = await accountOf(clients.lambda, request.functionName);
    bucket = managedBucketName(account, await clients.s3.config.region());
    await ensureManagedBucket(clients.s3, bucket, account, logger);
  }
  const { HeadObjectCommand, PutObjectCommand } = await sdk.s3();
  try {
    await clients.s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    logger.debug(`The guard's code is already at s3://${bucket}/${key}.`);
  } catch (error) {
    if (!missing(error)) throw error;
    await clients.s3.send(
      new PutObjectCommand({ Bucket: bucket, Key: key, Body: code, ContentType: 'application/zip' }),
    );
    logger.info(`Uploaded the guard's code (${code.length} bytes) to s3://${bucket}/${key}.`);
  }
  return { bucket, key };
}

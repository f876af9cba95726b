/**
 * How CloudFormation gets the template: inline (TemplateBody, up to 51,200 bytes), or by URL from
 * S3 (up to 1 MB): a template given as an S3 URL is passed as it is; a large one is uploaded first.
 */
import { createHash } from 'node:crypto';
import type { S3Client } from '@aws-sdk/client-s3';
import type { TemplateSource } from '../config/types.js';
import { ConfigError, StackCanaryError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { TemplateLocation } from './change-set-input.js';
import { MAX_TEMPLATE_BYTES, parseS3Url } from './template-source.js';
import { sdk } from '../aws/sdk.js';

/** CloudFormation's limit for a template passed inline (TemplateBody); larger ones go through S3. */
export const MAX_TEMPLATE_BODY_BYTES = 51_200;

export interface LocationRequest {
  readonly stackName: string;
  readonly body: string;
  readonly source: TemplateSource | undefined;
  readonly s3Bucket: string | undefined;
  /** The uploaded key's first part (the s3-prefix input); undefined = `stack-canary`. */
  readonly s3Prefix?: string | undefined;
}

export async function templateLocation(
  request: LocationRequest,
  s3: S3Client,
  logger: Logger,
): Promise<TemplateLocation> {
  const bytes = Buffer.byteLength(request.body, 'utf8');
  const source = request.source;
  if (source?.kind === 'url' && parseS3Url(source.url)) return { TemplateURL: source.url };
  if (bytes <= MAX_TEMPLATE_BODY_BYTES) return { TemplateBody: request.body };
  if (bytes > MAX_TEMPLATE_BYTES) {
    throw new StackCanaryError(
      'TEMPLATE_INVALID',
      `Template for stack ${request.stackName} is ${bytes} bytes, over CloudFormation's limit of 1 MB for a template in S3.`,
    );
  }
  if (!request.s3Bucket) {
    throw new ConfigError(
      's3-bucket',
      `Template for stack ${request.stackName} is ${bytes} bytes, over CloudFormation's 51,200-byte limit for an inline template: ` +
        'set input s3-bucket to a bucket in the stack’s region, and it is uploaded there first.',
    );
  }
  const key = `${request.s3Prefix ?? 'stack-canary'}/${request.stackName}/${createHash('sha256').update(request.body).digest('hex').slice(0, 16)}.template`;
  const { PutObjectCommand } = await sdk.s3();
  await s3.send(new PutObjectCommand({ Bucket: request.s3Bucket, Key: key, Body: request.body }));
  const region = await s3.config.region();
  const domain = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  const url = `https://${request.s3Bucket}.s3.${region}.${domain}/${key}`;
  logger.info(`Template is ${bytes} bytes (over 51,200): uploaded to s3://${request.s3Bucket}/${key}`);
  return { TemplateURL: url };
}

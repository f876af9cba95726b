import { describe, expect, it } from '@jest/globals';
import {
  clientsConstructed,
  createAwsClients,
  destroyAwsClients,
  resolveRegion,
  USER_AGENT,
} from '../../../src/aws/clients.js';
import { ConfigError } from '../../../src/errors.js';
import { VERSION } from '../../../src/version.js';
import { readFileSync } from 'node:fs';

describe('resolveRegion', () => {
  it('prefers the input, then AWS_REGION, then AWS_DEFAULT_REGION', () => {
    expect(resolveRegion('eu-west-1', { AWS_REGION: 'us-east-1' })).toBe('eu-west-1');
    expect(resolveRegion(undefined, { AWS_REGION: 'us-east-2', AWS_DEFAULT_REGION: 'us-west-2' })).toBe(
      'us-east-2',
    );
    expect(resolveRegion(undefined, { AWS_DEFAULT_REGION: 'us-west-2' })).toBe('us-west-2');
  });

  it('names the input when no region can be found', () => {
    expect(() => resolveRegion(undefined, {})).toThrow(ConfigError);
    expect(() => resolveRegion(undefined, {})).toThrow(
      'Input region is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set. Accepted: an AWS region such as eu-west-1.',
    );
  });
});

describe('createAwsClients', () => {
  it('builds every client lazily, in the region, with adaptive retries and our user agent', async () => {
    const before = clientsConstructed();
    const clients = await createAwsClients({ region: 'eu-central-1' });
    try {
      expect(clientsConstructed()).toBe(before + 6);
      expect(await clients.cloudFormation.config.region()).toBe('eu-central-1');
      expect(await clients.lambda.config.retryStrategy()).toMatchObject({ mode: 'adaptive' });
      expect(clients.sns.config.customUserAgent).toEqual([[USER_AGENT]]);
    } finally {
      destroyAwsClients(clients);
    }
  });

  it('sends the package version in the user agent', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(VERSION).toBe(pkg.version);
    expect(USER_AGENT).toBe(`stack-canary/${pkg.version}`);
  });
});

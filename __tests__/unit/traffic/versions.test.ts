/** Publishing versions (code-hash guard, waiting out an update), tags, and the SNS notice. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  GetFunctionConfigurationCommand,
  LambdaClient,
  PreconditionFailedException,
  PublishVersionCommand,
  ServiceException,
  TagResourceCommand,
} from '@aws-sdk/client-lambda';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { lastPassedTagKey } from '../../../src/constants.js';
import { notifyTopic, snsSubject } from '../../../src/traffic/notify.js';
import { tagLastPassed } from '../../../src/traffic/tags.js';
import { publishVersion, unqualifiedArn } from '../../../src/traffic/versions.js';
import { FakeClock } from '../../helpers/fake-clock.js';

const meta = { $metadata: {} };
const lambdaMock = mockClient(LambdaClient);
const snsMock = mockClient(SNSClient);
const lambda = new LambdaClient({ region: 'eu-west-1' });
const ARN = 'arn:aws:lambda:eu-west-1:123456789012:function:orders';
const ready = {
  FunctionArn: ARN,
  CodeSha256: 'sha-new',
  RevisionId: 'fr1',
  State: 'Active',
  LastUpdateStatus: 'Successful',
  MemorySize: 512,
  Timeout: 30,
} as const;

beforeEach(() => {
  lambdaMock.reset();
  snsMock.reset();
});
afterEach(() => {
  lambdaMock.reset();
});

describe('publishVersion', () => {
  it('publishes with the deployed code hash and revision as guards, and reads memory and timeout', async () => {
    lambdaMock.on(GetFunctionConfigurationCommand).resolves(ready);
    lambdaMock
      .on(PublishVersionCommand)
      .resolves({ Version: '5', CodeSha256: 'sha-new', MemorySize: 512, Timeout: 30 });
    const published = await publishVersion(lambda, 'orders', { clock: new FakeClock() });
    expect(lambdaMock).toHaveReceivedCommandWith(PublishVersionCommand, {
      FunctionName: 'orders',
      CodeSha256: 'sha-new',
      RevisionId: 'fr1',
    });
    expect(published).toEqual({
      functionName: 'orders',
      functionArn: ARN,
      version: '5',
      codeSha256: 'sha-new',
      memorySizeMb: 512,
      timeoutSeconds: 30,
    });
  });

  it('waits (on the injected clock) while an update is in progress', async () => {
    lambdaMock
      .on(GetFunctionConfigurationCommand)
      .resolvesOnce({ ...ready, LastUpdateStatus: 'InProgress' })
      .resolvesOnce({ ...ready, State: 'Pending' })
      .resolves(ready);
    lambdaMock.on(PublishVersionCommand).resolves({ Version: '5', CodeSha256: 'sha-new' });
    const clock = new FakeClock();
    await publishVersion(lambda, 'orders', { clock });
    expect(lambdaMock).toHaveReceivedCommandTimes(GetFunctionConfigurationCommand, 3);
    expect(clock.sleeps.length).toBe(2);
  });

  it('gives up with a timeout naming the function', async () => {
    lambdaMock.on(GetFunctionConfigurationCommand).resolves({ ...ready, LastUpdateStatus: 'InProgress' });
    await expect(
      publishVersion(lambda, 'orders', { clock: new FakeClock(), timeoutMs: 10_000 }),
    ).rejects.toThrow('waiting for function orders to finish its update');
    expect(lambdaMock).toHaveReceivedCommandTimes(PublishVersionCommand, 0);
  });

  it('stops on a failed update with its reason', async () => {
    lambdaMock
      .on(GetFunctionConfigurationCommand)
      .resolves({ ...ready, LastUpdateStatus: 'Failed', LastUpdateStatusReason: 'bad image' });
    await expect(publishVersion(lambda, 'orders', { clock: new FakeClock() })).rejects.toThrow(
      'failed state: bad image',
    );
  });

  it('a function changed by someone else while publishing is a conflict', async () => {
    lambdaMock.on(GetFunctionConfigurationCommand).resolves(ready);
    lambdaMock
      .on(PublishVersionCommand)
      .rejects(new PreconditionFailedException({ message: 'revision', ...meta }));
    await expect(publishVersion(lambda, 'orders', { clock: new FakeClock() })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('a version whose code is not the deployed code is a conflict', async () => {
    lambdaMock.on(GetFunctionConfigurationCommand).resolves(ready);
    lambdaMock.on(PublishVersionCommand).resolves({ Version: '5', CodeSha256: 'sha-other' });
    await expect(publishVersion(lambda, 'orders', { clock: new FakeClock() })).rejects.toThrow(
      'someone else changed the code',
    );
  });

  it('other publish errors propagate', async () => {
    lambdaMock.on(GetFunctionConfigurationCommand).resolves(ready);
    lambdaMock.on(PublishVersionCommand).rejects(new ServiceException({ message: 'internal', ...meta }));
    await expect(publishVersion(lambda, 'orders', { clock: new FakeClock() })).rejects.toBeInstanceOf(
      ServiceException,
    );
  });

  it('refuses an answer without a version number', async () => {
    lambdaMock.on(GetFunctionConfigurationCommand).resolves(ready);
    lambdaMock.on(PublishVersionCommand).resolves({ Version: '$LATEST' });
    await expect(publishVersion(lambda, 'orders', { clock: new FakeClock() })).rejects.toThrow(
      'no version number',
    );
  });

  it('strips a qualifier from the function ARN', () => {
    expect(unqualifiedArn(`${ARN}:5`)).toBe(ARN);
    expect(unqualifiedArn(ARN)).toBe(ARN);
  });
});

describe('tagLastPassed', () => {
  it('tags the function with the alias-specific key', async () => {
    lambdaMock.on(TagResourceCommand).resolves({});
    await tagLastPassed(lambda, ARN, 'live', '5');
    expect(lambdaMock).toHaveReceivedCommandWith(TagResourceCommand, {
      Resource: ARN,
      Tags: { [lastPassedTagKey('live')]: '5' },
    });
  });
});

describe('notifyTopic', () => {
  it('publishes a clean subject and the message', async () => {
    snsMock.on(PublishCommand).resolves({ MessageId: '1' });
    await notifyTopic(
      new SNSClient({ region: 'eu-west-1' }),
      'arn:aws:sns:eu-west-1:1:t',
      'rolled\nback ✓',
      'body',
    );
    expect(snsMock).toHaveReceivedCommandWith(PublishCommand, {
      TopicArn: 'arn:aws:sns:eu-west-1:1:t',
      Subject: 'rolled back',
      Message: 'body',
    });
  });

  it('keeps subjects within 100 printable characters', () => {
    expect(snsSubject('x'.repeat(150))).toHaveLength(100);
    expect(snsSubject('✓✓')).toBe('stack-canary');
  });
});

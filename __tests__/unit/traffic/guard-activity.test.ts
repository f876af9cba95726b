/** Reading back what the guard did from the function's tags: the parser on hostile, missing and bad values, and the read. */
import { afterEach, describe, expect, it } from '@jest/globals';
import { GetFunctionConfigurationCommand, LambdaClient, ListTagsCommand } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { guardCooldownTagKey, lastPassedTagKey } from '../../../src/constants.js';
import { parseGuardActivity, readGuardActivity } from '../../../src/traffic/guard-activity.js';
import { guardRolledBackTagKey, promotedAtTagKey } from '../../../src/traffic/tags.js';
import { MemoryLogger } from '../../helpers/memory-logger.js';

const ALIAS = 'live';
const PROMOTED = '2026-11-29T10:00:00.000Z';
const rolledBack = (text: string) => ({ [guardRolledBackTagKey(ALIAS)]: text });
const promoted = { [promotedAtTagKey(ALIAS)]: PROMOTED, [lastPassedTagKey(ALIAS)]: '4' };
const parse = (tags: Record<string, string>) => parseGuardActivity('orders', ALIAS, tags);

describe('parseGuardActivity', () => {
  it('GIVEN a guard rollback after the promotion WHEN parsed THEN it gives the version, the time and the reason', () => {
    const activity = parse({
      ...promoted,
      ...rolledBack('v5 at 2026-11-29T12:30:00.000Z: error rate 4.1% against 0.2% before'),
      [guardCooldownTagKey(ALIAS)]: '2026-11-29T12:30:00.000Z',
    });
    expect(activity).toEqual({
      functionName: 'orders',
      alias: ALIAS,
      promotedAt: PROMOTED,
      lastPassed: '4',
      rolledBack: {
        version: '5',
        at: '2026-11-29T12:30:00.000Z',
        reason: 'error rate 4.1% against 0.2% before',
      },
      lastActionAt: '2026-11-29T12:30:00.000Z',
    });
  });

  it('GIVEN guard tags older than the promotion WHEN parsed THEN the guard did nothing since the release', () => {
    expect(
      parse({
        ...promoted,
        ...rolledBack('v3 at 2026-11-28T09:00:00.000Z: old news'),
        [guardCooldownTagKey(ALIAS)]: '2026-11-29T09:59:59.999Z',
      }),
    ).toBeUndefined();
  });

  it('GIVEN no promotion tag WHEN the guard acted THEN its action counts, with no promotion time', () => {
    const activity = parse({ [guardCooldownTagKey(ALIAS)]: '2026-11-29T08:00:00Z' });
    expect(activity).toMatchObject({
      promotedAt: undefined,
      rolledBack: undefined,
      lastActionAt: '2026-11-29T08:00:00.000Z',
    });
  });

  it('GIVEN no guard tags, or only other aliases’ WHEN parsed THEN nothing', () => {
    expect(parse({})).toBeUndefined();
    expect(parse(promoted)).toBeUndefined();
    expect(parse({ [guardCooldownTagKey('other')]: '2026-11-29T12:00:00Z' })).toBeUndefined();
  });

  it.each([
    ['not a time', 'yesterday'],
    ['a date only', '2026-11-29'],
    ['an impossible date', '2026-13-45T99:99:99Z'],
    ['a local time', '2026-11-29T12:00:00+02:00'],
    ['empty', ''],
  ])('GIVEN a last-action time that is %s WHEN parsed THEN it counts as absent', (_, value) => {
    expect(parse({ [guardCooldownTagKey(ALIAS)]: value })).toBeUndefined();
  });

  it.each([
    ['no version', 'at 2026-11-29T12:00:00Z: bad'],
    ['a version that is not a number', 'v$LATEST at 2026-11-29T12:00:00Z: bad'],
    ['a bad time', 'v5 at soon: bad'],
    ['no reason separator', 'v5 at 2026-11-29T12:00:00Z'],
  ])('GIVEN a rollback tag with %s WHEN parsed THEN it is ignored', (_, value) => {
    expect(parse({ ...promoted, ...rolledBack(value) })).toBeUndefined();
  });

  it('GIVEN a bad promotion time WHEN the guard acted THEN its action counts and no promotion time is claimed', () => {
    const activity = parse({
      [promotedAtTagKey(ALIAS)]: 'garbage',
      ...rolledBack('v5 at 2026-11-29T12:00:00Z: x'),
    });
    expect(activity).toMatchObject({ promotedAt: undefined, rolledBack: { version: '5', reason: 'x' } });
  });

  it('GIVEN hostile reason text and a hostile last-passed tag WHEN parsed THEN the reason is kept on one line as text to escape later and the version is dropped', () => {
    const reason = '<script>alert(1)</script> [x](https://evil) | ::set-output name=a::b';
    const activity = parse({
      [lastPassedTagKey(ALIAS)]: '4 | <b>',
      ...rolledBack(`v5 at 2026-11-29T12:00:00Z: ${reason}\n::add-mask::x`),
    });
    expect(activity?.rolledBack?.reason).toBe(`${reason} ::add-mask::x`);
    expect(activity?.lastPassed).toBeUndefined();
  });
});

describe('readGuardActivity', () => {
  const lambdaMock = mockClient(LambdaClient);
  const lambda = new LambdaClient({ region: 'eu-west-1' });
  const ARN = 'arn:aws:lambda:eu-west-1:123456789012:function:orders';
  afterEach(() => {
    lambdaMock.reset();
  });

  it('GIVEN a function name WHEN read THEN its ARN comes from Lambda and its tags are parsed', async () => {
    lambdaMock.on(GetFunctionConfigurationCommand).resolves({ FunctionArn: ARN });
    lambdaMock
      .on(ListTagsCommand, { Resource: ARN })
      .resolves({ Tags: { [guardCooldownTagKey(ALIAS)]: '2026-11-29T12:00:00Z' } });
    const activity = await readGuardActivity(lambda, 'orders', ALIAS, new MemoryLogger());
    expect(activity?.lastActionAt).toBe('2026-11-29T12:00:00.000Z');
  });

  it('GIVEN a qualified ARN WHEN read THEN the tags are asked of the function, without a GetFunctionConfiguration', async () => {
    lambdaMock
      .on(ListTagsCommand, { Resource: ARN })
      .resolves({ Tags: rolledBack('v2 at 2026-11-29T12:00:00Z: x') });
    const activity = await readGuardActivity(lambda, `${ARN}:live`, ALIAS, new MemoryLogger());
    expect(activity?.rolledBack?.version).toBe('2');
    expect(lambdaMock.commandCalls(GetFunctionConfigurationCommand)).toHaveLength(0);
  });

  it('GIVEN the alias ARN read with the alias WHEN read THEN the tags are asked of its function, without a GetFunctionConfiguration', async () => {
    lambdaMock
      .on(ListTagsCommand, { Resource: ARN })
      .resolves({ Tags: rolledBack('v3 at 2026-11-29T12:00:00Z: y') });
    const activity = await readGuardActivity(lambda, 'orders', ALIAS, new MemoryLogger(), `${ARN}:live`);
    expect(activity).toEqual(
      expect.objectContaining({
        functionName: 'orders',
        rolledBack: expect.objectContaining({ version: '3' }),
      }),
    );
    expect(lambdaMock.commandCalls(GetFunctionConfigurationCommand)).toHaveLength(0);
  });

  it('GIVEN ListTags denied WHEN read THEN nothing, and one debug line says why', async () => {
    lambdaMock
      .on(ListTagsCommand)
      .rejects(new Error('AccessDeniedException: not authorized to perform lambda:ListTags'));
    const logger = new MemoryLogger();
    await expect(readGuardActivity(lambda, ARN, ALIAS, logger)).resolves.toBeUndefined();
    expect(logger.lines).toEqual([
      {
        level: 'debug',
        message: expect.stringContaining("orders: the guard's tags were not read (AccessDeniedException"),
      },
    ]);
  });
});

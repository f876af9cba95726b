/**
 * The guard's code in templates/monitoring.yaml is templates/guard/index.cjs (what the unit tests
 * run), inlined by scripts/inline-guard.mjs; and the template hands it the settings it reads.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { GetAliasCommand, LambdaClient, ListTagsCommand, UpdateAliasCommand } from '@aws-sdk/client-lambda';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { guardCooldownTagKey, lastPassedTagKey } from '../../../src/constants.js';
import { isObject } from '../../../src/stack/template-parse.js';
import type { GuardModule } from '../../helpers/guard.js';
import { GUARD_SOURCE_PATH } from '../../helpers/guard.js';
import { properties, readTemplate, resolve } from '../../helpers/templates.js';

const source = readFileSync(GUARD_SOURCE_PATH, 'utf8');
const { template } = readTemplate('monitoring.yaml');
const guardProps = properties(template, 'GuardFunction');
const code = (guardProps['Code'] as { ZipFile: string }).ZipFile;

/** Inlined budget: well under CloudFormation's limits (ZipFile's own cap was lifted to a 4 MB zip
 * in 2022; the template body's 51,200 bytes is what counts), so keep the guard small. */
const BUDGET_BYTES = 8192;

describe('the guard inlined in the monitoring template', () => {
  it('GIVEN the guard source WHEN compared THEN the ZipFile is the source without comment lines, indentation and blank lines', () => {
    const expected = source
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('//'))
      .join('\n');
    expect(code.trimEnd()).toBe(expected);
  });

  it('GIVEN the repository WHEN the inline script checks THEN the template is current', () => {
    const script = fileURLToPath(new URL('../../../scripts/inline-guard.mjs', import.meta.url));
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it(`GIVEN the inlined code WHEN measured THEN it stays within ${BUDGET_BYTES} bytes`, () => {
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('GIVEN the inlined code WHEN run as the Lambda runtime would (CommonJS index.js) THEN it rolls an alias back like the source', async () => {
    const require = createRequire(import.meta.url);
    const module = { exports: {} as GuardModule };
    new Function('require', 'module', 'exports', code)(require, module, module.exports);
    const lambda = mockClient(LambdaClient);
    lambda.on(GetAliasCommand).resolves({ AliasArn: 'arn:aws:lambda:eu-west-1:1:function:orders:live', FunctionVersion: '3' });
    lambda.on(ListTagsCommand).resolves({ Tags: { [lastPassedTagKey('live')]: '2' } });
    const handler = module.exports.createHandler({
      settings: module.exports.settingsFrom({ FUNCTIONS: 'orders', ALIAS: 'live', ALARM_PREFIX: 'm-', LAST_PASSED_TAG: lastPassedTagKey('live') }),
      clients: { lambda: new LambdaClient({}), cloudWatch: new CloudWatchClient({}), sns: new SNSClient({}) },
      log: () => undefined,
    });

    const result = await handler({ 'detail-type': 'CloudWatch Alarm State Change', detail: { alarmName: 'm-orders-errors', state: { value: 'ALARM' } } });

    expect(result.guard).toBe('remediation');
    expect(lambda).toHaveReceivedCommandWith(UpdateAliasCommand, { FunctionName: 'orders', FunctionVersion: '2' });
    lambda.restore();
  });

  it('GIVEN the GuardFunction environment WHEN compared with what the guard reads THEN every variable is set and none is unused', () => {
    const read = new Set([...source.matchAll(/env\.([A-Z_]+)/g)].map((m) => m[1]));
    const variables = (guardProps['Environment'] as { Variables: Record<string, unknown> }).Variables;
    expect(Object.keys(variables).sort()).toEqual([...read].sort());
  });

  it('GIVEN an alias WHEN the tag names are resolved THEN they are the ones the action writes (src/constants.ts)', () => {
    const variables = (guardProps['Environment'] as { Variables: Record<string, never> }).Variables;
    const vars = { Alias: 'live' };
    expect(resolve(variables['LAST_PASSED_TAG'], vars)).toBe(lastPassedTagKey('live'));
    expect(resolve(variables['COOLDOWN_TAG'], vars)).toBe(guardCooldownTagKey('live'));
  });

  it('GIVEN the runtime WHEN checked THEN it is a supported Node.js runtime whose SDK v3 the guard uses', () => {
    expect(guardProps['Runtime']).toMatch(/^nodejs(2[2-9]|[3-9]\d)\.x$/);
    expect(guardProps['Handler']).toBe('index.handler');
    expect(isObject(guardProps['Code'])).toBe(true);
  });
});

/**
 * templates/sample-app.yaml: what the demo relies on, and its inline handler run as Lambda would.
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import type { CfnObject } from '../../../src/stack/template-parse.js';
import { isObject } from '../../../src/stack/template-parse.js';
import { properties, readTemplate, section } from '../../helpers/templates.js';

const { template } = readTemplate('sample-app.yaml');
const fn = properties(template, 'Function');

type Handler = (event: unknown) => Promise<{ statusCode: number; headers: Record<string, string>; body: string }>;

/** Loads the inline ZipFile the way the Node.js runtime loads index.js, with this environment. */
function loadHandler(env: Record<string, string>): Handler {
  const zip = ((fn['Code'] as CfnObject)['Fn::If'] as CfnValueList)[2] as CfnObject;
  const module = { exports: {} as { handler: Handler } };
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    new Function('require', 'module', 'exports', 'process', 'Buffer', zip['ZipFile'] as string)(
      () => undefined,
      module,
      module.exports,
      process,
      Buffer,
    );
  } finally {
    process.env = saved;
  }
  return module.exports.handler;
}
type CfnValueList = unknown[];

describe('sample app template', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('GIVEN the template WHEN read THEN it declares no alias: the action owns it', () => {
    const types = Object.values(section(template, 'Resources')).map((r) => (r as CfnObject)['Type']);
    expect(types).not.toContain('AWS::Lambda::Alias');
    expect(types).not.toContain('AWS::Serverless::Function');
    expect(JSON.stringify(template)).not.toContain('AutoPublishAlias');
  });

  it('GIVEN the parameters WHEN read THEN memory, failure rate, extra memory and S3 code are configurable', () => {
    expect(Object.keys(section(template, 'Parameters'))).toEqual(
      expect.arrayContaining(['MemorySize', 'FailureRate', 'ExtraMemoryMb', 'CodeBucket', 'CodeKey', 'Release']),
    );
    expect(fn['MemorySize']).toEqual({ Ref: 'MemorySize' });
    expect((fn['Environment'] as CfnObject)['Variables']).toEqual({
      FAILURE_RATE: { Ref: 'FailureRate' },
      EXTRA_MEMORY_MB: { Ref: 'ExtraMemoryMb' },
      RELEASE: { Ref: 'Release' },
    });
    const [condition, s3] = (fn['Code'] as CfnObject)['Fn::If'] as [string, CfnObject];
    expect(condition).toBe('HasS3Code');
    expect(s3).toEqual({ S3Bucket: { Ref: 'CodeBucket' }, S3Key: { Ref: 'CodeKey' } });
  });

  it('GIVEN the outputs WHEN read THEN the function name and ARN are there', () => {
    expect(section(template, 'Outputs')).toMatchObject({
      FunctionName: { Value: { Ref: 'Function' } },
      FunctionArn: { Value: { 'Fn::GetAtt': ['Function', 'Arn'] } },
    });
  });

  it('GIVEN its log group WHEN read THEN it is the function log group with a retention, and the role may write only there', () => {
    expect(properties(template, 'FunctionLogGroup')).toEqual({
      LogGroupName: { 'Fn::Sub': '/aws/lambda/${Function}' },
      RetentionInDays: 14,
    });
    const statement = ((properties(template, 'FunctionLogPolicy')['PolicyDocument'] as CfnObject)['Statement'] as CfnObject[])[0];
    expect(statement).toEqual({
      Effect: 'Allow',
      Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      Resource: { 'Fn::GetAtt': ['FunctionLogGroup', 'Arn'] },
    });
  });
});

describe('sample app handler', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('GIVEN a healthy release WHEN called like an HTTP request THEN it answers 200 with JSON', async () => {
    const handler = loadHandler({ FAILURE_RATE: '0', EXTRA_MEMORY_MB: '0', RELEASE: 'v2' });
    const response = await handler({ rawPath: '/orders' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json');
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, path: '/orders', release: 'v2', ballastMb: 0 });
  });

  it('GIVEN FailureRate 0.3 WHEN the dice say 0.2 and then 0.5 THEN the first request fails and the second succeeds', async () => {
    const handler = loadHandler({ FAILURE_RATE: '0.3', EXTRA_MEMORY_MB: '0' });
    jest.spyOn(Math, 'random').mockReturnValueOnce(0.2).mockReturnValueOnce(0.5);
    await expect(handler({})).rejects.toThrow('injected failure (FAILURE_RATE=0.3)');
    await expect(handler({})).resolves.toMatchObject({ statusCode: 200 });
  });

  it('GIVEN ExtraMemoryMb 3 WHEN called THEN the request holds 3 MB more', async () => {
    const handler = loadHandler({ FAILURE_RATE: '0', EXTRA_MEMORY_MB: '3' });
    const response = await handler({ path: '/x' });
    expect(JSON.parse(response.body)).toMatchObject({ ballastMb: 3, path: '/x' });
  });

  it('GIVEN the code WHEN checked THEN it runs on a CommonJS Node.js runtime (an inline ZipFile becomes index.js)', () => {
    expect(fn['Runtime']).toMatch(/^nodejs\d+\.x$/);
    expect(fn['Handler']).toBe('index.handler');
    expect(isObject(fn['Code'])).toBe(true);
  });
});

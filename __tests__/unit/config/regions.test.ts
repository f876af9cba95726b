/**
 * The regions and wave-bake inputs: the waves they parse to, every bad value refused with one line
 * before any AWS call, `{region}` filled in per region, and configForRegion.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { cliHelpText, parseCliArgs } from '../../../src/cli/args.js';
import { AWS_PARTITION_REGIONS } from '../../../src/config/aws-regions.js';
import type { InputName } from '../../../src/config/inputs.js';
import { parseConfig } from '../../../src/config/parse.js';
import {
  MAX_REGIONS,
  closestRegion,
  configForRegion,
  parseRegions,
  partitionOf,
} from '../../../src/config/regions.js';
import { s3UrlRegion } from '../../../src/config/s3-url.js';
import { valuesToMask } from '../../../src/config/secrets.js';
import { InvalidInputsError } from '../../../src/errors.js';
import { configErrorOf, inputs, problemLine, suiteFixture } from '../../helpers/config.js';

const ACCEPTED =
  'Expected AWS region names in waves separated by |, the regions of a wave by commas, each region once and at most 20 in all, such as us-east-1 | eu-west-1, ap-southeast-2.';
const NO_ENV = { env: {} };

/** The one line parseRegions' problem becomes. */
const regionsLine = (raw: string): string => problemLine('regions', () => parseRegions(raw));

/** The lines parseConfig refuses `values` with, each with its input. */
function faults(
  values: Partial<Record<InputName, string>>,
  options = {},
): { input: string; message: string }[] {
  const error = configErrorOf(() => parseConfig(inputs(values), { ...NO_ENV, ...options }));
  expect(error).toBeInstanceOf(InvalidInputsError);
  return [...(error as InvalidInputsError).faults];
}

describe('parseRegions', () => {
  it('reads waves split by |, regions by commas or line breaks, whitespace around either', () => {
    expect(parseRegions('us-east-1 | eu-west-1, ap-southeast-2')).toEqual([
      ['us-east-1'],
      ['eu-west-1', 'ap-southeast-2'],
    ]);
    expect(parseRegions('  us-east-1|eu-west-1 ,\n ap-southeast-2 \n| sa-east-1 ')).toEqual([
      ['us-east-1'],
      ['eu-west-1', 'ap-southeast-2'],
      ['sa-east-1'],
    ]);
    expect(parseRegions('eu-west-1,\neu-central-1,')).toEqual([['eu-west-1', 'eu-central-1']]);
  });

  it('is empty for an empty value: the run keeps its one region', () => {
    expect(parseRegions('')).toEqual([]);
    expect(parseRegions('  \n ')).toEqual([]);
  });

  it('takes every region of a partition, the other partitions too', () => {
    expect(parseRegions('cn-north-1 | cn-northwest-1')).toEqual([['cn-north-1'], ['cn-northwest-1']]);
    expect(parseRegions('us-gov-west-1, us-gov-east-1')).toEqual([['us-gov-west-1', 'us-gov-east-1']]);
  });

  it('refuses an unknown region, naming the closest', () => {
    expect(regionsLine('us-east-1 | eu-wset-1')).toBe(
      `Invalid input regions: entry "eu-wset-1" (not an AWS region; the closest is eu-west-1). ${ACCEPTED}`,
    );
    expect(regionsLine('US-EAST-1')).toBe(
      `Invalid input regions: entry "US-EAST-1" (not an AWS region; the closest is us-east-1). ${ACCEPTED}`,
    );
    expect(regionsLine('eu-west-9')).toContain('the closest is eu-west-1');
    expect(regionsLine('us-east-1 eu-west-1')).toContain('entry "us-east-1 eu-west-1" (not an AWS region;');
  });

  it('refuses a region named twice, in one wave or in two', () => {
    expect(regionsLine('eu-west-1, us-east-1, eu-west-1')).toBe(
      `Invalid input regions: entry "eu-west-1" (named twice in wave 1: each region is deployed once). ${ACCEPTED}`,
    );
    expect(regionsLine('us-east-1 | eu-west-1 | us-east-1')).toBe(
      `Invalid input regions: entry "us-east-1" (named in waves 1 and 3: each region is deployed once). ${ACCEPTED}`,
    );
  });

  it.each([
    ['us-east-1 || eu-west-1', 'wave 2 of 3 is empty'],
    ['| us-east-1', 'wave 1 of 2 is empty'],
    ['us-east-1 |', 'wave 2 of 2 is empty'],
    ['us-east-1 | , | eu-west-1', 'wave 2 of 3 is empty'],
    ['|', 'wave 1 of 2 is empty'],
  ])('refuses an empty wave: %j', (raw, reason) => {
    expect(regionsLine(raw)).toBe(`Invalid input regions: ${JSON.stringify(raw)} (${reason}). ${ACCEPTED}`);
  });

  it(`takes ${MAX_REGIONS} regions and refuses more`, () => {
    const aws = AWS_PARTITION_REGIONS.aws ?? [];
    const twenty = aws.slice(0, MAX_REGIONS);
    expect(parseRegions(`${twenty.slice(0, 1).join()} | ${twenty.slice(1).join(', ')}`).flat()).toEqual(
      twenty,
    );
    const raw = aws.slice(0, MAX_REGIONS + 1).join(',');
    expect(regionsLine(raw)).toContain('(21 regions, over the 20 one run deploys).');
  });

  it('refuses regions of two partitions (one set of credentials reaches one)', () => {
    expect(regionsLine('us-east-1 | cn-north-1')).toBe(
      `Invalid input regions: "us-east-1 | cn-north-1" (us-east-1 is in partition aws and cn-north-1 in aws-cn: one run's credentials reach one partition). ${ACCEPTED}`,
    );
  });

  it('knows each region’s partition, and suggests only known regions', () => {
    expect(partitionOf('eu-west-1')).toBe('aws');
    expect(partitionOf('us-gov-west-1')).toBe('aws-us-gov');
    expect(partitionOf('mars-east-1')).toBeUndefined();
    expect(closestRegion('ap-southeast-22')).toBe('ap-southeast-2');
    expect(closestRegion('cn-north1')).toBe('cn-north-1');
  });
});

describe('the regions and wave-bake inputs in parseConfig', () => {
  it('puts the waves and the bake in the config; both empty by default', () => {
    const config = parseConfig(
      inputs({ functions: 'orders', regions: 'us-east-1 | eu-west-1, eu-central-1', 'wave-bake': '30m' }),
      NO_ENV,
    );
    expect(config.regions).toEqual([['us-east-1'], ['eu-west-1', 'eu-central-1']]);
    expect(config.waveBakeMs).toBe(30 * 60_000);
    expect(config.region).toBeUndefined();
    const single = parseConfig(inputs({ functions: 'orders' }), NO_ENV);
    expect({ regions: single.regions, waveBakeMs: single.waveBakeMs }).toEqual({
      regions: [],
      waveBakeMs: 0,
    });
  });

  it('refuses a wave-bake that is no duration, or is out of range', () => {
    const expected = 'Expected a duration from 0 to 24h, such as 0, 30m or 2h.';
    const base = { functions: 'orders', regions: 'us-east-1 | eu-west-1' };
    expect(faults({ ...base, 'wave-bake': '5 minutes' })).toEqual([
      { input: 'wave-bake', message: `Invalid input wave-bake: "5 minutes". ${expected}` },
    ]);
    expect(faults({ ...base, 'wave-bake': '25h' })).toEqual([
      { input: 'wave-bake', message: `Invalid input wave-bake: "25h" (out of range). ${expected}` },
    ]);
  });

  it('refuses a wave-bake without a second wave to hold for', () => {
    const message =
      'Invalid input wave-bake: "10m" (wave-bake holds between waves, and there is one). Expected 0, or regions with two waves or more, such as us-east-1 | eu-west-1.';
    expect(faults({ functions: 'orders', 'wave-bake': '10m' })).toEqual([{ input: 'wave-bake', message }]);
    expect(faults({ functions: 'orders', regions: 'us-east-1, eu-west-1', 'wave-bake': '10m' })).toEqual([
      { input: 'wave-bake', message },
    ]);
  });

  it('refuses wait: false with several regions, and takes it with one', () => {
    const detached = { 'stack-name': 'orders', functions: 'orders', wait: 'false' };
    expect(faults({ ...detached, regions: 'us-east-1 | eu-west-1' })).toEqual([
      {
        input: 'wait',
        message:
          'Invalid input wait: "false" (a detached canary is handed to one region\'s guard, and regions names 2). Expected true with several regions, or one region.',
      },
    ]);
    expect(parseConfig(inputs({ ...detached, regions: 'eu-west-1' }), NO_ENV).wait).toBe(false);
  });

  it('refuses the region input next to regions', () => {
    expect(faults({ functions: 'orders', region: 'eu-west-1', regions: 'eu-west-1 | us-east-1' })).toEqual([
      {
        input: 'region',
        message:
          'Invalid input region: "eu-west-1" (the regions input names the regions of the run). Expected it empty with regions.',
      },
    ]);
  });

  it('refuses an ARN of one region when regions deploys to another', () => {
    const regions = 'eu-west-1 | us-east-1';
    const fn = 'arn:aws:lambda:eu-west-1:123456789012:function:orders';
    expect(faults({ functions: fn, regions })).toEqual([
      {
        input: 'functions',
        message: `Invalid input functions: entry "${fn}" (in eu-west-1, but regions deploys to us-east-1 too). Expected a name instead of an ARN, as each region has its own.`,
      },
    ]);
    const topic = 'arn:aws:sns:eu-west-1:123456789012:alerts';
    const withTopic = faults({ 'stack-name': 'orders', 'notification-topic-arn': topic, regions });
    expect(withTopic.map((f) => f.input)).toEqual(['notification-topic-arn']);
    // One region, the ARN's own: taken, whatever the environment's region is.
    const config = parseConfig(inputs({ functions: fn, regions: 'eu-west-1' }), {
      env: { AWS_REGION: 'us-east-1' },
    });
    expect(config.functions).toEqual([fn]);
    expect(faults({ functions: fn, regions: 'us-east-1' }).map((f) => f.input)).toEqual(['functions']);
  });

  it('lists every fault at once, in the table order', () => {
    const found = faults({
      functions: 'orders',
      'stack-name': 'orders',
      wait: 'false',
      region: 'eu-west-1',
      regions: 'us-east-1, eu-west-1',
      'wave-bake': '1h',
    });
    expect(found.map((f) => f.input)).toEqual(['wait', 'region', 'wave-bake']);
  });
});

describe('{region} in s3-bucket, template and parameter-overrides', () => {
  const fixture = suiteFixture({
    'app-us-east-1.yaml': 'Resources: {}\n',
    'app-eu-west-1.yaml': 'Resources: {}\n',
    'big-eu-west-1.yaml': `# ${'x'.repeat(60_000)}\nResources: {}\n`,
    'big-us-east-1.yaml': 'Resources: {}\n',
    'params.json': '{"Region": "{region}", "Table": "orders-{region}", "Size": 3}',
  });
  const parse = (values: Partial<Record<InputName, string>>, env = {}) =>
    parseConfig(inputs({ 'stack-name': 'orders', ...values }), { cwd: fixture.dir, env });
  const refused = (values: Partial<Record<InputName, string>>, env = {}) =>
    faults({ 'stack-name': 'orders', ...values }, { cwd: fixture.dir, env });

  it('keeps {region} in the config of several regions; configForRegion fills it in', () => {
    const config = parse({
      regions: 'us-east-1 | eu-west-1',
      template: 'app-{region}.yaml',
      's3-bucket': 'templates-{region}',
      'parameter-overrides': 'Region={region},Bucket=code-{region}-1,Keep=@previous,Plain=x',
    });
    expect(config.s3Bucket).toBe('templates-{region}');
    const eu = configForRegion(config, 'eu-west-1');
    expect(eu.template).toEqual({ kind: 'file', path: `${fixture.dir}/app-eu-west-1.yaml` });
    expect(eu.s3Bucket).toBe('templates-eu-west-1');
    expect(eu.parameterOverrides).toEqual([
      { key: 'Region', value: 'eu-west-1' },
      { key: 'Bucket', value: 'code-eu-west-1-1' },
      { key: 'Keep', usePreviousValue: true },
      { key: 'Plain', value: 'x' },
    ]);
    expect({ region: eu.region, regions: eu.regions }).toEqual({ region: 'eu-west-1', regions: [] });
    expect(Object.isFrozen(eu) && Object.isFrozen(eu.parameterOverrides)).toBe(true);
    // Pure: the run's config is untouched, and another region gets its own.
    expect(config.template).toEqual({ kind: 'file', path: `${fixture.dir}/app-{region}.yaml` });
    expect(configForRegion(config, 'us-east-1').s3Bucket).toBe('templates-us-east-1');
  });

  it('fills {region} in the values of a parameter file too', () => {
    const config = parse({ regions: 'us-east-1 | eu-west-1', 'parameter-overrides': 'params.json' });
    expect(configForRegion(config, 'us-east-1').parameterOverrides).toEqual([
      { key: 'Region', value: 'us-east-1' },
      { key: 'Table', value: 'orders-us-east-1' },
      { key: 'Size', value: '3' },
    ]);
  });

  it('fills {region} in at once for a run in one region (the region input, else the environment)', () => {
    const values = { template: 'app-{region}.yaml', 'parameter-overrides': 'Region={region}' };
    const fromInput = parse({ ...values, region: 'eu-west-1' });
    expect(fromInput.template).toEqual({ kind: 'file', path: `${fixture.dir}/app-eu-west-1.yaml` });
    expect(fromInput.parameterOverrides).toEqual([{ key: 'Region', value: 'eu-west-1' }]);
    const fromEnv = parse(values, { AWS_DEFAULT_REGION: 'us-east-1' });
    expect(fromEnv.parameterOverrides).toEqual([{ key: 'Region', value: 'us-east-1' }]);
    expect(fromEnv.region).toBe('us-east-1');
  });

  it('refuses {region} when no region is known', () => {
    const expected = 'Expected regions or region given, or AWS_REGION set, or no {region}.';
    const reason = "({region} stands for the run's region, and none is known)";
    expect(refused({ template: 'app-{region}.yaml', 'parameter-overrides': 'Region={region}' })).toEqual([
      { input: 'template', message: `Invalid input template: "app-{region}.yaml" ${reason}. ${expected}` },
      {
        input: 'parameter-overrides',
        // parameter-overrides is secret: its values are hidden, but {region} alone masks nothing else.
        message: `Invalid input parameter-overrides: (hidden) ${reason}. ${expected}`,
      },
    ]);
  });

  it("refuses a region's template file that is not there", () => {
    expect(refused({ regions: 'us-east-1 | eu-west-2', template: 'app-{region}.yaml' })).toEqual([
      {
        input: 'template',
        message:
          'Invalid input template: file "app-eu-west-2.yaml" (not found). Expected the path of a template file or an https:// URL, such as infra/app.yaml.',
      },
    ]);
  });

  it("asks for s3-bucket when one region's template is over the inline limit", () => {
    expect(refused({ regions: 'us-east-1 | eu-west-1', template: 'big-{region}.yaml' })).toEqual([
      {
        input: 's3-bucket',
        message: expect.stringContaining(
          "(required: eu-west-1's template is 60017 bytes, over the 51200 CloudFormation takes inline)",
        ) as unknown as string,
      },
    ]);
    expect(
      parse({ regions: 'us-east-1 | eu-west-1', template: 'big-{region}.yaml', 's3-bucket': 'tpl' }).s3Bucket,
    ).toBe('tpl');
  });

  it('refuses an s3-bucket that is no bucket name in some region', () => {
    const long = `${'b'.repeat(49)}-{region}`;
    expect(parse({ regions: 'us-east-1', 's3-bucket': long }).s3Bucket).toBe(long);
    expect(refused({ regions: 'us-east-1 | ap-southeast-2', 's3-bucket': long })).toEqual([
      {
        input: 's3-bucket',
        message: expect.stringContaining(
          `(in ap-southeast-2 it is "${'b'.repeat(49)}-ap-southeast-2", no bucket name)`,
        ) as unknown as string,
      },
    ]);
    expect(refused({ 's3-bucket': 'Templates-{region}', region: 'eu-west-1' }).map((f) => f.input)).toEqual([
      's3-bucket',
    ]);
  });

  it("refuses a template URL outside the stack's region, and one URL for several regions", () => {
    const expected =
      "Expected an S3 URL in the stack's region, such as https://BUCKET.s3.REGION.amazonaws.com/KEY, with {region} in it for several regions.";
    const url = 'https://tpl.s3.eu-west-1.amazonaws.com/app.yaml';
    expect(refused({ template: url, region: 'us-east-1' })).toEqual([
      {
        input: 'template',
        message: `Invalid input template: "${url}" (the bucket is in eu-west-1, but the stack is in us-east-1: CloudFormation reads a template URL from the stack's region only). ${expected}`,
      },
    ]);
    expect(refused({ template: url }, { AWS_REGION: 'us-east-1' }).map((f) => f.input)).toEqual(['template']);
    expect(parse({ template: url, region: 'eu-west-1' }).template).toEqual({ kind: 'url', url });
    expect(refused({ template: url, regions: 'eu-west-1 | us-east-1' })).toEqual([
      {
        input: 'template',
        message: `Invalid input template: "${url}" (one URL for 2 regions, and a template URL must be in its stack's region). ${expected}`,
      },
    ]);
    const perRegion = 'https://tpl-{region}.s3.{region}.amazonaws.com/app.yaml';
    const config = parse({ template: perRegion, regions: 'eu-west-1 | us-east-1' });
    expect(configForRegion(config, 'us-east-1').template).toEqual({
      kind: 'url',
      url: 'https://tpl-us-east-1.s3.us-east-1.amazonaws.com/app.yaml',
    });
    const fixedRegion = 'https://tpl-{region}.s3.eu-west-1.amazonaws.com/app.yaml';
    expect(refused({ template: fixedRegion, regions: 'eu-west-1 | us-east-1' })[0]?.message).toContain(
      '(the bucket is in eu-west-1, but the stack is in us-east-1:',
    );
  });
});

describe('s3UrlRegion', () => {
  it.each([
    ['https://tpl.s3.eu-west-1.amazonaws.com/app.yaml', 'eu-west-1'],
    ['https://s3.eu-west-1.amazonaws.com/tpl/app.yaml', 'eu-west-1'],
    ['https://tpl.s3-eu-west-1.amazonaws.com/app.yaml', 'eu-west-1'],
    ['https://s3-ap-southeast-2.amazonaws.com/tpl/app.yaml', 'ap-southeast-2'],
    ['https://tpl.s3.dualstack.us-west-2.amazonaws.com/app.yaml', 'us-west-2'],
    ['https://s3-fips.us-gov-west-1.amazonaws.com/tpl/app.yaml', 'us-gov-west-1'],
    ['https://tpl.s3.cn-north-1.amazonaws.com.cn/app.yaml', 'cn-north-1'],
    ['https://s3-external-1.amazonaws.com/tpl/app.yaml', 'us-east-1'],
    ['https://my.s3.bucket.s3.eu-central-1.amazonaws.com/app.yaml', 'eu-central-1'],
    ['https://TPL.S3.EU-WEST-1.AMAZONAWS.COM/app.yaml', 'eu-west-1'],
  ])('reads the region of %s', (url, region) => {
    expect(s3UrlRegion(url)).toEqual({ s3: true, region });
  });

  it('names no region for the global endpoint, and no S3 for other hosts', () => {
    expect(s3UrlRegion('https://tpl.s3.amazonaws.com/app.yaml')).toEqual({ s3: true, region: undefined });
    expect(s3UrlRegion('https://s3.amazonaws.com/tpl/app.yaml')).toEqual({ s3: true, region: undefined });
    expect(s3UrlRegion('https://templates.example.com/app.yaml')).toEqual({ s3: false });
    expect(s3UrlRegion('not a url')).toEqual({ s3: false });
  });
});

describe('the CLI takes regions and wave-bake as the action does', () => {
  it('reads --regions and --wave-bake, and STACK_CANARY_REGIONS, into the same config', () => {
    const flags = parseCliArgs(
      ['--functions', 'orders', '--regions', 'us-east-1 | eu-west-1', '--wave-bake=15m'],
      {},
    );
    const fromFlags = parseConfig(flags.read, NO_ENV);
    expect({ regions: fromFlags.regions, waveBakeMs: fromFlags.waveBakeMs }).toEqual({
      regions: [['us-east-1'], ['eu-west-1']],
      waveBakeMs: 15 * 60_000,
    });
    const env = { STACK_CANARY_REGIONS: 'eu-west-1,eu-central-1', STACK_CANARY_FUNCTIONS: 'orders' };
    expect(parseConfig(parseCliArgs([], env).read, NO_ENV).regions).toEqual([['eu-west-1', 'eu-central-1']]);
    expect(cliHelpText()).toMatch(/--regions[\s\S]*--wave-bake/);
  });
});

describe('credentials-lifetime with waves', () => {
  it("counts each wave's canary, one after another, and the wave-bake between them", () => {
    const values = {
      functions: 'orders',
      'credentials-lifetime': '1h',
      regions: 'us-east-1 | eu-west-1 | eu-central-1',
    };
    // canary 10% 5m: 5m hold + 10m extend-hold + 3m settle = 18m a wave; 3 waves and 2 bakes of 5m: 1h4m.
    expect(faults({ ...values, 'wave-bake': '5m' })).toEqual([
      {
        input: 'credentials-lifetime',
        message:
          'Invalid input credentials-lifetime: "1h" (the canary may take 1h4m (3 waves of 18m (holds 5m, extend-hold 1 × 10m, settle wait 3m), wave-bake 2 × 5m), longer than the credentials live (1h, from credentials-lifetime)). Expected credentials-lifetime of at least 1h4m, or a shorter strategy, extend-hold or wave-bake, or fewer waves.',
      },
    ]);
    expect(parseConfig(inputs({ ...values, 'wave-bake': '3m' }), NO_ENV).waveBakeMs).toBe(3 * 60_000);
  });
});

describe('secrets with {region}', () => {
  it("masks each region's value of a parameter with {region}, as the run will send it", () => {
    const config = parseConfig(
      inputs({
        functions: 'orders',
        regions: 'us-east-1 | eu-west-1',
        'parameter-overrides': 'Key=s3cr3t-{region}',
      }),
      NO_ENV,
    );
    expect(valuesToMask(config)).toEqual(expect.arrayContaining(['s3cr3t-us-east-1', 's3cr3t-eu-west-1']));
    expect(valuesToMask(configForRegion(config, 'eu-west-1'))).toContain('s3cr3t-eu-west-1');
  });
});

describe('a hostile regions value', () => {
  it('is refused at once, without looking for the closest name of a long entry', () => {
    const long = 'x'.repeat(100_000);
    expect(regionsLine(long)).toContain('(not an AWS region).');
    expect(regionsLine('|'.repeat(100_000))).toContain('(wave 1 of 100001 is empty)');
  });
});

describe('the CI plugins take regions and wave-bake as text', () => {
  const yamlOf = (path: string): unknown[] =>
    parseAllDocuments(readFileSync(path, 'utf8')).map((d) => d.toJS());
  it('types wave-bake as a string, so that 30m passes, as regions does', () => {
    const [spec] = yamlOf('integrations/gitlab/templates/stack-canary.yml') as {
      spec: { inputs: Record<string, { type?: string; default?: unknown }> };
    }[];
    expect(spec?.spec.inputs['wave-bake']).toMatchObject({ default: '0s' });
    expect(spec?.spec.inputs['wave-bake']?.type).toBeUndefined();
    expect(spec?.spec.inputs.regions?.type).toBeUndefined();
    for (const file of ['commands/deploy-canary.yml', 'jobs/canary.yml']) {
      const [orb] = yamlOf(`integrations/circleci/src/${file}`) as {
        parameters: Record<string, { type: string }>;
      }[];
      expect([orb?.parameters['wave-bake']?.type, orb?.parameters.regions?.type]).toEqual([
        'string',
        'string',
      ]);
    }
    expect(readFileSync('integrations/jenkins/vars/stackCanary.groovy', 'utf8')).toMatch(
      /'regions': '',\n\s+'wave-bake': '0s',/,
    );
  });
});

describe('a presigned template URL in the wrong region', () => {
  it('is refused without its query: the credential and signature are never shown', () => {
    const url =
      'https://tpl.s3.eu-west-1.amazonaws.com/app.yaml?X-Amz-Credential=AKIAPLANTED0123456789%2F20260101&X-Amz-Signature=abcdef0123';
    const found = faults({ functions: 'orders', 'stack-name': 'orders', template: url, region: 'us-east-1' });
    expect(found.map((f) => f.input)).toEqual(['template']);
    expect(found[0]?.message).toContain(
      '"https://tpl.s3.eu-west-1.amazonaws.com/app.yaml" (the bucket is in eu-west-1',
    );
    expect(found[0]?.message).not.toMatch(/AKIA|Signature|Credential/);
  });
});

/**
 * The rules between the regions input and the rest: what several regions cannot share (wait:
 * false, the region input, an ARN in one region), wave-bake without a wave to wait for, and
 * `{region}` filled in for each region the stacks go to (a bucket name, a template file, a
 * template URL in the stack's own region).
 */
import { spanText } from './credentials-lifetime.js';
import type { FileAccess } from './files.js';
import type { InputName, InputValue } from './inputs.js';
import type { InputProblem } from './messages.js';
import { InputProblem as Problem, badEntry, badValue } from './messages.js';
import { parseS3Bucket } from './parsers.js';
import { hasRegionPlaceholder, regionsOf, withRegion } from './regions.js';
import { s3UrlRegion, shownUrl } from './s3-url.js';
import { INLINE_TEMPLATE_LIMIT_BYTES, localTemplate } from './sources.js';

type RegionRuleInput =
  | 'regions'
  | 'wave-bake'
  | 'region'
  | 'wait'
  | 'template'
  | 's3-bucket'
  | 'parameter-overrides'
  | 'functions'
  | 'notification-arns'
  | 'notification-topic-arn'
  | 'pre-traffic-hook'
  | 'post-traffic-hook';

/** What the region rules read of the parsed inputs. */
export type RegionInputs = { readonly [N in RegionRuleInput]: InputValue<N> };

export interface RegionRuleContext {
  /** The region of the run when neither regions nor region is given, and the variable it came from. */
  readonly fallbackRegion: { readonly region: string; readonly from: string } | undefined;
  readonly files: FileAccess;
}

type Found = { readonly input: InputName; readonly problem: InputProblem };

export function regionProblems(parsed: RegionInputs, context: RegionRuleContext): Found[] {
  const stackRegions = regionsOf(parsed.regions);
  if (stackRegions.length === 0) {
    const only = parsed.region ?? context.fallbackRegion?.region;
    return [
      ...waveBakeProblems(parsed),
      ...(only === undefined
        ? unknownRegionProblems(parsed)
        : templatedProblems(parsed, [only], context.files)),
    ];
  }
  return [
    ...severalRegionProblems(parsed, stackRegions.length),
    ...waveBakeProblems(parsed),
    ...arnProblems(parsed, stackRegions),
    ...templatedProblems(parsed, stackRegions, context.files),
  ];
}

function severalRegionProblems(parsed: RegionInputs, count: number): Found[] {
  const problems: Found[] = [];
  if (parsed.region !== undefined) {
    const reason = 'the regions input names the regions of the run';
    problems.push({
      input: 'region',
      problem: badValue(parsed.region, { reason, expected: 'it empty with regions' }),
    });
  }
  if (!parsed.wait && count > 1) {
    const reason = `a detached canary is handed to one region's guard, and regions names ${count}`;
    const expected = 'true with several regions, or one region';
    problems.push({ input: 'wait', problem: badValue('false', { reason, expected }) });
  }
  return problems;
}

function waveBakeProblems(parsed: RegionInputs): Found[] {
  if (parsed['wave-bake'] === 0 || parsed.regions.length > 1) return [];
  const reason = 'wave-bake holds between waves, and there is one';
  const expected = '0, or regions with two waves or more, such as us-east-1 | eu-west-1';
  return [{ input: 'wave-bake', problem: badValue(spanText(parsed['wave-bake']), { reason, expected }) }];
}

/** `{region}` with no region known at all. */
function unknownRegionProblems(parsed: RegionInputs): Found[] {
  const reason = "{region} stands for the run's region, and none is known";
  const expected = 'regions or region given, or AWS_REGION set, or no {region}';
  return placeholderInputs(parsed).map((input) => ({
    input,
    problem: badValue(input === 'parameter-overrides' ? '{region}' : rawOf(parsed, input), {
      reason,
      expected,
    }),
  }));
}

/** The inputs that hold `{region}`. */
function placeholderInputs(parsed: RegionInputs): ('template' | 's3-bucket' | 'parameter-overrides')[] {
  const inputs: ('template' | 's3-bucket' | 'parameter-overrides')[] = [];
  if (hasRegionPlaceholder(rawOf(parsed, 'template'))) inputs.push('template');
  if (hasRegionPlaceholder(parsed['s3-bucket'])) inputs.push('s3-bucket');
  if (parsed['parameter-overrides'].some((o) => 'value' in o && hasRegionPlaceholder(o.value))) {
    inputs.push('parameter-overrides');
  }
  return inputs;
}

function rawOf(parsed: RegionInputs, input: 'template' | 's3-bucket'): string {
  return (input === 's3-bucket' ? parsed['s3-bucket'] : parsed.template?.written) ?? '';
}

const ARN_REGION = /^arn:[^:]+:[^:]+:([^:]*):/;

/** An ARN names one region: with regions, it must be the region of every stack. */
function arnProblems(parsed: RegionInputs, stackRegions: readonly string[]): Found[] {
  const arnInputs = [
    ['functions', parsed.functions],
    ['notification-arns', parsed['notification-arns']],
    ['notification-topic-arn', [parsed['notification-topic-arn'] ?? '']],
    ['pre-traffic-hook', [parsed['pre-traffic-hook'] ?? '']],
    ['post-traffic-hook', [parsed['post-traffic-hook'] ?? '']],
  ] as const;
  return arnInputs.flatMap(([input, entries]) => {
    for (const arn of entries) {
      const arnRegion = ARN_REGION.exec(arn)?.[1];
      const other = stackRegions.find((region) => region !== arnRegion);
      if (arnRegion === undefined || other === undefined) continue;
      const reason = `in ${arnRegion}, but regions deploys to ${other} too`;
      const expected = 'a name instead of an ARN, as each region has its own';
      return [{ input, problem: badEntry(arn, { reason, expected }) }];
    }
    return [];
  });
}

/** `{region}` filled in for each region: the bucket name, the template file, the template URL's region. */
function templatedProblems(
  parsed: RegionInputs,
  stackRegions: readonly string[],
  files: FileAccess,
): Found[] {
  return [...bucketProblems(parsed, stackRegions), ...templateProblems(parsed, stackRegions, files)];
}

function bucketProblems(parsed: RegionInputs, stackRegions: readonly string[]): Found[] {
  const bucket = parsed['s3-bucket'];
  if (bucket === undefined || !hasRegionPlaceholder(bucket)) return [];
  for (const region of stackRegions) {
    const name = withRegion(bucket, region);
    try {
      parseS3Bucket(name);
    } catch (error) {
      if (!(error instanceof Problem)) throw error;
      const reason = (show: (text: string) => string): string =>
        `in ${region} it is ${show(name)}, no bucket name`;
      return [{ input: 's3-bucket', problem: badValue(bucket, { reason }) }];
    }
  }
  return [];
}

function templateProblems(parsed: RegionInputs, stackRegions: readonly string[], files: FileAccess): Found[] {
  const template = parsed.template;
  if (template?.source.kind === 'url') return urlProblems(template.source.url, stackRegions);
  if (template?.source.kind !== 'file' || !hasRegionPlaceholder(template.written)) return [];
  for (const region of stackRegions) {
    let size: number | undefined;
    try {
      size = localTemplate(files, withRegion(template.written, region)).sizeBytes;
    } catch (error) {
      if (!(error instanceof Problem)) throw error;
      return [{ input: 'template', problem: error }];
    }
    if (size !== undefined && size > INLINE_TEMPLATE_LIMIT_BYTES && parsed['s3-bucket'] === undefined) {
      const reason = `required: ${region}'s template is ${size} bytes, over the ${INLINE_TEMPLATE_LIMIT_BYTES} CloudFormation takes inline`;
      return [{ input: 's3-bucket', problem: badValue('', { reason }) }];
    }
  }
  return [];
}

const URL_EXPECTED =
  "an S3 URL in the stack's region, such as https://BUCKET.s3.REGION.amazonaws.com/KEY, with {region} in it for several regions";

/** CloudFormation reads a template URL only from a bucket in the stack's region. */
function urlProblems(url: string, stackRegions: readonly string[]): Found[] {
  const perRegion = hasRegionPlaceholder(url);
  if (!perRegion && stackRegions.length > 1) {
    const reason = `one URL for ${stackRegions.length} regions, and a template URL must be in its stack's region`;
    return [{ input: 'template', problem: badValue(shownUrl(url), { reason, expected: URL_EXPECTED }) }];
  }
  for (const region of stackRegions) {
    const named = s3UrlRegion(withRegion(url, region));
    if (!named.s3 || named.region === undefined || named.region === region) continue;
    const reason = `the bucket is in ${named.region}, but the stack is in ${region}: CloudFormation reads a template URL from the stack's region only`;
    return [{ input: 'template', problem: badValue(shownUrl(url), { reason, expected: URL_EXPECTED }) }];
  }
  return [];
}

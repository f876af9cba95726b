/**
 * The regions input, and one region's config. `regions` names waves separated by `|`, the regions
 * of a wave by commas (or line breaks): `us-east-1 | eu-west-1, ap-southeast-2`. Each name must be
 * one of AWS's regions (aws-regions.ts, generated from botocore's endpoint data), named once, all
 * in one partition, at most MAX_REGIONS in all. Empty means one region, the run's own (the region
 * input, else the environment's).
 *
 * `{region}` in parameter-overrides, s3-bucket and template stands for each region's name;
 * configForRegion fills it in.
 */
import { AWS_PARTITION_REGIONS } from './aws-regions.js';
import { editDistance } from '../util/edit-distance.js';
import { deepFreeze } from './freeze.js';
import { splitEntries } from './lines.js';
import { badEntry, badValue } from './messages.js';
import type { Config, ParameterOverride, TemplateSource, Waves } from './types.js';

export type { Waves } from './types.js';

/** The most regions one run deploys. */
export const MAX_REGIONS = 20;

export const REGIONS_ACCEPTED = `AWS region names in waves separated by |, the regions of a wave by commas, each region once and at most ${MAX_REGIONS} in all, such as us-east-1 | eu-west-1, ap-southeast-2`;

/** A name longer than this is no typo of a region's: no closest is looked for. */
const MAX_SUGGESTED_LENGTH = 40;

/** Stands for the region's name in parameter-overrides, s3-bucket and template. */
export const REGION_PLACEHOLDER = '{region}';

const PARTITION_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(AWS_PARTITION_REGIONS).flatMap(([partition, regions]) =>
    regions.map((region) => [region, partition] as const),
  ),
);

/** The region a text with `{region}` is checked with before the run's regions are known. */
export const REGION_PLACEHOLDER_SAMPLE = 'us-east-1';

/** The partition (aws, aws-cn, aws-us-gov, ...) a region is in; undefined for no known region. */
export function partitionOf(region: string): string | undefined {
  return PARTITION_OF.get(region);
}

export function parseRegions(raw: string): Waves {
  if (raw.trim() === '') return [];
  const waves = raw.split('|').map((wave) => splitEntries(wave));
  const empty = waves.findIndex((wave) => wave.length === 0);
  if (empty >= 0) {
    throw badValue(raw, { reason: `wave ${empty + 1} of ${waves.length} is empty` });
  }
  const seen = new Map<string, number>();
  waves.forEach((wave, index) => {
    for (const region of wave) {
      if (!PARTITION_OF.has(region)) {
        const reason =
          region.length > MAX_SUGGESTED_LENGTH
            ? 'not an AWS region'
            : `not an AWS region; the closest is ${closestRegion(region)}`;
        throw badEntry(region, { reason });
      }
      const before = seen.get(region);
      if (before !== undefined) {
        const where =
          before === index ? `twice in wave ${index + 1}` : `in waves ${before + 1} and ${index + 1}`;
        throw badEntry(region, { reason: `named ${where}: each region is deployed once` });
      }
      seen.set(region, index);
    }
  });
  if (seen.size > MAX_REGIONS) {
    throw badValue(raw, { reason: `${seen.size} regions, over the ${MAX_REGIONS} one run deploys` });
  }
  const [first, ...others] = [...seen.keys()];
  const stranger = others.find((region) => partitionOf(region) !== partitionOf(first ?? ''));
  if (first !== undefined && stranger !== undefined) {
    const reason =
      `${first} is in partition ${partitionOf(first)} and ${stranger} in ${partitionOf(stranger)}: ` +
      "one run's credentials reach one partition";
    throw badValue(raw, { reason });
  }
  return waves;
}

/** Every region of the waves, in order. */
export function regionsOf(waves: Waves): string[] {
  return waves.flat();
}

/** The known region nearest to `name` by edit distance (case aside); ties go to the first in order. */
export function closestRegion(name: string): string {
  const text = name.toLowerCase();
  let best = '';
  let bestDistance = Infinity;
  for (const region of PARTITION_OF.keys()) {
    const distance = editDistance(text, region);
    if (distance < bestDistance) [best, bestDistance] = [region, distance];
  }
  return best;
}

// --- {region} -------------------------------------------------------------------------------

export function hasRegionPlaceholder(text: string | undefined): boolean {
  return text?.includes(REGION_PLACEHOLDER) ?? false;
}

/** `text` with every `{region}` replaced by `region`. */
export function withRegion(text: string, region: string): string {
  return text.replaceAll(REGION_PLACEHOLDER, region);
}

function templateInRegion(template: TemplateSource | undefined, region: string): TemplateSource | undefined {
  switch (template?.kind) {
    case 'file':
      return { kind: 'file', path: withRegion(template.path, region) };
    case 'url':
      return { kind: 'url', url: withRegion(template.url, region) };
    default:
      return template;
  }
}

function overrideInRegion(override: ParameterOverride, region: string): ParameterOverride {
  return 'value' in override ? { key: override.key, value: withRegion(override.value, region) } : override;
}

/** The inputs that may hold `{region}`, as the config has them. */
export function regionTemplatedTexts(config: Config): string[] {
  const template = config.template;
  const templateText =
    template?.kind === 'file' ? template.path : template?.kind === 'url' ? template.url : '';
  const values = config.parameterOverrides.flatMap((o) => ('value' in o ? [o.value] : []));
  return [templateText, config.s3Bucket ?? '', ...values];
}

/**
 * The config of one region's run: `{region}` filled in, the region set, and no further regions,
 * so that it reads as a run in that one region. Pure; the result is frozen like every Config.
 */
export function configForRegion(config: Config, region: string): Config {
  return deepFreeze({
    ...config,
    template: templateInRegion(config.template, region),
    parameterOverrides: config.parameterOverrides.map((override) => overrideInRegion(override, region)),
    s3Bucket: config.s3Bucket === undefined ? undefined : withRegion(config.s3Bucket, region),
    region,
    regions: [],
  });
}

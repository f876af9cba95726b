/**
 * The `regions` input: waves of AWS regions one run deploys in order (`us-east-1 | eu-west-1,
 * ap-southeast-2`), and the config each region runs with (`{region}` filled in where allowed).
 */
import { ConfigError } from '../errors.js';
import type { Config, ParameterOverride, TemplateSource, Waves } from './types.js';

export type { Waves } from './types.js';

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** `a | b, c` → [[a], [b, c]]; empty text → [] (today's single region). */
export function parseRegions(text: string): Waves {
  if (text.trim() === '') return [];
  const waves = text.split('|').map((wave) =>
    wave
      .split(',')
      .map((region) => region.trim())
      .filter((region) => region !== ''),
  );
  for (const region of waves.flat()) {
    if (!REGION.test(region)) {
      throw new ConfigError(
        'regions',
        `Input regions names "${region.slice(0, 40)}". Accepted: AWS regions, commas within a wave, | between waves, such as us-east-1 | eu-west-1, ap-southeast-2.`,
      );
    }
  }
  return waves;
}

const fill = (text: string, region: string): string => text.replaceAll('{region}', region);

function templateFor(template: TemplateSource | undefined, region: string): TemplateSource | undefined {
  if (template?.kind === 'file') return { ...template, path: fill(template.path, region) };
  if (template?.kind === 'url') return { ...template, url: fill(template.url, region) };
  return template;
}

function overrideFor(override: ParameterOverride, region: string): ParameterOverride {
  return 'value' in override ? { ...override, value: fill(override.value, region) } : override;
}

/** The config one region of the waves runs with: its region, and `{region}` filled in. */
export function configForRegion(config: Config, region: string): Config {
  return {
    ...config,
    region,
    regions: [],
    template: templateFor(config.template, region),
    parameterOverrides: config.parameterOverrides.map((o) => overrideFor(o, region)),
    s3Bucket: config.s3Bucket === undefined ? undefined : fill(config.s3Bucket, region),
  };
}

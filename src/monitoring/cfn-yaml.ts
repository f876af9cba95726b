/**
 * Reads a CloudFormation YAML template into the JSON form CloudFormation itself uses: the short
 * intrinsic tags (`!Ref X`, `!Sub '...'`, `!GetAtt A.B`, `!If [...]`, ...) become their long form
 * (`{ Ref: X }`, `{ 'Fn::Sub': '...' }`, `{ 'Fn::GetAtt': ['A', 'B'] }`, ...).
 */
import type { ScalarTag, CollectionTag } from 'yaml';
import { parse } from 'yaml';
import { StackCanaryError } from '../errors.js';

export type CfnValue = string | number | boolean | null | CfnValue[] | { [key: string]: CfnValue };
export type CfnObject = { [key: string]: CfnValue };

const FUNCTIONS = [
  'And',
  'Base64',
  'Cidr',
  'Equals',
  'FindInMap',
  'GetAZs',
  'If',
  'ImportValue',
  'Join',
  'Not',
  'Or',
  'Select',
  'Split',
  'Sub',
  'Transform',
] as const;

function longForm(name: string): string {
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

function tagsFor(name: string): (ScalarTag | CollectionTag)[] {
  const key = longForm(name);
  const scalar: ScalarTag = {
    tag: `!${name}`,
    resolve: (value) =>
      name === 'GetAtt'
        ? { [key]: [value.slice(0, value.indexOf('.')), value.slice(value.indexOf('.') + 1)] }
        : { [key]: value },
  };
  const collections = (['seq', 'map'] as const).map((collection): CollectionTag => ({
    tag: `!${name}`,
    collection,
    resolve: (value) => ({ [key]: value.toJSON() }),
  }));
  return [scalar, ...collections];
}

const CUSTOM_TAGS = ['Ref', 'Condition', 'GetAtt', ...FUNCTIONS].flatMap(tagsFor);

/** Parses a template (YAML or JSON) into plain objects with long-form intrinsics. */
export function parseCfnTemplate(text: string, name: string): CfnObject {
  let parsed: unknown;
  try {
    parsed = parse(text, { customTags: CUSTOM_TAGS, uniqueKeys: true, maxAliasCount: 0 });
  } catch (error) {
    throw new StackCanaryError('TEMPLATE_INVALID', `${name} is not valid YAML: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (!isObject(parsed)) {
    throw new StackCanaryError(
      'TEMPLATE_INVALID',
      `${name} is not a CloudFormation template (no mapping at the top).`,
    );
  }
  return parsed;
}

export function isObject(value: unknown): value is CfnObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parse a CloudFormation template (JSON or YAML with the short-form intrinsic tags) into the
 * plain object CloudFormation itself would see: `!Ref X` becomes `{ Ref: 'X' }`,
 * `!GetAtt A.B` becomes `{ 'Fn::GetAtt': ['A', 'B'] }`, and so on. Pure.
 */
import type { Tags, YAMLMap, YAMLSeq } from 'yaml';
import { parseDocument } from 'yaml';
import { StackCanaryError } from '../errors.js';

export type TemplateObject = Record<string, unknown>;

/** Short-form tag → the long form's key. `!Ref` and `!Condition` are not `Fn::` functions. */
const FUNCTIONS: readonly (readonly [tag: string, key: string])[] = [
  ['!Ref', 'Ref'],
  ['!Condition', 'Condition'],
  ['!Sub', 'Fn::Sub'],
  ['!Join', 'Fn::Join'],
  ['!If', 'Fn::If'],
  ['!Equals', 'Fn::Equals'],
  ['!Select', 'Fn::Select'],
  ['!Split', 'Fn::Split'],
  ['!FindInMap', 'Fn::FindInMap'],
  ['!ImportValue', 'Fn::ImportValue'],
  ['!Base64', 'Fn::Base64'],
  ['!Cidr', 'Fn::Cidr'],
  ['!GetAZs', 'Fn::GetAZs'],
  ['!And', 'Fn::And'],
  ['!Or', 'Fn::Or'],
  ['!Not', 'Fn::Not'],
  ['!Transform', 'Fn::Transform'],
  // AWS::LanguageExtensions
  ['!Length', 'Fn::Length'],
  ['!ToJsonString', 'Fn::ToJsonString'],
];

/** `!GetAtt Resource.Attribute` (the dotted scalar form) splits at the first dot only. */
function getAttScalar(value: string): unknown {
  const dot = value.indexOf('.');
  return { 'Fn::GetAtt': dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
}

function tagsFor(tag: string, key: string, scalar: (value: string) => unknown): Tags {
  return [
    { tag, resolve: scalar },
    { tag, collection: 'seq', resolve: (seq: YAMLSeq.Parsed | YAMLMap.Parsed) => ({ [key]: seq.toJSON() }) },
    { tag, collection: 'map', resolve: (map: YAMLSeq.Parsed | YAMLMap.Parsed) => ({ [key]: map.toJSON() }) },
  ];
}

export const CLOUDFORMATION_TAGS: Tags = [
  ...FUNCTIONS.flatMap(([tag, key]) => tagsFor(tag, key, (value) => ({ [key]: value }))),
  ...tagsFor('!GetAtt', 'Fn::GetAtt', getAttScalar),
];

function invalid(name: string, message: string): StackCanaryError {
  return new StackCanaryError('TEMPLATE_INVALID', `Template ${name}: ${message}`);
}

/**
 * Parses a template body. JSON when it looks like JSON (CloudFormation's own rule: a body starting
 * with `{`), YAML otherwise. Throws TEMPLATE_INVALID with the parser's position on bad syntax.
 */
export function parseTemplate(body: string, name = 'template'): TemplateObject {
  let parsed: unknown;
  if (body.trimStart().startsWith('{')) {
    try {
      parsed = JSON.parse(body);
    } catch (error) {
      throw invalid(name, `is not valid JSON: ${(error as Error).message}`);
    }
  } else {
    const doc = parseDocument(body, { customTags: CLOUDFORMATION_TAGS, logLevel: 'silent' });
    const [first] = doc.errors;
    if (first) throw invalid(name, `is not valid YAML: ${first.message.split('\n')[0] ?? ''}`);
    parsed = doc.toJS({ maxAliasCount: 1000 });
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw invalid(name, 'is not a mapping of sections (Resources, Parameters, ...)');
  }
  return parsed as TemplateObject;
}

/** A section (Resources, Parameters, Globals, ...) as a mapping; {} when absent or not a mapping. */
export function section(object: unknown, key: string): TemplateObject {
  if (!object || typeof object !== 'object' || Array.isArray(object)) return {};
  const value = (object as TemplateObject)[key];
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as TemplateObject) : {};
}

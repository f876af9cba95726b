/**
 * Client-side expansion of `Fn::ForEach` (the AWS::LanguageExtensions transform), so the monitoring
 * template, written with loops, deploys as a plain template: no transform to run and no
 * CAPABILITY_AUTO_EXPAND to grant, the quotas on resources and outputs checked before any AWS
 * call, and the deployed stack shows exactly what was rendered.
 *
 * Semantics follow CloudFormation's: in the Resources, Outputs and Conditions sections (and inside
 * resource properties), `Fn::ForEach::Name: [Identifier, Collection, {OutputKey: OutputValue}]`
 * repeats the fragment for each item of the collection, with `${Identifier}` replaced by the item
 * and `&{Identifier}` by the item without its non-alphanumeric characters, in keys and in every
 * string, and `{Ref: Identifier}` replaced by the item. Loops nest. A collection is a literal list
 * or a `Ref` to a list parameter whose value the caller provides (such parameters are then dropped
 * and every other `Ref` to them becomes the literal list). An `Fn::Sub` with nothing left to
 * substitute becomes its plain string, so `{Ref: {'Fn::Sub': '&{Id}Name'}}` names a resource.
 * Other language extensions (Fn::Length, Fn::ToJsonString, ...) are not supported: they are
 * reported, never left half-done.
 */
import { StackCanaryError } from '../errors.js';
import type { CfnObject, CfnValue } from '../stack/template-parse.js';
import { isObject } from '../stack/template-parse.js';

const LOOP_PREFIX = 'Fn::ForEach::';
const LOOP_SECTIONS = ['Conditions', 'Resources', 'Outputs'] as const;
const UNSUPPORTED = ['Fn::Length', 'Fn::ToJsonString'];

export type Collections = Readonly<Record<string, readonly string[]>>;

function fail(message: string): never {
  throw new StackCanaryError('TEMPLATE_INVALID', message);
}

const alphanumeric = (value: string): string => value.replace(/[^0-9a-zA-Z]/g, '');

function substituteString(text: string, identifier: string, item: string): string {
  return text.split(`\${${identifier}}`).join(item).split(`&{${identifier}}`).join(alphanumeric(item));
}

function substitute(value: CfnValue, identifier: string, item: string): CfnValue {
  if (typeof value === 'string') return substituteString(value, identifier, item);
  if (Array.isArray(value)) return value.map((v) => substitute(v, identifier, item));
  if (isObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === 'Ref' && value['Ref'] === identifier) return item;
    const out: CfnObject = {};
    for (const [key, v] of Object.entries(value))
      out[substituteString(key, identifier, item)] = substitute(v, identifier, item);
    return out;
  }
  return value;
}

function resolveCollection(loop: string, collection: CfnValue, collections: Collections): readonly string[] {
  if (Array.isArray(collection)) {
    return collection.map((item) =>
      typeof item === 'string'
        ? item
        : fail(`${loop}: collection items must be strings, got ${JSON.stringify(item)}.`),
    );
  }
  if (isObject(collection) && typeof collection['Ref'] === 'string' && Object.keys(collection).length === 1) {
    const name = collection['Ref'];
    return Object.hasOwn(collections, name)
      ? (collections[name] as readonly string[])
      : fail(`${loop}: no values given for the collection parameter ${name}.`);
  }
  return fail(
    `${loop}: the collection must be a list or a Ref to a list parameter, got ${JSON.stringify(collection)}.`,
  );
}

function expandLoop(loop: string, spec: CfnValue, collections: Collections): CfnObject {
  if (!Array.isArray(spec) || spec.length !== 3) fail(`${loop} must be [Identifier, Collection, Fragment].`);
  const [identifier, collection, fragment] = spec;
  if (typeof identifier !== 'string' || !/^[A-Za-z0-9]+$/.test(identifier)) {
    fail(`${loop}: the identifier must be an alphanumeric string, got ${JSON.stringify(identifier)}.`);
  }
  if (!isObject(fragment)) fail(`${loop}: the fragment must be a mapping of output keys.`);
  const out: CfnObject = {};
  for (const item of resolveCollection(loop, collection as CfnValue, collections)) {
    const expanded = expandValue(substitute(fragment, identifier, item), collections);
    mergeInto(out, expanded as CfnObject, loop);
  }
  return out;
}

function mergeInto(target: CfnObject, source: CfnObject, where: string): void {
  for (const [key, value] of Object.entries(source)) {
    if (key in target) fail(`${where} produces the key ${key} twice.`);
    target[key] = value;
  }
}

function expandValue(value: CfnValue, collections: Collections): CfnValue {
  if (Array.isArray(value)) return value.map((v) => expandValue(v, collections));
  if (!isObject(value)) return value;
  const out: CfnObject = {};
  for (const [key, v] of Object.entries(value)) {
    if (key.startsWith(LOOP_PREFIX)) mergeInto(out, expandLoop(key, v, collections), key);
    else if (key in out) fail(`The key ${key} is produced twice (a loop output clashes with it).`);
    else out[key] = expandValue(v, collections);
  }
  return out;
}

/**
 * What a loop leaves behind: `{'Fn::Sub': 'text'}` with nothing left to substitute becomes the
 * plain string, which also turns `{Ref: {'Fn::Sub': 'Name'}}` into `{Ref: 'Name'}` (and the same
 * for the Fn::GetAtt target), as the transform does.
 */
function collapseSubs(value: CfnValue): CfnValue {
  if (Array.isArray(value)) return value.map(collapseSubs);
  if (!isObject(value)) return value;
  const sub = value['Fn::Sub'];
  if (Object.keys(value).length === 1 && typeof sub === 'string' && !sub.includes('${')) return sub;
  const out: CfnObject = {};
  for (const [key, v] of Object.entries(value)) out[key] = collapseSubs(v);
  return out;
}

function replaceRefs(value: CfnValue, collections: Collections): CfnValue {
  if (Array.isArray(value)) return value.map((v) => replaceRefs(v, collections));
  if (!isObject(value)) return value;
  const ref = value['Ref'];
  if (typeof ref === 'string' && Object.keys(value).length === 1 && Object.hasOwn(collections, ref)) {
    return [...(collections[ref] as readonly string[])];
  }
  const out: CfnObject = {};
  for (const [key, v] of Object.entries(value)) out[key] = replaceRefs(v, collections);
  return out;
}

function findKeys(value: CfnValue, test: (key: string) => boolean, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => findKeys(v, test, `${path}/${i}`));
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([key, v]) => [
    ...(test(key) ? [`${path}/${key}`] : []),
    ...findKeys(v, test, `${path}/${key}`),
  ]);
}

/**
 * The template with every Fn::ForEach expanded, the collection parameters dropped and the
 * AWS::LanguageExtensions transform removed. Pure: the input is not modified.
 */
export function expandForEach(template: CfnObject, collections: Collections): CfnObject {
  const out: CfnObject = {};
  for (const [section, value] of Object.entries(template)) {
    const loopSection = (LOOP_SECTIONS as readonly string[]).includes(section);
    out[section] = loopSection ? collapseSubs(expandValue(value, collections)) : value;
  }
  const misplaced = findKeys(out, (key) => key.startsWith(LOOP_PREFIX));
  if (misplaced.length)
    fail(`Fn::ForEach is only expanded in ${LOOP_SECTIONS.join(', ')}: found at ${misplaced.join(', ')}.`);
  const unsupported = findKeys(out, (key) => UNSUPPORTED.includes(key));
  if (unsupported.length)
    fail(`Language extensions other than Fn::ForEach are not expanded: ${unsupported.join(', ')}.`);

  const parameters = isObject(out['Parameters']) ? { ...out['Parameters'] } : undefined;
  if (parameters) {
    for (const name of Object.keys(collections)) delete parameters[name];
    out['Parameters'] = parameters;
  }
  for (const section of LOOP_SECTIONS) {
    if (out[section] !== undefined) out[section] = replaceRefs(out[section], collections);
  }
  const transform = out['Transform'];
  const transforms: CfnValue[] =
    transform === undefined ? [] : Array.isArray(transform) ? transform : [transform];
  const remaining = transforms.filter((t) => t !== 'AWS::LanguageExtensions');
  if (remaining.length === 0) delete out['Transform'];
  else out['Transform'] = remaining.length === 1 ? (remaining[0] as CfnValue) : remaining;
  return out;
}

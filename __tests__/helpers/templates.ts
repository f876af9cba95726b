/** Test helpers for templates/: read and parse them, and resolve the simple intrinsics in them. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CfnObject, CfnValue } from '../../src/stack/template-parse.js';
import { isObject, parseTemplate } from '../../src/stack/template-parse.js';

export const templatePath = (name: string): string =>
  fileURLToPath(new URL(`../../templates/${name}`, import.meta.url));

export function readTemplate(name: string): { text: string; template: CfnObject } {
  const text = readFileSync(templatePath(name), 'utf8');
  return { text, template: parseTemplate(text, name) };
}

export function section(template: CfnObject, name: string): CfnObject {
  const value = template[name];
  if (!isObject(value)) throw new Error(`no ${name} section`);
  return value;
}

export function resource(template: CfnObject, logicalId: string): CfnObject {
  const value = section(template, 'Resources')[logicalId];
  if (!isObject(value)) throw new Error(`no resource ${logicalId}`);
  return value;
}

export function properties(template: CfnObject, logicalId: string): CfnObject {
  const value = resource(template, logicalId)['Properties'];
  if (!isObject(value)) throw new Error(`resource ${logicalId} has no Properties`);
  return value;
}

/** Resolves Ref / Fn::Sub / Fn::Join / Fn::If over the given parameters and pseudo parameters. */
export function resolve(
  value: CfnValue | undefined,
  vars: Readonly<Record<string, CfnValue>>,
  conditions: Readonly<Record<string, boolean>> = {},
): CfnValue | undefined {
  if (Array.isArray(value)) return value.map((v) => resolve(v, vars, conditions) as CfnValue);
  if (!isObject(value)) return value;
  const [key] = Object.keys(value);
  const arg = value[key as string];
  const sub = (text: string, extra: Readonly<Record<string, CfnValue>>): string =>
    text.replace(/\$\{([^!}][^}]*)\}/g, (_m, name: string) => {
      const v = name in extra ? extra[name] : vars[name];
      if (v === undefined) throw new Error(`unresolved \${${name}}`);
      return String(v);
    });
  switch (key) {
    case 'Ref': {
      const v = vars[arg as string];
      if (v === undefined) throw new Error(`unresolved Ref ${String(arg)}`);
      return v;
    }
    case 'Fn::Sub': {
      if (typeof arg === 'string') return sub(arg, {});
      const [text, map] = arg as [string, CfnObject];
      const extra = Object.fromEntries(
        Object.entries(map).map(([k, v]) => [k, resolve(v, vars, conditions) as CfnValue]),
      );
      return sub(text, extra);
    }
    case 'Fn::Join': {
      const [delimiter, items] = arg as [string, CfnValue];
      return (resolve(items, vars, conditions) as CfnValue[]).map(String).join(delimiter);
    }
    case 'Fn::If': {
      const [name, yes, no] = arg as [string, CfnValue, CfnValue];
      if (!(name in conditions)) throw new Error(`unknown condition ${name}`);
      return resolve(conditions[name] ? yes : no, vars, conditions);
    }
    default:
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, resolve(v, vars, conditions) as CfnValue]),
      );
  }
}

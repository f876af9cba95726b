/**
 * Template analysis, pure: which Lambda functions a template declares (the default set of watched
 * functions), which aliases the template itself manages on them, whether it is a SAM template,
 * which parameters it declares NoEcho (their values must never be shown).
 */
import { StackCanaryError } from '../errors.js';
import type { FunctionResourceType, TemplateAnalysis, TemplateFunction } from './types.js';
import { FUNCTION_RESOURCE_TYPES } from './types.js';
import type { CfnObject } from './template-parse.js';
import { isObject, parseTemplate, section } from './template-parse.js';

export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';
const FUNCTION_TYPES: readonly string[] = FUNCTION_RESOURCE_TYPES;

/** `name` starts any error message: the input ("Input template") or the file. */
export function analyzeTemplate(body: string, name?: string): TemplateAnalysis {
  return analyzeParsed(parseTemplate(body, name));
}

export function analyzeParsed(template: CfnObject): TemplateAnalysis {
  const resources = section(template, 'Resources');
  if (Object.keys(resources).length === 0) {
    throw new StackCanaryError(
      'TEMPLATE_INVALID',
      'Template has no Resources: CloudFormation needs at least one.',
    );
  }
  const parameters = section(template, 'Parameters');
  const globalAlias = section(section(template, 'Globals'), 'Function')['AutoPublishAlias'];

  const aliases = new Map<string, string[]>();
  const functionIds = Object.keys(resources).filter((id) => FUNCTION_TYPES.includes(typeOf(resources[id])));
  for (const resource of Object.values(resources)) {
    if (typeOf(resource) !== 'AWS::Lambda::Alias') continue;
    const props = section(resource, 'Properties');
    const name = literal(props['Name'], parameters);
    if (name === undefined) continue;
    for (const target of referencedFunctions(props['FunctionName'], functionIds, resources)) {
      aliases.set(target, [...(aliases.get(target) ?? []), name]);
    }
  }

  const functions: TemplateFunction[] = functionIds.map((logicalId) => {
    const resource = resources[logicalId];
    const type = typeOf(resource) as FunctionResourceType;
    const declared = [...(aliases.get(logicalId) ?? [])];
    if (type === 'AWS::Serverless::Function') {
      const own = section(resource, 'Properties')['AutoPublishAlias'];
      const samAlias = literal(own ?? globalAlias, parameters);
      if (samAlias !== undefined) declared.push(samAlias);
    }
    return { logicalId, type, declaredAliases: [...new Set(declared)] };
  });

  return { isSam: isSamTemplate(template), functions, parameterNames: Object.keys(parameters) };
}

/**
 * Stops a run whose template manages the very alias the canary shifts: deploying it would point
 * the alias at the new version for all traffic at once, before the canary had a say.
 * An empty `watchedLogicalIds` means every function in the template (the default watched set).
 */
export function assertAliasNotManaged(
  analysis: TemplateAnalysis,
  alias: string,
  watchedLogicalIds: readonly string[],
): void {
  const watched = (f: TemplateFunction): boolean =>
    watchedLogicalIds.length === 0 || watchedLogicalIds.includes(f.logicalId);
  const clashes = analysis.functions.filter((f) => watched(f) && f.declaredAliases.includes(alias));
  if (clashes.length === 0) return;
  const ids = clashes.map((f) => f.logicalId).join(', ');
  throw new StackCanaryError(
    'TEMPLATE_INVALID',
    `The template itself manages alias '${alias}' on ${ids} (an AWS::Lambda::Alias or a SAM AutoPublishAlias). ` +
      `The stack update would move all of that alias's traffic to the new version at once and defeat the canary. ` +
      `Remove that alias from the template (stack-canary creates and shifts it), or set input alias to a name the template does not use.`,
  );
}

export function isSamTemplate(template: CfnObject): boolean {
  const transform = template['Transform'];
  const names = Array.isArray(transform) ? transform : [transform];
  return names.some((t) => t === SAM_TRANSFORM || (isObject(t) && t['Name'] === SAM_TRANSFORM));
}

/**
 * The names of the parameters a template declares NoEcho (`NoEcho: true`, or the string "true" in
 * any case), from its body or its parsed form: their values are secrets, masked wherever a value
 * could be shown, and DescribeStacks shows them as asterisks.
 */
export function noEchoParameterNames(template: string | CfnObject): string[] {
  const parameters = section(typeof template === 'string' ? parseTemplate(template) : template, 'Parameters');
  return Object.keys(parameters).filter(
    (k) => String(section(parameters, k)['NoEcho']).toLowerCase() === 'true',
  );
}

function typeOf(resource: unknown): string {
  return isObject(resource) && typeof resource['Type'] === 'string' ? resource['Type'] : '';
}

/** A literal string, or a `!Ref` to a parameter with a string default; undefined otherwise. */
function literal(value: unknown, parameters: CfnObject): string | undefined {
  if (typeof value === 'string') return value;
  if (isObject(value) && typeof value['Ref'] === 'string') {
    const fallback = section(parameters, value['Ref'])['Default'];
    return typeof fallback === 'string' ? fallback : undefined;
  }
  return undefined;
}

/**
 * The functions an alias's FunctionName points at: logical ids reached through Ref, GetAtt or a
 * Sub placeholder anywhere in the expression, or a literal equal to a function's FunctionName.
 */
function referencedFunctions(
  expression: unknown,
  functionIds: readonly string[],
  resources: CfnObject,
): string[] {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      for (const id of functionIds) {
        if (section(resources[id], 'Properties')['FunctionName'] === node) found.add(id);
      }
      return;
    }
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'Ref' && typeof value === 'string') found.add(value);
      else if (key === 'Fn::GetAtt') {
        const target = Array.isArray(value)
          ? value[0]
          : typeof value === 'string'
            ? value.split('.')[0]
            : undefined;
        if (typeof target === 'string') found.add(target);
      } else if (key === 'Fn::Sub') {
        const text = Array.isArray(value) ? value[0] : value;
        if (typeof text === 'string') {
          for (const match of text.matchAll(/\$\{([A-Za-z0-9]+)(?:\.[^}]*)?\}/g)) found.add(match[1] ?? '');
        }
        if (Array.isArray(value)) visit(value[1]);
      } else visit(value);
    }
  };
  visit(expression);
  return [...found].filter((id) => functionIds.includes(id));
}

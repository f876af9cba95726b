/**
 * The one CloudFormation template reader, for the app's template and templates/monitoring.yaml:
 * a YAML or JSON body becomes the plain object CloudFormation itself sees. Short-form intrinsics
 * become their long form (`!Ref X` → `{ Ref: 'X' }`, `!GetAtt A.B` → `{ 'Fn::GetAtt': ['A', 'B'] }`).
 *
 * It refuses, with one line that names the template, what CloudFormation refuses (duplicate keys,
 * YAML aliases, a top level that is not a mapping) and what would exhaust the process (binary
 * bodies, nesting deeper than MAX_TEMPLATE_DEPTH), before any AWS call. Pure.
 */
import type { Tags, YAMLMap, YAMLSeq } from 'yaml';
import { LineCounter, parseDocument, visit } from 'yaml';
import { StackCanaryError } from '../errors.js';

export type CfnValue = string | number | boolean | null | CfnValue[] | { [key: string]: CfnValue };
export type CfnObject = { [key: string]: CfnValue };

/** Deeper than any real template; far below what the parser and the walkers over it can take. */
export const MAX_TEMPLATE_DEPTH = 100;

/**
 * Every short-form tag CloudFormation accepts, with its long form's key: the intrinsic functions,
 * the condition functions, the AWS::LanguageExtensions functions and the rule functions.
 * `!Ref` and `!Condition` are not `Fn::` functions.
 */
const SHORT_FORMS: readonly (readonly [tag: string, key: string])[] = [
  ['!Ref', 'Ref'],
  ['!Condition', 'Condition'],
  ...[
    'Base64',
    'Cidr',
    'FindInMap',
    'GetAZs',
    'ImportValue',
    'Join',
    'Select',
    'Split',
    'Sub',
    'Transform',
    'And',
    'Equals',
    'If',
    'Not',
    'Or',
    'Length',
    'ToJsonString',
    'Contains',
    'EachMemberEquals',
    'EachMemberIn',
    'RefAll',
    'ValueOf',
    'ValueOfAll',
  ].map((name) => [`!${name}`, `Fn::${name}`] as const),
];

/** `!GetAtt Resource.Attribute` (the dotted scalar form) splits at the first dot only. */
function getAttScalar(value: string): CfnValue {
  const dot = value.indexOf('.');
  return { 'Fn::GetAtt': dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
}

function tagsFor(tag: string, key: string, scalar: (value: string) => CfnValue): Tags {
  const collection = (node: YAMLSeq.Parsed | YAMLMap.Parsed): CfnValue => ({
    [key]: node.toJSON() as CfnValue,
  });
  return [
    { tag, resolve: scalar },
    { tag, collection: 'seq', resolve: collection },
    { tag, collection: 'map', resolve: collection },
  ];
}

const CLOUDFORMATION_TAGS: Tags = [
  ...SHORT_FORMS.flatMap(([tag, key]) => tagsFor(tag, key, (value) => ({ [key]: value }))),
  ...tagsFor('!GetAtt', 'Fn::GetAtt', getAttScalar),
];

export function isObject(value: unknown): value is CfnObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A section (Resources, Parameters, Globals, ...) as a mapping; {} when absent or not a mapping. */
export function section(object: unknown, key: string): CfnObject {
  const value = isObject(object) ? object[key] : undefined;
  return isObject(value) ? value : {};
}

function invalid(message: string): StackCanaryError {
  return new StackCanaryError('TEMPLATE_INVALID', message);
}

const ACCEPTED_TEXT = 'Accepted: a YAML or JSON template in UTF-8.';

/** The first control character YAML does not allow (tab, line feed and carriage return are fine). */
function controlCharacterAt(body: string): number {
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return i;
  }
  return -1;
}

function checkText(body: string, name: string): void {
  const at = controlCharacterAt(body);
  if (at < 0) return;
  const code = body.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
  throw invalid(
    `${name} is not a text template: it has the control character U+${code} at offset ${at}. ${ACCEPTED_TEXT}`,
  );
}

/** The first line of a parser message, without its context snippet, cut to a readable length. */
function parserMessage(message: string): string {
  const line = message.split('\n')[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

function tooDeep(name: string, where: string): StackCanaryError {
  return invalid(
    `${name} is nested more than ${MAX_TEMPLATE_DEPTH} levels deep${where}. Accepted: a template nested at most ${MAX_TEMPLATE_DEPTH} levels.`,
  );
}

/** Throws when a value nests deeper than MAX_TEMPLATE_DEPTH (walked without recursion). */
function checkDepth(root: CfnValue, name: string): void {
  interface Entry {
    readonly value: CfnValue;
    readonly depth: number;
    readonly key: string;
    readonly parent: Entry | undefined;
  }
  const stack: Entry[] = [{ value: root, depth: 0, key: '', parent: undefined }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    if (entry.value === null || typeof entry.value !== 'object') continue;
    if (entry.depth >= MAX_TEMPLATE_DEPTH) {
      const keys: string[] = [];
      for (let e: Entry | undefined = entry; e?.parent; e = e.parent) keys.unshift(e.key);
      throw tooDeep(name, ` (at ${keys.slice(0, 4).join('/')}/…)`);
    }
    for (const [key, value] of Object.entries(entry.value)) {
      stack.push({ value, depth: entry.depth + 1, key, parent: entry });
    }
  }
}

function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError || /Maximum call stack size exceeded/.test(String(error));
}

function parseBody(body: string, name: string): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(body, {
    customTags: CLOUDFORMATION_TAGS,
    uniqueKeys: true,
    logLevel: 'silent',
    lineCounter,
  });
  const [first] = doc.errors;
  if (first) {
    if (isStackOverflow(first.message)) throw tooDeep(name, '');
    const json = body.trimStart().startsWith('{');
    throw invalid(`${name} is not valid ${json ? 'JSON' : 'YAML'}: ${parserMessage(first.message)}`);
  }
  visit(doc, {
    Alias(_key, node) {
      const { line, col } = lineCounter.linePos(node.range?.[0] ?? 0);
      throw invalid(
        `${name} uses the YAML alias *${node.source} (line ${line}, column ${col}): CloudFormation does not accept aliases. ` +
          'Accepted: the value written out in full, or a template expanded first (aws cloudformation package).',
      );
    },
  });
  return doc.toJS();
}

/**
 * Parses a template body, YAML or JSON (JSON is read by the same parser, so a duplicate key is an
 * error there too). `name` starts every message: the input ("Input template") or the file.
 */
export function parseTemplate(body: string, name = 'Input template'): CfnObject {
  checkText(body, name);
  let parsed: unknown;
  try {
    parsed = parseBody(body, name);
  } catch (error) {
    if (error instanceof StackCanaryError) throw error;
    if (isStackOverflow(error)) throw tooDeep(name, '');
    throw invalid(`${name} could not be read: ${parserMessage(String(error))}`);
  }
  if (!isObject(parsed)) {
    throw invalid(
      `${name} is not a CloudFormation template: its top level is not a mapping of sections (Resources, Parameters, ...).`,
    );
  }
  checkDepth(parsed, name);
  return parsed;
}

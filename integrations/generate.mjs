// Writes the inputs of every CI plugin from action.yml and the input table (src/config/inputs.ts,
// compiled to lib/ by `npm run integrations` first), so that each passes every input through
// under the same name with the same default and the same fixed choices: the blocks between the
// BEGIN/END markers in the GitLab component, the CircleCI orb's command and job, and the Jenkins
// step. Everything outside the markers is written by hand. `npm run integrations` after adding an
// input to action.yml; __tests__/unit/integrations/ fails while a plugin lacks one.
//
//   npm run integrations               compile src to lib/, then rewrite the blocks
//   npm run integrations -- --check    exit 1 when a block is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { choicesOf } from '../lib/src/config/input-spec.js';
import { INPUTS } from '../lib/src/config/inputs.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

/**
 * Inputs a plugin takes before action.yml has them: an input being added in a parallel change.
 * Once action.yml declares one, its own description and default win and the entry can go.
 */
const PENDING_INPUTS = {};

/**
 * Patterns a GitLab input's value must match when the pipeline is created (`regex:`, RE2 syntax),
 * for inputs whose parser is one regular expression (src/config/parsers.ts); empty stays allowed,
 * for the default. __tests__/unit/integrations/gitlab.test.ts holds each to its parser.
 */
export const GITLAB_PATTERNS = {
  'stack-name': '^([A-Za-z][A-Za-z0-9-]{0,127})?$',
  'role-arn': '^(arn:aws(-[a-z]+)*:iam::[0-9]{12}:role/([\\w+=,.@-]+/)*[\\w+=,.@-]{1,64})?$',
  region: '^([a-z]{2}(-[a-z]+)+-[0-9]{1,2})?$',
  name: '^([A-Za-z][A-Za-z0-9-]{0,127})?$',
  'change-set-name': '^([A-Za-z][A-Za-z0-9-]{0,127})?$',
};

/**
 * action.yml's inputs (and the pending ones), in its order: name, description, default, and its
 * kind: boolean (a true/false default), number (a whole-number default), or string; the table's
 * fixed words for a choice.
 */
export function actionInputs() {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
  const inputs = { ...action.inputs };
  for (const [name, spec] of Object.entries(PENDING_INPUTS)) inputs[name] ??= spec;
  return Object.entries(inputs).map(([name, spec]) => {
    const raw = spec.default === undefined ? '' : String(spec.default);
    // A GitHub expression (`${{ github.token }}`) means nothing elsewhere: no default there.
    const fallback = raw.includes('${{') ? '' : raw;
    const words = INPUTS[name] ? choicesOf(INPUTS[name]) : undefined;
    return {
      name,
      description: String(spec.description ?? '').trim(),
      default: fallback,
      boolean: fallback === 'true' || fallback === 'false',
      number: /^\d+$/.test(fallback),
      // An empty default stays a choice: it means the CLI's own.
      choices: words === undefined ? undefined : fallback === '' ? ['', ...words] : [...words],
      pattern: GITLAB_PATTERNS[name],
    };
  });
}

/** STACK_CANARY_<NAME>: the variable the CLI reads for an input (src/cli/args.ts). */
export const envName = (name) => `STACK_CANARY_${name.toUpperCase().replace(/-/g, '_')}`;

/** A YAML string quoted as Prettier would: single quotes unless the text has more of them. */
function quote(text) {
  const singles = text.split("'").length - 1;
  const doubles = text.split('"').length - 1;
  return singles > doubles ? JSON.stringify(text) : `'${text.replace(/'/g, "''")}'`;
}
/** A Groovy single-quoted string: no interpolation. */
const groovyQuote = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const lines = (inputs, render) => inputs.flatMap(render);

const yamlList = (words) => `[${words.map(quote).join(', ')}]`;

const BLOCKS = {
  'gitlab/templates/stack-canary.yml': {
    'spec inputs': (inputs) => lines(inputs, gitlabInput),
    variables: (inputs) => lines(inputs, (i) => [`    ${envName(i.name)}: "$[[ inputs.${i.name} ]]"`]),
  },
  'circleci/src/commands/deploy-canary.yml': {
    parameters: (inputs) => lines(inputs, circleParameter),
    environment: (inputs) => lines(inputs, (i) => [`        ${envName(i.name)}: << parameters.${i.name} >>`]),
  },
  'circleci/src/jobs/canary.yml': {
    parameters: (inputs) => lines(inputs, circleParameter),
    'pass-through': (inputs) => lines(inputs, (i) => [`      ${i.name}: << parameters.${i.name} >>`]),
  },
  'jenkins/vars/stackCanary.groovy': {
    inputs: (inputs) => lines(inputs, (i) => [`    ${groovyQuote(i.name)}: ${groovyQuote(i.default)},`]),
  },
};

/** A `spec: inputs:` entry: booleans and numbers typed, choices as options, patterns as regex. */
function gitlabInput(i) {
  const typed = i.boolean ? 'boolean' : i.number ? 'number' : undefined;
  return [
    `    ${i.name}:`,
    `      description: ${quote(i.description)}`,
    ...(typed ? [`      type: ${typed}`] : []),
    ...(i.choices ? [`      options: ${yamlList(i.choices)}`] : []),
    ...(i.pattern ? [`      regex: ${quote(i.pattern)}`] : []),
    `      default: ${typed ? i.default : quote(i.default)}`,
  ];
}

function circleParameter(i) {
  const type = i.boolean ? 'boolean' : i.number ? 'integer' : i.choices ? 'enum' : 'string';
  return [
    `  ${i.name}:`,
    `    description: ${quote(i.description)}`,
    `    type: ${type}`,
    ...(i.choices ? [`    enum: ${yamlList(i.choices)}`] : []),
    `    default: ${i.boolean || i.number ? i.default : quote(i.default)}`,
  ];
}

/** The file with each marked block replaced; the markers keep their own indentation. */
export function render(relative, text, inputs) {
  let out = text;
  for (const [block, make] of Object.entries(BLOCKS[relative])) {
    const pattern = new RegExp(
      `(\\n[ \\t]*(?://|#) BEGIN ${block}[^\\n]*\\n)[\\s\\S]*?(\\n?[ \\t]*(?://|#) END ${block})`,
    );
    if (!pattern.test(out)) throw new Error(`${relative}: no BEGIN/END ${block} markers`);
    out = out.replace(
      pattern,
      (_, begin, end) => `${begin}${make(inputs).join('\n')}${end.startsWith('\n') ? end : `\n${end}`}`,
    );
  }
  return out;
}

export const PLUGIN_FILES = Object.keys(BLOCKS);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const inputs = actionInputs();
  let stale = 0;
  for (const relative of PLUGIN_FILES) {
    const path = join(here, relative);
    const text = readFileSync(path, 'utf8');
    const next = render(relative, text, inputs);
    if (next === text) continue;
    stale++;
    if (check) console.error(`${relative} is stale: run npm run integrations`);
    else writeFileSync(path, next);
  }
  if (check && stale > 0) process.exit(1);
  console.log(check ? 'integrations are current' : `integrations: ${stale} file(s) rewritten`);
}

// Writes the inputs of every CI plugin from action.yml, so that each passes every input through
// under the same name with the same default: the blocks between the BEGIN/END markers in the
// GitLab component, the CircleCI orb's command and job, and the Jenkins step. Everything outside
// the markers is written by hand. `npm run integrations` after adding an input to action.yml;
// __tests__/unit/integrations/ fails while a plugin lacks one.
//
//   node integrations/generate.mjs          rewrite the blocks
//   node integrations/generate.mjs --check  exit 1 when a block is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

/**
 * Inputs a plugin takes before action.yml has them: an input being added in a parallel change.
 * Once action.yml declares one, its own description and default win and the entry can go.
 */
const PENDING_INPUTS = {};

/** action.yml's inputs (and the pending ones), in its order: name, description, default, boolean. */
export function actionInputs() {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
  const inputs = { ...action.inputs };
  for (const [name, spec] of Object.entries(PENDING_INPUTS)) inputs[name] ??= spec;
  return Object.entries(inputs).map(([name, spec]) => {
    const raw = spec.default === undefined ? '' : String(spec.default);
    // A GitHub expression (`${{ github.token }}`) means nothing elsewhere: no default there.
    const fallback = raw.includes('${{') ? '' : raw;
    return {
      name,
      description: String(spec.description ?? '').trim(),
      default: fallback,
      boolean: fallback === 'true' || fallback === 'false',
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

const BLOCKS = {
  'gitlab/templates/stack-canary.yml': {
    'spec inputs': (inputs) =>
      lines(inputs, (i) => [
        `    ${i.name}:`,
        `      description: ${quote(i.description)}`,
        ...(i.boolean
          ? ['      type: boolean', `      default: ${i.default}`]
          : [`      default: ${quote(i.default)}`]),
      ]),
    variables: (inputs) => lines(inputs, (i) => [`    ${envName(i.name)}: "$[[ inputs.${i.name} ]]"`]),
  },
  'circleci/src/commands/deploy.yml': {
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

function circleParameter(i) {
  return [
    `  ${i.name}:`,
    `    description: ${quote(i.description)}`,
    `    type: ${i.boolean ? 'boolean' : 'string'}`,
    `    default: ${i.boolean ? i.default : quote(i.default)}`,
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

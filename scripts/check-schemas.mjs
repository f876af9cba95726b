// Validates every CI document of the repository against its platform's schema, with
// check-jsonschema's vendored schemas (pinned in requirements-schemas.txt, installed into a
// project-local virtualenv, .schemas/venv):
//   action.yml                                  vendor.github-actions
//   .github/workflows/*.yml                     vendor.github-workflows
//   complete workflows in README.md, docs/*.md  vendor.github-workflows (fenced yaml blocks with on: and jobs:)
//   the CircleCI orb, packed as `circleci orb pack` packs it, and its examples' usage   vendor.circle-ci
//   each YAML document of the GitLab component project                               vendor.gitlab-ci
// Exits 1 when any document is invalid, naming it (file, and line for a fenced block).
//
//   node scripts/check-schemas.mjs [--root DIR]   (npm run check:schemas)
//   node scripts/check-schemas.mjs install        only install the checker
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { packOrb } from '../integrations/circleci/pack.mjs';
import { binIn, installPinned } from './venv.mjs';

const projectRoot = join(import.meta.dirname, '..');
const venv = join(projectRoot, '.schemas', 'venv');
const requirements = join(projectRoot, 'scripts', 'requirements-schemas.txt');

export function installSchemaChecker({ quiet = false } = {}) {
  installPinned({
    venv,
    requirements,
    program: 'check-jsonschema',
    label: 'check-jsonschema (pinned)',
    quiet,
  });
}

const read = (path) => readFileSync(path, 'utf8');
const filesIn = (dir, pattern) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => pattern.test(file))
        .sort()
    : [];
const YAML_FILE = /\.ya?ml$/;

/** Fenced ```yaml blocks of a Markdown text that are complete GitHub workflows, with their first line. */
export function workflowBlocks(markdown) {
  const blocks = [];
  const fence = /^```ya?ml[^\n]*\n([\s\S]*?)^```/gm;
  for (const match of markdown.matchAll(fence)) {
    let doc;
    try {
      doc = parse(match[1]);
    } catch {
      continue; // not YAML on its own (a fragment): nothing to validate
    }
    if (doc === null || typeof doc !== 'object' || !('jobs' in doc) || !('on' in doc)) continue;
    const line = markdown.slice(0, match.index).split('\n').length + 1;
    blocks.push({ line, text: match[1] });
  }
  return blocks;
}

/** Every document to validate: { schema, origin (for messages), text }. */
export function schemaDocuments(root) {
  const docs = [];
  const add = (schema, origin, text) => docs.push({ schema, origin, text });
  if (existsSync(join(root, 'action.yml')))
    add('vendor.github-actions', 'action.yml', read(join(root, 'action.yml')));
  const workflows = join(root, '.github', 'workflows');
  for (const file of filesIn(workflows, YAML_FILE)) {
    add('vendor.github-workflows', `.github/workflows/${file}`, read(join(workflows, file)));
  }
  const markdown = [
    ...(existsSync(join(root, 'README.md')) ? ['README.md'] : []),
    ...filesIn(join(root, 'docs'), /\.md$/).map((file) => `docs/${file}`),
  ];
  for (const file of markdown) {
    for (const block of workflowBlocks(read(join(root, file)))) {
      add('vendor.github-workflows', `${file}:${block.line}`, block.text);
    }
  }
  const orbSrc = join(root, 'integrations', 'circleci', 'src');
  if (existsSync(orbSrc)) {
    const orb = packOrb(orbSrc);
    add('vendor.circle-ci', 'integrations/circleci/src (packed orb)', stringify(orb, { lineWidth: 0 }));
    for (const [name, example] of Object.entries(orb.examples ?? {})) {
      add(
        'vendor.circle-ci',
        `integrations/circleci/src/examples/${name}.yml (usage)`,
        stringify(example.usage),
      );
    }
  }
  const gitlab = join(root, 'integrations', 'gitlab');
  const gitlabFiles = [
    ...filesIn(join(gitlab, 'templates'), YAML_FILE).map((file) => `templates/${file}`),
    ...(existsSync(join(gitlab, '.gitlab-ci.yml')) ? ['.gitlab-ci.yml'] : []),
    ...filesIn(join(gitlab, 'examples'), /\.ya?ml$/).map((file) => `examples/${file}`),
  ];
  for (const file of gitlabFiles) {
    const documents = parseAllDocuments(read(join(gitlab, file)));
    documents.forEach((doc, index) => {
      const origin = `integrations/gitlab/${file}${documents.length > 1 ? ` (document ${index + 1})` : ''}`;
      add('vendor.gitlab-ci', origin, doc.errors.length > 0 ? read(join(gitlab, file)) : String(doc));
    });
  }
  return docs;
}

/** Validates every document; returns whether all are valid and check-jsonschema's report. */
export function checkSchemas(root, { bin = binIn(venv, 'check-jsonschema') } = {}) {
  const docs = schemaDocuments(root);
  const dir = mkdtempSync(join(tmpdir(), 'stack-canary-schemas-'));
  const lines = [];
  let ok = true;
  try {
    const bySchema = new Map();
    docs.forEach((doc, index) => {
      const path = join(dir, `${String(index).padStart(3, '0')}.yml`);
      writeFileSync(path, doc.text);
      bySchema.set(doc.schema, [...(bySchema.get(doc.schema) ?? []), { ...doc, path }]);
    });
    for (const [schema, group] of bySchema) {
      const run = spawnSync(bin, ['--builtin-schema', schema, ...group.map((doc) => doc.path)], {
        encoding: 'utf8',
      });
      if (run.error) throw run.error;
      let output = `${run.stdout}${run.stderr}`.trim();
      for (const doc of group) output = output.split(doc.path).join(doc.origin);
      if (run.status !== 0) ok = false;
      lines.push(`${schema}: ${group.length} document(s) ${run.status === 0 ? 'valid' : 'INVALID'}`);
      if (run.status !== 0) lines.push(output);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { ok, report: lines.join('\n'), documents: docs.map((doc) => `${doc.schema}  ${doc.origin}`) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  installSchemaChecker();
  if (args[0] !== 'install') {
    const rootAt = args.indexOf('--root');
    const root = rootAt >= 0 ? args[rootAt + 1] : projectRoot;
    const { ok, report, documents } = checkSchemas(root);
    if (args.includes('--list')) console.log(documents.join('\n'));
    console.log(report);
    if (!ok) process.exit(1);
  }
}

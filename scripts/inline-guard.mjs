// Copies the guard's source (templates/guard/index.cjs) into templates/monitoring.yaml as the
// GuardFunction's inline ZipFile, without comment lines, indentation and blank lines.
//
//   node scripts/inline-guard.mjs          rewrite the template
//   node scripts/inline-guard.mjs --check  exit 1 when the template is not current
//
// A unit test (__tests__/unit/templates/guard-inline.test.ts) runs the same check.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const guardSourcePath = join(root, 'templates', 'guard', 'index.cjs');
export const monitoringTemplatePath = join(root, 'templates', 'monitoring.yaml');

/** The inlined form: every line trimmed, comment-only and blank lines dropped. */
export function stripGuardSource(source) {
  const lines = source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'));
  return `${lines.join('\n')}\n`;
}

/** The template with the GuardFunction's `ZipFile: |` block replaced by `code`. */
export function inlineGuard(template, code) {
  const lines = template.split('\n');
  const start = lines.findIndex((line) => /^\s+ZipFile: \|$/.test(line));
  if (start < 0 || lines.findIndex((line, i) => i > start && /^\s+ZipFile: \|$/.test(line)) >= 0) {
    throw new Error('templates/monitoring.yaml must hold exactly one `ZipFile: |` block (the guard).');
  }
  const indent = `${lines[start].match(/^\s*/)[0]}  `;
  let end = start + 1;
  while (end < lines.length && (lines[end].startsWith(indent) || lines[end].trim() === '')) end += 1;
  // Keep the blank lines that separate the block from the next key.
  while (end > start + 1 && lines[end - 1].trim() === '') end -= 1;
  const body = code
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => indent + line);
  return [...lines.slice(0, start + 1), ...body, ...lines.slice(end)].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const template = readFileSync(monitoringTemplatePath, 'utf8');
  const next = inlineGuard(template, stripGuardSource(readFileSync(guardSourcePath, 'utf8')));
  if (process.argv.includes('--check')) {
    if (next !== template) {
      console.error('templates/monitoring.yaml is not current: run node scripts/inline-guard.mjs');
      process.exit(1);
    }
  } else if (next !== template) {
    writeFileSync(monitoringTemplatePath, next);
    console.error('templates/monitoring.yaml: guard code inlined');
  }
}

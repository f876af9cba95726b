// Packs the orb source (src/, the orb-tools layout) into one orb config, as `circleci orb pack`
// does: src/@orb.yml at the root; each file of commands/, jobs/, executors/ and examples/ under
// its folder's key, named by its file name without the extension; and every value that is
// `<<include(path)>>` replaced by the text of that file (path from src/). scripts/ holds the
// included files only.
//
//   node integrations/circleci/pack.mjs [out.yml]   print the packed orb, or write it to out.yml
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

export const ORB_SRC = join(import.meta.dirname, 'src');
const FOLDERS = ['commands', 'jobs', 'executors', 'examples'];
const INCLUDE = /^<<\s*include\(([^)]+)\)\s*>>$/;

/** Every string that is exactly `<<include(path)>>` replaced by the file's text. */
function inlineIncludes(value, src) {
  if (typeof value === 'string') {
    const include = INCLUDE.exec(value.trim());
    return include ? readFileSync(join(src, include[1].trim()), 'utf8') : value;
  }
  if (Array.isArray(value)) return value.map((item) => inlineIncludes(item, src));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inlineIncludes(v, src)]));
  }
  return value;
}

const isYaml = (file) => ['.yml', '.yaml'].includes(extname(file));

/** The packed orb as an object. */
export function packOrb(src = ORB_SRC) {
  const orb = parse(readFileSync(join(src, '@orb.yml'), 'utf8'));
  for (const folder of FOLDERS) {
    let files;
    try {
      files = readdirSync(join(src, folder)).filter(isYaml).sort();
    } catch {
      continue;
    }
    if (files.length === 0) continue;
    orb[folder] = Object.fromEntries(
      files.map((file) => [
        basename(file, extname(file)),
        parse(readFileSync(join(src, folder, file), 'utf8')),
      ]),
    );
  }
  return inlineIncludes(orb, src);
}

/** The packed orb as YAML text. */
export const packOrbText = (src = ORB_SRC) => stringify(packOrb(src), { lineWidth: 0 });

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  const text = packOrbText();
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}

// Builds dist/: TypeScript → lib/ (tsc), then ONE ncc bundle that the action and the CLI share.
//
//   dist/bundle/      ncc's output for src/bundle.ts: the entry chunk and the chunks it loads on
//                     demand (the engine, the AWS SDK clients, @actions/github), plus licenses.txt
//   dist/action/      src/entry/action.ts compiled: action.yml's main and post (the bundle tells
//                     them apart)
//   dist/cli/         src/entry/cli.ts compiled: package.json's bin
//   dist/guard/       src/guard/index.ts bundled alone (the monitoring stack's Lambda function),
//                     the AWS SDK left out (Lambda's Node.js runtime has it): index.js, an ES module,
//                     and code.zip, the same file as index.mjs, which the action uploads to S3 for
//                     the monitoring stack's GuardFunction (Lambda reads a .js file as CommonJS)
//
// ncc takes one entry per build and copies every module into each build, so two builds could
// share nothing; the two entry scripts are therefore two-line files that import the one bundle.
// Deterministic, so check-dist can compare the result with what is committed.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zip } from './demo/zip.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

rmSync(join(root, 'lib'), { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
rmSync(dist, { recursive: true, force: true });
run(bin('ncc'), [
  'build',
  join('lib', 'src', 'bundle.js'),
  '-o',
  join('dist', 'bundle'),
  '--license',
  'licenses.txt',
  '--quiet',
]);
writeFileSync(join(dist, 'package.json'), '{\n  "type": "module"\n}\n');

/** An entry script as tsc compiled it, its one import pointed at the bundle. */
function writeEntry(source, target, executable) {
  const text = readFileSync(join(root, 'lib', 'src', 'entry', source), 'utf8');
  const entry = text.replace("from '../bundle.js'", "from '../bundle/index.js'");
  if (entry === text || entry.includes('../bundle.js')) {
    throw new Error(`lib/src/entry/${source} must import '../bundle.js' exactly once`);
  }
  mkdirSync(dirname(join(dist, target)), { recursive: true });
  writeFileSync(join(dist, target), entry.replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n'));
  if (executable) chmodSync(join(dist, target), 0o755);
}
writeEntry('action.js', join('action', 'index.js'), false);
writeEntry('cli.js', join('cli', 'index.js'), true);

// The guard runs in Lambda, not beside the action: its own bundle, small, without the SDK (every
// client the source may import, even those only the action loads, so none is copied in).
const GUARD_EXTERNALS = Object.keys(
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies,
).filter((name) => name.startsWith('@aws-sdk/client-'));
// ncc turns an external package's import() into an import at the top of the bundle, so the guard
// would load every SDK package the moment Lambda loads it. For this bundle only, the loaders of
// src/aws/sdk.ts stay native import() calls: each package is read when an invocation first calls it.
// The same for the proxy agent of src/aws/clients.ts: only the action's and the CLI's clients take a
// proxy (the guard builds its clients from clientOptions alone), so the guard never reaches that
// import, and ncc would otherwise copy the agent in as a second file the zip cannot hold.
const KEEP_NATIVE = [
  { file: join(root, 'lib', 'src', 'aws', 'sdk.js'), from: "import('@aws-sdk/" },
  { file: join(root, 'lib', 'src', 'aws', 'clients.js'), from: "import('https-proxy-agent')" },
];
const originals = KEEP_NATIVE.map(({ file, from }) => {
  const text = readFileSync(file, 'utf8');
  const native = text.replaceAll(from, from.replace("import(", 'import(/* webpackIgnore: true */ '));
  if (native === text) throw new Error(`${file} has no ${from}...) to keep native`);
  writeFileSync(file, native);
  return { file, text };
});
try {
  run(bin('ncc'), [
    'build',
    join('lib', 'src', 'guard', 'index.js'),
    '-o',
    join('dist', 'guard'),
    ...GUARD_EXTERNALS.flatMap((name) => ['-e', name]),
    '--minify',
    '--license',
    'licenses.txt',
    '--quiet',
  ]);
} finally {
  for (const { file, text } of originals) writeFileSync(file, text);
}
const guardFiles = readdirSync(join(dist, 'guard')).filter((name) => name !== 'licenses.txt');
if (guardFiles.sort().join(',') !== 'index.js,package.json') {
  throw new Error(`dist/guard must be one file (index.js) to zip, found ${guardFiles.join(', ')}`);
}
writeFileSync(
  join(dist, 'guard', 'code.zip'),
  zip({ 'index.mjs': readFileSync(join(dist, 'guard', 'index.js'), 'utf8') }),
);

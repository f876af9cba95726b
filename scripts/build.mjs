// Builds dist/: TypeScript → lib/ (tsc), then one ncc bundle per entry point.
// Deterministic, so check-dist can compare the result with what is committed.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entries = { main: 'src/main.js', post: 'src/post.js', cli: 'src/cli.js' };
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

rmSync(join(root, 'lib'), { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
for (const [name, entry] of Object.entries(entries)) {
  rmSync(join(root, 'dist', name), { recursive: true, force: true });
  run(bin('ncc'), [
    'build',
    join('lib', entry),
    '-o',
    join('dist', name),
    '--license',
    'licenses.txt',
    '--quiet',
  ]);
}

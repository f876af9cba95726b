// Fails when dist/ (bundle, action, cli, and the guard: dist/guard/index.js and code.zip) is not what
// the source builds: rebuild, then compare with git.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist'], {
  cwd: root,
  encoding: 'utf8',
});
if (status.trim()) {
  console.error('dist/ differs from what the source builds. Run `npm run build` and commit dist/:');
  console.error(status);
  console.error(execFileSync('git', ['diff', '--stat', '--', 'dist'], { cwd: root, encoding: 'utf8' }));
  process.exit(1);
}
console.log('dist/ is current.');

// A project-local Python virtualenv with pinned requirements, installed once and reinstalled when
// the requirements file changes. The emulator (moto) and the schema checker (check-jsonschema)
// each have their own.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The path of a program in the virtualenv. */
export const binIn = (venv, name) => join(venv, 'bin', name);

/**
 * Makes `venv` hold exactly `requirements` (a pip requirements file); `program` is the one whose
 * presence says the install finished. Quiet keeps pip's progress out of the output.
 */
export function installPinned({ venv, requirements, program, label, quiet = false }) {
  const wanted = createHash('sha256').update(readFileSync(requirements)).digest('hex');
  const marker = join(venv, '.requirements-sha256');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === wanted && existsSync(binIn(venv, program))) {
    return;
  }
  if (!quiet) console.error(`Installing ${label} into ${venv} ...`);
  mkdirSync(dirname(venv), { recursive: true });
  rmSync(venv, { recursive: true, force: true });
  const python = process.env.PYTHON ?? 'python3';
  execFileSync(python, ['-m', 'venv', venv], { stdio: 'inherit' });
  execFileSync(
    binIn(venv, 'pip'),
    ['install', '--quiet', '--disable-pip-version-check', '-r', requirements],
    {
      stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
    },
  );
  writeFileSync(marker, wanted);
}

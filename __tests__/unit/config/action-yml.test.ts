/** The config's names, defaults and descriptions stay in step with action.yml and docs/config.md. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BOOLEAN_INPUTS } from '../../../src/cli/args.js';
import { ACCEPTED_FORMS, INPUT_DESCRIPTIONS } from '../../../src/config/inputs.js';
import { parseConfig } from '../../../src/config/parse.js';
import { INPUT_DEFAULTS, INPUT_NAMES } from '../../../src/config/types.js';

interface ActionInput {
  description: string;
  required?: boolean;
  default?: string;
}

const root = process.cwd();
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, ActionInput>;
};
/** The runner's own expression: the CLI has no such default. */
const RUNNER_ONLY_DEFAULTS = new Set(['github-token']);

describe('action.yml and src/config', () => {
  it('name the same inputs, in the same order', () => {
    expect(Object.keys(action.inputs)).toEqual([...INPUT_NAMES]);
  });

  it('have the same defaults', () => {
    const fromAction = Object.fromEntries(
      Object.entries(action.inputs)
        .filter(([name, input]) => input.default !== undefined && !RUNNER_ONLY_DEFAULTS.has(name))
        .map(([name, input]) => [name, input.default]),
    );
    expect(INPUT_DEFAULTS).toEqual(fromAction);
    expect(action.inputs['github-token']?.default).toBe('${{ github.token }}');
  });

  it('quote every default as a string', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      if (input.default !== undefined)
        expect({ name, type: typeof input.default }).toEqual({ name, type: 'string' });
    }
  });

  it('have the same descriptions', () => {
    const fromAction = Object.fromEntries(
      Object.entries(action.inputs).map(([name, input]) => [name, input.description]),
    );
    expect(INPUT_DESCRIPTIONS).toEqual(fromAction);
  });

  it('agree on which inputs are booleans, and every boolean default is true or false', () => {
    const booleans = INPUT_NAMES.filter((name) => ACCEPTED_FORMS[name] === 'true or false');
    expect([...BOOLEAN_INPUTS].sort()).toEqual([...booleans].sort());
    for (const name of booleans) expect(['true', 'false']).toContain(INPUT_DEFAULTS[name]);
  });

  it('have defaults that parse', () => {
    // GIVEN only the defaults (and a function, which canary-only mode needs)
    const config = parseConfig((name) => (name === 'functions' ? 'f' : (INPUT_DEFAULTS[name] ?? '')));
    expect(config.alias).toBe(INPUT_DEFAULTS.alias);
  });
});

describe('docs/config.md', () => {
  const docs = readFileSync(join(root, 'docs', 'config.md'), 'utf8');

  it('has a section for every input, in INPUT_NAMES order', () => {
    const headings = [...docs.matchAll(/^### `([a-z0-9-]+)`$/gm)].map((match) => match[1]);
    expect(headings).toEqual([...INPUT_NAMES]);
  });
});

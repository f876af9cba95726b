/** action.yml is written by hand: it must say what the input table says (names, order, defaults, descriptions). */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BOOLEAN_INPUTS, LIST_INPUTS } from '../../../src/cli/args.js';
import { INPUT_DEFAULTS, INPUT_NAMES, inputSpec } from '../../../src/config/inputs.js';
import { parseConfig } from '../../../src/config/parse.js';
import { DEFAULT_EXTEND_HOLD_MS } from '../../../src/constants.js';

interface ActionInput {
  description: string;
  required?: boolean;
  default?: string;
}

const root = process.cwd();
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, ActionInput>;
};

describe('action.yml and the input table', () => {
  it('name the same inputs, in the same order', () => {
    expect(Object.keys(action.inputs)).toEqual([...INPUT_NAMES]);
  });

  it('have the same defaults (the runner-only ones included), each quoted as a string', () => {
    for (const name of INPUT_NAMES) {
      const spec = inputSpec(name);
      const input = action.inputs[name];
      expect({ name, default: input?.default }).toEqual({
        name,
        default: spec.actionDefault ?? spec.default,
      });
    }
  });

  it('have the same descriptions, and mark no input required (each rule is checked by parseConfig)', () => {
    for (const name of INPUT_NAMES) {
      const input = action.inputs[name];
      expect({ name, description: input?.description, required: input?.required }).toEqual({
        name,
        description: inputSpec(name).description,
        required: false,
      });
    }
  });

  it('give each kind of input the forms its kind implies', () => {
    for (const name of BOOLEAN_INPUTS) {
      // (the drop-in booleans of aws-cloudformation-github-deploy also take its v1 forms, 1 or 0)
      expect({ name, accepted: inputSpec(name).accepted }).toEqual({
        name,
        accepted: expect.stringMatching(/^true or false( \(or 1 or 0\))?$/),
      });
      expect(['true', 'false']).toContain(INPUT_DEFAULTS[name]);
    }
    for (const name of LIST_INPUTS) expect(inputSpec(name).accepted).toMatch(/separated|JSON/);
  });

  it('have defaults that parse', () => {
    // GIVEN only the defaults (and a function, which canary-only mode needs)
    const config = parseConfig((name) => (name === 'functions' ? 'f' : (INPUT_DEFAULTS[name] ?? '')));
    // extend-hold's default is the one constant the run falls back to nowhere else
    expect([config.alias, config.extendHoldMs]).toEqual([INPUT_DEFAULTS.alias, DEFAULT_EXTEND_HOLD_MS]);
    expect(DEFAULT_EXTEND_HOLD_MS).toBe(600_000);
  });
});

describe('docs/config.md', () => {
  const docs = readFileSync(join(root, 'docs', 'config.md'), 'utf8');

  it('has its input sections in the table order, each naming an input (the generated table covers them all)', () => {
    const headings = [...docs.matchAll(/^### `([a-z0-9-]+)`$/gm)].map((match) => match[1] ?? '');
    expect(headings.length).toBeGreaterThan(0);
    expect(headings).toEqual(INPUT_NAMES.filter((name) => headings.includes(name)));
  });
});

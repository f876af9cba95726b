/** Test helpers for the config: a reader over a plain object, exact ConfigError checks, a parser's line, fixture files. */
import { afterAll, beforeAll, expect } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InputName, InputReader } from '../../src/config/inputs.js';
import { inputSpec } from '../../src/config/inputs.js';
import { InputProblem, formatProblem, quote } from '../../src/config/messages.js';
import { ConfigError } from '../../src/errors.js';

/** An InputReader over the given values; every other input reads as '' (not set). */
export function inputs(values: Partial<Record<InputName, string>>): InputReader {
  return (name) => values[name] ?? '';
}

/** The ConfigError `action` throws; fails the test when it throws something else or nothing. */
export function configErrorOf(action: () => unknown): ConfigError {
  try {
    action();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError, but nothing was thrown');
}

/** `action` throws a ConfigError for `input` whose message is exactly `message`. */
export function expectConfigError(action: () => unknown, input: string, message: string): void {
  expect(action).toThrow(ConfigError);
  const error = configErrorOf(action);
  expect({ input: error.input, message: error.message, code: error.code }).toEqual({
    input,
    message,
    code: 'INVALID_INPUT',
  });
}

/** A temporary directory holding `files` (path → content; content null = a directory). */
export function fixtureDir(files: Record<string, string | null>): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'stack-canary-config-'));
  for (const [path, content] of Object.entries(files)) {
    if (content === null) mkdirSync(join(dir, path), { recursive: true });
    else writeFileSync(join(dir, path), content);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The line a parser's InputProblem becomes on `input` (no secrets to redact); fails when nothing is thrown. */
export function problemLine(input: InputName, action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof InputProblem)
      return formatProblem({ name: input, ...inputSpec(input) }, error, quote);
    throw error;
  }
  throw new Error('expected an InputProblem, but nothing was thrown');
}

/** The fixture directory of one describe block: made before its tests, removed after them. */
export function suiteFixture(files: Record<string, string | null>): { readonly dir: string } {
  let fixture: ReturnType<typeof fixtureDir> | undefined;
  beforeAll(() => {
    fixture = fixtureDir(files);
  });
  afterAll(() => fixture?.remove());
  return {
    get dir(): string {
      if (fixture === undefined) throw new Error('the suite fixture exists only while its tests run');
      return fixture.dir;
    },
  };
}

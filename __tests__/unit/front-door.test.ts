/**
 * The one front door (src/front-door.ts): the action's main step and the CLI run the same run
 * through it, and neither repeats what it does. Lambda is mocked at the client edge; the same
 * scripted canary goes through both doors and ends in the same JSON report and verdict line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { runMainStep } from '../../src/action/main-run.js';
import { runCliWithConfig } from '../../src/cli/run.js';
import { Secrets } from '../../src/config/secrets.js';
import { FakeClock } from '../helpers/fake-clock.js';
import type { LambdaModel } from '../helpers/lambda-mock.js';
import { fnAOnVersion1 } from '../helpers/lambda-mock.js';
import { MemoryLogger } from '../helpers/memory-logger.js';
import type { Script } from '../helpers/pipeline-fakes.js';
import { harness, testConfig } from '../helpers/pipeline-fakes.js';
import { captureRunnerIo } from '../helpers/runner-io.js';
import { fakeHost } from '../helpers/signal-host.js';

const root = join(import.meta.dirname, '..', '..');
const source = (path: string): string =>
  readFileSync(join(root, path), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');

/** The two doors of a run, and what only the front door may do. */
const DOORS = ['src/action/main-run.ts', 'src/cli/run.ts'];
const FRONT_DOOR_ONLY = [
  'ClientPool',
  'stopRunOnSignal',
  'runHolder',
  'runDeployment',
  'waves/release.js',
  'buildReport',
  'serializeReport',
  'verdictLine',
];

describe('the front door, in the source', () => {
  it.each(DOORS)('%s goes through runFrontDoor and repeats none of it', (door) => {
    const text = source(door);
    expect(text).toMatch(/from '\.\.\/front-door\.js'/);
    expect(text).toMatch(/\brunFrontDoor\(/);
    for (const name of FRONT_DOOR_ONLY)
      expect({ door, uses: text.includes(name) ? name : undefined }).toEqual({ door, uses: undefined });
  });

  it('does it all once', () => {
    const text = source('src/front-door.ts');
    for (const name of FRONT_DOOR_ONLY)
      expect({ name, once: text.includes(name) }).toEqual({ name, once: true });
  });
});

describe('the same run through both doors', () => {
  const io = captureRunnerIo();
  let model: LambdaModel;
  beforeEach(() => {
    model = fnAOnVersion1();
  });
  afterEach(() => model.restore());
  const config = testConfig({ functions: ['fn-a'] });

  /** The report without its clock readings (each door's run starts and ends at its own time). */
  const timeless = (text: string): unknown =>
    JSON.parse(text, (key, value: unknown) => (/At$|durationMs$/.test(key) ? '(time)' : value));

  async function throughTheAction(script: Script): Promise<{ report: unknown; line: string }> {
    const h = harness(model, { functions: ['fn-a'], script });
    await runMainStep(config, new Secrets(), { parts: h.parts, host: fakeHost(), clock: new FakeClock(0) });
    const report = timeless(readFileSync(io.outputs()['report'] ?? '', 'utf8'));
    const last = io.log().trimEnd().split('\n').pop() ?? '';
    // An error annotation's text is escaped as a workflow command's data.
    const line = last.startsWith('::error::') ? last.slice('::error::'.length).replace(/%25/g, '%') : last;
    return { report, line };
  }

  async function throughTheCli(script: Script): Promise<{ report: unknown; line: string; code: number }> {
    model.restore();
    model = fnAOnVersion1();
    const h = harness(model, { functions: ['fn-a'], script });
    const logger = new MemoryLogger();
    const printed: string[] = [];
    const code = await runCliWithConfig(config, {
      parts: h.parts,
      host: fakeHost(),
      logger,
      clock: new FakeClock(0),
      print: (text) => void printed.push(text),
    });
    return { report: timeless(printed[0] ?? '{}'), line: logger.lines.at(-1)?.message ?? '', code };
  }

  it.each([
    ['a pass', (() => 'pass') as Script, 0],
    ['a fail', (() => 'fail') as Script, 1],
  ])(
    '%s: the same JSON report and the same last line; the step fails where the CLI exits 1',
    async (_name, script, code) => {
      const action = await throughTheAction(script);
      const cli = await throughTheCli(script);
      expect(cli.report).toEqual(action.report);
      expect(cli.line).toBe(action.line);
      expect(cli.line).toMatch(/^verdict (pass|fail) · /);
      expect(cli.code).toBe(code);
      expect(process.exitCode ?? 0).toBe(code);
    },
  );

  it('an error: both end on the same stop line, where the journal left the alias', async () => {
    const boom: Script = () => {
      throw new Error('the judge fell over');
    };
    const action = await throughTheAction(boom);
    const cli = await throughTheCli(boom);
    expect(cli.code).toBe(2);
    expect(action.line).toBe(
      'verdict error · Every alias the run changed is back on its snapshot version · ' +
        'fn-a: alias live on v1 (restored) · reason: the judge fell over',
    );
    expect(cli.line).toBe(action.line);
  });
});

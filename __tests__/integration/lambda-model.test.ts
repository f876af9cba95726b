/**
 * The hand-written Lambda model of the unit tests (helpers/lambda-mock.ts) and the emulator answer
 * the same table of alias/version scenarios (helpers/lambda-scenarios.ts) the same way, so the
 * model cannot drift from Lambda. Scenarios the emulator cannot run (its known gaps) run against
 * the model only, and a check here fails once the emulator closes such a gap.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { emulatorSuite } from '../helpers/emulator-suite.js';
import { createFunction, createRole, deployCode } from '../helpers/lambda-emulator.js';
import { LambdaModel } from '../helpers/lambda-mock.js';
import type { LambdaWorld } from '../helpers/lambda-scenarios.js';
import { runScenario, SCENARIOS } from '../helpers/lambda-scenarios.js';

const expected = (steps: (typeof SCENARIOS)[number]['steps']): string[] => steps.map(([, answer]) => answer);

describe('the Lambda model of the unit tests', () => {
  let model: LambdaModel;
  let world: LambdaWorld;
  beforeEach(() => {
    model = new LambdaModel();
    world = {
      // aws-sdk-client-mock answers every LambdaClient while the model is installed.
      lambda: new LambdaClient({ region: 'us-east-1' }),
      createFunction: async (name, code) => model.addFunction(name, { sha: `sha of ${code}` }),
      deployCode: async (name, code) => model.changeCode(name, `sha of ${code}`),
    };
  });
  afterEach(() => model.restore());

  it.each(SCENARIOS)('$name', async (scenario) => {
    expect(await runScenario(world, scenario)).toEqual(expected(scenario.steps));
  });
});

describe('the emulator', () => {
  const emulator = emulatorSuite();
  let world: LambdaWorld;
  beforeEach(async () => {
    const role = await createRole(emulator.aws);
    world = {
      lambda: emulator.aws.lambda,
      createFunction: (name, code) => createFunction(emulator.aws, name, role, code),
      deployCode: (name, code) => deployCode(emulator.aws, name, code),
    };
  });

  it.each(SCENARIOS.filter((s) => s.emulatorGap === undefined))('$name', async (scenario) => {
    expect(await runScenario(world, scenario)).toEqual(expected(scenario.steps));
  });

  it.each(SCENARIOS.filter((s) => s.emulatorGap !== undefined))(
    'still has the gap: $emulatorGap (else run "$name" here too)',
    async (scenario) => {
      expect(await runScenario(world, scenario)).not.toEqual(expected(scenario.steps));
    },
  );
});

/**
 * One table of Lambda alias/version scenarios, run against both the hand-written model
 * (lambda-mock.ts, which the pipeline's unit tests trust) and the emulator (the real SDK over
 * HTTP), so that the model cannot drift from what Lambda does. Each scenario is a list of calls
 * and what each must answer, written the same way for both.
 *
 * Where the emulator does not do what Lambda does (it ignores the RevisionId and CodeSha256 guards
 * and names an alias conflict ConflictException), the scenario names the gap and runs against the
 * model only: the model follows AWS.
 */
import {
  CreateAliasCommand,
  DeleteAliasCommand,
  GetAliasCommand,
  GetFunctionConfigurationCommand,
  PublishVersionCommand,
  UpdateAliasCommand,
} from '@aws-sdk/client-lambda';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import { awsErrorName } from '../../src/errors.js';

/** What a scenario needs from the world it runs in, besides the Lambda API itself. */
export interface LambdaWorld {
  readonly lambda: LambdaClient;
  /** A function whose $LATEST holds `code`. */
  createFunction(name: string, code: string): Promise<void>;
  /** New code on $LATEST, as a stack deploy does. */
  deployCode(name: string, code: string): Promise<void>;
}

type Weights = Record<string, number>;

export type Call =
  | { readonly op: 'create-function' | 'deploy'; readonly fn: string; readonly code: string }
  | { readonly op: 'publish'; readonly fn: string; readonly codeSha?: 'current' | 'stale' }
  | { readonly op: 'sha'; readonly fn: string }
  | {
      readonly op: 'create-alias';
      readonly fn: string;
      readonly alias: string;
      readonly version: string;
      readonly weights?: Weights;
    }
  | {
      readonly op: 'update-alias';
      readonly fn: string;
      readonly alias: string;
      readonly version?: string;
      /** undefined: no RoutingConfig in the request. */
      readonly weights?: Weights;
      /** Send the RevisionId remembered by the last `remember` call. */
      readonly revision?: 'remembered';
    }
  | { readonly op: 'get-alias' | 'delete-alias' | 'remember'; readonly fn: string; readonly alias: string };

export interface Scenario {
  readonly name: string;
  /** Call and the answer it must give, in order. */
  readonly steps: readonly (readonly [Call, string])[];
  /** Why the emulator cannot run it (it then runs against the model only). */
  readonly emulatorGap?: string;
}

const FN = 'orders';
const alias = (version: string, weights?: Weights) =>
  ({ op: 'create-alias', fn: FN, alias: 'live', version, ...(weights ? { weights } : {}) }) as const;
const get = { op: 'get-alias', fn: FN, alias: 'live' } as const;
const publish = { op: 'publish', fn: FN } as const;
const deploy = (code: string) => ({ op: 'deploy', fn: FN, code }) as const;
const created = { op: 'create-function', fn: FN, code: 'v1' } as const;

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'publishing unchanged code gives the same version; new code gives the next one',
    steps: [
      [created, 'ok'],
      [publish, 'version 1'],
      [publish, 'version 1'],
      [deploy('v2'), 'ok'],
      [publish, 'version 2'],
    ],
  },
  {
    name: "a deploy changes $LATEST's CodeSha256; publishing does not",
    steps: [
      [created, 'ok'],
      [{ op: 'sha', fn: FN }, 'sha A'],
      [publish, 'version 1'],
      [{ op: 'sha', fn: FN }, 'sha A'],
      [deploy('v2'), 'ok'],
      [{ op: 'sha', fn: FN }, 'sha B'],
    ],
  },
  {
    name: 'an alias with routing reads back as written',
    steps: [
      [created, 'ok'],
      [publish, 'version 1'],
      [deploy('v2'), 'ok'],
      [publish, 'version 2'],
      [alias('1', { '2': 0.1 }), 'live → 1 + {"2":0.1}'],
      [get, 'live → 1 + {"2":0.1}'],
    ],
  },
  {
    name: 'creating an alias that exists is a ResourceConflictException',
    emulatorGap: 'the emulator names it ConflictException',
    steps: [
      [created, 'ok'],
      [publish, 'version 1'],
      [alias('1'), 'live → 1 + {}'],
      [alias('1'), 'ResourceConflictException'],
    ],
  },
  {
    name: 'shifting weights, promoting and clearing the routing',
    steps: [
      [created, 'ok'],
      [publish, 'version 1'],
      [deploy('v2'), 'ok'],
      [publish, 'version 2'],
      [alias('1'), 'live → 1 + {}'],
      [{ op: 'update-alias', fn: FN, alias: 'live', weights: { '2': 0.25 } }, 'live → 1 + {"2":0.25}'],
      [{ op: 'update-alias', fn: FN, alias: 'live', version: '1' }, 'live → 1 + {"2":0.25}'],
      [{ op: 'update-alias', fn: FN, alias: 'live', version: '2', weights: {} }, 'live → 2 + {}'],
      [get, 'live → 2 + {}'],
    ],
  },
  {
    name: 'a missing alias is not found, to read, to update; deleted, it is gone',
    steps: [
      [created, 'ok'],
      [publish, 'version 1'],
      [get, 'ResourceNotFoundException'],
      [{ op: 'update-alias', fn: FN, alias: 'live', version: '1' }, 'ResourceNotFoundException'],
      [alias('1'), 'live → 1 + {}'],
      [{ op: 'delete-alias', fn: FN, alias: 'live' }, 'ok'],
      [get, 'ResourceNotFoundException'],
    ],
  },
  {
    name: 'a function that does not exist is not found',
    steps: [
      [{ op: 'publish', fn: 'nobody' }, 'ResourceNotFoundException'],
      [{ op: 'get-alias', fn: 'nobody', alias: 'live' }, 'ResourceNotFoundException'],
    ],
  },
  {
    name: "an alias update with a RevisionId someone else's change made stale is refused",
    emulatorGap: 'the emulator ignores RevisionId on UpdateAlias',
    steps: [
      [created, 'ok'],
      [publish, 'version 1'],
      [alias('1'), 'live → 1 + {}'],
      [{ op: 'remember', fn: FN, alias: 'live' }, 'ok'],
      [{ op: 'update-alias', fn: FN, alias: 'live', revision: 'remembered', weights: {} }, 'live → 1 + {}'],
      [
        { op: 'update-alias', fn: FN, alias: 'live', revision: 'remembered', weights: {} },
        'PreconditionFailedException',
      ],
    ],
  },
  {
    name: 'publishing with a CodeSha256 that $LATEST no longer has is refused',
    emulatorGap: 'the emulator ignores CodeSha256 on PublishVersion',
    steps: [
      [created, 'ok'],
      [{ op: 'publish', fn: FN, codeSha: 'current' }, 'version 1'],
      [{ op: 'sha', fn: FN }, 'sha A'],
      [deploy('v2'), 'ok'],
      [{ op: 'publish', fn: FN, codeSha: 'stale' }, 'PreconditionFailedException'],
    ],
  },
];

/** Runs the scenario's calls in `world` and returns what each answered, in the table's words. */
export async function runScenario(world: LambdaWorld, scenario: Scenario): Promise<string[]> {
  const shas: string[] = [];
  let remembered: string | undefined;
  const answers: string[] = [];
  const describeAlias = (a: {
    FunctionVersion?: string | undefined;
    RoutingConfig?: { AdditionalVersionWeights?: Weights | undefined } | undefined;
  }) =>
    `live → ${a.FunctionVersion ?? '?'} + ${JSON.stringify(a.RoutingConfig?.AdditionalVersionWeights ?? {})}`;
  const sha = async (fn: string): Promise<string> =>
    (await world.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: fn }))).CodeSha256 ?? '';

  for (const [call] of scenario.steps) {
    try {
      answers.push(await answer(call));
    } catch (error) {
      answers.push(awsErrorName(error) ?? String(error));
    }
  }
  return answers;

  async function answer(call: Call): Promise<string> {
    switch (call.op) {
      case 'create-function':
        await world.createFunction(call.fn, call.code);
        return 'ok';
      case 'deploy':
        await world.deployCode(call.fn, call.code);
        return 'ok';
      case 'sha': {
        const value = await sha(call.fn);
        if (!shas.includes(value)) shas.push(value);
        return `sha ${String.fromCharCode(65 + shas.indexOf(value))}`;
      }
      case 'publish': {
        const codeSha =
          call.codeSha === 'current' ? await sha(call.fn) : call.codeSha === 'stale' ? shas[0] : undefined;
        const out = await world.lambda.send(
          new PublishVersionCommand({ FunctionName: call.fn, ...(codeSha ? { CodeSha256: codeSha } : {}) }),
        );
        return `version ${out.Version ?? '?'}`;
      }
      case 'create-alias':
        return describeAlias(
          await world.lambda.send(
            new CreateAliasCommand({
              FunctionName: call.fn,
              Name: call.alias,
              FunctionVersion: call.version,
              ...(call.weights ? { RoutingConfig: { AdditionalVersionWeights: call.weights } } : {}),
            }),
          ),
        );
      case 'update-alias':
        return describeAlias(
          await world.lambda.send(
            new UpdateAliasCommand({
              FunctionName: call.fn,
              Name: call.alias,
              ...(call.version ? { FunctionVersion: call.version } : {}),
              ...(call.weights ? { RoutingConfig: { AdditionalVersionWeights: call.weights } } : {}),
              ...(call.revision ? { RevisionId: remembered } : {}),
            }),
          ),
        );
      case 'get-alias':
        return describeAlias(
          await world.lambda.send(new GetAliasCommand({ FunctionName: call.fn, Name: call.alias })),
        );
      case 'remember':
        remembered = (
          await world.lambda.send(new GetAliasCommand({ FunctionName: call.fn, Name: call.alias }))
        ).RevisionId;
        return 'ok';
      case 'delete-alias':
        await world.lambda.send(new DeleteAliasCommand({ FunctionName: call.fn, Name: call.alias }));
        return 'ok';
    }
  }
}

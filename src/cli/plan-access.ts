/**
 * What every detached-canary command of the CLI shares: its flags read (`--name value` or
 * `--name=value`, each once, `--stack-name` required), and the stack's plan table found through
 * its monitoring stack's PlanTableName output.
 */
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createAwsClients, destroyAwsClients } from '../aws/clients.js';
import { createDynamoClient } from '../aws/detached-clients.js';
import { monitoringStackName } from '../constants.js';
import { ConfigError, StackCanaryError } from '../errors.js';
import { monitoringPlanTableName } from '../monitoring/outputs.js';
import { describeStack } from '../stack/describe.js';
import type { Clock } from '../util/clock.js';

/** What reads a stack's plans. */
export interface PlanClients {
  readonly cloudFormation: CloudFormationClient;
  readonly dynamo: DynamoDBClient;
}

/** The seams of a detached-canary command. */
export interface CommandOptions<Clients> {
  readonly clock?: Clock | undefined;
  /** Where results go (default: stdout); the log and errors go to `log` (default: stderr). */
  readonly print?: (text: string) => void;
  readonly log?: (text: string) => void;
  /** Test seam: the clients (default: built for the region). */
  readonly clients?: Clients;
}

/** The clients to read plans with, built for the region; `close` destroys them. */
export async function openPlanClients(
  region: string | undefined,
): Promise<{ readonly clients: PlanClients; close(): void }> {
  const aws = await createAwsClients({ region });
  const dynamo = await createDynamoClient({ region });
  return {
    clients: { cloudFormation: aws.cloudFormation, dynamo },
    close: () => {
      destroyAwsClients(aws);
      dynamo.destroy();
    },
  };
}

export interface CommandFlagSpec {
  /** Flags that take a value, e.g. `--stack-name`. */
  readonly values: readonly string[];
  /** Flags that stand alone, e.g. `--json`. */
  readonly switches: readonly string[];
}

export interface CommandFlags {
  readonly stackName: string;
  readonly values: ReadonlyMap<string, string>;
  readonly switches: ReadonlySet<string>;
}

/** `stack-canary <command>`'s flags; a ConfigError naming the flag for anything else. */
export function parseCommandFlags(
  command: string,
  argv: readonly string[],
  spec: CommandFlagSpec,
): CommandFlags {
  const values = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i += 1) {
    const [flag = '', inline] = (argv[i] ?? '').split(/=(.*)/s, 2);
    if (values.has(flag) || switches.has(flag)) {
      throw new ConfigError(flag, `Flag ${flag} is given twice for ${command}. Give it once.`);
    }
    if (spec.values.includes(flag)) {
      const found = inline ?? argv[++i];
      if (found === undefined || found === '') {
        throw new ConfigError(flag, `Flag ${flag} needs a value: ${flag} <value>.`);
      }
      values.set(flag, found);
    } else if (spec.switches.includes(flag) && inline === undefined) {
      switches.add(flag);
    } else {
      throw new ConfigError(
        'arguments',
        `Unexpected argument "${argv[i]}" for ${command}. Accepted: ${[...spec.values, ...spec.switches].join(', ')}.`,
      );
    }
  }
  const stackName = values.get('--stack-name');
  if (!stackName) {
    throw new ConfigError('stack-name', `stack-canary ${command} needs --stack-name (the app stack's name).`);
  }
  return { stackName, values, switches };
}

/** The plan table of `stackName`'s monitoring stack; an error saying what to deploy when there is none. */
export async function planTableOf(cloudFormation: CloudFormationClient, stackName: string): Promise<string> {
  const name = monitoringStackName(stackName);
  const stack = await describeStack(cloudFormation, name);
  const table = stack.exists ? monitoringPlanTableName(stack.outputs) : undefined;
  if (!table) {
    throw new StackCanaryError(
      'AWS_ERROR',
      stack.exists
        ? `Monitoring stack ${name} has no PlanTableName output: deploy it with guard: true.`
        : `Monitoring stack ${name} does not exist: deploy ${stackName} with monitoring: true and guard: true.`,
    );
  }
  return table;
}

/**
 * How much time deployStack adds around a stack operation, measured on the local emulator (where
 * CloudFormation finishes at once, so any fixed sleep would show): a create and an update of a
 * small stack (role + function + outputs) through deployStack, against the bare API calls a
 * change-set deploy cannot do without (CreateChangeSet, DescribeChangeSet, ExecuteChangeSet,
 * DescribeStacks). Target: under 1 s of overhead per operation.
 *
 *   npx tsc -p tsconfig.build.json && node lib/bench/stack-overhead.js [rounds]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CreateChangeSetCommand,
  DescribeChangeSetCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
} from '@aws-sdk/client-cloudformation';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { AwsClients } from '../src/aws/clients.js';
import { createAwsClients, destroyAwsClients } from '../src/aws/clients.js';
import type { Logger } from '../src/logger.js';
import { deployStack } from '../src/stack/index.js';
import { realClock } from '../src/util/clock.js';
import { plainDeployRequest } from '../__tests__/helpers/deploy-request.js';
import { startBenchEmulator } from './emulator.js';

/** The bench measures the stack operation, not its log. */
const quiet: Logger = { debug() {}, info() {}, warning() {}, error() {}, group: (_title, body) => body() };

const root = process.cwd();
const template = readFileSync(join(root, '__fixtures__/templates/app.yaml'), 'utf8');
const rounds = Number(process.argv[2] ?? 5);

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** The least a change-set deploy must call, with no waiting (the emulator is synchronous). */
async function bare(
  aws: AwsClients,
  stackName: string,
  greeting: string,
  type: 'CREATE' | 'UPDATE',
): Promise<void> {
  const cfn = aws.cloudFormation;
  const made = await cfn.send(
    new CreateChangeSetCommand({
      StackName: stackName,
      ChangeSetName: `bare-${Date.now()}`,
      ChangeSetType: type,
      TemplateBody: template,
      Parameters: [{ ParameterKey: 'Greeting', ParameterValue: greeting }],
      Capabilities: ['CAPABILITY_IAM'],
    }),
  );
  await cfn.send(new DescribeChangeSetCommand({ ChangeSetName: made.Id }));
  await cfn.send(new ExecuteChangeSetCommand({ ChangeSetName: made.Id }));
  await cfn.send(new DescribeStacksCommand({ StackName: stackName }));
}

function ours(aws: AwsClients, stackName: string, greeting: string): Promise<unknown> {
  const request = plainDeployRequest(
    stackName,
    { kind: 'inline', name: 'app', body: template },
    { parameters: [{ key: 'Greeting', value: greeting }] },
  );
  return deployStack(aws, request, { logger: quiet, clock: realClock });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

async function main(): Promise<void> {
  const { emulator, server } = await startBenchEmulator(root);
  const aws = await createAwsClients({ region: undefined });
  const times = {
    bareCreate: [] as number[],
    bareUpdate: [] as number[],
    ourCreate: [] as number[],
    ourUpdate: [] as number[],
  };
  try {
    for (let round = 0; round <= rounds; round++) {
      await emulator.resetEmulator(server.endpoint);
      await aws.s3.send(new CreateBucketCommand({ Bucket: 'code-bucket' }));
      await aws.s3.send(new PutObjectCommand({ Bucket: 'code-bucket', Key: 'orders.zip', Body: 'zip' }));
      // Alternate which goes first, so neither gains from a warmer emulator.
      const order = round % 2 ? ['ours', 'bare'] : ['bare', 'ours'];
      const sample = { bareCreate: 0, bareUpdate: 0, ourCreate: 0, ourUpdate: 0 };
      for (const who of order) {
        if (who === 'bare') {
          sample.bareCreate = await timed(() => bare(aws, 'bare-stack', 'hi', 'CREATE'));
          sample.bareUpdate = await timed(() => bare(aws, 'bare-stack', 'hello again', 'UPDATE'));
        } else {
          sample.ourCreate = await timed(() => ours(aws, 'our-stack', 'hi'));
          sample.ourUpdate = await timed(() => ours(aws, 'our-stack', 'hello again'));
        }
      }
      if (round === 0) continue; // warm-up: SDK loading, first connections
      times.bareCreate.push(sample.bareCreate);
      times.bareUpdate.push(sample.bareUpdate);
      times.ourCreate.push(sample.ourCreate);
      times.ourUpdate.push(sample.ourUpdate);
    }
  } finally {
    destroyAwsClients(aws);
    emulator.stopEmulators([server]);
  }
  const ms = (x: number): string => `${Math.round(x)} ms`.padStart(8);
  console.log(
    `stack overhead on the local emulator (median of ${rounds} rounds, small stack: role + function + outputs)`,
  );
  console.log('operation   bare API   deployStack   overhead   (target < 1000 ms)');
  for (const [name, b, o] of [
    ['create', times.bareCreate, times.ourCreate],
    ['update', times.bareUpdate, times.ourUpdate],
  ] as const) {
    const overhead = median(o) - median(b);
    console.log(
      `${name.padEnd(9)} ${ms(median(b))}   ${ms(median(o))}     ${ms(overhead)}   ${overhead < 1000 ? 'ok' : 'OVER'}`,
    );
  }
}

await main();

// What the contract proxy costs a request (npm run bench:proxy [-- --runs N]).
//
// One emulator; the same requests sent straight to it and through the proxy (__tests__/contract/),
// alternating, one at a time: a Lambda GetAlias (rest-json), a CloudFormation DescribeStacks
// (query), a CloudWatch GetMetricData (JSON 1.0) and an S3 PutObject of 64 KiB (rest-xml).
// Prints the median and p90 milliseconds per request for each path and the median difference.
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { GetAliasCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { startContractProxy, stopContractProxy } from '../__tests__/contract/proxy.mjs';
import { emulatorEnv, startEmulators, stopEmulators } from '../scripts/emulator.mjs';

const at = process.argv.indexOf('--runs');
const runs = at >= 0 ? Number(process.argv[at + 1]) : 200;
const region = 'us-east-1';
Object.assign(process.env, emulatorEnv('http://127.0.0.1:1'), {
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
});

function clients(endpoint) {
  const common = { region, endpoint, maxAttempts: 1 };
  return {
    lambda: new LambdaClient(common),
    cfn: new CloudFormationClient(common),
    cw: new CloudWatchClient(common),
    s3: new S3Client({ ...common, forcePathStyle: true }),
  };
}

const body = Buffer.alloc(64 * 1024, 'x');
const now = new Date();
const requests = {
  'lambda GetAlias': (c) => c.lambda.send(new GetAliasCommand({ FunctionName: 'bench', Name: 'live' })),
  'cloudformation DescribeStacks': (c) => c.cfn.send(new DescribeStacksCommand({})),
  'cloudwatch GetMetricData': (c) =>
    c.cw.send(
      new GetMetricDataCommand({
        StartTime: new Date(now.getTime() - 3_600_000),
        EndTime: now,
        MetricDataQueries: [
          {
            Id: 'e',
            MetricStat: {
              Metric: {
                Namespace: 'AWS/Lambda',
                MetricName: 'Errors',
                Dimensions: [{ Name: 'FunctionName', Value: 'bench' }],
              },
              Period: 60,
              Stat: 'Sum',
            },
          },
        ],
      }),
    ),
  's3 PutObject 64 KiB': (c) => c.s3.send(new PutObjectCommand({ Bucket: 'bench', Key: 'k', Body: body })),
};

const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))];
const fmt = (ms) => ms.toFixed(2).padStart(7);

const [server] = await startEmulators(1);
const proxy = await startContractProxy([server.endpoint]);
try {
  const direct = clients(server.endpoint);
  const through = clients(proxy.lanes[0]);
  await direct.s3.send(new CreateBucketCommand({ Bucket: 'bench' }));
  console.log(`${runs} requests of each kind, each path (ms per request; the machine's load counts too)`);
  console.log(`${'request'.padEnd(30)} direct median  p90   proxy median  p90   added (median)`);
  for (const [name, send] of Object.entries(requests)) {
    const times = { direct: [], proxy: [] };
    for (let i = 0; i < runs + 5; i++) {
      for (const [path, c] of [
        ['direct', direct],
        ['proxy', through],
      ]) {
        const start = performance.now();
        await send(c).catch(() => undefined); // the emulator's errors (no such alias) cost the same both ways
        if (i >= 5) times[path].push(performance.now() - start);
      }
    }
    const [dm, dp, pm, pp] = [
      percentile(times.direct, 0.5),
      percentile(times.direct, 0.9),
      percentile(times.proxy, 0.5),
      percentile(times.proxy, 0.9),
    ];
    console.log(`${name.padEnd(30)} ${fmt(dm)} ${fmt(dp)}   ${fmt(pm)} ${fmt(pp)}   ${fmt(pm - dm)}`);
  }
} finally {
  stopContractProxy(proxy);
  stopEmulators([server]);
}

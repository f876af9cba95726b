/**
 * Integration-test helpers: traffic on a weighted alias as Lambda reports it, played into the
 * emulator (which runs no code and publishes nothing itself). Per minute and version, Invocations
 * and Errors (zero included, as Lambda sends them with every minute that had invocations) under
 * FunctionName, FunctionName + Resource and FunctionName + Resource + ExecutedVersion; and one
 * REPORT line per minute in the version's own log stream (`YYYY/MM/DD/[version]id`).
 */
import type { Dimension, MetricDatum } from '@aws-sdk/client-cloudwatch';
import { PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import {
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  PutLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import type { AwsClients } from '../../src/aws/clients.js';

/** The dimension sets Lambda publishes one alias invocation under. */
export function lambdaDimensionSets(functionName: string, alias: string, version: string): Dimension[][] {
  const fn = { Name: 'FunctionName', Value: functionName };
  const resource = { Name: 'Resource', Value: `${functionName}:${alias}` };
  return [[fn], [fn, resource], [fn, resource, { Name: 'ExecutedVersion', Value: version }]];
}

export interface VersionMinute {
  readonly version: string;
  /** Start of the minute, epoch ms. */
  readonly start: number;
  readonly invocations: number;
  readonly errors: number;
  /** Max memory used / memory size in the minute, 0..1. */
  readonly memory: number;
}

/** Publishes the minutes' Invocations and Errors (Errors even when zero) as Lambda does. */
export async function putLambdaMinutes(
  aws: AwsClients,
  functionName: string,
  alias: string,
  minutes: readonly VersionMinute[],
): Promise<void> {
  const data: MetricDatum[] = [];
  for (const minute of minutes) {
    if (minute.invocations === 0) continue;
    const at = new Date(minute.start + 17_000);
    for (const Dimensions of lambdaDimensionSets(functionName, alias, minute.version)) {
      data.push({
        MetricName: 'Invocations',
        Dimensions,
        Timestamp: at,
        Value: minute.invocations,
        Unit: 'Count',
      });
      data.push({ MetricName: 'Errors', Dimensions, Timestamp: at, Value: minute.errors, Unit: 'Count' });
    }
  }
  // PutMetricData takes at most 1,000 datapoints a call.
  for (let i = 0; i < data.length; i += 900) {
    await aws.cloudWatch.send(
      new PutMetricDataCommand({ Namespace: 'AWS/Lambda', MetricData: data.slice(i, i + 900) }),
    );
  }
}

/** Writes one REPORT line per minute with invocations, in each version's own log stream. */
export async function putReportLines(
  aws: AwsClients,
  functionName: string,
  memorySizeMb: number,
  minutes: readonly VersionMinute[],
): Promise<void> {
  const logGroupName = `/aws/lambda/${functionName}`;
  await aws.logs.send(new CreateLogGroupCommand({ logGroupName })).catch(() => undefined); // may exist
  const streams = new Map<string, { timestamp: number; message: string }[]>();
  for (const minute of minutes) {
    if (minute.invocations === 0) continue;
    const day = new Date(minute.start).toISOString().slice(0, 10).replace(/-/g, '/');
    const stream = `${day}/[${minute.version}]0a1b2c`;
    const used = Math.round(minute.memory * memorySizeMb);
    const events = streams.get(stream) ?? [];
    streams.set(stream, events);
    events.push({
      timestamp: minute.start + 30_000,
      message: `REPORT RequestId: 5e1d Duration: 8.20 ms Billed Duration: 9 ms Memory Size: ${memorySizeMb} MB Max Memory Used: ${used} MB`,
    });
  }
  for (const [logStreamName, logEvents] of streams) {
    await aws.logs.send(new CreateLogStreamCommand({ logGroupName, logStreamName })).catch(() => undefined); // may exist
    logEvents.sort((a, b) => a.timestamp - b.timestamp);
    await aws.logs.send(new PutLogEventsCommand({ logGroupName, logStreamName, logEvents }));
  }
}

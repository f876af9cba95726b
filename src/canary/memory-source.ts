/**
 * Where a function's memory figures can be read: Lambda Insights (`LambdaInsights` /
 * `memory_utilization`, dimensions function_name + version) when the version has the extension
 * layer, otherwise the REPORT lines Lambda writes after every invocation, in the log group and
 * format the version's configuration names. Also the shapes the two REPORT-line readers share.
 */
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import { GetFunctionConfigurationCommand } from '@aws-sdk/client-lambda';
import { plainFunctionName } from './metric-queries.js';

export type LogFormat = 'Text' | 'JSON';

/** What one published version tells about where its memory figures can be read. */
export interface VersionLogging {
  readonly lambdaInsights: boolean;
  readonly logGroupName: string;
  readonly logFormat: LogFormat;
}

/** A layer ARN of the Lambda Insights extension (x86 or Arm64 build). */
export function isLambdaInsightsLayer(arn: string | undefined): boolean {
  return arn !== undefined && /:layer:LambdaInsightsExtension(?:-[A-Za-z0-9]+)?(?::\d+)?$/.test(arn);
}

/** Reads one version's configuration: the Insights layer, the log group and the log format. */
export async function describeVersionLogging(
  lambda: Pick<LambdaClient, 'send'>,
  functionName: string,
  version: string,
): Promise<VersionLogging> {
  const config = await lambda.send(
    new GetFunctionConfigurationCommand({ FunctionName: functionName, Qualifier: version }),
  );
  return {
    lambdaInsights: (config.Layers ?? []).some((layer) => isLambdaInsightsLayer(layer.Arn)),
    logGroupName: config.LoggingConfig?.LogGroup || `/aws/lambda/${plainFunctionName(functionName)}`,
    logFormat: config.LoggingConfig?.LogFormat === 'JSON' ? 'JSON' : 'Text',
  };
}

/** Whether the log group exists (a function never invoked has none yet). */
export async function logGroupExists(
  logs: Pick<CloudWatchLogsClient, 'send'>,
  name: string,
): Promise<boolean> {
  const answer = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: name, limit: 1 }));
  return (answer.logGroups ?? []).some((group) => group.logGroupName === name);
}

/**
 * Where a function's memory can be read from, for the monitoring stack's memory alarm: the Lambda
 * Insights layer on its latest configuration, or the REPORT lines in its log group (if it exists).
 */
export async function describeMemorySource(
  lambda: Pick<LambdaClient, 'send'>,
  logs: Pick<CloudWatchLogsClient, 'send'>,
  functionName: string,
): Promise<{ name: string; hasLambdaInsights: boolean; logGroupExists: boolean }> {
  const logging = await describeVersionLogging(lambda, functionName, '$LATEST');
  return {
    name: plainFunctionName(functionName),
    hasLambdaInsights: logging.lambdaInsights,
    logGroupExists: logging.lambdaInsights ? true : await logGroupExists(logs, logging.logGroupName),
  };
}

/** One Logs Insights query: the versions whose REPORT lines share a log group and a format. */
export interface ReportQueryPlan {
  readonly logGroupName: string;
  readonly logFormat: LogFormat;
  readonly versions: readonly string[];
}

/** Groups versions by (log group, format): usually one query per function. */
export function reportQueryPlans(versions: ReadonlyMap<string, VersionLogging>): ReportQueryPlan[] {
  const plans = new Map<string, { logGroupName: string; logFormat: LogFormat; versions: string[] }>();
  for (const [version, logging] of versions) {
    const key = `${logging.logFormat}\u0000${logging.logGroupName}`;
    const plan = plans.get(key) ?? {
      logGroupName: logging.logGroupName,
      logFormat: logging.logFormat,
      versions: [],
    };
    plan.versions.push(version);
    plans.set(key, plan);
  }
  return [...plans.values()];
}

/** The version in a Lambda log stream name `YYYY/MM/DD/[version]id`; undefined if not one. */
export function versionFromLogStream(logStream: string): string | undefined {
  return /^\d{4}\/\d{2}\/\d{2}\/\[([^\]]+)\]/.exec(logStream)?.[1];
}

export interface ParsedMemoryRows {
  /** Ratio 0..1 (max used / size) by version, then by minute start. */
  readonly byVersion: Map<string, Map<number, number>>;
  /** Rows that did not carry a version, a minute and both memory figures. */
  readonly skipped: number;
  /** The log group does not exist (the function never logged, or logging is off). */
  readonly logGroupMissing?: boolean;
}

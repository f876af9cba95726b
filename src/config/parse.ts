/**
 * The one schema both front doors feed: every input of INPUT_NAMES, each parsed by its own
 * small function, then the rules between inputs, then one typed, deep-frozen Config.
 *
 * A bad input throws a ConfigError whose message names the input, the value (never a secret)
 * and the accepted forms. Each input is checked on its own first; the rules between inputs are
 * checked once every input is valid on its own. Of the inputs at fault, the first in
 * INPUT_NAMES order is reported, so the same bad inputs always give the same message.
 * An empty input means its default (INPUT_DEFAULTS), in the action and the CLI alike.
 */
import { z } from 'zod';
import { monitoringStackName } from '../constants.js';
import { ConfigError } from '../errors.js';
import type { FileAccess } from './files.js';
import { nodeFileAccess } from './files.js';
import { deepFreeze } from './freeze.js';
import { parseParameterOverrides, parseTags } from './key-values.js';
import { badValue } from './messages.js';
import {
  parseAlarms,
  parseAlias,
  parseAutoScalingGroup,
  parseBoolean,
  parseCapabilities,
  parseChoice,
  parseDeploymentEnvironment,
  parseEmail,
  parseFunctions,
  parseGithubToken,
  parseInterval,
  parseMaxP99Duration,
  parseNotificationArns,
  parseNotificationTopicArn,
  parsePercent,
  parseRegion,
  parseRoleArn,
  parseS3Bucket,
  parseStackName,
  parseSyntheticRate,
  parseTimeoutInMinutes,
  parseWholeNumber,
} from './parsers.js';
import { INLINE_TEMPLATE_LIMIT_BYTES, parseSyntheticPayload, parseTemplate } from './sources.js';
import { parseStrategy } from './strategy.js';
import type { Config, InputName, InputReader } from './types.js';
import { INPUT_DEFAULTS, INPUT_NAMES } from './types.js';

export interface ParseOptions {
  /** Where relative paths (template, parameter file, payload file) start; default process.cwd(). */
  readonly cwd?: string;
}

export function parseConfig(read: InputReader, options: ParseOptions = {}): Config {
  const files = nodeFileAccess(options.cwd ?? process.cwd());
  const values = Object.fromEntries(INPUT_NAMES.map((name) => [name, valueOf(read, name)]));
  const result = configSchema(files).safeParse(values);
  if (!result.success) throw firstProblem(result.error.issues);
  return deepFreeze(result.data);
}

/** The input trimmed (as core.getInput does), or its default when empty. */
function valueOf(read: InputReader, name: InputName): string {
  const value = String(read(name) ?? '').trim();
  return value === '' ? (INPUT_DEFAULTS[name] ?? '') : value;
}

/** A zod field that runs one input's parser and turns its ConfigError into an issue. */
function field<T>(parse: (raw: string) => T) {
  return z.string().transform((raw, ctx): T => {
    try {
      return parse(raw);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      ctx.addIssue({ code: 'custom', message: error.message });
      return z.NEVER;
    }
  });
}

/** Each input on its own. */
function inputsSchema(files: FileAccess) {
  return z.object({
    'stack-name': field(parseStackName),
    template: field((raw) => parseTemplate(raw, files)),
    'parameter-overrides': field((raw) => parseParameterOverrides(raw, files)),
    capabilities: field(parseCapabilities),
    tags: field(parseTags),
    'role-arn': field(parseRoleArn),
    's3-bucket': field(parseS3Bucket),
    'termination-protection': field((raw) => parseBoolean('termination-protection', raw)),
    'notification-arns': field(parseNotificationArns),
    'timeout-in-minutes': field(parseTimeoutInMinutes),
    monitoring: field((raw) => parseBoolean('monitoring', raw)),
    'notification-email': field(parseEmail),
    'notification-topic-arn': field(parseNotificationTopicArn),
    guard: field((raw) => parseBoolean('guard', raw)),
    'guard-rollback': field((raw) => parseBoolean('guard-rollback', raw)),
    'guard-auto-scaling-group': field(parseAutoScalingGroup),
    functions: field(parseFunctions),
    alias: field(parseAlias),
    strategy: field(parseStrategy),
    interval: field(parseInterval),
    'max-error-rate': field((raw) => parsePercent('max-error-rate', raw, { minExclusive: false })),
    'max-memory-utilization': field((raw) =>
      parsePercent('max-memory-utilization', raw, { minExclusive: true }),
    ),
    'max-p99-duration': field(parseMaxP99Duration),
    'max-throttles': field((raw) => parseWholeNumber('max-throttles', raw, 0)),
    'min-invocations': field((raw) => parseWholeNumber('min-invocations', raw, 1)),
    'compare-baseline': field((raw) => parseBoolean('compare-baseline', raw)),
    alarms: field(parseAlarms),
    'on-inconclusive': field((raw) => parseChoice('on-inconclusive', raw, ['fail', 'pass'] as const)),
    'synthetic-payload': field((raw) => parseSyntheticPayload(raw, files)),
    'synthetic-rate': field(parseSyntheticRate),
    rollback: field((raw) => parseChoice('rollback', raw, ['alias', 'stack', 'none'] as const)),
    'dry-run': field((raw) => parseBoolean('dry-run', raw)),
    'github-token': field(parseGithubToken),
    'deployment-environment': field(parseDeploymentEnvironment),
    region: field(parseRegion),
  } satisfies Record<InputName, z.ZodType>);
}

type ParsedInputs = z.output<ReturnType<typeof inputsSchema>>;

/** Each input, then the rules between them, then the Config. */
function configSchema(files: FileAccess) {
  return inputsSchema(files)
    .superRefine((parsed, ctx) => {
      for (const problem of crossFieldProblems(parsed)) {
        ctx.addIssue({ code: 'custom', path: [problem.input], message: problem.message });
      }
    })
    .transform(toConfig);
}

/** The rules between inputs, each reported on the input to change. */
export function crossFieldProblems(parsed: ParsedInputs): ConfigError[] {
  const problems: ConfigError[] = [];
  const stackName = parsed['stack-name'];
  const template = parsed.template;
  const monitoring = parsed.monitoring && stackName !== undefined;
  if (template !== undefined && stackName === undefined) {
    problems.push(badValue('stack-name', '', { reason: 'required when template is given' }));
  }
  if (stackName !== undefined && monitoring && monitoringStackName(stackName).length > 128) {
    problems.push(
      badValue('stack-name', stackName, {
        reason: `the monitoring stack's name would be ${monitoringStackName(stackName).length} characters, over 128`,
        expected: 'a stack name of at most 117 characters, or monitoring: false',
      }),
    );
  }
  if (
    template?.sizeBytes !== undefined &&
    template.sizeBytes > INLINE_TEMPLATE_LIMIT_BYTES &&
    parsed['s3-bucket'] === undefined
  ) {
    problems.push(
      badValue('s3-bucket', '', {
        reason: `required: the template is ${template.sizeBytes} bytes, over the ${INLINE_TEMPLATE_LIMIT_BYTES} CloudFormation takes inline`,
      }),
    );
  }
  if (template === undefined) {
    if (parsed['termination-protection']) {
      problems.push(badValue('termination-protection', 'true', withoutAppStack('false')));
    }
    const arns = parsed['notification-arns'];
    if (arns.length > 0) {
      problems.push(badValue('notification-arns', arns.join(','), withoutAppStack('it empty')));
    }
  }
  // Inputs that only mean something in the monitoring stack. (guard and guard-rollback default to
  // true, so a value given cannot be told from the default: they are simply unused without it.)
  const monitoringInputs = [
    ['notification-email', parsed['notification-email'], 'monitoring topic'],
    ['notification-topic-arn', parsed['notification-topic-arn'], 'monitoring topic'],
    ['guard-auto-scaling-group', parsed['guard-auto-scaling-group'], 'guard'],
  ] as const;
  for (const [input, value, what] of monitoringInputs) {
    if (value === undefined) continue;
    if (!monitoring) {
      problems.push(
        badValue(input, value, {
          reason:
            stackName === undefined
              ? `there is no ${what} without a stack-name`
              : `there is no ${what} when monitoring is false`,
          expected: 'it empty, or a stack-name with monitoring: true',
        }),
      );
    } else if (what === 'guard' && !parsed.guard) {
      problems.push(
        badValue(input, value, {
          reason: 'there is no guard when guard is false',
          expected: 'it empty, or guard: true',
        }),
      );
    }
  }
  if (template === undefined && stackName === undefined && parsed.functions.length === 0) {
    problems.push(
      badValue('functions', '', {
        reason: 'required when neither template nor stack-name is given',
        expected: 'function names or ARNs, comma- or newline-separated, such as orders-handler',
      }),
    );
  }
  const environment = parsed['deployment-environment'];
  if (environment !== undefined && parsed['github-token'] === undefined) {
    problems.push(
      badValue('deployment-environment', environment, {
        reason: 'there is no github-token to record a deployment with',
        expected: 'it empty, or a github-token',
      }),
    );
  }
  if (parsed.rollback === 'stack' && template === undefined) {
    problems.push(
      badValue('rollback', 'stack', {
        reason: 'there is no deployed template to roll back to without template',
        expected: 'alias or none when template is not given',
      }),
    );
  }
  return problems;
}

/** The rule for an input that only means something for the app stack a template deploys. */
function withoutAppStack(expectedValue: string): { reason: string; expected: string } {
  return {
    reason: 'there is no app stack to deploy without template',
    expected: `${expectedValue} when template is not given`,
  };
}

function toConfig(parsed: ParsedInputs): Config {
  const stackName = parsed['stack-name'];
  const payload = parsed['synthetic-payload'];
  return {
    stackName,
    template: parsed.template?.source,
    parameterOverrides: parsed['parameter-overrides'],
    capabilities: parsed.capabilities,
    tags: parsed.tags,
    roleArn: parsed['role-arn'],
    s3Bucket: parsed['s3-bucket'],
    terminationProtection: parsed['termination-protection'],
    notificationArns: parsed['notification-arns'],
    stackTimeoutMs: parsed['timeout-in-minutes'],
    monitoring: parsed.monitoring && stackName !== undefined,
    notificationEmail: parsed['notification-email'],
    notificationTopicArn: parsed['notification-topic-arn'],
    guard: {
      enabled: parsed.guard,
      rollback: parsed['guard-rollback'],
      autoScalingGroupName: parsed['guard-auto-scaling-group'],
    },
    functions: parsed.functions,
    alias: parsed.alias,
    strategy: parsed.strategy,
    intervalMs: parsed.interval,
    thresholds: {
      maxErrorRate: parsed['max-error-rate'],
      maxMemoryUtilization: parsed['max-memory-utilization'],
      maxP99DurationMs: parsed['max-p99-duration'],
      maxThrottles: parsed['max-throttles'],
      minInvocations: parsed['min-invocations'],
    },
    compareBaseline: parsed['compare-baseline'],
    alarms: parsed.alarms,
    onInconclusive: parsed['on-inconclusive'],
    synthetic: payload === undefined ? undefined : { payload, ratePerMinute: parsed['synthetic-rate'] },
    rollback: parsed.rollback,
    dryRun: parsed['dry-run'],
    githubToken: parsed['github-token'],
    deploymentEnvironment: parsed['deployment-environment'],
    region: parsed.region,
  };
}

/** The first problem of the first input at fault, in INPUT_NAMES order. */
function firstProblem(issues: readonly z.core.$ZodIssue[]): ConfigError {
  for (const name of INPUT_NAMES) {
    const issue = issues.find((candidate) => candidate.path[0] === name);
    if (issue !== undefined) return new ConfigError(name, issue.message);
  }
  // Every issue comes from one input's field, so this is only a guard.
  return new ConfigError('config', issues.map((issue) => issue.message).join(' '));
}

/**
 * The one schema both front doors feed, derived from the input table (inputs.ts): each input
 * parsed by its own entry, then the rules between inputs (rules.ts), then one typed,
 * deep-frozen Config.
 *
 * Bad input throws one InvalidInputsError that lists EVERY input at fault, one line each, in
 * the table's order; each line names the input, the value (never a secret: secrets are redacted
 * before anything is cut) and the accepted forms. The rules between inputs are checked once every
 * input is valid on its own. An empty input means its default, in the action and the CLI alike.
 */
import { z } from 'zod';
import { InvalidInputsError } from '../errors.js';
import { nodeFileAccess } from './files.js';
import { appStackName, changeSetOptions } from './drop-in.js';
import { deepFreeze } from './freeze.js';
import type { ParseContext } from './input-spec.js';
import { INPUT_DEFAULTS, INPUT_NAMES, inputSpec, isInputName } from './inputs.js';
import type { InputName } from './inputs.js';
import type { InputProblem, Show } from './messages.js';
import { InputProblem as Problem, badValue, formatProblem, showWith } from './messages.js';
import type { ParsedInputs, RuleContext } from './rules.js';
import { crossFieldProblems } from './rules.js';
import { rawSecretValues } from './secrets.js';
import type { Config } from './types.js';
import { configForRegion, hasRegionPlaceholder, regionTemplatedTexts } from './regions.js';
import type { InputReader } from './inputs.js';

export interface ParseOptions {
  /** Where relative paths (template, parameter file, payload file) start; default process.cwd(). */
  readonly cwd?: string;
  /** Where the run's region comes from when the region input is empty; default process.env. */
  readonly env?: NodeJS.ProcessEnv;
}

type RawInputs = Readonly<Record<InputName, string>>;

export function parseConfig(read: InputReader, options: ParseOptions = {}): Config {
  const context: ParseContext = { files: nodeFileAccess(options.cwd ?? process.cwd()) };
  const values = Object.fromEntries(INPUT_NAMES.map((name) => [name, valueOf(read, name)])) as RawInputs;
  // Whatever a secret input may hold is redacted from every message (not a parameter's key, nor a file's path).
  const show = showWith(rawSecretValues((name) => values[name]));
  const rules: RuleContext = {
    fallbackRegion: fallbackRegion(options.env ?? process.env),
    files: context.files,
  };
  const result = configSchema(context, rules, show).safeParse(values, {
    // zod's own issues (the table's booleans and choices) become the input's line.
    error: (issue) => {
      const name = issue.path?.[0];
      if (typeof name !== 'string' || !isInputName(name)) return undefined;
      return line(name, badValue(values[name]), show);
    },
  });
  if (!result.success) throw new InvalidInputsError(faultsOf(result.error.issues));
  return inOneRegion(deepFreeze(result.data), rules);
}

/** A run in one region has `{region}` filled in at once (the rules made sure the region is known). */
function inOneRegion(config: Config, rules: RuleContext): Config {
  const region = config.region ?? rules.fallbackRegion?.region;
  const templated = regionTemplatedTexts(config).some(hasRegionPlaceholder);
  return config.regions.length > 0 || region === undefined || !templated
    ? config
    : configForRegion(config, region);
}

/** The input trimmed (as core.getInput does), or its default when empty. */
function valueOf(read: InputReader, name: InputName): string {
  const value = String(read(name) ?? '').trim();
  return value === '' ? (INPUT_DEFAULTS[name] ?? '') : value;
}

function fallbackRegion(env: NodeJS.ProcessEnv): RuleContext['fallbackRegion'] {
  for (const from of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
    const region = env[from];
    if (region) return { region, from };
  }
  return undefined;
}

function line(name: InputName, problem: InputProblem, show: Show): string {
  return formatProblem({ name, ...inputSpec(name) }, problem, show);
}

/** One input's schema: the table's zod schema, or its parser, whose problem becomes the issue's line. */
function fieldSchema(name: InputName, context: ParseContext, show: Show): z.ZodType<unknown, string> {
  const parse = inputSpec(name).parse;
  if (typeof parse !== 'function') return parse;
  return z.string().transform((raw, ctx) => {
    try {
      return parse(raw, context);
    } catch (error) {
      if (!(error instanceof Problem)) throw error;
      ctx.addIssue({ code: 'custom', message: line(name, error, show) });
      return z.NEVER;
    }
  });
}

/** Every input, then the rules between them, then the Config. */
function configSchema(context: ParseContext, rules: RuleContext, show: Show) {
  const shape = Object.fromEntries(INPUT_NAMES.map((name) => [name, fieldSchema(name, context, show)]));
  return (z.object(shape) as unknown as z.ZodType<ParsedInputs, RawInputs>)
    .superRefine((parsed, ctx) => {
      for (const { input, problem } of crossFieldProblems(parsed, rules)) {
        ctx.addIssue({ code: 'custom', path: [input], message: line(input, problem, show) });
      }
    })
    .transform(toConfig);
}

/** Each issue is one line on one input; listed in the table's order (a stable sort keeps each input's own order). */
function faultsOf(issues: readonly z.core.$ZodIssue[]): { input: string; message: string }[] {
  const order = (input: string): number => INPUT_NAMES.indexOf(input as InputName);
  return issues
    .map((issue) => ({ input: String(issue.path[0] ?? 'config'), message: issue.message }))
    .sort((a, b) => order(a.input) - order(b.input));
}

function toConfig(parsed: ParsedInputs): Config {
  const stackName = appStackName(parsed);
  const payload = parsed['synthetic-payload'];
  return {
    stackName,
    template: parsed.template?.source,
    parameterOverrides: parsed['parameter-overrides'],
    capabilities: parsed.capabilities,
    tags: parsed.tags,
    roleArn: parsed['role-arn'],
    s3Bucket: parsed['s3-bucket'],
    s3Prefix: parsed['s3-prefix'],
    terminationProtection: parsed['termination-protection'],
    notificationArns: parsed['notification-arns'],
    stackTimeoutMs: parsed['timeout-in-minutes'],
    changeSet: changeSetOptions(parsed),
    monitoring: parsed.monitoring && stackName !== undefined,
    notificationEmail: parsed['notification-email'],
    notificationTopicArn: parsed['notification-topic-arn'],
    guard: {
      enabled: parsed.guard,
      rollback: parsed['guard-rollback'],
      autoScalingGroupName: parsed['guard-auto-scaling-group'],
      bakeMinutes: parsed['guard-bake'],
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
    extendHoldMs: parsed['extend-hold'],
    settleLagMs: parsed['settle-lag'],
    synthetic: payload === undefined ? undefined : { payload, ratePerMinute: parsed['synthetic-rate'] },
    preTraffic: {
      payloads: parsed['pre-traffic-payloads'],
      hook: parsed['pre-traffic-hook'],
      postHook: parsed['post-traffic-hook'],
    },
    metrics: parsed.metrics,
    latencyAnomalyAlarm: parsed['latency-anomaly-alarm'],
    rollback: parsed.rollback,
    dryRun: parsed['dry-run'],
    wait: parsed.wait,
    onRunnerLoss: parsed['on-runner-loss'],
    githubTokenSecretArn: parsed['github-token-secret'],
    githubToken: parsed['github-token'],
    deploymentEnvironment: parsed['deployment-environment'],
    prComment: parsed['pr-comment'],
    region: parsed.region,
    regions: parsed.regions,
    waveBakeMs: parsed['wave-bake'],
    httpProxy: parsed['http-proxy'],
  };
}

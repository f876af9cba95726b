/**
 * Renders templates/monitoring.yaml for the watched functions: expands its Fn::ForEach loops
 * (see for-each.ts), checks every parameter value against the template's own constraints before
 * any AWS call, and returns the body (JSON) with its parameters, ready for a TemplateSource of
 * kind 'inline'.
 *
 * The template is read at run time from the repository's templates/, found relative to this
 * module: src/monitoring/ (sources, tests) and dist/<entry>/ (the bundled action and CLI) sit two
 * levels below the root, lib/src/monitoring/ (tsc output, benchmarks) three.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Thresholds } from '../config/types.js';
import { ConfigError, StackCanaryError } from '../errors.js';
import type { CfnObject } from '../stack/template-parse.js';
import { isObject, parseTemplate } from '../stack/template-parse.js';
import { MAX_TEMPLATE_BODY_BYTES } from '../stack/template-location.js';
import { expandForEach } from './for-each.js';

/**
 * Where templates/monitoring.yaml may be. The relative paths are built at run time on purpose:
 * given a string literal, `new URL(path, import.meta.url)` makes the bundler (ncc, i.e. webpack)
 * replace the file with an asset stub; built like this, import.meta.url stays the bundle's own
 * location.
 */
export function monitoringTemplateCandidates(): string[] {
  return [2, 3].map((levels) =>
    fileURLToPath(
      new URL(
        [...Array<string>(levels).fill('..'), 'templates', 'monitoring.yaml'].join('/'),
        import.meta.url,
      ),
    ),
  );
}

export interface MonitoredFunction {
  /** The function's name (not an ARN, not a logical id). */
  readonly name: string;
  /** The Lambda Insights layer is on: memory comes from LambdaInsights/memory_utilization. */
  readonly hasLambdaInsights: boolean;
  /**
   * Whether /aws/lambda/<name> exists (default true). Without Lambda Insights, memory is read
   * from the REPORT lines by metric filters, which need the log group: when it does not exist
   * yet (a function never invoked), they are left out and added by the next render.
   */
  readonly logGroupExists?: boolean;
}

export interface GuardOptions {
  /** Deploy the guard (default true). */
  readonly enabled: boolean;
  /** Let it point the alias back to the last version that passed a canary (default true). */
  readonly rollback?: boolean;
  /** Scaled out by one (up to its maximum) on an error signal. */
  readonly autoScalingGroupName?: string | undefined;
  /** After a promotion, how long (minutes) it may roll back to the version before (default 24 h). */
  readonly bakeMinutes?: number;
}

export interface MonitoringOptions {
  readonly functions: readonly MonitoredFunction[];
  readonly alias: string;
  readonly thresholds: Thresholds;
  readonly notificationEmail?: string | undefined;
  /** Notify this topic instead of creating one. */
  readonly existingTopicArn?: string | undefined;
  /** Default: enabled with the template's defaults. */
  readonly guard?: GuardOptions | undefined;
  /** An anomaly-detection alarm on each function's p99 Duration (default false: it is billed). */
  readonly latencyAnomalyAlarm?: boolean;
  /** Where the guard's code was uploaded (guard-code.ts); needed when the guard is on. */
  readonly guardCode?: { readonly bucket: string; readonly key: string } | undefined;
}

export interface RenderedMonitoring {
  /** The expanded template, JSON. */
  readonly body: string;
  readonly parameters: readonly { readonly key: string; readonly value: string }[];
  /** Things the operator should know (e.g. a memory alarm that has no data source yet). */
  readonly warnings: readonly string[];
}

/** CloudFormation's quotas on the rendered template. */
const MAX_RESOURCES = 500;
const MAX_OUTPUTS = 200;

/** Which input each parameter comes from, for error messages. */
const PARAMETER_INPUTS: Readonly<Record<string, string>> = {
  Alias: 'alias',
  ErrorRateThresholdPercent: 'max-error-rate',
  MemoryThresholdPercent: 'max-memory-utilization',
  P99DurationThresholdMs: 'max-p99-duration',
  LatencyAnomalyAlarm: 'latency-anomaly-alarm',
  ThrottlesThreshold: 'max-throttles',
  NotificationEmail: 'notification-email',
  ExistingTopicArn: 'notification-topic-arn',
  GuardEnabled: 'guard',
  GuardRollback: 'guard-rollback',
  AutoScalingGroupName: 'guard-auto-scaling-group',
  GuardBakeMinutes: 'guard-bake',
  GuardCodeBucket: 's3-bucket',
};

let cachedTemplate: string | undefined;

/** The text of templates/monitoring.yaml (read once). */
export function loadMonitoringTemplate(): string {
  if (cachedTemplate === undefined) {
    const candidates = monitoringTemplateCandidates();
    const path = candidates.find((candidate) => existsSync(candidate));
    if (path === undefined) {
      throw new StackCanaryError(
        'INTERNAL',
        `The monitoring template is missing: templates/ must sit beside dist/ (looked for ${candidates.join(', ')}).`,
      );
    }
    cachedTemplate = readFileSync(path, 'utf8');
  }
  return cachedTemplate;
}

/** A number as CloudFormation gets it: no float noise (0.1 * 100 → "10", not "10.000000000000002"). */
export function formatNumber(value: number): string {
  return String(Number(value.toFixed(6)));
}

function checkFunctions(functions: readonly MonitoredFunction[]): void {
  if (functions.length === 0) {
    throw new ConfigError(
      'functions',
      'The monitoring stack needs at least one function to watch; none was found.',
    );
  }
  const byLogicalId = new Map<string, string>();
  for (const { name } of functions) {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(name)) {
      throw new ConfigError(
        'functions',
        `Function name "${name}" cannot be watched: the monitoring stack takes function names (1-64 letters, digits, - and _), not ARNs or logical ids.`,
      );
    }
    const logicalId = name.replace(/[^0-9a-zA-Z]/g, '');
    const other = byLogicalId.get(logicalId);
    if (other !== undefined) {
      throw new ConfigError(
        'functions',
        other === name
          ? `Function "${name}" is listed twice.`
          : `Functions "${other}" and "${name}" would share CloudFormation logical ids (${logicalId}...): watch them from separate stacks.`,
      );
    }
    byLogicalId.set(logicalId, name);
  }
}

function parameterValues(options: MonitoringOptions): Record<string, string> {
  const { thresholds, guard } = options;
  const values: Record<string, string> = {
    Alias: options.alias,
    ErrorRateThresholdPercent: formatNumber(thresholds.maxErrorRate * 100),
    MemoryThresholdPercent: formatNumber(thresholds.maxMemoryUtilization * 100),
    P99DurationThresholdMs: formatNumber(thresholds.maxP99DurationMs ?? 0),
    ThrottlesThreshold: formatNumber(thresholds.maxThrottles),
    NotificationEmail: options.notificationEmail ?? '',
    ExistingTopicArn: options.existingTopicArn ?? '',
    GuardEnabled: String(guard?.enabled ?? true),
    LatencyAnomalyAlarm: String(options.latencyAnomalyAlarm ?? false),
  };
  if (guard?.rollback !== undefined) values['GuardRollback'] = String(guard.rollback);
  if (guard?.autoScalingGroupName !== undefined) values['AutoScalingGroupName'] = guard.autoScalingGroupName;
  if (guard?.bakeMinutes !== undefined) values['GuardBakeMinutes'] = formatNumber(guard.bakeMinutes);
  if (options.guardCode !== undefined) {
    values['GuardCodeBucket'] = options.guardCode.bucket;
    values['GuardCodeKey'] = options.guardCode.key;
  }
  return values;
}

/** Checks a value against the parameter's declaration (what CloudFormation would reject later). */
function checkParameter(key: string, value: string, declaration: CfnObject | undefined): void {
  const input = PARAMETER_INPUTS[key] ?? key;
  const reject = (accepted: string): never => {
    throw new ConfigError(
      input,
      `Input ${input} has the value "${value}", which the monitoring stack does not accept. Accepted: ${accepted}.`,
    );
  };
  if (!declaration)
    throw new StackCanaryError('INTERNAL', `templates/monitoring.yaml declares no parameter ${key}.`);
  const { Type, AllowedValues, AllowedPattern, MinValue, MaxValue, MaxLength } = declaration;
  if (Array.isArray(AllowedValues) && !AllowedValues.map(String).includes(value))
    reject(AllowedValues.map(String).join(', '));
  if (typeof AllowedPattern === 'string' && !new RegExp(`^(?:${AllowedPattern})$`).test(value))
    reject(`a value matching ${AllowedPattern}`);
  if (typeof MaxLength === 'number' && value.length > MaxLength) reject(`at most ${MaxLength} characters`);
  if (Type === 'Number') {
    const number = Number(value);
    const range = `a number${typeof MinValue === 'number' ? ` from ${MinValue}` : ''}${typeof MaxValue === 'number' ? ` up to ${MaxValue}` : ''}`;
    if (value.trim() === '' || !Number.isFinite(number)) reject(range);
    if (typeof MinValue === 'number' && number < MinValue) reject(range);
    if (typeof MaxValue === 'number' && number > MaxValue) reject(range);
  }
}

/**
 * The monitoring template for these functions, with its parameters. Pure apart from reading the
 * template file once (pass `templateText` to render another copy). Throws ConfigError (naming the
 * input) for values the stack would reject, before anything is deployed.
 */
export function renderMonitoringTemplate(
  options: MonitoringOptions,
  templateText?: string,
): RenderedMonitoring {
  checkFunctions(options.functions);
  const template = parseTemplate(templateText ?? loadMonitoringTemplate(), 'templates/monitoring.yaml');
  const declared = isObject(template['Parameters']) ? template['Parameters'] : {};

  const values = parameterValues(options);
  for (const [key, value] of Object.entries(values)) {
    const declaration = declared[key];
    checkParameter(key, value, isObject(declaration) ? declaration : undefined);
  }

  const reportLogFunctions = options.functions.filter(
    (f) => !f.hasLambdaInsights && f.logGroupExists !== false,
  );
  const warnings = options.functions
    .filter((f) => !f.hasLambdaInsights && f.logGroupExists === false)
    .map(
      (f) =>
        `${f.name}: its memory alarm has no data yet: the log group /aws/lambda/${f.name} does not exist (never invoked?), so the REPORT-line metric filters are added on the next deploy.`,
    );

  const expanded = expandForEach(template, {
    FunctionNames: options.functions.map((f) => f.name),
    ReportLogFunctionNames: reportLogFunctions.map((f) => f.name),
  });
  const count = (section: string): number => {
    const value = expanded[section];
    return isObject(value) ? Object.keys(value).length : 0;
  };
  if (count('Resources') > MAX_RESOURCES || count('Outputs') > MAX_OUTPUTS) {
    throw new ConfigError(
      'functions',
      `Watching ${options.functions.length} functions needs ${count('Resources')} resources and ${count('Outputs')} outputs in the monitoring stack; CloudFormation allows ${MAX_RESOURCES} and ${MAX_OUTPUTS}. Watch fewer functions per stack.`,
    );
  }

  const body = JSON.stringify(expanded);
  const bytes = Buffer.byteLength(body);
  if (bytes > MAX_TEMPLATE_BODY_BYTES) {
    warnings.push(
      `The monitoring template for ${options.functions.length} functions is ${bytes} bytes, over the ${MAX_TEMPLATE_BODY_BYTES} CloudFormation takes inline: it deploys only through S3 (set s3-bucket).`,
    );
  }
  return { body, parameters: Object.entries(values).map(([key, value]) => ({ key, value })), warnings };
}

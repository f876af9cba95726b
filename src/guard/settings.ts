/**
 * The guard's settings, read from its function's environment variables only (the monitoring
 * stack sets them from its parameters). A value the guard cannot use fails the invocation with a
 * one-line error naming the variable, its value and what it accepts: a guard that silently ran
 * with other thresholds than the stack says would be worse than one that fails loudly (its
 * failures alarm notifies the topic).
 */
import { ConfigError } from '../errors.js';
import type { FlagParameter, NumberParameter } from './parameters.js';
import { GUARD_PARAMETERS } from './parameters.js';
import { MINUTE_MS } from '../util/time.js';

export interface GuardSettings {
  /** The watched functions (names). */
  readonly functions: readonly string[];
  readonly alias: string;
  /** `arn:<partition>:lambda:<region>:<account>:function:`: a watched function's ARN is this and its name. */
  readonly functionArnPrefix: string;
  /** Notified of every action and notice; undefined: nobody is told. */
  readonly topicArn: string | undefined;
  /** Alarm names of a function are `<alarmPrefix><function>-<kind>`. */
  readonly alarmPrefix: string;
  /** The longer window the schedule counts errors over. */
  readonly windowHours: number;
  /** Errors on an alias within the window at or above which the schedule steps in. */
  readonly errorThreshold: number;
  readonly cooldownMs: number;
  /** Scaled out by one on an error signal; undefined: no scaling. */
  readonly autoScalingGroup: string | undefined;
  /** May the guard move aliases at all. */
  readonly rollback: boolean;
  /** After a promotion, how long (minutes) a regression of the new version is rolled back to the previous one. */
  readonly bakeMinutes: number;
  /** The detached canaries' table and every-minute rule (undefined: no detached canaries). */
  readonly planTable: string | undefined;
  readonly planRule: string | undefined;
}

type Env = Readonly<Record<string, string | undefined>>;

function reject(name: string, value: string, accepted: string): never {
  throw new ConfigError(
    name,
    `Guard environment variable ${name} is "${value.slice(0, 80)}". Accepted: ${accepted}.`,
  );
}

function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function number(env: Env, spec: NumberParameter): number {
  const value = text(env, spec.env);
  if (value === undefined) return spec.default;
  const parsed = Number(value);
  const max = spec.max ?? Number.MAX_SAFE_INTEGER;
  if (!Number.isFinite(parsed) || parsed < spec.min || parsed > max) {
    reject(
      spec.env,
      value,
      spec.max === undefined ? `a number of at least ${spec.min}` : `a number from ${spec.min} to ${max}`,
    );
  }
  return parsed;
}

function flag(env: Env, spec: FlagParameter): boolean {
  const value = text(env, spec.env);
  if (value === undefined) return spec.default;
  if (value !== 'true' && value !== 'false') reject(spec.env, value, 'true or false');
  return value === 'true';
}

export function readGuardSettings(env: Env): GuardSettings {
  const alias = text(env, 'ALIAS');
  if (alias === undefined || !/^[a-zA-Z0-9_-]{1,128}$/.test(alias)) {
    reject('ALIAS', alias ?? '', 'an alias name (letters, digits, - and _)');
  }
  const functions = (text(env, 'FUNCTIONS') ?? '').split(',').map((f) => f.trim());
  if (functions.some((f) => !/^[A-Za-z0-9_-]{1,64}$/.test(f))) {
    reject('FUNCTIONS', env['FUNCTIONS'] ?? '', 'function names separated by commas');
  }
  const functionArnPrefix = text(env, 'FUNCTION_ARN_PREFIX') ?? '';
  if (!/^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:$/.test(functionArnPrefix)) {
    reject('FUNCTION_ARN_PREFIX', functionArnPrefix, 'arn:<partition>:lambda:<region>:<account>:function:');
  }
  return {
    functions,
    alias,
    functionArnPrefix,
    topicArn: text(env, 'TOPIC_ARN'),
    alarmPrefix: text(env, 'ALARM_PREFIX') ?? '',
    windowHours: number(env, GUARD_PARAMETERS.windowHours),
    errorThreshold: number(env, GUARD_PARAMETERS.errorThreshold),
    cooldownMs: number(env, GUARD_PARAMETERS.cooldownMinutes) * MINUTE_MS,
    autoScalingGroup: text(env, 'ASG_NAME'),
    rollback: flag(env, GUARD_PARAMETERS.rollback),
    bakeMinutes: number(env, GUARD_PARAMETERS.bakeMinutes),
    planTable: text(env, 'PLAN_TABLE'),
    planRule: text(env, 'PLAN_RULE'),
  };
}

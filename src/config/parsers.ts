/**
 * One small pure parser per kind of input. Each takes the input's value (trimmed, with the
 * default already applied when it was empty) and returns the typed value or throws an
 * InputProblem (the input's name and accepted forms are added where the table is known).
 * No parser returns undefined for a bad value.
 */
import { badEntry, badValue } from './messages.js';
import { durationMsOf, percentOf, percentToFraction, roundTo } from './units.js';
import { MINUTE_MS } from '../util/time.js';
import { splitEntries } from './lines.js';
import { REGION_PLACEHOLDER_SAMPLE, hasRegionPlaceholder, withRegion } from './regions.js';

// --- generic forms ------------------------------------------------------------------------

/** A percentage as a fraction (2% → 0.02), from 0% (exclusive when minExclusive) to 100%. */
export function parsePercent(raw: string, options: { minExclusive: boolean }): number {
  const percent = percentOf(raw);
  if (percent === null) throw badValue(raw);
  const tooLow = options.minExclusive ? percent <= 0 : percent < 0;
  if (tooLow || percent > 100) throw badValue(raw, { reason: 'out of range' });
  return percentToFraction(percent);
}

/** A whole number from `min` up. */
export function parseWholeNumber(raw: string, min: number): number {
  if (!/^\d+$/.test(raw)) throw badValue(raw);
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw badValue(raw, { reason: 'too large' });
  if (value < min) throw badValue(raw, { reason: 'out of range' });
  return value;
}

/** A duration from minMs to maxMs → milliseconds; a bare `0` is accepted when minMs is 0. */
export function parseDuration(raw: string, minMs: number, maxMs: number): number {
  const ms = raw === '0' && minMs === 0 ? 0 : durationMsOf(raw);
  if (ms === null) throw badValue(raw);
  if (ms < minMs || ms > maxMs) throw badValue(raw, { reason: 'out of range' });
  return ms;
}

/** Comma- or newline-separated words, trimmed, empty entries dropped, duplicates removed. */
export function splitList(raw: string): string[] {
  return [...new Set(splitEntries(raw))];
}

// --- one input each -----------------------------------------------------------------------

const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;

export function parseStackName(raw: string): string | undefined {
  if (raw === '') return undefined;
  if (!STACK_NAME.test(raw)) throw badValue(raw);
  return raw;
}

const CAPABILITIES = ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND'] as const;

export function parseCapabilities(raw: string): string[] {
  const known = splitList(raw).map((entry) => {
    const name = CAPABILITIES.find((capability) => capability === entry.toUpperCase());
    if (name === undefined) throw badEntry(entry);
    return name;
  });
  return [...new Set(known)];
}

const ROLE_ARN = /^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;

export function parseRoleArn(raw: string): string | undefined {
  if (raw === '') return undefined;
  if (!ROLE_ARN.test(raw)) throw badValue(raw);
  return raw;
}

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const BUCKET_RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const BUCKET_RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];

/**
 * S3's bucket naming rules for general purpose buckets. A name with `{region}` is checked with a
 * region's name in it here, and with each of the run's regions once they are known (region-rules.ts).
 */
export function parseS3Bucket(raw: string): string | undefined {
  if (raw === '') return undefined;
  if (hasRegionPlaceholder(raw)) {
    parseS3Bucket(withRegion(raw, REGION_PLACEHOLDER_SAMPLE));
    return raw;
  }
  const refuse = (reason?: string): never => {
    throw badValue(raw, reason === undefined ? {} : { reason });
  };
  if (raw.startsWith('s3://')) refuse('a bucket name, not an s3:// URL');
  if (!BUCKET.test(raw)) refuse();
  if (raw.includes('..')) refuse('two dots in a row');
  if (/^\d+\.\d+\.\d+\.\d+$/.test(raw)) refuse('an IP address');
  const prefix = BUCKET_RESERVED_PREFIXES.find((p) => raw.startsWith(p));
  if (prefix !== undefined) refuse(`the prefix ${prefix} is reserved`);
  const suffix = BUCKET_RESERVED_SUFFIXES.find((s) => raw.endsWith(s));
  if (suffix !== undefined) refuse(`the suffix ${suffix} is reserved`);
  return raw;
}

/** CloudFormation's bound on a stack's notification topics. */
export const MAX_NOTIFICATION_ARNS = 5;
const SNS_TOPIC_ARN = /^arn:aws(?:-[a-z]+)*:sns:[a-z]{2}(?:-[a-z]+)+-\d{1,2}:\d{12}:([A-Za-z0-9_.-]{1,256})$/;
const FIFO_REASON = 'a FIFO topic: these notifications need a standard topic';

/** A standard SNS topic's ARN; FIFO topics take no message without a group id, so no alarm or stack event. */
function topicArnForm(arn: string): 'standard' | 'fifo' | 'bad' {
  const name = SNS_TOPIC_ARN.exec(arn)?.[1];
  if (name === undefined) return 'bad';
  if (/^[A-Za-z0-9_-]+\.fifo$/.test(name)) return 'fifo';
  return /^[A-Za-z0-9_-]+$/.test(name) ? 'standard' : 'bad';
}

export function parseNotificationArns(raw: string): string[] {
  const arns = splitList(raw);
  for (const arn of arns) {
    const form = topicArnForm(arn);
    if (form === 'fifo') throw badEntry(arn, { reason: FIFO_REASON });
    if (form === 'bad') throw badEntry(arn);
  }
  if (arns.length > MAX_NOTIFICATION_ARNS) {
    throw badValue(raw, {
      reason: `${arns.length} topics, over the ${MAX_NOTIFICATION_ARNS} CloudFormation allows`,
    });
  }
  return arns;
}

export const MAX_TIMEOUT_MINUTES = 1440;

/** Whole minutes from 1 to 1440 → milliseconds. */
export function parseTimeoutInMinutes(raw: string): number {
  const minutes = parseWholeNumber(raw, 1);
  if (minutes > MAX_TIMEOUT_MINUTES) throw badValue(raw, { reason: 'out of range' });
  return minutes * MINUTE_MS;
}

export function parseNotificationTopicArn(raw: string): string | undefined {
  if (raw === '') return undefined;
  const form = topicArnForm(raw);
  if (form === 'fifo') throw badValue(raw, { reason: FIFO_REASON });
  if (form === 'bad') throw badValue(raw);
  return raw;
}

/** EC2 Auto Scaling's rule: ASCII 33 to 126 (no space), no colon, 1 to 255 characters. */
const AUTO_SCALING_GROUP = /^[!-9;-~]{1,255}$/;

export function parseAutoScalingGroup(raw: string): string | undefined {
  if (raw === '') return undefined;
  if (!AUTO_SCALING_GROUP.test(raw)) throw badValue(raw);
  return raw;
}

const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>".]+(?:\.[^\s@,;<>".]+)+$/;

export function parseEmail(raw: string): string | undefined {
  if (raw === '') return undefined;
  if (raw.length > 254 || !EMAIL.test(raw)) throw badValue(raw);
  return raw;
}

const FUNCTION_NAME = '[A-Za-z0-9_-]{1,64}';
const FUNCTION_FORMS = [
  // A logical id (letters and digits, up to 255) or a function name.
  new RegExp(`^(?:[A-Za-z0-9]{1,255}|${FUNCTION_NAME})$`),
  // A partial ARN.
  new RegExp(`^\\d{12}:function:${FUNCTION_NAME}$`),
  new RegExp(`^arn:aws(?:-[a-z]+)*:lambda:[a-z]{2}(?:-[a-z]+)+-\\d{1,2}:\\d{12}:function:${FUNCTION_NAME}$`),
];

/** At most this many functions in one run (each costs calls on every poll). */
export const MAX_FUNCTIONS = 100;

export function parseFunctions(raw: string): string[] {
  const entries = splitList(raw);
  if (entries.length > MAX_FUNCTIONS) {
    throw badValue(raw, { reason: `${entries.length} functions, over the ${MAX_FUNCTIONS} one run watches` });
  }
  return entries.map((entry) => {
    if (FUNCTION_FORMS.some((form) => form.test(entry))) return entry;
    const unqualified = entry.replace(/:[^:]*$/, '');
    if (unqualified !== entry && FUNCTION_FORMS.some((form) => form.test(unqualified))) {
      throw badEntry(entry, {
        reason: 'names a version or alias: give the function itself, the alias input names the alias',
      });
    }
    throw badEntry(entry);
  });
}

/** A hook function: a name or ARN as for functions, optionally with a version or alias qualifier. */
export function parseHookFunction(raw: string): string | undefined {
  if (raw === '') return undefined;
  const unqualified = raw.replace(/:(?:\$LATEST|[A-Za-z0-9_-]{1,128})$/, '');
  const forms = [raw, unqualified];
  if (forms.some((form) => FUNCTION_FORMS.some((re) => re.test(form)))) return raw;
  throw badValue(raw);
}

const ALIAS = /^(?!\d+$)[A-Za-z0-9_-]{1,128}$/;

export function parseAlias(raw: string): string {
  if (!ALIAS.test(raw)) throw badValue(raw);
  return raw;
}

export function parseInterval(raw: string): number {
  return parseDuration(raw, 1_000, 3_600_000);
}

/** settle-lag: `auto` (undefined: Lambda's own lag, from each function's timeout) or 0 up to 20 minutes. */
export function parseSettleLag(raw: string): number | undefined {
  return raw.trim().toLowerCase() === 'auto' ? undefined : parseDuration(raw.trim(), 0, 20 * 60_000);
}

/** guard-bake's longest window, 14 days, in minutes. */
const MAX_GUARD_BAKE_MINUTES = 14 * 24 * 60;

/**
 * guard-bake: 0 (off) up to 14 days, in minutes: the unit of the monitoring stack's parameter
 * (GuardBakeMinutes) and of the guard's setting, so the value goes through as it is.
 */
export function parseGuardBake(raw: string): number {
  return parseDuration(raw, 0, MAX_GUARD_BAKE_MINUTES * MINUTE_MS) / MINUTE_MS;
}

const MAX_P99 = /^(\d+)\s*(?:ms)?$/i;
const LAMBDA_MAX_TIMEOUT_MS = 900_000;

export function parseMaxP99Duration(raw: string): number | undefined {
  if (raw === '') return undefined;
  const match = MAX_P99.exec(raw);
  if (!match) throw badValue(raw);
  const ms = Number(match[1]);
  if (ms < 1 || ms > LAMBDA_MAX_TIMEOUT_MS) {
    throw badValue(raw, { reason: 'out of range' });
  }
  return ms;
}

/** No control characters (so no line breaks). */
const isPrintable = (text: string): boolean =>
  [...text].every((char) => (char.codePointAt(0) ?? 0) >= 0x20 && char !== '\u007f');

/** CloudWatch alarm names: 1 to 255 printable characters. */
const isAlarmName = (name: string): boolean => name.length <= 255 && isPrintable(name);

export function parseAlarms(raw: string): string[] {
  return splitList(raw).map((entry) => {
    if (!isAlarmName(entry)) throw badEntry(entry);
    return entry;
  });
}

const RATE = /^(\d+(?:\.\d+)?|\.\d+)\s*\/\s*([smh])$/i;
const PER_MINUTE: Readonly<Record<string, number>> = { s: 60, m: 1, h: 1 / 60 };
export const MAX_SYNTHETIC_PER_MINUTE = 6000;

/** `2/s`, `60/m`, `600/h` → invocations per minute. */
export function parseSyntheticRate(raw: string): number {
  const match = RATE.exec(raw);
  if (!match) throw badValue(raw);
  const perMinute = roundTo(Number(match[1]) * (PER_MINUTE[(match[2] ?? '').toLowerCase()] ?? 0), 1e-6);
  if (perMinute <= 0 || perMinute > MAX_SYNTHETIC_PER_MINUTE) {
    throw badValue(raw, { reason: 'out of range' });
  }
  return Number(perMinute.toFixed(6));
}

/** The token's value never appears in a message. */
export function parseGithubToken(raw: string): string | undefined {
  if (raw === '') return undefined;
  if (/\s/.test(raw)) throw badValue(raw);
  return raw;
}

/** GitHub takes any environment name up to 255 characters; a control character is a mistake. */
export function parseDeploymentEnvironment(raw: string): string | undefined {
  if (raw === '') return undefined;
  if (raw.length > 255 || !isPrintable(raw)) throw badValue(raw);
  return raw;
}

const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;

export function parseRegion(raw: string): string | undefined {
  if (raw === '') return undefined;
  if (!REGION.test(raw)) throw badValue(raw);
  return raw;
}

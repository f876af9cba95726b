/**
 * The pre-traffic gate: a 0% step before any user reaches the new version. Each configured payload
 * is sent to each new version directly (Qualifier = version, never the alias), a few at a time,
 * and its response is held to the payload's expectation; then the pre-traffic hook, if any, is
 * asked about each new version. Any failure fails the run before the alias moves.
 *
 * The post-traffic hook is the same question asked after promotion (like CodeDeploy's
 * AfterAllowTraffic hook): an answer other than Succeeded fails the run, which rolls back.
 *
 * checkExpectation is pure: a response in, the broken expectations out (values cut to a few
 * hundred characters; the report layer escapes them for markdown).
 */
import type { LambdaClient } from '@aws-sdk/client-lambda';
import { InvokeCommand } from '@aws-sdk/client-lambda';
import type { PayloadExpectation, PreTrafficConfig, PreTrafficPayload } from '../config/types.js';
import { awsErrorName, errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Clock } from '../util/clock.js';

/** In-flight invocations of the gate, over every function. */
export const PRE_TRAFFIC_CONCURRENCY = 4;
/** Shown values are cut to this many characters. */
export const MAX_SHOWN_VALUE = 200;

/** What came back from one invocation. */
export interface InvokeResponse {
  /** Lambda's FunctionError (`Unhandled`, ...), undefined when the handler returned. */
  readonly functionError: string | undefined;
  /** The response payload as text ('' when there was none). */
  readonly body: string;
  readonly durationMs: number;
}

export interface GateTarget {
  readonly functionName: string;
  readonly version: string;
}

export interface PayloadResult {
  readonly functionName: string;
  readonly version: string;
  readonly payload: string;
  readonly passed: boolean;
  readonly durationMs: number | undefined;
  /** Each broken expectation, in words; empty when passed. */
  readonly problems: readonly string[];
}

export interface HookResult {
  readonly hook: string;
  readonly functionName: string;
  readonly version: string;
  readonly passed: boolean;
  /** What the hook answered, cut. */
  readonly answer: string;
}

export interface GateResult {
  readonly passed: boolean;
  /** Why the gate failed: which payload or hook, what was expected, what came back. */
  readonly reason: string | undefined;
  readonly payloads: readonly PayloadResult[];
  readonly hooks: readonly HookResult[];
}

export interface GateOptions {
  readonly logger: Logger;
  readonly clock: Clock;
  readonly concurrency?: number;
}

type Lambda = Pick<LambdaClient, 'send'>;

/** A value as compact JSON, cut to MAX_SHOWN_VALUE characters. */
export function shown(value: unknown): string {
  const text = value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
  return text.length > MAX_SHOWN_VALUE ? `${text.slice(0, MAX_SHOWN_VALUE)}…` : text;
}

function parsed(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * The value at a dotted path (`body.id`). A string met on the way that holds JSON is read as JSON:
 * an API Gateway response's `body` is such a string.
 */
export function valueAt(root: unknown, path: string): unknown {
  let value = root;
  for (const key of path.split('.')) {
    if (typeof value === 'string') {
      const inner = parsed(value);
      if (!inner.ok) return undefined;
      value = inner.value;
    }
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key) =>
      Object.hasOwn(b, key) &&
      sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** The expectations `response` breaks, in words; empty when it meets them all. */
export function checkExpectation(expect: PayloadExpectation | undefined, response: InvokeResponse): string[] {
  const problems: string[] = [];
  const wantError = expect?.error ?? false;
  if (wantError && response.functionError === undefined) {
    problems.push(`expected a FunctionError, got a response: ${shown(response.body)}`);
  } else if (!wantError && response.functionError !== undefined) {
    problems.push(`expected no FunctionError, got ${response.functionError}: ${shown(response.body)}`);
  }
  const body = expect?.body ?? {};
  if (Object.keys(body).length > 0) {
    const json = parsed(response.body);
    for (const [path, want] of Object.entries(body)) {
      const got = json.ok ? valueAt(json.value, path) : undefined;
      if (!sameJson(got, want)) {
        const came = json.ok ? shown(got) : `a body that is not JSON: ${shown(response.body)}`;
        problems.push(`expected ${path} = ${shown(want)}, got ${came}`);
      }
    }
  }
  const maxMs = expect?.maxDurationMs;
  if (maxMs !== undefined && response.durationMs > maxMs) {
    problems.push(`expected at most ${maxMs} ms, took ${Math.round(response.durationMs)} ms`);
  }
  return problems;
}

async function invoke(
  lambda: Lambda,
  functionName: string,
  qualifier: string | undefined,
  payload: string,
  clock: Clock,
): Promise<InvokeResponse> {
  const started = clock.now();
  const response = await lambda.send(
    new InvokeCommand({
      FunctionName: functionName,
      ...(qualifier === undefined ? {} : { Qualifier: qualifier }),
      InvocationType: 'RequestResponse',
      Payload: new TextEncoder().encode(payload),
    }),
  );
  return {
    functionError: response.FunctionError || undefined,
    body: response.Payload ? new TextDecoder().decode(response.Payload) : '',
    durationMs: clock.now() - started,
  };
}

/** Runs `jobs` with at most `limit` at a time; results in the jobs' order. */
async function bounded<T>(jobs: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array<T>(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < jobs.length; i = next++) results[i] = await (jobs[i] as () => Promise<T>)();
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, jobs.length)) }, worker));
  return results;
}

async function checkPayload(
  lambda: Lambda,
  target: GateTarget,
  entry: PreTrafficPayload,
  clock: Clock,
): Promise<PayloadResult> {
  const base = { functionName: target.functionName, version: target.version, payload: entry.name };
  try {
    const response = await invoke(lambda, target.functionName, target.version, entry.payload, clock);
    const problems = checkExpectation(entry.expect, response);
    return { ...base, passed: problems.length === 0, durationMs: response.durationMs, problems };
  } catch (error) {
    const why = `could not invoke: ${awsErrorName(error) ?? 'Error'}: ${errorMessage(error)}`;
    return { ...base, passed: false, durationMs: undefined, problems: [why] };
  }
}

/** Asks `hook` about one new version: it must answer { "status": "Succeeded" }. */
export async function askHook(
  lambda: Lambda,
  hook: string,
  target: GateTarget,
  alias: string,
  clock: Clock,
): Promise<HookResult> {
  const base = { hook, functionName: target.functionName, version: target.version };
  const event = JSON.stringify({ functionName: target.functionName, version: target.version, alias });
  try {
    const response = await invoke(lambda, hook, undefined, event, clock);
    const json = parsed(response.body);
    const status = json.ok ? valueAt(json.value, 'status') : undefined;
    const passed = response.functionError === undefined && status === 'Succeeded';
    const answer =
      response.functionError === undefined
        ? shown(response.body)
        : `${response.functionError}: ${shown(response.body)}`;
    return { ...base, passed, answer };
  } catch (error) {
    return {
      ...base,
      passed: false,
      answer: `could not invoke: ${awsErrorName(error) ?? 'Error'}: ${errorMessage(error)}`,
    };
  }
}

function reasonOf(
  payloads: readonly PayloadResult[],
  hooks: readonly HookResult[],
  when: string,
): string | undefined {
  const failed = payloads.filter((r) => !r.passed);
  const failedHooks = hooks.filter((r) => !r.passed);
  const parts = [
    ...failed.map((r) => `${r.functionName} v${r.version}: payload "${r.payload}": ${r.problems.join('; ')}`),
    ...failedHooks.map(
      (r) =>
        `${r.functionName} v${r.version}: hook ${r.hook} did not answer {"status":"Succeeded"}, got ${r.answer}`,
    ),
  ];
  if (parts.length === 0) return undefined;
  const more = parts.length > 3 ? ` (and ${parts.length - 3} more)` : '';
  return `${when} failed: ${parts.slice(0, 3).join('; ')}${more}`;
}

function logResults(logger: Logger, payloads: readonly PayloadResult[], hooks: readonly HookResult[]): void {
  for (const r of payloads) {
    const took = r.durationMs === undefined ? '' : ` in ${Math.round(r.durationMs)} ms`;
    const line = `${r.functionName} v${r.version}: payload "${r.payload}"${took}: ${r.passed ? 'passed' : r.problems.join('; ')}`;
    if (r.passed) logger.info(line);
    else logger.error(line);
  }
  for (const r of hooks) {
    const line = `${r.functionName} v${r.version}: hook ${r.hook}: ${r.passed ? 'Succeeded' : r.answer}`;
    if (r.passed) logger.info(line);
    else logger.error(line);
  }
}

/** The gate before the first shift; undefined when no payload and no hook is configured. */
export async function runPreTrafficGate(
  lambda: Lambda,
  targets: readonly GateTarget[],
  alias: string,
  config: PreTrafficConfig,
  options: GateOptions,
): Promise<GateResult | undefined> {
  const { hook, payloads: entries } = config;
  if (entries.length === 0 && hook === undefined) return undefined;
  const { logger, clock } = options;
  return logger.group('Pre-traffic gate (0% of traffic)', async () => {
    const jobs = targets.flatMap((t) => entries.map((e) => () => checkPayload(lambda, t, e, clock)));
    const payloads = await bounded(jobs, options.concurrency ?? PRE_TRAFFIC_CONCURRENCY);
    const hooks =
      hook === undefined ? [] : await Promise.all(targets.map((t) => askHook(lambda, hook, t, alias, clock)));
    logResults(logger, payloads, hooks);
    const reason = reasonOf(payloads, hooks, 'pre-traffic gate');
    return { passed: reason === undefined, reason, payloads, hooks };
  });
}

/** The post-traffic hook after promotion; undefined when none is configured. */
export async function runPostTrafficHook(
  lambda: Lambda,
  targets: readonly GateTarget[],
  alias: string,
  hook: string | undefined,
  options: GateOptions,
): Promise<GateResult | undefined> {
  if (hook === undefined) return undefined;
  const { logger, clock } = options;
  return logger.group('Post-traffic hook', async () => {
    const hooks = await Promise.all(targets.map((t) => askHook(lambda, hook, t, alias, clock)));
    logResults(logger, [], hooks);
    const reason = reasonOf([], hooks, 'post-traffic hook');
    return { passed: reason === undefined, reason, payloads: [], hooks };
  });
}

/**
 * Synthetic traffic: invokes each target version directly (Qualifier = version) with the
 * configured payload at `ratePerMinute`, evenly spaced on the injected clock, while a step holds.
 * The observer drives the new version and, where there is one, the old version with the same
 * payload: a payload both versions reject is a bad payload, not a bad release. Results count at
 * once (no CloudWatch delay).
 *
 * What counts:
 * - a response with FunctionError (the handler threw, timed out, ran out of memory): an error;
 * - an Invoke that fails on the service side ($fault "server": the version could not start, e.g.
 *   a bad runtime, ENI or KMS failure): an error — the new version could not serve the request;
 * - throttling (HTTP 429) and other caller-side failures (permissions, payload): not counted
 *   either way, they say nothing about the version; they are logged.
 * In-flight invocations are bounded; a slot that finds the bound reached is skipped, not queued,
 * so a slow function cannot build up a burst.
 */
import type { LambdaClient } from '@aws-sdk/client-lambda';
import { InvokeCommand } from '@aws-sdk/client-lambda';
import type { SyntheticTraffic } from '../config/types.js';
import { awsErrorName, errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Clock } from '../util/clock.js';
import { MINUTE_MS } from '../util/time.js';

export interface SyntheticCounts {
  readonly invocations: number;
  readonly errors: number;
}

export interface SyntheticStats extends SyntheticCounts {
  /** Invocations refused with 429: not counted as invocations. */
  readonly throttled: number;
  /** Invocations that failed on the caller's side (permissions, payload, network): not counted. */
  readonly failed: number;
  /** Slots skipped because the concurrency bound was reached. */
  readonly skipped: number;
}

export interface SyntheticTarget {
  readonly functionName: string;
  readonly version: string;
}

export interface SyntheticOptions {
  readonly clock: Clock;
  readonly logger: Logger;
  /** First invocation at max(startMs, now). */
  readonly startMs: number;
  /** Stop by itself at this time (exclusive) even if stop() never comes. */
  readonly untilMs: number;
  /** Bound on in-flight invocations per function. */
  readonly maxConcurrency?: number;
  /** The longest single sleep: how soon a stopped loop notices. */
  readonly maxSleepMs?: number;
}

export interface SyntheticRun {
  /**
   * Counts so far for one version of a function (zeros for one not driven); without a version,
   * the function's first target.
   */
  stats(functionName: string, version?: string): SyntheticStats;
  /** Stops scheduling and aborts in-flight invocations at once (their results are not counted). */
  stop(): void;
  /** Settles when every loop has ended (after stop(), or at untilMs). For tests and clean exits. */
  readonly finished: Promise<void>;
}

export const DEFAULT_SYNTHETIC_CONCURRENCY = 10;

interface MutableStats {
  invocations: number;
  errors: number;
  throttled: number;
  failed: number;
  skipped: number;
}

const zero = (): MutableStats => ({ invocations: 0, errors: 0, throttled: 0, failed: 0, skipped: 0 });

/** The fault side of an SDK error: "server" when the service (the version) failed. */
function faultOf(error: unknown): string | undefined {
  if (error && typeof error === 'object' && '$fault' in error && typeof error.$fault === 'string')
    return error.$fault;
  return undefined;
}

function httpStatusOf(error: unknown): number | undefined {
  if (error && typeof error === 'object' && '$metadata' in error) {
    const metadata = (error as { $metadata?: { httpStatusCode?: unknown } }).$metadata;
    if (typeof metadata?.httpStatusCode === 'number') return metadata.httpStatusCode;
  }
  return undefined;
}

export function startSyntheticTraffic(
  lambda: Pick<LambdaClient, 'send'>,
  targets: readonly SyntheticTarget[],
  traffic: SyntheticTraffic,
  options: SyntheticOptions,
): SyntheticRun {
  const { clock, logger } = options;
  const spacingMs = MINUTE_MS / traffic.ratePerMinute;
  const maxConcurrency = options.maxConcurrency ?? DEFAULT_SYNTHETIC_CONCURRENCY;
  const maxSleepMs = options.maxSleepMs ?? 1_000;
  const payload = new TextEncoder().encode(traffic.payload);
  const stats = new Map<string, MutableStats>();
  const controllers = new Set<AbortController>();
  const warned = new Set<string>();
  let stopped = false;
  let wakeOnStop: () => void = () => undefined;
  const stoppedSignal = new Promise<void>((resolve) => (wakeOnStop = resolve));

  const warnOnce = (key: string, message: string): void => {
    if (warned.has(key)) return;
    warned.add(key);
    logger.warning(message);
  };

  const invoke = async (target: SyntheticTarget, counts: MutableStats): Promise<void> => {
    const controller = new AbortController();
    controllers.add(controller);
    try {
      const response = await lambda.send(
        new InvokeCommand({
          FunctionName: target.functionName,
          Qualifier: target.version,
          InvocationType: 'RequestResponse',
          Payload: payload,
        }),
        { abortSignal: controller.signal },
      );
      if (stopped) return;
      counts.invocations += 1;
      if (response.FunctionError) counts.errors += 1;
    } catch (error) {
      if (stopped) return;
      const name = awsErrorName(error) ?? 'Error';
      if (httpStatusOf(error) === 429 || name === 'TooManyRequestsException') {
        counts.throttled += 1;
        warnOnce(
          `throttle:${target.functionName}`,
          `Synthetic invocations of ${target.functionName}:${target.version} are throttled (${name}); throttled calls are not counted.`,
        );
      } else if (faultOf(error) === 'server') {
        counts.invocations += 1;
        counts.errors += 1;
        logger.debug(
          `Synthetic invocation of ${target.functionName}:${target.version} failed on the service side: ${name}: ${errorMessage(error)}`,
        );
      } else {
        counts.failed += 1;
        warnOnce(
          `failed:${target.functionName}:${name}`,
          `Synthetic invocation of ${target.functionName}:${target.version} failed (${name}: ${errorMessage(error)}); not counted.`,
        );
      }
    } finally {
      controllers.delete(controller);
    }
  };

  const keyOf = (functionName: string, version: string): string => `${functionName}\u0000${version}`;
  const drive = async (target: SyntheticTarget): Promise<void> => {
    const counts = zero();
    stats.set(keyOf(target.functionName, target.version), counts);
    if (!(spacingMs > 0 && Number.isFinite(spacingMs))) return;
    const inFlight = new Set<Promise<void>>();
    const firstMs = Math.max(options.startMs, clock.now());
    for (let slot = 0; !stopped; slot += 1) {
      let dueMs = firstMs + slot * spacingMs;
      // Fell behind (a blocked event loop, a slow clock): resume at the current slot, no burst.
      const behind = Math.floor((clock.now() - dueMs) / spacingMs);
      if (behind > 0) {
        slot += behind;
        dueMs = firstMs + slot * spacingMs;
      }
      if (dueMs >= options.untilMs) break;
      for (let wait = dueMs - clock.now(); wait > 0 && !stopped; wait = dueMs - clock.now()) {
        await Promise.race([clock.sleep(Math.min(wait, maxSleepMs)), stoppedSignal]);
      }
      if (stopped) break;
      if (inFlight.size >= maxConcurrency) {
        counts.skipped += 1;
        continue;
      }
      const call = invoke(target, counts).finally(() => inFlight.delete(call));
      inFlight.add(call);
    }
    await Promise.allSettled([...inFlight]);
  };

  const finished = Promise.all(targets.map((target) => drive(target))).then(() => {
    for (const target of targets) {
      const counts = stats.get(keyOf(target.functionName, target.version));
      if (counts && counts.skipped > 0) {
        logger.warning(
          `Synthetic traffic to ${target.functionName}:${target.version}: ${counts.skipped} invocation(s) skipped, ${maxConcurrency} were still running.`,
        );
      }
    }
  });

  return {
    stats: (functionName, version) => {
      const first = targets.find((t) => t.functionName === functionName);
      const key = keyOf(functionName, version ?? first?.version ?? '');
      return { ...(stats.get(key) ?? zero()) };
    },
    stop: () => {
      stopped = true;
      wakeOnStop();
      for (const controller of controllers) controller.abort();
    },
    finished,
  };
}

import { TimeoutError } from '../errors.js';
import type { Clock } from './clock.js';
import { MINUTE_MS } from './time.js';

/** `progressed`: the awaited thing moved (new stack events, say): look again soon. */
export type Probe<T> = () => Promise<{ done: true; value: T } | { done: false; progressed?: boolean }>;

export interface WaitOptions {
  clock: Clock;
  /** What is awaited, for the timeout message: "stack orders-api to reach UPDATE_COMPLETE". */
  description: string;
  /** Bound on the total wait. */
  timeoutMs: number;
  /** Delay before the second look (the first look is immediate). */
  initialDelayMs?: number;
  maxDelayMs?: number;
  factor?: number;
  /** Delay after a look that saw progress (the back-off restarts from it). Default: initialDelayMs. */
  progressDelayMs?: number;
}

/**
 * The one waiting helper: looks at once, then backs off (initial → ×factor → max) until the probe
 * says done or the total wait passes timeoutMs, which throws a TimeoutError naming what was awaited.
 */
export async function waitFor<T>(probe: Probe<T>, options: WaitOptions): Promise<T> {
  const { clock, description, timeoutMs } = options;
  const factor = options.factor ?? 1.5;
  const maxDelay = options.maxDelayMs ?? 30_000;
  const initialDelay = options.initialDelayMs ?? 1_000;
  const progressDelay = options.progressDelayMs ?? initialDelay;
  let delay = initialDelay;
  const deadline = clock.now() + timeoutMs;
  for (;;) {
    const result = await probe();
    if (result.done) return result.value;
    const left = deadline - clock.now();
    if (left <= 0) {
      throw new TimeoutError(`Timed out after ${formatDuration(timeoutMs)} waiting for ${description}`);
    }
    if (result.progressed) delay = Math.min(delay, progressDelay);
    await clock.sleep(Math.min(delay, left));
    delay = Math.min(maxDelay, Math.round(delay * factor));
  }
}

export function formatDuration(ms: number): string {
  if (ms % 3_600_000 === 0 && ms > 0) return `${ms / 3_600_000}h`;
  if (ms % MINUTE_MS === 0 && ms > 0) return `${ms / MINUTE_MS}m`;
  if (ms % 1_000 === 0) return `${ms / 1_000}s`;
  return `${ms}ms`;
}

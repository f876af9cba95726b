/**
 * The one interface every canary collector (metrics, memory, alarms, synthetic traffic) shows the
 * observer: told when a step begins and ends, asked to read at each poll, and asked for its part
 * of a function's samples. A collector never throws for AWS errors in a poll: it keeps its last
 * good figures and returns what failed, so the observer can count failed polls.
 */
import { awsErrorName, errorMessage } from '../errors.js';
import { MINUTE_MS } from './minutes.js';
import type { FunctionSamples, WatchTarget } from './types.js';

/** A step of the run as the collectors see it. */
export interface StepWindow {
  readonly index: number;
  /** Canary traffic share, 0..1; undefined when the caller did not say. */
  readonly weight: number | undefined;
  readonly startMs: number;
  /** Synthetic traffic stops by itself at this time should endStep never come. */
  readonly untilMs: number;
}

/** What the collectors share about the run so far. */
export interface RunWindow {
  readonly targets: readonly WatchTarget[];
  /** Start of the first step's first minute: every minute from here on is the canary's. */
  readonly fromMs: number;
  /** The steps begun so far, oldest first. */
  readonly steps: readonly StepWindow[];
}

export interface Collector {
  /** A step begins (the first one also starts the run). */
  beginStep(run: RunWindow, step: StepWindow): Promise<void>;
  /** Before any collector polls (e.g. what the others need to know); resolves to what failed. */
  prepare?(run: RunWindow): Promise<string[]>;
  /** One poll, in the observer's order; resolves to what failed (empty: all good). */
  poll(run: RunWindow, nowMs: number): Promise<string[]>;
  /** The step ends. */
  endStep(): Promise<void>;
  /** This collector's part of one function's samples. */
  samples(target: WatchTarget): Partial<FunctionSamples>;
}

/** `part: ErrorName: message`, for a failed poll's warning. */
export function describeFailure(part: string, error: unknown): string {
  const name = awsErrorName(error);
  const message = errorMessage(error);
  const prefix = name && name !== 'Error' && !message.startsWith(name) ? `${name}: ` : '';
  return `${part}: ${prefix}${message}`;
}

/** Runs `work`, turning a thrown error into a described failure. */
export async function attempt(part: string, work: () => Promise<void>): Promise<string[]> {
  try {
    await work();
    return [];
  } catch (error) {
    return [describeFailure(part, error)];
  }
}

export async function mapWithLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The versions a target watches: the canary, and the old version where there is one. */
export function versionsOf(target: WatchTarget): string[] {
  return target.baselineVersion === undefined
    ? [target.canaryVersion]
    : [target.canaryVersion, target.baselineVersion];
}

/**
 * The step whose traffic split served most of the minute starting at `minuteStart`: the last
 * step begun by the minute's middle (the first step for earlier minutes).
 */
export function stepOfMinute(steps: readonly StepWindow[], minuteStart: number): number | undefined {
  let found = steps[0]?.index;
  for (const step of steps) if (step.startMs <= minuteStart + MINUTE_MS / 2) found = step.index;
  return found;
}

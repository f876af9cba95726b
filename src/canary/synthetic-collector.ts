/**
 * The synthetic collector: while each step holds, invokes the new version with the
 * synthetic-payload and, where there is one, the old version with the same payload at the same
 * pace, and counts both since the first step began (a payload both versions reject is a bad
 * payload, not a bad release).
 */
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { SyntheticTraffic } from '../config/types.js';
import type { Logger } from '../logger.js';
import type { Clock } from '../util/clock.js';
import type { Collector, RunWindow, StepWindow } from './collector.js';
import type { SyntheticCounts, SyntheticRun } from './synthetic.js';
import { startSyntheticTraffic } from './synthetic.js';
import type { FunctionSamples, WatchTarget } from './types.js';

export interface SyntheticCollectorOptions {
  readonly clock: Clock;
  readonly logger: Logger;
  /** Bound on in-flight synthetic invocations per version. */
  readonly concurrency: number | undefined;
}

const key = (functionName: string, version: string): string => `${functionName}\u0000${version}`;

export class SyntheticCollector implements Collector {
  /** Counts of the steps already ended, per function and version. */
  private readonly ended = new Map<string, SyntheticCounts>();
  private run: { traffic: SyntheticRun; targets: readonly WatchTarget[] } | undefined;

  constructor(
    private readonly lambda: LambdaClient,
    private readonly traffic: SyntheticTraffic,
    private readonly options: SyntheticCollectorOptions,
  ) {}

  async beginStep(run: RunWindow, step: StepWindow): Promise<void> {
    await this.endStep();
    if (run.targets.length === 0) return;
    const { clock, logger, concurrency } = this.options;
    const traffic = startSyntheticTraffic(
      this.lambda,
      run.targets.flatMap((t) => [
        { functionName: t.functionName, version: t.canaryVersion },
        ...(t.baselineVersion === undefined
          ? []
          : [{ functionName: t.functionName, version: t.baselineVersion }]),
      ]),
      this.traffic,
      {
        clock,
        logger,
        startMs: step.startMs,
        untilMs: step.untilMs,
        ...(concurrency === undefined ? {} : { maxConcurrency: concurrency }),
      },
    );
    this.run = { traffic, targets: run.targets };
  }

  async poll(): Promise<string[]> {
    return [];
  }

  async endStep(): Promise<void> {
    const current = this.run;
    if (current === undefined) return;
    this.run = undefined;
    current.traffic.stop();
    for (const target of current.targets) {
      for (const version of [target.canaryVersion, target.baselineVersion]) {
        if (version === undefined) continue;
        const counts = current.traffic.stats(target.functionName, version);
        const before = this.ended.get(key(target.functionName, version));
        this.ended.set(key(target.functionName, version), {
          invocations: (before?.invocations ?? 0) + counts.invocations,
          errors: (before?.errors ?? 0) + counts.errors,
        });
      }
    }
  }

  samples(target: WatchTarget): Partial<FunctionSamples> {
    const total = (version: string): SyntheticCounts => {
      const before = this.ended.get(key(target.functionName, version));
      const now = this.run?.traffic.stats(target.functionName, version);
      return {
        invocations: (before?.invocations ?? 0) + (now?.invocations ?? 0),
        errors: (before?.errors ?? 0) + (now?.errors ?? 0),
      };
    };
    return {
      synthetic: total(target.canaryVersion),
      ...(target.baselineVersion === undefined ? {} : { syntheticBaseline: total(target.baselineVersion) }),
    };
  }
}

/**
 * The safety net of the action's main step and of the CLI: on SIGINT/SIGTERM while a run is going,
 * stop it, restore every alias it changed (from the journal it kept in memory), then exit with
 * 128 + the signal number.
 */
import type { LambdaClient } from '@aws-sdk/client-lambda';
import { errorMessage } from './errors.js';
import type { Logger } from './logger.js';
import type { RecoveryReport } from './pipeline/recover.js';
import type { StateStore } from './state-store.js';

export type StopSignal = 'SIGINT' | 'SIGTERM';

export const SIGNAL_EXIT_CODES: Readonly<Record<StopSignal, number>> = { SIGINT: 130, SIGTERM: 143 };

/** Where signals come from and how the process ends: `process` in production, a fake in tests. */
export interface SignalHost {
  on(signal: StopSignal, listener: () => void): unknown;
  off(signal: StopSignal, listener: () => void): unknown;
  exit(code: number): void;
}

export const processHost: SignalHost = {
  on: (signal, listener) => process.on(signal, listener),
  off: (signal, listener) => process.off(signal, listener),
  exit: (code) => process.exit(code),
};

export interface StopHandler {
  /** The exit code once a signal was received and the recovery has run; undefined if none came. */
  interrupted(): Promise<number> | undefined;
  dispose(): void;
}

export function handleStopSignals(options: {
  host: SignalHost;
  logger: Logger;
  /** Stops the run and restores the aliases; must not throw (errors are logged). */
  onSignal: (signal: StopSignal) => Promise<void>;
}): StopHandler {
  const { host, logger } = options;
  let recovery: Promise<number> | undefined;
  const listeners = new Map<StopSignal, () => void>();
  for (const signal of Object.keys(SIGNAL_EXIT_CODES) as StopSignal[]) {
    const listener = (): void => {
      if (recovery) {
        logger.warning(`Received ${signal} again: still restoring the aliases, exiting when done.`);
        return;
      }
      logger.warning(`Received ${signal}: stopping the run and restoring every alias it changed.`);
      const code = SIGNAL_EXIT_CODES[signal];
      recovery = options
        .onSignal(signal)
        .catch((error: unknown) => logger.error(`Restoring after ${signal} failed: ${errorMessage(error)}`))
        .then(() => {
          host.exit(code);
          return code;
        });
    };
    listeners.set(signal, listener);
    host.on(signal, listener);
  }
  return {
    interrupted: () => recovery,
    dispose: () => {
      for (const [signal, listener] of listeners) host.off(signal, listener);
      listeners.clear();
    },
  };
}

export interface StoppableRun {
  /** Aborted on the first signal: the run then makes no further alias change. */
  readonly signal: AbortSignal;
  readonly stops: StopHandler;
}

/**
 * Stops one run on a signal: aborts it and restores from the journal in `state`, then hands
 * the recovery's outcome to `afterRecovery` (the action writes its outputs and summary there).
 */
export function stopRunOnSignal(options: {
  host: SignalHost;
  logger: Logger;
  state: StateStore;
  /** The Lambda client of a region the journal names (a release in waves names several). */
  lambda: (region: string) => Promise<LambdaClient>;
  afterRecovery?: ((signal: StopSignal, report: RecoveryReport) => void | Promise<void>) | undefined;
}): StoppableRun {
  const { logger } = options;
  const controller = new AbortController();
  const stops = handleStopSignals({
    host: options.host,
    logger,
    onSignal: async (signal) => {
      controller.abort();
      const { recoverUnfinishedRun } = await import('./pipeline/recover.js');
      const report = await recoverUnfinishedRun(options.state, options.lambda, logger);
      if (report.status === 'incomplete') logger.error(report.message);
      else logger.info(report.message);
      await options.afterRecovery?.(signal, report);
    },
  });
  return { signal: controller.signal, stops };
}

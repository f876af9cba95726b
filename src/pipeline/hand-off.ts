/**
 * wait: false — what the run hands over once the pre-traffic gate passed, and the shape of the
 * one who takes it. The taking (shift the first held step, write the plans, enable the guard's
 * rule) is detached/hand-off.ts; the entry points wire it into RunDeps, so the pipeline never
 * imports the detached canaries' code that sits above it.
 */
import type { Config } from '../config/types.js';
import type { Logger } from '../logger.js';
import type { AliasJournal } from '../schema/alias-journal.js';
import type { RecordedDeployment } from '../schema/detached-plan.js';
import type { Clock } from '../util/clock.js';
import type { Fleet } from './fleet.js';

export interface HandOffRequest {
  readonly config: Config;
  readonly fleet: Fleet;
  readonly journal: () => readonly AliasJournal[];
  readonly logger: Logger;
  readonly clock: Clock;
  readonly runId: string;
  /** The monitoring stack's outputs (the plan table and rule are there when the guard is on). */
  readonly monitoringOutputs: Readonly<Record<string, string>>;
  readonly alarmNames: readonly string[];
  readonly topicArn: string | undefined;
  /** The run's GitHub deployment: with github-token-secret, the guard gives it its final status. */
  readonly deployment?: RecordedDeployment | undefined;
}

/** Hands the canary to the guard; resolves to the run's reason (it ends `pending`). */
export type HandOff = (request: HandOffRequest) => Promise<string>;

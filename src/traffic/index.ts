/**
 * traffic/: every Lambda call of a run (versions, alias weights and leases, promote, restore) and
 * the SNS notice.
 */
import { createAlias, deleteAlias, getAlias, updateAlias } from './alias.js';
import { readGuardActivity } from './guard-activity.js';
import { notifyTopic } from './notify.js';
import { tagPromotion } from './tags.js';
import { publishVersion } from './versions.js';

export { AliasConflictError, createAlias, deleteAlias, getAlias, updateAlias } from './alias.js';
export type { GuardActivity, GuardRollback } from './guard-activity.js';
export { parseGuardActivity, readGuardActivity } from './guard-activity.js';
export { notifyTopic, snsSubject } from './notify.js';
export * from './routing.js';
export { AliasBusyError, leaseDescription, readLease, RELEASED_DESCRIPTION } from './lease.js';
export type { Promotion } from './tags.js';
export {
  guardRolledBackTagKey,
  previousTagKey,
  promotedAtTagKey,
  tagLastPassed,
  tagPromotion,
  tagValue,
} from './tags.js';
export type { AliasState, AliasTarget, PublishedVersion } from './types.js';
export { publishVersion, unqualifiedArn, waitUntilUpdatable } from './versions.js';

/** The traffic operations the pipeline calls, as one object (PipelineParts.traffic). */
export const trafficOps = {
  publishVersion,
  getAlias,
  createAlias,
  updateAlias,
  deleteAlias,
  tagPromotion,
  notifyTopic,
  readGuardActivity,
};
export type TrafficOps = typeof trafficOps;

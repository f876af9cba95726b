/** Names shared across parts, in one place. */

/** Tag the action sets on a function when it promotes a version: the guard reads it to roll back. */
export const LAST_PASSED_TAG_PREFIX = 'stack-canary:last-passed:';
export const lastPassedTagKey = (alias: string): string => `${LAST_PASSED_TAG_PREFIX}${alias}`;

/** Tag the monitoring stack's guard sets on a function when it acted: the start of its cool-down. */
export const GUARD_COOLDOWN_TAG_PREFIX = 'stack-canary:guard-last-action:';
export const guardCooldownTagKey = (alias: string): string => `${GUARD_COOLDOWN_TAG_PREFIX}${alias}`;

/** The monitoring stack's name beside the app stack. */
export const monitoringStackName = (stackName: string): string => `${stackName}-monitoring`;

/** extend-hold's default: how far past its hold an undecided step may run while more traffic can decide it. */
export const DEFAULT_EXTEND_HOLD_MS = 10 * 60 * 1000;

/** Default bound on waiting for one stack operation. */
export const DEFAULT_STACK_TIMEOUT_MS = 60 * 60 * 1000;

/** The least look-back of a metric, for functions with short timeouts: CloudWatch's own late arrival. */
export const MIN_SETTLE_MS = 2 * 60 * 1000;
/**
 * A final look of the last step that misses some of a custom metric's datapoints for the hold's own
 * minutes waits this long after those minutes settled (Lambda's settle lag) for them, without
 * extending the hold; then it judges without them and says so.
 */
export const LATE_DATAPOINT_WAIT_MS = 2 * 60 * 1000;

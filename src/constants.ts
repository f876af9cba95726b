/** Names shared across parts, in one place. */

/** Tag the action sets on a function when it promotes a version: the guard reads it to roll back. */
export const LAST_PASSED_TAG_PREFIX = 'stack-canary:last-passed:';
export const lastPassedTagKey = (alias: string): string => `${LAST_PASSED_TAG_PREFIX}${alias}`;

/** The monitoring stack's name beside the app stack. */
export const monitoringStackName = (stackName: string): string => `${stackName}-monitoring`;

/** Default bound on waiting for one stack operation. */
export const DEFAULT_STACK_TIMEOUT_MS = 60 * 60 * 1000;

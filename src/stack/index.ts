/** The stack part's public API: everything stack-canary does with CloudFormation. */
export * from './pure.js';
export { deployStack } from './deploy.js';
export { snapshotStack, restoreStack, serializeSnapshot, deserializeSnapshot } from './snapshot.js';
export { listStackResources, resolveFunctionNames } from './resources.js';
export * from './types.js';

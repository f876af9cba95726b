/** The stack part's public API: reading and analysing templates, and everything stack-canary does with CloudFormation. */
export { analyzeTemplate, assertAliasNotManaged, noEchoParameterNames } from './analyze.js';
export { renderChangeTable } from './change-table.js';
export { parseTemplate } from './template-parse.js';
export { readTemplate, templateLabel } from './template-source.js';
export type { ReadTemplateDeps } from './template-source.js';
export { deployStack, executeReviewedChangeSet } from './deploy.js';
export type { ReviewedChangeSet } from './deploy.js';
export { snapshotStack, restoreStack, serializeSnapshot, deserializeSnapshot } from './snapshot.js';
export { listStackResources, resolveFunctionNames } from './resources.js';
export * from './types.js';

/**
 * The stack part's pure functions, for the validation phase: importing this module loads no AWS SDK
 * (the SDK is loaded only once the inputs are known to be good).
 */
export { analyzeTemplate, assertAliasNotManaged } from './analyze.js';
export { renderChangeTable } from './render.js';
export { parseTemplate } from './template-parse.js';
export { readTemplate } from './template-source.js';
export type { ReadTemplateDeps } from './template-source.js';

import type { PipelineParts } from '../../src/pipeline/parts.js';

/** The stack and monitoring parts of a run without a template: only the function list is used. */
export function templatelessParts(functions: readonly string[]): Pick<PipelineParts, 'stack' | 'monitoring'>;

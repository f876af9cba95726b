import * as core from '@actions/core';
import type { RunResult } from '../pipeline/types.js';
import { changeSetOutputs } from '../stack/change-set-summary.js';

/** The outputs action.yml declares, plus every stack output under its own name. */
export const OUTPUTS = {
  verdict: 'verdict',
  rolledBack: 'rolled-back',
  reason: 'reason',
  versions: 'versions',
  stackId: 'stack-id',
  report: 'report',
} as const;

export function writeOutputs(result: RunResult, reportPath?: string): void {
  for (const [name, value] of Object.entries(result.stackOutputs)) {
    core.setOutput(name, value);
  }
  core.setOutput(OUTPUTS.verdict, result.verdict);
  core.setOutput(OUTPUTS.rolledBack, String(result.rolledBack));
  core.setOutput(OUTPUTS.reason, result.reason);
  core.setOutput(OUTPUTS.versions, JSON.stringify(result.versions));
  core.setOutput(OUTPUTS.stackId, result.stackId ?? '');
  if (reportPath) core.setOutput(OUTPUTS.report, reportPath);
  // aws-cloudformation-github-deploy's change-set outputs, named as it names them.
  if (result.changeSet) {
    for (const [name, value] of Object.entries(changeSetOutputs(result.changeSet)))
      core.setOutput(name, value);
  }
}

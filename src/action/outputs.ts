import type { RunResult } from '../pipeline/types.js';
import { setOutput } from './runner.js';
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

type Redact = (text: string) => string;
const asIs: Redact = (text) => text;

export function writeOutputs(result: RunResult, reportPath?: string, redact: Redact = asIs): void {
  for (const [name, value] of Object.entries(result.stackOutputs)) {
    setOutput(name, redact(value));
  }
  setOutput(OUTPUTS.verdict, result.verdict);
  setOutput(OUTPUTS.rolledBack, String(result.rolledBack));
  setOutput(OUTPUTS.reason, redact(result.reason));
  setOutput(OUTPUTS.versions, JSON.stringify(result.versions));
  setOutput(OUTPUTS.stackId, result.stackId ?? '');
  if (reportPath) setOutput(OUTPUTS.report, reportPath);
  // aws-cloudformation-github-deploy's change-set outputs, named as it names them.
  if (result.changeSet) {
    for (const [name, value] of Object.entries(changeSetOutputs(result.changeSet)))
      setOutput(name, redact(value));
  }
}

/**
 * When the step ends without a verdict (a bad input, an error, a signal): `verdict` is `error`,
 * and `versions` and `report` are set too (`{}` and '' when there is nothing to tell).
 */
export function writeStopOutputs(stop: {
  reason: string;
  rolledBack: boolean;
  versions: RunResult['versions'];
  report: string;
}): void {
  setOutput(OUTPUTS.verdict, 'error');
  setOutput(OUTPUTS.rolledBack, String(stop.rolledBack));
  setOutput(OUTPUTS.reason, stop.reason);
  setOutput(OUTPUTS.versions, JSON.stringify(stop.versions));
  setOutput(OUTPUTS.report, stop.report);
}

import type { RunResult } from '../pipeline/types.js';
import { versionsByRegion } from '../waves/result.js';
import { setOutput, warning } from './runner.js';
import type { ChangeSetOutputs } from '../stack/change-set-summary.js';
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

/** aws-cloudformation-github-deploy's change-set outputs, named as it names them. */
const CHANGE_SET_OUTPUTS: readonly (keyof ChangeSetOutputs)[] = [
  'change-set-id',
  'change-set-name',
  'has-changes',
  'changes-count',
  'changes-summary',
  'changes-markdown',
];

/** Every output action.yml declares: no stack output may take one of these names. */
export const ACTION_OUTPUT_NAMES: readonly string[] = [...Object.values(OUTPUTS), ...CHANGE_SET_OUTPUTS];

/** Where a stack output whose name is one of the action's own is written instead. */
export const STACK_OUTPUT_PREFIX = 'stack-output-';

/**
 * The name each stack output is written under: its own, or, when that is one of the action's
 * outputs (expressions read output names in any case), STACK_OUTPUT_PREFIX + its name. A stack
 * output name has only letters and digits, so the prefixed name meets neither kind of output.
 */
export function stackOutputNames(stackOutputs: Readonly<Record<string, string>>): Map<string, string> {
  const own = new Set(ACTION_OUTPUT_NAMES.map((name) => name.toLowerCase()));
  return new Map(
    Object.keys(stackOutputs).map((key) => [
      key,
      own.has(key.toLowerCase()) ? `${STACK_OUTPUT_PREFIX}${key}` : key,
    ]),
  );
}

type Redact = (text: string) => string;
const asIs: Redact = (text) => text;

export function writeOutputs(result: RunResult, reportPath?: string, redact: Redact = asIs): void {
  for (const [key, name] of stackOutputNames(result.stackOutputs)) {
    if (name !== key) {
      warning(
        `Stack output ${key} has the name of one of this action's outputs: it is written as output ${name}.`,
      );
    }
    setOutput(name, redact(result.stackOutputs[key] ?? ''));
  }
  setOutput(OUTPUTS.verdict, result.verdict);
  setOutput(OUTPUTS.rolledBack, String(result.rolledBack));
  setOutput(OUTPUTS.reason, redact(result.reason));
  // A release in waves: each region's versions under its name.
  setOutput(
    OUTPUTS.versions,
    JSON.stringify(result.regions ? versionsByRegion(result.regions) : result.versions),
  );
  setOutput(OUTPUTS.stackId, result.stackId ?? '');
  if (reportPath) setOutput(OUTPUTS.report, reportPath);
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

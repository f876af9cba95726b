/**
 * The inputs of aws-cloudformation-github-deploy that stack-canary takes under the same names, so
 * a step written for that action runs here unchanged: the rules between them and the rest of the
 * inputs, and what they become in the Config (their parsers are in drop-in-inputs.ts).
 */
import type { InputName, InputValue } from './inputs.js';
import type { InputProblem } from './messages.js';
import { badLabel, badValue } from './messages.js';
import type { ChangeSetOptions } from './types.js';

/** What the drop-in rules read of the parsed inputs. */
export type DropInInputs = { readonly [N in DropInRuleInput]: InputValue<N> };
type DropInRuleInput =
  | 'stack-name'
  | 'name'
  | 'template'
  | 'dry-run'
  | 'no-execute-changeset'
  | 'fail-on-empty-changeset'
  | 'no-fail-on-empty-changeset'
  | 'disable-rollback'
  | 'change-set-name'
  | 'no-delete-failed-changeset'
  | 'mode'
  | 'execute-change-set-id'
  | 'include-nested-stacks-change-set'
  | 'deployment-mode'
  | 'parameter-overrides'
  | 'tags'
  | 'termination-protection'
  | 'notification-arns'
  | 's3-bucket'
  | 's3-prefix';

/** The app stack's name: `stack-name`, or `name` as aws-cloudformation-github-deploy calls it. */
export function appStackName(parsed: Pick<DropInInputs, 'stack-name' | 'name'>): string | undefined {
  return parsed['stack-name'] ?? parsed.name;
}

export function changeSetOptions(parsed: DropInInputs): ChangeSetOptions {
  const createOnly = parsed.mode === 'create-only';
  return {
    name: parsed['change-set-name'],
    execute: !parsed['no-execute-changeset'] && !createOnly,
    leftForReviewBy: createOnly ? 'mode: create-only' : 'no-execute-changeset',
    executeId: parsed.mode === 'execute-only' ? parsed['execute-change-set-id'] : undefined,
    includeNestedStacks: parsed['include-nested-stacks-change-set'],
    deploymentMode: parsed['deployment-mode'],
    failOnEmpty: parsed['fail-on-empty-changeset'] || !parsed['no-fail-on-empty-changeset'],
    keepFailed: parsed['no-delete-failed-changeset'],
    disableRollback: parsed['disable-rollback'],
  };
}

type Problem = { readonly input: InputName; readonly problem: InputProblem };

/** The change-set inputs each with its value when it was given (not its default), for the rules below. */
function changeSetInputsGiven(parsed: DropInInputs): (readonly [InputName, string])[] {
  const given: [InputName, string | undefined][] = [
    ['no-execute-changeset', parsed['no-execute-changeset'] ? 'true' : undefined],
    ['fail-on-empty-changeset', parsed['fail-on-empty-changeset'] ? 'true' : undefined],
    ['disable-rollback', parsed['disable-rollback'] ? 'true' : undefined],
    ['no-delete-failed-changeset', parsed['no-delete-failed-changeset'] ? 'true' : undefined],
    ['change-set-name', parsed['change-set-name']],
    ['include-nested-stacks-change-set', parsed['include-nested-stacks-change-set'] ? 'true' : undefined],
    ['deployment-mode', parsed['deployment-mode']],
    ['s3-prefix', parsed['s3-prefix']],
  ];
  return given.flatMap(([input, value]) => (value === undefined ? [] : [[input, value] as const]));
}

/** How a value given reads in "Expected ...": `false` for a boolean, `it empty` otherwise. */
function unset(value: string): string {
  return value === 'true' ? 'false' : 'it empty';
}

export function dropInProblems(parsed: DropInInputs): readonly Problem[] {
  const problems: Problem[] = [];
  const stackName = parsed['stack-name'];
  const name = parsed.name;
  if (stackName !== undefined && name !== undefined && stackName !== name) {
    const reason = `stack-name is ${stackName}: name is another word for it`;
    problems.push({
      input: 'name',
      problem: badValue(name, { reason, expected: `it empty, or ${stackName}` }),
    });
  }
  if (parsed.mode === 'execute-only') return [...problems, ...executeOnlyProblems(parsed)];
  const changeSetId = parsed['execute-change-set-id'];
  if (changeSetId !== undefined) {
    const reason = `mode is ${parsed.mode}: only mode execute-only executes a change set made earlier`;
    const expected = 'it empty, or mode: execute-only';
    problems.push({ input: 'execute-change-set-id', problem: badValue(changeSetId, { reason, expected }) });
  }
  if (parsed['dry-run']) {
    const reason = 'dry-run deletes every change set it makes';
    if (parsed['no-execute-changeset']) {
      const expected = 'false when dry-run is true';
      problems.push({ input: 'no-execute-changeset', problem: badValue('true', { reason, expected }) });
    }
    if (parsed.mode === 'create-only') {
      const expected = 'create-and-execute when dry-run is true';
      problems.push({ input: 'mode', problem: badValue(parsed.mode, { reason, expected }) });
    }
  }
  if (parsed['s3-prefix'] !== undefined && parsed['s3-bucket'] === undefined) {
    const reason = 'there is no bucket to put it in without s3-bucket';
    const expected = 'it empty, or an s3-bucket';
    problems.push({ input: 's3-prefix', problem: badValue(parsed['s3-prefix'], { reason, expected }) });
  }
  if (parsed.template === undefined) {
    const reason = 'there is no app stack to deploy without template';
    for (const [input, value] of changeSetInputsGiven(parsed)) {
      const expected = `${unset(value)} when template is not given`;
      problems.push({ input, problem: badValue(value, { reason, expected }) });
    }
    if (parsed.mode === 'create-only') {
      const expected = 'create-and-execute when template is not given';
      problems.push({ input: 'mode', problem: badValue(parsed.mode, { reason, expected }) });
    }
  }
  return problems;
}

/**
 * mode: execute-only executes the change set a create-only run left for review, as it is: every
 * input that would shape a new change set is refused rather than ignored.
 */
function executeOnlyProblems(parsed: DropInInputs): Problem[] {
  const problems: Problem[] = [];
  const reason = 'mode: execute-only executes the reviewed change set as it is';
  if (parsed['execute-change-set-id'] === undefined) {
    const why = 'required when mode is execute-only';
    problems.push({ input: 'execute-change-set-id', problem: badValue('', { reason: why }) });
  }
  if (appStackName(parsed) === undefined) {
    const why = 'required when mode is execute-only: the stack whose change set is executed';
    problems.push({ input: 'stack-name', problem: badValue('', { reason: why }) });
  }
  // The template, parameters and tags are named, not shown: they may be long or a file.
  const named: InputName[] = [
    ...(parsed.template === undefined ? [] : ['template' as const]),
    ...(parsed['parameter-overrides'].length ? ['parameter-overrides' as const] : []),
    ...(parsed.tags.length ? ['tags' as const] : []),
    ...(parsed['notification-arns'].length ? ['notification-arns' as const] : []),
  ];
  for (const input of named) {
    const expected = 'it empty when mode is execute-only';
    problems.push({ input, problem: badLabel('a value is given', { reason, expected }) });
  }
  const given: (readonly [InputName, string])[] = [
    ...(parsed['termination-protection'] ? [['termination-protection', 'true'] as const] : []),
    ...(parsed['dry-run'] ? [['dry-run', 'true'] as const] : []),
    // disable-rollback is passed to ExecuteChangeSet when it creates the stack.
    ...changeSetInputsGiven(parsed).filter(([input]) => input !== 'disable-rollback'),
  ];
  for (const [input, value] of given) {
    const expected = `${unset(value)} when mode is execute-only`;
    problems.push({ input, problem: badValue(value, { reason, expected }) });
  }
  return problems;
}

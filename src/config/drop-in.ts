/**
 * The inputs of aws-cloudformation-github-deploy that stack-canary takes under the same names, so
 * a step written for that action runs here unchanged: the rules between them and the rest of the
 * inputs, and what they become in the Config (their parsers are in drop-in-inputs.ts).
 */
import type { InputName, InputValue } from './inputs.js';
import type { InputProblem } from './messages.js';
import { badValue } from './messages.js';
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
  | 'no-delete-failed-changeset';

/** The app stack's name: `stack-name`, or `name` as aws-cloudformation-github-deploy calls it. */
export function appStackName(parsed: Pick<DropInInputs, 'stack-name' | 'name'>): string | undefined {
  return parsed['stack-name'] ?? parsed.name;
}

export function changeSetOptions(parsed: DropInInputs): ChangeSetOptions {
  return {
    name: parsed['change-set-name'],
    execute: !parsed['no-execute-changeset'],
    failOnEmpty: parsed['fail-on-empty-changeset'] || !parsed['no-fail-on-empty-changeset'],
    keepFailed: parsed['no-delete-failed-changeset'],
    disableRollback: parsed['disable-rollback'],
  };
}

export function dropInProblems(
  parsed: DropInInputs,
): { readonly input: InputName; readonly problem: InputProblem }[] {
  const problems: { input: InputName; problem: InputProblem }[] = [];
  const stackName = parsed['stack-name'];
  const name = parsed.name;
  if (stackName !== undefined && name !== undefined && stackName !== name) {
    const reason = `stack-name is ${stackName}: name is another word for it`;
    problems.push({
      input: 'name',
      problem: badValue(name, { reason, expected: `it empty, or ${stackName}` }),
    });
  }
  if (parsed['no-execute-changeset'] && parsed['dry-run']) {
    const reason = 'dry-run deletes every change set it makes';
    const expected = 'false when dry-run is true';
    problems.push({ input: 'no-execute-changeset', problem: badValue('true', { reason, expected }) });
  }
  if (parsed.template === undefined) {
    const reason = 'there is no app stack to deploy without template';
    const given = [
      ['no-execute-changeset', parsed['no-execute-changeset']],
      ['fail-on-empty-changeset', parsed['fail-on-empty-changeset']],
      ['disable-rollback', parsed['disable-rollback']],
      ['no-delete-failed-changeset', parsed['no-delete-failed-changeset']],
    ] as const;
    for (const [input, value] of given) {
      if (value)
        problems.push({
          input,
          problem: badValue('true', { reason, expected: 'false when template is not given' }),
        });
    }
    const changeSetName = parsed['change-set-name'];
    if (changeSetName !== undefined) {
      const expected = 'it empty when template is not given';
      problems.push({ input: 'change-set-name', problem: badValue(changeSetName, { reason, expected }) });
    }
  }
  return problems;
}

/** CreateChangeSet's input: IncludeNestedStacks and DeploymentMode as CloudFormation's API model names them. */
import { describe, expect, it } from '@jest/globals';
import type { ChangeSetSpec } from '../../../src/stack/change-set-input.js';
import { changeSetInput } from '../../../src/stack/change-set-input.js';

const SPEC: ChangeSetSpec = {
  stackName: 'orders-api',
  changeSetName: 'orders-api-CS',
  type: 'UPDATE',
  template: { TemplateBody: 'Resources: {}' },
  parameters: [],
  capabilities: [],
  tags: [],
  roleArn: undefined,
  notificationArns: [],
  rollbackTriggers: [],
};

describe('changeSetInput', () => {
  it('sends IncludeNestedStacks and DeploymentMode REVERT_DRIFT on an update', () => {
    const input = changeSetInput({ ...SPEC, includeNestedStacks: true, deploymentMode: 'REVERT_DRIFT' });
    expect(input).toMatchObject({ IncludeNestedStacks: true, DeploymentMode: 'REVERT_DRIFT' });
  });

  it('leaves DeploymentMode out of a CREATE change set (the API takes it on updates only), and both out by default', () => {
    const create = changeSetInput({
      ...SPEC,
      type: 'CREATE',
      includeNestedStacks: true,
      deploymentMode: 'REVERT_DRIFT',
    });
    expect(create.IncludeNestedStacks).toBe(true);
    expect('DeploymentMode' in create).toBe(false);
    const plain = changeSetInput(SPEC);
    expect(['IncludeNestedStacks' in plain, 'DeploymentMode' in plain]).toEqual([false, false]);
  });
});

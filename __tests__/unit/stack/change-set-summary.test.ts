/** The change-set outputs, in the shape aws-cloudformation-github-deploy gives them. */
import { describe, expect, it } from '@jest/globals';
import type { Change } from '@aws-sdk/client-cloudformation';
import {
  MAX_SUMMARY_CHANGES,
  changeSetOutputs,
  changesMarkdown,
  changesSummary,
} from '../../../src/stack/change-set-summary.js';
import type { ChangeSetDescription } from '../../../src/stack/types.js';

const ADD: Change = {
  Type: 'Resource',
  ResourceChange: { Action: 'Add', LogicalResourceId: 'Queue', ResourceType: 'AWS::SQS::Queue' },
};
const MODIFY: Change = {
  Type: 'Resource',
  ResourceChange: {
    Action: 'Modify',
    LogicalResourceId: 'Fn',
    PhysicalResourceId: 'orders-fn',
    ResourceType: 'AWS::Lambda::Function',
    Replacement: 'False',
    Details: [
      {
        Target: {
          Attribute: 'Properties',
          Name: 'MemorySize',
          RequiresRecreation: 'Never',
          BeforeValue: '128',
          AfterValue: '256',
        },
        Evaluation: 'Static',
        ChangeSource: 'DirectModification',
      },
      {
        Target: { Attribute: 'Properties', Name: 'Role', RequiresRecreation: 'Never' },
        Evaluation: 'Dynamic',
        ChangeSource: 'ResourceAttribute',
        CausingEntity: 'Role.Arn',
      },
    ],
  },
};
const REPLACE: Change = {
  Type: 'Resource',
  ResourceChange: {
    Action: 'Modify',
    LogicalResourceId: 'Table',
    ResourceType: 'AWS::DynamoDB::Table',
    Replacement: 'True',
    Details: [
      {
        Target: {
          Attribute: 'Properties',
          Name: 'TableName',
          RequiresRecreation: 'Always',
          BeforeValue: 'a|b',
          AfterValue: 'x'.repeat(300),
        },
      },
    ],
  },
};

function described(changes: Change[]): ChangeSetDescription {
  return {
    stackName: 'orders-api',
    id: 'arn:aws:cloudformation:eu-west-1:123456789012:changeSet/orders-api-CS/1',
    name: 'orders-api-CS',
    status: 'CREATE_COMPLETE',
    executionStatus: 'AVAILABLE',
    creationTime: '2026-11-29T18:00:00.000Z',
    changes,
  };
}

describe('changeSetOutputs', () => {
  it('gives id, name, has-changes and the count as text', () => {
    const outputs = changeSetOutputs(described([ADD, MODIFY]));
    expect({ ...outputs, 'changes-summary': undefined, 'changes-markdown': undefined }).toEqual({
      'change-set-id': 'arn:aws:cloudformation:eu-west-1:123456789012:changeSet/orders-api-CS/1',
      'change-set-name': 'orders-api-CS',
      'has-changes': 'true',
      'changes-count': '2',
      'changes-summary': undefined,
      'changes-markdown': undefined,
    });
    expect(changeSetOutputs(described([]))).toMatchObject({ 'has-changes': 'false', 'changes-count': '0' });
  });
});

describe('changesSummary', () => {
  it("has that action's keys, with CloudFormation's own changes, indented by two", () => {
    const text = changesSummary(described([ADD, MODIFY]));
    expect(JSON.parse(text)).toEqual({
      changes: [ADD, MODIFY],
      totalChanges: 2,
      truncated: false,
      executionStatus: 'AVAILABLE',
      status: 'CREATE_COMPLETE',
      creationTime: '2026-11-29T18:00:00.000Z',
    });
    expect(text.split('\n')[1]).toBe('  "changes": [');
  });

  it(`keeps the first ${MAX_SUMMARY_CHANGES} changes and says it cut the rest`, () => {
    const many = Array.from({ length: MAX_SUMMARY_CHANGES + 7 }, (_, i) => ({
      ...ADD,
      ResourceChange: { ...ADD.ResourceChange, LogicalResourceId: `Queue${i}` },
    }));
    const summary = JSON.parse(changesSummary(described(many))) as {
      changes: Change[];
      totalChanges: number;
    };
    expect([summary.changes.length, summary.totalChanges]).toEqual([MAX_SUMMARY_CHANGES, 57]);
    expect(summary).toMatchObject({ truncated: true });
    expect(changesMarkdown(described(many))).toContain('> Only the first 50 of 57 changes are listed.');
  });
});

describe('changesMarkdown', () => {
  it('counts the changes by kind and gives each resource a collapsed section with its property changes', () => {
    const markdown = changesMarkdown(described([ADD, MODIFY, REPLACE]));
    const lines = markdown.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '## CloudFormation change set for stack `orders-api`',
      '',
      '**3 changes:** 1 to add, 1 to modify, 1 to replace',
    ]);
    expect(lines).toContain('<summary>🟢 Add <strong>Queue</strong> <code>AWS::SQS::Queue</code></summary>');
    expect(lines).toContain('Physical id: `orders-fn`');
    expect(lines).toContain('| `MemorySize` | `128` | `256` |  |');
    expect(lines).toContain('| `Role` (from ResourceAttribute Role.Arn) |  |  |  |');
    expect(lines).toContain('⚠️ **Replaced**: a new resource is made and the old one deleted.');
    const tableName = lines.find((line) => line.startsWith('| `TableName`')) ?? '';
    // a | in a value is escaped; a long value is cut
    expect(tableName).toContain('`a\\|b`');
    expect(tableName).toContain(`\`${'x'.repeat(199)}…\``);
    expect(tableName.endsWith('| Always |')).toBe(true);
    expect(markdown.match(/<details>/g)?.length).toBe(3);
    expect(markdown.match(/<\/details>/g)?.length).toBe(3);
  });

  it('says so when there is nothing to change', () => {
    expect(changesMarkdown(described([]))).toBe(
      '## CloudFormation change set for stack `orders-api`\n\nNo changes: the stack already matches the template and parameters.\n',
    );
  });

  it('escapes HTML in resource names', () => {
    const odd: Change = {
      ResourceChange: { Action: 'Remove', LogicalResourceId: 'A<b>', ResourceType: 'X&Y' },
    };
    expect(changesMarkdown(described([odd]))).toContain(
      '<summary>🔴 Remove <strong>A&lt;b&gt;</strong> <code>X&amp;Y</code></summary>',
    );
  });
});

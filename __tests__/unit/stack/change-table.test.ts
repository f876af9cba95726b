import { describe, expect, it } from '@jest/globals';
import { renderChangeTable } from '../../../src/stack/change-table.js';

describe('renderChangeTable', () => {
  it('lines up action, logical id, type and replacement under headings', () => {
    const table = renderChangeTable([
      { action: 'Add', logicalId: 'Topic', resourceType: 'AWS::SNS::Topic', replacement: '' },
      {
        action: 'Modify',
        logicalId: 'OrdersFunction',
        resourceType: 'AWS::Lambda::Function',
        replacement: 'True',
      },
    ]);
    expect(table.split('\n')).toEqual([
      'Action  Logical ID      Type                   Replacement',
      '------  --------------  ---------------------  -----------',
      'Add     Topic           AWS::SNS::Topic',
      'Modify  OrdersFunction  AWS::Lambda::Function  True',
    ]);
  });

  it('says so when there is no resource change', () => {
    expect(renderChangeTable([])).toBe('(no resource changes)');
  });
});

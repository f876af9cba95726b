/** The body of the change-set comment: marker, sections, escaping, redaction, GitHub's size limit. */
import { describe, expect, it } from '@jest/globals';
import type { Change } from '@aws-sdk/client-cloudformation';
import type { ChangeSetPreview } from '../../../src/action/pr-comment-body.js';
import {
  MAX_COMMENT_CHARS,
  changeSetCommentBody,
  commentMarker,
} from '../../../src/action/pr-comment-body.js';
import type { ChangeSetDescription } from '../../../src/stack/types.js';

function modify(id: string, name: string, before: string, after: string): Change {
  return {
    Type: 'Resource',
    ResourceChange: {
      Action: 'Modify',
      LogicalResourceId: id,
      PhysicalResourceId: `${id}-physical`,
      ResourceType: 'AWS::Lambda::Function',
      Replacement: 'False',
      Details: [{ Target: { Attribute: 'Properties', Name: name, BeforeValue: before, AfterValue: after } }],
    },
  };
}

function changeSet(stackName: string, changes: Change[]): ChangeSetDescription {
  return {
    stackName,
    id: `arn:aws:cloudformation:eu-west-1:123456789012:changeSet/cs/${stackName}`,
    name: 'cs',
    status: 'CREATE_COMPLETE',
    executionStatus: 'AVAILABLE',
    creationTime: undefined,
    changes,
  };
}

function preview(app: Change[], monitoring?: Change[]): ChangeSetPreview {
  const stacks = [{ stackName: 'orders-api', changeSet: changeSet('orders-api', app) }];
  if (monitoring)
    stacks.push({
      stackName: 'orders-api-monitoring',
      changeSet: changeSet('orders-api-monitoring', monitoring),
    });
  return {
    stackName: 'orders-api',
    stacks,
    commit: 'abc123def4567890aa',
    runUrl: 'https://github.com/acme/orders/actions/runs/99',
  };
}

describe('changeSetCommentBody', () => {
  it('opens with the marker, then each stack with its resources and property-level changes', () => {
    const body = changeSetCommentBody(
      preview(
        [modify('OrdersFunction', 'MemorySize', '128', '256')],
        [modify('ErrorsAlarm', 'Threshold', '1', '2')],
      ),
    );
    const lines = body.split('\n');
    expect(lines[0]).toBe('<!-- stack-canary:change-set:orders-api -->');
    expect(lines[1]).toBe(
      '**stack-canary dry run** for `orders-api` at `abc123def456`: nothing was changed; the change sets are below.',
    );
    const app = lines.indexOf('## CloudFormation change set for stack `orders-api`');
    const monitoring = lines.indexOf('## CloudFormation change set for stack `orders-api-monitoring`');
    expect(app).toBeGreaterThan(1);
    expect(monitoring).toBeGreaterThan(app);
    expect(lines).toContain('| `MemorySize` | `128` | `256` |  |');
    expect(lines).toContain('| `Threshold` | `1` | `2` |  |');
    expect(lines.at(-2)).toBe(
      '<sub>Posted by stack-canary ([run](https://github.com/acme/orders/actions/runs/99)); updated in place on every push.</sub>',
    );
  });

  it('says "no changes" when no stack has any', () => {
    const body = changeSetCommentBody(preview([], []));
    expect(body).toContain(
      'nothing was changed; **no changes**: every stack already matches its template and parameters.',
    );
    expect(body).not.toContain('<details>');
  });

  it('names a stack whose change set could not be made', () => {
    const body = changeSetCommentBody({
      stackName: 'orders-api',
      stacks: [{ stackName: 'orders-api', changeSet: undefined }],
    });
    expect(body).toContain(
      "## No change set for stack orders-api\n\nNone could be made: the run's log says why.",
    );
  });

  it('gives each app stack its own marker', () => {
    expect(commentMarker('orders-api')).not.toBe(commentMarker('billing-api'));
    expect(commentMarker('a-->b<!--')).toBe('<!-- stack-canary:change-set:a--_b__-- -->');
  });

  it('keeps every value from AWS inert: no code span closed, no HTML, no new line or table cell', () => {
    const hostile =
      '`` <img src=x onerror=alert(1)> [click](https://evil.example) |cell|\n## heading\r\u2028next';
    const change: Change = {
      ...modify('Fn', 'Description', hostile, 'ok'),
    };
    if (change.ResourceChange) change.ResourceChange.PhysicalResourceId = hostile;
    const body = changeSetCommentBody(preview([change]));
    const row = body.split('\n').find((line) => line.startsWith('| `Description`')) ?? '';
    // The value is one code span, fenced longer than the backticks inside it, its pipes escaped
    expect(row).toContain(
      '| ``` `` <img src=x onerror=alert(1)> [click](https://evil.example) \\|cell\\| ## heading',
    );
    expect(body.split('\n').some((line) => line.startsWith('## heading'))).toBe(false);
    expect(body).toContain('Physical id: ``` `` <img');
    expect(body).not.toMatch(/^<img/m);
  });

  it('redacts secrets from what AWS says, without breaking the markup around them', () => {
    const body = changeSetCommentBody(
      preview([modify('Fn', 'Environment', 'details', 's3cr3t-value')]),
      (text) => text.split('s3cr3t-value').join('***').split('details').join('***'),
    );
    expect(body).not.toContain('s3cr3t-value');
    expect(body).toContain('| `Environment` | `***` | `***` |  |');
    // the section markup is ours, not redacted
    expect(body).toContain('<details>');
  });

  it(`stays within GitHub's ${MAX_COMMENT_CHARS} characters, cut between resources with a note`, () => {
    const big = 'x'.repeat(190);
    const many = Array.from({ length: 50 }, (_, i) => ({
      ...modify(`Fn${i}`, 'Code', big, big),
      ResourceChange: {
        ...modify(`Fn${i}`, 'Code', big, big).ResourceChange,
        Details: Array.from({ length: 12 }, (_, j) => ({
          Target: { Attribute: 'Properties' as const, Name: `P${j}`, BeforeValue: big, AfterValue: big },
        })),
      },
    }));
    const body = changeSetCommentBody(preview(many, many));
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(body.length).toBeGreaterThan(MAX_COMMENT_CHARS - 6000);
    expect(body).toMatch(
      /> ✂️ Cut to fit GitHub's 65,536-character limit for a comment: the last \d+ of 102 sections are left out\./,
    );
    // every section kept is whole
    expect(body.match(/<details>/g)?.length).toBe(body.match(/<\/details>/g)?.length);
    expect(body.startsWith(commentMarker('orders-api'))).toBe(true);
    expect(body.trimEnd().endsWith('updated in place on every push.</sub>')).toBe(true);
  });

  it('keeps a body that fits whole, to the last character, and cuts one that does not', () => {
    const small = preview([modify('Fn', 'MemorySize', '1', '2')]);
    const whole = changeSetCommentBody(small);
    expect(whole).not.toContain('Cut to fit');
    expect(changeSetCommentBody(small, undefined, whole.length)).toBe(whole);
    const cut = changeSetCommentBody(small, undefined, whole.length - 1);
    expect(cut.length).toBeLessThan(whole.length);
    expect(cut).toContain('the last 1 of 2 sections are left out');
    expect(cut).not.toContain('<details>');
  });
});

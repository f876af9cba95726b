/**
 * The change-set preview on a pull request, end to end: dry runs of the action's main step (from
 * source, in this process) and of the CLI on the local emulator, in a `pull_request` event, with
 * GITHUB_API_URL pointing at a local stand-in for the GitHub API (mockttp). The first push
 * creates one comment; each later push (a changed template) edits that same comment.
 *
 * The emulator lists resource changes but no property-level details (Details) in a change set,
 * so the property rows are checked by the unit tests of the comment body.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CreateStackCommand, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { commentMarker } from '../../src/action/pr-comment-body.js';
import { runCli } from '../../src/cli/run.js';
import { GitHubCommentsApi, pullRequestEnv } from '../helpers/github-comments.js';
import { mainStepSuite } from '../helpers/main-step-suite.js';
import { MemoryLogger } from '../helpers/memory-logger.js';

const STACK = 'orders-api';
const TOKEN = 'ghs_prPreviewT0ken';
const APP = readFileSync('__fixtures__/templates/app.yaml', 'utf8');
const PARAMETERS = 'Greeting=hi,CodeBucket=code-bucket,CodeKey=orders.zip';
const LIST = 'GET /repos/acme/orders/issues/7/comments';
const CREATE = 'POST /repos/acme/orders/issues/7/comments';

/** The fixture app with one more function property, and optionally one more resource. */
function appTemplate(memory: number, topic = false): string {
  const withMemory = APP.replace(
    '      Runtime: nodejs20.x\n',
    `      Runtime: nodejs20.x\n      MemorySize: ${memory}\n`,
  );
  return topic
    ? withMemory.replace('Outputs:\n', '  AlertsTopic:\n    Type: AWS::SNS::Topic\nOutputs:\n')
    : withMemory;
}

describe('the change-set preview on a pull request, on the emulator', () => {
  const api = new GitHubCommentsApi();
  const suite = mainStepSuite({ folderPrefix: 'stack-canary-pr-', codeObjects: { 'orders.zip': 'zip' } });
  let github: Record<string, string>;
  beforeAll(async () => {
    const url = await api.start();
    github = pullRequestEnv(suite.dir, url, 'c0ffee1234567890');
  });
  afterAll(async () => {
    await api.stop();
  });
  beforeEach(async () => {
    await api.setup();
    // GIVEN the stack as the main branch deployed it
    await suite.aws.cloudFormation.send(
      new CreateStackCommand({
        StackName: STACK,
        TemplateBody: APP,
        Parameters: [{ ParameterKey: 'Greeting', ParameterValue: 'hi' }],
        Capabilities: ['CAPABILITY_IAM'],
      }),
    );
  });

  /** The pull request's template, as its head commit has it. */
  function pushed(name: string, text: string): string {
    const path = join(suite.dir, name);
    writeFileSync(path, text);
    return path;
  }

  async function actionDryRun(template: string): Promise<Record<string, string>> {
    Object.assign(process.env, github);
    return suite.runMain({
      'stack-name': STACK,
      template,
      capabilities: 'CAPABILITY_IAM',
      'parameter-overrides': PARAMETERS,
      'dry-run': 'true',
      'github-token': TOKEN,
    });
  }

  it('the first push creates one comment; the next, with a changed template, edits that comment in place', async () => {
    // WHEN the pull request's first push is dry-run
    const first = await actionDryRun(pushed('first.yaml', appTemplate(256)));

    // THEN the run is skipped, nothing changed, and one comment holds the marker and the change set
    expect(first['verdict']).toBe('skipped');
    expect(process.exitCode).toBeUndefined();
    let state = await api.state();
    expect(state.seen.map((s) => `${s.method} ${s.path}`)).toEqual(['GET /user', LIST, CREATE]);
    expect(state.comments).toHaveLength(1);
    const [created] = state.comments;
    expect(created?.body.startsWith(`${commentMarker(STACK)}\n`)).toBe(true);
    expect(created?.body).toContain('## CloudFormation change set for stack `orders-api`');
    expect(created?.body).toContain(
      '🔵 Modify <strong>OrdersFunction</strong> <code>AWS::Lambda::Function</code>',
    );
    expect(created?.body).toContain('## CloudFormation change set for stack `orders-api-monitoring`');
    expect(created?.body).not.toContain(TOKEN);

    // WHEN a second push changes the template again
    const before = state.seen.length;
    await actionDryRun(pushed('second.yaml', appTemplate(512, true)));

    // THEN the same comment is edited (PATCH), no second one is posted, and it shows the new change
    state = await api.state();
    expect(state.seen.slice(before).map((s) => `${s.method} ${s.path}`)).toEqual([
      'GET /user',
      LIST,
      `PATCH /repos/acme/orders/issues/comments/${created?.id}`,
    ]);
    expect(state.comments).toHaveLength(1);
    expect(state.comments[0]?.body).toContain(
      '🟢 Add <strong>AlertsTopic</strong> <code>AWS::SNS::Topic</code>',
    );
    expect(state.comments[0]?.body).toContain(commentMarker(STACK));
    // AND the stack is as the main branch left it
    const stack = (await suite.aws.cloudFormation.send(new DescribeStacksCommand({ StackName: STACK })))
      .Stacks?.[0];
    expect(stack?.StackStatus).toBe('CREATE_COMPLETE');
  });

  it('the CLI in the same workflow edits the same comment', async () => {
    await actionDryRun(pushed('first.yaml', appTemplate(256)));
    const { comments } = await api.state();

    const printed: string[] = [];
    const logger = new MemoryLogger();
    const code = await runCli(
      ['--stack-name', STACK, '--template', pushed('second.yaml', appTemplate(512, true)), '--dry-run'],
      {
        ...process.env,
        ...github,
        STACK_CANARY_CAPABILITIES: 'CAPABILITY_IAM',
        STACK_CANARY_PARAMETER_OVERRIDES: PARAMETERS,
        STACK_CANARY_GITHUB_TOKEN: TOKEN,
      },
      { print: (text) => printed.push(text), logger },
    );

    expect(code).toBe(0);
    const after = await api.state();
    expect(after.comments.map((c) => c.id)).toEqual(comments.map((c) => c.id));
    expect(after.seen.filter((s) => s.method === 'POST')).toHaveLength(1);
    expect(after.seen.at(-1)?.method).toBe('PATCH');
    expect(after.comments[0]?.body).toContain('<strong>AlertsTopic</strong>');
    expect(logger.text('info')).toContain('Change-set preview updated on pull request #7');
    expect(`${printed.join('\n')}${logger.text()}`).not.toContain(TOKEN);
  });
});
